import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { whyNot, type SchemeResult } from '../../../domain/benefits';
import { formulaText, stepValueText } from '../../../contract/formula-text';
import { whyNotText } from '../../../contract/why-not';
import { useLanguage } from '../../hooks/useLanguage';
import type { Language } from '../../i18n/i18n';
import { wordMessage } from '../../i18n/icu-format';
import type { BuildResult } from './check-form';
import {
  euro as euroIn,
  groupResults,
  keepAmountsTogether,
  uncheckedMunicipal,
  WHAT_IF_RAISE_CENTS,
  whatIfChanges,
  type CheckOutcome,
} from './check-run';

// The outcome of the check: what may fit, roughly how much, what to do and where, why not, what
// if the income rises, and what was not checked. The print version repeats it without buttons.

type Props = {
  outcome: CheckOutcome;
  assumptions: BuildResult['assumptions'];
  onChange: () => void;
  onRestart: () => void;
};

/** 'ongeveer € 50 per maand', '€ 600 per jaar (ongeveer € 50 per maand)' … */
export function amountText(s: SchemeResult, t: TFunction, lang: Language): string | null {
  const a = s.amount;
  if (!a) return null;
  const euro = (cents: number) => euroIn(cents, lang);
  const month = euro(a.perMonthCents);
  let text: string;
  if (a.period === 'kwartaal')
    text = t('check.amount.quarter', { month, quarter: euro(Math.round(a.perYearCents / 4)) });
  else if (a.period === 'jaar')
    text = t('check.amount.year', { year: euro(a.perYearCents), month });
  else if (a.period === 'eenmalig') text = t('check.amount.once', { amount: euro(a.perYearCents) });
  else text = t('check.amount.month', { month });
  return a.indicative ? t('check.amount.estimate', { text }) : text;
}

export function statusText(s: SchemeResult, t: TFunction): string {
  if (s.alreadyReceives)
    return s.status === 'geen-recht' ? t('check.status.alreadyButNo') : t('check.status.already');
  if (s.status === 'recht') return t('check.status.recht');
  if (s.status === 'mogelijk')
    return s.category === 'gemeentelijk'
      ? t('check.status.mogelijkGemeente')
      : s.category === 'fonds'
        ? t('check.status.mogelijkFonds')
        : t('check.status.mogelijk');
  if (s.status === 'geen-recht') return t('check.status.geenRecht');
  return t('check.status.nietBerekend');
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** Units a step's value is worded with in the reader's language; others read the same in both. */
const WORDED_UNITS = new Set([
  'eurocent_per_maand',
  'eurocent_per_kwartaal',
  'eurocent_per_jaar',
  'jaar',
  'maand',
]);

/** A step's value with its unit in the reader's language ('€ 187,00 per month', '6 years'). */
function stepValue(step: SchemeResult['steps'][number], t: TFunction, lang: Language): string {
  if (!WORDED_UNITS.has(step.unit))
    return keepAmountsTogether(stepValueText(step.value, step.unit, lang));
  const amount = step.unit.startsWith('eurocent')
    ? stepValueText(step.value, 'eurocent', lang)
    : step.value;
  return keepAmountsTogether(t(`schemeTexts.units.${step.unit}`, { amount }));
}

function HowCalculated({ s }: { s: SchemeResult }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (s.steps.length === 0 && s.conditions.length === 0) return null;
  return (
    <details className="ww-check-details">
      <summary>{t('check.results.howCalculated', { name: s.name })}</summary>
      {s.conditions.length > 0 && (
        <>
          <Paragraph>{t('check.results.conditions')}</Paragraph>
          <UnorderedList>
            {s.conditions.map((c) => (
              <UnorderedListItem key={c.id}>
                {c.passed ? t('check.results.met') : t('check.results.notMet')}{' '}
                {wordMessage(t, c.label)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {s.steps.length > 0 && (
        <>
          <Paragraph>{t('check.results.steps')}</Paragraph>
          <UnorderedList>
            {s.steps.map((step) => (
              <UnorderedListItem key={step.id}>
                {wordMessage(t, step.label)}: {stepValue(step, t, lang)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <details className="ww-check-details ww-check-formula">
            <summary>{t('check.results.formula')}</summary>
            <UnorderedList>
              {s.steps.map((step) => (
                <UnorderedListItem key={step.id}>
                  {wordMessage(t, step.label)}: <code>{formulaText(step.formula, lang)}</code>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </details>
        </>
      )}
    </details>
  );
}

/** Where a municipal scheme's figures come from and when a person last checked them. */
function SchemeSourceLine({ s }: { s: SchemeResult }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!s.source) return null;
  const checked = s.source.checkedOn
    ? new Date(`${s.source.checkedOn}T12:00:00Z`).toLocaleDateString(
        lang === 'nl' ? 'nl-NL' : 'en-GB',
        { day: 'numeric', month: 'long', year: 'numeric' },
      )
    : null;
  return (
    <Paragraph className="ww-check-source">
      {t('check.results.source')}{' '}
      <Link href={s.source.url} target="_blank" rel="noreferrer">
        {s.source.title}
      </Link>
      {checked && <> {t('check.results.checkedOn', { date: checked })}</>}
    </Paragraph>
  );
}

/** 'U krijgt geen zorgtoeslag, omdat …' in the reader's language, with the values compared. */
export function whyNotSentences(s: SchemeResult, lang: 'nl' | 'en'): string[] {
  return whyNot(s).map((w) => keepAmountsTogether(whyNotText(s, w, lang)));
}

/** Euro amounts in the reader's language. */
function useEuro(): (cents: number) => string {
  const lang = useLanguage();
  return (cents) => euroIn(cents, lang);
}

function SchemeCard({ s }: { s: SchemeResult }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const amount = amountText(s, t, lang);
  return (
    <li className="ww-check-scheme">
      <Heading level={3}>{s.name}</Heading>
      <Paragraph>
        <strong>{statusText(s, t)}</strong>
      </Paragraph>
      {amount && <Paragraph className="ww-check-amount">{amount}</Paragraph>}
      <Paragraph>{t(`check.about.${s.scheme}`)}</Paragraph>
      <SchemeSourceLine s={s} />
      {s.howToApply && (
        <>
          <Heading level={4}>{t('check.results.whatToDo')}</Heading>
          <Paragraph>{wordMessage(t, s.howToApply)}</Paragraph>
        </>
      )}
      {s.via && <Paragraph>{t('check.results.via', { via: wordMessage(t, s.via) })}</Paragraph>}
      {s.url && (
        <Paragraph>
          <Link href={s.url} target="_blank" rel="noreferrer">
            {t('check.results.moreInfo', { site: hostOf(s.url) })}
          </Link>
        </Paragraph>
      )}
      {s.toAsk.length > 0 && (
        <>
          <Heading level={4}>{t('check.results.toAsk')}</Heading>
          <UnorderedList>
            {s.toAsk
              .map((q) => wordMessage(t, q))
              .map((q) => (
                <UnorderedListItem key={q}>{q}</UnorderedListItem>
              ))}
          </UnorderedList>
        </>
      )}
      {s.notes
        .map((n) => wordMessage(t, n))
        .map((n) => (
          <Paragraph key={n} className="ww-check-note">
            {keepAmountsTogether(n)}
          </Paragraph>
        ))}
      <HowCalculated s={s} />
    </li>
  );
}

function WhyNotItem({ s }: { s: SchemeResult }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const reasons = whyNotSentences(s, lang);
  return (
    <li className="ww-check-scheme ww-check-scheme--no">
      <Heading level={3}>{s.name}</Heading>
      <Paragraph>{t(`check.about.${s.scheme}`)}</Paragraph>
      <details className="ww-check-details">
        <summary>{t('check.results.whyNot', { name: s.name })}</summary>
        {reasons.length > 0 ? (
          <UnorderedList>
            {reasons.map((r) => (
              <UnorderedListItem key={r}>{r}</UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t('check.results.whyNotUnknown')}</Paragraph>
        )}
        {s.notes
          .map((n) => wordMessage(t, n))
          .map((n) => (
            <Paragraph key={n}>{keepAmountsTogether(n)}</Paragraph>
          ))}
        <HowCalculated s={s} />
      </details>
    </li>
  );
}

function WhatIf({ outcome }: { outcome: CheckOutcome }) {
  const { t } = useTranslation();
  const euro = useEuro();
  const w = outcome.whatIf;
  const changes = whatIfChanges(w);
  const raise = euro(WHAT_IF_RAISE_CENTS);
  return (
    <section aria-labelledby="check-whatif" className="ww-check-section">
      <Heading level={2} id="check-whatif">
        {t('check.whatIf.title', { amount: raise })}
      </Heading>
      <Paragraph>
        {t('check.whatIf.kept', { amount: raise, kept: euro(w.netEffectPerMonthCents) })}
      </Paragraph>
      {w.armoedeval ? (
        <Alert type="warning">
          <Paragraph>{t('check.whatIf.armoedeval')}</Paragraph>
        </Alert>
      ) : null}
      {changes.length === 0 ? (
        <Paragraph>{t('check.whatIf.noChange')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('check.whatIf.changes')}</Paragraph>
          <UnorderedList>
            {changes.map((c) => (
              <UnorderedListItem key={c.scheme}>
                {c.deltaPerMonthCents < 0
                  ? t('check.whatIf.less', { name: c.name, amount: euro(-c.deltaPerMonthCents) })
                  : c.deltaPerMonthCents > 0
                    ? t('check.whatIf.more', { name: c.name, amount: euro(c.deltaPerMonthCents) })
                    : c.afterStatus === 'geen-recht'
                      ? t('check.whatIf.lost', { name: c.name })
                      : c.beforeStatus === 'geen-recht'
                        ? t('check.whatIf.gained', { name: c.name })
                        : t('check.whatIf.statusChange', { name: c.name })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Paragraph className="ww-check-note">{t('check.whatIf.note', { amount: raise })}</Paragraph>
    </section>
  );
}

/** What the check did not look at, so nobody takes the outcome as complete. */
export function notCheckedItems(
  outcome: CheckOutcome,
  assumptions: BuildResult['assumptions'],
  t: TFunction,
): string[] {
  const groups = groupResults(outcome.result);
  const items: string[] = [];
  const municipal = uncheckedMunicipal(outcome);
  if (municipal.length > 0)
    items.push(
      t('check.notChecked.municipal', {
        schemes: municipal.map((id) => t(`check.schemeNames.${id}`)).join(', '),
      }),
    );
  for (const s of groups.notComputed)
    items.push(
      t('check.notChecked.notComputed', {
        name: s.name,
        reason: s.notes.map((n) => wordMessage(t, n)).join(' '),
      }),
    );
  for (const a of assumptions) items.push(t(`check.notChecked.${a}`));
  items.push(t('check.notChecked.insurance'));
  items.push(t('check.notChecked.decides'));
  items.push(t('check.notChecked.other'));
  return items;
}

function PrintSummary({ outcome, assumptions }: Pick<Props, 'outcome' | 'assumptions'>) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const euro = useEuro();
  const r = outcome.result;
  const groups = groupResults(r);
  const line = (s: SchemeResult) =>
    [
      s.name,
      statusText(s, t),
      amountText(s, t, lang),
      s.howToApply && keepAmountsTogether(wordMessage(t, s.howToApply)),
      s.url,
      s.source && `${t('check.results.source')} ${s.source.title} (${s.source.url})`,
    ]
      .filter(Boolean)
      .join(' — ');
  const block = (title: string, list: SchemeResult[]) =>
    list.length > 0 && (
      <>
        <Heading level={2}>{title}</Heading>
        <UnorderedList>
          {list.map((s) => (
            <UnorderedListItem key={s.scheme}>{line(s)}</UnorderedListItem>
          ))}
        </UnorderedList>
      </>
    );
  return (
    <div className="ww-check-print">
      <Heading level={1}>{t('check.print.title', { gemeente: r.gemeenteName })}</Heading>
      <Paragraph>
        {t('check.print.header', { date: r.peildatum, gemeente: r.gemeenteName })}
      </Paragraph>
      <Paragraph>
        <strong>
          {r.totals.additionalPerMonthCents > 0
            ? t('check.results.totalLikely', { amount: euro(r.totals.additionalPerMonthCents) })
            : t('check.results.totalNone')}
        </strong>
      </Paragraph>
      {r.totals.possiblePerMonthCents > 0 && (
        <Paragraph>
          {t('check.results.totalPossible', { amount: euro(r.totals.possiblePerMonthCents) })}
        </Paragraph>
      )}
      {block(t('check.results.likely'), groups.likely)}
      {block(t('check.results.maybe'), groups.maybe)}
      {block(t('check.results.already'), groups.already)}
      {groups.unlikely.length > 0 && (
        <>
          <Heading level={2}>{t('check.results.unlikely')}</Heading>
          <UnorderedList>
            {groups.unlikely.map((s) => (
              <UnorderedListItem key={s.scheme}>
                {whyNotSentences(s, lang).join(' ') || s.name}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Heading level={2}>{t('check.whatIf.title', { amount: euro(WHAT_IF_RAISE_CENTS) })}</Heading>
      <Paragraph>
        {t('check.whatIf.kept', {
          amount: euro(WHAT_IF_RAISE_CENTS),
          kept: euro(outcome.whatIf.netEffectPerMonthCents),
        })}
      </Paragraph>
      <Heading level={2}>{t('check.notChecked.title')}</Heading>
      <UnorderedList>
        {notCheckedItems(outcome, assumptions, t).map((i) => (
          <UnorderedListItem key={i}>{i}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>{t('check.print.footer')}</Paragraph>
    </div>
  );
}

export function CheckResults({ outcome, assumptions, onChange, onRestart }: Props) {
  const { t } = useTranslation();
  const r = outcome.result;
  const groups = groupResults(r);
  return (
    <>
      <div className="ww-check-screen">
        {r.gemeenteIsExample && (
          <Alert type="warning">
            <Paragraph>{t('check.results.exampleWarning')}</Paragraph>
          </Alert>
        )}
        <ResultTotal outcome={outcome} />
        <ButtonGroup className="ww-no-print">
          <Button appearance="primary-action-button" type="button" onClick={() => window.print()}>
            {t('check.results.print')}
          </Button>
          <Button appearance="secondary-action-button" type="button" onClick={onChange}>
            {t('check.results.change')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={onRestart}>
            {t('check.results.restart')}
          </Button>
        </ButtonGroup>
        <SchemeSection
          id="check-likely"
          title={t('check.results.likely')}
          intro={t('check.results.likelyIntro')}
          list={groups.likely}
        />
        <SchemeSection
          id="check-maybe"
          title={t('check.results.maybe')}
          intro={t('check.results.maybeIntro')}
          list={groups.maybe}
        />
        <SchemeSection
          id="check-already"
          title={t('check.results.already')}
          intro={t('check.results.alreadyIntro')}
          list={groups.already}
        />
        <UnlikelySection list={groups.unlikely} />
        <WhatIf outcome={outcome} />
        <section aria-labelledby="check-not-checked" className="ww-check-section">
          <Heading level={2} id="check-not-checked">
            {t('check.notChecked.title')}
          </Heading>
          <UnorderedList>
            {notCheckedItems(outcome, assumptions, t).map((i) => (
              <UnorderedListItem key={i}>{i}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
        <section aria-labelledby="check-help" className="ww-check-section">
          <Heading level={2} id="check-help">
            {t('check.help.title')}
          </Heading>
          <Paragraph>{t('check.help.text')}</Paragraph>
        </section>
      </div>
      <PrintSummary outcome={outcome} assumptions={assumptions} />
    </>
  );
}

/** The headline: what the household likely gets extra per month, and what it possibly gets. */
function ResultTotal({ outcome }: { outcome: CheckOutcome }) {
  const { t } = useTranslation();
  const euro = useEuro();
  const likely = outcome.result.totals.additionalPerMonthCents;
  const possible = outcome.result.totals.possiblePerMonthCents;
  return (
    <div className="ww-check-total" role="status">
      <Paragraph lead>
        {likely > 0
          ? t('check.results.totalLikely', { amount: euro(likely) })
          : t('check.results.totalNone')}
      </Paragraph>
      {possible > 0 && (
        <Paragraph>{t('check.results.totalPossible', { amount: euro(possible) })}</Paragraph>
      )}
      <Paragraph>{t('check.results.estimate')}</Paragraph>
    </div>
  );
}

/** One group of schemes as cards (nothing when the group is empty). */
function SchemeSection({
  id,
  title,
  intro,
  list,
}: {
  id: string;
  title: string;
  intro: string;
  list: SchemeResult[];
}) {
  if (list.length === 0) return null;
  return (
    <section aria-labelledby={id} className="ww-check-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      <ul className="ww-check-schemes">
        {list.map((s) => (
          <SchemeCard key={s.scheme} s={s} />
        ))}
      </ul>
    </section>
  );
}

/** The schemes that are unlikely, each with why not. */
function UnlikelySection({ list }: { list: SchemeResult[] }) {
  const { t } = useTranslation();
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="check-unlikely" className="ww-check-section">
      <Heading level={2} id="check-unlikely">
        {t('check.results.unlikely')}
      </Heading>
      <Paragraph>{t('check.results.unlikelyIntro')}</Paragraph>
      <ul className="ww-check-schemes">
        {list.map((s) => (
          <WhyNotItem key={s.scheme} s={s} />
        ))}
      </ul>
    </section>
  );
}
