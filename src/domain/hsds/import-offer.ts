import type { Contact } from '../catalogue/types';
import type { HsdsImportReason, HsdsServiceArea } from './types';
import {
  IMPORT_LIMITS,
  join,
  reason,
  str,
  type HsdsImportContext,
  type ImportableService,
  type ServiceContact,
} from './import-support';
import { readAttributes } from './import-terms';
import { cleanPhone, EMAIL, normaliseName, plainText } from './import-text';

// The offer part of an HSDS record: referral, costs, the gemeenten and wijk it serves, a contact.

/** A text field that may be absent; a too-long text rejects the record. */
function optionalText(
  service: ImportableService,
  field: 'application_process' | 'fees_description',
  max: number,
  reasons: HsdsImportReason[],
): string | null {
  const value = service[field];
  if (value === undefined) return null;
  const text = plainText(value);
  if (text.length > max) {
    reasons.push(reason(field, 'hsdsImport.reason.textTooLong', { length: text.length, max }));
    return null;
  }
  return text === '' ? null : text;
}

/** The gemeente a service area names, by CBS code (also inside a TOOI URI) or by its name. */
function gemeenteOfArea(
  area: HsdsServiceArea & { extent?: string },
  ctx: HsdsImportContext,
): { code: string; name: string } | undefined {
  const name = str(area.name);
  const codeMatch = [str(area.uri), name, str(area.extent)]
    .map((v) => (v ? /(?:^|[^a-z0-9])gm(\d{4})(?![0-9])/i.exec(v) : null))
    .find((m) => m !== null);
  if (codeMatch)
    return (
      ctx.gemeentenByCode.get(`GM${codeMatch[1]}`) ?? {
        code: `GM${codeMatch[1]}`,
        name: name ?? `GM${codeMatch[1]}`,
      }
    );
  return name ? ctx.gemeentenByName.get(normaliseName(name)) : undefined;
}

/** The one wijk we keep of those the service areas name; the others are reported. */
function pickWijk(wijken: string[], warnings: HsdsImportReason[]): string | null {
  if (wijken.length > 1)
    warnings.push(reason('service_areas', 'hsdsImport.reason.severalWijken', { wijk: wijken[0]! }));
  const wijk = wijken[0] ?? null;
  if (wijk && wijk.length > IMPORT_LIMITS.wijk) {
    warnings.push(reason('service_areas', 'hsdsImport.reason.wijkTooLong'));
    return null;
  }
  return wijk;
}

function readServiceAreas(
  service: ImportableService,
  ctx: HsdsImportContext,
  warnings: HsdsImportReason[],
): { gemeenten: { code: string; name: string }[]; wijk: string | null } {
  const gemeenten: { code: string; name: string }[] = [];
  const wijken: string[] = [];
  (service.service_areas ?? []).forEach((area, i) => {
    const at = join('service_areas', i);
    const known = gemeenteOfArea(area, ctx);
    if (!known) {
      const name = str(area.name) ?? '?';
      warnings.push(reason(at, 'hsdsImport.reason.areaUnknown', { name }));
      return;
    }
    if (!gemeenten.some((g) => g.code === known.code)) gemeenten.push(known);
    const facets = readAttributes(area.attributes, join(at, 'attributes'), ctx, warnings);
    for (const w of facets.fields.wijk ?? []) if (!wijken.includes(w)) wijken.push(w);
  });
  return { gemeenten, wijk: pickWijk(wijken, warnings) };
}

type ContactCandidate = { path: string; raw: Omit<ServiceContact, 'id'> };

/** The named contacts, or else the service's own phone and email: they still tell people where to go. */
function contactCandidates(service: ImportableService): ContactCandidate[] {
  const named = (service.contacts ?? []).map((raw, i) => ({ path: join('contacts', i), raw }));
  if (named.length > 0) return named;
  const phones = service.phones ?? [];
  return str(service.email) || phones.length > 0
    ? [{ path: '', raw: { email: service.email, phones } }]
    : [];
}

/** A phone number or email address as our forms accept it; a wrong one is left out with a warning. */
function cleanContactDetails(
  { path, raw }: ContactCandidate,
  warnings: HsdsImportReason[],
): { phone: string | null; email: string | null } {
  const phoneRaw = raw.phones?.map((p) => str(p.number)).find(Boolean);
  const phone = phoneRaw ? cleanPhone(phoneRaw) : null;
  if (phoneRaw && !phone)
    warnings.push(
      reason(join(path, 'phones', 0, 'number'), 'hsdsImport.reason.phoneInvalid', {
        phone: phoneRaw,
      }),
    );
  const emailRaw = str(raw.email);
  const email = emailRaw && EMAIL.test(emailRaw) ? emailRaw : null;
  if (emailRaw && !email)
    warnings.push(
      reason(join(path, 'email'), 'hsdsImport.reason.emailInvalid', { email: emailRaw }),
    );
  return { phone, email };
}

/** A contact is public only when its 'contact-openbaar' attribute says yes. */
function isPublicContact(raw: ContactCandidate['raw']): boolean {
  return (raw.attributes ?? []).some(
    (a) =>
      str(a.taxonomy_term?.code) === 'contact-openbaar' &&
      ['ja', 'yes', 'true'].includes(String(a.value).toLowerCase()),
  );
}

function readContact(
  service: ImportableService,
  organizationName: string | undefined,
  warnings: HsdsImportReason[],
): Contact | null {
  const candidates = contactCandidates(service);
  for (const candidate of candidates) {
    const { path, raw } = candidate;
    const { phone, email } = cleanContactDetails(candidate, warnings);
    // Without any name the contact is stored unnamed: each reader's page labels it in its language.
    const name = str(raw.name) ?? str(raw.department) ?? organizationName ?? null;
    const fn = str(raw.title) ?? null;
    if (!str(raw.name) && !phone && !email) continue;
    if (
      (name?.length ?? 0) > IMPORT_LIMITS.contactName ||
      (fn?.length ?? 0) > IMPORT_LIMITS.contactFunction
    ) {
      warnings.push(reason(path || 'contacts', 'hsdsImport.reason.contactTooLong'));
      continue;
    }
    if (candidates.length > 1)
      warnings.push(
        reason('contacts', 'hsdsImport.reason.severalContacts', { count: candidates.length }),
      );
    return { name, function: fn, phone, email, public: isPublicContact(raw) };
  }
  return null;
}

/** Everything a record says about where and how to get the service, besides the item itself. */
export function readOfferParts(
  service: ImportableService,
  ctx: HsdsImportContext,
  reasons: HsdsImportReason[],
  warnings: HsdsImportReason[],
) {
  const howToRefer = optionalText(
    service,
    'application_process',
    IMPORT_LIMITS.howToRefer,
    reasons,
  );
  const costs = optionalText(service, 'fees_description', IMPORT_LIMITS.costs, reasons);
  const { gemeenten, wijk } = readServiceAreas(service, ctx, warnings);
  const providerName = str(service.organization?.name) ?? null;
  const contact = readContact(service, providerName ?? undefined, warnings);
  if ((service.service_at_locations?.length ?? 0) > 0)
    warnings.push(reason('service_at_locations', 'hsdsImport.reason.locationsSkipped'));
  return { offer: { gemeenten, wijk, howToRefer, costs, contact }, providerName };
}
