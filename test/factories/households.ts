import type { z } from 'zod';
import {
  householdDataSchema,
  type ConsentPurpose,
  type HouseholdData,
  type Plan,
} from '../../src/contract/households';
import type { Db } from '../../src/db/client';
import { createHousehold } from '../../src/db/households/household-writes.repository';
import { storeScanScores } from '../../src/db/households/scan-scores.repository';
import { consents, householdProfessionals, households, plans, scans } from '../../src/db/schema';
import { scanScoresRow } from '../../src/server/households/scan-scores';
import { refreshHouseholdOutcomes } from '../../src/server/reports/household-outcomes';
import type { ScanAnswers } from '../../src/domain/assessment';
import { testInstrument, type TestApp } from '../harness';

let made = 0;
type HouseholdDataInput = z.input<typeof householdDataSchema>;

/** What a worker types for a new household: one adult, two children, in Arnhem. */
export function householdInput(
  overrides: { reference?: string; data?: Partial<HouseholdDataInput> } = {},
) {
  made += 1;
  return {
    reference: overrides.reference ?? `H-${String(made).padStart(3, '0')}`,
    label: 'Fam. K.',
    startDate: '2026-09-01',
    data: {
      adults: [{ birthYear: 1990 }],
      children: [
        { ref: 'oudste', birthYear: 2016 },
        { ref: 'jongste', birthYear: 2023 },
      ],
      gemeente: { code: 'GM0202', name: 'Arnhem' },
      wijk: 'Presikhaaf',
      languages: ['nl', 'ar'],
      lifeEvents: [{ id: 'scheiding', year: 2025 }],
      ...overrides.data,
    } satisfies HouseholdDataInput,
  };
}

/** A household stored directly, worked with by the professionals given, in the team given. */
export async function buildHousehold(
  t: TestApp,
  owner: { organisationId: string; teamId?: string | null; professionalIds: string[] },
  overrides: Parameters<typeof householdInput>[0] = {},
): Promise<{ id: string; reference: string }> {
  const input = householdInput(overrides);
  const id = await createHousehold(t.database.db, {
    organisationId: owner.organisationId,
    teamId: owner.teamId ?? null,
    reference: input.reference,
    label: input.label,
    // Stored as the route stores it: checked, with the schema's defaults filled in.
    data: householdDataSchema.parse(input.data),
    notes: null,
    startDate: input.startDate,
    professionalIds: owner.professionalIds,
    createdBy: owner.professionalIds[0]!,
    at: t.clock.now(),
  });
  return { id, reference: input.reference };
}

export const emptyPlan: Plan = { goals: [], referrals: [], actions: [], reviewDate: null };

export interface HouseholdInput {
  organisationId: string;
  teamId?: string | null;
  professionalIds?: string[];
  wijk?: string | null;
  /** Arnhem unless given. */
  gemeente?: { code: string; name: string };
  /** How many children (one unless given). */
  children?: number;
  startDate?: string;
  closedAt?: string | null;
  plan?: Partial<Plan>;
  consents?: { purpose?: ConsentPurpose; givenAt: string; withdrawnAt?: string | null }[];
  /** Completed scans, oldest first. */
  scans?: { answers: ScanAnswers; completedAt: string }[];
}

/**
 * A household with its history (a plan, consents, completed scans, a closing date) written
 * straight to the database, so a report test builds exactly the cases it counts. One adult and
 * one child in Arnhem, unless said otherwise.
 */
export async function buildHouseholdWithHistory(db: Db, input: HouseholdInput): Promise<string> {
  made += 1;
  const n = made;
  const data: HouseholdData = {
    adults: [{ birthYear: 1988 }],
    children: Array.from({ length: input.children ?? 1 }, (_, i) => ({
      ref: i === 0 ? 'kind' : `kind-${i + 1}`,
      birthYear: 2017,
    })),
    gemeente: input.gemeente ?? { code: 'GM0202', name: 'Arnhem' },
    wijk: input.wijk === undefined ? 'Presikhaaf' : input.wijk,
    languages: [],
    interpreterNeeded: false,
    lifeEvents: [],
  };
  const [row] = await db
    .insert(households)
    .values({
      organisationId: input.organisationId,
      teamId: input.teamId ?? null,
      reference: `R-${n}`,
      label: `Fam. ${n}`,
      data,
      startDate: input.startDate ?? '2026-01-05',
      closedAt: input.closedAt ?? null,
    })
    .returning({ id: households.id });
  const id = row!.id;
  if (input.professionalIds?.length)
    await db
      .insert(householdProfessionals)
      .values(input.professionalIds.map((userId) => ({ householdId: id, userId })));
  if (input.plan)
    await db.insert(plans).values({ householdId: id, data: { ...emptyPlan, ...input.plan } });
  for (const c of input.consents ?? [])
    await db.insert(consents).values({
      householdId: id,
      purpose: c.purpose ?? 'registratie',
      how: 'mondeling',
      givenAt: c.givenAt,
      withdrawnAt: c.withdrawnAt ?? null,
    });
  for (const s of input.scans ?? []) {
    const [scan] = await db
      .insert(scans)
      .values({
        householdId: id,
        instrumentId: s.answers.instrumentId,
        instrumentVersion: s.answers.instrumentVersion,
        answers: s.answers,
        status: 'completed',
        startedAt: new Date(`${s.completedAt}T09:00:00Z`),
        completedAt: new Date(`${s.completedAt}T10:00:00Z`),
      })
      .returning();
    // Its numbers, as completing a scan stores them.
    const scores = scanScoresRow(await testInstrument(), {
      ...scan!,
      completedAt: scan!.completedAt!,
    });
    if (scores) await storeScanScores(db, [scores]);
    await refreshHouseholdOutcomes(db, await testInstrument(), [id]);
  }
  return id;
}
