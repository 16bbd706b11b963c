import { remarkSafeMarkdown } from "./remark-safe-markdown";

/**
 * The remark plugins every story goes through, in order. astro.config.mjs gives them to
 * the unified() processor, and checkStoryFile runs the same list to locate an error.
 */
export const storyRemarkPlugins = [remarkSafeMarkdown];
