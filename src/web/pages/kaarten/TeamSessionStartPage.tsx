import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Button, Checkbox, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { joinedTeamSessionSchema, startedTeamSessionSchema } from '../../../contract/team-sessions';
import { useDeck, type DeckDetail } from '../../api/cards';
import { sendJson } from '../../api/client';
import { useMe } from '../../api/session';
import { useMyTeamSessions } from '../../api/team-sessions';
import { formatDate } from '../wegwijzer/format';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import './kaarten.css';

/** The deck whose case cards a team session uses. */
const DECK = 'gezien-en-gehoord';

/** A case card's first sentence names it in a list. */
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0] ?? text;

/** Start a team session on a case card, or join one with its code. */
export function TeamSessionStartPage() {
  const { t } = useTranslation();
  const deck = useDeck(DECK);
  return (
    <>
      <PageTitle title={t('kaarten.session.title')} />
      <p>
        <RouterLink to="/kaarten">{t('kaarten.allDecks')}</RouterLink>
      </p>
      <Heading level={1}>{t('kaarten.session.title')}</Heading>
      <Paragraph lead>{t('kaarten.session.intro')}</Paragraph>
      <JoinForm />
      <QueryState query={deck}>{(d) => <StartForm deck={d} />}</QueryState>
      <MySessions />
    </>
  );
}

/** The sessions the user took part in, newest first, with what each team kept. */
function MySessions() {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const sessions = useMyTeamSessions();
  return (
    <section aria-labelledby="session-recent">
      <Heading level={2} id="session-recent">
        {t('kaarten.session.recentTitle')}
      </Heading>
      <QueryState query={sessions}>
        {(data) =>
          data.sessions.length === 0 ? (
            <Paragraph>{t('kaarten.session.recentNone')}</Paragraph>
          ) : (
            <ul>
              {data.sessions.map((s) => (
                <li key={s.id}>
                  <RouterLink to={`/kaarten/teamsessie/${s.id}`}>
                    {t('kaarten.session.recentItem', {
                      team: s.team.name,
                      date: formatDate(s.createdAt, i18n.language),
                    })}
                  </RouterLink>{' '}
                  ({t(`kaarten.session.phase.${s.phase}`)}): {firstSentence(s.card.front[lang])}
                  {s.teamNote && (
                    <Paragraph>
                      {t('kaarten.session.keptNote')}: {s.teamNote}
                    </Paragraph>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function JoinForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const joining = useSave(
    (body: { code: string }) =>
      sendJson('POST', '/api/v1/team-sessions/join', body, joinedTeamSessionSchema),
    (joined) => navigate(`/kaarten/teamsessie/${joined.id}`),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    joining.save({ code });
  };
  return (
    <section aria-labelledby="session-join">
      <Heading level={2} id="session-join">
        {t('kaarten.session.joinTitle')}
      </Heading>
      <ErrorSummary
        errors={joining.errors}
        summaryRef={joining.summaryRef}
        labels={{ code: t('kaarten.session.code') }}
      />
      <form onSubmit={submit} noValidate className="ww-form">
        <TextField
          name="code"
          label={t('kaarten.session.code')}
          description={t('kaarten.session.codeHint')}
          value={code}
          onChange={setCode}
          autoComplete="off"
          maxLength={20}
          error={joining.errors.fields.code}
        />
        <Button
          appearance="primary-action-button"
          type="submit"
          busy={joining.busy}
          disabled={joining.busy}
        >
          {t('kaarten.session.join')}
        </Button>
      </form>
    </section>
  );
}

/** The start form's section, also shown (without the form) to a user in no team. */
function StartSection({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="session-start">
      <Heading level={2} id="session-start">
        {t('kaarten.session.startTitle')}
      </Heading>
      {children}
    </section>
  );
}

/** Whether the session keeps points, with a hint on what that means. */
function PointsOption({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <p className="ww-session-check">
      <FormLabel htmlFor="points-enabled" type="checkbox">
        <Checkbox
          id="points-enabled"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby="points-hint"
        />{' '}
        {t('kaarten.session.points')}
      </FormLabel>
      <span id="points-hint" className="ww-deck-hint">
        {' '}
        {t('kaarten.session.pointsHint')}
      </span>
    </p>
  );
}

function StartForm({ deck }: { deck: DeckDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const me = useMe();
  const cases = deck.cards.filter((c) => c.type === 'casus');
  const [teamId, setTeamId] = useState(me.teams[0]?.id ?? '');
  const [cardId, setCardId] = useState(cases[0]?.id ?? '');
  const [pointsEnabled, setPointsEnabled] = useState(false);
  const starting = useSave(
    (body: { teamId: string; deckId: string; cardId: string; pointsEnabled: boolean }) =>
      sendJson('POST', '/api/v1/team-sessions', body, startedTeamSessionSchema),
    (started) => navigate(`/kaarten/teamsessie/${started.id}`),
  );
  if (me.teams.length === 0)
    return (
      <StartSection>
        <Paragraph>{t('kaarten.session.noTeam')}</Paragraph>
      </StartSection>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    starting.save({ teamId, deckId: deck.id, cardId, pointsEnabled });
  };
  return (
    <StartSection>
      <ErrorSummary
        errors={starting.errors}
        summaryRef={starting.summaryRef}
        labels={{ teamId: t('kaarten.session.team'), cardId: t('kaarten.session.card') }}
      />
      <form onSubmit={submit} noValidate className="ww-form">
        <SelectField
          name="teamId"
          label={t('kaarten.session.team')}
          value={teamId}
          onChange={setTeamId}
          options={me.teams.map((team) => ({ value: team.id, label: team.name }))}
          error={starting.errors.fields.teamId}
        />
        <SelectField
          name="cardId"
          label={t('kaarten.session.card')}
          value={cardId}
          onChange={setCardId}
          options={cases.map((c) => ({ value: c.id, label: firstSentence(c.front[lang]) }))}
          error={starting.errors.fields.cardId}
        />
        <PointsOption checked={pointsEnabled} onChange={setPointsEnabled} />
        <Button
          appearance="primary-action-button"
          type="submit"
          busy={starting.busy}
          disabled={starting.busy}
        >
          {t('kaarten.session.start')}
        </Button>
      </form>
    </StartSection>
  );
}
