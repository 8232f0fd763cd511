/**
 * A local offer is published only when a resident or worker can act on it: a contact person with
 * a phone number or e-mail address, or a described way to refer. A name alone reaches nobody.
 */
export function offerIsReachable(offer: {
  howToRefer?: string | null;
  contact?: { phone?: string | null; email?: string | null } | null;
}): boolean {
  const contact = offer.contact;
  return Boolean(offer.howToRefer?.trim() || contact?.phone?.trim() || contact?.email?.trim());
}

export const unreachableOffer = {
  nl: 'Vul een telefoonnummer of e-mailadres van de contactpersoon in, of beschrijf hoe iemand wordt aangemeld. Zonder een van die twee kan niemand dit aanbod bereiken.',
  en: "Enter the contact person's phone number or e-mail address, or describe how to refer someone. Without one of these, nobody can reach this offer.",
};
