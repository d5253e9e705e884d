// --pack arguments -> loaded packs: a built-in pack id, or a directory holding a pack.
// The built-in packs are read as trusted (pack-files.ts); the validating loader (zod) loads only for a pack folder.
import { loadBuiltinPacks, type LoadedPack } from '../rules/pack-files.js';
import { ClauseCheckError } from '../model/index.js';

/**
 * No --pack: every built-in pack. Otherwise exactly the packs named, in the order given, found as a config's "packs"
 * are (a built-in id, a folder, an installed package) and refused in the same words.
 */
export async function resolvePacks(names: readonly string[], cwd: string): Promise<LoadedPack[]> {
  const builtins = loadBuiltinPacks();
  if (names.length === 0) return builtins;
  const out: LoadedPack[] = [];
  for (const name of names) {
    const builtin = builtins.find((p) => p.id === name);
    let pack: LoadedPack;
    if (builtin) pack = builtin;
    else {
      // The config's finder is loaded only here: a check with the built-in packs never loads zod.
      const { locatePack } = await import('../config/load.js');
      const found = locatePack(name, cwd);
      if ('problem' in found) throw new ClauseCheckError('usage', `--pack: ${found.problem}`);
      pack = found.kind === 'builtin' ? builtins.find((p) => p.id === found.id)! : (await import('../rules/loader.js')).loadPack(found.dir);
    }
    if (!out.some((p) => p.id === pack.id)) out.push(pack);
  }
  return out;
}
