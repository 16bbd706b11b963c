import { describe, expect, it } from "vitest";
import { checkSiteUrl, configuredSite, isCi, LOCAL_SITE_URL } from "../../src/publish/site-url.ts";

describe("checkSiteUrl: what npm run build does about SITE_URL", () => {
  it("checkSiteUrl({ SITE_URL: https://… }) is ok, with or without CI", () => {
    expect(checkSiteUrl({ SITE_URL: "https://goyang-jobs.example" })).toEqual({
      kind: "ok",
      site: "https://goyang-jobs.example",
    });
    expect(checkSiteUrl({ SITE_URL: "https://goyang-jobs.example", CI: "true" }).kind).toBe("ok");
    expect(checkSiteUrl({ SITE_URL: "http://127.0.0.1:40123" }).kind).toBe("ok");
  });

  it("checkSiteUrl({}) warns, in Korean and English, naming what points at localhost", () => {
    const check = checkSiteUrl({});
    expect(check.kind).toBe("warn");
    const message = check.kind === "warn" ? check.message : "";
    expect(message).toContain("경고: SITE_URL이 설정되지 않았습니다.");
    expect(message).toContain("WARNING: SITE_URL is not set.");
    expect(message).toContain(LOCAL_SITE_URL);
    for (const broken of ["og:url", "og:image", "canonical", "oEmbed", "RSS", "사이트맵", "sitemap", "JSON-LD"]) {
      expect(message).toContain(broken);
    }
    expect(message).toContain("SITE_URL=https://사이트-주소 npm run build");
  });

  it("checkSiteUrl({ CI }) fails for any CI value but false and 0", () => {
    for (const CI of ["true", "1", "github", "TRUE"]) {
      const check = checkSiteUrl({ CI });
      expect(check.kind, `CI=${CI}`).toBe("fail");
      expect(check.kind === "fail" && check.message).toContain("build stopped: SITE_URL is required when CI is set.");
    }
    for (const CI of ["", "false", "0", "False", undefined]) expect(checkSiteUrl({ CI }).kind, `CI=${CI}`).toBe("warn");
  });

  it("an empty or blank SITE_URL counts as unset", () => {
    expect(checkSiteUrl({ SITE_URL: "" }).kind).toBe("warn");
    expect(checkSiteUrl({ SITE_URL: "  ", CI: "true" }).kind).toBe("fail");
    expect(configuredSite({ SITE_URL: " " })).toBeNull();
    expect(configuredSite({ SITE_URL: " https://a.example " })).toBe("https://a.example");
  });

  it("a SITE_URL that is not an http(s) address fails, CI or not", () => {
    for (const SITE_URL of ["goyang-jobs.example", "ftp://goyang-jobs.example", "https://"]) {
      const check = checkSiteUrl({ SITE_URL });
      expect(check.kind, SITE_URL).toBe("fail");
      expect(check.kind === "fail" && check.message).toContain(JSON.stringify(SITE_URL));
    }
  });

  it("isCi reads CI as CI services set it", () => {
    expect(isCi({ CI: "true" })).toBe(true);
    expect(isCi({ CI: "false" })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
