import type { Capital, CatalogueItem, Contact, LocalOffer } from './types';
import { capitals } from './types';

// The poster of one werkorganisatie: everything it offers, grouped by the capital an intervention
// mainly strengthens, with whom to contact. Replaces the hand-made posters teams used to make.

export type PosterEntry = {
  interventionId: string;
  name: string;
  summary: string;
  /** Where and with whom; an intervention may be offered in several wijken. */
  places: {
    gemeenten: string[];
    wijk: string | null;
    contact: Contact | null;
    howToRefer: string | null;
  }[];
};

export type PosterSpecialist = {
  name: string;
  function: string;
  phone: string | null;
  email: string | null;
  topics: string[];
};

export type Poster = {
  organisation: { id: string; name: string; gemeenten: string[] };
  groups: { capital: Capital; entries: PosterEntry[] }[];
  specialists: PosterSpecialist[];
};

export function buildPoster(input: {
  organisation: Poster['organisation'];
  /** Every item the organisation offers or keeps as a local item. */
  items: CatalogueItem[];
  offers: LocalOffer[];
  specialists: PosterSpecialist[];
}): Poster {
  const offersByItem = new Map<string, LocalOffer[]>();
  for (const offer of input.offers) {
    if (offer.organisationId !== input.organisation.id) continue;
    offersByItem.set(offer.interventionId, [
      ...(offersByItem.get(offer.interventionId) ?? []),
      offer,
    ]);
  }
  const shown = input.items.filter(
    (i) => offersByItem.has(i.id) || i.organisationId === input.organisation.id,
  );
  const groups = capitals
    .map((capital) => ({
      capital,
      entries: shown
        // An item appears once, under its first primary capital.
        .filter((i) => i.capitals.primary[0] === capital)
        .map((i) => ({
          interventionId: i.id,
          name: i.name,
          summary: i.summary,
          places: (offersByItem.get(i.id) ?? []).map((o) => ({
            gemeenten: o.gemeenten.map((g) => g.name),
            wijk: o.wijk,
            contact: o.contact,
            howToRefer: o.howToRefer,
          })),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    }))
    .filter((g) => g.entries.length > 0);
  return {
    organisation: input.organisation,
    groups,
    specialists: [...input.specialists].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
