import type { z } from 'zod';
import {
  problemSchema,
  type Bilingual,
  type FieldError,
  type Problem,
} from '../../contract/problem';
import { catalogue } from '../../contract/messages/catalogue';
import { message } from '../../domain/message';

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

/** A problem the client itself words (no answer, or none it can read), from the catalogue. */
const clientProblem = (key: 'network' | 'unreadableAnswer' | 'unknown'): Bilingual =>
  catalogue().bilingual(message(`apiClient.${key}`));

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
    const networkProblem = clientProblem('network');
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
  const sent = problemSchema.safeParse(await response.json().catch(() => null));
  const problem: Problem = sent.success
    ? sent.data
    : {
        type: 'about:blank',
        title: response.statusText,
        status: response.status,
        detail: response.statusText,
        code: 'unknown',
        messages: clientProblem('unknown'),
      };
  throw new ApiError(response.status, problem);
}

/**
 * The answer read with the contract's schema (src/contract), so a page never works on a shape it
 * was not written for: a different answer becomes an ApiError the page shows like any other.
 */
function parsed<S extends z.ZodType>(schema: S, data: unknown, path: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  // Paths and field names only: zod leaves the values out of its issues.
  console.error(`Unreadable answer from ${path.split('?')[0]}`, result.error.issues);
  const unreadableAnswer = clientProblem('unreadableAnswer');
  throw new ApiError(0, {
    type: 'about:blank',
    title: 'Unreadable answer',
    status: 0,
    detail: unreadableAnswer.en,
    code: 'unreadable_answer',
    messages: unreadableAnswer,
  });
}

/** GET a JSON answer and parse it with its contract schema. */
export const getJson = async <S extends z.ZodType>(path: string, schema: S) =>
  parsed(schema, await api<unknown>('GET', path), path);

/** Send a change and parse the JSON answer with its contract schema. */
export const sendJson = async <S extends z.ZodType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: S,
) => parsed(schema, await api<unknown>(method, path, body), path);

// Unparsed variants, typed by the caller: for downloads and the pages not converted yet.
export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown = {}) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown = {}) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);
