import type { TFunction } from 'i18next';
import type { LocalOfferView } from '../../api/catalogue';

/** The offer form's text fields, as the user types them. */
export type OfferDraft = {
  wijk: string;
  howToRefer: string;
  costs: string;
  contactName: string;
  contactFunction: string;
  contactPhone: string;
  contactEmail: string;
};

/** The form's starting values: the offer's own, or empty for a new offer. */
export function offerDraft(offer: LocalOfferView | null): OfferDraft {
  return {
    wijk: offer?.wijk ?? '',
    howToRefer: offer?.howToRefer ?? '',
    costs: offer?.costs ?? '',
    contactName: offer?.contact?.name ?? '',
    contactFunction: offer?.contact?.function ?? '',
    contactPhone: offer?.contact?.phone ?? '',
    contactEmail: offer?.contact?.email ?? '',
  };
}

/** The request body: a contact only when it has a name; an empty phone or e-mail is none. */
export function offerBody(
  form: OfferDraft,
  gemeenten: string[],
  contactPublic: boolean,
  checked: boolean,
) {
  return {
    gemeenten,
    wijk: form.wijk,
    howToRefer: form.howToRefer,
    costs: form.costs,
    contact: form.contactName.trim()
      ? {
          name: form.contactName,
          function: form.contactFunction,
          phone: form.contactPhone.trim() || null,
          email: form.contactEmail.trim() || null,
          public: contactPublic,
        }
      : null,
    checked,
  };
}

export type OfferBody = ReturnType<typeof offerBody>;

/** Field name (as the API names it) → the label the form shows, for the error summary. */
export function offerLabels(t: TFunction, gemeenten: { name: string }[]) {
  const labels: Record<string, string> = {
    gemeenten: t('wegwijzer.offer.gemeenten'),
    wijk: t('wegwijzer.offer.wijk'),
    howToRefer: t('wegwijzer.offer.howToRefer'),
    costs: t('wegwijzer.offer.costs'),
    contact: t('wegwijzer.offer.contact'),
    'contact.name': t('wegwijzer.offer.contactName'),
    'contact.function': t('wegwijzer.offer.contactFunction'),
    'contact.phone': t('wegwijzer.offer.contactPhone'),
    'contact.email': t('wegwijzer.offer.contactEmail'),
    interventionId: t('wegwijzer.offer.intervention'),
  };
  gemeenten.forEach((g, i) => (labels[`gemeenten.${i}`] = g.name));
  return labels;
}
