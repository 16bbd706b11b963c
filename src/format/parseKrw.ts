import { GROUPS } from "./groups.ts";

const GROUP = /^([1-9]\d{0,3})(조|억|만)$/;
const BELOW_MAN = /^(0|[1-9]\d{0,3})$/;

// Reads back exactly the strings formatKrw (and so formatPerPerson) writes, and
// nothing else: the canonical form only, so parseKrw and formatKrw round-trip.
//   parseKrw("1억 3500만 원") → { amount: 135000000, approximate: false }
//   parseKrw("약 196만 원")   → { amount: 1960000, approximate: true }
// Anything else ("1억 원원", "1억원", "0만 원", "1,000원", "10000원", "-0원",
// "", "NaN원", amounts beyond Number.MAX_SAFE_INTEGER) throws a SyntaxError
// quoting the text.
export function parseKrw(text: string): { amount: number; approximate: boolean } {
  const invalid = () => new SyntaxError(`invalid KRW text: ${JSON.stringify(text)}`);
  if (typeof text !== "string") throw invalid();

  let body = text;
  const approximate = body.startsWith("약 ");
  if (approximate) body = body.slice("약 ".length);
  const negative = body.startsWith("-");
  if (negative) body = body.slice(1);

  let tokens: string[];
  let amount = 0;
  if (body.endsWith(" 원")) {
    tokens = body.slice(0, -" 원".length).split(" ");
  } else if (body.endsWith("원")) {
    tokens = body.slice(0, -"원".length).split(" ");
    const last = tokens.pop() ?? "";
    if (!BELOW_MAN.test(last)) throw invalid();
    amount = Number(last);
    // "0원" stands alone; after a unit a zero remainder is written " 원".
    if (amount === 0 && tokens.length > 0) throw invalid();
  } else {
    throw invalid();
  }

  // Units must come largest first, each at most once.
  let next = 0;
  for (const token of tokens) {
    const match = GROUP.exec(token);
    if (!match) throw invalid();
    const index = GROUPS.findIndex((group) => group.unit === match[2]);
    if (index < next) throw invalid();
    next = index + 1;
    amount += Number(match[1]) * GROUPS[index]!.size;
  }

  // Each term is exact and the partial sums never exceed the total, so a total
  // within the safe range is exact; one beyond it formatKrw would never write.
  if (!Number.isSafeInteger(amount)) throw invalid();
  if (negative && amount === 0) throw invalid();
  return { amount: negative ? -amount : amount, approximate };
}
