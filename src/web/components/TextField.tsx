import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { fieldId } from './ErrorSummary';

type Props = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'search' | 'number' | 'date' | 'url';
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel' | 'decimal' | 'search';
  idPrefix?: string;
};

/** A labelled text input with description and error, wired for assistive technology. */
export function TextField(props: Props) {
  const id = `${props.idPrefix ?? ''}${fieldId(props.name)}`;
  const describedBy = [
    props.description ? `${id}-description` : null,
    props.error ? `${id}-error` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FormField type="text" invalid={Boolean(props.error)}>
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
        <Textbox
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          invalid={Boolean(props.error)}
          aria-describedby={describedBy || undefined}
          autoComplete={props.autoComplete}
          required={props.required}
          maxLength={props.maxLength}
          inputMode={props.inputMode}
        />
      </Paragraph>
    </FormField>
  );
}
