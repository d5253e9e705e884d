#!/usr/bin/env node
// How noisy the built-in precision pack is on real contracts: per rule, the number of CUAD dev contracts it fires
// in and a sample of its evidence lines (run `npm run build` first; imports the built dist/).
// usage: node scripts/precision-noise.mjs [split dir] [--rule <id>] [--samples N] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultSplit } from './tag-lib.mjs';

const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const flagValues = new Set([valueOf('--rule'), valueOf('--samples')]);
const split = resolve(args.find((a) => !a.startsWith('--') && !flagValues.has(a)) ?? defaultSplit);
const onlyRule = valueOf('--rule');
const samples = Number(valueOf('--samples') ?? 5);
if (!existsSync(join(split, 'labels.jsonl'))) {
  console.log(`precision-noise: no corpus at ${split} (labels.jsonl missing); skipped`);
  process.exit(0);
}
const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('index.js', dist))) {
  console.error('precision-noise: dist/ not built; run `npm run build` first');
  process.exit(2);
}
const { ingest, loadBuiltinPacks } = await import(new URL('index.js', dist).href);
const { checkDocument } = await import(new URL('check.js', dist).href);

const packs = loadBuiltinPacks().filter((p) => p.id === 'precision' || p.manifest?.id === 'precision');
if (packs.length !== 1) {
  console.error('precision-noise: built-in pack "precision" not found');
  process.exit(2);
}
const files = readFileSync(join(split, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).file);
const byRule = new Map(); // rule -> { docs: Set, findings: number, evidence: [] }
for (const file of files) {
  const path = join(split, 'contracts', file);
  const report = await checkDocument(ingest(path, readFileSync(path)), packs, {});
  for (const f of report.findings) {
    if (onlyRule && f.ruleId !== onlyRule) continue;
    const row = byRule.get(f.ruleId) ?? { docs: new Set(), findings: 0, evidence: [] };
    row.docs.add(file);
    row.findings++;
    row.evidence.push(`${file.slice(0, 40)} | ${f.message.replace(/\s+/g, ' ').slice(0, 300)}`);
    byRule.set(f.ruleId, row);
  }
}
const rows = [...byRule.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
if (args.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(rows.map(([id, r]) => [id, { docs: r.docs.size, findings: r.findings }])), null, 2));
  process.exit(0);
}
console.log(`precision pack over ${files.length} contracts of ${split}`);
for (const [id, r] of rows) {
  console.log(`\n${id}: ${r.docs.size}/${files.length} contracts, ${r.findings} findings`);
  // An even spread over the findings, so the sample is not the first contract's.
  const step = Math.max(1, Math.floor(r.evidence.length / samples));
  for (let i = 0; i < r.evidence.length && i / step < samples; i += step) console.log(`  - ${r.evidence[i]}`);
}
