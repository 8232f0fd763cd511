import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { perspectives, type CaseDialogueView } from '../../../contract/case-dialogues';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { ExpertInvitations } from '../ervaringsdeskundigen/ExpertInvitations';
import { formatDate } from '../wegwijzer/format';
import { useCaseDialogue } from './casusdialoog-api';

/** One case dialogue, in the order the team talked it through. */
export function CaseDialoguePage() {
  const { id = '' } = useParams();
  const dialogue = useCaseDialogue(id);
  return <QueryState query={dialogue}>{(d) => <Dialogue dialogue={d} />}</QueryState>;
}

function Dialogue({ dialogue: d }: { dialogue: CaseDialogueView }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(d.createdAt, i18n.language);
  return (
    <>
      <PageTitle title={d.title} />
      <p>
        <RouterLink to="/kaarten/casusdialoog">{t('casusdialoog.back')}</RouterLink>
      </p>
      <Heading level={1}>{d.title}</Heading>
      <Paragraph>
        {d.createdByName
          ? t('casusdialoog.createdBy', { name: d.createdByName, date, team: d.teamName })
          : t('casusdialoog.createdOn', { date, team: d.teamName })}
      </Paragraph>
      <Heading level={2}>{t('casusdialoog.caseDescription')}</Heading>
      <Paragraph className="ww-pre-line">{d.data.caseDescription}</Paragraph>
      <Heading level={2}>{t('casusdialoog.dilemma')}</Heading>
      <Paragraph className="ww-pre-line">{d.data.dilemma}</Paragraph>
      <Heading level={2}>{t('casusdialoog.perspectives')}</Heading>
      {perspectives.map((p) => (
        <section key={p} aria-labelledby={`cd-${p}`}>
          <Heading level={3} id={`cd-${p}`}>
            {t(`casusdialoog.perspective.${p}`)}
          </Heading>
          <Paragraph className="ww-pre-line">
            {d.data.perspectives[p] || t('casusdialoog.emptyPerspective')}
          </Paragraph>
        </section>
      ))}
      <Heading level={2}>{t('casusdialoog.values')}</Heading>
      {d.data.values.length === 0 ? (
        <Paragraph>{t('casusdialoog.emptyPerspective')}</Paragraph>
      ) : (
        <ul>
          {d.data.values.map((v, i) => (
            <li key={i}>{v}</li>
          ))}
        </ul>
      )}
      <Heading level={2}>{t('casusdialoog.decision')}</Heading>
      <Paragraph className="ww-pre-line">
        {d.data.decision || t('casusdialoog.emptyPerspective')}
      </Paragraph>
      <ExpertInvitations kind="case_dialogue" targetId={d.id} />
    </>
  );
}
