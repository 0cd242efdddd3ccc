import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Returns the repository root (the folder holding package.json), found upward
 * from this file so that it is the same from sources and from `dist/`.
 */
export function projectRoot(): string {
  let folder = __dirname;
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) {
      throw new Error(`No package.json above ${__dirname}`);
    }
    folder = parent;
  }
  return folder;
}
