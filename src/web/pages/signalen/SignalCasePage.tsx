import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { post, put } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';
import { todayIso } from '../../today';
import { CheckboxField, RadioGroup } from '../check/fields';
import { formatDate } from '../wegwijzer/format';
import {
  CONTACT_KINDS,
  OUTCOMES,
  type ContactKind,
  type Outcome,
} from '../../../domain/signals/outcomes';
import { SignalHandoverForm } from './SignalHandoverForm';
import { SignalThreatForm } from './SignalThreatForm';
import {
  displayName,
  euros,
  fetchCase,
  signalKeys,
  signalPaths,
  type SignalCase,
} from './signals-api';

/** One person's signals, the deadlines, contact attempts and the outcome. */
export function SignalCasePage() {
  const { id = '' } = useParams();
  const found = useQuery({
    queryKey: signalKeys.case(id),
    queryFn: () => fetchCase(id),
  });
  return <QueryState query={found}>{(c) => <CaseView c={c} />}</QueryState>;
}

function CaseView({ c }: { c: SignalCase }) {
  const { t } = useTranslation();
  const name = displayName(c);
  return (
    <>
      <PageTitle title={t('signalen.case.title', { name })} />
      <Heading level={1}>{t('signalen.case.title', { name })}</Heading>
      <Paragraph>
        <RouterLink to="/signalen">{t('signalen.case.back')}</RouterLink>
      </Paragraph>
      <CaseFacts c={c} />
      <CaseHistory c={c} />
      <SignalThreatForm caseId={c.id} current={c.threat} />
      <ContactForm caseId={c.id} />
      {c.status === 'open' && <SignalHandoverForm caseId={c.id} />}
      {(c.status === 'open' || !c.handover) && <OutcomeForm caseId={c.id} current={c.outcome} />}
    </>
  );
}

/** Who, where, the case's status and handover, and its deadlines. */
function CaseFacts({ c }: { c: SignalCase }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <>
      <DataList>
        <Item label={t('signalen.case.dateOfBirth')} value={date(c.dateOfBirth)} />
        <Item
          label={t('signalen.case.address')}
          value={`${c.street} ${c.houseNumber}${c.houseNumberAddition}, ${c.postcode} ${c.city}`.trim()}
        />
        <Item
          label={t('signalen.case.status')}
          value={
            c.outcome
              ? t('signalen.case.closed', { outcome: t(`signalen.outcomes.${c.outcome}`) })
              : t('signalen.case.open')
          }
        />
        {c.threat && (
          <Item
            label={t('signalen.threat.title')}
            value={t('signalen.threat.current', {
              kind: t(`signalen.threat.kinds.${c.threat.kind}`),
              date: date(c.threat.knownOn),
            })}
          />
        )}
        {c.handover && (
          <Item
            label={t('signalen.handover.handedOver')}
            value={t('signalen.handover.line', {
              team: c.handover.teamName,
              organisation: c.handover.organisationName,
              date: date(c.handover.on),
            })}
          />
        )}
      </DataList>
      <Heading level={2}>{t('signalen.case.deadlines')}</Heading>
      <DataList>
        {c.deadlines.urgentConversationBy && (
          <Item
            label={t('signalen.case.urgentConversationBy')}
            value={date(c.deadlines.urgentConversationBy)}
          />
        )}
        <Item label={t('signalen.case.firstContactBy')} value={date(c.deadlines.firstContactBy)} />
        {c.deadlines.firstConversationBy && (
          <Item
            label={t('signalen.case.firstConversationBy')}
            value={date(c.deadlines.firstConversationBy)}
          />
        )}
        <Item
          label={t('signalen.case.deleteFrom')}
          value={
            c.deadlines.deleteSignalDataFrom
              ? date(c.deadlines.deleteSignalDataFrom)
              : t('signalen.case.keptWithHelp')
          }
        />
      </DataList>
    </>
  );
}

/** The signals received, and the contact attempts so far. */
function CaseHistory({ c }: { c: SignalCase }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <>
      <Heading level={2}>{t('signalen.case.signals')}</Heading>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signalen.case.creditor')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signalen.case.amount')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signalen.case.months')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signalen.case.received')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {c.signals.map((s) => (
            <TableRow key={s.id}>
              <TableCell>{t(`signalen.creditorTypes.${s.creditorType}`)}</TableCell>
              <TableCell>{euros(s.amountCents, i18n.language)}</TableCell>
              <TableCell>{s.monthsInArrears}</TableCell>
              <TableCell>{date(s.signalDate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Heading level={2}>{t('signalen.case.contacts')}</Heading>
      {c.contacts.length === 0 ? (
        <Paragraph>{t('signalen.case.noContacts')}</Paragraph>
      ) : (
        <UnorderedList>
          {c.contacts.map((x) => (
            <UnorderedListItem key={x.id}>
              {date(x.on)}: {t(`signalen.contactKinds.${x.kind}`)},{' '}
              {x.reached ? t('signalen.case.reached') : t('signalen.case.notReached')}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{value}</DataListValue>
    </DataListItem>
  );
}

function ContactForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<ContactKind>('brief');
  const [on, setOn] = useState(todayIso());
  const [reached, setReached] = useState(false);
  const { errors, summaryRef, save, busy, saved } = useSave(
    () => post(signalPaths.contacts(caseId), { kind, on, reached }),
    () => client.invalidateQueries({ queryKey: signalKeys.all }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(undefined);
  };
  return (
    <section aria-labelledby="add-contact">
      <Heading level={2} id="add-contact">
        {t('signalen.case.addContact')}
      </Heading>
      {saved && <StatusMessage>{t('signalen.case.contactSaved')}</StatusMessage>}
      <form onSubmit={submit} className="ww-form" noValidate>
        <ErrorSummary
          errors={errors}
          summaryRef={summaryRef}
          labels={{
            kind: t('signalen.case.kind'),
            on: t('signalen.case.on'),
            reached: t('signalen.case.reachedLabel'),
          }}
          idPrefix="contact-"
        />
        <RadioGroup
          name="kind"
          legend={t('signalen.case.kind')}
          options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`signalen.contactKinds.${k}`) }))}
          value={kind}
          onChange={setKind}
          error={errors.fields.kind}
        />
        <TextField
          idPrefix="contact-"
          name="on"
          type="date"
          label={t('signalen.case.on')}
          value={on}
          onChange={setOn}
          error={errors.fields.on}
        />
        <CheckboxField
          name="reached"
          label={t('signalen.case.reachedLabel')}
          checked={reached}
          onChange={setReached}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('signalen.case.saveContact')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function OutcomeForm({ caseId, current }: { caseId: string; current: Outcome | null }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome>(current ?? 'niet_bereikt');
  const [on, setOn] = useState(todayIso());
  const { errors, summaryRef, save, busy, saved } = useSave(
    () => put(signalPaths.outcome(caseId), { outcome, on }),
    () => client.invalidateQueries({ queryKey: signalKeys.all }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(undefined);
  };
  return (
    <section aria-labelledby="outcome">
      <Heading level={2} id="outcome">
        {t('signalen.case.outcomeTitle')}
      </Heading>
      {saved && <StatusMessage>{t('signalen.case.outcomeSaved')}</StatusMessage>}
      <form onSubmit={submit} className="ww-form" noValidate>
        <ErrorSummary
          errors={errors}
          summaryRef={summaryRef}
          labels={{ outcome: t('signalen.case.outcome'), on: t('signalen.case.on') }}
          idPrefix="outcome-"
        />
        <SelectField
          idPrefix="outcome-"
          name="outcome"
          label={t('signalen.case.outcome')}
          value={outcome}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`signalen.outcomes.${o}`) }))}
          onChange={(v) => setOutcome(v as Outcome)}
          error={errors.fields.outcome}
        />
        <TextField
          idPrefix="outcome-"
          name="on"
          type="date"
          label={t('signalen.case.on')}
          value={on}
          onChange={setOn}
          error={errors.fields.on}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('signalen.case.saveOutcome')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
