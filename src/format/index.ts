export { formatKrw, type FormatKrwOptions } from "./formatKrw.ts";
export { formatKrwCompact } from "./formatKrwCompact.ts";
export { formatCount } from "./formatCount.ts";
export { COUNTERS, type Counter } from "./counters.ts";
export { formatPerPerson } from "./formatPerPerson.ts";
export { parseKrw } from "./parseKrw.ts";
export { parseKrwCompact } from "./parseKrwCompact.ts";
export { parseCount } from "./parseCount.ts";
