import { asc, inArray } from 'drizzle-orm';
import type { Me } from '../../contract/auth';
import type { Db } from '../../db/client';
import { getOrganisation } from '../../db/repositories/organisations.repository';
import { teams } from '../../db/schema';
import type { AuthContext } from '../plugins/auth';

export async function buildMe(
  db: Db,
  auth: { user: Omit<AuthContext['user'], never>; teamIds: string[] },
): Promise<Me> {
  const org = await getOrganisation(db, auth.user.organisationId);
  const myTeams = auth.teamIds.length
    ? await db
        .select({ id: teams.id, name: teams.name })
        .from(teams)
        .where(inArray(teams.id, auth.teamIds))
        .orderBy(asc(teams.name))
    : [];
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
