import { bilingual } from './problem';
import { refinement } from './validation-messages';
import { z } from 'zod';
import {
  emailSchema,
  gemeenteSchema,
  idSchema,
  newPasswordSchema,
  orgNameSchema,
  personNameSchema,
  roleSchema,
} from './common';

export const userSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  active: z.boolean(),
  locked: z.boolean(),
  isDemo: z.boolean(),
  teams: z.array(z.object({ id: idSchema, name: z.string() })),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const createUserBody = z.strictObject({
  name: personNameSchema,
  email: emailSchema,
  role: roleSchema,
  teamIds: z.array(idSchema).max(20).default([]),
  password: newPasswordSchema,
});

const hasAChange = (body: object) => Object.keys(body).length > 0;
const nothingToChange = refinement('validation.admin.nothingToChange');

export const updateUserBody = z
  .strictObject({
    name: personNameSchema.optional(),
    role: roleSchema.optional(),
    teamIds: z.array(idSchema).max(20).optional(),
    active: z.boolean().optional(),
  })
  .refine(hasAChange, nothingToChange);

export const resetLinkSchema = z.object({ token: z.string(), expiresAt: z.string() });

export const teamSchema = z.object({
  id: idSchema,
  name: z.string(),
  archived: z.boolean(),
  memberCount: z.number().int(),
});
export const teamBody = z.strictObject({ name: z.string().trim().min(2).max(100) });
export const updateTeamBody = z
  .strictObject({
    name: z.string().trim().min(2).max(100).optional(),
    archived: z.boolean().optional(),
  })
  .refine(hasAChange, nothingToChange);

export const organisationSettingsSchema = z.object({
  id: idSchema,
  name: z.string(),
  isDemo: z.boolean(),
  koepel: z.object({ id: idSchema, name: z.string() }).nullable(),
  gemeenten: z.array(gemeenteSchema),
  settings: z.object({
    freshnessMonths: z.number().int(),
    retentionMonths: z.number().int(),
  }),
});
export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;
export const updateOrganisationBody = z
  .strictObject({
    name: orgNameSchema.optional(),
    gemeenten: z.array(gemeenteSchema).min(1).max(50).optional(),
    settings: z
      .strictObject({
        freshnessMonths: z.number().int().min(1).max(60).optional(),
        retentionMonths: z.number().int().min(1).max(240).optional(),
      })
      .optional(),
  })
  .refine(hasAChange, nothingToChange);

export const auditQuery = z.strictObject({
  action: z.string().max(80).optional(),
  actorId: idSchema.optional(),
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(80).optional(),
  householdReference: z.string().trim().min(1).max(40).optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: idSchema, name: z.string(), organisation: z.string() }).nullable(),
  sessionId: z.string().nullable(),
  action: z.string(),
  actionLabel: bilingual,
  householdReference: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.enum(['success', 'failure', 'denied']),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
});

export { newPasswordSchema };

/** A werkorganisatie in this Wegwijs, with its gemeenten (for posters and filters). */
export const organisationSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  isDemo: z.boolean(),
  gemeenten: z.array(z.object({ code: z.string(), name: z.string() })),
});
