import { apiQuery } from '../../api/api-query';

// The household list behind a dashboard figure. The page address speaks Dutch
// (`/huishoudens?evaluatie=verlopen`), the API English (`review=overdue`).

const names = { medewerker: 'professional' };
const values: Record<string, Record<string, [string, string]>> = {
  evaluatie: { verlopen: ['review', 'overdue'], binnenkort: ['review', 'due'] },
  plan: { geen: ['plan', 'none'], lopend: ['plan', 'running'], klaar: ['plan', 'done'] },
  verwijzingen: { wachtend: ['referrals', 'waiting'] },
  toestemming: { verloopt: ['consent', 'expiring'], verlopen: ['consent', 'expired'] },
};

/** The API filter of a household list page address. */
export function listFilterFromPage(params: URLSearchParams): URLSearchParams {
  return apiQuery(params, names, values);
}

/** The page address of the list behind a figure, from the API filter the figure carries. */
export function listPageOf(filter: Record<string, string>): string {
  const page = new URLSearchParams();
  for (const [apiName, apiValue] of Object.entries(filter)) {
    if (apiName === 'professional') {
      page.set('medewerker', apiValue);
      continue;
    }
    for (const [pageName, options] of Object.entries(values))
      for (const [pageValue, [name, value]] of Object.entries(options))
        if (name === apiName && value === apiValue) page.set(pageName, pageValue);
  }
  const query = page.toString();
  return `/huishoudens${query ? `?${query}` : ''}`;
}
