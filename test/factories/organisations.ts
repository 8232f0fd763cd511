import type { Gemeente } from '../../src/contract/common';
import { createOrganisation } from '../../src/db/repositories/organisations.repository';
import { createTeams } from '../../src/db/repositories/teams.repository';
import type { TestApp } from '../harness';

let made = 0;

export type BuiltOrganisation = { id: string; name: string; teamIds: string[] };

/**
 * A werkorganisatie of its own (working in Arnhem unless said otherwise) with one team, so a
 * test needs neither the demo group nor the first-run setup. `parentId` places it in a koepel.
 */
export async function buildOrganisation(
  t: TestApp,
  overrides: { name?: string; gemeenten?: Gemeente[]; teams?: string[]; parentId?: string } = {},
): Promise<BuiltOrganisation> {
  made += 1;
  const name = overrides.name ?? `Testorganisatie ${made}`;
  const id = await createOrganisation(t.database.db, {
    kind: 'werkorganisatie',
    name,
    parentId: overrides.parentId ?? null,
    gemeenten: overrides.gemeenten ?? [{ code: 'GM0202', name: 'Arnhem' }],
  });
  const teamIds = await createTeams(t.database.db, id, overrides.teams ?? [`Team ${made}`]);
  return { id, name, teamIds };
}

/** One more team in an organisation. */
export async function buildTeam(t: TestApp, organisationId: string, name?: string) {
  made += 1;
  const [id] = await createTeams(t.database.db, organisationId, [name ?? `Team ${made}`]);
  return id!;
}
