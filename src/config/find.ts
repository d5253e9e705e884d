// Finding the config file: apart from load.ts, which validates it with zod, so that a run without a config file
// does not load zod (the CLI loads load.ts only when there is a file to read).
import { statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';

export const CONFIG_FILE_NAME = 'clausecheck.config.json';

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest clausecheck.config.json in `startDir` or a folder above it; null when there is none. */
export function findConfig(startDir: string): string | null {
  let dir = resolve(startDir);
  const { root } = parse(dir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (dir === root) return null;
    dir = dirname(dir);
  }
}
