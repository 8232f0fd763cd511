import { Select, SelectOption } from '@utrecht/component-library-react';
import { fieldId } from './ErrorSummary';
import { describedBy, FieldShell } from './FieldShell';

type Props = {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string | undefined;
  idPrefix?: string;
};

export function SelectField(props: Props) {
  const id = `${props.idPrefix ?? ''}${fieldId(props.name)}`;
  return (
    <FieldShell
      id={id}
      type="select"
      label={props.label}
      description={props.description}
      error={props.error}
    >
      <Select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        invalid={Boolean(props.error)}
        aria-describedby={describedBy(id, props.description, props.error)}
      >
        {props.options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </FieldShell>
  );
}
