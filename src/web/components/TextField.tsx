import { Textbox } from '@utrecht/component-library-react';
import { fieldId } from './ErrorSummary';
import { describedBy, FieldShell } from './FieldShell';

type Props = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string | undefined;
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
  return (
    <FieldShell
      id={id}
      type="text"
      label={props.label}
      description={props.description}
      error={props.error}
    >
      <Textbox
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        invalid={Boolean(props.error)}
        aria-describedby={describedBy(id, props.description, props.error)}
        autoComplete={props.autoComplete}
        required={props.required}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
      />
    </FieldShell>
  );
}
