import { AsyncLocalStorage } from 'node:async_hooks';

import { type Logger as PinoLogger, pino, stdSerializers, symbols } from 'pino';
import pinoPretty from 'pino-pretty';

/**
 * Writes one JSON line per event through pino: `message` plus `fields`. Fields
 * named `err` or `error` that hold an Error are written with their type,
 * message and stack. Fields never hold secrets, SQL parameters or personal data.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** Returns a logger whose lines also carry `bindings` (for example the request id). */
  child(bindings: Record<string, unknown>): Logger;
  /** The pino logger underneath, for pino-http. */
  readonly pino: PinoLogger;
}

/** Levels `LOG_LEVEL` accepts. */
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Paths removed from every line wherever a caller puts them: credentials,
 * keys, connection strings and variables of GraphQL operations.
 */
const REDACTED_PATHS = [
  'password',
  '*.password',
  'databaseUrl',
  '*.databaseUrl',
  'variables',
  '*.variables',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers["x-api-key"]',
  '*.headers.cookie',
];

let root: PinoLogger | undefined;

/** The request whose work is running, so that every line written meanwhile carries its id. */
const currentRequest = new AsyncLocalStorage<{ readonly requestId: string }>();

/**
 * Runs `work` as part of request `requestId`: lines that any logger writes
 * during it (the database's, Apollo's, the error formatter's) carry the id.
 */
export function runForRequest<T>(requestId: string, work: () => T): T {
  return currentRequest.run({ requestId }, work);
}

/** Returns the id of the request whose work is running, if any. */
export function currentRequestId(): string | undefined {
  return currentRequest.getStore()?.requestId;
}

/**
 * Returns the process's pino logger: JSON lines on stdout, or readable lines
 * when stdout is a terminal or LOG_FORMAT=pretty (LOG_FORMAT=json forces
 * JSON); level from LOG_LEVEL (default `info`).
 */
function rootLogger(): PinoLogger {
  if (root) {
    return root;
  }
  const requested = process.env.LOG_LEVEL?.toLowerCase();
  const level = requested && LEVELS.includes(requested) ? requested : 'info';
  const format = process.env.LOG_FORMAT?.toLowerCase();
  const pretty = format === 'pretty' || (format !== 'json' && process.stdout.isTTY === true);
  const options = {
    level,
    base: { pid: process.pid },
    messageKey: 'message',
    errorKey: 'err',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { err: stdSerializers.err, error: stdSerializers.err },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin(_object: object, _level: number, logger: PinoLogger) {
      const request = currentRequest.getStore();
      // A logger bound to the request already writes its id.
      const bound = (logger as unknown as Record<symbol, string>)[symbols.chindingsSym]?.includes('"requestId"');
      return request && !bound ? { requestId: request.requestId } : {};
    },
  };
  // Synchronous writes: a line written just before the process exits is not lost.
  root = pretty
    ? pino(options, pinoPretty({ sync: true, messageKey: 'message', ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' }))
    : pino(options, pino.destination({ dest: 1, sync: true }));
  return root;
}

/** Returns `logger` behind the `Logger` interface. */
function wrap(logger: PinoLogger): Logger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (fields) {
        logger[level](fields, message);
      } else {
        logger[level](message);
      }
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (bindings) => wrap(logger.child(bindings)),
    pino: logger,
  };
}

/** Returns a logger whose lines carry `component` (for example `training`). */
export function createLogger(component: string): Logger {
  return wrap(rootLogger().child({ component }));
}

/**
 * Returns the logger interface that Apollo Server and Apollo Gateway take,
 * writing through `logger`: their progress messages at debug level, warnings
 * and errors kept, errors written with their message and stack rather than as
 * "[object Object]".
 */
export function apolloLoggerFor(logger: Logger) {
  const write = (level: 'debug' | 'warn' | 'error') => (message: unknown) => {
    if (message instanceof Error) {
      logger[level](message.message, { err: message });
    } else if (typeof message === 'string') {
      logger[level](message);
    } else {
      logger[level]('apollo', { detail: message });
    }
  };
  return { debug: write('debug'), info: write('debug'), warn: write('warn'), error: write('error') };
}
