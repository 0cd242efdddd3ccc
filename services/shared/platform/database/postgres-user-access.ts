import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A system user's ids. */
export interface UserIds {
  readonly uid: number;
  readonly gid: number;
}

/** Returns the ids of system user `name`, or undefined when there is none. */
export async function userIds(name: string): Promise<UserIds | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/**
 * Returns the first folder on the way to `target` (itself included when it is
 * a folder) that `user` cannot enter, judging by owner, group and mode bits,
 * or undefined when it can reach `target`. Folders that do not exist yet are
 * skipped: whoever creates them decides.
 */
export async function firstFolderClosedTo(target: string, user: UserIds): Promise<{ folder: string; mode: string } | undefined> {
  const folders: string[] = [];
  for (let folder = path.resolve(target); ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) {
      break;
    }
  }
  for (const folder of folders) {
    const info = await stat(folder).catch(() => undefined);
    if (!info?.isDirectory()) {
      continue;
    }
    const mode = info.mode & 0o777;
    const canEnter = info.uid === user.uid ? (mode & 0o100) !== 0 : info.gid === user.gid ? (mode & 0o010) !== 0 : (mode & 0o001) !== 0;
    if (!canEnter) {
      return { folder, mode: mode.toString(8).padStart(3, '0') };
    }
  }
  return undefined;
}

/**
 * Returns the ids of system user `name`, creating it (and its group) first
 * when there is none, as a system account without a login shell.
 */
export async function ensureSystemUser(name: string): Promise<UserIds> {
  const existing = await userIds(name);
  if (existing) {
    return existing;
  }
  await run('groupadd', ['--force', '--system', name]);
  await run('useradd', ['--system', '--gid', name, '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
  const created = await userIds(name);
  if (!created) {
    throw new Error(`useradd did not create the user ${name}`);
  }
  return created;
}
