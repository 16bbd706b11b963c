/**
 * The built site, once per test file: `const site = useBuiltSite()` at the top of a test
 * file runs the real build (src/cli/build.ts) in a throwaway copy of the project in
 * beforeAll and removes the copy in afterAll; `site()` then gives its dist/ and the
 * configuration the links were built with.
 */
import { afterAll, beforeAll } from "vitest";
import config from "../../astro.config.mjs";
import { buildProjectCopy, type BuildResult } from "./build-project.ts";
import { htmlPages, normalizeBase, type LinkCheckOptions } from "./link-check.ts";

export interface BuiltSite {
  dist: string;
  /** Every .html file of dist/, relative, "/"-separated: the page list comes from the build. */
  pages: string[];
  /** base, site and trailingSlash as astro.config.mjs set them for this build. */
  links: Required<Pick<LinkCheckOptions, "base" | "trailingSlash">> & Pick<LinkCheckOptions, "site">;
}

/** astro.config.mjs reads BASE_PATH and SITE_URL from the environment, which the copy's build inherits. */
export function configuredLinks(): BuiltSite["links"] {
  return {
    base: normalizeBase(config.base ?? "/"),
    trailingSlash: config.trailingSlash ?? "ignore",
    ...(config.site ? { site: config.site } : {}),
  };
}

export function useBuiltSite(): () => BuiltSite {
  let build: BuildResult | undefined;
  let site: BuiltSite | undefined;
  beforeAll(() => {
    build = buildProjectCopy();
    if (build.status !== 0) throw new Error(`the site did not build:\n${build.output}`);
    site = { dist: build.dist, pages: htmlPages(build.dist), links: configuredLinks() };
  }, 180_000);
  afterAll(() => build?.cleanup());
  return () => {
    if (!site) throw new Error("useBuiltSite(): the build has not run (call site() inside a test)");
    return site;
  };
}
