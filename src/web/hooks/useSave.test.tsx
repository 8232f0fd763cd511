// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { useSave } from './useSave';

vi.mock('./useLanguage', () => ({ useLanguage: () => 'nl' }));

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const invalidName = new ApiError(422, {
  type: 'about:blank',
  title: 'Invalid',
  status: 422,
  detail: 'Invalid data',
  code: 'validation_failed',
  messages: { nl: 'Controleer de gegevens.', en: 'Check the data.' },
  errors: [{ field: 'name', code: 'too_short', messages: { nl: 'Te kort.', en: 'Too short.' } }],
});

describe('useSave', () => {
  it('puts the field errors of a refused change into the form, in the user’s language', async () => {
    const send = vi.fn(async (_name: string) => {
      throw invalidName;
    });
    const { result } = renderHook(() => useSave(send), { wrapper });
    act(() => result.current.save('x'));
    await waitFor(() => expect(result.current.errors.fields).toEqual({ name: 'Te kort.' }));
    expect(result.current.errors.attempt).toBe(1);
    expect(result.current.busy).toBe(false);
    expect(result.current.saved).toBe(false);
  });

  it('after a refused change, a successful one clears the errors and hands over the answer', async () => {
    let refuse = true;
    const send = vi.fn(async (name: string) => {
      if (refuse) throw invalidName;
      return { id: 't1', name };
    });
    const onSaved = vi.fn();
    const { result } = renderHook(() => useSave(send, onSaved), { wrapper });
    act(() => result.current.save('x'));
    await waitFor(() => expect(result.current.errors.fields.name).toBe('Te kort.'));
    refuse = false;
    act(() => result.current.save('Noord'));
    await waitFor(() => expect(result.current.saved).toBe(true));
    expect(result.current.errors.fields).toEqual({});
    expect(onSaved).toHaveBeenCalledWith({ id: 't1', name: 'Noord' }, 'Noord');
  });

  it('saveAndSay tells a waiting step whether the change worked, and still shows the refusal', async () => {
    let refuse = true;
    const send = vi.fn(async (name: string) => {
      if (refuse) throw invalidName;
      return { id: 't1', name };
    });
    const { result } = renderHook(() => useSave(send), { wrapper });
    let worked: boolean | undefined;
    await act(async () => {
      worked = await result.current.saveAndSay('x');
    });
    expect(worked).toBe(false);
    expect(result.current.errors.fields).toEqual({ name: 'Te kort.' });
    refuse = false;
    await act(async () => {
      worked = await result.current.saveAndSay('Noord');
    });
    expect(worked).toBe(true);
  });
});
