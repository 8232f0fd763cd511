import { useTranslation } from 'react-i18next';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { AspectResult } from '../../../domain/assessment';
import { useLanguage } from '../../hooks/useLanguage';
import { textIn } from './instrument-text';

/** The answers per aspect: both ratings, the strength note and 'hier wil ik aan werken'. */
export function AspectTable({ caption, aspects }: { caption: string; aspects: AspectResult[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const v = (s: number | null) => (s === null ? '—' : String(s));
  return (
    <Table className="ww-hh-answers">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('huishoudens.profile.aspect')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.profile.householdScore')}</TableHeaderCell>
          <TableHeaderCell scope="col">
            {t('huishoudens.profile.professionalScore')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.profile.strength')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.profile.wants')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {aspects.map((a) => (
          <TableRow key={a.aspectId}>
            <TableHeaderCell scope="row">{textIn(lang, a, 'title')}</TableHeaderCell>
            <TableCell>{v(a.householdScore)}</TableCell>
            <TableCell>{v(a.professionalScore)}</TableCell>
            <TableCell>{a.strength ?? '—'}</TableCell>
            <TableCell>{a.wantsToWorkOn ? t('huishoudens.yes') : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
