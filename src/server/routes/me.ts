import type { Me } from '../../contract/auth';
import type { Db } from '../../db/client';
import { getOrganisation } from '../../db/repositories/organisations.repository';
import { teamNames } from '../../db/repositories/teams.repository';
import type { AuthContext } from '../plugins/auth';
import type { MeNames, SessionCache } from '../session-cache';

type MeAuth = { user: Omit<AuthContext['user'], never>; teamIds: string[] };

async function readNames(db: Db, auth: MeAuth): Promise<MeNames> {
  const org = await getOrganisation(db, auth.user.organisationId);
  const teams = await teamNames(db, auth.teamIds);
  return {
    organisation: {
      id: org!.id,
      name: org!.name,
      isDemo: org!.isDemo,
      koepel: org!.koepel,
      gemeenten: org!.gemeenten,
    },
    teams,
  };
}

function meOf(auth: MeAuth, names: MeNames): Me {
  return {
    id: auth.user.id,
    name: auth.user.name,
    email: auth.user.email,
    role: auth.user.role,
    language: auth.user.language,
    isDemo: auth.user.isDemo,
    ...names,
  };
}

export async function buildMe(db: Db, auth: MeAuth): Promise<Me> {
  return meOf(auth, await readNames(db, auth));
}

/**
 * GET /me: the organisation and team names are kept with the cached session, so a signed-in
 * page load reads nothing. A rename NOTIFYs every instance (migration 0013), which drops them.
 */
export async function cachedMe(db: Db, auth: AuthContext, cache: SessionCache): Promise<Me> {
  const { tokenHash } = auth.session;
  let names = cache.names(tokenHash);
  if (!names) {
    const generation = cache.generation();
    names = await readNames(db, auth);
    cache.storeNames(tokenHash, names, generation);
  }
  return meOf(auth, names);
}
