import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';

import { firstFolderClosedTo, type UserIds } from './postgres-user-access';

/**
 * Returns the folder where root keeps what the `postgres` system user must
 * reach when the checkout is closed to it (root-owned, world-readable):
 * EMBEDDED_POSTGRES_CACHE, or /var/cache/handicrafts-graph.
 */
export function embeddedPostgresCache(): string {
  return path.resolve(process.env.EMBEDDED_POSTGRES_CACHE ?? '/var/cache/handicrafts-graph');
}

/** Paths of the PostgreSQL executables the embedded server runs; their `lib` and `share` folders sit beside their `bin` folder. */
export interface PostgresBinaries {
  readonly initdb: string;
  readonly postgres: string;
}

/**
 * Returns the PostgreSQL binaries of the `@embedded-postgres/<platform>-<arch>`
 * package that `user` (the system user PostgreSQL runs as; undefined when it
 * runs as this process's user) can execute: the package's own, or, when `user`
 * cannot enter a folder on the way to them (a checkout under /root), a copy of
 * its native folder in embeddedPostgresCache(), made once per package version.
 */
export async function postgresBinaries(user: UserIds | undefined): Promise<PostgresBinaries> {
  const packaged = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as PostgresBinaries;
  if (!user || !(await firstFolderClosedTo(path.dirname(packaged.initdb), user))) {
    return packaged;
  }
  const native = path.dirname(path.dirname(await realpath(packaged.initdb)));
  const { version } = JSON.parse(await readFile(path.join(native, '..', 'package.json'), 'utf8')) as { version: string };
  const copy = path.join(embeddedPostgresCache(), `postgres-${process.platform}-${process.arch}-${version}`);
  if (!existsSync(copy)) {
    await copyAtomically(native, copy);
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') };
}

/**
 * Copies the folder `from` to `to`, symbolic links as they are (the package's
 * install script links the shared libraries), under a temporary name renamed
 * at the end: a process that finds `to` finds it complete, and of two
 * processes copying at once, the second to finish keeps the first's copy.
 */
async function copyAtomically(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  // Whatever the umask, the postgres user must enter the cache.
  await chmod(path.dirname(to), 0o755);
  const partial = `${to}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await cp(from, partial, { recursive: true, verbatimSymlinks: true });
    await chmod(partial, 0o755);
    await rename(partial, to).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') {
        throw error;
      }
    });
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}
