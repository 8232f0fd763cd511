import { Checkbox, FormLabel } from '@utrecht/component-library-react';

/**
 * The confirmation a writer gives after the server held a text back because it names one of
 * their households (case dialogue, anonymous advice): ticked, the text is sent again.
 */
export function AcknowledgeWarning({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <p>
      <FormLabel htmlFor={id} type="checkbox">
        <Checkbox id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
      </FormLabel>
    </p>
  );
}
