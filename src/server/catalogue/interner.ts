// One copy of each equal value in the in-process catalogue (issue 12.1: memory). Every row read
// from the database brings its own copy of every string: the same kinds, capitals, target groups,
// organisation names and gemeenten, 50 000 times over at 50 000 items. The lists and small objects
// repeat too (items share a few hundred combinations of target groups, phases or fit), so those
// are shared as well: they are only read. Kept only while a snapshot is built; what it returns is
// shared by the items and offers of that snapshot.

import type { ListedItem, ListedOffer } from '../../domain/catalogue/types';

export class Interner {
  private readonly seen = new Map<string, string>();
  private readonly places = new Map<string, { code: string; name: string }>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly objects = new Map<string, unknown>();

  /** The first string seen equal to `value`. */
  string<T extends string>(value: T): T {
    const known = this.seen.get(value);
    if (known !== undefined) return known as T;
    this.seen.set(value, value);
    return value;
  }

  /** The first list seen with the same strings in the same order. */
  list<T extends string>(values: readonly T[]): T[] {
    const key = `${values.length}\u0001${values.join('\u0000')}`;
    let known = this.lists.get(key);
    if (!known) this.lists.set(key, (known = values.map((v) => this.string(v))));
    return known as T[];
  }

  /** The first small object seen with the same JSON (lists in it keep their order). */
  object<T extends object>(value: T): T {
    const key = JSON.stringify(value);
    const known = this.objects.get(key);
    if (known !== undefined) return known as T;
    this.objects.set(key, value);
    return value;
  }

  /** The first place seen with the same code and name (places are only read). */
  place(place: { code: string; name: string }): { code: string; name: string } {
    const key = `${place.code}\u0000${place.name}`;
    let known = this.places.get(key);
    if (!known)
      this.places.set(
        key,
        (known = { code: this.string(place.code), name: this.string(place.name) }),
      );
    return known;
  }

  /** The item with its repeated strings shared (its id with its offers' item ids). */
  item(item: ListedItem): ListedItem {
    return {
      ...item,
      id: this.string(item.id),
      origin: this.string(item.origin),
      organisationId: item.organisationId === null ? null : this.string(item.organisationId),
      kind: this.string(item.kind),
      capitals: this.object({
        primary: this.list(item.capitals.primary),
        secondary: this.list(item.capitals.secondary),
      }),
      targetGroups: this.list(item.targetGroups),
      phases: this.list(item.phases),
      povertyTypes: this.list(item.povertyTypes),
      lifeEvents: this.list(item.lifeEvents),
      evidence: this.object({ level: this.string(item.evidence.level) }),
      ...(item.ageRange ? { ageRange: this.object(item.ageRange) } : {}),
      ...(item.fit ? { fit: this.object(item.fit) } : {}),
    };
  }

  /** The offer with its organisation, item id and gemeenten shared. */
  offer(offer: ListedOffer): ListedOffer {
    return {
      id: offer.id,
      organisationId: this.string(offer.organisationId),
      organisationName: this.string(offer.organisationName),
      interventionId: this.string(offer.interventionId),
      gemeenten: offer.gemeenten.map((g) => this.place(g)),
    };
  }
}
