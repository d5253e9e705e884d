// --pack arguments -> loaded packs: a built-in pack id, or a directory holding a pack.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
// From the loader itself: the rules index also holds the pack tester, which loads the whole pipeline.
import { loadBuiltinPacks, loadPack, type LoadedPack } from '../rules/loader.js';
import { ClauseCheckError } from '../model/index.js';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** No --pack: every built-in pack. Otherwise exactly the packs named, in the order given. */
export function resolvePacks(names: readonly string[], cwd: string): LoadedPack[] {
  const builtins = loadBuiltinPacks();
  if (names.length === 0) return builtins;
  const out: LoadedPack[] = [];
  for (const name of names) {
    const builtin = builtins.find((p) => p.id === name);
    const dir = resolve(cwd, name);
    let pack: LoadedPack;
    if (builtin) pack = builtin;
    else if (isDirectory(dir)) pack = loadPack(dir);
    else {
      const known = builtins.map((p) => p.id).join(', ') || 'none';
      throw new ClauseCheckError('usage', `unknown pack: not a built-in pack (${known}) nor a directory`, { file: name });
    }
    if (!out.some((p) => p.id === pack.id)) out.push(pack);
  }
  return out;
}
