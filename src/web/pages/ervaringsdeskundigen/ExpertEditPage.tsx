import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ExperienceExpertView } from '../../../contract/experience-experts';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { refreshBeforeReturning } from '../../api/refresh-list';
import { useSave } from '../../hooks/useSave';
import { ExpertForm, initialForm, toBody, type ExpertFormState } from './ExpertForm';
import { createExpert, eraseExpert, expertKeys, updateExpert, useExpert } from './experts-api';

const REGISTER = '/team/ervaringsdeskundigen';

/** A new entry: only with the consent the person gave. */
export function NewExpertPage() {
  const { t } = useTranslation();
  const back = useBackToRegister();
  const saving = useSave(
    (form: ExpertFormState) =>
      createExpert(toBody(form, true) as Parameters<typeof createExpert>[0]),
    () => back('ervaringsdeskundigen.saved'),
  );
  return (
    <>
      <Intro title={t('ervaringsdeskundigen.add')} />
      <Paragraph>{t('ervaringsdeskundigen.consentNote')}</Paragraph>
      <ExpertForm initial={initialForm()} withConsent saving={saving} />
    </>
  );
}

/** Change an entry, or erase it when the person withdraws consent. */
export function ExpertEditPage() {
  const { id = '' } = useParams();
  const expert = useExpert(id);
  return <QueryState query={expert}>{(e) => <EditExpert expert={e} />}</QueryState>;
}

function EditExpert({ expert }: { expert: ExperienceExpertView }) {
  const { t } = useTranslation();
  const back = useBackToRegister();
  const saving = useSave(
    (form: ExpertFormState) => updateExpert(expert.id, toBody(form, false)),
    () => back('ervaringsdeskundigen.saved'),
  );
  return (
    <>
      <Intro title={`${t('ervaringsdeskundigen.edit')}: ${expert.name}`} />
      <ExpertForm initial={initialForm(expert)} withConsent={false} saving={saving} />
      <EraseSection expert={expert} />
    </>
  );
}

/** Consent withdrawn: a second, explicit step erases everything about the person. */
function EraseSection({ expert }: { expert: ExperienceExpertView }) {
  const { t } = useTranslation();
  const back = useBackToRegister();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const erasing = useSave(
    () => eraseExpert(expert.id),
    () => back('ervaringsdeskundigen.erased', expert.id),
  );
  const ask = () => {
    setConfirming(true);
    // Move focus to the question that appears, so keyboard users land on it.
    requestAnimationFrame(() => confirmRef.current?.focus());
  };
  return (
    <section aria-labelledby="erase-title" className="ww-section">
      <Heading level={2} id="erase-title">
        {t('ervaringsdeskundigen.erase')}
      </Heading>
      <Paragraph>{t('ervaringsdeskundigen.eraseExplained')}</Paragraph>
      <ErrorSummary errors={erasing.errors} summaryRef={erasing.summaryRef} labels={{}} />
      {confirming ? (
        <Alert type="warning">
          <Button
            ref={confirmRef}
            appearance="primary-action-button"
            hint="danger"
            disabled={erasing.busy}
            onClick={() => erasing.save(undefined)}
          >
            {t('ervaringsdeskundigen.eraseConfirm', { name: expert.name })}
          </Button>
        </Alert>
      ) : (
        <Button appearance="secondary-action-button" onClick={ask}>
          {t('ervaringsdeskundigen.erase')}
        </Button>
      )}
    </section>
  );
}

function useBackToRegister() {
  const navigate = useNavigate();
  const client = useQueryClient();
  return async (notice: string, erasedId?: string) => {
    await refreshBeforeReturning(
      client,
      {
        list: expertKeys.all,
        listExact: true,
        all: expertKeys.all,
        erased: erasedId === undefined ? undefined : expertKeys.one(erasedId),
      },
      () => navigate(REGISTER, { state: { notice } }),
    );
  };
}

function Intro({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={title} />
      <p>
        <RouterLink to={REGISTER}>{t('ervaringsdeskundigen.back')}</RouterLink>
      </p>
      <Heading level={1}>{title}</Heading>
    </>
  );
}
