// @ts-check
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";

// Astro 7's default Markdown processor (Sätteri) is not remark; the explainer's own
// directives are remark plugins, so the unified pipeline is configured explicitly.
export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  base: process.env.BASE_PATH ?? "/",
  output: "static",
  trailingSlash: "always",
  markdown: {
    processor: unified({
      remarkPlugins: [],
      rehypePlugins: [],
    }),
  },
});
