import type { Logger, QueryRunner } from 'typeorm';

/** A TypeORM logger that counts the SQL statements a data source sends, to check batching (`useTestGraph().countStatements`). */
export class SqlStatementCounter implements Logger {
  count = 0;

  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
