import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { put } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';
import { todayIso } from '../../today';
import { RadioGroup } from '../check/fields';
import { THREAT_KINDS, type ThreatKind } from '../../../domain/signals/threat';
import { signalKeys, signalPaths, type SignalCase } from './signals-api';

type Choice = ThreatKind | 'none';

/**
 * Records whether an eviction, a cut-off or the end of the health insurance is coming (Wgs art. 4
 * lid 2), which brings the first conversation forward to three working days.
 */
export function SignalThreatForm({
  caseId,
  current,
}: {
  caseId: string;
  current: SignalCase['threat'];
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<Choice>(current?.kind ?? 'none');
  const [knownOn, setKnownOn] = useState(current?.knownOn ?? todayIso());
  const { errors, summaryRef, save, busy, saved } = useSave(
    () => put(signalPaths.threat(caseId), { threat: kind === 'none' ? null : { kind, knownOn } }),
    () => client.invalidateQueries({ queryKey: signalKeys.all }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(undefined);
  };
  const options = [
    { value: 'none' as const, label: t('signalen.threat.none') },
    ...THREAT_KINDS.map((k) => ({ value: k, label: t(`signalen.threat.kinds.${k}`) })),
  ];
  return (
    <section aria-labelledby="threat">
      <Heading level={2} id="threat">
        {t('signalen.threat.title')}
      </Heading>
      <Paragraph>{t('signalen.threat.intro')}</Paragraph>
      {saved && <StatusMessage>{t('signalen.threat.saved')}</StatusMessage>}
      <form onSubmit={submit} className="ww-form" noValidate>
        <ErrorSummary
          errors={errors}
          summaryRef={summaryRef}
          labels={{
            'threat.kind': t('signalen.threat.kind'),
            'threat.knownOn': t('signalen.threat.knownOn'),
          }}
          idPrefix="threat-"
        />
        <RadioGroup
          name="threat-kind"
          legend={t('signalen.threat.kind')}
          options={options}
          value={kind}
          onChange={setKind}
          error={errors.fields['threat.kind']}
        />
        {kind !== 'none' && (
          <TextField
            idPrefix="threat-"
            name="threat.knownOn"
            type="date"
            label={t('signalen.threat.knownOn')}
            value={knownOn}
            onChange={setKnownOn}
            error={errors.fields['threat.knownOn']}
          />
        )}
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('signalen.threat.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
