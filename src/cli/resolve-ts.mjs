/**
 * Lets Node run a CLI that imports src/ modules: `node --experimental-transform-types
 * --import ./src/cli/resolve-ts.mjs src/cli/check.ts`.
 *
 * src/ is written for Vite, which resolves `./number-fields` and `../format` (a folder's
 * index.ts) and maps `./groups.js` to `./groups.ts`. Node resolves none of these, so this
 * in-thread resolve hook (module.registerHooks, Node >= 22.15) tries, for a relative
 * specifier Node cannot find: `.js` → `.ts`, then `<specifier>.ts`, then
 * `<specifier>/index.ts`. Everything else resolves exactly as Node would.
 *
 * Why not plain type stripping: src/ uses constructor parameter properties
 * (`constructor(readonly problems: string[])`), which only --experimental-transform-types
 * compiles. Why not tsx or vite-node: neither is installed, and this needs no package.
 */
import { registerHooks } from "node:module";

const RELATIVE = /^\.{1,2}\//;

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!RELATIVE.test(specifier)) throw error;
      const candidates = specifier.endsWith(".js")
        ? [specifier.replace(/\.js$/, ".ts")]
        : /\.[a-z]+$/i.test(specifier.split("/").at(-1) ?? "")
          ? []
          : [`${specifier}.ts`, `${specifier}/index.ts`];
      for (const candidate of candidates) {
        try {
          return nextResolve(candidate, context);
        } catch {
          // try the next candidate
        }
      }
      throw error;
    }
  },
});
