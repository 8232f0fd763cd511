import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { HouseholdData, Plan } from '../../contract/households';
import { messages } from '../../content/message-files';
import { message, type MessageValues } from '../../domain/message';

export type Language = 'nl' | 'en';

// Household-facing: short sentences, plain words (B1), no jargon, nothing that judges. The words
// are in the message catalogue (pdf.plan).

/** The plan's words in the reader's language. */
function planWords(language: Language) {
  return (key: string, values?: MessageValues) =>
    messages.text(language, message(`pdf.plan.${key}`, values));
}

/** How far a referral has come, as the household reads it; an unknown status shows as it is. */
export function planStatus(language: Language, status: string): string {
  const key = `pdf.plan.status.${status}`;
  return messages.has(key) ? messages.text(language, message(key)) : status;
}

type PlanWords = ReturnType<typeof planWords>;
type Day = (d: Date | string) => string;

/** A date as the household reads it ("6 december 2026"). */
function dayFormatter(language: Language): Day {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  return (d) =>
    new Date(typeof d === 'string' ? `${d}T12:00:00Z` : d).toLocaleDateString(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
}

/** Each goal under its capital, with its steps as a table. */
function goalsSection(
  goals: Plan['goals'],
  capitalName: (capital: string) => string,
  t: PlanWords,
  day: Day,
): Content[] {
  if (!goals.length) return [];
  const content: Content[] = [{ text: t('goals'), style: 'heading' }];
  for (const goal of goals) {
    content.push({ text: capitalName(goal.capital), style: 'capital' });
    content.push({ text: goal.text, style: 'goal' });
    if (goal.steps.length) {
      content.push({
        table: {
          headerRows: 1,
          widths: ['*', 'auto', 'auto', 'auto'],
          body: [
            [t('steps'), t('who'), t('when'), t('done')].map((h) => ({ text: h, bold: true })),
            ...goal.steps.map((s) => [
              s.text,
              s.who,
              s.when ? day(s.when) : '—',
              s.done ? t('yes') : t('no'),
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 2, 0, 10],
      });
    }
  }
  return content;
}

/** The referrals with how far each has come, then the household's own actions. */
function referralsAndActions(
  plan: Plan,
  interventionName: (id: string) => string,
  language: Language,
  t: PlanWords,
): Content[] {
  const content: Content[] = [];
  if (plan.referrals.length) {
    content.push({ text: t('referrals'), style: 'heading' });
    content.push({
      ul: plan.referrals.map(
        (r) =>
          `${interventionName(r.interventionId)}: ${planStatus(language, r.status)}${r.note ? ` — ${r.note}` : ''}`,
      ),
      margin: [0, 0, 0, 10],
    });
  }
  if (plan.actions.length) {
    content.push({ text: t('actions'), style: 'heading' });
    content.push({
      ul: plan.actions.map((a) => `${a.text}${a.done ? ` (${t('doneMark')})` : ''}`),
      margin: [0, 0, 0, 10],
    });
  }
  return content;
}

export function planDocument(input: {
  label: string;
  plan: Plan;
  data: HouseholdData;
  interventionName: (id: string) => string;
  capitalName: (capital: string) => string;
  date: Date;
  language: Language;
}): TDocumentDefinitions {
  const t = planWords(input.language);
  const day = dayFormatter(input.language);
  const { plan } = input;
  const content: Content[] = [
    { text: t('title', { label: input.label }), style: 'title' },
    { text: t('made', { date: day(input.date) }), margin: [0, 0, 0, 12] },
  ];
  if (plan.goals.length === 0 && plan.referrals.length === 0 && plan.actions.length === 0)
    content.push({ text: t('empty') });
  content.push(...goalsSection(plan.goals, input.capitalName, t, day));
  content.push(...referralsAndActions(plan, input.interventionName, input.language, t));
  content.push({
    text: plan.reviewDate ? t('review', { date: day(plan.reviewDate) }) : t('noReview'),
    style: 'review',
  });
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: t('title', { label: input.label }), creator: 'Wegwijs' },
    language: input.language === 'en' ? 'en-GB' : 'nl-NL',
    content,
    footer: {
      text: t('footer'),
      alignment: 'center',
      fontSize: 9,
      color: '#444444',
      margin: [0, 16, 0, 0],
    },
    // Larger type than usual: easier to read for everyone.
    defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 6] },
      heading: { fontSize: 16, bold: true, margin: [0, 12, 0, 6] },
      capital: { fontSize: 12, bold: true, color: '#154273', margin: [0, 6, 0, 0] },
      goal: { fontSize: 13, italics: true, margin: [0, 0, 0, 4] },
      review: { fontSize: 13, bold: true, margin: [0, 16, 0, 0] },
    },
  };
}
