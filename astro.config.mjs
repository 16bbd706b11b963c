// @ts-check
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { remarkSafeMarkdown } from "./src/markdown/remark-safe-markdown.ts";
import { validationPreview } from "./src/dev/validation-preview.ts";
import { inSitemap } from "./src/publish/sitemap.ts";
import { configuredSite, LOCAL_SITE_URL } from "./src/publish/site-url.ts";

const base = process.env.BASE_PATH ?? "/";

// Astro 7's default Markdown processor (Sätteri) is not remark; the explainer's own
// directives are remark plugins, so the unified pipeline is configured explicitly.
export default defineConfig({
  // The published address; npm run build warns without it and fails under CI (src/publish/site-url.ts).
  site: configuredSite(process.env) ?? LOCAL_SITE_URL,
  base,
  output: "static",
  trailingSlash: "always",
  // Several pages at a time: the PNG routes await resvg's renders on libuv's thread pool
  // (src/downloads/png-cache.ts), so the cores rasterize while other pages are written.
  build: { concurrency: 4 },
  // npm run dev: while data/ or content/ has a mistake, pages answer 500 with every problem.
  // The sitemap (sitemap-index.xml) lists the HTML pages but the noindex embed pages (src/publish/sitemap.ts).
  integrations: [
    validationPreview(),
    (await import("./src/search/integration.ts")).siteSearch(),
    (await import("./src/downloads/image-cache-summary.ts")).imageCacheReport(),
    sitemap({
      filter: (page) => inSitemap(page, base),
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
  ],
  // Caches live in the project, not in node_modules: test builds run in copies that share
  // node_modules by symlink, and must never read each other's content store.
  // A shard build (npm run build -- --shard i/n) points it elsewhere: its pages are not a site.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./.tmp/astro-cache",
  vite: {
    cacheDir: "./.tmp/vite-cache",
    // The chart island's d3 modules are bundled when the live preview starts, not discovered
    // on the first page view: a mid-session re-optimization reloads the server, and an edit
    // saved meanwhile could wait for the next one (seen once on a fresh clone in CI).
    optimizeDeps: { include: ["d3-selection", "d3-transition"] },
  },
  experimental: {
    // A rebuild copies each page whose data (its getStaticPaths cacheKey, src/cache/page-keys.ts)
    // and code (Astro's hash of its module graph, the config and the lockfile) are unchanged
    // from the last build's copy in cacheDir instead of rendering it again.
    incrementalBuild: true,
  },
  security: {
    // A meta-tag CSP with a hash for every inline script and style Astro emits; headers
    // a meta tag cannot carry (frame-ancestors...) are in public/_headers.
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    // No code blocks in the stories; Shiki's inline styles would break the strict CSP.
    syntaxHighlight: false,
    processor: unified({
      // Stories are rendered by src/markdown/render-story.ts with their directives and data;
      // any other Markdown gets the same raw-HTML policy.
      remarkPlugins: [remarkSafeMarkdown],
      rehypePlugins: [],
    }),
  },
});
