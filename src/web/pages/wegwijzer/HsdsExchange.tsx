import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { FileField } from '../../components/FileField';
import { HsdsImportProgress, HsdsImportReport } from './HsdsImportResult';
import { useHsdsImport, type ImportMode } from './use-hsds-import';

export function HsdsExchange() {
  const { t } = useTranslation();
  const { setFile, mode, setMode, uploaded, job, error, run } = useHsdsImport();
  return (
    <section aria-labelledby="exchange">
      <Heading level={2} id="exchange">
        {t('wegwijzer.exchange.title')}
      </Heading>
      <Paragraph>{t('wegwijzer.exchange.intro')}</Paragraph>
      <Paragraph>
        <Link href="/api/v1/catalogue/export/hsds" download>
          {t('wegwijzer.exchange.download')}
        </Link>
      </Paragraph>
      <Heading level={3}>{t('wegwijzer.exchange.importTitle')}</Heading>
      <form onSubmit={(e) => void run(e)} className="ww-form" noValidate>
        <FileField
          id="hsds-file"
          label={t('wegwijzer.exchange.file')}
          accept="application/json,.json"
          onChange={setFile}
        />
        <ImportModeChoice mode={mode} onChange={setMode} />
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            type="submit"
            disabled={uploaded !== null || job?.status === 'running'}
          >
            {t('wegwijzer.exchange.start')}
          </Button>
        </ButtonGroup>
      </form>
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <HsdsImportProgress uploaded={uploaded} job={job} />
      {job && job.report.length > 0 && <HsdsImportReport report={job.report} />}
    </section>
  );
}

/** All or nothing, or only the valid records: one radio button each. */
function ImportModeChoice({
  mode,
  onChange,
}: {
  mode: ImportMode;
  onChange: (mode: ImportMode) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('wegwijzer.exchange.mode')}</FieldsetLegend>
      {(['all-or-nothing', 'valid-only'] as const).map((m) => (
        <FormField type="radio" key={m}>
          <Paragraph className="utrecht-form-field__label utrecht-form-field__label--radio">
            <FormLabel htmlFor={`mode-${m}`} type="radio">
              <RadioButton
                id={`mode-${m}`}
                name="mode"
                className="utrecht-form-field__input"
                checked={mode === m}
                onChange={() => onChange(m)}
              />
              {t(`wegwijzer.exchange.modes.${m}`)}
            </FormLabel>
          </Paragraph>
        </FormField>
      ))}
    </Fieldset>
  );
}
