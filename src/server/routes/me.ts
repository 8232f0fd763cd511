import type { Me } from '../../contract/auth';
import type { Db } from '../../db/client';
import { getOrganisation } from '../../db/repositories/organisations.repository';
import { teamNames } from '../../db/repositories/teams.repository';
import type { AuthContext } from '../plugins/auth';

export async function buildMe(
  db: Db,
  auth: { user: Omit<AuthContext['user'], never>; teamIds: string[] },
): Promise<Me> {
  const org = await getOrganisation(db, auth.user.organisationId);
  const myTeams = await teamNames(db, auth.teamIds);
  return {
    id: auth.user.id,
    name: auth.user.name,
    email: auth.user.email,
    role: auth.user.role,
    language: auth.user.language,
    isDemo: auth.user.isDemo,
    organisation: {
      id: org!.id,
      name: org!.name,
      isDemo: org!.isDemo,
      koepel: org!.koepel,
      gemeenten: org!.gemeenten,
    },
    teams: myTeams,
  };
}
