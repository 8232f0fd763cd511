import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { useLanguage } from '../hooks/useLanguage';
import { Loading } from './Loading';

/** Loading and error states of a query in one place, so pages only render the data. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (query.isPending) return <Loading />;
  if (query.error || query.data === undefined) {
    const message =
      query.error instanceof ApiError
        ? query.error.problem.messages[lang]
        : t('errors.unreachable');
    return (
      <Alert type="error">
        <Paragraph>{message}</Paragraph>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
