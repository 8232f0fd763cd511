import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { fieldId } from './ErrorSummary';

type Props = {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  idPrefix?: string;
};

export function SelectField(props: Props) {
  const id = `${props.idPrefix ?? ''}${fieldId(props.name)}`;
  const describedBy = [
    props.description ? `${id}-description` : null,
    props.error ? `${id}-error` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FormField type="select" invalid={Boolean(props.error)}>
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{props.label}</FormLabel>
      </Paragraph>
      {props.description && (
        <FormFieldDescription id={`${id}-description`}>{props.description}</FormFieldDescription>
      )}
      {props.error && (
        <FormFieldErrorMessage id={`${id}-error`}>{props.error}</FormFieldErrorMessage>
      )}
      <Paragraph className="utrecht-form-field__input">
        <Select
          id={id}
          name={props.name}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          invalid={Boolean(props.error)}
          aria-describedby={describedBy || undefined}
        >
          {props.options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </Paragraph>
    </FormField>
  );
}
