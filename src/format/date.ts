/**
 * A date as Korean copy writes it, from the partial ISO forms the data uses:
 * "2025" → "2025년", "2025-04" → "2025년 4월", "2025-11-05" → "2025년 11월 5일".
 * Works on the string, so no time zone can move a day.
 */
export function formatKoreanDate(isoDate: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(isoDate);
  if (!match) throw new RangeError(`invalid date: ${JSON.stringify(isoDate)} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [, year, month, day] = match;
  return [`${year}년`, month && `${Number(month)}월`, day && `${Number(day)}일`].filter(Boolean).join(" ");
}

/** Today in Korea as YYYY-MM-DD, whatever the machine's time zone (the site's dates are Korean days). */
export function todayInSeoul(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Seoul",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
