import { Fieldset, FieldsetLegend, RadioButton } from '@utrecht/component-library-react';
import { fieldId } from '../../components/ErrorSummary';

/**
 * One statement with the points of the scale as a radio group: Tab enters the group, the arrow
 * keys choose. The error summary links to the group by its field id.
 */
export function ScaleChoice({
  name,
  legend,
  scale,
  value,
  error,
  onChange,
}: {
  name: string;
  legend: string;
  scale: { value: number; label: string }[];
  value: number | undefined;
  error?: string;
  onChange: (value: number) => void;
}) {
  const base = fieldId(name);
  return (
    <Fieldset
      id={base}
      tabIndex={-1}
      className={`ww-quickscan-statement${error ? ' ww-quickscan-statement--invalid' : ''}`}
      aria-describedby={error ? `${base}-error` : undefined}
    >
      <FieldsetLegend className="ww-quickscan-legend">{legend}</FieldsetLegend>
      {error && (
        <p id={`${base}-error`} className="utrecht-form-field-error-message">
          {error}
        </p>
      )}
      <div className="ww-quickscan-scale">
        {scale.map((point) => {
          const id = `${base}-${point.value}`;
          return (
            <label key={point.value} htmlFor={id} className="ww-quickscan-point">
              <RadioButton
                id={id}
                name={name}
                value={String(point.value)}
                checked={value === point.value}
                onChange={() => onChange(point.value)}
              />
              <span>{point.label}</span>
            </label>
          );
        })}
      </div>
    </Fieldset>
  );
}
