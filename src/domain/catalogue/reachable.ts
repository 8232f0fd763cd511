import { message } from '../message';

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

/** Why an offer that nobody can reach is refused. */
export const unreachableOffer = message('validation.catalogue.unreachable');
