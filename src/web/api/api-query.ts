/**
 * The pages' addresses speak Dutch (`?kapitaal=…&pagina=2`), the API English (`capital`, `page`).
 * `names` maps a page parameter to its API name; `values` maps a page parameter's value to an API
 * parameter and value (`dichtbij=ja` → `nearMe=true`). Anything else on the page is not sent.
 */
export function apiQuery(
  params: URLSearchParams,
  names: Record<string, string>,
  values: Record<string, Record<string, [string, string]>> = {},
): URLSearchParams {
  const api = new URLSearchParams();
  for (const [name, value] of params) {
    if (value === '') continue;
    const apiName = names[name];
    if (apiName) api.set(apiName, value);
    const pair = values[name]?.[value];
    if (pair) api.set(pair[0], pair[1]);
  }
  return api;
}
