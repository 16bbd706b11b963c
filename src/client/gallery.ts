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
import { acceptedHeight, heightRequest } from "../embed/protocol.ts";

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
