import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { caseDialogues } from '../../db/schema';
import { createTestApp, type TestApp } from '../../../test/harness';
import { buildHousehold } from '../../../test/factories/households';
import { buildOrganisation, buildTeam } from '../../../test/factories/organisations';
import { signedInCaseworker, signedInUser } from '../../../test/factories/users';

// The ethical case dialogue is team data: only members of its team find it again. It holds no
// household data: a BSN-like number is refused naming the field, and a reference of one of the
// team's households is held back until the team confirms nobody can recognise the household.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const dialogue = (teamId: string, overrides: Record<string, unknown> = {}) => ({
  teamId,
  title: 'Schulden en een kind dat thuisblijft',
  data: {
    caseDescription: 'Een moeder met drie kinderen heeft schulden. De oudste blijft vaak thuis.',
    dilemma: 'Melden we het verzuim, of bouwen we eerst vertrouwen op?',
    perspectives: {
      household: 'Moeder schaamt zich en is bang voor gevolgen.',
      professional: 'Ik wil het vertrouwen niet kwijt.',
      organisation: 'We hebben afspraken met school.',
      society: 'Elk kind heeft recht op onderwijs.',
    },
    values: ['eigen regie', 'belang van het kind'],
    decision: 'Eerst samen met moeder naar school; over twee weken bespreken we het opnieuw.',
    ...overrides,
  },
});

const stored = async () => (await t.database.db.select({ n: count() }).from(caseDialogues))[0]!.n;

describe('ethical case dialogue', () => {
  it('keeps a dialogue that members of the team find again, and no one else', async () => {
    const org = await buildOrganisation(t);
    const { client: author } = await signedInCaseworker(t, org);
    const teamId = org.teamIds[0]!;
    const res = await author.post('/api/v1/case-dialogues', dialogue(teamId));
    expect(res.statusCode).toBe(201);
    const id = res.json().id;

    const { client: teammate } = await signedInCaseworker(t, org);
    const list = (await teammate.get('/api/v1/case-dialogues')).json();
    expect(list.dialogues.map((d: { id: string }) => d.id)).toEqual([id]);
    const detail = (await teammate.get(`/api/v1/case-dialogues/${id}`)).json();
    expect(detail.data.dilemma).toContain('verzuim');
    expect(detail.data.values).toEqual(['eigen regie', 'belang van het kind']);

    const otherTeam = await buildTeam(t, org.id);
    const { client: outsider } = await signedInUser(t, {
      organisationId: org.id,
      role: 'sociaal_werker',
      teamIds: [otherTeam],
    });
    expect((await outsider.get(`/api/v1/case-dialogues/${id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/case-dialogues')).json().dialogues).toEqual([]);
    const elsewhere = await buildOrganisation(t);
    const { client: stranger } = await signedInCaseworker(t, elsewhere);
    expect((await stranger.get(`/api/v1/case-dialogues/${id}`)).statusCode).toBe(404);
    const { client: admin } = await signedInUser(t, { organisationId: org.id, role: 'beheerder' });
    expect((await admin.get(`/api/v1/case-dialogues/${id}`)).statusCode).toBe(403);
  });

  it('refuses to keep one for a team the author is not in', async () => {
    const org = await buildOrganisation(t);
    const { client } = await signedInCaseworker(t, org);
    const otherTeam = await buildTeam(t, org.id);
    const before = await stored();
    const res = await client.post('/api/v1/case-dialogues', dialogue(otherTeam));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('teamId');
    expect(await stored()).toBe(before);
  });

  it('refuses a BSN-like number, naming the field, even when warnings are acknowledged', async () => {
    const org = await buildOrganisation(t);
    const { client } = await signedInCaseworker(t, org);
    const before = await stored();
    // 111222333 passes the elfproef: 9+8+7+12+10+8+9+6 − 3 = 66, divisible by 11.
    const res = await client.post('/api/v1/case-dialogues', {
      ...dialogue(org.teamIds[0]!, {
        perspectives: {
          household: 'Moeder noemde haar nummer 111 222 333 aan de telefoon.',
          professional: '',
          organisation: '',
          society: '',
        },
      }),
      acknowledgeWarnings: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toHaveLength(1);
    expect(res.json().errors[0]).toMatchObject({
      field: 'data.perspectives.household',
      code: 'bsn_like',
    });
    expect(res.json().errors[0].messages.nl).toContain('BSN');
    expect(res.json().errors[0].messages.en).toContain('BSN');
    // Nine digits that fail the elfproef (a file number) are not a BSN.
    const fine = await client.post(
      '/api/v1/case-dialogues',
      dialogue(org.teamIds[0]!, { caseDescription: 'Dossiernummer 123456789 bij de bank.' }),
    );
    expect(fine.statusCode).toBe(201);
    expect(await stored()).toBe(before + 1);
  });

  it('holds back a text naming a household of the team until the team confirms', async () => {
    const org = await buildOrganisation(t);
    const { user, client } = await signedInCaseworker(t, org);
    const household = await buildHousehold(
      t,
      { organisationId: org.id, teamId: org.teamIds[0], professionalIds: [user.id] },
      { reference: 'DLG-0042' },
    );
    const body = dialogue(org.teamIds[0]!, {
      dilemma: `Bij ${household.reference.toLowerCase()} twijfelen we of we moeten melden.`,
    });
    const before = await stored();
    const warned = await client.post('/api/v1/case-dialogues', body);
    expect(warned.statusCode).toBe(409);
    expect(warned.json().code).toBe('household_reference');
    expect(warned.json().errors).toEqual([
      expect.objectContaining({ field: 'data.dilemma', code: 'household_reference' }),
    ]);
    expect(warned.json().errors[0].messages.nl).toContain('DLG-0042');
    expect(await stored()).toBe(before);

    const confirmed = await client.post('/api/v1/case-dialogues', {
      ...body,
      acknowledgeWarnings: true,
    });
    expect(confirmed.statusCode).toBe(201);
    expect(await stored()).toBe(before + 1);
  });

  it('does not warn on a reference of another team’s household', async () => {
    const org = await buildOrganisation(t);
    const { client } = await signedInCaseworker(t, org);
    const otherTeam = await buildTeam(t, org.id);
    const { user: other } = await signedInUser(t, {
      organisationId: org.id,
      role: 'sociaal_werker',
      teamIds: [otherTeam],
    });
    await buildHousehold(
      t,
      { organisationId: org.id, teamId: otherTeam, professionalIds: [other.id] },
      { reference: 'ELDERS-7' },
    );
    const res = await client.post(
      '/api/v1/case-dialogues',
      dialogue(org.teamIds[0]!, { dilemma: 'Lijkt op ELDERS-7, maar dat is een ander team.' }),
    );
    expect(res.statusCode).toBe(201);
  });

  it('names the field of a missing dilemma, storing nothing', async () => {
    const org = await buildOrganisation(t);
    const { client } = await signedInCaseworker(t, org);
    const before = await stored();
    const res = await client.post(
      '/api/v1/case-dialogues',
      dialogue(org.teamIds[0]!, { dilemma: '' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('data.dilemma');
    expect(await stored()).toBe(before);
    expect(
      (
        await t.database.db
          .select({ n: count() })
          .from(caseDialogues)
          .where(eq(caseDialogues.organisationId, org.id))
      )[0]!.n,
    ).toBe(0);
  });
});
