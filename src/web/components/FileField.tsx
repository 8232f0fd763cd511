import { FieldShell } from './FieldShell';

/** A labelled file chooser; the chosen file (or null) goes to `onChange`. */
export function FileField(props: {
  id: string;
  label: string;
  accept: string;
  onChange: (file: File | null) => void;
}) {
  return (
    <FieldShell id={props.id} type="text" label={props.label}>
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        onChange={(e) => props.onChange(e.target.files?.[0] ?? null)}
      />
    </FieldShell>
  );
}
