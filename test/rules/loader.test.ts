// The pack loader rejects every kind of broken pack with ONE ClauseCheckError naming the file and JSON path.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClauseCheckError } from '../../src/model/index.js';
import { loadError } from './pack-helpers.js';
import { builtinRulesDir, loadPack, loadBuiltinPacks, evaluate, packClauseTypes, testPack } from '../../src/rules/index.js';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { check, type CheckOptions } from '../../src/check.js';

const baseRule = {
  id: 'demo/late-payment',
  severity: 'warning',
  title: 'Late payment interest missing',
  scope: 'document',
  conditions: { all: [{ fact: 'clauses', params: { text: 'shall pay' }, operator: 'nonEmpty', value: true }, { fact: 'clauses', params: { label: 'late-payment interest', text: 'late payment|interest at' }, operator: 'isEmpty', value: true }] },
  message: 'Payments are due but no late-payment interest is stated ({{evidence}}).',
  rationale: 'Without interest on late payments a payer can delay at no cost; the agreement should price delay.',
  recommendation: 'Add interest on late payments at a stated rate above a reference rate, accruing from the due date.',
};

function writePack(dir: string, manifest: object, rules: Record<string, unknown>, cases: Record<string, unknown> = {}): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pack.json'), JSON.stringify(manifest));
  for (const [name, rule] of Object.entries(rules)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(rule));
  for (const [name, c] of Object.entries(cases)) writeFileSync(join(dir, `${name}.cases.json`), JSON.stringify(c));
  return dir;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'clausecheck-pack-'));
}


const manifest = { id: 'demo', version: '1.0.0', description: 'Demo pack', rules: ['late-payment'] };

describe('loadPack', () => {
  it('loads a valid user pack and evaluates it', async () => {
    const dir = writePack(join(tmp(), 'demo'), manifest, { 'late-payment': baseRule });
    const pack = loadPack(dir);
    expect(pack.rules.map((r) => [r.id, r.pack, r.severity])).toEqual([['demo/late-payment', 'demo', 'warning']]);
    const text = '## 3. Payment\n\n3.1 Beta shall pay Alpha USD 10,000 within thirty (30) days after invoice.\n';
    const findings = await evaluate(analyze(sourceFromText(text, 'a.md')), [pack]);
    expect(findings.map((f) => f.ruleId)).toEqual(['demo/late-payment']);
    expect(findings[0]?.evidence).toContain('looked for: late-payment interest');
  });

  const broken: [string, (r: typeof baseRule) => unknown, RegExp, string][] = [
    ['an unknown fact', (r) => ({ ...r, conditions: { all: [{ fact: 'nope', operator: 'nonEmpty', value: true }] } }), /unknown fact "nope"/, '$.conditions.all[0].fact'],
    ['an unknown operator', (r) => ({ ...r, conditions: { all: [{ fact: 'clauses', params: { text: 'x' }, operator: 'matches', value: true }] } }), /unknown operator "matches"/, '$.conditions.all[0].operator'],
    // Names every object has a property of are no facts or operators either (they crashed the loader).
    ['a fact named as an inherited property', (r) => ({ ...r, conditions: { all: [{ fact: 'constructor', operator: 'nonEmpty', value: true }] } }), /unknown fact "constructor"/, '$.conditions.all[0].fact'],
    ['an operator named as an inherited property', (r) => ({ ...r, conditions: { all: [{ fact: 'clauses', params: { text: 'x' }, operator: 'toString', value: true }] } }), /unknown operator "toString"/, '$.conditions.all[0].operator'],
    ['an invalid regular expression', (r) => ({ ...r, conditions: { all: [{ fact: 'clauses', params: { text: '(unclosed' }, operator: 'nonEmpty', value: true }] } }), /invalid regular expression/, '$.conditions.all[0].params.text'],
    ['a bad path', (r) => ({ ...r, conditions: { all: [{ fact: 'grantDirections', path: '$.nope', operator: 'equal', value: 1 }] } }), /has no "nope"/, '$.conditions.all[0].path'],
    ['a malformed path', (r) => ({ ...r, conditions: { all: [{ fact: 'grantDirections', path: 'grants[0]', operator: 'equal', value: 1 }] } }), /invalid path/, '$.conditions.all[0].path'],
    ['an unknown param', (r) => ({ ...r, conditions: { any: [{ fact: 'clauses', params: { text: 'x', colour: 'red' }, operator: 'nonEmpty', value: true }] } }), /colour|unrecognized/i, '$.conditions.any[0].params'],
    ['a wrong operator value', (r) => ({ ...r, conditions: { all: [{ fact: 'clauses', params: { text: 'x' }, operator: 'countAtLeast', value: 'two' }] } }), /expects a number/, '$.conditions.all[0].value'],
    ['an unknown placeholder', (r) => ({ ...r, message: 'See {{nope}}' }), /unknown placeholder/, '$.message'],
    ['an unknown clause type', (r) => ({ ...r, appliesTo: ['royalties'] }), /unknown clause type "royalties"/, '$.appliesTo[0]'],
    ['an id that does not match the file', (r) => ({ ...r, id: 'demo/other' }), /does not match its file/, '$.id'],
    ['a bad severity', (r) => ({ ...r, severity: 'fatal' }), /error|warning|info/, '$.severity'],
  ];
  for (const [what, mutate, message, path] of broken) {
    it(`rejects ${what} with file and JSON path`, () => {
      const dir = writePack(join(tmp(), 'demo'), manifest, { 'late-payment': mutate(baseRule) });
      const e = loadError(dir);
      expect(e.code).toBe('pack-invalid');
      expect(e.file).toBe(join(dir, 'late-payment.json'));
      expect(e.jsonPath?.startsWith(path)).toBe(true);
      expect(e.message).toMatch(message);
      expect(e.render()).not.toContain('\n');
    });
  }

  it('rejects a pack.json that lists a missing rule file', () => {
    const dir = writePack(join(tmp(), 'demo'), { ...manifest, rules: ['late-payment', 'absent'] }, { 'late-payment': baseRule });
    const e = loadError(dir);
    expect([e.file, e.jsonPath]).toEqual([join(dir, 'pack.json'), '$.rules[1]']);
  });

  it('rejects invalid JSON with the file name', () => {
    const dir = writePack(join(tmp(), 'demo'), manifest, {});
    writeFileSync(join(dir, 'late-payment.json'), '{ "id": ');
    expect(loadError(dir).render()).toMatch(/late-payment\.json: \$: invalid JSON: Unexpected end of JSON input$/);
  });

  it('rejects extends cycles', () => {
    const root = tmp();
    writePack(join(root, 'a'), { id: 'a', version: '1.0.0', description: 'A', extends: ['../b'] }, {});
    writePack(join(root, 'b'), { id: 'b', version: '1.0.0', description: 'B', extends: ['../a'] }, {});
    const e = loadError(join(root, 'a'));
    expect(e.message).toMatch(/"extends" cycle/);
    expect(e.jsonPath).toBe('$.extends');
  });

  it('rejects a rule id that duplicates an inherited rule', () => {
    const root = tmp();
    writePack(join(root, 'demo'), manifest, { 'late-payment': baseRule });
    const dir = writePack(join(root, 'child'), { id: 'demo', version: '1.0.0', description: 'dup', extends: ['../demo'], rules: ['late-payment'] }, { 'late-payment': baseRule });
    expect(loadError(dir).message).toMatch(/duplicate rule id/);
  });

  it('extends built-in packs by id, with severity overrides and rules switched off', () => {
    const dir = writePack(join(tmp(), 'house'), {
      id: 'house', version: '1.0.0', description: 'House rules', extends: ['exit', 'antitrust'],
      overrides: { 'exit/transition-missing': 'off', 'antitrust/no-challenge': 'error' }, rules: [],
    }, {});
    const pack = loadPack(dir);
    const ids = pack.rules.map((r) => r.id);
    expect(ids).toContain('exit/cure-period-missing');
    expect(ids).not.toContain('exit/transition-missing');
    expect(pack.rules.find((r) => r.id === 'antitrust/no-challenge')?.severity).toBe('error');
    expect(pack.rules.find((r) => r.id === 'antitrust/no-challenge')?.pack).toBe('antitrust');
  });

  it('accepts extra clause types for the tagger and lets rules name them', () => {
    const extra = { id: 'data-export', group: 'custom', label: 'Data export', phrases: { 'export~ .. data': 0.9 } };
    const dir = writePack(join(tmp(), 'demo'), { ...manifest, clauseTypes: [extra] }, { 'late-payment': { ...baseRule, appliesTo: ['data-export'] } });
    const pack = loadPack(dir);
    expect(packClauseTypes([pack]).map((t) => t.id)).toEqual(['data-export']);
  });

  it('rejects an extra clause type that redefines a built-in one', () => {
    const dir = writePack(join(tmp(), 'demo'), { ...manifest, clauseTypes: [{ id: 'royalty', group: 'custom', label: 'Mine' }] }, { 'late-payment': baseRule });
    const e = loadError(dir);
    expect([e.file, e.jsonPath]).toEqual([join(dir, 'pack.json'), '$.clauseTypes[0].id']);
  });

  it('rejects an extra clause type whose cue the tagger cannot compile, naming the cue (not an internal error at tagging)', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ phrases: { 'export~ .. data': 0.9, 'not .. @raise .. @prices': 0.6 } }, '$.clauseTypes[0].phrases["not .. @raise .. @prices"]', /unknown word class "@prices"/],
      [{ negatives: { '.. export': 0.5 } }, '$.clauseTypes[0].negatives[".. export"]', /cannot start with a gap/],
      [{ modal: [{ verbs: '#num export~', polarity: 'prohibition', weight: 0.5 }] }, '$.clauseTypes[0].modal[0].verbs', /must start with a required word/],
    ];
    for (const [cues, path, message] of cases) {
      const dir = writePack(join(tmp(), 'demo'), { ...manifest, clauseTypes: [{ id: 'data-export', group: 'custom', label: 'Data export', ...cues }] }, { 'late-payment': baseRule });
      const e = loadError(dir);
      expect([e.file, e.jsonPath]).toEqual([join(dir, 'pack.json'), path]);
      expect(e.message).toMatch(message);
    }
    // A known class is accepted.
    const ok = writePack(join(tmp(), 'demo'), { ...manifest, clauseTypes: [{ id: 'data-export', group: 'custom', label: 'Data export', phrases: { 'not .. @raise .. @price': 0.6 } }] }, { 'late-payment': baseRule });
    expect(packClauseTypes([loadPack(ok)]).map((t) => t.id)).toEqual(['data-export']);
  });

  it('expands named patterns of the pack and of the packs it extends, as (?&name), in every pattern of a rule', async () => {
    const root = tmp();
    const withRef = { ...baseRule, conditions: { all: [{ fact: 'clauses', params: { text: '(?&payment)', exclude: ['(?&waived)'] }, operator: 'nonEmpty', value: true }, { fact: 'clauses', params: { label: 'late-payment interest', text: 'late payment|interest at' }, operator: 'isEmpty', value: true }] } };
    writePack(join(root, 'base'), { id: 'base', version: '1.0.0', description: 'Base', patterns: { payment: String.raw`\bshall\s+pay\b` } }, {});
    const dir = writePack(join(root, 'demo'), { ...manifest, extends: ['../base'], patterns: { waived: String.raw`\bwaived?\b` } }, { 'late-payment': withRef });
    const pack = loadPack(dir);
    const params = (pack.rules[0]?.conditions.all?.[0]?.params ?? {}) as { text?: string; exclude?: string[] };
    expect([params.text, params.exclude]).toEqual([String.raw`(?:\bshall\s+pay\b)`, [String.raw`(?:\bwaived?\b)`]]);
    const run = async (clause: string) => (await evaluate(analyze(sourceFromText(`## 3. Payment\n\n3.1 ${clause}\n`, 'a.md')), [pack])).map((f) => f.ruleId);
    expect(await run('Beta shall pay Alpha USD 10,000 within thirty (30) days after invoice.')).toEqual(['demo/late-payment']);
    expect(await run('Beta shall pay Alpha USD 10,000, and any interest on it is waived.')).toEqual([]);
  });

  it('rejects a reference to an unknown pattern, and an invalid one in the table, with file and JSON path', () => {
    const withRef = { ...baseRule, conditions: { all: [{ fact: 'clauses', params: { text: 'pay', require: ['x', '(?&nope)'] }, operator: 'nonEmpty', value: true }] } };
    const dir = writePack(join(tmp(), 'demo'), { ...manifest, patterns: { waived: 'waived' } }, { 'late-payment': withRef });
    const e = loadError(dir);
    expect([e.file, e.jsonPath]).toEqual([join(dir, 'late-payment.json'), '$.conditions.all[0].params.require[1]']);
    expect(e.message).toMatch(/unknown pattern "\(\?&nope\)".*waived/);
    const bad = writePack(join(tmp(), 'demo'), { ...manifest, patterns: { waived: '(unclosed' } }, { 'late-payment': baseRule });
    expect([loadError(bad).file, loadError(bad).jsonPath, loadError(bad).message]).toEqual([join(bad, 'pack.json'), '$.patterns.waived', expect.stringMatching(/invalid regular expression/)]);
    const badName = writePack(join(tmp(), 'demo'), { ...manifest, patterns: { Waived: 'waived' } }, { 'late-payment': baseRule });
    // One line naming the file, the key and what is wrong with it (zod alone said "Invalid key in record").
    expect([loadError(badName).file, loadError(badName).jsonPath, loadError(badName).message]).toEqual([join(badName, 'pack.json'), '$.patterns.Waived', expect.stringMatching(/^invalid key "Waived": pattern names are kebab-case/)]);
    const spaced = writePack(join(tmp(), 'demo'), { ...manifest, patterns: { 'royalty free': 'royalty-free' } }, { 'late-payment': baseRule });
    expect([loadError(spaced).jsonPath, loadError(spaced).message]).toEqual(['$.patterns["royalty free"]', expect.stringMatching(/^invalid key "royalty free": pattern names are kebab-case/)]);
  });

  it('lets a named pattern use other named patterns, its own and inherited ones, resolved once when the pack loads', async () => {
    const root = tmp();
    writePack(join(root, 'base'), { id: 'base', version: '1.0.0', description: 'Base', patterns: { pay: String.raw`shall\s+pay` } }, {});
    const patterns = { 'owed': String.raw`\b(?&pay)\b`, 'waived': String.raw`\bwaived?\b`, 'owed-unless-waived': String.raw`(?&owed)(?![^.]*(?&waived))` };
    const withRef = { ...baseRule, conditions: { all: [{ fact: 'clauses', params: { text: '(?&owed-unless-waived)' }, operator: 'nonEmpty', value: true }] } };
    const dir = writePack(join(root, 'demo'), { ...manifest, extends: ['../base'], patterns }, { 'late-payment': withRef });
    const pack = loadPack(dir);
    expect(pack.patterns['owed-unless-waived']).toBe(String.raw`(?:\b(?:shall\s+pay)\b)(?![^.]*(?:\bwaived?\b))`);
    const params = (pack.rules[0]?.conditions.all?.[0]?.params ?? {}) as { text?: string };
    expect(params.text).toBe(`(?:${pack.patterns['owed-unless-waived']})`);
    const run = async (clause: string) => (await evaluate(analyze(sourceFromText(`## 3. Payment\n\n3.1 ${clause}\n`, 'a.md')), [pack])).map((f) => f.ruleId);
    expect(await run('Beta shall pay Alpha USD 10,000 within thirty (30) days after invoice.')).toEqual(['demo/late-payment']);
    expect(await run('Beta shall pay Alpha USD 10,000 unless the fee is waived by Alpha.')).toEqual([]);
  });

  it('rejects named patterns that use each other in a cycle, an unknown one, or make an unsafe pattern together, naming $.patterns.<name>', () => {
    const load = (patterns: Record<string, string>) => loadError(writePack(join(tmp(), 'demo'), { ...manifest, patterns }, { 'late-payment': baseRule }));
    const cycle = load({ a: 'x(?&b)', b: 'y(?&c)', c: '(?&a)z' });
    expect([cycle.jsonPath, cycle.message]).toEqual(['$.patterns.a', expect.stringMatching(/cycle: a -> b -> c -> a$/)]);
    const self = load({ fee: 'fee|(?&fee)' });
    expect([self.jsonPath, self.message]).toEqual(['$.patterns.fee', expect.stringMatching(/cycle: fee -> fee$/)]);
    const unknown = load({ owed: String.raw`shall\s+(?&pay-verb)` });
    expect([unknown.file?.endsWith('pack.json'), unknown.jsonPath, unknown.message]).toEqual([true, '$.patterns.owed', expect.stringMatching(/unknown pattern "\(\?&pay-verb\)"/)]);
    // Each is safe alone; nested under a repeat they backtrack catastrophically.
    const unsafe = load({ word: String.raw`\w+\s?`, words: '(?:(?&word))+$' });
    expect([unsafe.jsonPath, unsafe.message]).toEqual(['$.patterns.words', expect.stringMatching(/with its named patterns resolved/)]);
    // Each pattern is checked as it resolves, before another embeds it: 40 patterns each using the one before twice,
    // listed last-first, would otherwise build 2^40 copies before the first check.
    const doubling: Record<string, string> = {};
    for (let i = 40; i >= 1; i--) doubling[`p${i}`] = i === 1 ? '(?&a)(?&a)' : `(?&p${i - 1})(?&p${i - 1})`;
    const long = load({ ...doubling, a: 'abc' });
    expect([long.jsonPath, long.message]).toEqual([expect.stringMatching(/^\$\.patterns\.p\d+$/), expect.stringMatching(/characters long \(at most \d+\) \(with its named patterns resolved\)$/)]);
    // A reference is no regex of its own: the rest of the pattern is still checked as written.
    const broken = load({ pay: 'pay', owed: '((?&pay)' });
    expect([broken.jsonPath, broken.message]).toEqual(['$.patterns.owed', expect.stringMatching(/invalid regular expression/)]);
  });

  it("reads a rule's own named patterns: one pattern for its text and require, using the pack's, winning over a pack name", async () => {
    const root = tmp();
    const restraint = String.raw`\bshall\s+pay\b(?!(?&same-sentence){0,200}?(?&waived))`;
    const query = { label: 'a payment', text: '(?&owed)', require: ['(?&owed)', String.raw`\busd\b`] };
    const withRef = { ...baseRule, patterns: { owed: restraint, waived: String.raw`\bwaived\b` }, conditions: { all: [{ fact: 'clauses', params: query, operator: 'nonEmpty', value: true }, baseRule.conditions.all[1]] } };
    const dir = writePack(join(root, 'demo'), { ...manifest, patterns: { 'same-sentence': '[^.;]', waived: 'never-matches-this' } }, { 'late-payment': withRef });
    const pack = loadPack(dir);
    const params = (pack.rules[0]?.conditions.all?.[0]?.params ?? {}) as { text?: string; require?: string[] };
    const expanded = String.raw`(?:\bshall\s+pay\b(?!(?:[^.;]){0,200}?(?:\bwaived\b)))`;
    expect([params.text, params.require]).toEqual([expanded, [expanded, String.raw`\busd\b`]]);
    const run = async (clause: string) => (await evaluate(analyze(sourceFromText(`## 3. Payment\n\n3.1 ${clause}\n`, 'a.md')), [pack])).map((f) => f.ruleId);
    expect(await run('Beta shall pay Alpha USD 10,000 within thirty (30) days after invoice.')).toEqual(['demo/late-payment']);
    // The guard is the rule's: the words leave out only their own sentence.
    expect(await run('Beta shall pay Alpha USD 10,000, which Alpha has waived.')).toEqual([]);
    expect(await run('The first invoice is waived. Beta shall pay Alpha USD 10,000 within thirty (30) days after invoice.')).toEqual(['demo/late-payment']);
    // As the pack's table is: unknown names, bad names and invalid patterns name the rule file and its JSON path.
    const unknown = loadError(writePack(join(tmp(), 'demo'), manifest, { 'late-payment': { ...withRef, patterns: { owed: '(?&nope)' } } }));
    expect([unknown.file?.endsWith('late-payment.json'), unknown.jsonPath, unknown.message]).toEqual([true, '$.patterns.owed', expect.stringMatching(/unknown pattern "\(\?&nope\)"/)]);
    const badName = loadError(writePack(join(tmp(), 'demo'), manifest, { 'late-payment': { ...baseRule, patterns: { Owed: 'owed' } } }));
    expect([badName.jsonPath, badName.message]).toEqual(['$.patterns.Owed', expect.stringMatching(/^invalid key "Owed": pattern names are kebab-case/)]);
    const invalid = loadError(writePack(join(tmp(), 'demo'), manifest, { 'late-payment': { ...baseRule, patterns: { owed: '(unclosed' } } }));
    expect([invalid.jsonPath, invalid.message]).toEqual(['$.patterns.owed', expect.stringMatching(/invalid regular expression/)]);
  });

  it('expands named clause queries, as {"$query": name}, from the pack and the packs it extends; the reference\'s own keys win', () => {
    const root = tmp();
    const query = { label: 'a payment', text: String.raw`\bshall\s+pay\b`, exclude: '(?&waived)' };
    const withRef = { ...baseRule, conditions: { all: [{ fact: 'clauses', params: { $query: 'payment' }, operator: 'nonEmpty', value: true }, { fact: 'clauses', params: { label: 'a late payment', $query: 'payment' }, operator: 'nonEmpty', value: true }] } };
    writePack(join(root, 'base'), { id: 'base', version: '1.0.0', description: 'Base', queries: { payment: query } }, {});
    const dir = writePack(join(root, 'demo'), { ...manifest, extends: ['../base'], patterns: { waived: String.raw`\bwaived?\b` } }, { 'late-payment': withRef });
    const [first, second] = loadPack(dir).rules[0]?.conditions.all ?? [];
    // The query's keys take the reference's place; its named patterns are expanded like the rule's own.
    expect(first?.params).toEqual({ label: 'a payment', text: String.raw`\bshall\s+pay\b`, exclude: String.raw`(?:\bwaived?\b)` });
    expect(Object.keys(second?.params ?? {})).toEqual(['label', 'text', 'exclude']);
    expect((second?.params as { label?: string }).label).toBe('a late payment');
  });

  it('rejects a reference to an unknown query, and a query that is no valid clause query, with file and JSON path', () => {
    const withRef = { ...baseRule, conditions: { all: [{ fact: 'clauses', params: { $query: 'nope' }, operator: 'nonEmpty', value: true }] } };
    const dir = writePack(join(tmp(), 'demo'), { ...manifest, queries: { payment: { text: 'pay' } } }, { 'late-payment': withRef });
    const e = loadError(dir);
    expect([e.file, e.jsonPath]).toEqual([join(dir, 'late-payment.json'), '$.conditions.all[0].params.$query']);
    expect(e.message).toMatch(/unknown query "nope".*payment/);
    const bad = writePack(join(tmp(), 'demo'), { ...manifest, queries: { payment: { txt: 'pay' } } }, { 'late-payment': { ...withRef, conditions: { all: [{ fact: 'clauses', params: { $query: 'payment' }, operator: 'nonEmpty', value: true }] } } });
    expect(loadError(bad).file).toBe(join(bad, 'late-payment.json'));
  });

  it('gives the built-in packs the queries of rules/shared-queries.json: the patent-licence gate is held once', () => {
    const uses = loadBuiltinPacks().flatMap((p) => p.rules).filter((r) => JSON.stringify(r.conditions).includes('"label":"a licence under patents or know-how"'));
    expect(uses.length).toBeGreaterThanOrEqual(10);
    // Not copied into a rule file: the gate's own definition-following pattern is written only in the shared table (a
    // rule may follow definitions for a query of its own, as exclusive-grant-back does).
    const after = (JSON.parse(readFileSync(join(builtinRulesDir(), 'shared-queries.json'), 'utf8')) as { queries: Record<string, { followDefinitions: { after: string } }> }).queries['patent-licence']?.followDefinitions.after as string;
    expect(uses.every((r) => !readFileSync(r.file, 'utf8').includes(JSON.stringify(after)))).toBe(true);
  });

  it('lets a built-in pack copied elsewhere, or any pack, use the shared queries', () => {
    const copy = join(tmp(), 'exit');
    cpSync(join(process.cwd(), 'rules', 'exit'), copy, { recursive: true });
    const loaded = loadPack(copy);
    const builtin = loadBuiltinPacks().find((p) => p.id === 'exit');
    expect(loaded.rules.map((r) => JSON.stringify(r.conditions))).toEqual(builtin?.rules.map((r) => JSON.stringify(r.conditions)));
  });

  it('rejects overrides of unknown rules', () => {
    const dir = writePack(join(tmp(), 'house'), { id: 'house', version: '1.0.0', description: 'x', overrides: { 'exit/nope': 'off' } }, {});
    expect(loadError(dir).jsonPath).toBe('$.overrides["exit/nope"]');
  });
});

describe('built-in packs', () => {
  it('hold every catalogue rule with its default severity', () => {
    const rules = new Map(loadBuiltinPacks().flatMap((p) => p.rules).map((r) => [r.id, r]));
    const expected: Record<string, string> = {
      'antitrust/price-fixing': 'error', 'antitrust/market-allocation': 'error', 'antitrust/output-restriction': 'warning',
      'antitrust/exclusive-grant-back': 'warning', 'antitrust/no-challenge': 'warning', 'antitrust/non-compete-beyond-scope': 'warning',
      'antitrust/sensitive-information': 'warning', 'antitrust/coercive-package': 'warning', 'antitrust/sep-without-frand': 'warning',
      'antitrust/compliance-clause-missing': 'info', 'antitrust/retaliation-carve-out-missing': 'info',
      'reciprocity/one-way-grant': 'error', 'reciprocity/asymmetric-scope': 'warning', 'reciprocity/asymmetric-consideration': 'info',
      'reciprocity/improvements-one-way': 'warning', 'reciprocity/diligence-one-way': 'info', 'reciprocity/termination-one-way': 'warning',
      'reciprocity/governance-unilateral': 'warning',
      'improvements/undefined': 'error', 'improvements/treatment-missing': 'warning', 'improvements/derivatives-and-new-filings': 'warning',
      'improvements/prosecution-costs-unallocated': 'warning', 'improvements/abandonment-unaddressed': 'info',
      'improvements/post-grant-control': 'info', 'improvements/joint-ip-unaddressed': 'warning',
      'exit/termination-missing': 'error', 'exit/cure-period-missing': 'warning', 'exit/term-undefined': 'warning',
      'exit/wind-down-missing': 'warning', 'exit/survival-unclear': 'warning', 'exit/improvements-at-exit': 'warning',
      'exit/assignment-unaddressed': 'warning', 'exit/transition-missing': 'info',
    };
    for (const [id, severity] of Object.entries(expected)) expect([id, rules.get(id)?.severity]).toEqual([id, severity]);
    const xl = ['antitrust/retaliation-carve-out-missing', 'reciprocity/one-way-grant', 'reciprocity/asymmetric-scope', 'reciprocity/asymmetric-consideration',
      'reciprocity/improvements-one-way', 'reciprocity/diligence-one-way', 'reciprocity/governance-unilateral'];
    for (const id of Object.keys(expected)) expect([id, rules.get(id)?.crossLicenseOnly]).toEqual([id, xl.includes(id)]);
  });

  it('give missing-clause rules model language', () => {
    const rules = loadBuiltinPacks().flatMap((p) => p.rules);
    for (const id of ['exit/cure-period-missing', 'exit/termination-missing', 'antitrust/compliance-clause-missing', 'improvements/undefined']) {
      expect(rules.find((r) => r.id === id)?.modelLanguage?.length ?? 0).toBeGreaterThan(80);
    }
  });
});

describe('built-in cases', () => {
  it("name a must-fire case by what it is, not 'near miss' (the rule docs list a pack's near misses as those that must not fire)", () => {
    const misnamed: string[] = [];
    for (const file of readdirSync(builtinRulesDir(), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cases.json')).sort()) {
      const { cases } = JSON.parse(readFileSync(join(builtinRulesDir(), file), 'utf8')) as { cases: { name: string; must?: string[] }[] };
      for (const c of cases) if ((c.must?.length ?? 0) > 0 && /near[- ]miss/i.test(c.name)) misnamed.push(`${file}: ${c.name}`);
    }
    expect(misnamed).toEqual([]);
  });
});

describe('pack tester', () => {
  it('reports rules without a firing case, a near-miss, or with duplicates, and cases naming other rules', async () => {
    const dir = writePack(join(tmp(), 'demo'), manifest, { 'late-payment': baseRule }, {
      'late-payment': { cases: [
        { text: '3.1 Beta shall pay Alpha USD 10,000.', must: ['demo/late-payment'] },
        { text: '3.1  Beta shall pay Alpha   USD 10,000.', must: ['demo/late-payment'] },
        { text: '3.1 Beta shall pay Alpha USD 10,000 with interest at 5%.', must: ['demo/other'] },
      ] },
    });
    const result = await testPack(dir);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      'demo/late-payment: no near-miss case where it must not fire (mustNot)',
      'demo/late-payment: case 1 duplicates case 0',
    ]);
    expect(result.cases.map((c) => c.ok)).toEqual([true, true, false]);
    expect(result.cases[2]?.failures.join(' ')).toMatch(/tests only its own rule/);
  });

  it('runs cases from fixture files relative to the cases file', async () => {
    const root = tmp();
    mkdirSync(join(root, 'samples'));
    writeFileSync(join(root, 'samples', 'late.txt'), 'ARTICLE 3 PAYMENT\n\nSection 3.1 Beta shall pay Alpha USD 10,000 within thirty (30) days.\n');
    writeFileSync(join(root, 'samples', 'ok.md'), '## 3. Payment\n\n3.1 Beta shall pay Alpha USD 10,000, with interest at 5% a year on any late payment.\n');
    const dir = writePack(join(root, 'demo'), manifest, { 'late-payment': baseRule }, {
      'late-payment': { cases: [
        { fixture: '../samples/late.txt', must: ['demo/late-payment'] },
        { fixture: '../samples/ok.md', mustNot: ['demo/late-payment'] },
      ] },
    });
    const result = await testPack(dir);
    expect(result.cases.map((c) => [c.ok, c.failures])).toEqual([[true, []], [true, []]]);
    expect(result.ok).toBe(true);
  });

  it('rejects a case whose fixture does not exist', async () => {
    const dir = writePack(join(tmp(), 'demo'), manifest, { 'late-payment': baseRule }, {
      'late-payment': { cases: [{ fixture: 'missing.md', must: ['demo/late-payment'] }, { text: 'x', mustNot: ['demo/late-payment'] }] },
    });
    await expect(testPack(dir)).rejects.toMatchObject({ code: 'pack-invalid', jsonPath: '$.cases[0].fixture' });
  });

  it('reports a case whose expectation fails', async () => {
    const dir = writePack(join(tmp(), 'demo'), manifest, { 'late-payment': baseRule }, {
      'late-payment': { cases: [
        { text: '3.1 Beta shall pay Alpha USD 10,000 with interest at 5% on late payment.', must: ['demo/late-payment'] },
        { text: '3.1 Beta shall pay Alpha USD 10,000.', mustNot: ['demo/late-payment'] },
      ] },
    });
    const result = await testPack(dir);
    expect(result.problems).toEqual([]);
    expect(result.cases.map((c) => c.failures.length > 0)).toEqual([true, true]);
    expect(result.cases[0]?.failures[0]).toMatch(/expected demo\/late-payment to fire/);
  });
});

describe('pack tester and check agree on a rule kept silent only by a weak tag', () => {
  const rule = {
    id: 'demo/assignment-missing', severity: 'info', title: 'Assignment not addressed', scope: 'document',
    conditions: { all: [{ fact: 'clauses', params: { label: 'an assignment clause', types: ['assignment'] }, operator: 'isEmpty', value: true }] },
    message: 'The agreement does not say whether it may be assigned ({{evidence}}).',
    rationale: 'Without an assignment clause the licences may pass to an acquirer, or be locked in, by default rules.',
    recommendation: 'Say whether and how each party may assign the agreement and its licences.',
  };
  const deal = (last: string): string => `# PATENT LICENSE AGREEMENT\n\n## 1. Grant\n\n1.1 Alpha grants Beta a non-exclusive licence under the Alpha Patents.\n\n## 9. Miscellaneous\n\n9.1 ${last}\n`;
  // 'may transfer this Agreement' is an assignment clause by one cue: a tag above the tagger's threshold (0.5), below the
  // review threshold (0.7). It keeps the rule silent, but check reports the rule as needing review (held back).
  const weak = deal('Alpha may transfer this Agreement to an Affiliate.');
  const strong = deal('Neither party may assign this Agreement or any licence under it without the prior written consent of the other party.');

  it('counts a finding that check reports as needing review as the rule firing (before: the tester ran with no review threshold)', async () => {
    const dir = writePack(join(tmp(), 'demo'), { id: 'demo', version: '1.0.0', description: 'Demo pack', rules: ['assignment-missing'] }, { 'assignment-missing': rule }, {
      'assignment-missing': { cases: [{ text: weak, must: ['demo/assignment-missing'] }, { text: strong, mustNot: ['demo/assignment-missing'] }] },
    });
    const result = await testPack(dir);
    expect(result.cases.map((c) => [c.ok, c.failures])).toEqual([[true, []], [true, []]]);
    expect(result.cases[0]?.findings[0]?.status).toBe('needs-review');
    // check (the CLI's default threshold) reports the same finding, needing review; the strong tag keeps it silent in both.
    const pack = loadPack(dir);
    const checked = await check([sourceFromText(weak, 'weak.md'), sourceFromText(strong, 'strong.md')], { packs: [pack] });
    expect(checked.documents.map((d) => d.findings.map((f) => [f.ruleId, f.status]))).toEqual([[['demo/assignment-missing', 'needs-review']], []]);
  });

  it("tags a case with the pack's own clause types, as check does (before: a rule naming one never saw it in the tester)", async () => {
    const extra = { id: 'data-export', group: 'custom', label: 'Data export', phrases: { 'transfer~ .. personal data': 0.9 } };
    const typed = { ...rule, id: 'demo/data-export-missing', conditions: { all: [{ fact: 'clauses', params: { label: 'a data-export clause', types: ['data-export'] }, operator: 'isEmpty', value: true }] } };
    const dir = writePack(join(tmp(), 'demo'), { id: 'demo', version: '1.0.0', description: 'Demo pack', rules: ['data-export-missing'], clauseTypes: [extra] }, { 'data-export-missing': typed }, {
      'data-export-missing': { cases: [
        { text: deal('Neither party may transfer personal data of the other outside the European Economic Area.'), mustNot: ['demo/data-export-missing'] },
        { text: deal('Neither party may transfer this Agreement without consent.'), must: ['demo/data-export-missing'] },
      ] },
    });
    const result = await testPack(dir);
    expect(result.cases.map((c) => [c.ok, c.failures])).toEqual([[true, []], [true, []]]);
  });

  // check tags with the clause types of every loaded pack; the tester with those of the pack under test (and the packs it
  // extends). The two agree while the built-in packs declare none: checking with them loaded beside the pack changes no
  // tag. Should a built-in pack declare a clause type, the tester must load the built-in packs' types too
  // (pack-tester.ts runCase).
  it('reads a case as check does with the built-in packs loaded beside the pack (they declare no clause types)', async () => {
    const builtins = loadBuiltinPacks();
    expect(builtins.flatMap((p) => p.clauseTypes.map((t) => `${p.id}: ${t.id}`))).toEqual([]);
    const extra = { id: 'data-export', group: 'custom', label: 'Data export', phrases: { 'transfer~ .. personal data': 0.9 } };
    const typed = { ...rule, id: 'demo/data-export-missing', conditions: { all: [{ fact: 'clauses', params: { label: 'a data-export clause', types: ['data-export'] }, operator: 'isEmpty', value: true }] } };
    const dir = writePack(join(tmp(), 'demo'), { id: 'demo', version: '1.0.0', description: 'Demo pack', rules: ['data-export-missing'], clauseTypes: [extra] }, { 'data-export-missing': typed });
    const pack = loadPack(dir);
    const docs = [deal('Neither party may transfer personal data of the other outside the European Economic Area.'), deal('Neither party may transfer this Agreement without consent.')];
    const demo = async (packs: CheckOptions['packs']): Promise<string[][]> =>
      (await check(docs.map((t, i) => sourceFromText(t, `d${i}.md`)), { packs })).documents.map((d) => d.findings.filter((f) => f.ruleId.startsWith('demo/')).map((f) => f.ruleId));
    expect(await demo([pack, ...builtins])).toEqual(await demo([pack]));
    expect(await demo([pack])).toEqual([[], ['demo/data-export-missing']]);
  });
});
