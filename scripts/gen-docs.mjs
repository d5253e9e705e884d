#!/usr/bin/env node
// Regenerates the README's rule tables and sample output from the built code (run `npm run build` first).
// `node scripts/gen-docs.mjs --check` exits 1 when the README is stale instead of writing it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadBuiltinPacks, ruleInfos } from '../dist/index.js';
import { readBetween, replaceBetween, rulesMarkdown } from '../dist/report/docs.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const readmePath = `${root}README.md`;
const checkOnly = process.argv.includes('--check');

// The sample is real output of the CLI on a shipped fixture with known problems.
const SAMPLE_CANDIDATES = ['fixtures/flawed-cross-license.md', 'fixtures/flawed.md', 'test/cli/fixtures/sample-cross-license.md'];

function sampleOutput() {
  const fixture = SAMPLE_CANDIDATES.find((p) => existsSync(`${root}${p}`));
  // --quiet keeps the sample short (errors only); the closing line still counts every finding.
  const r = spawnSync(process.execPath, ['bin/clausecheck.js', 'check', fixture, '--quiet', '--no-color'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`sample run failed: ${r.stderr}`);
  return `\`\`\`\n$ npx clausecheck check ${fixture} --quiet\n${r.stdout}\`\`\`\n`;
}

const before = readFileSync(readmePath, 'utf8');
let after = replaceBetween(before, 'rules', rulesMarkdown(ruleInfos(loadBuiltinPacks())));
if (!checkOnly) after = replaceBetween(after, 'sample', sampleOutput());

if (checkOnly) {
  const stale = readBetween(before, 'rules') !== readBetween(after, 'rules');
  if (stale) {
    process.stderr.write('README.md rule tables are stale: run `npm run build && node scripts/gen-docs.mjs`\n');
    process.exit(1);
  }
} else if (after !== before) {
  writeFileSync(readmePath, after);
  process.stdout.write('README.md updated\n');
}
