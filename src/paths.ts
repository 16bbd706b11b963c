/**
 * A site path under the configured base, so the site also works deployed under a
 * sub-path (BASE_PATH=/news/goyang/): withBase("favicon.svg") → "/news/goyang/favicon.svg".
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return `${base}${path.replace(/^\//, "")}`;
}
