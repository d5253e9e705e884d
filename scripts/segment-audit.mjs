#!/usr/bin/env node
// Segmentation audit over a CUAD split (run `npm run build` first; imports the built dist/).
// usage: node scripts/segment-audit.mjs [split dir] [--list N] [--long CHARS]
// Flags leaf clauses that swallowed the next section: the leaf's text contains, at a line start, the number
// that continues its own numbering ("6" containing "\n7." or "\nSection 7"; "6.2" containing "\n6.3" or "\n7.").
// The number in force is the leaf's own or its nearest numbered ancestor's. Also counts very long leaves and
// chapter leaves that hold their own first subsection on a run-on line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultSplit } from './tag-lib.mjs';

const args = process.argv.slice(2);
const split = resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? defaultSplit);
const opt = (name, dflt) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : dflt;
};
const listN = opt('--list', 0);
const longChars = opt('--long', 6000);
if (!existsSync(join(split, 'contracts'))) {
  console.log(`segment-audit: no corpus at ${split}; skipped`);
  process.exit(0);
}
const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('clauses/index.js', dist))) {
  console.error('segment-audit: dist/ not built; run `npm run build` first');
  process.exit(2);
}
const { buildClauseTree } = await import(new URL('clauses/index.js', dist).href);
const { ingest } = await import(new URL('ingest/index.js', dist).href);

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Numeric path of a clause number ("Section 6.2" -> [6, 2], "ARTICLE VI" -> [6]), or null for items like "(a)". */
function pathOf(number) {
  if (!number) return null;
  const art = /^(?:ARTICLE|Article)\s+([IVXL]+|\d+)$/.exec(number);
  if (art) {
    const v = /^\d+$/.test(art[1]) ? Number(art[1]) : ROMAN.indexOf(art[1].toUpperCase());
    return v > 0 ? { values: [v], article: true } : null;
  }
  const dec = /^(?:(?:SECTION|Section|Sec\.|§)\s*)?(\d{1,3}(?:\.\d{1,3})*)$/.exec(number);
  if (!dec) return null;
  const values = dec[1].split('.').map(Number);
  if (values.length > 1 && values[values.length - 1] === 0) values.pop();
  return { values, article: false };
}

/** Line-start patterns for the numbers that would follow `path`. */
function successorRe({ values, article }) {
  const alts = [];
  if (article) {
    const n = values[0] + 1;
    alts.push(`(?:ARTICLE|Article)[ \\t]+(?:${ROMAN[n] ?? 'Z'}|${n})\\b`);
  } else {
    for (let level = values.length; level >= 1; level--) {
      const next = [...values.slice(0, level - 1), values[level - 1] + 1].join('.');
      const e = esc(next);
      // "7." / "7.1" / "7 Title" / "Section 7" at a line start
      alts.push(level === 1 ? `(?:(?:SECTION|Section|§)[ \\t]*${e}\\b|${e}(?:\\.(?:1\\b|0\\b)?|[ \\t]+[A-Z]))` : `(?:(?:SECTION|Section|§)[ \\t]*)?${e}(?:\\.|\\b)(?!\\d)`);
    }
  }
  return new RegExp(`(?:^|[\\r\\n])[ \\t]*(?:${alts.join('|')})`, 'g');
}

/** Run-on lines: the successor number after a sentence end inside a line, before a capitalised word. */
function inlineSuccessorRe({ values, article }) {
  if (article) return null;
  const alts = [];
  for (let level = values.length; level >= 1; level--) alts.push(esc([...values.slice(0, level - 1), values[level - 1] + 1].join('.')));
  return new RegExp(`[.;:]["”)]?[ \\t]+(?:(?:SECTION|Section)[ \\t]+)?(?:${alts.join('|')})\\.?[ \\t]+["“]?[A-Z]`, 'g');
}

const firstChildRe = (n) => new RegExp(`(?:^|\\s)${n}\\.1\\.?\\s+["“]?[A-Z]`);

/** A rough cause for a flagged merge, from the text around the swallowed number. */
function classify(text, at) {
  const lineEnd = text.indexOf('\n', at + 1);
  const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd).trim();
  const before = text.slice(Math.max(0, at - 300), at);
  const prevLines = before.split(/\r?\n/).map((l) => l.trim());
  const prevNonBlank = [...prevLines].reverse().find((l) => l !== '') ?? '';
  if (/^\S+\t/.test(line)) return 'tab after number';
  if (/^(?:\d{1,3}(?:\.\d{1,3})*\.?|(?:Section|SECTION)\s+\S+)$/.test(line)) return 'number alone on its line';
  if (/^(?:Page\s+\d+|-?\s*\d+\s*-?|[ivx]+|Source:.*)$/i.test(prevNonBlank)) return 'page furniture before';
  if (/^\S+\s+[a-z]/.test(line)) return 'number before lower-case text';
  if (/^\S+\s+[A-Z][A-Z\s,&]{3,}/.test(line)) return 'upper-case heading';
  if (/^\S+\s+\(/.test(line)) return 'number before item';
  return 'other';
}

const files = readdirSync(join(split, 'contracts')).filter((f) => f.endsWith('.txt')).sort();
let leavesTotal = 0;
let flagged = 0;
let long = 0;
let ownChild = 0;
const docsFlagged = new Set();
const causes = new Map();
const examples = [];
for (const file of files) {
  const source = ingest(join(split, 'contracts', file), readFileSync(join(split, 'contracts', file)));
  const tree = buildClauseTree(source);
  const byId = new Map(tree.clauses.map((c) => [c.id, c]));
  for (const leaf of tree.clauses) {
    if (leaf.children.length) continue;
    leavesTotal++;
    if (leaf.end - leaf.start > longChars) long++;
    let owner = leaf;
    let path = pathOf(owner.number);
    while (!path && owner.parentId) {
      owner = byId.get(owner.parentId);
      path = pathOf(owner.number);
    }
    if (!path) continue;
    // "9. Covenants of Allied 9.1 Allied shall": the first subsection run into the chapter's own leaf
    if (owner === leaf && path.values.length === 1 && !path.article && firstChildRe(path.values[0]).test(source.text.slice(leaf.start + (leaf.number?.length ?? 0), leaf.end))) ownChild++;
    // the leaf's first line is its own start: a successor number there is a nesting error, not a merge
    const leafText = source.text.slice(leaf.start, leaf.end);
    const firstEol = leafText.search(/[\r\n]/);
    const m = firstEol < 0 ? null : successorRe(path).exec(leafText.slice(firstEol));
    const inlineRe = inlineSuccessorRe(path);
    const mi = m || !inlineRe ? null : inlineRe.exec(leafText);
    if (!m && !mi) continue;
    flagged++;
    docsFlagged.add(file);
    const at = m ? leaf.start + firstEol + m.index + (/[\r\n]/.test(m[0][0]) ? 1 : 0) : leaf.start + mi.index + 1;
    const cause = m ? classify(source.text, at) : 'number inside a run-on line';
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    if (examples.length < listN) {
      const lineEnd = source.text.indexOf('\n', at);
      examples.push(`${file.slice(0, 60)} [${leaf.id} ${owner.number}${owner === leaf ? '' : ' (ancestor)'} ${leaf.end - leaf.start}ch] ${cause}: ${JSON.stringify(source.text.slice(Math.max(leaf.start, at - 80), Math.min(lineEnd < 0 ? source.text.length : lineEnd, at + 80)))}`);
    }
  }
}
console.log(`segment-audit: ${files.length} documents, ${leavesTotal} leaves; ${flagged} leaves swallow their successor number (${docsFlagged.size} documents); ${long} leaves over ${longChars} chars; ${ownChild} chapter leaves hold their own first subsection ("9. Title 9.1 Text")`);
for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${cause}`);
for (const e of examples) console.log(e);
