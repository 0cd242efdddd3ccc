import type { Logger as TypeOrmLogger } from 'typeorm';

import type { Logger } from '../logger';
import { loggableError } from './database-errors';

/** The first words of a statement, enough to tell which one failed, without any value it carries. */
function statementSummary(query: string): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 120)}…` : oneLine;
}

/**
 * A TypeORM logger writing through `logger`: failed statements with the error
 * and the statement's first words, never its parameters (they hold personal
 * data); pool errors and migrations; nothing per successful statement.
 */
export function typeOrmLoggerFor(logger: Logger): TypeOrmLogger {
  return {
    logQuery: () => {},
    logQueryError: (error, query) => logger.warn('statement failed', { err: loggableError(error), statement: statementSummary(query) }),
    logQuerySlow: (time, query) => logger.warn('slow statement', { durationMs: time, statement: statementSummary(query) }),
    logSchemaBuild: () => {},
    logMigration: (message) => logger.info(message),
    log: (level, message) => {
      const text = message instanceof Error ? message.message : String(message);
      if (level === 'warn') {
        logger.warn(text);
      } else {
        logger.debug(text);
      }
    },
  };
}
