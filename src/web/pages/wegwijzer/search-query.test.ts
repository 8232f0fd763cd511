import { describe, expect, it } from 'vitest';
import { apiQuery } from '../../api/api-query';
import { API_NAMES, API_VALUES } from './SearchPage';

describe('the search page asks the API in English', () => {
  it('maps every Dutch address parameter to its API name and value', () => {
    const page = new URLSearchParams(
      'q=schulden&kapitaal=economisch,sociaal&leeftijd=12&dichtbij=ja&sorteer=naam&pagina=2&perPagina=50&onbekend=x',
    );
    expect(Object.fromEntries(apiQuery(page, API_NAMES, API_VALUES))).toEqual({
      q: 'schulden',
      capital: 'economisch,sociaal',
      age: '12',
      nearMe: 'true',
      sort: 'name',
      page: '2',
      perPage: '50',
    });
  });
});
