import type { TestProject } from "vitest/node";
import { buildProjectCopy } from "../helpers/build-project.ts";
import { serveStatic } from "../helpers/static-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the built site is served, e.g. http://127.0.0.1:40123 (no trailing slash). */
    baseUrl: string;
    /** The served dist/ directory: the tests list its pages from it. */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const build = buildProjectCopy();
  if (build.status !== 0) throw new Error(`the site did not build:\n${build.output}`);
  const server = await serveStatic(build.dist);
  project.provide("baseUrl", server.url);
  project.provide("distDir", build.dist);
  return async () => {
    await server.close();
    build.cleanup();
  };
}
