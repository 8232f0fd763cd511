import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { teamSchema } from '../../../contract/admin';
import { sendJson } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { AdminNav, StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';
import { useTeams } from './UsersPage';

type TeamRow = { id: string; name: string; memberCount: number; archived: boolean };

export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);

  const refresh = () => client.invalidateQueries({ queryKey: ['teams'] });

  // A failed archive or restore is shown above the table, where the button was.
  const archiving = useSave(
    (team: { id: string; archived: boolean }) =>
      sendJson('PATCH', `/api/v1/teams/${team.id}`, { archived: !team.archived }, teamSchema),
    async (team) => {
      setMessage(
        team.archived
          ? t('teams.archived', { name: team.name })
          : t('teams.restored', { name: team.name }),
      );
      await refresh();
    },
  );

  const toggleArchive = (team: { id: string; archived: boolean }) => {
    setMessage(null);
    archiving.save(team);
  };

  return (
    <>
      <PageTitle title={t('teams.title')} />
      <AdminNav />
      <Heading level={1}>{t('teams.title')}</Heading>
      {message && <StatusMessage>{message}</StatusMessage>}
      <ErrorSummary errors={archiving.errors} summaryRef={archiving.summaryRef} labels={{}} />
      <QueryState query={teams}>
        {(list) => <TeamsTable list={list} onToggleArchive={toggleArchive} />}
      </QueryState>
      <NewTeamForm onMessage={setMessage} refresh={refresh} />
    </>
  );
}

function TeamsTable({
  list,
  onToggleArchive,
}: {
  list: TeamRow[];
  onToggleArchive: (team: TeamRow) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('teams.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('teams.members')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('teams.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {list.map((team) => (
          <TableRow key={team.id}>
            <TableCell>{team.name}</TableCell>
            <TableCell>{team.memberCount}</TableCell>
            <TableCell>{team.archived ? t('teams.isArchived') : t('teams.isActive')}</TableCell>
            <TableCell>
              <Button appearance="subtle-button" onClick={() => onToggleArchive(team)}>
                {team.archived
                  ? t('teams.restore', { name: team.name })
                  : t('teams.archive', { name: team.name })}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Creates a team; the page's status line says so (or is cleared when a new attempt starts). */
function NewTeamForm({
  onMessage,
  refresh,
}: {
  onMessage: (message: string | null) => void;
  refresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const creating = useSave(
    (teamName: string) => sendJson('POST', '/api/v1/teams', { name: teamName }, teamSchema),
    async (team) => {
      onMessage(t('teams.created', { name: team.name }));
      setName('');
      await refresh();
    },
  );

  const create = (event: FormEvent) => {
    event.preventDefault();
    onMessage(null);
    creating.save(name);
  };

  return (
    <section aria-labelledby="new-team">
      <Heading level={2} id="new-team">
        {t('teams.new')}
      </Heading>
      <ErrorSummary
        errors={creating.errors}
        summaryRef={creating.summaryRef}
        labels={{ name: t('teams.name') }}
      />
      <form onSubmit={create} noValidate className="ww-form ww-form--narrow">
        <TextField
          name="name"
          label={t('teams.name')}
          value={name}
          onChange={setName}
          error={creating.errors.fields.name}
          required
        />
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            type="submit"
            busy={creating.busy}
            disabled={creating.busy}
          >
            {t('teams.create')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
