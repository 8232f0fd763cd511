import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../wegwijzer/format';
import { displayName, euros, fetchQueue, signalKeys, type SignalQueue } from './signals-api';

/** Open signal cases, highest priority first, 50 to a page. */
export function SignalQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const queue = useQuery({
    queryKey: signalKeys.queue(page),
    queryFn: () => fetchQueue(page),
  });
  const goTo = (p: number) => setParams(p > 1 ? { pagina: String(p) } : {});
  return (
    <>
      <PageTitle title={t('signalen.queue.title')} />
      <Heading level={1}>{t('signalen.queue.title')}</Heading>
      <Paragraph lead>{t('signalen.queue.intro')}</Paragraph>
      <ButtonGroup>
        <RouterLink
          to="/signalen/inlezen"
          className="utrecht-button utrecht-button--primary-action ww-button-link"
        >
          {t('signalen.queue.import')}
        </RouterLink>
        <RouterLink
          to="/signalen/monitor"
          className="utrecht-button utrecht-button--secondary-action ww-button-link"
        >
          {t('signalen.queue.monitor')}
        </RouterLink>
      </ButtonGroup>
      <QueryState query={queue}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.perPage));
          if (data.total === 0) return <Paragraph>{t('signalen.queue.empty')}</Paragraph>;
          return (
            <>
              <Paragraph>{t('signalen.queue.count', { total: data.total, page, pages })}</Paragraph>
              <QueueTable items={data.items} />
              {pages > 1 && (
                <nav aria-label={t('signalen.queue.count', { total: data.total, page, pages })}>
                  <ButtonGroup>
                    {page > 1 && (
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--secondary-action"
                        onClick={() => goTo(page - 1)}
                      >
                        {t('signalen.queue.previous')}
                      </button>
                    )}
                    {page < pages && (
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--secondary-action"
                        onClick={() => goTo(page + 1)}
                      >
                        {t('signalen.queue.next')}
                      </button>
                    )}
                  </ButtonGroup>
                </nav>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function QueueTable({ items }: { items: SignalQueue['items'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('signalen.queue.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('signalen.queue.address')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('signalen.queue.creditors')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('signalen.queue.total')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('signalen.queue.priority')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('signalen.queue.firstSignal')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('signalen.queue.contactBy')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('signalen.queue.threat')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell>
              <RouterLink to={`/signalen/${item.id}`}>{displayName(item)}</RouterLink>
            </TableCell>
            <TableCell>
              {item.postcode} {item.houseNumber}
              {item.houseNumberAddition}
            </TableCell>
            <TableCell>
              {item.creditorTypes.map((c) => t(`signalen.creditorTypes.${c}`)).join(', ')}
            </TableCell>
            <TableCell>{euros(item.totalCents, i18n.language)}</TableCell>
            <TableCell>{item.priority}</TableCell>
            <TableCell>{formatDate(item.firstSignalOn, i18n.language)}</TableCell>
            <TableCell>
              {formatDate(item.firstContactBy, i18n.language)}
              {item.overdue && <strong> ({t('signalen.queue.overdue')})</strong>}
            </TableCell>
            <TableCell>
              {item.threatKind && item.urgentConversationBy && (
                <strong>
                  {t('signalen.queue.urgentBy', {
                    kind: t(`signalen.threat.kinds.${item.threatKind}`),
                    date: formatDate(item.urgentConversationBy, i18n.language),
                  })}
                </strong>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
