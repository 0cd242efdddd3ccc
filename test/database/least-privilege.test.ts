import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import { makeRunDir, type PostgresProcess, startPostgresProcess } from '../support/postgres-process';

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
