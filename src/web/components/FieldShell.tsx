import type { ReactNode } from 'react';
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';

/** The ids of a field's description and error, for its `aria-describedby`. */
export function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  return (
    [description ? `${id}-description` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/**
 * Label, description and error around one input, the same for every kind of field, so that
 * assistive technology reads them in the same way everywhere.
 */
export function FieldShell(props: {
  id: string;
  type: 'text' | 'select' | 'textarea';
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <FormField type={props.type} invalid={Boolean(props.error)}>
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={props.id}>{props.label}</FormLabel>
      </Paragraph>
      {props.description && (
        <FormFieldDescription id={`${props.id}-description`}>
          {props.description}
        </FormFieldDescription>
      )}
      {props.error && (
        <FormFieldErrorMessage id={`${props.id}-error`}>{props.error}</FormFieldErrorMessage>
      )}
      <Paragraph className="utrecht-form-field__input">{props.children}</Paragraph>
    </FormField>
  );
}
