import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness';
import { buildOrganisation } from '../../test/factories/organisations';
import { signedInCaseworker } from '../../test/factories/users';

// Texts only this household has: none of them may ever reach the server log.
const LABEL = 'Fam. Zonnebloemveld';
const NOTES = 'Moeder werkt nachtdiensten bij de bakkerij aan de Dorpsstraat';
const GOAL = 'Wij willen de achterstand bij Vitens aflossen voor de zomervakantie';
const STEP = 'Samen met oom Kees de brieven van de deurwaarder openen';

let t: TestApp;
const log: string[] = [];

beforeAll(async () => {
  t = await createTestApp(
    { logLevel: 'trace' },
    { logStream: { write: (line) => log.push(line) } },
  );
});
afterAll(() => t.close());

async function worker() {
  return (await signedInCaseworker(t, await buildOrganisation(t))).client;
}

describe('the server log', () => {
  it('holds no household texts, not even when the database refuses a write', async () => {
    const c = await worker();
    const created = await c.post('/api/v1/households', {
      reference: 'LOG-1',
      label: LABEL,
      notes: NOTES,
      startDate: '2026-09-01',
      data: {
        adults: [{ birthYear: 1988 }],
        children: [],
        gemeente: { code: 'GM0202', name: 'Arnhem' },
        languages: ['nl'],
        lifeEvents: [],
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;

    // The database fails every write to plans and households from now on, as a full disk or a
    // broken constraint would.
    await t.database.db.execute(sql`
      CREATE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$`);
    await t.database.db.execute(
      sql`CREATE TRIGGER refuse_plans BEFORE INSERT OR UPDATE ON plans FOR EACH ROW EXECUTE FUNCTION refuse_write()`,
    );
    await t.database.db.execute(
      sql`CREATE TRIGGER refuse_households BEFORE UPDATE ON households FOR EACH ROW EXECUTE FUNCTION refuse_write()`,
    );

    const plan = await c.put(`/api/v1/households/${id}/plan`, {
      version: 0,
      goals: [
        {
          id: 'g1',
          capital: 'economisch',
          text: GOAL,
          steps: [{ id: 's1', text: STEP, who: 'Oom Kees' }],
        },
      ],
      referrals: [],
      actions: [],
      reviewDate: null,
    });
    expect(plan.statusCode).toBe(500);
    const update = await c.patch(`/api/v1/households/${id}`, { label: `${LABEL} II` });
    expect(update.statusCode).toBe(500);

    const written = log.join('');
    // The failures are logged, so an operator can find them...
    expect(written).toContain('"sqlstate":"P0001"');
    expect(written).toContain('unhandled error');
    // ...but not with what the household told us.
    for (const secret of [LABEL, NOTES, GOAL, STEP, 'Oom Kees', 'Zonnebloemveld'])
      expect(written).not.toContain(secret);
  });
});
