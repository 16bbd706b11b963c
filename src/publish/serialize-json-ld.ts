/**
 * JSON for a <script type="application/ld+json"> element: JSON.stringify, then every "<", ">"
 * and "&" as a \u escape (JSON reads them back unchanged), so no text in the data, however
 * hostile ("</script><script>…"), can close the element or open a comment; U+2028 and
 * U+2029 too, for any consumer that evaluates the block as JavaScript.
 *   serializeJsonLd({ headline: "</script>" }) → '{"headline":"\u003c/script\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new TypeError("serializeJsonLd: the data has no JSON form");
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
