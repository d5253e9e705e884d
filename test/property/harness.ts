// Runs fast-check properties with a run count that `npm test` keeps short and `npm run fuzz` makes large.
//   PROPERTY_RUNS   runs per property (default 30, bounded by PROPERTY_TIME_MS per property, default 2500)
//   FUZZ_LOG        when set (by scripts/fuzz.mjs): fuzz mode; after a failure the property goes on with a
//                   new seed until its runs are used up (at most FUZZ_MAX_FAILURES distinct failures, default
//                   5), and one JSON line per failure and per property total is appended to this file
//   PROPERTY_SEED   the seed every property starts from (default PROPERTY_DEFAULT_SEED, so `npm test` checks the
//                   same cases on the same code and a landing cannot pass or fail by the draw; 'random' draws a
//                   new one, which a failure's report prints). FUZZ_SEED is the older name; fuzz mode draws
//                   a new seed unless one is given
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

const FUZZ_LOG = process.env.FUZZ_LOG;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 30);
const TIME_MS = Number(process.env.PROPERTY_TIME_MS ?? (FUZZ_LOG ? 0 : 2500));
const MAX_FAILURES = Number(process.env.FUZZ_MAX_FAILURES ?? 5);
/** The seed `npm test` runs the properties with when PROPERTY_SEED is not set. */
export const PROPERTY_DEFAULT_SEED = 20261130;

/**
 * The seed the properties start from: PROPERTY_SEED (or FUZZ_SEED) when set to a number, a fresh one for 'random'
 * or in fuzz mode without one, else PROPERTY_DEFAULT_SEED.
 */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.PROPERTY_SEED ?? env.FUZZ_SEED;
  if (given === undefined || given === '') return env.FUZZ_LOG ? Date.now() ^ (Math.random() * 0x100000000) : PROPERTY_DEFAULT_SEED;
  if (given === 'random') return Date.now() ^ (Math.random() * 0x100000000);
  const seed = Number(given);
  if (!Number.isInteger(seed)) throw new Error(`PROPERTY_SEED must be an integer or 'random', not '${given}'`);
  return seed;
}
const SEED = propertySeed();

type Details<Ts> = fc.RunDetails<Ts>;

function report<Ts>(name: string, details: Details<Ts>): string {
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `${name}: ${cause}\n${fc.defaultReportMessage(details) ?? 'failed'}\n(replay: PROPERTY_SEED=${details.seed} PROPERTY_RUNS=${RUNS})`;
}

/**
 * Check a property; throw fast-check's report (seed, path, minimal counterexample) when it fails.
 * `weight` scales the run count for cheap properties (ingest) against costly ones (whole check).
 */
export async function holds<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  weight = 1,
): Promise<void> {
  const numRuns = Math.max(1, Math.round(RUNS * weight));
  const params: fc.Parameters<Ts> = {
    numRuns,
    ...(TIME_MS > 0 ? { interruptAfterTimeLimit: TIME_MS, markInterruptAsFailure: false } : {}),
    seed: SEED,
  };
  if (!FUZZ_LOG) {
    const details = await fc.check(property as fc.IAsyncProperty<Ts>, params);
    if (details.failed) throw new Error(report(name, details));
    return;
  }
  // Fuzz mode: spend every run, collecting up to MAX_FAILURES minimal counterexamples.
  let done = 0;
  const failures: Details<Ts>[] = [];
  while (done < numRuns && failures.length < MAX_FAILURES) {
    const details = await fc.check(property as fc.IAsyncProperty<Ts>, { ...params, numRuns: numRuns - done, seed: failures.length ? Date.now() ^ done : params.seed });
    done += details.numRuns;
    if (!details.failed) break;
    failures.push(details);
    appendFileSync(FUZZ_LOG, `${JSON.stringify({ name, failure: true, seed: details.seed, path: details.counterexamplePath, counterexample: fc.stringify(details.counterexample).slice(0, 2000), error: String(details.errorInstance).slice(0, 500) })}\n`);
  }
  appendFileSync(FUZZ_LOG, `${JSON.stringify({ name, runs: done, failed: failures.length })}\n`);
  if (failures[0]) throw new Error(failures.map((d) => report(name, d)).join('\n\n'));
}
