/** Writes one line per event, with `key=value` fields, to stdout (info) or stderr (warn, error). */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Returns a logger whose lines are tagged with `component` (for example `training`). */
export function createLogger(component: string): Logger {
  const write = (level: string, stream: NodeJS.WriteStream) => (message: string, fields?: Record<string, unknown>) => {
    const details = Object.entries(fields ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => ` ${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`)
      .join('');
    stream.write(`${new Date().toISOString()} ${level} [${component}] ${message}${details}\n`);
  };
  return { info: write('info', process.stdout), warn: write('warn', process.stderr), error: write('error', process.stderr) };
}

/**
 * Returns the logger interface that Apollo Server and Apollo Gateway take,
 * writing through `logger`: their progress messages are left out, warnings and
 * errors kept, objects and errors written out rather than as "[object Object]".
 */
export function apolloLoggerFor(logger: Logger) {
  const describe = (message: unknown): string =>
    message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
  return {
    debug: () => {},
    info: () => {},
    warn: (message: unknown) => logger.warn(describe(message)),
    error: (message: unknown) => logger.error(describe(message)),
  };
}
