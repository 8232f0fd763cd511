import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { fieldId } from './ErrorSummary';

type Props = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string | undefined;
  rows?: number;
  maxLength?: number;
  idPrefix?: string;
};

export function TextAreaField(props: Props) {
  const id = `${props.idPrefix ?? ''}${fieldId(props.name)}`;
  const describedBy = [
    props.description ? `${id}-description` : null,
    props.error ? `${id}-error` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FormField type="textarea" invalid={Boolean(props.error)}>
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
        <Textarea
          id={id}
          name={props.name}
          value={props.value}
          rows={props.rows ?? 4}
          maxLength={props.maxLength}
          onChange={(e) => props.onChange(e.target.value)}
          invalid={Boolean(props.error)}
          aria-describedby={describedBy || undefined}
        />
      </Paragraph>
    </FormField>
  );
}
