import { useSearchParams } from 'react-router';

// The search lives in the page address (Dutch parameter names), so a search can be shared and the
// back button works. These helpers change it; any change of the search starts again at page 1.

export function useSearchAddress() {
  const [params, setParams] = useSearchParams();
  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    next.delete('pagina');
    setParams(next);
  };
  /** The values chosen for a facet, kept in the address as a comma-separated list. */
  const selected = (param: string) => (params.get(param) ?? '').split(',').filter(Boolean);
  const toggle = (param: string, value: string) =>
    update((next) => {
      const current = new Set(selected(param));
      if (current.has(value)) current.delete(value);
      else current.add(value);
      if (current.size) next.set(param, [...current].join(','));
      else next.delete(param);
    });
  /** Whether any filter is on; the words, page and sort order are not filters. */
  const filtered = [...params.keys()].some((k) => k !== 'q' && k !== 'pagina' && k !== 'sorteer');
  /** Drops every filter and keeps the words. */
  const clearFilters = () =>
    setParams(
      params.get('q') ? new URLSearchParams({ q: params.get('q')! }) : new URLSearchParams(),
    );
  const goToPage = (page: number) => setParams((p) => (p.set('pagina', String(page)), p));
  return { params, update, selected, toggle, filtered, clearFilters, goToPage };
}

export type SearchAddress = ReturnType<typeof useSearchAddress>;
