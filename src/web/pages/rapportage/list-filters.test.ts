import { describe, expect, it } from 'vitest';
import { listFilterFromPage, listPageOf } from './list-filters';

describe('list filters', () => {
  it('turns a figure’s filter into a Dutch page address and back', () => {
    expect(listPageOf({ review: 'overdue' })).toBe('/huishoudens?evaluatie=verlopen');
    expect(listPageOf({ consent: 'expiring' })).toBe('/huishoudens?toestemming=verloopt');
    expect(listPageOf({})).toBe('/huishoudens');
    const id = '0b6f2a52-8f0e-4a43-9a57-1c9b0f6f6d11';
    const page = listPageOf({ professional: id, plan: 'none' });
    expect(page).toBe(`/huishoudens?medewerker=${id}&plan=geen`);
    expect(listFilterFromPage(new URL(page, 'http://x').searchParams).toString()).toBe(
      `professional=${id}&plan=none`,
    );
  });

  it('sends nothing for a value the page does not know', () => {
    expect(listFilterFromPage(new URLSearchParams('evaluatie=ooit&naam=K')).toString()).toBe('');
  });
});
