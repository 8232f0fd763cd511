// A PostgreSQL error code (SQLSTATE) is five digits or capitals, e.g. 23505.
const SQLSTATE = /^[0-9A-Z]{5}$/;
const MAX_QUERY_CHARS = 500;

type ErrorLike = Error & Record<string, unknown>;
type LoggedError = { type: string; message: string; stack: string; [key: string]: unknown };

function chainOf(error: ErrorLike): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < 5; e = e.cause)
    chain.push(e as ErrorLike);
  return chain;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Only the call frames of a stack: its first line repeats the message. */
const framesOf = (stack: unknown) =>
  text(stack)
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');

/**
 * The log serializer for errors. A database error carries the query's parameters (plan goals in
 * a household's own words, names, e-mail addresses) in its message, its `params` and its detail,
 * so it is logged by what identifies it: SQLSTATE, constraint, table, column, the SQL text (whose
 * values are always parameters) and the call frames. Other errors are logged as usual.
 */
export function safeErrorSerializer(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: '', stack: '' };
  const e = error as ErrorLike;
  const chain = chainOf(e);
  const database = chain.find((e) => typeof e.code === 'string' && SQLSTATE.test(e.code));
  const withQuery = chain.find((e) => 'params' in e || typeof e.query === 'string');
  if (!database && !withQuery)
    return {
      type: error.name,
      message: error.message,
      code: text(e.code),
      stack: error.stack ?? '',
    };
  return {
    type: error.name,
    message: `database error ${text(database?.code) ?? ''}`.trim(),
    database: true,
    sqlstate: text(database?.code),
    constraint: text(database?.constraint),
    table: text(database?.table),
    column: text(database?.column),
    routine: text(database?.routine),
    query: text(withQuery?.query)?.slice(0, MAX_QUERY_CHARS),
    stack: framesOf(error.stack) ?? '',
  };
}

export const logSerializers = { err: safeErrorSerializer };
