/** "?a=1&b=2" from the parameters that have a value (empty and undefined ones are left out). */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return `?${search.toString()}`;
}
