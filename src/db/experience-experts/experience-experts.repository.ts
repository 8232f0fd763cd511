import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import type {
  ExperienceExpertInput,
  ExperienceExpertView,
  InvitationView,
} from '../../contract/experience-experts';
import type { ConsentHow } from '../../contract/households';
import type { ExpertRole } from '../../domain/experience-experts/experience-expert';
import type { Db } from '../client';
import {
  caseDialogues,
  experienceExpertInvitations,
  experienceExperts,
  teamSessions,
  users,
} from '../schema';

// The register of experience experts (ADR 1305). Every query takes the organisation: an entry of
// another organisation does not exist for the caller. Invitations hold no contact details of
// their own; they are joined from the entry, so erasing the entry erases them everywhere.

type ExpertRow = typeof experienceExperts.$inferSelect;

function present(row: ExpertRow): ExperienceExpertView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    roles: row.roles,
    agreements: row.agreements,
    availability: row.availability,
    consent: { givenAt: row.consentGivenAt, how: row.consentHow },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const inOrganisation = (organisationId: string, id: string) =>
  and(eq(experienceExperts.id, id), eq(experienceExperts.organisationId, organisationId));

export async function listExperts(db: Db, organisationId: string): Promise<ExperienceExpertView[]> {
  const rows = await db
    .select()
    .from(experienceExperts)
    .where(eq(experienceExperts.organisationId, organisationId))
    .orderBy(asc(experienceExperts.name), asc(experienceExperts.id));
  return rows.map(present);
}

export async function findExpert(
  db: Db,
  organisationId: string,
  id: string,
): Promise<ExperienceExpertView | null> {
  const [row] = await db.select().from(experienceExperts).where(inOrganisation(organisationId, id));
  return row ? present(row) : null;
}

export async function insertExpert(
  db: Db,
  input: ExperienceExpertInput & {
    organisationId: string;
    consent: { givenAt: string; how: ConsentHow };
    createdBy: string;
    at: Date;
  },
): Promise<ExperienceExpertView> {
  const { consent, at, ...fields } = input;
  const [row] = await db
    .insert(experienceExperts)
    .values({
      ...fields,
      consentGivenAt: consent.givenAt,
      consentHow: consent.how,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  return present(row!);
}

export async function updateExpert(
  db: Db,
  organisationId: string,
  id: string,
  input: ExperienceExpertInput & { at: Date },
): Promise<ExperienceExpertView | null> {
  const { at, ...fields } = input;
  const [row] = await db
    .update(experienceExperts)
    .set({ ...fields, updatedAt: at })
    .where(inOrganisation(organisationId, id))
    .returning();
  return row ? present(row) : null;
}

/**
 * Deletes the entry and its invitations. Returns how many invitations went with it, or null when
 * the organisation has no such entry.
 */
export async function eraseExpert(
  db: Db,
  organisationId: string,
  id: string,
): Promise<{ invitations: number } | null> {
  const [invited] = await db
    .select({ n: count() })
    .from(experienceExpertInvitations)
    .where(
      and(
        eq(experienceExpertInvitations.expertId, id),
        eq(experienceExpertInvitations.organisationId, organisationId),
      ),
    );
  await db
    .delete(experienceExpertInvitations)
    .where(
      and(
        eq(experienceExpertInvitations.expertId, id),
        eq(experienceExpertInvitations.organisationId, organisationId),
      ),
    );
  const deleted = await db
    .delete(experienceExperts)
    .where(inOrganisation(organisationId, id))
    .returning({ id: experienceExperts.id });
  return deleted.length ? { invitations: invited!.n } : null;
}

// ── Invitations ──────────────────────────────────────────────────────────

export type InvitationKind = InvitationView['target']['kind'];

/** The team session or case dialogue an invitation is for, as its organisation sees it. */
export type TargetRow = {
  kind: InvitationKind;
  id: string;
  teamId: string;
  startedBy: string | null;
  title: string | null;
  code: string | null;
  codeExpiresAt: Date | null;
  at: Date;
  until: Date | null;
  closedAt: Date | null;
};

export async function findTarget(
  db: Db,
  organisationId: string,
  kind: InvitationKind,
  id: string,
): Promise<TargetRow | null> {
  if (kind === 'team_session') {
    const [s] = await db
      .select()
      .from(teamSessions)
      .where(and(eq(teamSessions.id, id), eq(teamSessions.organisationId, organisationId)));
    return s
      ? {
          kind,
          id: s.id,
          teamId: s.teamId,
          startedBy: s.startedBy,
          title: null,
          code: s.code,
          codeExpiresAt: s.codeExpiresAt,
          at: s.createdAt,
          until: s.expiresAt,
          closedAt: s.closedAt,
        }
      : null;
  }
  const [d] = await db
    .select()
    .from(caseDialogues)
    .where(and(eq(caseDialogues.id, id), eq(caseDialogues.organisationId, organisationId)));
  return d
    ? {
        kind,
        id: d.id,
        teamId: d.teamId,
        startedBy: d.createdBy,
        title: d.title,
        code: null,
        codeExpiresAt: null,
        at: d.createdAt,
        until: null,
        closedAt: null,
      }
    : null;
}

const targetColumn = (kind: InvitationKind) =>
  kind === 'team_session'
    ? experienceExpertInvitations.teamSessionId
    : experienceExpertInvitations.caseDialogueId;

/** Records an invitation; false when this expert was already invited there. */
export async function insertInvitation(
  db: Db,
  input: {
    organisationId: string;
    expertId: string;
    target: { kind: InvitationKind; id: string };
    role: ExpertRole;
    invitedBy: string;
    at: Date;
  },
): Promise<string | null> {
  const { target, at, ...values } = input;
  const column = targetColumn(target.kind);
  const [row] = await db
    .insert(experienceExpertInvitations)
    .values({
      ...values,
      invitedAt: at,
      ...(target.kind === 'team_session'
        ? { teamSessionId: target.id }
        : { caseDialogueId: target.id }),
    })
    .onConflictDoNothing({
      target: [column, experienceExpertInvitations.expertId],
      where: isNotNull(column),
    })
    .returning({ id: experienceExpertInvitations.id });
  return row?.id ?? null;
}

/** The invitations to one team session or dialogue, with the contact details of each entry. */
export async function listInvitations(
  db: Db,
  organisationId: string,
  target: TargetRow,
  now: Date,
): Promise<InvitationView[]> {
  const rows = await db
    .select({
      invitation: experienceExpertInvitations,
      expert: {
        id: experienceExperts.id,
        name: experienceExperts.name,
        email: experienceExperts.email,
        phone: experienceExperts.phone,
      },
      invitedByName: users.name,
    })
    .from(experienceExpertInvitations)
    .innerJoin(experienceExperts, eq(experienceExperts.id, experienceExpertInvitations.expertId))
    .leftJoin(users, eq(users.id, experienceExpertInvitations.invitedBy))
    .where(
      and(
        eq(experienceExpertInvitations.organisationId, organisationId),
        eq(targetColumn(target.kind), target.id),
      ),
    )
    .orderBy(asc(experienceExpertInvitations.invitedAt), asc(experienceExpertInvitations.id));
  const codeValid =
    target.code !== null &&
    target.closedAt === null &&
    target.codeExpiresAt !== null &&
    now < target.codeExpiresAt;
  return rows.map((r) => ({
    id: r.invitation.id,
    role: r.invitation.role,
    invitedAt: r.invitation.invitedAt.toISOString(),
    invitedByName: r.invitedByName,
    expert: r.expert,
    target: {
      kind: target.kind,
      id: target.id,
      title: target.title,
      code: codeValid ? target.code : null,
      at: target.at.toISOString(),
      until: target.until?.toISOString() ?? null,
    },
  }));
}
