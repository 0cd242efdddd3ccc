import type { LoadOptions, LoadResult } from './run-load';

/** One load run of one target, with what PostgreSQL and the processes did meanwhile. */
export interface RoundResult extends LoadResult {
  /** SQL statements executed while it ran (until the database was quiet again); null when they cannot be counted. */
  readonly statements: number | null;
  /** Largest resident memory sampled during the run, in MiB, by process. */
  readonly peakRssMiB: Readonly<Record<string, number>>;
}

/** All runs of one operation on one target, and their summary. */
export interface TargetResult {
  /** Requests answered without error per second, over all rounds. */
  readonly requestsPerSecond: number;
  /** Mean over the rounds of each round's percentile, in milliseconds. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Responses received over all rounds. */
  readonly answered: number;
  /** Non-2xx responses, responses with GraphQL errors, connection errors and timeouts, over all rounds. */
  readonly failures: number;
  /** Statements under load divided by requests sent; null when statements cannot be counted. */
  readonly sqlPerRequest: number | null;
  /** Statements per request of the correctness check, one request at a time, over its few variable sets. */
  readonly sqlPerRequestAlone: number | null;
  /** Largest resident memory sampled during any round, in MiB, by process. */
  readonly peakRssMiB: Readonly<Record<string, number>>;
  readonly rounds: readonly RoundResult[];
}

/** An operation's results on every target. */
export interface OperationResult {
  readonly name: string;
  readonly title: string;
  /** The subgraphs its query plan fetches from, and how many fetches the plan holds. */
  readonly subgraphs: readonly string[];
  readonly fetches: number;
  /** How many different variable sets the load cycles through. */
  readonly variableSets: number;
  /** Concurrent connections of its load: `--connections`, fewer for an operation too slow for that many within a run. */
  readonly connections: number;
  readonly ours: TargetResult;
  readonly hive: TargetResult;
  /** The limit: the one-process mode. */
  readonly limit: TargetResult;
}

/** Everything results.json holds. */
export interface GraphResults {
  readonly generatedAt: string;
  /** Wall time of the graph section, dataset loading included. */
  readonly runSeconds: number;
  readonly machine: Readonly<Record<string, string | number>>;
  readonly dataset: {
    readonly database: string;
    readonly sizes: Readonly<Record<string, number>>;
    readonly counts: Readonly<Record<string, number>>;
    readonly reused: boolean;
    readonly loadSeconds: number;
  };
  readonly settings: LoadOptions & {
    readonly warmupSeconds: number;
    readonly rounds: number;
    readonly checkedVariableSets: number;
    readonly statementCounting: string;
    readonly memorySampling: string;
  };
  readonly targets: Readonly<Record<string, string>>;
  readonly operations: readonly OperationResult[];
  /** Peak resident memory of each process over its whole life (VmHWM) at the end of the run, in MiB. */
  readonly lifetimePeakRssMiB: Readonly<Record<string, number>>;
}
