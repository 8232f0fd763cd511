import { describe, expect, it } from 'vitest';
import { buildPoster } from './poster';
import type { CatalogueItem, LocalOffer } from './types';

const item = (
  id: string,
  primary: CatalogueItem['capitals']['primary'],
  organisationId: string | null = null,
): CatalogueItem => ({
  id,
  origin: organisationId ? 'local' : 'national',
  organisationId,
  name: id.toUpperCase(),
  kind: 'project',
  summary: `Over ${id}`,
  description: 'x',
  capitals: { primary, secondary: [] },
  workingElements: [],
  targetGroups: ['volwassenen'],
  ageRange: null,
  phases: ['ondersteunen'],
  povertyTypes: [],
  lifeEvents: [],
  domains: ['sociaal'],
  evidence: { level: 'niet-onderzocht', source: 'x', date: '2025' },
  providers: [],
  links: [],
  sources: [],
  lastReviewed: '2026-01-01',
});
const offer = (
  interventionId: string,
  organisationId: string,
  wijk: string | null = null,
): LocalOffer => ({
  id: `${interventionId}-${organisationId}-${wijk}`,
  organisationId,
  organisationName: organisationId,
  interventionId,
  gemeenten: [{ code: 'GM0202', name: 'Arnhem' }],
  wijk,
  howToRefer: null,
  costs: null,
  contact: { name: 'Ayse', function: null, phone: '026', email: null, public: false },
  lastCheckedAt: '2026-01-01',
  lastCheckedBy: null,
  version: 1,
});

describe('poster', () => {
  const org = { id: 'A', name: 'Welzijn A', gemeenten: ['Arnhem'] };

  it('groups what the organisation offers by primary capital, in the order of the five capitals', () => {
    const poster = buildPoster({
      organisation: org,
      items: [
        item('budget', ['economisch']),
        item('buurt', ['sociaal']),
        item('lezen', ['cultureel']),
        item('elders', ['mentaal']),
      ],
      offers: [
        offer('budget', 'A'),
        offer('buurt', 'A'),
        offer('lezen', 'A'),
        offer('elders', 'B'),
      ],
      specialists: [],
    });
    expect(poster.groups.map((g) => g.capital)).toEqual(['economisch', 'sociaal', 'cultureel']);
    expect(poster.groups[0]!.entries[0]!.places[0]!.contact!.name).toBe('Ayse');
  });

  it('shows an item once, with every wijk where it is offered, and includes own local items', () => {
    const poster = buildPoster({
      organisation: org,
      items: [item('budget', ['economisch', 'mentaal']), item('eigen', ['sociaal'], 'A')],
      offers: [offer('budget', 'A', 'Noord'), offer('budget', 'A', 'Zuid')],
      specialists: [],
    });
    const entries = poster.groups.flatMap((g) => g.entries);
    expect(entries.map((e) => e.interventionId)).toEqual(['budget', 'eigen']);
    expect(entries[0]!.places.map((p) => p.wijk)).toEqual(['Noord', 'Zuid']);
  });
});
