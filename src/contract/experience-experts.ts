import { z } from 'zod';
import {
  DAY_PARTS,
  EXPERT_ROLES,
  isPhoneNumber,
  WEEKDAYS,
} from '../domain/experience-experts/experience-expert';
import { idSchema } from './common';
import { consentHows } from './households';
import { refinement } from './validation-messages';

// /api/v1/experience-experts: an organisation's register of experience experts, kept only with
// their consent (issue 13 item 5, ADR 1305). Minimum data: the name they want to be called by and
// at least one way to reach them. Withdrawing consent erases the entry.

export const EXPERT_NAME_MAX = 80;
export const AGREEMENTS_MAX = 500;

const problemKey = (key: string) => `ervaringsdeskundigen.validation.${key}`;

/** Empty means "not given"; stored as null. */
const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || z.email().safeParse(v).success, refinement('validation.format.email'))
  .default('')
  .transform((v) => (v === '' ? null : v.toLowerCase()));

const optionalPhone = z
  .string()
  .trim()
  .max(30)
  .refine((v) => v === '' || isPhoneNumber(v), refinement(problemKey('phone')))
  .default('')
  .transform((v) => (v === '' ? null : v));

export const expertRoleSchema = z.enum(EXPERT_ROLES);

export const availabilitySchema = z.strictObject({
  days: z.array(z.enum(WEEKDAYS)).max(7).default([]),
  dayParts: z.array(z.enum(DAY_PARTS)).max(3).default([]),
  unavailableUntil: z.iso.date().nullable().default(null),
});

export const expertConsentSchema = z.strictObject({
  givenAt: z.iso.date(),
  how: z.enum(consentHows),
});

const expertFields = {
  name: z.string().trim().min(1).max(EXPERT_NAME_MAX),
  email: optionalEmail,
  phone: optionalPhone,
  roles: z.array(expertRoleSchema).min(1).max(EXPERT_ROLES.length),
  agreements: z.string().trim().max(AGREEMENTS_MAX).default(''),
  availability: availabilitySchema.default({ days: [], dayParts: [], unavailableUntil: null }),
};

/** No way to reach someone is no entry: the e-mail field carries the message. */
const reachable = (v: { email: string | null; phone: string | null }) =>
  v.email !== null || v.phone !== null;
const reachableIssue = refinement(problemKey('contactRequired'), undefined, ['email']);

export const updateExperienceExpertBody = z
  .strictObject(expertFields)
  .refine(reachable, reachableIssue);
export const createExperienceExpertBody = z
  .strictObject({ ...expertFields, consent: expertConsentSchema })
  .refine(reachable, reachableIssue);
export type CreateExperienceExpertBody = z.input<typeof createExperienceExpertBody>;
export type ExperienceExpertInput = z.output<typeof updateExperienceExpertBody>;

export const experienceExpertParams = z.strictObject({ expertId: idSchema });

export const experienceExpertSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  roles: z.array(expertRoleSchema),
  agreements: z.string(),
  availability: z.object({
    days: z.array(z.enum(WEEKDAYS)),
    dayParts: z.array(z.enum(DAY_PARTS)),
    unavailableUntil: z.iso.date().nullable(),
  }),
  consent: z.object({ givenAt: z.iso.date(), how: z.enum(consentHows) }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ExperienceExpertView = z.infer<typeof experienceExpertSchema>;

export const experienceExpertListSchema = z.object({ experts: z.array(experienceExpertSchema) });

// ── Invitations to a team session or a case dialogue ─────────────────────

export const invitationKinds = ['team_session', 'case_dialogue'] as const;
export const invitationKindSchema = z.enum(invitationKinds);

export const inviteExpertBody = z.strictObject({
  kind: invitationKindSchema,
  targetId: idSchema,
  role: expertRoleSchema,
});
export type InviteExpertBody = z.input<typeof inviteExpertBody>;

export const invitationListQuery = z.strictObject({
  kind: invitationKindSchema,
  targetId: idSchema,
});

/** What the inviting worker needs to reach the person: contact details and when and how to join. */
export const invitationSchema = z.object({
  id: idSchema,
  role: expertRoleSchema,
  invitedAt: z.iso.datetime(),
  invitedByName: z.string().nullable(),
  expert: z.object({
    id: idSchema,
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  target: z.object({
    kind: invitationKindSchema,
    id: idSchema,
    title: z.string().nullable(),
    /** The team session's join code while it is valid. */
    code: z.string().nullable(),
    /** When the session started or the dialogue was recorded. */
    at: z.iso.datetime(),
    /** Until when the session runs (null for a dialogue). */
    until: z.iso.datetime().nullable(),
  }),
});
export type InvitationView = z.infer<typeof invitationSchema>;

export const invitationListSchema = z.object({
  invitations: z.array(invitationSchema),
  /** Whether the reader may invite someone here (the team leader or the starter). */
  mayInvite: z.boolean(),
});
