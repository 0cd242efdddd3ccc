import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { performance } from 'node:perf_hooks';

import pg from 'pg';

import type { BenchContext, BenchResult, BenchSection } from './bench-section';
import { assertSameData, fetchData } from './check-operation';
import { openGraphDataset } from './graph-dataset';
import { type GraphOperation, loadGraphOperations } from './graph-operations';
import { formatMeasurementsTable, formatRatiosTable, writeGraphResults } from './graph-report';
import type { GraphResults, OperationResult, RoundResult, TargetResult } from './graph-results';
import { type GraphTarget, startHiveGateway, startOneProcessGraph, startOurGraph } from './graph-targets';
import { peakResidentBytes, sampleResidentMemory, type WatchedProcess } from './process-memory';
import { type LoadOptions, runLoad } from './run-load';
import { openStatementCounter, type StatementCounter } from './statement-counter';

/** What the graph section is asked for on the command line. */
export interface GraphOptions {
  readonly artisans: number;
  readonly exhibitions: number;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly rounds: number;
  /** Variable sets of each operation sent to every target, one at a time, before the load: their data must be the same. */
  readonly checks: number;
  /** How many variable sets to draw for each operation. */
  readonly variableSets: number;
  /** Only these operations (all when undefined). */
  readonly operations?: readonly string[];
  /** Where results.json and RESULTS.md are written. */
  readonly resultsDir: string;
}

const MiB = 1024 * 1024;
/** Long enough for the slowest operation under load; a timeout is a failure. */
const TIMEOUT_SECONDS = 60;
const STATEMENT_COUNTING =
  "counted by `pg_stat_statements` (loaded into the benchmark's embedded PostgreSQL): every top-level statement any subgraph sent to the dataset's database while the target was loaded, until the database was quiet again (requests autocannon abandoned at the end still finish), divided by the requests sent. results.json also gives the count over the correctness check, one request at a time (sqlPerRequestAlone; its few variable sets need not be typical).";
const MEMORY_SAMPLING =
  "VmRSS of each process from /proc/<pid>/status, sampled every 100 ms during each run of a target (its gateway and the subgraphs, which serve every target); the largest sample per process. PostgreSQL's processes are left out.";

/**
 * The operations users send, through our gateway and through Hive Gateway over
 * the same subgraphs, alternately, on a realistic synthetic dataset loaded once
 * and kept between runs: throughput, latency, SQL statements per request and
 * memory of each process, with the ratios, written to results.json and RESULTS.md.
 */
export const graphSection: BenchSection = {
  name: 'graph',
  description: 'operations users send, through our gateway and Hive Gateway over the same subgraphs, and the limit',
  async run(context: BenchContext): Promise<BenchResult[]> {
    const started = performance.now();
    const options = context.graph;
    const loadAverageAtStart = loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ');
    const sizes = { artisans: options.artisans, exhibitions: options.exhibitions, figures: context.figures };
    const dataset = await openGraphDataset(context.server, sizes, context.log);
    context.log(`dataset: ${JSON.stringify(dataset.counts)}`);

    const sql = new pg.Client({ connectionString: dataset.url });
    await sql.connect();
    let postgres: string;
    let operations: GraphOperation[];
    try {
      postgres = (await sql.query('SHOW server_version')).rows[0].server_version;
      operations = await loadGraphOperations(sql, options.variableSets, options.operations);
    } finally {
      await sql.end();
    }
    const counter = await openStatementCounter(dataset.url);
    const stops: Array<() => Promise<void>> = [() => counter.close()];
    try {
      context.log('starting npm start (dist/scripts/start.js) on the dataset');
      const ours = await startOurGraph(dataset.url);
      stops.unshift(() => ours.stop());
      context.log('starting Hive Gateway over the same subgraphs');
      const hive = await startHiveGateway(ours.subgraphUrls);
      stops.unshift(() => hive.stop());
      context.log('starting the limit: npm start -- --single-process on the dataset');
      const limit = await startOneProcessGraph(dataset.url);
      stops.unshift(() => limit.stop());
      const everyProcess: WatchedProcess[] = [...ours.processes, ...hive.processes, ...ours.subgraphProcesses, ...limit.processes];
      // Each target's own processes, and the subgraph processes that serve ours and Hive Gateway; the limit holds its subgraphs.
      const watchedUnder = (target: GraphTarget) =>
        target === limit ? [...limit.processes] : [...target.processes, ...ours.subgraphProcesses];

      const measured: OperationResult[] = [];
      for (const operation of operations) {
        const targets: GraphTarget[] = [ours, hive, limit];
        const measurement = await measureOperation(operation, targets, watchedUnder, counter, options, context.log);
        measured.push({
          name: operation.name,
          title: operation.title,
          subgraphs: operation.subgraphs,
          fetches: operation.fetches,
          variableSets: operation.variables.length,
          connections: measurement.connections,
          ours: measurement.byTarget.get('ours')!,
          hive: measurement.byTarget.get('hive')!,
          limit: measurement.byTarget.get('limit')!,
        });
      }

      const results: GraphResults = {
        generatedAt: new Date().toISOString(),
        runSeconds: Math.round((performance.now() - started) / 1000),
        machine: {
          cpuModel: cpus()[0]?.model ?? 'unknown',
          cpus: cpus().length,
          memoryGiB: Math.round(totalmem() / 1024 / MiB),
          os: `${type()} ${release()}`,
          node: process.version,
          postgres: `PostgreSQL ${postgres}`,
          loadAverageAtStart,
        },
        dataset: {
          database: dataset.databaseName,
          sizes,
          counts: dataset.counts,
          reused: dataset.reused,
          loadSeconds: Math.round(dataset.loadSeconds),
        },
        settings: {
          connections: options.connections,
          durationSeconds: options.durationSeconds,
          timeoutSeconds: TIMEOUT_SECONDS,
          warmupSeconds: options.warmupSeconds,
          rounds: options.rounds,
          checkedVariableSets: options.checks,
          statementCounting: counter.unavailable ? `not counted: ${counter.unavailable}` : STATEMENT_COUNTING,
          memorySampling: MEMORY_SAMPLING,
        },
        targets: {
          ours: ours.description,
          hive: hive.description,
          limit: limit.description,
        },
        operations: measured,
        lifetimePeakRssMiB: lifetimePeaks(everyProcess),
      };
      await writeGraphResults(options.resultsDir, results);
      context.print(`${formatMeasurementsTable(results)}\n\n${formatRatiosTable(results)}\n`);
      return [
        {
          label: 'dataset',
          value: `${JSON.stringify(dataset.counts)}, ${dataset.reused ? 'kept from an earlier run' : `loaded in ${Math.round(dataset.loadSeconds)} s`}`,
        },
        { label: 'written', value: `${options.resultsDir}/results.json and RESULTS.md` },
        { label: 'graph section took', value: `${results.runSeconds} s` },
      ];
    } finally {
      for (const stop of stops) {
        await stop().catch((error: unknown) => context.log(`stopping: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
  },
};

/**
 * Checks an operation on every target, then loads each: a warm-up, then
 * `rounds` measured runs per target in alternating order. Returns the
 * connections used and each target's summary, by target name.
 */
async function measureOperation(
  operation: GraphOperation,
  targets: readonly GraphTarget[],
  watchedUnder: (target: GraphTarget) => WatchedProcess[],
  counter: StatementCounter,
  options: GraphOptions,
  log: (message: string) => void,
): Promise<{ connections: number; byTarget: Map<string, TargetResult> }> {
  log(`${operation.name}: checking ${options.checks} variable sets on ${targets.map((target) => target.name).join(', ')}`);
  const checks = await checkTargets(operation, targets, options.checks, counter);
  const connections = connectionsFor(Math.max(...[...checks.values()].map((check) => check.latencyMs)), options);
  const load = { connections, durationSeconds: options.durationSeconds, timeoutSeconds: TIMEOUT_SECONDS };
  log(`${operation.name}: ${connections} connections`);
  if (options.warmupSeconds > 0) {
    for (const target of targets) {
      await runLoad(target.url, target.headers(), operation.document, operation.variables, {
        ...load,
        durationSeconds: options.warmupSeconds,
      });
      await counter.waitUntilQuiet();
    }
  }
  const rounds = new Map<string, RoundResult[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < options.rounds; round += 1) {
    // Alternate the order, so that drift of the machine during a round falls on every target alike.
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      log(`${operation.name}: round ${round + 1} of ${options.rounds}, ${target.name}`);
      rounds.get(target.name)!.push(await measureRound(operation, target, watchedUnder(target), counter, load));
    }
  }
  return {
    connections,
    byTarget: new Map(
      targets.map((target) => [target.name, summarise(rounds.get(target.name)!, checks.get(target.name)!.sqlPerRequest, counter)]),
    ),
  };
}

/** What the correctness check saw of one target, one request at a time. */
interface CheckResult {
  /** Mean time per request, in milliseconds. */
  readonly latencyMs: number;
  /** SQL statements per request; null when they cannot be counted. */
  readonly sqlPerRequest: number | null;
}

/**
 * Sends the first `checks` variable sets to every target one at a time: each
 * must answer without errors, and with the same data as the first target.
 * Returns each target's time and SQL statements per request during the check.
 */
async function checkTargets(
  operation: GraphOperation,
  targets: readonly GraphTarget[],
  checks: number,
  counter: StatementCounter,
): Promise<Map<string, CheckResult>> {
  const variableSets = operation.variables.slice(0, checks);
  const expected: unknown[] = [];
  const results = new Map<string, CheckResult>();
  for (const target of targets) {
    await counter.waitUntilQuiet();
    const before = await counter.executed();
    const started = performance.now();
    for (const [index, variables] of variableSets.entries()) {
      const data = await fetchData(target.url, target.headers(), operation, variables);
      if (target === targets[0]) {
        expected.push(data);
      } else {
        assertSameData(operation, variables, [targets[0].name, target.name], expected[index], data);
      }
    }
    const latencyMs = (performance.now() - started) / variableSets.length;
    results.set(target.name, {
      latencyMs,
      sqlPerRequest: counter.unavailable ? null : ((await counter.executed()) - before) / variableSets.length,
    });
  }
  return results;
}

/**
 * Returns the connections to load an operation with: `--connections`, or
 * fewer for an operation so slow that this many would keep every answer
 * beyond a quarter of a run (on a machine with C cores, c concurrent
 * CPU-bound requests of L ms each take about c × L / C ms), at least 1.
 */
function connectionsFor(latencyMs: number, options: GraphOptions): number {
  const fitting = Math.floor((options.durationSeconds * 1000 * availableParallelism()) / (4 * Math.max(latencyMs, 1)));
  return Math.max(1, Math.min(options.connections, fitting));
}

/** One load run of one target: statements counted from quiet to quiet, memory sampled meanwhile. */
async function measureRound(
  operation: GraphOperation,
  target: GraphTarget,
  processes: readonly WatchedProcess[],
  counter: StatementCounter,
  load: LoadOptions,
): Promise<RoundResult> {
  await counter.waitUntilQuiet();
  const before = await counter.executed();
  const sampler = sampleResidentMemory(processes);
  const result = await runLoad(target.url, target.headers(), operation.document, operation.variables, load);
  await counter.waitUntilQuiet();
  const peaks = sampler.stop();
  const statements = counter.unavailable ? null : (await counter.executed()) - before;
  return { ...result, statements, peakRssMiB: Object.fromEntries([...peaks].map(([label, bytes]) => [label, Math.round(bytes / MiB)])) };
}

/** Returns each label's peak resident memory over its processes' lives (VmHWM, added up over processes sharing a label), in MiB. */
function lifetimePeaks(processes: readonly WatchedProcess[]): Record<string, number> {
  const bytes = new Map<string, number>();
  for (const { label, pid } of processes) {
    bytes.set(label, (bytes.get(label) ?? 0) + peakResidentBytes(pid));
  }
  return Object.fromEntries([...bytes].map(([label, total]) => [label, Math.round(total / MiB)]));
}

function summarise(rounds: readonly RoundResult[], alone: number | null, counter: StatementCounter): TargetResult {
  const sum = (pick: (round: RoundResult) => number) => rounds.reduce((total, round) => total + pick(round), 0);
  const mean = (pick: (round: RoundResult) => number) => (rounds.length === 0 ? 0 : sum(pick) / rounds.length);
  const seconds = sum((round) => round.seconds);
  const sent = sum((round) => round.sent);
  const peakRssMiB: Record<string, number> = {};
  for (const round of rounds) {
    for (const [label, mib] of Object.entries(round.peakRssMiB)) {
      peakRssMiB[label] = Math.max(peakRssMiB[label] ?? 0, mib);
    }
  }
  return {
    requestsPerSecond: seconds > 0 ? sum((round) => round.requestsPerSecond * round.seconds) / seconds : 0,
    p50Ms: mean((round) => round.p50Ms),
    p99Ms: mean((round) => round.p99Ms),
    answered: sum((round) => round.answered),
    failures: sum((round) => round.non2xx + round.graphqlErrors + round.transportErrors),
    sqlPerRequest: counter.unavailable || sent === 0 ? null : sum((round) => round.statements ?? 0) / sent,
    sqlPerRequestAlone: alone,
    peakRssMiB,
    rounds,
  };
}
