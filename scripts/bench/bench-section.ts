import type { BenchServer } from './bench-server';
import type { GraphOptions } from './graph.section';

/** What a benchmark section is given: a way to get an empty database of its own, and its sizes. */
export interface BenchContext {
  /** Creates an empty database on the benchmark's server and returns its URL; dropped when the run ends. */
  createDatabase(): Promise<string>;
  /** The benchmark's server, for datasets kept between runs. */
  readonly server: BenchServer;
  /** How many export figures to load. */
  readonly figures: number;
  /** How many timed runs of each measured operation. */
  readonly runs: number;
  /** The graph section's sizes and load. */
  readonly graph: GraphOptions;
  /** Prints a progress line on stderr. */
  log(message: string): void;
  /** Prints a block of the report (a table) on stdout. */
  print(text: string): void;
}

/** One line of a section's results: a label and what was measured. */
export interface BenchResult {
  readonly label: string;
  readonly value: string;
}

/** A part of `npm run bench`: sections run in order, each on databases of its own, and print their results. */
export interface BenchSection {
  /** Name on the command line (`--only NAME`) and in the output. */
  readonly name: string;
  readonly description: string;
  run(context: BenchContext): Promise<BenchResult[]>;
}
