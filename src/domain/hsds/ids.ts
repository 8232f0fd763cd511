import { isUuid, uuidV5 } from './uuid-v5';

// Every id Wegwijs writes into HSDS is either a UUID we already have (organisations, local items)
// or a version 5 UUID of a readable name in our own namespace. The same catalogue therefore gets
// the same ids on every export, on every machine, so a partner who imports twice updates instead of
// duplicating. Never change the namespace or the name patterns: that would change every id.

/** The fixed namespace of all Wegwijs HSDS ids (a random UUID, chosen once). */
export const HSDS_NAMESPACE = '3a8eb739-bfee-4da4-b98c-bc0de618936d';

/** The id of a readable name such as 'term:capitals:economisch'. */
export function wegwijsUuid(name: string): string {
  return uuidV5(name, HSDS_NAMESPACE);
}

/** The organization that publishes the national catalogue (ADR 0204). */
export const NATIONAL_ORGANIZATION_ID = wegwijsUuid('organization:wegwijs-landelijk');

const LOCAL_ITEM = /^lokaal-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Service id of a catalogue item: the UUID of a local item, or a v5 UUID of a national slug. */
export function serviceIdForItem(itemId: string): string {
  const local = LOCAL_ITEM.exec(itemId);
  if (local) return local[1]!.toLowerCase();
  return wegwijsUuid(`service:${itemId}`);
}

/** Organisation ids are UUIDs in our database; anything else still gets a stable UUID. */
export function organizationIdFor(organisationId: string): string {
  return isUuid(organisationId)
    ? organisationId.toLowerCase()
    : wegwijsUuid(`organization:${organisationId}`);
}

export function taxonomyIdFor(taxonomy: string): string {
  return wegwijsUuid(`taxonomy:${taxonomy}`);
}

export function termIdFor(taxonomy: string, code: string): string {
  return wegwijsUuid(`term:${taxonomy}:${code}`);
}
