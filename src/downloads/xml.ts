/**
 * DOM → XML for a standalone SVG file. linkedom's outerHTML is HTML serialization: it leaves
 * `<` and `&` unescaped inside attribute values, which is not well-formed XML, and a file
 * that an editor, a browser or resvg opens on its own must be. Characters XML 1.0 forbids
 * (control characters other than tab, LF and CR; lone surrogates) are dropped.
 */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXmlText(text: string): string {
  return text.replace(INVALID_XML_CHARS, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replaceAll('"', "&quot;")
    .replaceAll("\t", "&#9;")
    .replaceAll("\n", "&#10;")
    .replaceAll("\r", "&#13;");
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** An element and its subtree as XML; comments and processing instructions are left out. */
export function toXml(node: Node): string {
  if (node.nodeType === TEXT_NODE) return escapeXmlText(node.textContent ?? "");
  if (node.nodeType !== ELEMENT_NODE) return "";
  const element = node as Element;
  const name = element.localName;
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${escapeXmlAttribute(a.value)}"`).join("");
  const children = [...element.childNodes].map(toXml).join("");
  return children === "" ? `<${name}${attributes}/>` : `<${name}${attributes}>${children}</${name}>`;
}
