import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { type GraphResults, isMeasured, type OperationResult, type TargetResult } from './graph-results';

/** Labels of the processes that are not subgraphs: each target's own. */
const OWN_PROCESS = { ours: 'gateway', hive: 'hive-gateway' } as const;

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
    const rows: Array<[string, TargetResult | string]> = [
      ['ours', operation.ours],
      ['Hive', operation.hive],
      ['limit', isMeasured(operation.limit) ? operation.limit : operation.limit.unavailable],
    ];
    rows.forEach(([target, result], index) => {
      const first = index === 0 ? [operation.title, plan] : ['', ''];
      if (typeof result === 'string') {
        lines.push(`| ${[...first, target, result, '', '', '', '', '', '', ''].join(' | ')} |`);
        return;
      }
      const { own, subgraphs } = memoryOf(target, operation, result);
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

/** The target's own process (its gateway, or for the limit the subgraph serving it) and the subgraphs' total, as text. */
function memoryOf(target: string, operation: OperationResult, result: TargetResult): { own: string; subgraphs: string } {
  const ownLabel = target === 'ours' ? OWN_PROCESS.ours : target === 'Hive' ? OWN_PROCESS.hive : undefined;
  const subgraphTotal = Object.entries(result.peakRssMiB)
    .filter(([label]) => !Object.values(OWN_PROCESS).includes(label as never))
    .reduce((sum, [, mib]) => sum + mib, 0);
  return {
    own: ownLabel ? `${number(result.peakRssMiB[ownLabel] ?? 0)} MiB` : `(${operation.subgraphs[0]} itself)`,
    subgraphs: `${number(subgraphTotal)} MiB`,
  };
}

/** Returns the ratios table (markdown): how Hive and the limit compare with ours. */
export function formatRatiosTable(results: GraphResults): string {
  const lines = [
    '| operation | req/s Hive ÷ ours | p50 ours ÷ Hive | p99 ours ÷ Hive | req/s limit ÷ ours | p50 ours ÷ limit |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { title, ours, hive, limit } of results.operations) {
    const measured = isMeasured(limit);
    lines.push(
      `| ${[
        title,
        ratio(hive.requestsPerSecond, ours.requestsPerSecond),
        ratio(ours.p50Ms, hive.p50Ms),
        ratio(ours.p99Ms, hive.p99Ms),
        measured ? ratio(limit.requestsPerSecond, ours.requestsPerSecond) : 'not yet available',
        measured ? ratio(ours.p50Ms, limit.p50Ms) : 'not yet available',
      ].join(' | ')} |`,
    );
  }
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
      peakUnder(label, (operation) => (isMeasured(operation.limit) ? operation.limit : undefined)),
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
