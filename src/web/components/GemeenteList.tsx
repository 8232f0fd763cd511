import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { FormErrors } from '../hooks/useFormErrors';

export type GemeenteRow = { code: string; name: string };

/** What a page's own gemeente fieldset takes: the rows, how to change them, the form's errors. */
export type GemeenteFieldsProps = {
  gemeenten: GemeenteRow[];
  setGemeenten: (rows: GemeenteRow[]) => void;
  errors: FormErrors;
};

/**
 * The organisation's gemeenten as a list of rows, each with a remove button (while there is more
 * than one) and a button to add an empty row. The page gives each row's own fields.
 */
export function GemeenteList({
  rows,
  setRows,
  description,
  fields,
}: {
  rows: GemeenteRow[];
  setRows: (rows: GemeenteRow[]) => void;
  description?: string;
  /** Row `index`'s fields; `change` replaces that row. */
  fields: (row: GemeenteRow, index: number, change: (row: GemeenteRow) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const change = (index: number) => (row: GemeenteRow) =>
    setRows(rows.map((r, i) => (i === index ? row : r)));
  return (
    <Fieldset>
      <FieldsetLegend>{t('setup.gemeenten')}</FieldsetLegend>
      {description && <Paragraph>{description}</Paragraph>}
      {rows.map((row, i) => (
        <div key={i} className="ww-row">
          {fields(row, i, change(i))}
          {rows.length > 1 && (
            <Button
              appearance="subtle-button"
              type="button"
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              {t('setup.removeGemeente', { n: i + 1 })}
            </Button>
          )}
        </div>
      ))}
      <Button
        appearance="secondary-action-button"
        type="button"
        onClick={() => setRows([...rows, { code: '', name: '' }])}
      >
        {t('setup.addGemeente')}
      </Button>
    </Fieldset>
  );
}
