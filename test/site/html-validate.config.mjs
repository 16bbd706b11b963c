// @ts-check
/**
 * html-validate configuration for the built pages (test/site/html-valid.test.ts). A JS
 * module rather than JSON so that every relaxed rule can say why it is relaxed. Also
 * usable from the command line after a build:
 *   npx html-validate -c test/site/html-validate.config.mjs dist/
 * Relax a rule only with a reason, and as narrowly as the rule's options allow.
 */
import { defineConfig } from "html-validate";

export default defineConfig({
  root: true,
  extends: ["html-validate:recommended"],
  rules: {
    // <ul aria-label="…"> names a list: the key numbers (KeyNumbers.astro) and a chart's
    // legend (Legend.astro). role=list may be named by the author (WAI-ARIA 1.2) and the
    // rule itself calls it "strictly allowed"; it only discourages it because some screen
    // readers do not announce a list's name. The name is a convenience there, the list
    // reads fine without it, so lists are exempt; every other element is still checked.
    "aria-label-misuse": ["error", { elements: { exclude: ["ul"] } }],
    // DataTable.astro wraps each table in <div role="region" tabindex="0" aria-labelledby>
    // so that a table wider than the column is a named, keyboard-scrollable region (WCAG
    // 2.1.1, axe's scrollable-region-focusable). <section> would carry the same role
    // implicitly; that is a style preference, not a validity problem, so only "region" is
    // exempt from prefer-native-element.
    "prefer-native-element": ["error", { exclude: ["region"] }],
  },
});
