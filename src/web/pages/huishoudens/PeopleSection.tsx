import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useVocabularies } from '../../api/catalogue';
import { z } from 'zod';
import { teamSchema } from '../../../contract/admin';
import { colleagueSchema } from '../../../contract/households';
import { getJson } from '../../api/client';
import { useMe } from '../../api/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { SelectField } from '../../components/SelectField';
import { useSave } from '../../hooks/useSave';
import { useLanguage } from '../../hooks/useLanguage';
import { formatDate } from '../wegwijzer/format';
import { todayIso } from './common';
import { householdChanges, householdKeys, type HouseholdDetail } from './households-api';

/** The household's facts as label/value rows, in the order the section shows them. */
function useFactRows(h: HouseholdDetail): [string, string][] {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const vocabularies = useVocabularies();
  const year = Number(todayIso().slice(0, 4));
  const eventName = (id: string) =>
    vocabularies.data?.life_events.find((e) => e.id === id)?.[lang] ?? id;
  const d = h.data;
  return [
    [
      t('huishoudens.form.adults'),
      d.adults
        .map((a) =>
          [
            a.birthYear
              ? t('huishoudens.people.bornIn', { year: a.birthYear })
              : t('huishoudens.people.yearUnknown'),
            ...(a.workStatus
              ? [t(`huishoudens.form.workStatuses.${a.workStatus}`).toLowerCase()]
              : []),
          ].join(', '),
        )
        .join('; '),
    ],
    ...(d.livesAlone === undefined
      ? []
      : [
          [
            t('huishoudens.fields.livesAlone'),
            d.livesAlone ? t('huishoudens.yes') : t('huishoudens.no'),
          ] as [string, string],
        ]),
    ...(d.statushouder === undefined
      ? []
      : [
          [
            t('huishoudens.fields.statushouder'),
            d.statushouder ? t('huishoudens.yes') : t('huishoudens.no'),
          ] as [string, string],
        ]),
    [
      t('huishoudens.form.children'),
      d.children.length
        ? d.children
            .map((c) =>
              t('huishoudens.people.child', {
                ref: c.ref,
                year: c.birthYear,
                age: Math.max(0, year - c.birthYear),
              }),
            )
            .join('; ')
        : t('huishoudens.people.noChildren'),
    ],
    [t('huishoudens.fields.gemeente'), d.gemeente.name],
    [t('huishoudens.fields.wijk'), d.wijk ?? '—'],
    [t('huishoudens.fields.languages'), d.languages.join(', ') || '—'],
    [
      t('huishoudens.people.interpreter'),
      d.interpreterNeeded ? t('huishoudens.yes') : t('huishoudens.no'),
    ],
    [
      t('huishoudens.people.lifeEvents'),
      d.lifeEvents.length
        ? d.lifeEvents
            .map((e) => (e.year ? `${eventName(e.id)} (${e.year})` : eventName(e.id)))
            .join('; ')
        : '—',
    ],
    [t('huishoudens.fields.startDate'), formatDate(h.startDate, i18n.language)],
  ];
}

/** Who is in the household, and who works with it. */
export function PeopleSection({ household: h }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const rows = useFactRows(h);
  return (
    <section aria-labelledby="hh-people" className="ww-hh-section">
      <Heading level={2} id="hh-people">
        {t('huishoudens.people.title')}
      </Heading>
      <dl className="ww-deflist ww-hh-facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <Paragraph>
        <RouterLink to={`/huishoudens/${h.id}/wijzigen`}>{t('huishoudens.people.edit')}</RouterLink>
      </Paragraph>
      <TeamForm household={h} />
    </section>
  );
}

/** The teams and colleagues a household can be given to. */
function useWorkOptions(h: HouseholdDetail) {
  const { t } = useTranslation();
  const me = useMe();
  const teams = useQuery({
    queryKey: ['teams'],
    queryFn: () => getJson('/api/v1/teams', z.array(teamSchema)),
  });
  const colleagues = useQuery({
    queryKey: ['colleagues'],
    queryFn: () => getJson('/api/v1/colleagues', z.array(colleagueSchema)),
  });
  // Everyone who may work with households in the organisation, the current ones first.
  const known = new Set(h.professionals.map((p) => p.id));
  const options = [
    ...h.professionals.map((p) => ({ value: p.id, label: p.name })),
    ...(colleagues.data ?? [])
      .filter((c) => !known.has(c.id))
      .map((c) => ({
        value: c.id,
        label: c.id === me.id ? t('huishoudens.people.me', { name: me.name }) : c.name,
      })),
  ];
  const teamOptions = (teams.data ?? []).filter((x) => !x.archived || x.id === h.team?.id);

  return { options, teamOptions };
}

function TeamForm({ household: h }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [teamId, setTeamId] = useState(h.team?.id ?? '');
  const [people, setPeople] = useState(h.professionals.map((p) => p.id));
  const change = useSave(
    (body: { teamId: string | null; professionalIds: string[] }) =>
      householdChanges.update(h.id, body),
    async (updated) => {
      client.setQueryData(householdKeys.one(h.id), updated);
      await client.invalidateQueries({ queryKey: householdKeys.all });
    },
  );
  const { errors, setFieldErrors, summaryRef, saved } = change;
  const { options, teamOptions } = useWorkOptions(h);

  const save = (e: FormEvent) => {
    e.preventDefault();
    change.reset();
    if (people.length === 0) {
      setFieldErrors({ professionalIds: t('huishoudens.people.needOne') });
      return;
    }
    change.save({ teamId: teamId || null, professionalIds: people });
  };

  return (
    <>
      <Heading level={3} className="ww-heading-small">
        {t('huishoudens.people.workTitle')}
      </Heading>
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        labels={{
          teamId: t('huishoudens.fields.team'),
          professionalIds: t('huishoudens.fields.professionals'),
        }}
        idPrefix="team-"
      />
      {saved && <StatusMessage>{t('huishoudens.people.saved')}</StatusMessage>}
      <form onSubmit={save} noValidate className="ww-form">
        <SelectField
          name="teamId"
          idPrefix="team-"
          label={t('huishoudens.fields.team')}
          value={teamId}
          onChange={setTeamId}
          error={errors.fields.teamId}
          options={[
            { value: '', label: t('huishoudens.people.noTeam') },
            ...teamOptions.map((x) => ({ value: x.id, label: x.name })),
          ]}
        />
        <CheckboxGroup
          name="professionalIds"
          idPrefix="team-"
          legend={t('huishoudens.fields.professionals')}
          options={options}
          value={people}
          onChange={setPeople}
          error={errors.fields.professionalIds}
        />
        <div>
          <Button appearance="secondary-action-button" type="submit">
            {t('huishoudens.people.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
