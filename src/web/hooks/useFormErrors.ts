import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { useLanguage } from './useLanguage';

export type FormErrors = {
  /** Counts failed submits, so the summary takes focus again after each one. */
  attempt: number;
  /** Message for the whole form, e.g. 'wrong password'. */
  general: string | null;
  /** Field name (as the API names it) → message. */
  fields: Record<string, string>;
};

/**
 * Keeps the errors of one form: from the API's problem details or from checks in the page.
 * After a failed submit the error summary takes focus (see ErrorSummary), so screen-reader
 * and keyboard users land on the list of what to fix.
 */
export function useFormErrors() {
  const lang = useLanguage();
  const [errors, setErrors] = useState<FormErrors>({ attempt: 0, general: null, fields: {} });
  const summaryRef = useRef<HTMLDivElement>(null);

  const fromError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        const fields: Record<string, string> = {};
        for (const e of error.fieldErrors) fields[e.field] ??= e.messages[lang];
        setErrors((e) => ({
          attempt: e.attempt + 1,
          general: Object.keys(fields).length ? null : error.problem.messages[lang],
          fields,
        }));
      } else {
        setErrors((e) => ({ attempt: e.attempt + 1, general: String(error), fields: {} }));
      }
    },
    [lang],
  );

  const setFieldErrors = useCallback((fields: Record<string, string>) => {
    setErrors((e) => ({ attempt: e.attempt + 1, general: null, fields }));
  }, []);

  const clear = useCallback(() => setErrors((e) => ({ ...e, general: null, fields: {} })), []);

  return { errors, fromError, setFieldErrors, clear, summaryRef };
}
