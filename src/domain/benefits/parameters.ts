import { refinement } from '../issue-message';
import { contentText, message, type Message } from '../message';
import { z } from 'zod';
import { isIsoDate } from './dates';
import { staleValueOn } from './staleness';
import { indexations, referenceKinds, units } from './types';
import type { Indexation, LegalReference, TraceParameter, Unit, Verification } from './types';

// Law as data: one parameter per YAML file with dated values. This module holds the schema of
// such a file and the lookup of a value on a peildatum. It has no I/O (see loader.ts and
// scripts/compile-rules.ts for reading files).

const isoDateSchema = z.string().refine(isIsoDate, refinement('validation.format.date'));

export const legalReferenceSchema = z.strictObject({
  kind: z.enum(referenceKinds),
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.url(),
  article: z.string().min(1).optional(),
});

export const verifiedSchema = z.discriminatedUnion('status', [
  z
    .strictObject({
      status: z.literal('verified'),
      /** Title of what was read: the law or publication, its version and the article. */
      source: z.string().min(5),
      url: z.url().optional(),
      /** 'owner/name:path' of a file in a public repository, e.g. a stored copy of the law. */
      repository_path: z
        .string()
        .regex(/^[\w.-]+\/[\w.-]+:\S+$/, { message: 'Use owner/name:path/to/file' })
        .optional(),
      read_on: isoDateSchema,
      /** A person or a role, for example 'ontwikkelteam'. */
      by: z.string().min(2),
    })
    .refine(
      (v) => v.url !== undefined || v.repository_path !== undefined,
      refinement('benefits.rulesFile.sourceMissing'),
    ),
  z.strictObject({
    status: z.literal('unverified'),
    /** What the value rests on and why it was not checked against its source. */
    reason: z.string().min(5),
    /** The English twin of `reason` (issue 10); required in parameter files, see below. */
    reason_en: z.string().min(5).optional(),
  }),
]);

const tableRowSchema = z.record(z.string(), z.union([z.number(), z.null()]));

export const parameterValueSchema = z.strictObject({
  valid_from: isoDateSchema,
  value: z.union([z.number(), z.array(tableRowSchema).min(1)]),
  reference: legalReferenceSchema,
  /** Who checked the value against which source on which date, or why it was not checked. */
  verified: verifiedSchema,
  note: z.string().min(1).optional(),
});

const parameterIdSchema = z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, {
  message: 'Use area.name in lowercase, for example zorgtoeslag.standaardpremie',
});

export const parameterFileSchema = z
  .strictObject({
    id: parameterIdSchema,
    description: z.string().min(10),
    /** The English twin of `description`, for readers of the English UI (issue 10). */
    description_en: z.string().min(10),
    unit: z.enum(units),
    /** How often a new value is set: the staleness check expects one per period. */
    indexation: z.enum(indexations),
    values: z.array(parameterValueSchema).min(1),
  })
  .superRefine((p, ctx) => {
    for (let i = 1; i < p.values.length; i++) {
      const prev = p.values[i - 1];
      const cur = p.values[i];
      if (prev && cur && cur.valid_from <= prev.valid_from) {
        ctx.addIssue({
          code: 'custom',
          ...refinement('benefits.rulesFile.valuesOrder', undefined, ['values', i, 'valid_from']),
        });
      }
    }
    p.values.forEach((v, i) => {
      if (v.verified.status === 'unverified' && v.verified.reason_en === undefined)
        ctx.addIssue({
          code: 'custom',
          ...refinement('benefits.rulesFile.reasonEnMissing', undefined, [
            'values',
            i,
            'verified',
            'reason_en',
          ]),
        });
      const money = p.unit.startsWith('eurocent');
      if (p.unit === 'tabel' ? !Array.isArray(v.value) : Array.isArray(v.value)) {
        ctx.addIssue({
          code: 'custom',
          ...refinement(
            p.unit === 'tabel' ? 'benefits.rulesFile.tableRows' : 'benefits.rulesFile.number',
            undefined,
            ['values', i, 'value'],
          ),
        });
      } else if (
        money &&
        (typeof v.value !== 'number' || !Number.isInteger(v.value) || v.value < 0)
      ) {
        ctx.addIssue({
          code: 'custom',
          ...refinement('benefits.rulesFile.eurocent', undefined, ['values', i, 'value']),
        });
      }
    });
  });

export type ParameterFile = z.infer<typeof parameterFileSchema>;

export interface ParameterValue {
  validFrom: string;
  value: number | Array<Record<string, number | null>>;
  reference: LegalReference;
  verification: Verification;
  note?: string | undefined;
}

export interface ParameterDefinition {
  id: string;
  description: string;
  descriptionEn: string;
  unit: Unit;
  indexation: Indexation;
  /** Ascending by validFrom. */
  values: ParameterValue[];
  /** The file it came from, relative to the repository root (for messages). */
  source: string;
}

/** All parameters, by id. Built by the compile step; import it from the generated module. */
export interface ParameterSet {
  parameters: Record<string, ParameterDefinition>;
}

export function toDefinition(file: ParameterFile, source: string): ParameterDefinition {
  return {
    id: file.id,
    description: file.description,
    descriptionEn: file.description_en,
    unit: file.unit,
    indexation: file.indexation,
    source,
    values: file.values.map((v) => ({
      validFrom: v.valid_from,
      value: v.value,
      reference: v.reference,
      verification: toVerification(v.verified),
      ...(v.note ? { note: v.note } : {}),
    })),
  };
}

function toVerification(v: z.infer<typeof verifiedSchema>): Verification {
  if (v.status === 'unverified')
    return {
      status: 'unverified',
      reason: v.reason,
      ...(v.reason_en ? { reasonEn: v.reason_en } : {}),
    };
  return {
    status: 'verified',
    source: v.source,
    ...(v.url ? { url: v.url } : {}),
    ...(v.repository_path ? { repositoryPath: v.repository_path } : {}),
    readOn: v.read_on,
    by: v.by,
  };
}

/** The verification as one sentence, for readers that show a single line. */
export function verificationSummary(v: Verification): Message {
  if (v.status === 'unverified')
    return message('schemeTexts.common.unverified', {
      // The rules file check requires reason_en, so the fallback only covers hand-made sets.
      reason: contentText(v.reason, v.reasonEn ?? v.reason),
    });
  return message('schemeTexts.common.verified', {
    readOn: v.readOn,
    by: v.by,
    source: v.source,
    where: v.url ?? v.repositoryPath ?? '',
  });
}

/** Thrown when a scheme needs a parameter that has no value on the peildatum. */
export class MissingParameterError extends Error {
  constructor(
    readonly parameterId: string,
    readonly peildatum: string,
  ) {
    super(`Parameter ${parameterId} has no value on ${peildatum}`);
    this.name = 'MissingParameterError';
  }
}

export interface ResolvedParameter {
  definition: ParameterDefinition;
  value: ParameterValue;
  trace: TraceParameter;
}

/** The parameter values that apply on one peildatum. Resolved once and cached per set. */
export class ParameterSnapshot {
  private readonly resolved = new Map<string, ResolvedParameter | null>();

  constructor(
    readonly set: ParameterSet,
    readonly peildatum: string,
  ) {}

  /** The value that applies on the peildatum, or null when there is none. */
  find(id: string): ResolvedParameter | null {
    const cached = this.resolved.get(id);
    if (cached !== undefined) return cached;
    const def = this.set.parameters[id];
    let found: ResolvedParameter | null = null;
    if (def) {
      for (let i = def.values.length - 1; i >= 0; i--) {
        const v = def.values[i];
        if (v && v.validFrom <= this.peildatum) {
          found = {
            definition: def,
            value: v,
            trace: {
              id: def.id,
              description: def.description,
              descriptionEn: def.descriptionEn,
              unit: def.unit,
              value: v.value,
              validFrom: v.validFrom,
              reference: v.reference,
              verified: verificationSummary(v.verification),
              verification: v.verification,
              stale: staleValueOn(def, v, this.peildatum),
            },
          };
          break;
        }
      }
    }
    this.resolved.set(id, found);
    return found;
  }

  get(id: string): ResolvedParameter {
    const found = this.find(id);
    if (!found) throw new MissingParameterError(id, this.peildatum);
    return found;
  }

  number(id: string): number {
    const v = this.get(id).value.value;
    if (typeof v !== 'number') throw new Error(`Parameter ${id} is a table, not a number`);
    return v;
  }

  table(id: string): Array<Record<string, number | null>> {
    const v = this.get(id).value.value;
    if (typeof v === 'number') throw new Error(`Parameter ${id} is a number, not a table`);
    return v;
  }
}

const snapshots = new WeakMap<ParameterSet, Map<string, ParameterSnapshot>>();

/** Snapshot of a parameter set on a peildatum; cached so a batch resolves each value once. */
export function snapshotFor(set: ParameterSet, peildatum: string): ParameterSnapshot {
  let bySet = snapshots.get(set);
  if (!bySet) {
    bySet = new Map();
    snapshots.set(set, bySet);
  }
  let snap = bySet.get(peildatum);
  if (!snap) {
    snap = new ParameterSnapshot(set, peildatum);
    bySet.set(peildatum, snap);
  }
  return snap;
}
