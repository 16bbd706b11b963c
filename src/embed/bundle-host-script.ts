/**
 * Bundles the host script (src/embed/host-script.ts) into /embed.js with esbuild's API:
 * one IIFE, minified, ES2019, with the embed origin and path baked in as literals; and the
 * embed page's script (src/embed/embed-page.ts) the same way, for the page to inline.
 * Build-time only (src/pages/embed.js.ts; test/embed/host-script-bundle.test.ts).
 *
 * The sources come in as a map of file name → text (the endpoint reads them with Vite's
 * import.meta.glob, so the bundle does not depend on the working directory, and the dev
 * server reloads on edits). The host script may import only files of src/embed/: any other
 * import fails the build, which keeps the script small and free of site code.
 */
import { build, type Plugin } from "esbuild";

export interface HostScriptConfig {
  /** The only origin the script trusts, e.g. "https://news.example". */
  origin: string;
  /** The embed pages' path under that origin, e.g. "/goyang/embed/". */
  embedPath: string;
}

const NAMESPACE = "goyang-embed-src";

/** Resolves "./protocol", "./protocol.js" or "./protocol.ts" to "protocol.ts" of `files`. */
function embedFiles(files: Readonly<Record<string, string>>): Plugin {
  return {
    name: "goyang-embed-files",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        const name = /^\.\/([\w-]+)(?:\.[jt]s)?$/.exec(args.path)?.[1];
        const file = name === undefined ? undefined : `${name}.ts`;
        if (file === undefined || !(file in files)) {
          return { errors: [{ text: `the host script may import only files of src/embed/ (not "${args.path}")` }] };
        }
        return { path: file, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: files[args.path], loader: "ts" }));
    },
  };
}

export async function bundleHostScript(
  config: HostScriptConfig,
  files: Readonly<Record<string, string>>,
): Promise<string> {
  if (new URL(config.origin).origin !== config.origin)
    throw new Error(`bundleHostScript: "${config.origin}" is not an origin`);
  if (!/^\/(?:[^/]+\/)*$/.test(config.embedPath))
    throw new Error(`bundleHostScript: "${config.embedPath}" is not a path ending in /`);
  return bundle(
    "embed.js",
    `import { start } from "./host-script.ts";\nstart(${JSON.stringify(config.origin)}, ${JSON.stringify(config.embedPath)});\n`,
    files,
  );
}

/**
 * The embed page's own script (src/embed/embed-page.ts) as one classic script for the page
 * to inline: it must run in a frame sandboxed into the opaque origin, where a module script
 * from /_astro/ is a CORS request a plain static host refuses.
 */
export function bundleEmbedPageScript(files: Readonly<Record<string, string>>): Promise<string> {
  return bundle("embed-page.js", `import { startEmbedPage } from "./embed-page.ts";\nstartEmbedPage();\n`, files);
}

async function bundle(name: string, entry: string, files: Readonly<Record<string, string>>): Promise<string> {
  const result = await build({
    stdin: {
      contents: entry,
      loader: "ts",
      sourcefile: name,
    },
    plugins: [embedFiles(files)],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2019",
    platform: "browser",
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`bundle ${name}: esbuild wrote nothing`);
  // Inlined in a page, a "</script" inside would end the element early.
  if (/<\/script/i.test(output.text)) throw new Error(`bundle ${name}: the output contains "</script"`);
  return output.text.trimEnd();
}
