import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { okSchema } from '../../../contract/common';
import { teamSessionSchema } from '../../../contract/team-sessions';
import { useLabel, useVocabularies } from '../../api/catalogue';
import { sendJson } from '../../api/client';
import {
  teamSessionKey,
  useTeamSession,
  useTeamSessionEvents,
  type TeamSessionView,
} from '../../api/team-sessions';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextAreaField } from '../../components/TextAreaField';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import './kaarten.css';
import { ExpertInvitations } from '../ervaringsdeskundigen/ExpertInvitations';

/** One team session as this member sees it, kept fresh by the server's events. */
export function TeamSessionPage() {
  const { sessionId = '' } = useParams();
  const session = useTeamSession(sessionId);
  const live = session.data !== undefined && session.data.phase !== 'closed';
  const connected = useTeamSessionEvents(sessionId, live);
  return (
    <QueryState query={session}>{(s) => <Session session={s} connected={connected} />}</QueryState>
  );
}

function Session({ session, connected }: { session: TeamSessionView; connected: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <>
      <PageTitle title={t('kaarten.session.title')} />
      <p>
        <RouterLink to="/kaarten/teamsessie">{t('kaarten.session.nav')}</RouterLink>
      </p>
      <Heading level={1}>
        {t('kaarten.session.title')}: {session.team.name}
      </Heading>
      <Paragraph role="status">
        {t(`kaarten.session.phase.${session.phase}`)}
        {session.phase !== 'closed' &&
          ` · ${connected ? t('kaarten.session.live') : t('kaarten.session.reconnecting')}`}
      </Paragraph>
      {session.phase !== 'closed' && (
        <Paragraph>
          {session.code ? (
            <>
              <strong className="ww-session-code">
                {t('kaarten.session.codeShown', { code: session.code })}
              </strong>{' '}
              {t('kaarten.session.codeValidUntil', { time: time(session.codeExpiresAt) })}
            </>
          ) : (
            t('kaarten.session.codeExpired')
          )}
        </Paragraph>
      )}
      <section aria-labelledby="session-card" className="ww-deck-card">
        <Heading level={2} id="session-card">
          {t('kaarten.session.card')}
        </Heading>
        <Paragraph className="ww-deck-front">{session.card.front[lang]}</Paragraph>
      </section>
      <Members session={session} />
      {session.phase === 'answering' && <AnswerForm session={session} />}
      {session.phase === 'answering' && session.isStarter && <RevealButton session={session} />}
      {session.phase === 'answering' && !session.isStarter && (
        <Paragraph>{t('kaarten.session.waitingForReveal')}</Paragraph>
      )}
      {session.phase === 'revealed' && <Revealed session={session} />}
      {session.phase === 'revealed' && session.isStarter && <CloseForm session={session} />}
      {session.phase === 'closed' && <Closed session={session} />}
      {session.phase !== 'closed' && (
        <ExpertInvitations kind="team_session" targetId={session.id} />
      )}
    </>
  );
}

function Members({ session }: { session: TeamSessionView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="session-members">
      <Heading level={2} id="session-members">
        {t('kaarten.session.members')} ({session.members.length})
      </Heading>
      {session.startedBy.name && (
        <Paragraph>{t('kaarten.session.startedBy', { name: session.startedBy.name })}</Paragraph>
      )}
      <ul className="ww-session-members">
        {session.members.map((m) => (
          <li key={m.userId}>
            {m.name}
            {session.phase === 'answering' &&
              `: ${m.answered ? t('kaarten.session.answered') : t('kaarten.session.notAnswered')}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function useRefresh(session: TeamSessionView) {
  const client = useQueryClient();
  return (view?: TeamSessionView) =>
    view
      ? client.setQueryData(teamSessionKey(session.id), view)
      : client.invalidateQueries({ queryKey: teamSessionKey(session.id) });
}

function AnswerForm({ session }: { session: TeamSessionView }) {
  const { t } = useTranslation();
  const vocabularies = useVocabularies();
  const lang = useLanguage();
  const refresh = useRefresh(session);
  const [capitals, setCapitals] = useState<string[]>(session.myAnswer?.capitals ?? []);
  const [reasoning, setReasoning] = useState(session.myAnswer?.reasoning ?? '');
  const [saved, setSaved] = useState(false);
  const saving = useSave(
    (body: { capitals: string[]; reasoning: string }) =>
      sendJson('PUT', `/api/v1/team-sessions/${session.id}/answer`, body, okSchema),
    async () => {
      setSaved(true);
      await refresh();
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    saving.save({ capitals, reasoning });
  };
  const options = (vocabularies.data?.capitals ?? []).map((c) => ({ value: c.id, label: c[lang] }));
  return (
    <section aria-labelledby="session-answer">
      <Heading level={2} id="session-answer">
        {t('kaarten.session.yourAnswer')}
      </Heading>
      <Paragraph>{t('kaarten.session.hiddenUntilReveal')}</Paragraph>
      <ErrorSummary
        errors={saving.errors}
        summaryRef={saving.summaryRef}
        labels={{
          capitals: t('kaarten.session.capitalsSeen'),
          reasoning: t('kaarten.session.why'),
        }}
      />
      {saved && (
        <Alert type="ok">
          <Paragraph role="status">{t('kaarten.session.answerSaved')}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="ww-form">
        <CheckboxGroup
          name="capitals"
          legend={t('kaarten.session.capitalsSeen')}
          options={options}
          value={capitals}
          onChange={setCapitals}
          error={saving.errors.fields.capitals}
        />
        <TextAreaField
          name="reasoning"
          label={t('kaarten.session.why')}
          value={reasoning}
          onChange={setReasoning}
          maxLength={1000}
          rows={4}
          error={saving.errors.fields.reasoning}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={saving.busy}
          disabled={saving.busy}
        >
          {t('kaarten.session.saveAnswer')}
        </Button>
      </form>
    </section>
  );
}

function RevealButton({ session }: { session: TeamSessionView }) {
  const { t } = useTranslation();
  const refresh = useRefresh(session);
  const revealing = useSave(
    () => sendJson('POST', `/api/v1/team-sessions/${session.id}/reveal`, {}, teamSessionSchema),
    (view) => refresh(view),
  );
  return (
    <section aria-label={t('kaarten.session.reveal')}>
      <ErrorSummary errors={revealing.errors} summaryRef={revealing.summaryRef} labels={{}} />
      <Button
        appearance="primary-action-button"
        busy={revealing.busy}
        disabled={revealing.busy}
        onClick={() => revealing.save(undefined)}
      >
        {t('kaarten.session.reveal')}
      </Button>
    </section>
  );
}

function Revealed({ session }: { session: TeamSessionView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = useLabel();
  const answers = session.answers ?? [];
  return (
    <>
      <section aria-labelledby="session-answers">
        <Heading level={2} id="session-answers">
          {t('kaarten.session.answersTitle')}
        </Heading>
        {answers.length === 0 && <Paragraph>{t('kaarten.session.noAnswers')}</Paragraph>}
        <ul className="ww-session-answers">
          {answers.map((a) => (
            <li key={a.userId}>
              <Heading level={3}>
                {a.name}
                {a.points !== null && ` (${t('kaarten.session.pointsOf', { points: a.points })})`}
              </Heading>
              <Paragraph>{a.capitals.map((c) => label('capitals', c)).join(', ')}</Paragraph>
              {a.reasoning && <Paragraph>{a.reasoning}</Paragraph>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="session-back" className="ww-deck-card">
        <Heading level={2} id="session-back">
          {t('kaarten.session.backTitle')}
        </Heading>
        {session.card.capitals && (
          <Paragraph>{session.card.capitals.map((c) => label('capitals', c)).join(', ')}</Paragraph>
        )}
        {session.card.back && (
          <Paragraph className="ww-deck-text">{session.card.back[lang]}</Paragraph>
        )}
      </section>
    </>
  );
}

function CloseForm({ session }: { session: TeamSessionView }) {
  const { t } = useTranslation();
  const refresh = useRefresh(session);
  const [teamNote, setTeamNote] = useState('');
  const closing = useSave(
    (body: { teamNote: string | null }) =>
      sendJson('POST', `/api/v1/team-sessions/${session.id}/close`, body, teamSessionSchema),
    (view) => refresh(view),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    closing.save({ teamNote: teamNote.trim() === '' ? null : teamNote });
  };
  return (
    <section aria-labelledby="session-close">
      <Heading level={2} id="session-close">
        {t('kaarten.session.closeTitle')}
      </Heading>
      <Paragraph>{t('kaarten.session.closeIntro')}</Paragraph>
      <ErrorSummary
        errors={closing.errors}
        summaryRef={closing.summaryRef}
        labels={{ teamNote: t('kaarten.session.teamNote') }}
      />
      <form onSubmit={submit} noValidate className="ww-form">
        <TextAreaField
          name="teamNote"
          label={t('kaarten.session.teamNote')}
          value={teamNote}
          onChange={setTeamNote}
          maxLength={2000}
          rows={4}
          error={closing.errors.fields.teamNote}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={closing.busy}
          disabled={closing.busy}
        >
          {t('kaarten.session.close')}
        </Button>
      </form>
    </section>
  );
}

function Closed({ session }: { session: TeamSessionView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="session-closed">
      <Heading level={2} id="session-closed">
        {t('kaarten.session.keptNote')}
      </Heading>
      <Paragraph>{t('kaarten.session.closed')}</Paragraph>
      <Paragraph>{session.teamNote ?? t('kaarten.session.nothingKept')}</Paragraph>
    </section>
  );
}
