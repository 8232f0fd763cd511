import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import type { Plan } from '../../contract/households';
import type { HouseholdRow } from '../../db/households/households.repository';
import { householdExportDocument } from './household-export-pdf';
import { planDocument, type Language } from './plan-pdf';

// The plan and the household's own overview are read by the household: in English every word the
// code adds is English, from the message catalogue (pdf.plan, pdf.inzage), not only the headings.

/** Every text in a pdfmake document, in reading order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node === null || typeof node !== 'object') return [];
  const { text, ul, table, stack, info } = node as Record<string, unknown> & {
    table?: { body: unknown };
    info?: { title?: string };
  };
  return [
    ...texts(text),
    ...texts(ul),
    ...texts(table?.body),
    ...texts(stack),
    ...(info?.title ? [info.title] : []),
  ];
}

const plan: Plan = {
  goals: [
    {
      id: 'g1',
      capital: 'economisch',
      text: 'Ik wil weten waar mijn geld heen gaat.',
      steps: [
        { id: 's1', text: 'Afschriften zoeken', who: 'Anna', when: '2027-01-15', done: true },
        { id: 's2', text: 'Budget maken', who: 'Anna', when: null, done: false },
      ],
    },
  ],
  referrals: [
    {
      id: 'r1',
      interventionId: 'budgetmaatjes',
      offerId: null,
      status: 'aangemeld',
      stopReason: null,
      note: null,
    },
  ],
  actions: [{ id: 'a1', schemeId: 'huurtoeslag', text: 'Huurtoeslag aanvragen', done: true }],
  reviewDate: '2027-02-01',
};

const household = {
  label: 'Fam. K.',
  reference: 'K-001',
  startDate: '2026-11-02',
  closedAt: null,
  closeReason: null,
  notes: null,
  data: {
    adults: [{ birthYear: 1985, workStatus: 'geen-werk-of-school' }, { birthYear: null }],
    livesAlone: false,
    statushouder: true,
    children: [{ ref: 'Kind 1', birthYear: 2019 }],
    gemeente: { code: 'GM0202', name: 'Arnhem' },
    wijk: 'Presikhaaf',
    languages: ['nl'],
    interpreterNeeded: false,
    lifeEvents: [],
  },
} as unknown as HouseholdRow;

function overview(language: Language): string[] {
  return texts(
    householdExportDocument({
      household,
      professionals: ['Sam'],
      consents: [
        { purpose: 'kleurplaat', how: 'schriftelijk', givenAt: '2026-11-02', withdrawnAt: null },
      ],
      scans: [
        { startedAt: new Date('2026-11-03T10:00:00Z'), completedAt: null, profile: null },
        {
          startedAt: new Date('2026-11-04T10:00:00Z'),
          completedAt: new Date('2026-11-05T10:00:00Z'),
          profile: null,
        },
      ],
      plan,
      drawings: [],
      signals: [],
      log: [
        {
          at: new Date('2026-11-06T10:00:00Z'),
          action: 'household.read',
          outcome: 'ok',
          actor: 'Sam',
        },
        {
          at: new Date('2026-11-06T11:00:00Z'),
          action: 'plan.download',
          outcome: 'denied',
          actor: 'Andere organisatie',
        },
      ],
      now: new Date('2026-12-06T10:00:00Z'),
      language,
      interventionName: () => 'Budgetmaatjes',
      capitalName: () => 'Money and work',
      lifeEventName: (id) => id,
    }).content as Content,
  ).concat(
    texts({
      info: householdExportDocument({
        household,
        professionals: [],
        consents: [],
        scans: [],
        plan: null,
        drawings: [],
        signals: [],
        log: [],
        now: new Date('2026-12-06T10:00:00Z'),
        language,
        interventionName: (id) => id,
        capitalName: (id) => id,
        lifeEventName: (id) => id,
      }).info,
    }),
  );
}

describe("the household's overview (inzage) in English", () => {
  const english = overview('en');

  it('has English headings, labels and sentences', () => {
    expect(english).toEqual(
      expect.arrayContaining([
        'What Wegwijs keeps about Fam. K.',
        'Overview made on 6 December 2026. Reference: K-001.',
        'Household details',
        'Item',
        'What we keep',
        'Adults',
        'born in 1985, no work and no school; year of birth not known',
        'Lives alone',
        'no',
        'Refugee with a residence permit',
        'yes',
        'Children',
        'Kind 1, born in 2019',
        'Municipality and neighbourhood',
        'Interpreter needed',
        'Started on',
        'Closed on',
        'not yet',
        'Social workers',
        'Consent',
        'For what',
        'How',
        'Given on',
        'Withdrawn on',
        'keeping a child’s colouring page',
        'on paper',
        'Kapitaalscans',
        'Scan started on 3 November 2026 (not finished yet)',
        'Scan started on 4 November 2026, finished on 5 November 2026',
        'Plan',
        'Money and work: Ik wil weten waar mijn geld heen gaat. (2 steps)',
        'Budgetmaatjes: You are signed up',
        'Who looked at or changed these details?',
        'When',
        'Who',
        'What',
        'details viewed',
        'plan made as PDF (refused)',
        'Access request K-001',
      ]),
    );
  });

  it('says when nothing was kept, in English', () => {
    const empty = texts(
      householdExportDocument({
        household,
        professionals: [],
        consents: [],
        scans: [],
        plan: null,
        drawings: [],
        signals: [],
        log: [],
        now: new Date('2026-12-06T10:00:00Z'),
        language: 'en',
        interventionName: (id) => id,
        capitalName: (id) => id,
        lifeEventName: (id) => id,
      }).content,
    );
    expect(empty).toEqual(
      expect.arrayContaining([
        'No consent has been recorded.',
        'No scans have been done.',
        'There is no plan yet.',
      ]),
    );
  });

  it('keeps the Dutch words for a Dutch reader', () => {
    expect(overview('nl')).toEqual(
      expect.arrayContaining([
        'Wat Wegwijs bewaart over Fam. K.',
        'Budgetmaatjes: U bent aangemeld',
        'gegevens bekeken',
        'plan als PDF gemaakt (geweigerd)',
        'Inzage K-001',
      ]),
    );
  });
});

describe('the plan in English', () => {
  const document = (p: Plan) =>
    planDocument({
      label: 'Fam. K.',
      plan: p,
      data: household.data as never,
      interventionName: () => 'Budgetmaatjes',
      capitalName: () => 'Money and work',
      date: new Date('2026-12-06T10:00:00Z'),
      language: 'en',
    });

  it('has English headings, statuses and sentences', () => {
    const doc = document(plan);
    expect([...texts(doc.content), ...texts(doc.footer), doc.info?.title]).toEqual(
      expect.arrayContaining([
        'Our plan — Fam. K.',
        'Made on 6 December 2026. This plan is yours. You can always change it.',
        'What do you want to work on?',
        'Small steps',
        'Who',
        'When',
        'Done',
        'yes',
        'not yet',
        'Help and activities',
        'Budgetmaatjes: You are signed up',
        'Schemes to apply for',
        'Huurtoeslag aanvragen (done)',
        'On 1 February 2027 we look together at how it is going.',
        'Questions? Contact your social worker.',
      ]),
    );
  });

  it('says so when the plan is empty and no review date is set', () => {
    const doc = document({ goals: [], referrals: [], actions: [], reviewDate: null });
    expect(texts(doc.content)).toEqual([
      'Our plan — Fam. K.',
      'Made on 6 December 2026. This plan is yours. You can always change it.',
      'There is nothing in the plan yet.',
      'We agree together when we look at how it is going.',
    ]);
  });
});
