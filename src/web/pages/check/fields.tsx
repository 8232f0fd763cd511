import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { CheckboxField as SharedCheckboxField } from '../../components/CheckboxField';
import { fieldId } from '../../components/ErrorSummary';

// Form fields the shared components do not have yet: a radio group and a single
// checkbox, wired like the shared ones (label, description, error, aria-describedby).

/** Radio buttons in a fieldset; the legend is the question. */
export function RadioGroup<T extends string>({
  name,
  legend,
  description,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  description?: string | undefined;
  options: { value: T; label: string }[];
  value: string;
  onChange: (value: T) => void;
  error?: string | undefined;
}) {
  const base = fieldId(name);
  const describedBy = [description ? `${base}-description` : null, error ? `${base}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Fieldset
      id={base}
      invalid={Boolean(error)}
      aria-describedby={describedBy || undefined}
      role="radiogroup"
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && (
        <FormFieldDescription id={`${base}-description`}>{description}</FormFieldDescription>
      )}
      {error && <FormFieldErrorMessage id={`${base}-error`}>{error}</FormFieldErrorMessage>}
      {options.map((o) => {
        const id = `${base}-${fieldId(o.value)}`;
        return (
          <FormField type="radio" key={o.value}>
            <Paragraph className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={id} type="radio">
                <RadioButton
                  id={id}
                  name={name}
                  value={o.value}
                  className="utrecht-form-field__input"
                  checked={value === o.value}
                  invalid={Boolean(error)}
                  onChange={() => onChange(o.value)}
                />
                {o.label}
              </FormLabel>
            </Paragraph>
          </FormField>
        );
      })}
    </Fieldset>
  );
}

/** One checkbox with its label, for a yes/no setting; its id comes from its name. */
export function CheckboxField({
  name,
  label,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <SharedCheckboxField
      id={fieldId(name)}
      name={name}
      label={label}
      checked={checked}
      onChange={onChange}
    />
  );
}
