import type { TestProject } from "vitest/node";
import { buildProjectCopy } from "../helpers/build-project";
import { serveStatic } from "../helpers/static-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const build = buildProjectCopy();
  if (build.status !== 0) throw new Error(`the site did not build:\n${build.output}`);
  const server = await serveStatic(build.dist);
  project.provide("baseUrl", server.url);
  return async () => {
    await server.close();
    build.cleanup();
  };
}
