// Runs fast-check properties with a run count that `npm test` keeps short and `npm run fuzz` makes large.
//   PROPERTY_RUNS   runs per property (default 30, bounded by PROPERTY_TIME_MS per property, default 2500)
//   FUZZ_LOG        when set (by scripts/fuzz.mjs): append one JSON line per property with its count and outcome
//   FUZZ_SEED       replay a seed printed by a failure
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

const FUZZING = process.env.FUZZ_LOG !== undefined;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 30);
const TIME_MS = Number(process.env.PROPERTY_TIME_MS ?? (FUZZING ? 0 : 2500));

/**
 * Check a property; throw fast-check's report (seed, path, minimal counterexample) when it fails.
 * `weight` scales the run count for cheap properties (ingest) against costly ones (whole check).
 */
export async function holds<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  weight = 1,
): Promise<void> {
  const params: fc.Parameters<Ts> = {
    numRuns: Math.max(1, Math.round(RUNS * weight)),
    ...(TIME_MS > 0 ? { interruptAfterTimeLimit: TIME_MS, markInterruptAsFailure: false } : {}),
    ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
  };
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, params);
  if (FUZZING) {
    const counterexample = details.failed ? fc.stringify(details.counterexample).slice(0, 2000) : null;
    appendFileSync(process.env.FUZZ_LOG as string, `${JSON.stringify({ name, runs: details.numRuns, failed: details.failed, seed: details.seed, path: details.counterexamplePath, counterexample, error: details.failed ? String(details.errorInstance).slice(0, 500) : null })}\n`);
  }
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${name}: ${cause}\n${fc.defaultReportMessage(details) ?? 'failed'}`);
  }
}
