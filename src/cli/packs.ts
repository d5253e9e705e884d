// --pack arguments -> loaded packs: a built-in pack id, or a directory holding a pack.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
// The built-in packs are read as trusted (pack-files.ts); the validating loader (zod) loads only for a pack folder.
import { loadBuiltinPacks, type LoadedPack } from '../rules/pack-files.js';
import { ClauseCheckError } from '../model/index.js';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** No --pack: every built-in pack. Otherwise exactly the packs named, in the order given. */
export async function resolvePacks(names: readonly string[], cwd: string): Promise<LoadedPack[]> {
  const builtins = loadBuiltinPacks();
  if (names.length === 0) return builtins;
  const out: LoadedPack[] = [];
  for (const name of names) {
    const builtin = builtins.find((p) => p.id === name);
    const dir = resolve(cwd, name);
    let pack: LoadedPack;
    if (builtin) pack = builtin;
    else if (isDirectory(dir)) pack = (await import('../rules/loader.js')).loadPack(dir);
    else {
      const known = builtins.map((p) => p.id).join(', ') || 'none';
      throw new ClauseCheckError('usage', `unknown pack: not a built-in pack (${known}) nor a directory`, { file: name });
    }
    if (!out.some((p) => p.id === pack.id)) out.push(pack);
  }
  return out;
}
