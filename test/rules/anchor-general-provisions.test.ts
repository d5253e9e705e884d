// Where a missing competition-law clause is reported: at the general provisions a reader looks in, by their heading
// ('MISCELLANEOUS', 'General terms'), not at the first notices or entire-agreement clause. Two CUAD dev contracts (the
// test is skipped without the corpus): CCA's 'ARTICLE IX / MISCELLANEOUS' heading, which the clause tree read into the
// force majeure clause before it after a page break, so it has nothing under it (the finding sat at 9.02 Notices);
// SouthernStar's 'IV General terms', whose typed clauses are two levels under it (the finding sat at a '(3)').
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const CUAD = '../shared/corpus/cuad-dev/contracts';
const named = (prefix: string): string | undefined => (existsSync(CUAD) ? readdirSync(CUAD).find((f) => f.startsWith(prefix)) : undefined);
const antitrust = loadBuiltinPacks().filter((p) => p.id === 'antitrust');
const missing = async (file: string) =>
  (await evaluate(analyze(sourceFromText(readFileSync(join(CUAD, file), 'utf8'), file)), antitrust, {})).find((f) => f.ruleId === 'antitrust/compliance-clause-missing');

describe('a missing competition-law clause is reported at the general provisions', () => {
  const cca = named('CCAINDUSTRIESINC_04_14_2014');
  it.skipIf(cca === undefined)('at a bare MISCELLANEOUS heading over the typed sections that follow it', async () => {
    const f = await missing(cca!);
    expect(f?.heading).toBe('MISCELLANEOUS');
  });

  const southern = named('SouthernStarEnergyInc_20051202');
  it.skipIf(southern === undefined)('at a General terms section whose typed clauses are deeper than its children', async () => {
    const f = await missing(southern!);
    expect(f?.heading).toBe('General terms');
  });

  const gran = named('GRANTIERRAENERGYINC_05_07_2012');
  it.skipIf(gran === undefined)('near miss: not at an annex named in a list of annexes ("ANNEX 3 GENERAL CLAUSES ...")', async () => {
    const f = await missing(gran!);
    expect(f?.heading ?? '').not.toMatch(/^GENERAL CLAUSES/);
    expect(f?.clauseNumber).not.toBe('ANNEX 3');
  });
});
