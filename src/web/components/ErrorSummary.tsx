import { useEffect, useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { FormErrors } from '../hooks/useFormErrors';

/** Lists what to fix at the top of a form, each item linking to its field. */
export function ErrorSummary({
  errors,
  summaryRef,
  labels,
  idPrefix = '',
}: {
  errors: FormErrors;
  summaryRef: RefObject<HTMLDivElement | null>;
  /** Field name → visible label, so the list names fields the way the form does. */
  labels: Record<string, string>;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  // Unique per summary: a page can show several (one per row of a list being edited).
  const titleId = useId();
  const fields = Object.entries(errors.fields);
  const visible = Boolean(errors.general) || fields.length > 0;
  useEffect(() => {
    if (visible) summaryRef.current?.focus();
  }, [errors.attempt, visible, summaryRef]);
  if (!visible) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} className="ww-error-summary" aria-labelledby={titleId}>
      <Alert type="error">
        <Heading level={2} id={titleId} className="ww-heading-small">
          {errors.general && fields.length === 0
            ? t('form.errorTitleGeneral')
            : t('form.errorTitle')}
        </Heading>
        {errors.general && <Paragraph>{errors.general}</Paragraph>}
        {fields.length > 0 && (
          <UnorderedList>
            {fields.map(([field, message]) => (
              <UnorderedListItem key={field}>
                <Link href={`#${idPrefix}${fieldId(field)}`}>
                  {labels[field] ?? field}: {message}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

/** 'admin.email' → 'field-admin-email': a valid, predictable element id for a field. */
export const fieldId = (field: string) => `field-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;
