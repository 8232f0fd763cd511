import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, getTableColumns } from 'drizzle-orm';
import { adviceQuestions, specialists } from '../../db/schema';
import { runAdviceRetention } from '../households/retention';
import { createTestApp, type TestApp } from '../../../test/harness';
import { buildHousehold } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { signedInCaseworker, signedInUser } from '../../../test/factories/users';

// Anonymous advice from the organisation's poverty specialist (ADR 1404): no household link, no
// BSN, a warning on a household reference, answered by a teamleider or a named specialist of the
// same organisation only, and deleted 90 days after it was asked.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const question = {
  setting: 'school',
  signalIds: ['lunch', 'schoolreisje'],
  question:
    'Een kind gaat niet mee op schoolreis en heeft vaak geen lunch. Hoe begin ik bij de ouder?',
};

async function setup() {
  const org = await buildOrganisation(t);
  const asker = await signedInCaseworker(t, org);
  const lead = await signedInUser(t, {
    organisationId: org.id,
    role: 'teamleider',
    teamIds: org.teamIds.slice(0, 1),
  });
  return { org, asker, lead };
}

const asked = async (organisationId: string) =>
  (
    await t.database.db
      .select({ n: count() })
      .from(adviceQuestions)
      .where(eq(adviceQuestions.organisationId, organisationId))
  )[0]!.n;

describe('asking anonymous advice', () => {
  it('reaches the teamleider, whose answer the asker then sees', async () => {
    const { asker, lead } = await setup();
    const sent = await asker.client.post('/api/v1/advice-questions', question);
    expect(sent.statusCode).toBe(201);
    // Asked on 24 November 2026; 90 days later is 22 February 2027.
    expect(sent.json()).toMatchObject({ answer: null, deleteOn: '2027-02-22' });
    const { id } = sent.json();

    const overview = (await lead.client.get('/api/v1/advice-questions')).json();
    expect(overview.answerer).toBe(true);
    expect(overview.open).toEqual([expect.objectContaining({ id, question: question.question })]);

    const answered = await lead.client.post(`/api/v1/advice-questions/${id}/answer`, {
      answer: 'Begin bij het schoolreisje: de Stichting Leergeld betaalt mee.',
    });
    expect(answered.statusCode).toBe(200);
    const mine = (await asker.client.get('/api/v1/advice-questions')).json();
    expect(mine.answerer).toBe(false);
    expect(mine.mine[0]).toMatchObject({ id, answer: expect.stringContaining('Leergeld') });
    expect((await lead.client.get('/api/v1/advice-questions')).json().open).toEqual([]);
    const again = await lead.client.post(`/api/v1/advice-questions/${id}/answer`, {
      answer: 'Nog iets.',
    });
    expect(again.statusCode).toBe(409);
  });

  it('stores no household: the table has no column for one', () => {
    const columns = Object.keys(getTableColumns(adviceQuestions));
    expect(columns.filter((c) => /household/i.test(c))).toEqual([]);
  });

  it('refuses a BSN-like number and holds back a reference of a household you work with', async () => {
    const { org, asker } = await setup();
    const bsn = await asker.client.post('/api/v1/advice-questions', {
      ...question,
      question: 'Het BSN is 111222333, kun je meekijken?',
    });
    expect(bsn.statusCode).toBe(422);
    expect(bsn.json().errors[0]).toMatchObject({ field: 'question', code: 'bsn_like' });

    const h = await buildHousehold(
      t,
      { organisationId: org.id, teamId: org.teamIds[0], professionalIds: [asker.user.id] },
      { reference: 'HH-4417' },
    );
    const named = { ...question, question: `Gaat het om HH-4417, wat raad je aan?` };
    const held = await asker.client.post('/api/v1/advice-questions', named);
    expect(held.statusCode).toBe(409);
    expect(held.json().errors[0]).toMatchObject({ field: 'question', code: 'household_reference' });
    expect(held.json().errors[0].messages.nl).toContain(h.reference);
    expect(await asked(org.id)).toBe(0);
    const confirmed = await asker.client.post('/api/v1/advice-questions', {
      ...named,
      acknowledgeWarnings: true,
    });
    expect(confirmed.statusCode).toBe(201);
  });

  it('lets a person named on a current specialist entry answer, and nobody else', async () => {
    const { org, asker } = await setup();
    const id = (await asker.client.post('/api/v1/advice-questions', question)).json().id;
    const policy = await signedInUser(t, { organisationId: org.id, role: 'beleidsmedewerker' });
    const colleague = await signedInCaseworker(t, org);
    const url = `/api/v1/advice-questions/${id}/answer`;
    expect((await colleague.client.post(url, { answer: 'Ik weet het.' })).statusCode).toBe(403);
    expect((await policy.client.post(url, { answer: 'Ik weet het.' })).statusCode).toBe(403);
    expect((await policy.client.get('/api/v1/advice-questions')).json().open).toEqual([]);

    await t.database.db.insert(specialists).values({
      organisationId: org.id,
      data: {
        name: 'A. Specialist',
        function: 'Aandachtsfunctionaris armoede',
        topics: ['aandachtsfunctionaris-armoede'],
        gemeenten: ['GM0202'],
        phone: null,
        email: policy.user.email.toUpperCase(),
        note: null,
      },
    });
    expect((await policy.client.get('/api/v1/advice-questions')).json().open).toHaveLength(1);
    expect((await policy.client.post(url, { answer: 'Bel de schuldhulp.' })).statusCode).toBe(200);
  });

  it('keeps each organisation’s questions to itself (404 for another)', async () => {
    const ours = await setup();
    const theirs = await setup();
    const id = (await theirs.asker.client.post('/api/v1/advice-questions', question)).json().id;
    const res = await ours.lead.client.post(`/api/v1/advice-questions/${id}/answer`, {
      answer: 'Dit mag niet.',
    });
    expect(res.statusCode).toBe(404);
    expect((await ours.lead.client.get('/api/v1/advice-questions')).json().open).toEqual([]);
  });

  it('deletes questions, answered or not, 90 days after they were asked', async () => {
    const { org, asker } = await setup();
    await asker.client.post('/api/v1/advice-questions', question);
    const askedAt = t.clock.now();
    const day = 86_400_000;
    await runAdviceRetention(t.database.db, new Date(askedAt.getTime() + 89 * day));
    expect(await asked(org.id)).toBe(1);
    await runAdviceRetention(t.database.db, new Date(askedAt.getTime() + 90 * day + 1));
    expect(await asked(org.id)).toBe(0);
  });

  it('is asked only by who works with households', async () => {
    const org = await buildOrganisation(t);
    for (const role of ['beleidsmedewerker', 'beheerder'] as const) {
      const { client } = await signedInUser(t, { organisationId: org.id, role });
      expect((await client.post('/api/v1/advice-questions', question)).statusCode).toBe(403);
    }
    expect(await asked(org.id)).toBe(0);
  });
});
