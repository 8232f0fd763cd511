import type { Bilingual, FieldError, Problem } from '../../contract/problem';

/** An error answer from the API, with the problem details the server sent. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
  message_(lang: 'nl' | 'en'): string {
    return this.problem.messages[lang];
  }
}

const networkProblem: Bilingual = {
  nl: 'Wegwijs is nu niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  en: 'Wegwijs cannot be reached right now. Check your connection and try again.',
};

let csrfToken = '';
/** The server hands out the token with the session info; every change sends it back. */
export function setCsrfToken(token: string) {
  csrfToken = token;
}
/** For requests made without `api()`, such as an upload with progress. */
export const csrfHeader = () => ({ 'x-csrf-token': csrfToken });

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, {
      type: 'about:blank',
      title: 'Network',
      status: 0,
      detail: networkProblem.en,
      code: 'network',
      messages: networkProblem,
    });
  }
  if (response.ok) {
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.blob()) as T;
  }
  let problem: Problem;
  try {
    problem = (await response.json()) as Problem;
  } catch {
    problem = {
      type: 'about:blank',
      title: response.statusText,
      status: response.status,
      detail: response.statusText,
      code: 'unknown',
      messages: {
        nl: 'Er ging iets mis. Probeer het opnieuw.',
        en: 'Something went wrong. Please try again.',
      },
    };
  }
  throw new ApiError(response.status, problem);
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown = {}) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown = {}) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);
