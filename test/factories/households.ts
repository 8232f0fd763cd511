import type { z } from 'zod';
import { householdDataSchema } from '../../src/contract/households';
import { createHousehold } from '../../src/db/households/household-writes.repository';
import type { TestApp } from '../harness';

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
