import { useEffect } from 'react';

/** Sets the browser tab title; every page has its own (WCAG 2.4.2). */
export function PageTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = `${title} · Wegwijs`;
  }, [title]);
  return null;
}
