import { useEffect, useState } from 'react';
import { useBlocker } from 'react-router';

/**
 * While `dirty`, leaving the page asks first: a link or the back button inside Wegwijs asks with
 * the browser's own dialog (keyboard and screen-reader friendly), and so does closing or reloading
 * the tab. Unsaved work is never lost without a question.
 */
export function useLeaveGuard(dirty: boolean, question: string) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(question)) blocker.proceed();
    else blocker.reset();
  }, [blocker, question]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

/**
 * Whether a form's value differs from what was last saved (or loaded), and a way to say it was
 * just saved. With `useLeaveGuard`, leaving the page then asks first.
 */
export function useUnsavedChanges(value: unknown) {
  const current = JSON.stringify(value);
  const [baseline, setBaseline] = useState(current);
  return { dirty: current !== baseline, markSaved: () => setBaseline(current) };
}
