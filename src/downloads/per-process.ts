/**
 * One value per process, however many times its module is loaded: a build's page chunks
 * and its integrations are different instances of the same module, and the PNG routes, the
 * render path and the summary must count into one tally. Kept on globalThis under a
 * registered symbol (`goyang-jobs.<name>`).
 */
export function perProcess<T>(name: string, create: () => T): T {
  const key = Symbol.for(`goyang-jobs.${name}`);
  const global = globalThis as unknown as Record<symbol, T | undefined>;
  return (global[key] ??= create());
}
