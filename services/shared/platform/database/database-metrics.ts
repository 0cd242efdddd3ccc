import type { Pool } from 'pg';
import { Gauge, Histogram, type Registry } from 'prom-client';
import type { AfterQueryEvent, BeforeQueryEvent, DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';

import { DURATION_BUCKETS } from '../http/metrics';

/**
 * Registers a subgraph's database metrics in `registry`: its connection pool
 * (in use, idle, waiting for a connection) read at each scrape, and the
 * duration of every statement by outcome.
 */
export function registerDatabaseMetrics(registry: Registry, dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  new Gauge({
    name: 'db_pool_connections',
    help: 'Connections of the database pool: in_use, idle, and waiting (requests waiting for a connection).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const total = pool?.totalCount ?? 0;
      const idle = pool?.idleCount ?? 0;
      this.set({ state: 'in_use' }, total - idle);
      this.set({ state: 'idle' }, idle);
      this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
    },
  });
  const statementDuration = new Histogram({
    name: 'db_statement_duration_seconds',
    help: 'Duration of SQL statements, by outcome (ok, error).',
    labelNames: ['outcome'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  // A query runner runs one statement at a time: its start time is the current statement's.
  const startedAt = new WeakMap<QueryRunner, bigint>();
  const subscriber: EntitySubscriberInterface = {
    beforeQuery(event: BeforeQueryEvent) {
      if (event.queryRunner) {
        startedAt.set(event.queryRunner, process.hrtime.bigint());
      }
    },
    afterQuery(event: AfterQueryEvent) {
      const started = event.queryRunner ? startedAt.get(event.queryRunner) : undefined;
      if (started !== undefined) {
        statementDuration.observe({ outcome: event.success ? 'ok' : 'error' }, Number(process.hrtime.bigint() - started) / 1e9);
      }
    },
  };
  dataSource.subscribers.push(subscriber);
}
