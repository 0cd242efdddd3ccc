import type { Logger } from '../logger';

/** Whether this process has reported that it serves; see `reportReady`. */
let serving = false;

/**
 * Runs `stop` once on SIGINT, SIGTERM or loss of the parent process (IPC
 * disconnect), then exits 0; a second signal during the stop exits at once.
 * A process stopped before it served stops quietly: the process that started
 * it reports why.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const handle = (reason: string) => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    if (serving) {
      logger.info('stopping', { reason });
    }
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('stop failed', { err: error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => handle('SIGINT'));
  process.on('SIGTERM', () => handle('SIGTERM'));
  if (process.send) {
    process.on('disconnect', () => handle('parent process gone'));
  }
}

/**
 * Prints a start-up failure as one plain line on stderr, whatever LOG_LEVEL and
 * LOG_FORMAT say (it is meant for the person who started the process), and
 * exits with status 1.
 */
export function exitWithStartupError(error: unknown, logger: Logger): never {
  const message = error instanceof Error ? error.message : String(error);
  logger.debug('start-up failed', { err: error });
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exit(1);
}

/** Message a server process (subgraph or gateway) sends to the process that forked it once it serves. */
export interface ProcessReadyMessage {
  readonly ready: string;
}

/** Tells the process that forked this one, if it is still there, that this one serves at `url`. */
export function reportReady(url: string): void {
  serving = true;
  if (process.connected) {
    process.send?.({ ready: url } satisfies ProcessReadyMessage);
  }
}
