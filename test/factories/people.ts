import type { Role } from '../../src/contract/common';
import { createOrganisation } from '../../src/db/repositories/organisations.repository';
import type { Client, TestApp } from '../harness';
import { buildOrganisation, type BuiltOrganisation } from './organisations';
import { buildUser, signIn, type BuiltUser } from './users';

type Gemeente = { code: string; name: string };
type Spec = { name: string; gemeenten: Gemeente[]; teams?: string[] };

/**
 * Organisations under one koepel with one person per role, each built the first time a test asks
 * for them. `as` signs that person in anew each time, so two calls give two sessions of the same
 * person; team roles sit in the organisation's first team.
 */
export async function organisationsWithPeople<K extends string>(
  t: TestApp,
  specs: Record<K, Spec>,
) {
  const koepel = await createOrganisation(t.database.db, {
    kind: 'koepel',
    name: `Koepel ${Object.values<Spec>(specs)
      .map((s) => s.name)
      .join(' en ')}`,
  });
  const organisations = {} as Record<K, BuiltOrganisation>;
  for (const key of Object.keys(specs) as K[])
    organisations[key] = await buildOrganisation(t, { ...specs[key], parentId: koepel });
  const people = new Map<string, Promise<BuiltUser>>();

  function person(key: K, role: Role): Promise<BuiltUser> {
    const id = `${key}/${role}`;
    if (!people.has(id)) {
      const org = organisations[key];
      const inTeam = role === 'sociaal_werker' || role === 'teamleider';
      people.set(
        id,
        buildUser(t, {
          organisationId: org.id,
          role,
          teamIds: inTeam ? org.teamIds.slice(0, 1) : [],
        }),
      );
    }
    return people.get(id)!;
  }

  const as = async (key: K, role: Role): Promise<Client> => signIn(t, await person(key, role));
  return { koepel, organisations, person, as };
}

/** Organisation A's name in `neighbourOrganisations`: works in Arnhem. */
export const ORG_A = 'Welzijn Oosterpark (test)';
/** Organisation B's name in `neighbourOrganisations`: works in Zwolle and Dalfsen. */
export const ORG_B = 'Sociaal Werk Vechtdal (test)';

/** Two organisations of one koepel in different gemeenten, keyed by their names. */
export function neighbourOrganisations(t: TestApp) {
  return organisationsWithPeople(t, {
    [ORG_A]: {
      name: ORG_A,
      gemeenten: [{ code: 'GM0202', name: 'Arnhem' }],
      teams: ['Wijkteam Noord', 'Wijkteam Zuid'],
    },
    [ORG_B]: {
      name: ORG_B,
      gemeenten: [
        { code: 'GM0193', name: 'Zwolle' },
        { code: 'GM0148', name: 'Dalfsen' },
      ],
      teams: ['Team Zwolle-Zuid', 'Team Dalfsen'],
    },
  });
}
