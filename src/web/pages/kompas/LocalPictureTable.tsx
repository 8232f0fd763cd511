import { useTranslation } from 'react-i18next';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { KompasBlocks } from '../../../domain/kompas';

/** Block 1's own figures: households per wijk and form of poverty, hidden cells worded. */
export function LocalPictureTable({
  figures,
}: {
  figures: KompasBlocks['localPicture']['figures'];
}) {
  const { t } = useTranslation();
  const k = (key: string) => t(`rapportage.kompas.${key}`);
  if (!figures) return <Paragraph>{k('figuresNone')}</Paragraph>;
  const shown = (c: { value: number | null }) => (c.value === null ? k('hidden') : String(c.value));
  return (
    <Table className="ww-chart__table">
      <TableCaption>{k('figures')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{k('wijk')}</TableHeaderCell>
          {figures.povertyTypes.map((p) => (
            <TableHeaderCell scope="col" key={p}>
              {k(`povertyTypes.${p}`)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell scope="col">{k('total')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {figures.rows.map((r) => (
          <TableRow key={r.wijk ?? ''}>
            <TableHeaderCell scope="row">{r.wijk ?? k('wijkUnknown')}</TableHeaderCell>
            {r.cells.map((c, i) => (
              <TableCell key={figures.povertyTypes[i]}>{shown(c)}</TableCell>
            ))}
            <TableCell>{shown(r.total)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
