export { formatKrw, type FormatKrwOptions } from "./formatKrw.js";
export { formatKrwCompact } from "./formatKrwCompact.js";
export { formatCount } from "./formatCount.js";
export { COUNTERS, type Counter } from "./counters.js";
export { formatPerPerson } from "./formatPerPerson.js";
export { parseKrw } from "./parseKrw.js";
export { parseKrwCompact } from "./parseKrwCompact.js";
export { parseCount } from "./parseCount.js";
