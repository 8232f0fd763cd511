import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type {
  ExperienceExpertView,
  InvitationView,
  InviteExpertBody,
} from '../../../contract/experience-experts';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { useSave } from '../../hooks/useSave';
import { formatDate } from '../wegwijzer/format';
import { ContactLines } from './ExpertSummary';
import { expertKeys, inviteExpert, useExperts, useInvitations } from './experts-api';

type Kind = InviteExpertBody['kind'];

/**
 * The experience experts invited to a team session or case dialogue, with what the worker needs
 * to reach them; the team leader or the starter can invite one. Wegwijs sends no message.
 */
export function ExpertInvitations({ kind, targetId }: { kind: Kind; targetId: string }) {
  const { t } = useTranslation();
  const invitations = useInvitations(kind, targetId);
  return (
    <section aria-labelledby="expert-invitations" className="ww-section">
      <Heading level={2} id="expert-invitations">
        {t('ervaringsdeskundigen.invitations.title')}
      </Heading>
      <QueryState query={invitations}>
        {(data) => (
          <>
            <InvitationList invitations={data.invitations} />
            {data.mayInvite ? (
              <InviteForm kind={kind} targetId={targetId} />
            ) : (
              <Paragraph>{t('ervaringsdeskundigen.invitations.onlyTeamleader')}</Paragraph>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function InvitationList({ invitations }: { invitations: InvitationView[] }) {
  const { t } = useTranslation();
  if (invitations.length === 0)
    return <Paragraph>{t('ervaringsdeskundigen.invitations.none')}</Paragraph>;
  return (
    <ul>
      {invitations.map((i) => (
        <li key={i.id}>
          <strong>{i.expert.name}</strong> · {t(`ervaringsdeskundigen.roleShort.${i.role}`)}
          <br />
          <ContactLines email={i.expert.email} phone={i.expert.phone} />
          <br />
          <When invitation={i} />
          {i.invitedByName && (
            <>
              <br />
              {t('ervaringsdeskundigen.invitations.invitedBy', { name: i.invitedByName })}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The session's code and times, or the date of the dialogue: what to tell the person. */
function When({ invitation: { target } }: { invitation: InvitationView }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  if (target.kind === 'case_dialogue')
    return (
      <>
        {t('ervaringsdeskundigen.invitations.dialogueTime', {
          at: formatDate(target.at, i18n.language),
        })}
      </>
    );
  return (
    <>
      {t('ervaringsdeskundigen.invitations.sessionTime', {
        at: time(target.at),
        until: time(target.until ?? target.at),
      })}
      {target.code && (
        <>
          <br />
          {t('ervaringsdeskundigen.invitations.code', { code: target.code })}
        </>
      )}
    </>
  );
}

function InviteForm({ kind, targetId }: { kind: Kind; targetId: string }) {
  const { t } = useTranslation();
  const experts = useExperts();
  return (
    <QueryState query={experts}>
      {({ experts: list }) =>
        list.length === 0 ? (
          <Paragraph>{t('ervaringsdeskundigen.invitations.noExperts')}</Paragraph>
        ) : (
          <InviteFields experts={list} kind={kind} targetId={targetId} />
        )
      }
    </QueryState>
  );
}

function InviteFields({
  experts,
  kind,
  targetId,
}: {
  experts: ExperienceExpertView[];
  kind: Kind;
  targetId: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [expertId, setExpertId] = useState(experts[0]!.id);
  const expert = experts.find((e) => e.id === expertId) ?? experts[0]!;
  const [role, setRole] = useState<string>(expert.roles[0]!);
  const [invited, setInvited] = useState<string | null>(null);
  const saving = useSave(
    () => inviteExpert(expert.id, { kind, targetId, role: role as InviteExpertBody['role'] }),
    async (result) => {
      setInvited(result.expert.name);
      await client.invalidateQueries({ queryKey: expertKeys.invitations(kind, targetId) });
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setInvited(null);
    saving.save(undefined);
  };
  const labels = {
    expertId: t('ervaringsdeskundigen.invitations.expert'),
    role: t('ervaringsdeskundigen.invitations.role'),
    targetId: t('ervaringsdeskundigen.invitations.title'),
  };
  return (
    <>
      <Paragraph>{t('ervaringsdeskundigen.invitations.intro')}</Paragraph>
      <ErrorSummary errors={saving.errors} summaryRef={saving.summaryRef} labels={labels} />
      <div role="status">
        {invited && (
          <Alert type="ok">
            <Paragraph>
              {t('ervaringsdeskundigen.invitations.invited', { name: invited })}
            </Paragraph>
          </Alert>
        )}
      </div>
      <form onSubmit={submit} noValidate className="ww-form">
        <SelectField
          name="expertId"
          label={labels.expertId}
          value={expert.id}
          options={experts.map((e) => ({ value: e.id, label: e.name }))}
          onChange={(id) => {
            setExpertId(id);
            setRole(experts.find((e) => e.id === id)?.roles[0] ?? role);
          }}
        />
        <SelectField
          name="role"
          label={labels.role}
          value={role}
          options={expert.roles.map((r) => ({
            value: r,
            label: t(`ervaringsdeskundigen.roleShort.${r}`),
          }))}
          onChange={setRole}
          error={saving.errors.fields.role}
        />
        <div>
          <Button appearance="primary-action-button" type="submit" disabled={saving.busy}>
            {t('ervaringsdeskundigen.invitations.invite')}
          </Button>
        </div>
      </form>
    </>
  );
}
