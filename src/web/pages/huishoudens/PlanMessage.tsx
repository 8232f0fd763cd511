import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client';
import type { Language } from '../../i18n/i18n';

export type PlanNote = { ok: boolean; text: string };

/**
 * The answer to 'add to the plan' from another page section. The button that was pressed may be
 * replaced ('staat in het plan'), so focus moves to the message once it is shown.
 */
export function usePlanMessage() {
  const [message, setMessage] = useState<PlanNote | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const show = (note: PlanNote | null) => {
    setMessage(note);
    if (note) setTimeout(() => ref.current?.focus(), 0);
  };
  return { message, show, ref };
}

/** What went wrong, in the reader's language when the API explained it. */
export const failureNote = (error: unknown, lang: Language): PlanNote => ({
  ok: false,
  text: error instanceof ApiError ? error.problem.messages[lang] : String(error),
});

/** The live region with the last answer, and after success a link to the plan. */
export function PlanMessage({
  householdId,
  note,
}: {
  householdId: string;
  note: ReturnType<typeof usePlanMessage>;
}) {
  const { t } = useTranslation();
  const { message } = note;
  return (
    <div ref={note.ref} tabIndex={-1} aria-live="polite" className="ww-hh-message">
      {message && (
        <Alert type={message.ok ? 'ok' : 'warning'}>
          <Paragraph>
            {message.text}{' '}
            {message.ok && (
              <RouterLink to={`/huishoudens/${householdId}/plan`}>
                {t('huishoudens.matches.toPlan')}
              </RouterLink>
            )}
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}
