import { z } from 'zod';
import {
  emailSchema,
  gemeenteSchema,
  idSchema,
  languageSchema,
  newPasswordSchema,
  orgNameSchema,
  personNameSchema,
  roleSchema,
} from './common';

export const loginBody = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(256),
  /** Keep the session after the browser closes (own device); otherwise it ends with it. */
  rememberMe: z.boolean().default(false),
});

export const setupBody = z.strictObject({
  koepelName: orgNameSchema.optional(),
  organisationName: orgNameSchema,
  gemeenten: z.array(gemeenteSchema).min(1).max(50),
  admin: z.strictObject({
    name: personNameSchema,
    email: emailSchema,
    password: newPasswordSchema,
  }),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: newPasswordSchema,
});

export const resetPasswordBody = z.strictObject({
  token: z.string().min(20).max(200),
  newPassword: newPasswordSchema,
});

export const preferencesBody = z.strictObject({ language: languageSchema });

export const meSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  language: languageSchema,
  isDemo: z.boolean(),
  organisation: z.object({
    id: idSchema,
    name: z.string(),
    isDemo: z.boolean(),
    koepel: z.object({ id: idSchema, name: z.string() }).nullable(),
    gemeenten: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
  teams: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type Me = z.infer<typeof meSchema>;

/** What the web app asks first: who am I, is setup open, and the CSRF token to send back. */
export const sessionInfoSchema = z.object({
  setupRequired: z.boolean(),
  demo: z.boolean(),
  csrfToken: z.string(),
  user: meSchema.nullable(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
