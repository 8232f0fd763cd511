import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { CheckboxField, RadioGroup } from './fields';
import { isValueField, type FieldSpec, type SchemesForm } from './scheme-form';

// The inputs of Beheer › Regelingen: one per figure of a scheme, chosen by the figure's kind, with
// a 'checked in the regulation' box under each filled-in figure nobody typed or checked yet.

export type SchemeFieldProps = {
  f: FieldSpec;
  form: SchemesForm;
  /** Field name (`config.<path>`) → message. */
  errors: Record<string, string>;
  set: (path: string, value: string | boolean) => void;
  confirm: (path: string, on: boolean) => void;
};

/** One figure: its input, and the confirm box when it applies. */
export function SchemeField(props: SchemeFieldProps) {
  return (
    <div>
      <SchemeInput {...props} />
      <ConfirmBox {...props} />
    </div>
  );
}

/** A figure is filled in when it has text, or (for the asset limit) a choice. */
const filled = (form: SchemesForm, path: string) =>
  String(form.values[path] ?? '') !== '' || String(form.values[`${path}:mode`] ?? '') !== '';

/** 'Checked in the regulation' for a filled-in figure that nobody typed or checked yet. */
function ConfirmBox({ f, form, confirm }: SchemeFieldProps) {
  const { t } = useTranslation();
  if (!isValueField(f.path) || !filled(form, f.path) || form.checked.includes(f.path)) return null;
  return (
    <CheckboxField
      name={`config.${f.path}:confirmed`}
      label={t('check.beheer.confirmValue', { field: t(f.label) })}
      checked={form.confirmed.includes(f.path)}
      onChange={(v) => confirm(f.path, v)}
    />
  );
}

function SchemeInput(props: SchemeFieldProps) {
  const { f, form, errors, set } = props;
  const { t } = useTranslation();
  const name = `config.${f.path}`;
  const value = form.values[f.path];
  const error = errors[name];
  const description = f.described ? t(`${f.label}Description`) : undefined;
  const label = t(f.label);
  const onChange = (v: string | boolean) => set(f.path, v);
  switch (f.kind) {
    case 'bool':
      return (
        <CheckboxField name={name} label={label} checked={value === true} onChange={onChange} />
      );
    case 'assetLimit':
      return <AssetLimitInput {...props} />;
    case 'basis':
      return (
        <SelectField
          name={name}
          label={label}
          description={description ?? ''}
          value={String(value ?? '')}
          options={[
            { value: 'incl-vakantiegeld', label: t('check.beheer.fields.basisIncl') },
            { value: 'excl-vakantiegeld', label: t('check.beheer.fields.basisExcl') },
          ]}
          onChange={onChange}
          error={error}
        />
      );
    case 'longtext':
      return (
        <TextAreaField
          rows={3}
          name={name}
          label={label}
          description={description}
          value={String(value ?? '')}
          onChange={onChange}
          error={error}
        />
      );
    default:
      return (
        <TextField
          name={name}
          label={label}
          {...(description ? { description } : {})}
          type={f.kind === 'url' ? 'url' : 'text'}
          inputMode={
            f.kind === 'percent' || f.kind === 'euro'
              ? 'decimal'
              : f.kind === 'int'
                ? 'numeric'
                : 'text'
          }
          value={String(value ?? '')}
          onChange={onChange}
          error={error}
        />
      );
  }
}

/** The asset limit: the bijstand's limit, or an amount of the gemeente's own. */
function AssetLimitInput({ f, form, errors, set }: SchemeFieldProps) {
  const { t } = useTranslation();
  const name = `config.${f.path}`;
  const error = errors[name];
  const mode = form.values[`${f.path}:mode`] === 'bijstand' ? 'bijstand' : 'bedrag';
  return (
    <div>
      <RadioGroup
        name={`${name}:mode`}
        legend={t(f.label)}
        options={[
          { value: 'bijstand', label: t('check.beheer.fields.assetBijstand') },
          { value: 'bedrag', label: t('check.beheer.fields.assetAmount') },
        ]}
        value={mode}
        onChange={(v) => set(`${f.path}:mode`, v)}
        error={mode === 'bijstand' ? error : undefined}
      />
      {mode === 'bedrag' && (
        <TextField
          name={name}
          label={t('check.beheer.fields.assetAmountLabel')}
          inputMode="decimal"
          value={String(form.values[f.path] ?? '')}
          onChange={(v) => set(f.path, v)}
          error={error}
        />
      )}
    </div>
  );
}
