import { useTranslation } from 'react-i18next';
import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { Plan } from '../../../contract/households';
import { useLabel } from '../../api/catalogue';
import { formatDate } from '../wegwijzer/format';
import { InterventionName } from './common';

/** The plan on paper, for the household: plain words, no form fields. Shown only when printing. */
export function PlanPrint({ label, plan }: { label: string; plan: Plan }) {
  const { t, i18n } = useTranslation();
  const capital = useLabel();
  const day = (d: string) => formatDate(d, i18n.language);
  return (
    <div className="ww-plan-print">
      <Heading level={1}>{t('huishoudens.print.title', { label })}</Heading>
      <Paragraph>{t('huishoudens.print.yours')}</Paragraph>
      {plan.goals.length > 0 && (
        <>
          <Heading level={2}>{t('huishoudens.print.goals')}</Heading>
          {plan.goals.map((g) => (
            <div key={g.id} className="ww-plan-print__goal">
              <Paragraph>
                <strong>{capital('capitals', g.capital)}</strong>
              </Paragraph>
              <Paragraph>
                <em>{g.text}</em>
              </Paragraph>
              {g.steps.length > 0 && (
                <UnorderedList>
                  {g.steps.map((s) => (
                    <UnorderedListItem key={s.id}>
                      {t('huishoudens.print.step', {
                        text: s.text,
                        who: s.who,
                        when: s.when ? day(s.when) : t('huishoudens.print.noDate'),
                      })}
                      {s.done ? ` (${t('huishoudens.print.done')})` : ''}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </div>
          ))}
        </>
      )}
      {plan.referrals.length > 0 && (
        <>
          <Heading level={2}>{t('huishoudens.print.referrals')}</Heading>
          <UnorderedList>
            {plan.referrals.map((r) => (
              <UnorderedListItem key={r.id}>
                <InterventionName id={r.interventionId} />:{' '}
                {t(`huishoudens.print.statuses.${r.status}`)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {plan.actions.length > 0 && (
        <>
          <Heading level={2}>{t('huishoudens.print.actions')}</Heading>
          <UnorderedList>
            {plan.actions.map((a) => (
              <UnorderedListItem key={a.id}>
                {a.text}
                {a.done ? ` (${t('huishoudens.print.done')})` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Paragraph>
        <strong>
          {plan.reviewDate
            ? t('huishoudens.print.review', { date: day(plan.reviewDate) })
            : t('huishoudens.print.noReview')}
        </strong>
      </Paragraph>
    </div>
  );
}
