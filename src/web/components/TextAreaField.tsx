import { Textarea } from '@utrecht/component-library-react';
import { fieldId } from './ErrorSummary';
import { describedBy, FieldShell } from './FieldShell';

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
  return (
    <FieldShell
      id={id}
      type="textarea"
      label={props.label}
      description={props.description}
      error={props.error}
    >
      <Textarea
        id={id}
        name={props.name}
        value={props.value}
        rows={props.rows ?? 4}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
        invalid={Boolean(props.error)}
        aria-describedby={describedBy(id, props.description, props.error)}
      />
    </FieldShell>
  );
}
