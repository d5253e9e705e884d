// What scripts/diff-builds.mjs and scripts/diff-units.mjs share: their command line and their random numbers.
import { parseArgs } from 'node:util';

/** Two checkouts as positionals, and `options` (node:util parseArgs); a bad command line prints `usage` and exits 2. */
export function twoCheckouts(usage, options) {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options });
  } catch (e) {
    console.error(`${e.message}\n${usage}`);
    process.exit(2);
  }
  const [oldDir, newDir] = parsed.positionals;
  if (!oldDir || !newDir) {
    console.error(usage);
    process.exit(2);
  }
  return { opts: parsed.values, oldDir, newDir };
}

/** xorshift32 numbers in [0, 1) from `seed` (a non-zero 32-bit integer): the same seed gives the same cases. */
export function xorshift(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}
