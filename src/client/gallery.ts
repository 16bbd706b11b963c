/**
 * The gallery's script (/embed/), bundled by Astro and hashed for the CSP:
 *
 * - copy buttons: each copies its code with navigator.clipboard; where that is missing or
 *   refused (an insecure origin, a denied permission) the code is selected instead, for
 *   Ctrl+C. The buttons are hidden in the HTML and shown here, so a reader without
 *   JavaScript never meets a button that does nothing; the code boxes work without it.
 * - live previews: each preview iframe takes the height its embed page reports
 *   (src/embed/protocol.ts), as the host script does on a newsroom's page. Only a message
 *   from that iframe's own window, on this origin, for that iframe's figure, counts.
 */
import {
  ampCode,
  flagQuery,
  iframeCode,
  pymCode,
  scriptCode,
  type CodeUrls,
  type EmbeddableFigure,
} from "../embed/codes.ts";
import type { EmbedFlags, Scheme } from "../embed/flags.ts";
import type { HeightTable } from "../embed/heights.ts";
import { acceptedHeight, heightRequest } from "../embed/protocol.ts";

/**
 * Codes per page view: each figure gets an instance `<figure-id>-<4 random [a-z0-9]>`, so two
 * copies of one chart pasted from two visits have distinct Datawrapper ids; the flag picker
 * writes every code and each preview's src again. Without this script the built page shows
 * the default codes (instance = the figure id), the same strings as the oEmbed responses.
 */
interface GalleryFigure {
  figure: EmbeddableFigure;
  plainHeights: HeightTable;
  embed: string;
  preview: string;
  storyChart: string;
  png: string;
  card: string;
}

const dataBlock = document.getElementById("gallery-data");
const pageData = dataBlock
  ? (JSON.parse(dataBlock.textContent ?? "{}") as { hostScript: string; figures: GalleryFigure[] })
  : null;

function randomSuffix(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (n) => alphabet[n % alphabet.length]).join("");
}

const makers = { iframe: iframeCode, script: scriptCode, amp: ampCode, pym: pymCode } as const;
const instances = new Map<string, string>();

function writeCodes(flags: Partial<EmbedFlags>): void {
  if (!pageData) return;
  for (const entry of pageData.figures) {
    const urls: CodeUrls = {
      embed: () => entry.embed,
      hostScript: () => pageData.hostScript,
      download: () => entry.png,
      storyChart: () => entry.storyChart,
      card: () => entry.card,
    };
    const figure = flags.plain ? { ...entry.figure, heights: entry.plainHeights } : entry.figure;
    const section = document.querySelector(`[data-gallery-figure="${CSS.escape(figure.id)}"]`);
    if (!section) continue;
    instances.set(figure.id, instances.get(figure.id) ?? `${figure.id}-${randomSuffix()}`);
    const instance = instances.get(figure.id)!;
    for (const code of section.querySelectorAll<HTMLTextAreaElement>("textarea[data-code]")) {
      const make = makers[code.dataset["code"] as keyof typeof makers];
      if (make) code.value = make(urls, figure, { flags, instance });
    }
    for (const frame of section.querySelectorAll<HTMLIFrameElement>("iframe[data-preview]")) {
      const src = `${entry.preview}${flagQuery(flags)}`;
      if (frame.getAttribute("src") !== src) frame.setAttribute("src", src);
    }
  }
}

const form = document.getElementById("flag-form");
function readFlags(): Partial<EmbedFlags> {
  const field = (name: string) => form?.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  const dark = field("dark")?.value;
  const scheme: Scheme = dark === "true" ? "dark" : dark === "false" ? "light" : "auto";
  return { scheme, plain: !!field("plain"), transparent: !!field("transparent"), static: !!field("static") };
}
if (form && pageData) {
  // In the page from the start (disabled), so enabling it moves nothing: no layout shift.
  for (const fieldset of form.querySelectorAll("fieldset")) fieldset.disabled = false;
  form.addEventListener("change", () => writeCodes(readFlags()));
  // A reload may keep the picker's last choices: the codes follow what it shows.
  writeCodes(readFlags());
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-target]")) {
  const code = document.getElementById(button.dataset["copyTarget"] ?? "");
  const status = document.getElementById(button.dataset["copyStatus"] ?? "");
  if (!(code instanceof HTMLTextAreaElement) || !status) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(code.value);
      status.textContent = "복사했습니다.";
    } catch {
      code.focus();
      code.select();
      status.textContent = "코드를 선택했습니다. Ctrl+C(맥은 ⌘+C)로 복사하세요.";
    }
  });
}

const previews = [...document.querySelectorAll<HTMLIFrameElement>("iframe[data-preview]")];
window.addEventListener("message", (event) => {
  if (event.origin !== location.origin) return;
  const frame = previews.find((f) => f.contentWindow !== null && f.contentWindow === event.source);
  if (!frame) return;
  const height = acceptedHeight(event.data, frame.dataset["figureId"]);
  if (height !== null && frame.height !== String(height)) frame.height = String(height);
});
// A preview may have reported before this script started listening: ask each one again,
// now and when it loads (the embed answers only with its height).
const ask = (frame: HTMLIFrameElement) => frame.contentWindow?.postMessage(heightRequest(), location.origin);
for (const frame of previews) {
  ask(frame);
  frame.addEventListener("load", () => ask(frame));
}
