import type { CatalogueItem, LocalOffer } from '../catalogue/types';
import type { HsdsOrganisationInput, HsdsVocabularies } from './types';

// Small, hand-made data for the HSDS tests. The tests in src/contract/hsds use the real content.

const entry = (id: string, nl: string, en = nl) => ({ id, nl, en });

export const vocabularies: HsdsVocabularies = {
  capitals: [
    entry('economisch', 'Economisch kapitaal', 'Economic capital'),
    entry('sociaal', 'Sociaal kapitaal', 'Social capital'),
    entry('mentaal', 'Mentaal kapitaal', 'Mental capital'),
  ],
  phases: [entry('signaleren', 'Signaleren'), entry('ondersteunen', 'Ondersteunen')],
  poverty_types: [entry('situationeel', 'Situationele armoede')],
  kinds: [entry('interventie', 'Interventie'), entry('voorziening', 'Voorziening')],
  evidence_levels: [
    entry('goed-beschreven', 'Goed beschreven'),
    entry('niet-onderzocht', 'Niet onderzocht'),
  ],
  target_groups: [
    entry('gezinnen', 'Gezinnen met kinderen'),
    entry('schulden', 'Mensen met schulden'),
  ],
  life_events: [entry('scheiding', 'Scheiding')],
  domains: [entry('sociaal', 'Sociaal'), entry('werk-en-inkomen', 'Werk en inkomen')],
};

export const ORG_ID = '5d0c4a8e-3b1f-4c2d-9e6a-7f8b9c0d1e2f';
export const OTHER_ORG_ID = '6e1d5b9f-4c20-4d3e-8f7b-809cad1e2f30';

export const organisations: HsdsOrganisationInput[] = [
  { id: ORG_ID, name: 'Sociaal Werk Noord', gemeenten: [{ code: 'GM0193', name: 'Zwolle' }] },
  { id: OTHER_ORG_ID, name: 'Welzijn Oost', description: 'Welzijnswerk in Deventer.' },
];

export const nationalItem: CatalogueItem = {
  id: 'budgetmaatjes',
  origin: 'national',
  organisationId: null,
  name: 'Budgetmaatjes',
  kind: 'interventie',
  summary: 'Een vrijwilliger helpt thuis met post en geld.',
  description: 'Eerste alinea over de aanpak.\n\nTweede alinea over de vrijwilligers.',
  capitals: { primary: ['economisch'], secondary: ['sociaal'] },
  workingElements: ['Vaste vrijwilliger', 'Steun van een professional'],
  targetGroups: ['schulden', 'gezinnen'],
  ageRange: { min: 18, max: 67 },
  phases: ['ondersteunen'],
  povertyTypes: ['situationeel'],
  lifeEvents: ['scheiding'],
  domains: ['werk-en-inkomen'],
  evidence: { level: 'goed-beschreven', source: 'Een rapport', date: '2024-05', note: 'Kort.' },
  providers: ['Tintengroep'],
  links: ['https://example.org/budgetmaatjes'],
  sources: [{ document: '001.txt', section: 'Vrijwilligers' }],
  lastReviewed: '2026-11-24',
};

export const localItem: CatalogueItem = {
  ...nationalItem,
  id: 'lokaal-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  origin: 'local',
  organisationId: ORG_ID,
  name: 'Geldcafé Holtenbroek',
  providers: [],
  links: [],
  ageRange: null,
};

export function offer(overrides: Partial<LocalOffer> = {}): LocalOffer {
  return {
    id: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e',
    organisationId: ORG_ID,
    organisationName: 'Sociaal Werk Noord',
    interventionId: nationalItem.id,
    gemeenten: [{ code: 'GM0193', name: 'Zwolle' }],
    wijk: 'Holtenbroek',
    howToRefer: 'Bel het wijkteam.',
    costs: 'Gratis.',
    contact: {
      name: 'Fatima de Vries',
      function: 'Sociaal werker',
      phone: '038 123 45 67',
      email: 'fatima@example.org',
      public: true,
    },
    lastCheckedAt: '2026-10-01T10:00:00.000Z',
    lastCheckedBy: null,
    version: 1,
    ...overrides,
  };
}
