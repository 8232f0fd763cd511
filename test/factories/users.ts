import type { Role } from '../../src/contract/common';
import { createUser } from '../../src/db/repositories/users.repository';
import { hashPassword } from '../../src/server/auth/passwords';
import { Client, type TestApp } from '../harness';

let made = 0;
// One strong password for every built account: hashing is the slow part, so it happens once.
const PASSWORD = 'fietsbel-op-de-dijk-88-testaccount';
let passwordHash: Promise<string> | undefined;

export type BuiltUser = { id: string; name: string; email: string; password: string; role: Role };

/** An active account in an organisation, in the teams given (none unless said). */
export async function buildUser(
  t: TestApp,
  input: { organisationId: string; role: Role; teamIds?: string[]; name?: string },
): Promise<BuiltUser> {
  made += 1;
  const name = input.name ?? `Collega ${made}`;
  const email = `collega-${made}@test.wegwijs.example`;
  const id = await createUser(t.database.db, {
    organisationId: input.organisationId,
    email,
    name,
    role: input.role,
    passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
    teamIds: input.teamIds ?? [],
  });
  return { id, name, email, password: PASSWORD, role: input.role };
}

/** A browser-like client signed in as the user. */
export async function signIn(t: TestApp, user: BuiltUser): Promise<Client> {
  const client = new Client(t.app);
  const res = await client.login(user.email, user.password);
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return client;
}

/** A user built and signed in at once. */
export async function signedInUser(
  t: TestApp,
  input: Parameters<typeof buildUser>[1],
): Promise<{ user: BuiltUser; client: Client }> {
  const user = await buildUser(t, input);
  return { user, client: await signIn(t, user) };
}

/** A sociaal werker in the organisation's first team, signed in: who works with households. */
export async function signedInCaseworker(
  t: TestApp,
  org: { id: string; teamIds: string[] },
  name?: string,
) {
  return signedInUser(t, {
    organisationId: org.id,
    role: 'sociaal_werker',
    teamIds: org.teamIds.slice(0, 1),
    ...(name ? { name } : {}),
  });
}

/** A signed-in user of a role; team roles (worker, team leader) sit in the organisation's first team. */
export async function signedInAs(t: TestApp, org: { id: string; teamIds: string[] }, role: Role) {
  const inTeam = role === 'sociaal_werker' || role === 'teamleider';
  return signedInUser(t, {
    organisationId: org.id,
    role,
    teamIds: inTeam ? org.teamIds.slice(0, 1) : [],
  });
}
