/**
 * SQLSTATE classes and codes meaning the server cannot be reached or is going
 * away, rather than that the statement is wrong: connection exceptions (08),
 * operator intervention (57: shutdown, statement timeout) and insufficient
 * resources (53: too many connections).
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57)/;

/** Node and pg errors of a connection that failed or broke. */
const UNAVAILABLE_SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end',
  'Connection is not established',
];

/**
 * Whether `error` (possibly wrapped by TypeORM, whose `QueryFailedError` keeps
 * the pg error as `driverError`) says that the database is unreachable, going
 * away or too slow, rather than that a statement is wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; thrownValue?: unknown };
    if (typeof candidate.code === 'string' && (UNAVAILABLE_SQLSTATE.test(candidate.code) || UNAVAILABLE_SYSTEM_CODES.has(candidate.code))) {
      return true;
    }
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.some((text) => (candidate.message as string).includes(text))) {
      return true;
    }
    // graphql-js wraps a thrown value that is not an Error of its realm (jest's sandbox) as `thrownValue`.
    current = candidate.driverError ?? candidate.cause ?? candidate.thrownValue;
  }
  return false;
}

/** Whether `error` is PostgreSQL refusing a NUL character (0x00) in a text value: a caller mistake. */
export function isNulCharacterRefusal(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: unknown } })?.driverError ?? error;
  return (driverError as { code?: unknown })?.code === '22021';
}

/**
 * Returns what may be logged of an error: its type, message, SQLSTATE or
 * system code and stack; never the SQL text or parameters that TypeORM and pg
 * attach to it.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: String(error) };
  }
  const driverError = (error as { driverError?: { code?: unknown } }).driverError;
  const code = (error as { code?: unknown }).code ?? driverError?.code;
  return { type: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}), stack: error.stack };
}
