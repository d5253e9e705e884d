// --pack arguments -> loaded packs: a built-in pack id, or a directory holding a pack.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as rules from '../rules/index.js';
import type { LoadedPack } from '../rules/index.js';
import { ClauseCheckError } from '../model/index.js';

type PackLoader = (dir: string) => LoadedPack | Promise<LoadedPack>;

// loadPack lands with the rules stage; look it up at run time so the CLI builds before it does.
function packLoader(): PackLoader | null {
  const candidate = (rules as Record<string, unknown>)['loadPack'];
  return typeof candidate === 'function' ? (candidate as PackLoader) : null;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** No --pack: every built-in pack. Otherwise exactly the packs named, in the order given. */
export async function resolvePacks(names: readonly string[], cwd: string): Promise<LoadedPack[]> {
  const builtins = rules.loadBuiltinPacks();
  if (names.length === 0) return builtins;
  const out: LoadedPack[] = [];
  for (const name of names) {
    const builtin = builtins.find((p) => p.id === name);
    const dir = resolve(cwd, name);
    let pack: LoadedPack;
    if (builtin) pack = builtin;
    else if (isDirectory(dir)) {
      const load = packLoader();
      if (!load) throw new ClauseCheckError('pack-invalid', 'loading packs from a directory is not available in this build', { file: name });
      pack = await load(dir);
    } else {
      const known = builtins.map((p) => p.id).join(', ') || 'none';
      throw new ClauseCheckError('usage', `unknown pack: not a built-in pack (${known}) nor a directory`, { file: name });
    }
    if (!out.some((p) => p.id === pack.id)) out.push(pack);
  }
  return out;
}
