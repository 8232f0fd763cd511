import { TextField } from './TextField';

/**
 * The start and end date of a period, side by side. `names` are the form keys of the two dates;
 * labels, values and errors are looked up by those keys.
 */
export function DateRangeFields<K extends string>({
  names,
  labels,
  values,
  onChange,
  errors,
}: {
  names: readonly [from: K, to: K];
  labels: Record<K, string>;
  values: Record<K, string>;
  onChange: (name: K) => (value: string) => void;
  errors: Partial<Record<string, string>>;
}) {
  return (
    <div className="ww-row">
      {names.map((name) => (
        <TextField
          key={name}
          name={name}
          type="date"
          label={labels[name]}
          value={values[name]}
          onChange={onChange(name)}
          error={errors[name]}
        />
      ))}
    </div>
  );
}
