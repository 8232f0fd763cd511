import { Fieldset, FieldsetLegend, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { CheckboxField } from './CheckboxField';
import { fieldId } from './ErrorSummary';

/** A group of checkboxes with a legend; the value is the list of checked option values. */
export function CheckboxGroup({
  name,
  legend,
  options,
  value,
  onChange,
  error,
  idPrefix = '',
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  idPrefix?: string;
}) {
  const base = `${idPrefix}${fieldId(name)}`;
  return (
    <Fieldset
      id={base}
      invalid={Boolean(error)}
      aria-describedby={error ? `${base}-error` : undefined}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${base}-error`}>{error}</FormFieldErrorMessage>}
      {options.map((o) => {
        const id = `${base}-${fieldId(o.value)}`;
        return (
          <CheckboxField
            key={o.value}
            id={id}
            label={o.label}
            checked={value.includes(o.value)}
            onChange={(checked) =>
              onChange(checked ? [...value, o.value] : value.filter((v) => v !== o.value))
            }
          />
        );
      })}
    </Fieldset>
  );
}
