import { useMutation } from '@tanstack/react-query';
import { useFormErrors } from './useFormErrors';

/**
 * A form's change through TanStack Query's useMutation: `busy` while it runs, and when it fails
 * the API's problem goes to the form's error summary (which takes focus). `save` never throws;
 * `onSaved` runs after success, with the parsed answer. `saveAndSay` is `save` for a caller that
 * must wait (a step that goes on only after saving): it resolves to whether the change worked.
 */
export function useSave<TVariables, TResult>(
  send: (variables: TVariables) => Promise<TResult>,
  onSaved?: (result: TResult, variables: TVariables) => unknown,
) {
  const form = useFormErrors();
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (result, variables) => {
      form.clear();
      await onSaved?.(result, variables);
    },
    onError: form.fromError,
  });
  return {
    ...form,
    save: mutation.mutate,
    saveAndSay: (...args: Parameters<typeof mutation.mutateAsync>) =>
      mutation.mutateAsync(...args).then(
        () => true,
        () => false,
      ),
    busy: mutation.isPending,
    saved: mutation.isSuccess,
    reset: mutation.reset,
  };
}
