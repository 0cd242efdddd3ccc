// @durationSeconds 100 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import pg from 'pg';

import {
  createSubgraphDataSource,
  migrateSchema,
  openSubgraphDatabase,
  provisionSubgraphRole,
  subgraphRoleName,
} from '../support/platform';
import { makeRunDir, type PostgresProcess, startPostgresProcess } from '../support/postgres-process';
import { SUBGRAPHS } from '../support/subgraphs';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { type SubgraphName, useTestGraph } from '../support/test-graph';

jest.setTimeout(120_000);

describe('the embedded PostgreSQL (issue 16, finding 5)', () => {
  let runDir: string;
  const servers: PostgresProcess[] = [];

  beforeAll(async () => {
    runDir = await makeRunDir('least-privilege');
    for (const name of ['first', 'second']) {
      servers.push(
        await startPostgresProcess(path.join(runDir, name), { env: { ADMIN_API_KEY: 'admin-key-that-must-not-reach-the-postmaster' } }),
      );
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(runDir, { recursive: true, force: true });
  });

  it('has a random password per data directory, in a file only its owner can read', async () => {
    const passwords = await Promise.all(
      ['first', 'second'].map(async (name) => {
        const file = path.join(runDir, `${name}.password`);
        expect((await stat(file)).mode & 0o777).toBe(0o600);
        return (await readFile(file, 'utf8')).trim();
      }),
    );
    expect(passwords[0]).not.toBe(passwords[1]);
    expect(passwords[0]).not.toBe('handicrafts-graph-local');
    expect(new URL(servers[0]!.url).password).toBe(passwords[0]);
  });

  it('starts the postmaster without the secrets of the environment it was started from', async () => {
    // postmaster.pid's first line is the postmaster's pid.
    const pid = (await readFile(path.join(runDir, 'first', 'postmaster.pid'), 'utf8')).split('\n')[0];
    const environ = await readFile(`/proc/${pid}/environ`, 'utf8');
    expect(environ).toContain('PATH=');
    expect(environ).not.toContain('ADMIN_API_KEY');
    expect(environ).not.toContain('admin-key-that-must-not-reach-the-postmaster');
  });
});

const SCHEMAS: readonly SubgraphName[] = ['training', 'exhibitions', 'trade', 'access'];

describe("each subgraph's own PostgreSQL role (issue 16, finding 5)", () => {
  const graph = useTestGraph();

  it('connects every running subgraph as its own role, which is not a superuser', async () => {
    for (const name of SCHEMAS) {
      const [session] = await graph.subgraphs[name].dataSource.query<Array<{ user: string; superuser: boolean }>>(
        'SELECT current_user AS user, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
      );
      expect(session).toEqual({ user: subgraphRoleName(name), superuser: false });
    }
  });

  it("has no connection of a subgraph's pool open as any role but its own", async () => {
    const { rows } = await graph.db.query<{ application: string; users: string[] }>(
      `SELECT application_name AS application, array_agg(DISTINCT usename::text) AS users
         FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'handicrafts-graph:%'
        GROUP BY application_name ORDER BY application_name`,
    );
    expect(rows).toEqual(
      [...SCHEMAS].sort().map((name) => ({ application: `handicrafts-graph:${name}`, users: [subgraphRoleName(name)] })),
    );
  });

  it("refuses a subgraph's role any read or write of another subgraph's schema", async () => {
    await expect(graph.subgraphs.training.dataSource.query('SELECT * FROM access.api_key')).rejects.toThrow(
      'permission denied for schema access',
    );
    for (const name of SCHEMAS) {
      for (const other of SCHEMAS.filter((schema) => schema !== name)) {
        const run = (sql: string) => graph.subgraphs[name].dataSource.query(sql);
        await expect(run(`SELECT * FROM ${other}.migrations`)).rejects.toThrow(`permission denied for schema ${other}`);
        await expect(run(`DELETE FROM ${other}.migrations`)).rejects.toThrow(`permission denied for schema ${other}`);
      }
    }
  });

  it("refuses a subgraph's role a table in another schema, in public, or a schema of its own making", async () => {
    const trade = (sql: string) => graph.subgraphs.trade.dataSource.query(sql);
    await expect(trade('CREATE TABLE training.intruder (id int)')).rejects.toThrow('permission denied for schema training');
    await expect(trade('CREATE TABLE public.intruder (id int)')).rejects.toThrow('permission denied for schema public');
    await expect(trade('CREATE SCHEMA intruder')).rejects.toThrow('permission denied for database');
  });

  it("gives each schema, its migrations table and all its tables, sequences and functions to the subgraph's role", async () => {
    const { rows } = await graph.db.query<{ schema: string; owners: string[]; migrations: string }>(
      `SELECT n.nspname AS schema, array_agg(DISTINCT pg_get_userbyid(o.owner)::text) AS owners,
              pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = to_regclass(n.nspname || '.migrations'))) AS migrations
         FROM pg_namespace n
         JOIN (SELECT relnamespace AS namespace, relowner AS owner FROM pg_class
               UNION ALL SELECT pronamespace, proowner FROM pg_proc
               UNION ALL SELECT oid, nspowner FROM pg_namespace) o ON o.namespace = n.oid
        WHERE n.nspname = ANY($1) GROUP BY n.nspname ORDER BY n.nspname`,
      [SCHEMAS],
    );
    expect(rows).toEqual(
      [...SCHEMAS].sort().map((name) => ({ schema: name, owners: [subgraphRoleName(name)], migrations: subgraphRoleName(name) })),
    );
  });
});

describe("the subgraph roles' bootstrap", () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('hands a schema made by an older version, as the superuser, over to the subgraph role with everything in it', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const trade = SUBGRAPHS.find((definition) => definition.name === 'trade')!;
    // What earlier versions did: migrate as the superuser.
    const asSuperuser = createSubgraphDataSource({ url: database.url, ...trade, schema: 'trade' });
    await asSuperuser.initialize();
    await migrateSchema(asSuperuser, 'trade');
    await asSuperuser.destroy();
    const owners = () =>
      database.pool.query<{ owner: string }>(
        `SELECT DISTINCT pg_get_userbyid(owner)::text AS owner FROM (
           SELECT relowner AS owner FROM pg_class WHERE relnamespace = 'trade'::regnamespace
           UNION ALL SELECT proowner FROM pg_proc WHERE pronamespace = 'trade'::regnamespace
           UNION ALL SELECT nspowner FROM pg_namespace WHERE nspname = 'trade') o`,
      );
    expect((await owners()).rows.map((row) => row.owner)).not.toContain(subgraphRoleName('trade'));

    const { dataSource, migrationsRun } = await openSubgraphDatabase(trade, database.url);
    try {
      expect(migrationsRun).toEqual([]);
      expect((await owners()).rows).toEqual([{ owner: subgraphRoleName('trade') }]);
      const [{ user }] = await dataSource.query<Array<{ user: string }>>('SELECT current_user AS user');
      expect(user).toBe(subgraphRoleName('trade'));
      // Migrations alter tables and replace functions, which only their owner may: undo the last one and run it again as the role.
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await migrateSchema(dataSource, 'trade')).toHaveLength(1);
    } finally {
      await dataSource.destroy();
    }
  });

  it('bootstraps the same roles for several databases of one cluster at once', async () => {
    const fresh = await Promise.all([1, 2, 3].map(() => createTestDatabase()));
    databases.push(...fresh);
    const urls = await Promise.all(
      fresh.flatMap((database) => SCHEMAS.map(async (schema) => ({ schema, url: await provisionSubgraphRole(database.url, schema) }))),
    );
    for (const { schema, url } of urls) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ user: string; owner: string }>(
          'SELECT current_user AS user, pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1',
          [schema],
        );
        expect(rows).toEqual([{ user: subgraphRoleName(schema), owner: subgraphRoleName(schema) }]);
      } finally {
        await client.end();
      }
    }
  });
});
