/**
 * The built site: `const site = useBuiltSite()` at the top of a test file waits in beforeAll
 * for the run's one shared build of the default configuration (test/helpers/shared-build.ts:
 * the real build, src/cli/build.ts, in a throwaway copy of the project, made by the first
 * test file that asks and removed by the global teardown); `site()` then gives its dist/ and
 * the configuration the links were built with. Tests read dist/ and never change it.
 */
import { beforeAll } from "vitest";
import config from "../../astro.config.mjs";
import { htmlPages, normalizeBase, type LinkCheckOptions } from "./link-check.ts";
import { CONFIGURATIONS, sharedSite, type Configuration } from "./shared-build.ts";

export interface BuiltSite {
  /** The built project copy (its sources are those the build used). */
  dir: string;
  dist: string;
  /** Every .html file of dist/, relative, "/"-separated: the page list comes from the build. */
  pages: string[];
  /** base, site and trailingSlash as astro.config.mjs set them for this build. */
  links: Required<Pick<LinkCheckOptions, "base" | "trailingSlash">> & Pick<LinkCheckOptions, "site">;
}

/**
 * astro.config.mjs reads BASE_PATH and SITE_URL from the environment: the configuration's
 * (test/helpers/shared-build.ts CONFIGURATIONS), not this test process's.
 */
export function configuredLinks(configuration: Configuration = "site"): BuiltSite["links"] {
  const env: { SITE_URL?: string; BASE_PATH?: string } = CONFIGURATIONS[configuration];
  return {
    base: normalizeBase(env.BASE_PATH ?? "/"),
    trailingSlash: config.trailingSlash ?? "ignore",
    ...(env.SITE_URL ? { site: env.SITE_URL } : {}),
  };
}

export function useBuiltSite(): () => BuiltSite {
  let site: BuiltSite | undefined;
  beforeAll(async () => {
    const build = await sharedSite("site");
    site = { dir: build.dir, dist: build.dist, pages: htmlPages(build.dist), links: configuredLinks() };
  }, 240_000);
  return () => {
    if (!site) throw new Error("useBuiltSite(): the build has not run (call site() inside a test)");
    return site;
  };
}
