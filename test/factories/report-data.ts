import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/contract/common';
import type { ConsentPurpose, HouseholdData, Plan } from '../../src/contract/households';
import type { Db } from '../../src/db/client';
import { createOrganisation } from '../../src/db/repositories/organisations.repository';
import { createUser } from '../../src/db/repositories/users.repository';
import {
  consents,
  householdProfessionals,
  households,
  plans,
  scans,
  signalCases,
  signalImports,
  signals,
  teams,
} from '../../src/db/schema';
import type { ScanAnswers } from '../../src/domain/assessment';
import type { Outcome } from '../../src/domain/signals';
import { hashPassword } from '../../src/server/auth/passwords';
import { storeScanScores } from '../../src/db/households/scan-scores.repository';
import { scanScoresRow } from '../../src/server/households/scan-scores';
import { Client, testInstrument } from '../harness';

// Test data for reports: organisations with teams, people in roles, and households with plans,
// consents and scans, written straight to the database so each test builds exactly what it counts.
// (households.ts builds one household the way the API stores it; the two should become one.)

const PASSWORD = 'lange-zin-met-fietsbel-42';
let passwordHash: Promise<string> | undefined;
let sequence = 0;

export async function organisationWithTeams(
  db: Db,
  name: string,
  teamNames: string[],
  parentId: string | null = null,
) {
  const organisationId = await createOrganisation(db, {
    kind: 'werkorganisatie',
    name,
    parentId,
    gemeenten: [{ code: 'GM0202', name: 'Arnhem' }],
  });
  const rows = await db
    .insert(teams)
    .values(teamNames.map((teamName) => ({ organisationId, name: teamName })))
    .returning({ id: teams.id });
  return { organisationId, teamIds: rows.map((r) => r.id) };
}

export type TestPerson = { id: string; email: string; password: string; name: string };

export async function person(
  db: Db,
  input: { organisationId: string; role: Role; name: string; teamIds?: string[] },
): Promise<TestPerson> {
  const email = `persoon-${++sequence}@reports.example`;
  const id = await createUser(db, {
    ...input,
    email,
    passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
  });
  return { id, email, password: PASSWORD, name: input.name };
}

export async function signedIn(app: FastifyInstance, who: TestPerson) {
  const client = new Client(app);
  const res = await client.login(who.email, who.password);
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return client;
}

export const emptyPlan: Plan = { goals: [], referrals: [], actions: [], reviewDate: null };

export interface HouseholdInput {
  organisationId: string;
  teamId?: string | null;
  professionalIds?: string[];
  wijk?: string | null;
  startDate?: string;
  closedAt?: string | null;
  plan?: Partial<Plan>;
  consents?: { purpose?: ConsentPurpose; givenAt: string; withdrawnAt?: string | null }[];
  /** Completed scans, oldest first. */
  scans?: { answers: ScanAnswers; completedAt: string }[];
}

export async function household(db: Db, input: HouseholdInput): Promise<string> {
  const n = ++sequence;
  const data: HouseholdData = {
    adults: [{ birthYear: 1988 }],
    children: [{ ref: 'kind', birthYear: 2017 }],
    gemeente: { code: 'GM0202', name: 'Arnhem' },
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
  }
  return id;
}

/**
 * Signal cases of an organisation, one signal each dated `signalDate`, with these outcomes
 * (null: still running). Names and addresses are placeholders: reports must never show them.
 */
export async function signalCasesWith(
  db: Db,
  organisationId: string,
  outcomes: (Outcome | null)[],
  signalDate = '2026-03-02',
) {
  const [imported] = await db
    .insert(signalImports)
    .values({
      organisationId,
      createdAt: new Date(`${signalDate}T08:00:00Z`),
      encoding: 'utf-8',
      delimiter: ';',
      rows: outcomes.length,
      signals: outcomes.length,
      newCases: outcomes.length,
    })
    .returning({ id: signalImports.id });
  for (const [i, outcome] of outcomes.entries()) {
    const [c] = await db
      .insert(signalCases)
      .values({
        organisationId,
        personKey: `6811AB|${i + 1}||1980-01-01`,
        surname: 'Signaalnaam',
        initials: 'S.',
        prefix: '',
        street: 'Signaalstraat',
        houseNumber: i + 1,
        houseNumberAddition: '',
        postcode: '6811AB',
        city: 'Arnhem',
        dateOfBirth: '1980-01-01',
        priority: 1,
        firstSignalOn: signalDate,
        lastSignalOn: signalDate,
        status: outcome ? 'closed' : 'open',
        outcome,
        outcomeOn: outcome ? signalDate : null,
        createdAt: new Date(`${signalDate}T08:00:00Z`),
      })
      .returning({ id: signalCases.id });
    await db.insert(signals).values({
      caseId: c!.id,
      importId: imported!.id,
      line: i + 2,
      creditorType: 'zorgverzekeraar',
      amountCents: 25000,
      monthsInArrears: 2,
      signalDate,
    });
  }
}
