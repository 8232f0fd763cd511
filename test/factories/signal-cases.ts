import type { Db } from '../../src/db/client';
import { signalCases, signalImports, signals } from '../../src/db/schema';
import type { Outcome } from '../../src/domain/signals';

/**
 * Signal cases of an organisation, one signal each dated `signalDate`, with these outcomes
 * (null: still running). Names and addresses are placeholders: reports must never show them.
 */
export async function buildSignalCases(
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
