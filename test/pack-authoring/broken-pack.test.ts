// A pack author's mistakes must stop `clausecheck test-pack` at load with exit 2 and ONE line on
// standard error that names the offending file and, where there is one, the JSON path of the
// offending value: never a stack trace, never a half-run. Each case breaks a fresh copy of the
// worked example pack (examples/acme-playbook) in one way. dist/ is built by the vitest globalSetup.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, spawnCli } from '../cli/helpers.js';

const EXAMPLE = join(ROOT, 'examples', 'acme-playbook');
const work = mkdtempSync(join(tmpdir(), 'clausecheck-broken-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Json = Record<string, unknown>;
let copies = 0;

/** A fresh copy of the example pack inside `<work>/<n>/`, as `<work>/<n>/acme-playbook`. */
function freshCopy(): string {
  const parent = join(work, String(copies++));
  const dir = join(parent, 'acme-playbook');
  mkdirSync(parent, { recursive: true });
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

function editJson(file: string, edit: (json: Json) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Json;
  edit(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** The first condition of the royalty rule: a `clauses` leaf with a clause query in params. */
function firstLeaf(rule: Json): Json {
  const conditions = rule.conditions as { all: Json[] };
  const leaf = conditions.all[0];
  if (!leaf) throw new Error('example rule changed shape: no conditions.all[0]');
  return leaf;
}

interface Breakage {
  /** What the pack author got wrong. */
  kind: string;
  /** Breaks the copy in `dir`; returns the file the error must name (relative to `dir`). */
  apply: (dir: string) => string;
  /** The JSON path the error must name, when the mistake has one. */
  jsonPath?: string;
  /** Words the message must contain, so the line says what is wrong, not only where. */
  says: RegExp;
}

const ROYALTY = 'royalty-rate-ladder.json';

/** A breakage that edits the royalty rule of the copy. */
function editRoyalty(edit: (rule: Json) => void): Breakage['apply'] {
  return (dir) => {
    editJson(join(dir, ROYALTY), edit);
    return ROYALTY;
  };
}

/** `key` of the object `at` picks in `file` written as `typo`: refused at the typo, naming `meant` (default: `key`). */
function mistyped(what: string, file: string, at: (json: Json) => Json, key: string, typo: string, path: string, meant = key): Breakage {
  return {
    kind: `mistyped key of ${what}`,
    apply: (dir) => {
      editJson(join(dir, file), (json) => {
        const o = at(json);
        o[typo] = o[key];
        delete o[key];
      });
      return file;
    },
    jsonPath: `${path}.${typo}`,
    says: new RegExp(`unknown key "${typo}"; did you mean "${meant}"\\?$`, 'm'),
  };
}

const BREAKAGES: Breakage[] = [
  {
    kind: 'unknown fact',
    apply: editRoyalty((r) => void (firstLeaf(r).fact = 'clause')),
    jsonPath: '$.conditions.all[0].fact',
    says: /unknown fact "clause"/,
  },
  {
    kind: 'unknown operator',
    apply: editRoyalty((r) => void (firstLeaf(r).operator = 'matches')),
    jsonPath: '$.conditions.all[0].operator',
    says: /unknown operator "matches"/,
  },
  {
    kind: 'bad JSON path on a fact',
    apply: editRoyalty((r) => void (firstLeaf(r).path = '$.rate')),
    jsonPath: '$.conditions.all[0].path',
    says: /rate/,
  },
  {
    kind: 'malformed JSON path',
    apply: editRoyalty((r) => void (firstLeaf(r).path = 'length')),
    jsonPath: '$.conditions.all[0].path',
    says: /invalid path/,
  },
  {
    kind: 'invalid regular expression',
    apply: editRoyalty((r) => void ((firstLeaf(r).params as Json).text = '\\broyalt(\\w*')),
    jsonPath: '$.conditions.all[0].params.text',
    says: /invalid regular expression/,
  },
  // Patterns that compile, but not to what their author meant.
  {
    kind: 'a pattern that matches empty text (every clause meets it)',
    apply: editRoyalty((r) => void ((firstLeaf(r).params as Json).text = '\\b(?:royalt\\w*)?')),
    jsonPath: '$.conditions.all[0].params.text',
    says: /matches empty text, so every clause meets it/,
  },
  {
    kind: 'an inline flag, which JavaScript has not',
    apply: editRoyalty((r) => void ((firstLeaf(r).params as Json).text = '(?i)\\broyalt\\w*')),
    jsonPath: '$.conditions.all[0].params.text',
    says: /invalid regular expression: .*no inline flags such as "\(\?i\)"/,
  },
  {
    kind: 'a Unicode property escape, a literal "p{" without the u flag',
    apply: editRoyalty((r) => void ((firstLeaf(r).params as Json).require = ['\\broyalt\\w*', '\\p{Lu}\\w+'])),
    jsonPath: '$.conditions.all[0].params.require[1]',
    says: /Unicode property escape \(\\p\{\.\.\.\}\) needs the u flag/,
  },
  {
    kind: 'catastrophic-backtracking pattern',
    apply: editRoyalty((r) => void ((firstLeaf(r).params as Json).require = ['\\broyalt\\w*', '(a+)+$'])),
    jsonPath: '$.conditions.all[0].params.require[1]',
    says: /backtrack/i,
  },
  {
    kind: 'catastrophic-backtracking pattern in a variant',
    apply: editRoyalty((r) => void ((r.variants as Json[])[0]!.require = '(\\d+\\s*)*%$')),
    jsonPath: '$.variants[0].require',
    says: /backtrack/i,
  },
  {
    kind: 'duplicate rule id (a rule listed twice)',
    apply: (dir) => {
      editJson(join(dir, 'pack.json'), (p) => void (p.rules as string[]).push('royalty-rate-ladder'));
      return 'pack.json';
    },
    jsonPath: '$.rules[3]',
    says: /royalty-rate-ladder/,
  },
  {
    kind: 'duplicate rule id (a copied rule file keeps the id of its original)',
    apply: (dir) => {
      cpSync(join(dir, ROYALTY), join(dir, 'royalty-rate-cap.json'));
      editJson(join(dir, 'pack.json'), (p) => void (p.rules as string[]).push('royalty-rate-cap'));
      return 'royalty-rate-cap.json';
    },
    jsonPath: '$.id',
    says: /acme-playbook\/royalty-rate-ladder/,
  },
  {
    kind: 'duplicate rule id (the same id as a rule of an extended pack)',
    apply: (dir) => {
      // A pack named like the built-in pack it extends redefines one of its rules.
      editJson(join(dir, 'pack.json'), (p) => {
        p.id = 'exit';
        p.overrides = {};
        (p.rules as string[]).push('termination-missing');
      });
      cpSync(join(ROOT, 'rules', 'exit', 'termination-missing.json'), join(dir, 'termination-missing.json'));
      // The pack's own rules carry the pack id in their ids.
      for (const name of ['royalty-rate-ladder', 'notice-period-minimum', 'export-control-missing']) {
        editJson(join(dir, `${name}.json`), (r) => void (r.id = `exit/${name}`));
      }
      return 'termination-missing.json';
    },
    jsonPath: '$.id',
    says: /duplicate rule id "exit\/termination-missing"/,
  },
  {
    kind: '"extends" cycle between two packs',
    apply: (dir) => {
      const other = join(dir, '..', 'acme-base');
      mkdirSync(other);
      writeFileSync(join(other, 'pack.json'), `${JSON.stringify({ id: 'acme-base', version: '1.0.0', description: 'Acme base positions.', extends: ['../acme-playbook'] }, null, 2)}\n`);
      editJson(join(dir, 'pack.json'), (p) => void (p.extends as string[]).push('../acme-base'));
      return 'pack.json';
    },
    jsonPath: '$.extends',
    says: /cycle/,
  },
  {
    kind: 'rule file that is not valid JSON (cut short)',
    apply: (dir) => {
      const file = join(dir, ROYALTY);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.slice(0, text.indexOf('"rationale"')));
      return ROYALTY;
    },
    says: /invalid JSON/,
  },
  {
    kind: 'rule file that is not valid JSON (a stray comma)',
    apply: (dir) => {
      const file = join(dir, ROYALTY);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"references": \[/, '"references": [,'));
      return ROYALTY;
    },
    says: /invalid JSON/,
  },
  {
    kind: 'missing required field (severity)',
    apply: editRoyalty((r) => void delete r.severity),
    jsonPath: '$.severity',
    // zod said 'Invalid option: expected one of "error"|"warning"|"info"', as if a value were given.
    says: /^.*: required field is missing$/m,
  },
  {
    kind: 'missing required field in the manifest (version)',
    apply: (dir) => {
      editJson(join(dir, 'pack.json'), (p) => void delete p.version);
      return 'pack.json';
    },
    jsonPath: '$.version',
    says: /^.*: required field is missing$/m,
  },
  // A mistyped key: named at the key (not at the object that holds it), with the key it was meant to be. zod listed
  // the field it left missing first ('$.severity: Invalid option ...').
  mistyped('a rule', ROYALTY, (r) => r, 'severity', 'sevrity', '$'),
  mistyped('a clause query', ROYALTY, (r) => firstLeaf(r).params as Json, 'text', 'txet', '$.conditions.all[0].params'),
  mistyped('a variant', ROYALTY, (r) => (r.variants as Json[])[0]!, 'require', 'requires', '$.variants[0]'),
  // Its cue would be silently unread.
  mistyped('a clause type', 'pack.json', (p) => (p.clauseTypes as Json[])[0]!, 'headings', 'heading', '$.clauseTypes[0]'),
  mistyped('a cases file', 'royalty-rate-ladder.cases.json', (c) => (c.cases as Json[])[0]!, 'must', 'mustnot', '$.cases[0]', 'mustNot'),
  // A condition the fact can never meet: the rule would be silently dead (or always on).
  ...([
    ['the document kind spelt "licence"', { fact: 'documentKind', operator: 'in', value: ['licence', 'cross-license'] }, 'value', /fact documentKind is the document kind \(cross-license, license, other\), never "licence"; did you mean "license"\?$/m],
    ['crossLicense compared with a string', { fact: 'crossLicense', operator: 'equal', value: 'true' }, 'value', /fact crossLicense is true or false, never "true"$/m],
    ['a list compared with equal', { fact: 'grants', operator: 'equal', value: 0 }, 'operator', /fact grants is a list: use nonEmpty, isEmpty, exists, countAtLeast or countAtMost/],
    ['a list operator on the document kind', { fact: 'documentKind', operator: 'nonEmpty', value: true }, 'operator', /operator nonEmpty reads a list, and fact documentKind is the document kind/],
    ['an object read whole', { fact: 'grantComparison', operator: 'equal', value: true }, 'path', /fact grantComparison is an object: read one of its keys with path \(\$\.comparable, /],
    ['a length compared with a string', { fact: 'parties', path: '$.length', operator: 'equal', value: '2' }, 'value', /\$\.length of fact parties is a number, never "2"$/m],
  ] as const).map(([what, leaf, at, says]): Breakage => ({
    kind: `a condition its fact can never meet: ${what}`,
    apply: editRoyalty((r) => void (r.conditions as { all: unknown[] }).all.push(leaf)),
    jsonPath: `$.conditions.all[1].${at}`,
    says,
  })),
  {
    kind: 'a clause type that is not there',
    apply: editRoyalty((r) => void ((firstLeaf(r).params as Json).types = ['royalties'])),
    jsonPath: '$.conditions.all[0].params.types[0]',
    says: /unknown clause type "royalties"; did you mean "royalty"\?$/m,
  },
  {
    kind: 'an anchor on a clause-scope rule (it would be silently unread)',
    apply: editRoyalty((r) => void (r.anchor = { types: ['royalty'] })),
    jsonPath: '$.anchor',
    says: /anchor is for a rule of document scope/,
  },
  {
    kind: 'a mistyped built-in pack in extends',
    apply: (dir) => {
      editJson(join(dir, 'pack.json'), (p) => void (p.extends = ['exits']));
      return 'pack.json';
    },
    // It named .../acme-playbook/exits/pack.json, a file the author never wrote, with no JSON path.
    jsonPath: '$.extends[0]',
    says: /no built-in pack "exits" \(antitrust, exit, [a-z, ]+\) and no pack folder "exits" beside this pack; did you mean "exit"\?$/m,
  },
];

describe('conditions a fact can meet', () => {
  it('are accepted (near misses of the value checks): a length compared with a number, the kind with its own values', () => {
    const dir = freshCopy();
    editRoyalty((r) => void (r.conditions as { all: unknown[] }).all.push(
      { fact: 'grants', path: '$.length', operator: 'greaterThan', value: 0 },
      { fact: 'documentKind', operator: 'notIn', value: ['other'] },
      { fact: 'grantComparison', path: '$.summary', operator: 'notEqual', value: '' },
    ))(dir);
    const r = spawnCli(['test-pack', dir]);
    expect(r.stderr).toBe('');
  });
});

describe('named patterns that may match empty text as a part', () => {
  it('are accepted (near miss of the empty-text check)', () => {
    const dir = freshCopy();
    editJson(join(dir, 'pack.json'), (p) => void (p.patterns = { 'and-or': '(?:\\s+(?:and|or))?' }));
    editRoyalty((r) => void ((firstLeaf(r).params as Json).text = '\\broyalt\\w*(?&and-or)'))(dir);
    const r = spawnCli(['test-pack', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('test-pack on broken copies of the example pack', () => {
  it('passes on an unbroken copy (exit 0, nothing on standard error)', () => {
    const r = spawnCli(['test-pack', freshCopy()]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\b10 passed, 0 failed\b/);
    expect(r.code).toBe(0);
  });

  const brokenRun = (b: Breakage) => {
    const dir = freshCopy();
    const file = join(dir, b.apply(dir));
    return { file, r: spawnCli(['test-pack', dir]) };
  };

  it.each(BREAKAGES)('stops at load on: $kind', (b) => {
    const { jsonPath, says } = b;
    const { file, r } = brokenRun(b);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines, r.stderr).toHaveLength(1);
    const line = lines[0] ?? '';
    expect(line.startsWith('clausecheck: '), line).toBe(true);
    expect(line).toContain(file);
    if (jsonPath !== undefined) expect(line).toContain(`${jsonPath}:`);
    expect(line).toMatch(says);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toMatch(/\b(?:Zod|Type|Syntax|Range)Error\b|node:internal/);
    // Nothing was evaluated: no case results on standard output.
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });
});
