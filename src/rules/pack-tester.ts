// Runs a pack's *.cases.json: each case is agreement text (or a fixture file) with the rule ids it
// must and must not raise. Only the rule under test runs. The tester also polices the pack's
// invariants: every rule has a cases file with at least one firing case and one near-miss, no
// duplicate cases, no rule ids that the rule file does not define.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ClauseCheckError, DEFAULT_REVIEW_THRESHOLD, fileUnreadable, type Finding } from '../model/index.js';
import { parseJsonSafely } from '../config/json.js';
import { analyze } from '../analysis.js';
import { ingest, sourceFromText } from '../ingest/index.js';
import { CasesFile, type TestCase } from './schema.js';
import { casesFileOf, loadPack, parseWith, type LoadedPack, type LoadedRule } from './loader.js';
import { evaluate } from './evaluate.js';
import { packClauseTypes } from './clause-types.js';

export interface CaseResult {
  readonly ruleId: string;
  /** "<rule>#<index>: <name>" */
  readonly name: string;
  readonly file: string;
  readonly ok: boolean;
  /** What went wrong, one line each. */
  readonly failures: readonly string[];
  readonly findings: readonly Finding[];
}

export interface PackTestResult {
  readonly pack: string;
  readonly cases: readonly CaseResult[];
  /** Invariant violations of the pack's tests (missing cases files, no near-miss, duplicates ...). */
  readonly problems: readonly string[];
  readonly ok: boolean;
}

function readCases(file: string): TestCase[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ClauseCheckError('pack-invalid', `cannot read cases: ${fileUnreadable(e)}`, { file });
  }
  return parseWith(CasesFile, parseJsonSafely(text, file, 'pack-invalid'), file).cases;
}

async function runCase(rule: LoadedRule, pack: LoadedPack, c: TestCase, index: number, file: string): Promise<CaseResult> {
  const name = `${rule.id}#${index}${c.name ? `: ${c.name}` : ''}`;
  const failures: string[] = [];
  for (const id of [...c.must, ...c.mustNot]) {
    if (id !== rule.id) failures.push(`names ${id}, but a cases file tests only its own rule (${rule.id})`);
  }
  const source = c.fixture
    ? (() => {
        const path = resolve(dirname(file), c.fixture);
        if (!existsSync(path)) throw new ClauseCheckError('pack-invalid', `fixture not found: ${c.fixture}`, { file, jsonPath: `$.cases[${index}].fixture` });
        return ingest(path, readFileSync(path));
      })()
    : sourceFromText(c.text ?? '', `${rule.id.replace('/', '-')}-case-${index}.md`);
  const only: LoadedPack = { ...pack, rules: [rule] };
  // As check reads a document (check.ts checkDocument): tagged with the pack's own clause types, and a rule kept silent
  // only by a tag below the default review threshold reported as needing review. Without them a case could pass here
  // and fail in check, or the reverse ('your licence will not end' tagged defensive-termination at 0.6). check tags with
  // the types of every loaded pack; the built-in packs declare none (test/rules/loader.test.ts pins it), so a case reads
  // here as check reads it with them loaded beside this pack.
  const extraTypes = packClauseTypes([pack]);
  const analysis = analyze(source, extraTypes.length > 0 ? { extraTypes } : {});
  const findings = await evaluate(analysis, [only], { ...(c.kind ? { kind: c.kind } : {}), reviewThreshold: DEFAULT_REVIEW_THRESHOLD });
  const raised = new Set(findings.map((f) => f.ruleId));
  for (const id of c.must) if (!raised.has(id)) failures.push(`expected ${id} to fire, it did not`);
  for (const id of c.mustNot) {
    if (raised.has(id)) failures.push(`expected ${id} not to fire, it did: ${findings.find((f) => f.ruleId === id)?.message ?? ''}`);
  }
  return { ruleId: rule.id, name, file, ok: failures.length === 0, failures, findings };
}

/** Test a loaded pack's own rules (inherited rules are tested by their own pack). */
export async function testLoadedPack(pack: LoadedPack): Promise<PackTestResult> {
  const problems: string[] = [];
  const cases: CaseResult[] = [];
  const ownRules = pack.rules.filter((r) => r.pack === pack.id);
  for (const rule of ownRules) {
    const file = casesFileOf(rule);
    if (!existsSync(file)) {
      problems.push(`${rule.id}: no cases file (${file})`);
      continue;
    }
    const list = readCases(file);
    if (!list.some((c) => c.must.includes(rule.id))) problems.push(`${rule.id}: no case where the rule fires (must)`);
    if (!list.some((c) => c.mustNot.includes(rule.id))) problems.push(`${rule.id}: no near-miss case where it must not fire (mustNot)`);
    const seen = new Map<string, number>();
    for (const [i, c] of list.entries()) {
      const key = `${c.kind ?? ''}\u0000${c.fixture ?? ''}\u0000${(c.text ?? '').replace(/\s+/g, ' ').trim()}`;
      const prev = seen.get(key);
      if (prev !== undefined) problems.push(`${rule.id}: case ${i} duplicates case ${prev}`);
      else seen.set(key, i);
    }
    // In turn, not Promise.all: runs share nothing but their order stays the declaration order.
    for (const [i, c] of list.entries()) cases.push(await runCase(rule, pack, c, i, file));
  }
  return { pack: pack.id, cases, problems, ok: problems.length === 0 && cases.every((c) => c.ok) };
}

/** Load the pack in `dir` and run its cases (for `clausecheck test-pack <dir>`). */
export async function testPack(dir: string): Promise<PackTestResult> {
  return testLoadedPack(loadPack(dir));
}
