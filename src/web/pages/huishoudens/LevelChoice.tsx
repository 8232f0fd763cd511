import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  RadioButton,
} from '@utrecht/component-library-react';
import type { Score } from '../../../domain/assessment';
import { fieldId } from '../../components/ErrorSummary';

/**
 * The five levels of an aspect as large radio choices: easy to tap on a tablet, and one group for
 * the keyboard (Tab to enter, arrow keys to choose). The scale word comes first, then the level's
 * description.
 */
export function LevelChoice({
  name,
  legend,
  description,
  levels,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  description?: string;
  levels: { score: Score; label: string; description: string }[];
  value: Score | undefined;
  onChange: (score: Score) => void;
}) {
  const base = fieldId(name);
  return (
    <Fieldset
      id={base}
      role="radiogroup"
      className="ww-scan-levels"
      aria-describedby={description ? `${base}-description` : undefined}
    >
      <FieldsetLegend className="ww-scan-question">{legend}</FieldsetLegend>
      {description && (
        <FormFieldDescription id={`${base}-description`}>{description}</FormFieldDescription>
      )}
      {levels.map((l) => {
        const id = `${base}-${l.score}`;
        return (
          <label
            key={l.score}
            htmlFor={id}
            className={`ww-scan-level${value === l.score ? ' ww-scan-level--checked' : ''}`}
          >
            <RadioButton
              id={id}
              name={name}
              value={String(l.score)}
              checked={value === l.score}
              onChange={() => onChange(l.score)}
              className="ww-scan-level__input"
            />
            <span className="ww-scan-level__text">
              <strong>{l.label}</strong>
              <span>{l.description}</span>
            </span>
          </label>
        );
      })}
    </Fieldset>
  );
}
