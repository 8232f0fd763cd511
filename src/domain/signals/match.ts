import { sameName } from './names';
import type { SignalRow } from './types';

type PersonFields = Pick<
  SignalRow,
  'postcode' | 'houseNumber' | 'houseNumberAddition' | 'dateOfBirth'
>;

/** The address and birth date that identify a person across partners' files. */
export function personKey(row: PersonFields): string {
  return `${row.postcode}|${row.houseNumber}|${row.houseNumberAddition}|${row.dateOfBirth}`;
}

export type CaseCandidate = { id: string; surname: string; initials: string };

/**
 * The case a signal belongs to: among cases with the same address and birth date, the first whose
 * name agrees (accents, tussenvoegsels and extra initials ignored); null means a new case.
 */
export function matchCase(
  row: Pick<SignalRow, 'surname' | 'initials'>,
  candidates: CaseCandidate[],
): string | null {
  return candidates.find((c) => sameName(c, row))?.id ?? null;
}

/** Groups a file's rows into people: rows with the same key and agreeing names share a group. */
export function groupRows(rows: SignalRow[]): SignalRow[][] {
  const byKey = new Map<string, SignalRow[][]>();
  for (const row of rows) {
    const groups = byKey.get(personKey(row)) ?? [];
    const group = groups.find((g) => sameName(g[0]!, row));
    if (group) group.push(row);
    else groups.push([row]);
    byKey.set(personKey(row), groups);
  }
  return [...byKey.values()].flat();
}
