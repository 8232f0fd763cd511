import type { ReactNode } from 'react';
import { Checkbox, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react';

/** One checkbox with its label beside it; the label may hold more than text (a count, say). */
export function CheckboxField({
  id,
  name,
  label,
  checked,
  onChange,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <FormField type="checkbox">
      <Paragraph className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={id} type="checkbox">
          <Checkbox
            id={id}
            name={name}
            className="utrecht-form-field__input"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
          />
          {label}
        </FormLabel>
      </Paragraph>
    </FormField>
  );
}
