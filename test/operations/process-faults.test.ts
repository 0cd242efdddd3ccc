// @durationSeconds 33 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { fork } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { graphql } from '../generated';
import { postGraphql } from '../support/graphql-client';
import { projectRoot } from '../support/platform';
import {
  establishedConnectionsTo,
  type GraphProcess,
  isAlive,
  postmasterPid,
  postOnNewConnection,
  type RequestFate,
  startGraphProcess,
} from './graph-process';

/** A query touching training (courses), exhibitions and trade (exports) at once. */
const PROVINCE_QUERY = graphql(`
  query ProvincePageUnderFaults {
    province(code: "IR-02") {
      name
      courses {
        totalCount
      }
      exhibitions {
        totalCount
      }
      exports {
        totalCount
      }
    }
  }
`);
// Short, yet long enough for the subgraphs that do answer on a loaded 2-core machine.
const SUBGRAPH_TIMEOUT_MS = 1_000;

let runDir: string;
let dataDir: string;
let graph: GraphProcess;
/** The temporary folder of the processes under test, where no password file may land. */
let processTmp: string;

/** Resolves once `check` holds, asking every 100 ms; fails after `timeoutMs`. */
async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

/** Folders of initdb's password file left beside the data directory, or in the processes' temporary folder. */
async function passwordFiles(): Promise<string[]> {
  const left = [...(await readdir(runDir)), ...(await readdir(processTmp))];
  return left.filter((name) => name.includes('.initdb-') || name.startsWith('pg-password-'));
}

beforeAll(async () => {
  runDir = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-faults-'));
  await chmod(runDir, 0o755);
  dataDir = path.join(runDir, 'postgres');
  processTmp = path.join(runDir, 'tmp');
  await mkdir(processTmp);
  graph = await startGraphProcess(
    {
      EMBEDDED_POSTGRES_DIR: dataDir,
      TMPDIR: processTmp,
      SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
      SUBGRAPH_MAX_CONNECTIONS: '4',
      RESTART_BACKOFF_MS: '200',
      SHUTDOWN_GRACE_MS: '8000',
      // The faults are the subgraphs' and the database's: every answer must come from them, not from the gateway's cache.
      RESPONSE_CACHE: 'false',
    },
    ['DATABASE_URL'],
  );
});
afterAll(async () => {
  await graph?.stop();
  await rm(runDir, { recursive: true, force: true });
});

describe('npm start, operated', () => {
  it('leaves no password file behind, and prints its URL only once the gateway is ready', async () => {
    expect(await passwordFiles()).toEqual([]);
    const ready = await fetch(new URL('/readyz', graph.url));
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: unknown }).checks).toEqual({
      training: 'ok',
      exhibitions: 'ok',
      trade: 'ok',
      access: 'ok',
      database: 'ok',
    });
  });

  it('writes one request id into the JSON lines of every process a request touches, and no secret', async () => {
    const response = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'fault-trace-1' },
      body: JSON.stringify({ query: PROVINCE_QUERY.toString() }),
    });
    expect(response.headers.get('x-request-id')).toBe('fault-trace-1');
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    await eventually(() => graph.lines().filter((line) => line.requestId === 'fault-trace-1').length >= 4, 5_000, 'the access lines');
    const lines = graph.lines().filter((line) => line.requestId === 'fault-trace-1');
    expect(new Set(lines.map((line) => line.component))).toEqual(new Set(['gateway', 'training', 'exhibitions', 'trade']));
    const access = lines.find((line) => line.component === 'gateway' && line.message === 'request completed');
    expect(access).toMatchObject({ operation: 'ProvincePageUnderFaults', outcome: 'ok', errorCodes: [], res: { statusCode: 200 } });
    expect(typeof access?.durationMs).toBe('number');
    const output = graph.process.output();
    expect(output).not.toContain('handicrafts-graph-local');
    expect(output).not.toContain('[object Object]');
  });

  it("answers within the subgraph timeout with the other subgraphs' data while trade is frozen, holds no more connections than its pool, and recovers", async () => {
    const trade = graph.pidOf('trade');
    process.kill(trade, 'SIGSTOP');
    try {
      const started = Date.now();
      const partial = await postGraphql(graph.url, PROVINCE_QUERY);
      const elapsed = Date.now() - started;
      process.stdout.write(`frozen trade subgraph: answered in ${elapsed} ms\n`);
      expect(elapsed).toBeLessThan(SUBGRAPH_TIMEOUT_MS + 1_500);
      expect(partial.data).toEqual({
        province: {
          name: 'Mazandaran',
          courses: { totalCount: expect.any(Number) },
          exhibitions: { totalCount: expect.any(Number) },
          exports: null,
        },
      });
      expect(partial.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'trade' }) }),
      ]);
      expect(JSON.stringify(partial.errors)).not.toContain(graph.ports.TRADE_PORT);

      const burst = Array.from({ length: 20 }, () => postGraphql(graph.url, PROVINCE_QUERY));
      await new Promise((resolve) => setTimeout(resolve, SUBGRAPH_TIMEOUT_MS / 2));
      const held = establishedConnectionsTo(graph.ports.TRADE_PORT);
      const answers = await Promise.all(burst);
      process.stdout.write(`frozen trade subgraph: 20 queries held ${held} connections to it\n`);
      // The pool's 4, and at most one more: the keep-alive connection of the gateway's /readyz probe.
      expect(held).toBeLessThanOrEqual(5);
      for (const answer of answers) {
        expect(answer.data?.province?.exports ?? null).toBeNull();
        expect(answer.errors).toContainEqual(
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'trade' }) }),
        );
      }
    } finally {
      process.kill(trade, 'SIGCONT');
    }
    await eventually(async () => (await postGraphql(graph.url, PROVINCE_QUERY)).errors === undefined, 5_000, 'trade to answer again');
  });

  it('restarts a subgraph that exits, answering partially meanwhile', async () => {
    const trade = graph.pidOf('trade');
    process.kill(trade, 'SIGKILL');
    const killedAt = Date.now();
    const partial = await postGraphql(graph.url, PROVINCE_QUERY);
    expect(partial.data?.province).toMatchObject({ name: 'Mazandaran', exports: null });
    expect(partial.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'trade' });
    await eventually(() => graph.pidOf('trade') !== trade, 20_000, 'trade to be started again');
    await eventually(async () => (await postGraphql(graph.url, PROVINCE_QUERY)).errors === undefined, 10_000, 'a full answer');
    process.stdout.write(`trade subgraph killed: full answers again after ${Date.now() - killedAt} ms\n`);
    const restartLine = graph.lines().find((line) => line.message === 'process exited; restarting it' && line.process === 'trade subgraph');
    expect(restartLine).toMatchObject({ level: 'warn', restartInMs: 200 });
  });

  it('restarts the embedded PostgreSQL when it stops, answering DATABASE_UNAVAILABLE quickly meanwhile, without restarting any subgraph', async () => {
    const subgraphPids = (['training', 'exhibitions', 'trade'] as const).map((name) => graph.pidOf(name));
    const postmaster = postmasterPid(dataDir);
    // Immediate shutdown, as `pg_ctl stop -m immediate` does.
    process.kill(postmaster, 'SIGQUIT');
    await eventually(() => !isAlive(postmaster), 10_000, 'PostgreSQL to stop');
    const started = Date.now();
    const meanwhile = await postGraphql(graph.url, '{ courses { totalCount } }');
    const elapsed = Date.now() - started;
    if (meanwhile.errors) {
      expect(meanwhile.errors[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(elapsed).toBeLessThan(2_500);
    }
    const downtime = await eventually(
      async () => (await postGraphql(graph.url, '{ courses { totalCount } }')).errors === undefined,
      30_000,
      'the database to answer again',
    );
    process.stdout.write(
      `embedded PostgreSQL stopped: ${meanwhile.errors ? `DATABASE_UNAVAILABLE after ${elapsed} ms, ` : ''}answers again after ${downtime} ms\n`,
    );
    expect(postmasterPid(dataDir)).not.toBe(postmaster);
    expect((['training', 'exhibitions', 'trade'] as const).map((name) => graph.pidOf(name))).toEqual(subgraphPids);
  });

  it('drains on SIGTERM under load: no request cut, new connections refused, every process gone', async () => {
    const fates: Array<RequestFate & { requestId: string }> = [];
    let inFlight = 0;
    let stopped = false;
    const body = JSON.stringify({ query: PROVINCE_QUERY.toString() });
    const client = async () => {
      for (;;) {
        inFlight += 1;
        const requestId = `load-${fates.length}-${Math.random().toString(36).slice(2)}`;
        const fate = await postOnNewConnection(graph.url, body, { 'x-request-id': requestId });
        inFlight -= 1;
        fates.push({ ...fate, requestId });
        if (fate.kind !== 'answered' && stopped) {
          return;
        }
        if (fates.length > 2_000) {
          return;
        }
      }
    };
    const pids = new Set(graph.lines().map((line) => line.pid));
    const postmaster = postmasterPid(dataDir);
    const clients = Array.from({ length: 10 }, client);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const inFlightAtStop = inFlight;
    stopped = true;
    graph.process.child.kill('SIGTERM');
    await Promise.all(clients);
    const code = await graph.process.exited;
    // A connection the kernel completed but the gateway never accepted before it closed its port is reset:
    // refused too, as long as no process of the graph saw its request.
    const seen = new Set(graph.lines().map((line) => line.requestId));
    const resetUnseen = fates.filter((fate) => fate.kind === 'cut' && /ECONNRESET/.test(fate.error) && !seen.has(fate.requestId));
    const cut = fates.filter((fate) => fate.kind === 'cut' && !resetUnseen.includes(fate));
    const drained = graph.lines().find((line) => line.component === 'gateway' && line.message === 'stopped serving');
    const count = (kind: RequestFate['kind']) => fates.filter((fate) => fate.kind === kind).length;
    process.stdout.write(
      `SIGTERM under load: ${inFlightAtStop} in flight at the signal; ${count('answered')} answered, ${count('refused')} refused, ` +
        `${resetUnseen.length} reset before the gateway accepted them, ${cut.length} cut; gateway: ${JSON.stringify(drained)}\n`,
    );
    expect(inFlightAtStop).toBeGreaterThan(0);
    expect(cut).toEqual([]);
    expect(drained).toMatchObject({ connectionsDestroyed: 0 });
    expect((drained?.requestsInFlight as number) ?? 0).toBeGreaterThan(0);
    expect(fates.filter((fate) => fate.kind === 'answered').every((fate) => fate.kind === 'answered' && fate.status === 200)).toBe(true);
    expect(code).toBe(0);
    expect([...pids].filter(isAlive)).toEqual([]);
    expect(isAlive(postmaster)).toBe(false);
  });
});

describe('an embedded PostgreSQL left running by a process that is gone', () => {
  it('is stopped and replaced by the next npm start, not joined', async () => {
    const orphanDir = path.join(runDir, 'orphan');
    const owner = fork(path.join(projectRoot(), 'dist', 'services', 'shared', 'platform', 'database', 'embedded-postgres-process.js'), [], {
      env: { ...process.env, EMBEDDED_POSTGRES_DIR: orphanDir },
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    await new Promise((resolve) => owner.once('message', resolve));
    const orphan = postmasterPid(orphanDir);
    // Gone without stopping its PostgreSQL, as after a crash or a `pg_ctl restart` by hand.
    owner.kill('SIGKILL');
    await new Promise((resolve) => owner.once('exit', resolve));
    expect(isAlive(orphan)).toBe(true);
    const again = await startGraphProcess({ EMBEDDED_POSTGRES_DIR: orphanDir, TMPDIR: processTmp }, ['DATABASE_URL']);
    try {
      expect(again.process.output()).toContain(`Stopping the PostgreSQL (pid ${orphan}) left running on ${orphanDir}`);
      expect(isAlive(orphan)).toBe(false);
      expect(postmasterPid(orphanDir)).not.toBe(orphan);
      expect((await postGraphql(again.url, '{ courses { totalCount } }')).errors).toBeUndefined();
    } finally {
      expect(await again.stop()).toBe(0);
    }
  });
});
