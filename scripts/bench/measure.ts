import { performance } from 'node:perf_hooks';

/** Timings of repeated runs, in milliseconds. */
export interface Timings {
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
}

/** Runs `work` once untimed (warm-up), then `runs` times, and returns the timings. */
export async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<Timings> {
  await work();
  const durations: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  durations.sort((left, right) => left - right);
  const at = (fraction: number) => durations[Math.min(durations.length - 1, Math.ceil(fraction * durations.length) - 1)];
  return { runs, medianMs: at(0.5), p95Ms: at(0.95), minMs: durations[0], maxMs: durations[durations.length - 1] };
}

/** Returns `work`'s result and how long it took, in seconds. */
export async function timeOnce<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

/** Returns timings as one line, e.g. `median 412 ms, p95 530 ms (min 398, max 551; 10 runs)`. */
export function formatTimings(timings: Timings): string {
  const ms = (value: number) => Math.round(value).toLocaleString('en');
  return `median ${ms(timings.medianMs)} ms, p95 ${ms(timings.p95Ms)} ms (min ${ms(timings.minMs)}, max ${ms(timings.maxMs)}; ${timings.runs} runs)`;
}

/** Returns this process's memory use as one line. */
export function formatMemory(): string {
  const usage = process.memoryUsage();
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  return `resident ${mb(usage.rss)}, JavaScript heap ${mb(usage.heapUsed)} of ${mb(usage.heapTotal)}`;
}
