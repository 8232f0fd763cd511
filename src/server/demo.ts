import { randomBytes } from 'node:crypto';

import type { Role } from '../contract/common';
import type { Db } from '../db/client';
import {
  createOrganisation,
  isSetupDone,
  markInstalled,
} from '../db/repositories/organisations.repository';
import { createTeams } from '../db/repositories/teams.repository';
import { createUser } from '../db/repositories/users.repository';
import { hashPassword } from './auth/passwords';

// A fictional group of social-work organisations. The organisations, teams and people do not
// exist; the gemeenten are real places so that gemeente-bound features have something to show.
const DEMO = {
  koepel: 'Samenwerkende Welzijnsorganisaties Oost (fictief)',
  organisations: [
    {
      key: 'rivierstad',
      name: 'Welzijn Rivierstad (fictief)',
      gemeenten: [{ code: 'GM0202', name: 'Arnhem' }],
      teams: ['Wijkteam Noord', 'Wijkteam Zuid', 'Jongerenwerk'],
    },
    {
      key: 'ijsselkring',
      name: 'Sociaal Werk IJsselkring (fictief)',
      gemeenten: [
        { code: 'GM0193', name: 'Zwolle' },
        { code: 'GM0148', name: 'Dalfsen' },
      ],
      teams: ['Team Zwolle-Zuid', 'Team Dalfsen'],
    },
    {
      key: 'veenkoloniaal',
      name: 'Kompas Welzijn Veenkoloniën (fictief)',
      gemeenten: [{ code: 'GM1952', name: 'Midden-Groningen' }],
      teams: ['Team Hoogezand', 'Schoolmaatschappelijk werk'],
    },
  ],
  people: [
    { role: 'sociaal_werker', name: 'Sanne de Vries (demo)' },
    { role: 'teamleider', name: 'Mehmet Yilmaz (demo)' },
    { role: 'beleidsmedewerker', name: 'Ingrid Bakker (demo)' },
    { role: 'beheerder', name: 'Ruben Jansen (demo)' },
    { role: 'vroegsignalering', name: 'Fatima El Amrani (demo)' },
  ] satisfies { role: Role; name: string }[],
};

export type DemoAccount = { organisation: string; role: Role; email: string; password: string };
export type DemoResult = {
  loaded: boolean;
  reason?: 'already_demo' | 'installation_in_use';
  accounts: DemoAccount[];
};

const demoPassword = () => `Demo-${randomBytes(9).toString('base64url')}`;

/** Loads the demo group into an empty installation. Never touches a real installation. */
export async function loadDemo(db: Db): Promise<DemoResult> {
  const state = await isSetupDone(db);
  if (state.done) {
    return {
      loaded: false,
      reason: state.demo ? 'already_demo' : 'installation_in_use',
      accounts: [],
    };
  }
  const accounts: DemoAccount[] = [];
  const prepared = await Promise.all(
    DEMO.organisations.flatMap((org) =>
      DEMO.people.map(async (person) => {
        const password = demoPassword();
        return { org, person, password, hash: await hashPassword(password) };
      }),
    ),
  );
  await db.transaction(async (tx) => {
    if (!(await markInstalled(tx, { at: new Date(), demo: true })))
      throw new Error('Another setup finished first; the demo was not loaded.');
    const koepelId = await createOrganisation(tx, {
      kind: 'koepel',
      name: DEMO.koepel,
      isDemo: true,
    });
    for (const org of DEMO.organisations) {
      const organisationId = await createOrganisation(tx, {
        kind: 'werkorganisatie',
        name: org.name,
        parentId: koepelId,
        gemeenten: org.gemeenten,
        isDemo: true,
      });
      const teamIds = await createTeams(tx, organisationId, org.teams);
      for (const { person, password, hash } of prepared.filter((p) => p.org === org)) {
        const email = `${person.role.replace('_', '-')}@${org.key}.demo.wegwijs.example`;
        await createUser(tx, {
          organisationId,
          email,
          name: person.name,
          role: person.role,
          passwordHash: hash,
          teamIds:
            person.role === 'sociaal_werker' || person.role === 'teamleider' ? [teamIds[0]!] : [],
          isDemo: true,
        });
        accounts.push({ organisation: org.name, role: person.role, email, password });
      }
    }
  });
  return { loaded: true, accounts };
}

export function printDemoAccounts(result: DemoResult) {
  if (!result.loaded) {
    console.log(
      result.reason === 'already_demo'
        ? 'The demo is already loaded. Its passwords were shown once; a demo beheerder can create a reset link.'
        : 'This installation already holds real data, so the demo was not loaded. Use an empty data directory for the demo.',
    );
    return;
  }
  console.log('\nDemo loaded — all organisations and people are fictional.');
  console.log('These passwords are shown only now:\n');
  for (const a of result.accounts) {
    console.log(
      `  ${a.organisation.padEnd(42)} ${a.role.padEnd(18)} ${a.email.padEnd(52)} ${a.password}`,
    );
  }
  console.log('');
}
