// `npm ci` (what a CI pipeline runs) refuses a lockfile that is out of step with package.json or that leaves out a
// package some locked package asks for, even an optional one for another platform; a fresh clone must install with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}
const root = new URL('../../', import.meta.url);
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as LockEntry;

/** Where Node (and npm) would find `name` from the package at `at`: its own node_modules, then each one above. */
function resolves(at: string, name: string): boolean {
  for (let dir = at; ; dir = dir.replace(/\/?node_modules\/(?:@[^/]+\/)?[^/]+$/, '')) {
    if (lock.packages[`${dir === '' ? '' : `${dir}/`}node_modules/${name}`]) return true;
    if (dir === '') return false;
  }
}

describe('package-lock.json', () => {
  it('records package.json\'s dependencies as they are', () => {
    const top = lock.packages[''] ?? {};
    expect(top.dependencies ?? {}).toEqual(manifest.dependencies ?? {});
    expect(top.devDependencies ?? {}).toEqual(manifest.devDependencies ?? {});
  });

  it('holds every package a locked package depends on, optional ones included (npm ci fails without them)', () => {
    const missing: string[] = [];
    for (const [at, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...(at === '' ? entry.devDependencies : {}) })) {
        if (!resolves(at, name)) missing.push(`${at || '(root)'} -> ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
