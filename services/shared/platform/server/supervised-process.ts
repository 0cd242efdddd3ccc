import type { ChildProcess } from 'node:child_process';

import type { Logger } from '../logger';

/** One run of a supervised process: the child, when it exits, and when it is ready to serve. */
export interface ProcessRun {
  readonly child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Resolves once the process says it serves; rejects or never settles if it exits first. */
  readonly ready: Promise<string>;
}

/** Delays between restarts: the first, doubling after each exit that follows soon after the last, up to the longest. */
export interface RestartBackoff {
  readonly initialMs: number;
  readonly maxMs: number;
  /** A run that lasted this long before exiting restarts after the initial delay again. */
  readonly resetAfterMs: number;
}

/**
 * A child process kept running: started once, and started again with
 * back-off (logged) whenever it exits after having been ready, until `stop()`.
 * An exit before the first ready is a start-up failure: `firstReady` rejects
 * and nothing restarts.
 */
export class SupervisedProcess {
  /** Resolves with what the first run reported when ready (its URL). */
  readonly firstReady: Promise<string>;
  private run: ProcessRun;
  private stopping = false;
  private restarts = 0;
  private pendingRestart: NodeJS.Timeout | undefined;

  constructor(
    readonly name: string,
    private readonly start: () => ProcessRun,
    private readonly backoff: RestartBackoff,
    private readonly logger: Logger,
  ) {
    this.run = start();
    const first = this.run;
    this.firstReady = new Promise<string>((resolve, reject) => {
      // A run that says why it could not start (the database's) rejects with its reason.
      first.ready.then(resolve, reject);
      void first.exited.then((code) => reject(new Error(`The ${name} process exited with code ${code} during start-up.`)));
    });
    this.firstReady.then(
      () => this.watch(first, Date.now()),
      () => {},
    );
  }

  /** How many times it has been started again. */
  get restartCount(): number {
    return this.restarts;
  }

  /** Stops the current run (SIGTERM) and restarts nothing more; resolves once it has exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.pendingRestart);
    if (this.run.child.exitCode === null && this.run.child.signalCode === null) {
      this.run.child.kill('SIGTERM');
    }
    await this.run.exited;
  }

  private watch(run: ProcessRun, startedAt: number, delayMs = this.backoff.initialMs): void {
    void run.exited.then((code) => {
      if (this.stopping) {
        return;
      }
      const lasted = Date.now() - startedAt;
      const nextDelay = lasted >= this.backoff.resetAfterMs ? this.backoff.initialMs : delayMs;
      this.logger.warn('process exited; restarting it', {
        process: this.name,
        exitCode: code,
        signal: run.child.signalCode ?? undefined,
        restartInMs: nextDelay,
        restarts: this.restarts,
      });
      this.pendingRestart = setTimeout(() => {
        if (this.stopping) {
          return;
        }
        this.restarts += 1;
        this.run = this.start();
        const restarted = this.run;
        const restartedAt = Date.now();
        restarted.ready.then(
          () =>
            this.logger.info('process restarted', {
              process: this.name,
              restarts: this.restarts,
              afterMs: Date.now() - startedAt - lasted,
            }),
          () => {},
        );
        this.watch(restarted, restartedAt, Math.min(nextDelay * 2, this.backoff.maxMs));
      }, nextDelay);
    });
  }
}
