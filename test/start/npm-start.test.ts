// @durationSeconds 150 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { graphql } from '../generated';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { postGraphql, queryData } from '../support/graphql-client';
import { freeGraphPorts, runBuilt } from '../support/processes';
import { createTestDatabase } from '../support/test-database';

/** What `npm start` runs after building: the whole graph from dist/. */
const START = path.join('scripts', 'start.js');

describe('npm start on the embedded PostgreSQL', () => {
  let runDir: string;
  beforeAll(async () => {
    runDir = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-start-'));
    await chmod(runDir, 0o755);
  });
  afterAll(() => rm(runDir, { recursive: true, force: true }));

  it('initialises, migrates and seeds a new data directory, answers, and stops every process on SIGTERM', async () => {
    const dataDir = path.join(runDir, 'postgres');
    const ports = await freeGraphPorts();
    const started = Date.now();
    const graph = runBuilt(START, { ...ports, EMBEDDED_POSTGRES_DIR: dataDir }, ['DATABASE_URL']);
    const [, url] = await graph.waitFor(/ready at (http:\/\/\S+)/);
    expect(url).toBe(`http://localhost:${ports.PORT}/graphql`);
    const FIRST = graphql(`
      query NpmStartFirst {
        courses {
          totalCount
          edges {
            node {
              provinces {
                name
              }
              sources {
                publisher
              }
            }
          }
        }
        exhibitions {
          totalCount
        }
      }
    `);
    const { courses, exhibitions } = await queryData(url, FIRST);
    process.stdout.write(`npm start on a new data directory answered its first query after ${Date.now() - started} ms\n`);
    expect(courses!.totalCount).toBe(1);
    expect(exhibitions!.totalCount).toBe(4);
    // The exhibitions process finds the training process from TRAINING_PORT to check an organiser.
    const CREATE = graphql(`
      mutation NpmStartCreate($organizerId: ID!) {
        createExhibition(
          input: { name: "Started together", kind: INTERNATIONAL, countryCode: "IQ", startsOn: "2099-01-01", organizerId: $organizerId }
        ) {
          exhibition {
            organizer {
              name
            }
          }
          error {
            code
          }
        }
      }
    `);
    const { createExhibition } = await queryData(url, CREATE, { organizerId: BUILTIN_ORGANIZATION_IDS.cheche });
    expect(createExhibition).toEqual({ exhibition: { organizer: { name: 'Cheche' } }, error: null });
    // The access process finds the others from their port variables to tell which type an id names.
    const NODE = graphql(`
      query NpmStartNode($id: ID!) {
        node(id: $id) {
          __typename
          ... on Organization {
            name
          }
        }
      }
    `);
    expect(await queryData(url, NODE, { id: BUILTIN_ORGANIZATION_IDS.cheche })).toEqual({
      node: { __typename: 'Organization', name: 'Cheche' },
    });
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);

    graph.child.kill('SIGTERM');
    expect(await graph.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('lets import:exports write into the embedded PostgreSQL it runs, visible through the gateway at once', async () => {
    const dataDir = path.join(runDir, 'postgres');
    const graph = runBuilt(START, { ...(await freeGraphPorts()), EMBEDDED_POSTGRES_DIR: dataDir }, ['DATABASE_URL']);
    try {
      const [, url] = await graph.waitFor(/ready at (http:\/\/\S+)/);
      const csv = path.join(runDir, 'figures.csv');
      await writeFile(
        csv,
        'period,channel,value_usd,precision,destination,craft,province,source_title,source_publisher,source_date\n1402,CUSTOMS,1234.50,EXACT,IQ,kilim,IR-16,Import while running,Test publisher,2025-01-01\n',
      );
      const importer = runBuilt(path.join('scripts', 'import-exports.js'), { EMBEDDED_POSTGRES_DIR: dataDir }, ['DATABASE_URL'], [csv]);
      expect(await importer.exited).toBe(0);
      expect(importer.output()).toMatch(/1 figures added.*already running/s);
      const TOTALS = graphql(`
        query NpmStartTotals {
          exportTotals(filter: { solarYears: [1402], destinationCode: "IQ" }) {
            valueUsd
          }
        }
      `);
      const { exportTotals } = await queryData(url, TOTALS);
      expect(exportTotals).toEqual([{ valueUsd: '1234.50' }]);
    } finally {
      graph.child.kill('SIGTERM');
      await graph.exited;
    }
  });

  it('starts again on the existing data directory with its data, and stops on SIGINT', async () => {
    const ports = await freeGraphPorts();
    const started = Date.now();
    const graph = runBuilt(START, { ...ports, EMBEDDED_POSTGRES_DIR: path.join(runDir, 'postgres') }, ['DATABASE_URL']);
    const [, url] = await graph.waitFor(/ready at (http:\/\/\S+)/);
    const { agreements } = await queryData(
      url,
      graphql(`
        query NpmStartAgreements {
          agreements {
            totalCount
          }
        }
      `),
    );
    process.stdout.write(`npm start on an existing data directory answered its first query after ${Date.now() - started} ms\n`);
    expect(agreements!.totalCount).toBe(3);
    graph.child.kill('SIGINT');
    expect(await graph.exited).toBe(0);
  });
});

describe('npm start with DATABASE_URL', () => {
  it("serves the database it names, each subgraph process knowing only its own role's URL", async () => {
    const database = await createTestDatabase();
    try {
      const graph = runBuilt(START, { ...(await freeGraphPorts()), DATABASE_URL: database.url });
      const [, url] = await graph.waitFor(/ready at (http:\/\/\S+)/);
      const PROVINCE = graphql(`
        query NpmStartProvince {
          province(code: "IR-16") {
            name
            courses {
              totalCount
            }
          }
        }
      `);
      const response = await postGraphql(url, PROVINCE);
      expect(response.data).toEqual({ province: { name: 'Ilam', courses: { totalCount: 0 } } });

      const { rows } = await database.pool.query<{ application: string; users: string[] }>(
        `SELECT application_name AS application, array_agg(DISTINCT usename::text) AS users FROM pg_stat_activity
          WHERE datname = current_database() AND application_name LIKE 'handicrafts-graph:%' GROUP BY 1 ORDER BY 1`,
      );
      const names = ['access', 'exhibitions', 'trade', 'training'];
      expect(rows).toEqual(names.map((name) => ({ application: `handicrafts-graph:${name}`, users: [`handicrafts_${name}`] })));
      // The superuser's URL stays with npm start: each subgraph process (and the gateway) has its own role's only.
      const children = (await readFile(`/proc/${graph.child.pid}/task/${graph.child.pid}/children`, 'utf8')).trim().split(/\s+/);
      const environments = await Promise.all(
        children.map(async (pid) => ({
          command: await readFile(`/proc/${pid}/cmdline`, 'utf8'),
          variables: (await readFile(`/proc/${pid}/environ`, 'utf8')).split('\0').filter((entry) => /DATABASE_URL=/.test(entry)),
        })),
      );
      for (const name of names) {
        const own = environments.find((child) => child.command.includes(path.join('services', name, 'index.js')));
        expect(own?.variables.map((entry) => entry.replace(/(:[^:@/]*)?@.*/, ''))).toEqual([
          `${name.toUpperCase()}_DATABASE_URL=postgres://handicrafts_${name}`,
        ]);
      }
      const gateway = environments.find((child) => child.command.includes(path.join('gateway', 'index.js')));
      expect(gateway?.variables.map((entry) => entry.replace(/(:[^:@/]*)?@.*/, ''))).toEqual([
        'ACCESS_DATABASE_URL=postgres://handicrafts_access',
      ]);
      graph.child.kill('SIGTERM');
      expect(await graph.exited).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('ends with a one-line error and status 1 when the database does not answer', async () => {
    const graph = runBuilt(START, { ...(await freeGraphPorts()), DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    expect(await graph.exited).toBe(1);
    const lines = graph.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/does not answer/);
    expect(lines[0]).not.toContain('secret');
  });

  it('says which port is taken', async () => {
    const database = await createTestDatabase();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const takenPort = (blocker.address() as { port: number }).port;
    try {
      const graph = runBuilt(START, { ...(await freeGraphPorts()), TRAINING_PORT: String(takenPort), DATABASE_URL: database.url });
      expect(await graph.exited).toBe(1);
      expect(graph.output()).toContain(`Port ${takenPort} is already in use`);
    } finally {
      blocker.close();
      await database.drop();
    }
  });
});
