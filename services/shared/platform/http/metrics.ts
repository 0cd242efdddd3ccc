import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Label every unnamed operation, every operation that failed validation, and names past the cap share. */
export const OTHER_OPERATION = 'other';

/** How many distinct operation names get a label of their own; later names share `other`. */
const MAX_OPERATION_LABELS = 200;

/** Seconds: from a catalogue lookup (a few ms) to the gateway's subgraph timeout and beyond. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The Prometheus metrics of one server (a subgraph or the gateway): a registry
 * of its own, so that several servers in one process (the tests) keep theirs
 * apart, with the process metrics and the request duration histogram.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly requestDuration: Histogram<'operation' | 'outcome'>;
  private readonly operationLabels = new Set<string>();

  constructor(readonly server: string) {
    this.registry.setDefaultLabels({ server });
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Duration of GraphQL requests, by operation name (unnamed and unknown operations share "other") and outcome (ok, errors, rejected, failed).',
      labelNames: ['operation', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers: [this.registry],
    });
  }

  /** Returns the label for an operation name: the name itself while fewer than the cap are known, `other` otherwise. */
  operationLabel(name: string | undefined): string {
    if (!name) {
      return OTHER_OPERATION;
    }
    if (this.operationLabels.has(name)) {
      return name;
    }
    if (this.operationLabels.size >= MAX_OPERATION_LABELS) {
      return OTHER_OPERATION;
    }
    this.operationLabels.add(name);
    return name;
  }
}
