// Agreements written as reviewers would meet them, each with the verdict counsel would give: which built-in rules
// must fire (and where), and which must stay silent. They are kept apart from fixtures/ (the bench warms up on
// those) and measure the packs on drafting they were not written against.
//
// Each agreement `<name>.md|.txt|.html|.docx` has a sidecar `<name>.expect.json`:
//   { "kind": "cross-license",            (optional: the document kind the check assumes)
//     "fires":  [["antitrust/no-challenge", "6.2", "warning"], ["exit/cure-period-missing", null]],
//     "silent": ["reciprocity/one-way-grant", ...],
//     "knownMisses": [["reciprocity/asymmetric-consideration", null, "why the packs miss it today"]],
//     "knownFalse":  [["precision/undefined-term", "1.5", "why counsel would not flag it"]],
//     "why": "one line on what the agreement tests" }
// "fires" pins a rule and the clause number it names (null for a document-level finding), and optionally the severity
// counsel expects there (a bar on challenges is a warning, a termination right on challenge info); the rule may fire
// elsewhere too. "silent" rules must not fire anywhere in the document. "knownMisses" and "knownFalse" record where
// the packs still disagree with counsel (a finding counsel expects that does not come, one that comes and should
// not; a known miss with a null clause fires nowhere today): the test holds them as they are, so a fix shows as a failure that asks to move the entry to "fires" or
// "silent", and the disagreements are counted in one place instead of in prose.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkDocument } from '../../src/check.js';
import { ingestFile } from '../../src/ingest/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';
import type { DocumentKind } from '../../src/model/index.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const Expectation = z.strictObject({
  kind: z.enum(['cross-license', 'license', 'other']).optional(),
  fires: z.array(z.union([z.tuple([z.string(), z.string().nullable()]), z.tuple([z.string(), z.string().nullable(), z.enum(['error', 'warning', 'info'])])])),
  silent: z.array(z.string()),
  knownMisses: z.array(z.tuple([z.string(), z.string().nullable(), z.string().min(1)])).optional(),
  knownFalse: z.array(z.tuple([z.string(), z.string().nullable(), z.string().min(1)])).optional(),
  why: z.string().min(1),
});

const packs = loadBuiltinPacks();
const agreements = readdirSync(DIR).filter((f) => /\.(md|txt|html?|docx)$/.test(f)).sort();

describe('held-out agreements', () => {
  it('has at least one agreement, each with its expectations', () => {
    // (An empty directory would make every other test here vanish silently.)
    expect(agreements.length).toBeGreaterThan(0);
  });

  for (const file of agreements) {
    const expectFile = file.replace(/\.[^.]+$/, '.expect.json');
    it(`${file}: fires what counsel would flag, and nothing it must not`, async () => {
      const expected = Expectation.parse(JSON.parse(readFileSync(`${DIR}${expectFile}`, 'utf8')));
      // ingestFile, as the CLI does: an .html agreement is read as HTML (blocks to paragraphs), not as text.
      const source = await ingestFile(file, readFileSync(`${DIR}${file}`));
      const kind = expected.kind as DocumentKind | undefined;
      const report = await checkDocument(source, packs, kind ? { kind } : {});
      const findings = report.findings;
      const got = findings.map((f) => `${f.ruleId} @ ${f.clauseNumber ?? 'document'}`);
      for (const [ruleId, clause, severity] of expected.fires) {
        expect(got, `${ruleId} should fire at ${clause ?? 'document level'}`).toContain(`${ruleId} @ ${clause ?? 'document'}`);
        if (severity === undefined) continue;
        const there = findings.filter((f) => f.ruleId === ruleId && (f.clauseNumber ?? null) === clause).map((f) => f.severity);
        expect(there, `${ruleId} at ${clause ?? 'document level'} should be reported as ${severity}`).toContain(severity);
      }
      for (const ruleId of expected.silent) {
        expect(got.filter((g) => g.startsWith(`${ruleId} @ `)), `${ruleId} should stay silent`).toEqual([]);
      }
      for (const [ruleId, clause] of expected.knownMisses ?? []) {
        const at = clause === null ? `${ruleId} @ ` : `${ruleId} @ ${clause}`;
        expect(got.filter((g) => (clause === null ? g.startsWith(at) : g === at)), `${at} now fires: move it from knownMisses to fires`).toEqual([]);
      }
      for (const [ruleId, clause] of expected.knownFalse ?? []) {
        const at = `${ruleId} @ ${clause ?? 'document'}`;
        expect(got, `${at} no longer fires: drop it from knownFalse (and add ${ruleId} to silent if it fires nowhere)`).toContain(at);
      }
    });
  }
});
