import { registeredName } from '../domain/benefits';
import { z } from 'zod';
import { refinement } from './validation-messages';

export const roles = [
  'sociaal_werker',
  'teamleider',
  'beleidsmedewerker',
  'beheerder',
  // Sees the payment-arrears signals of its own organisation (Wgs vroegsignalering), nothing more.
  'vroegsignalering',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const idSchema = z.uuid();

/** Looks like a BSN (nine digits): refused, Wegwijs never stores one. */
export const noBsn = (v: string) => !/(^|\D)\d{9}(\D|$)/.test(v.replace(/[\s.-]/g, ''));
export const noBsnIssue = refinement('validation.households.noBsn');
/** The version a change is based on: a row version as stored (a PostgreSQL integer). */
export const rowVersionSchema = z.number().int().min(0).max(2_147_483_647);

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((e) => e.toLowerCase());

export const PASSWORD_MIN_LENGTH = 12;
/** Server-side checks (common-password list) come on top of this. */
export const newPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(256);

export const personNameSchema = z.string().trim().min(1).max(120);
export const orgNameSchema = z.string().trim().min(2).max(160);

/** A gemeente by its CBS code (GM + four digits) and name. */
export const gemeenteSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => /^GM\d{4}$/.test(code), refinement('validation.gemeente.codeForm'))
    .refine(
      (code) => !/^GM\d{4}$/.test(code) || registeredName(code) !== null,
      refinement('validation.gemeente.codeUnknown'),
    ),
  name: z.string().trim().min(2).max(100),
});
export type Gemeente = z.infer<typeof gemeenteSchema>;

export const languageSchema = z.enum(['nl', 'en']);

export const paginationQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});

export const okSchema = z.object({ ok: z.literal(true) });

// Typed to accept a Buffer: Fastify sends bytes and text without serialising them.
const fileBytes = z.string().meta({ format: 'binary' }) as unknown as z.ZodType<
  string | Uint8Array
>;

/**
 * A download (PDF, CSV): documented by its media type and sent as bytes or text as it is, so the
 * JSON serialiser never touches it.
 */
export const fileResponse = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: fileBytes } },
});
