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
import { patch, post } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { AdminNav, StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useTeams } from './UsersPage';

export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  const client = useQueryClient();
  const { errors, fromError, clear, summaryRef } = useFormErrors();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const refresh = () => client.invalidateQueries({ queryKey: ['teams'] });

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      await post('/api/v1/teams', { name });
      clear();
      setMessage(t('teams.created', { name }));
      setName('');
      await refresh();
    } catch (error) {
      fromError(error);
    }
  };

  const toggleArchive = async (id: string, archived: boolean, teamName: string) => {
    try {
      await patch(`/api/v1/teams/${id}`, { archived: !archived });
      setMessage(
        archived
          ? t('teams.restored', { name: teamName })
          : t('teams.archived', { name: teamName }),
      );
      await refresh();
    } catch (error) {
      fromError(error);
    }
  };

  return (
    <>
      <PageTitle title={t('teams.title')} />
      <AdminNav />
      <Heading level={1}>{t('teams.title')}</Heading>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryState query={teams}>
        {(list) => (
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
                  <TableCell>
                    {team.archived ? t('teams.isArchived') : t('teams.isActive')}
                  </TableCell>
                  <TableCell>
                    <Button
                      appearance="subtle-button"
                      onClick={() => void toggleArchive(team.id, team.archived, team.name)}
                    >
                      {team.archived
                        ? t('teams.restore', { name: team.name })
                        : t('teams.archive', { name: team.name })}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryState>
      <section aria-labelledby="new-team">
        <Heading level={2} id="new-team">
          {t('teams.new')}
        </Heading>
        <ErrorSummary errors={errors} summaryRef={summaryRef} labels={{ name: t('teams.name') }} />
        <form onSubmit={(e) => void create(e)} noValidate className="ww-form ww-form--narrow">
          <TextField
            name="name"
            label={t('teams.name')}
            value={name}
            onChange={setName}
            error={errors.fields.name}
            required
          />
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit">
              {t('teams.create')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    </>
  );
}
