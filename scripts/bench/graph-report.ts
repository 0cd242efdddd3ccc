import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { GraphResults, OperationResult, TargetResult } from './graph-results';

/** Labels of the processes that are not subgraphs: each target's own (the limit's holds its subgraphs). */
const OWN_PROCESS = { ours: 'gateway', Hive: 'hive-gateway', limit: 'one process' } as const;

/** The issue's goals, as the ratios and figures of this report. */
const GOALS = {
  oursOverHive: 1.3,
  oursOverLimitAcross: 0.75,
  oursOverLimitOneSubgraph: 0.9,
  p99Ms: 250,
  gatewayRssMiB: 150,
  oneProcessRssMiB: 300,
};

const number = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rate = (value: number) => number(value, value < 100 ? 1 : 0);
const ratio = (numerator: number, denominator: number) =>
  denominator > 0 && numerator > 0 ? `${(numerator / denominator).toFixed(2)}×` : '–';

/** Returns the main table: one row per operation and target (markdown). */
export function formatMeasurementsTable(results: GraphResults): string {
  const lines = [
    '| operation | plan | target | req/s | p50 ms | p99 ms | SQL/req | gateway peak RSS | subgraphs peak RSS | answered | failures |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const operation of results.operations) {
    const plan = `${operation.subgraphs.join(' + ')}: ${operation.fetches} fetch${operation.fetches === 1 ? '' : 'es'}; ${operation.connections} connection${operation.connections === 1 ? '' : 's'}`;
    const rows: Array<[keyof typeof OWN_PROCESS, TargetResult]> = [
      ['ours', operation.ours],
      ['Hive', operation.hive],
      ['limit', operation.limit],
    ];
    rows.forEach(([target, result], index) => {
      const first = index === 0 ? [operation.title, plan] : ['', ''];
      const { own, subgraphs } = memoryOf(target, result);
      lines.push(
        `| ${[
          ...first,
          target,
          rate(result.requestsPerSecond),
          number(result.p50Ms),
          number(result.p99Ms),
          result.sqlPerRequest === null ? 'n/a' : number(result.sqlPerRequest, 1),
          own,
          subgraphs,
          number(result.answered),
          number(result.failures),
        ].join(' | ')} |`,
      );
    });
  }
  return lines.join('\n');
}

/** The target's own process (its gateway; for the limit the one process) and the subgraph processes' total, as text. */
function memoryOf(target: keyof typeof OWN_PROCESS, result: TargetResult): { own: string; subgraphs: string } {
  const subgraphTotal = Object.entries(result.peakRssMiB)
    .filter(([label]) => !Object.values(OWN_PROCESS).includes(label as never))
    .reduce((sum, [, mib]) => sum + mib, 0);
  return {
    own: `${number(result.peakRssMiB[OWN_PROCESS[target]] ?? 0)} MiB`,
    subgraphs: target === 'limit' ? '(in its process)' : `${number(subgraphTotal)} MiB`,
  };
}

/**
 * Returns the ratios table (markdown): ours against Hive Gateway and the
 * limit in requests per second (above 1: ours serves more), with the goal of
 * each and whether this run met it, and ours's p99 against its goal.
 */
export function formatRatiosTable(results: GraphResults): string {
  const lines = [
    '| operation | req/s ours ÷ Hive | goal | req/s ours ÷ limit | goal | p99 ours ÷ Hive | p99 ours | goal |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const verdict = (value: number, goal: number, atLeast: boolean) =>
    `${atLeast ? '≥' : '<'} ${goal} ${(atLeast ? value >= goal : value < goal) ? 'met' : '**missed**'}`;
  for (const { title, subgraphs, ours, hive, limit } of results.operations) {
    const limitGoal = subgraphs.length === 1 ? GOALS.oursOverLimitOneSubgraph : GOALS.oursOverLimitAcross;
    lines.push(
      `| ${[
        title,
        ratio(ours.requestsPerSecond, hive.requestsPerSecond),
        verdict(ours.requestsPerSecond / hive.requestsPerSecond, GOALS.oursOverHive, true),
        ratio(ours.requestsPerSecond, limit.requestsPerSecond),
        verdict(ours.requestsPerSecond / limit.requestsPerSecond, limitGoal, true),
        ratio(ours.p99Ms, hive.p99Ms),
        `${number(ours.p99Ms)} ms`,
        verdict(ours.p99Ms, GOALS.p99Ms, false),
      ].join(' | ')} |`,
    );
  }
  const peak = (pick: (operation: OperationResult) => number) => Math.max(0, ...results.operations.map(pick));
  const gateway = peak((operation) => operation.ours.peakRssMiB[OWN_PROCESS.ours] ?? 0);
  const oneProcess = peak((operation) => operation.limit.peakRssMiB[OWN_PROCESS.limit] ?? 0);
  lines.push(
    '',
    `Gateway peak RSS under load: ${number(gateway)} MiB (goal ≤ ${GOALS.gatewayRssMiB} MiB: ${gateway <= GOALS.gatewayRssMiB ? 'met' : '**missed**'}); ` +
      `the one-process mode: ${number(oneProcess)} MiB in all (goal ≤ ${GOALS.oneProcessRssMiB} MiB: ${oneProcess <= GOALS.oneProcessRssMiB ? 'met' : '**missed**'}).`,
  );
  return lines.join('\n');
}

/** Returns the memory table (markdown): each process's largest sample under each target's load, and its lifetime peak. */
export function formatMemoryTable(results: GraphResults): string {
  const labels = Object.keys(results.lifetimePeakRssMiB);
  const peakUnder = (label: string, pick: (operation: OperationResult) => TargetResult | undefined) =>
    Math.max(0, ...results.operations.map((operation) => pick(operation)?.peakRssMiB[label] ?? 0));
  const lines = [
    '| process | peak RSS under ours | peak RSS under Hive | peak RSS under the limit | lifetime peak (VmHWM, read at the end) |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const label of labels) {
    const cells = [
      peakUnder(label, (operation) => operation.ours),
      peakUnder(label, (operation) => operation.hive),
      peakUnder(label, (operation) => operation.limit),
    ].map((mib) => (mib > 0 ? `${number(mib)} MiB` : '–'));
    lines.push(`| ${[label, ...cells, `${number(results.lifetimePeakRssMiB[label])} MiB`].join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Writes results.json and RESULTS.md into `folder`. */
export async function writeGraphResults(folder: string, results: GraphResults): Promise<void> {
  await writeFile(path.join(folder, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(folder, 'RESULTS.md'), resultsMarkdown(results));
}

function resultsMarkdown(results: GraphResults): string {
  const { machine, dataset, settings } = results;
  const counts = Object.entries(dataset.counts)
    .map(([kind, count]) => `${number(count)} ${kind}`)
    .join(', ');
  return `# Benchmark results: the graph

Written by the graph section of \`npm run bench\` on ${results.generatedAt.slice(0, 10)} (${results.generatedAt}); the figures
of one run on one machine, to compare targets with each other, not to quote as capacity.
The numbers behind these tables, round by round, are in [results.json](results.json).

**Machine:** ${machine.cpuModel}, ${machine.cpus} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node};
${machine.postgres}; load average ${machine.loadAverageAtStart} when the run started (other work on the
machine shares the cores). The run took ${number(results.runSeconds)} s.

**Dataset:** ${counts} (\`seed:synthetic\` with ${Object.entries(dataset.sizes)
    .map(([name, size]) => `--${name} ${size}`)
    .join(' ')}; ${dataset.reused ? 'kept from an earlier run' : `loaded in ${number(dataset.loadSeconds)} s`}).

**Targets:**
${Object.entries(results.targets)
  .map(([name, description]) => `- ${name}: ${description}`)
  .join('\n')}

**Load:** autocannon in the benchmark's process, ${settings.durationSeconds} s per run after a ${settings.warmupSeconds} s warm-up per target,
${settings.rounds} round${settings.rounds === 1 ? '' : 's'} per target alternating (ours, Hive, limit, then the reverse order) so that drift of the
machine falls on every target alike. Each request takes the next of the operation's variable sets (drawn from the
dataset), so concurrent requests differ. ${settings.connections} connections, or fewer for an operation too slow for that
many (the plan column gives each operation's: at most duration × cores / (4 × the slowest single-request latency of
the check)), the same for every target. req/s counts answers without errors; p50 and p99 are autocannon's,
averaged over the rounds; with few answers (the answered column) p99 is about the slowest one. Before the load, ${settings.checkedVariableSets} variable sets of each operation are sent to every
target one at a time: every answer must be free of errors and the data the same as ours.

**SQL statements:** ${settings.statementCounting}

**Memory:** ${settings.memorySampling}

## Measurements

${formatMeasurementsTable(results)}

## Ratios

${formatRatiosTable(results)}

## Memory by process

${formatMemoryTable(results)}
`;
}
