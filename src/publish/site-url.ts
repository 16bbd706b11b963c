/**
 * SITE_URL, the address the site is published at: every absolute URL of a build comes from
 * it (og:url, og:image, canonical, embed codes and oEmbed, RSS, the sitemap, JSON-LD).
 * Without it they point at the local preview, which is right for `npm start` and wrong for
 * anything published, so `npm run build` decides before building:
 *   checkSiteUrl({ SITE_URL: "https://goyang-jobs.example" }) → { kind: "ok", site: "https://goyang-jobs.example" }
 *   checkSiteUrl({})                                          → { kind: "warn", message }   (a local build goes on)
 *   checkSiteUrl({ CI: "true" })                              → { kind: "fail", message }   (CI must not publish localhost)
 *   checkSiteUrl({ SITE_URL: "goyang-jobs.example" })         → { kind: "fail", message }   (not an http(s) address)
 */
export const LOCAL_SITE_URL = "http://localhost:4321";

export type SiteUrlCheck =
  { kind: "ok"; site: string } | { kind: "warn"; message: string } | { kind: "fail"; message: string };

type Environment = Readonly<Record<string, string | undefined>>;

/** CI is on for any non-empty value but "false" and "0" (CI=true, CI=1, CI=github). */
export function isCi(env: Environment): boolean {
  const value = env["CI"]?.trim().toLowerCase() ?? "";
  return value !== "" && value !== "false" && value !== "0";
}

/** The site's address, or null when SITE_URL is unset or empty (astro.config.mjs then uses LOCAL_SITE_URL). */
export function configuredSite(env: Environment): string | null {
  const value = env["SITE_URL"]?.trim() ?? "";
  return value === "" ? null : value;
}

const BROKEN = {
  ko: "og:url, og:image(링크 미리 보기), canonical 주소, 그래프 퍼가기 코드와 oEmbed, RSS, 사이트맵, 구조화 데이터(JSON-LD)",
  en: "og:url, og:image (link previews), canonical URLs, embed codes and oEmbed, RSS, the sitemap, structured data (JSON-LD)",
};
const RULER = "=".repeat(72);

/** The unset message: Korean first (editors run the build too), then English; framed so it stands out in a log. */
function unsetMessage(ci: boolean): string {
  return [
    RULER,
    ci ? "빌드 중단: CI에서는 SITE_URL이 꼭 있어야 합니다." : "경고: SITE_URL이 설정되지 않았습니다.",
    `  이 빌드의 절대 주소는 모두 로컬 미리 보기 주소인 ${LOCAL_SITE_URL}입니다. 잘못되는 곳:`,
    `  ${BROKEN.ko}.`,
    "  배포할 빌드는 사이트 주소를 주고 만드세요: SITE_URL=https://사이트-주소 npm run build",
    "",
    ci ? "build stopped: SITE_URL is required when CI is set." : "WARNING: SITE_URL is not set.",
    `  Every absolute URL of this build points at the local preview, ${LOCAL_SITE_URL}:`,
    `  ${BROKEN.en}.`,
    "  For a build to publish, give the site's address: SITE_URL=https://your.site npm run build",
    RULER,
  ].join("\n");
}

function invalidMessage(value: string): string {
  return [
    `빌드 중단: SITE_URL 값이 http:// 또는 https://로 시작하는 주소가 아닙니다: ${JSON.stringify(value)} (예: SITE_URL=https://goyang-jobs.example)`,
    `build stopped: SITE_URL is not an http(s) address: ${JSON.stringify(value)} (e.g. SITE_URL=https://goyang-jobs.example)`,
  ].join("\n");
}

export function checkSiteUrl(env: Environment): SiteUrlCheck {
  const site = configuredSite(env);
  if (site === null)
    return isCi(env) ? { kind: "fail", message: unsetMessage(true) } : { kind: "warn", message: unsetMessage(false) };
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return { kind: "fail", message: invalidMessage(site) };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "fail", message: invalidMessage(site) };
  return { kind: "ok", site };
}
