#!/usr/bin/env node
// Differential test of two built checkouts (issue 7: a speed change must keep every output byte-identical).
// It generates documents and runs both builds' public API in one process on each: the check JSON (all built-in
// packs, formatted as the CLI writes it), the tag report and the extracted facts (analysis.js; rules read only
// some facts, so a difference there may not reach a report yet). Generators: the CUAD dev contracts and the
// fixtures, mutated (slices, shuffled lines, case, quotes, separators, CRLF/CR, numbering styles, truncated or
// merged words, non-ASCII letters, the Kelvin sign and long s, Unicode spaces and control characters, Markdown,
// splices of two documents), and synthetic agreements made of the words the hand-written matchers look for.
// Needs two checkouts with `dist/` built (npm run build); not part of `npm test`. Without the CUAD corpus
// (../shared/corpus/cuad-dev or $CUAD_DEV_DIR) only the fixtures and synthetic documents are used.
//   node scripts/diff-builds.mjs <old-checkout> <new-checkout> [--cases N] [--seed S] [--out DIR] [--only MUTATION|synth]
// e.g. node scripts/diff-builds.mjs ../base . --cases 150 (about 40 s on an idle machine). Each differing input is
// written to DIR (default /tmp/diff-builds) with both outputs, to shrink by hand; exit 1 if any differ.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cuadDevCorpus } from './bench-lib.mjs';
import { twoCheckouts, xorshift } from './diff-lib.mjs';

const USAGE = 'usage: node scripts/diff-builds.mjs <old-checkout> <new-checkout> [--cases N] [--seed S] [--out DIR] [--only MUTATION|synth]';
const { opts, oldDir, newDir } = twoCheckouts(USAGE, { cases: { type: 'string', default: '150' }, seed: { type: 'string', default: '1' }, out: { type: 'string', default: '/tmp/diff-builds' }, only: { type: 'string' } });
const CASES = Number(opts.cases);
const SEED = Number(opts.seed) >>> 0 || 1;
const OUT = opts.out;
const ONLY = opts.only ?? null; // a generator name, to aim a run

async function load(dir) {
  const dist = join(resolve(dir), 'dist');
  if (!existsSync(join(dist, 'index.js'))) throw new Error(`${dir}: no dist/index.js (run npm run build there)`);
  const index = await import(pathToFileURL(join(dist, 'index.js')).href);
  const packs = index.loadBuiltinPacks();
  const format = await index.loadFormatter('json');
  const ctx = index.defaultContext?.({ failOn: 'never' });
  // The facts too (rules read only some of them, so a difference there may not reach the report).
  const analysisPath = join(dist, 'analysis.js');
  const analysis = existsSync(analysisPath) ? await import(pathToFileURL(analysisPath).href) : null;
  const plain = (_k, v) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v);
  return {
    async run(path, text) {
      let source;
      try {
        source = index.ingest(path, Buffer.from(text, 'utf8'));
      } catch (e) {
        return `THROW ingest: ${e?.message}`;
      }
      let out;
      try {
        const report = await index.check([source], { packs, failOn: 'never' });
        out = format(report, ctx);
      } catch (e) {
        out = `THROW check: ${e?.message}`;
      }
      let tagged;
      try {
        tagged = JSON.stringify(index.tag(index.ingest(path, Buffer.from(text, 'utf8'))));
      } catch (e) {
        tagged = `THROW tag: ${e?.message}`;
      }
      let facts = '';
      if (analysis?.analyze) {
        try {
          facts = JSON.stringify(analysis.analyze(index.ingest(path, Buffer.from(text, 'utf8'))).facts, plain);
        } catch (e) {
          facts = `THROW analyze: ${e?.message}`;
        }
      }
      return `${out}\n${tagged}\n${facts}`;
    },
  };
}

const rnd = xorshift(SEED);
const int = (n) => Math.floor(rnd() * n);
const pick = (xs) => xs[int(xs.length)];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { dir: CORPUS, files: corpusFiles } = cuadDevCorpus(ROOT);
// Bases to mutate: the CUAD dev contracts (if present) and the project's fixtures (cross-licenses, which the
// cross-license rules need; CUAD contracts rarely are one).
const FIXTURES = join(ROOT, 'fixtures');
const fixtureFiles = existsSync(FIXTURES) ? readdirSync(FIXTURES, { recursive: true }).filter((f) => /\.(?:md|txt)$/.test(f)).sort().map((f) => join(FIXTURES, f)) : [];
if (!corpusFiles.length) console.error(`diff-builds: no CUAD corpus at ${CORPUS}; only fixtures and synthetic documents are used`);
const baseFiles = [...corpusFiles, ...fixtureFiles];
const texts = new Map();
const baseText = (f) => texts.get(f) ?? (texts.set(f, readFileSync(f, 'utf8')), texts.get(f));

const ODD = ['é', 'ß', 'Σ', 'λ', '中', 'İ', 'ı', 'ſ', 'K', 'Å', 'ﬁ', 'µ', 'Ω', 'ǅ', '\u00a0', '\u2009', '\u200b', '’', '‘', '“', '”', '–', '—', '_', '-', '\t', '\r', '§', '¶', '·'];
const CONTROLS = ['\u00ad', '\u200d', '\u2028', '\u2029', '\f', '\v', '\u0301', '\ufeff', '\u3000', '\u2007', '\u202f', '\u1680', '\u0085', '\u00a0'];
const SEPS = [' ', '  ', '\t', '\u00a0', '-', '_', '–', '—', '\r\n', '\n', '\n\n', '.', ',', ';', ':', "'", '’', '"', '“', '”', '(', ')', '/', ''];
const NUMBERING = ['Clause 9.\n', 'CLAUSE 24 ', 'Clause 3 ', '1. ', '1.1 ', '1.1. ', '(a) ', '(ii) ', 'a) ', 'Section 2. ', 'SECTION 3 ', 'Section 4.2 ', 'ARTICLE IV ', 'Article 5 ', '§ 3 ', '§3. ', '12.3.4 ', 'I. ', 'A. ', '(A) ', '2) ', 'Schedule A ', 'Exhibit B ', '* ', '- ', '# ', '## '];

function caseOf(s, mode) {
  switch (mode) {
    case 0: return s.toUpperCase();
    case 1: return s.toLowerCase();
    case 2: return s.replace(/\S+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
    default: return s;
  }
}

const MUTATIONS = {
  slice: (t) => { const a = int(t.length); return t.slice(a, a + 2000 + int(20000)); },
  shuffleLines: (t) => { const ls = t.split('\n'); for (let i = ls.length - 1; i > 0; i--) { const j = int(i + 1); [ls[i], ls[j]] = [ls[j], ls[i]]; } return ls.join('\n'); },
  lineCase: (t) => t.split('\n').map((l) => (rnd() < 0.2 ? caseOf(l, int(3)) : l)).join('\n'),
  wordCase: (t) => t.replace(/[A-Za-z]+/g, (w) => (rnd() < 0.08 ? caseOf(w, int(3)) : w)),
  quotes: (t) => t.replace(/["“”'’‘]/g, (q) => (rnd() < 0.5 ? pick(['"', '“', '”', "'", '’', '‘', '``', "''"]) : q)),
  separators: (t) => t.replace(/ /g, (s) => (rnd() < 0.03 ? pick(SEPS) : s)),
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  cr: (t) => t.replace(/\n/g, rnd() < 0.5 ? '\r' : '\r\n'),
  numbering: (t) => t.split('\n').map((l) => (rnd() < 0.15 ? pick(NUMBERING) + l.replace(/^\s*(\(?[0-9a-zA-Z]{1,4}[.)]\s*)+/, '') : l)).join('\n'),
  truncate: (t) => t.replace(/[A-Za-z]{4,}/g, (w) => (rnd() < 0.05 ? w.slice(0, 1 + int(w.length - 1)) : w)),
  merge: (t) => t.replace(/([A-Za-z]) ([A-Za-z])/g, (m, a, b) => (rnd() < 0.04 ? a + pick(['', '_', '-', "'", '’', '0']) + b : m)),
  nonAscii: (t) => t.replace(/[A-Za-z]/g, (c) => (rnd() < 0.004 ? pick(ODD) : c)),
  oddInsert: (t) => t.replace(/[A-Za-z]{3,}/g, (w) => (rnd() < 0.02 ? (rnd() < 0.5 ? pick(ODD) + w : w + pick(ODD)) : w)),
  digits: (t) => t.replace(/[A-Za-z]+/g, (w) => (rnd() < 0.02 ? (rnd() < 0.5 ? String(int(100)) + w : w + String(int(100))) : w)),
  kelvin: (t) => t.replace(/[ksSKi]/g, (c) => (rnd() < 0.03 ? ({ k: 'K', K: 'K', s: 'ſ', S: 'ſ', i: 'ı' })[c] : c)),
  underscores: (t) => t.replace(/\b/g, (b) => (rnd() < 0.01 ? '_' : b)),
  hyphenate: (t) => t.replace(/ /g, (s) => (rnd() < 0.03 ? pick(['-', '‐', '‑', '-\n', ' - ']) : s)),
  dropPunct: (t) => t.replace(/[.,;:"“”()]/g, (c) => (rnd() < 0.2 ? '' : c)),
  // Characters that hand-written tests easily read unlike a regex: \s that is not ASCII (U+2028, U+3000, U+FEFF),
  // form feed and vertical tab, soft hyphen, joiners, combining marks, NUL.
  controls: (t) => t.replace(/[ A-Za-z]/g, (c) => (rnd() < 0.005 ? pick(CONTROLS) + (rnd() < 0.5 ? c : '') : c)),
  // Long runs of spaces or line breaks (EDGAR column layouts): scans that read a bounded window around an anchor
  // see a word cut at the window's start, and a hand-written check must read it the same way.
  wideGaps: (t) => t.replace(/ /g, (c) => (rnd() < 0.01 ? pick([' ', '\n', '\t']).repeat(30 + int(100)) : c)),
  // A gap of about a window's width (80) before brackets and figures: "thirty                 (30)", "$ 5".
  gapBeforeBracket: (t) => t.replace(/([A-Za-z]+)\s+(?=[($\d])/g, (m, w) => (rnd() < 0.3 ? w + ' '.repeat(60 + int(30)) : m)),
  endCut: (t) => { const a = int(Math.min(t.length, 40000)); return t.slice(0, a); },
};
const MUT_NAMES = Object.keys(MUTATIONS);

// Clause-like sentences with the words hand matchers look for: definitions, parties, grants, references.
const WORDS = ['license', 'licensee', 'Licensor', 'grant', 'grants', 'granted', 'hereby', 'non-exclusive', 'exclusive', 'royalty-free',
  'worldwide', 'sublicense', 'Party', 'Parties', 'PARTY', 'means', 'shall mean', 'includes', 'Agreement', 'Section', 'Article',
  'Schedule', 'Exhibit', 'Patent', 'Patents', 'Licensed Patents', 'terminate', 'termination', 'confidential', 'indemnify',
  'governing law', 'shall', 'may', 'must', 'will', 'not', 'Effective Date', 'Term', 'capitalized terms', 'defined', 'herein',
  'royalty', 'royalties', 'fee', 'USD', '$1,000', '10%', 'thirty (30) days', 'assign', 'assignment', 'change of control',
  'arbitration', 'warranty', 'AS IS', 'liability', 'notice', 'the', 'of', 'and', 'a', 'I', 'by', 'between', 'Inc.', 'Ltd.', 'LLC',
  'Corporation', 'Company', '("Licensee")', '(the "Licensor")', '"Affiliate"', '“Field”', 'each', 'any', 'all', 'under', 'to',
  'cross-license', 'improvements', 'covenant not to sue', 'audit', 'records', 'pay', 'payment', 'invoice', 'tax', 'withholding',
  // Words that end in a number word, and brackets of figures: a window cut inside the word reads a number word.
  'often', 'written', 'freight', 'weight', 'someone', 'none', 'ten', 'thirty', 'percent', '(10)', '(30)', '(5%)', '($1,000)'];
function synthWord() {
  const w = pick(WORDS);
  const r = rnd();
  // A figure in brackets about a window's width (80) after a word that ends in a number word.
  if (r > 0.98) return `${pick(['often', 'written', 'freight', 'someone'])}${' '.repeat(70 + int(12))}${pick(['(10)', '(8)', '(1)', '(11)'])}`;
  if (r < 0.08) return caseOf(w, int(3));
  if (r < 0.12) return w + pick(ODD);
  if (r < 0.16) return pick(ODD) + w;
  if (r < 0.19) return w.slice(0, 1 + int(w.length));
  if (r < 0.22) return w.replace(/s/g, 'ſ').replace(/k/g, 'K');
  return w;
}
function synthDoc() {
  const parts = [];
  if (rnd() < 0.7) parts.push(`${pick(['PATENT CROSS-LICENSE AGREEMENT', 'Cross License Agreement', 'LICENSE AGREEMENT'])}\n\nThis Agreement is entered into by and between ${pick(['Acme Inc.', 'ÉTOILE S.A.', 'Zeta_Corp', 'Müller GmbH', 'K-Tech Ltd.'])} ("${pick(['Acme', 'Licensor', 'Party A'])}") and ${pick(['Beta LLC', 'Σigma Co.', 'O’Neil Corp.'])} (the "${pick(['Beta', 'Licensee', 'Party B'])}").\n`);
  const clauses = 3 + int(25);
  for (let c = 0; c < clauses; c++) {
    let line = rnd() < 0.6 ? pick(NUMBERING).replace(/\d+/, String(c + 1)) : '';
    if (rnd() < 0.4) line += caseOf(pick(['Definitions', 'Grant of License', 'Royalties', 'Term and Termination', 'Confidentiality', 'Governing Law', 'Assignment', 'Notices', 'Miscellaneous']), int(4)) + pick(['.', '\n', ': ', '. ', '\n\n']);
    const n = 5 + int(60);
    for (let i = 0; i < n; i++) line += synthWord() + (rnd() < 0.03 ? ' '.repeat(60 + int(30)) : pick(SEPS.slice(0, 6).concat([' ', ' ', ' ', ' ', ' ', ' ', '. ', ', '])));
    parts.push(line);
  }
  return parts.join(pick(['\n', '\n\n', '\r\n\r\n', '\n\n\n']));
}

// Markdown from plain text: '#' headings for short capitalised lines, emphasis around some quoted terms.
function toMarkdown(t) {
  return t
    .split('\n')
    .map((l) => (l.length < 60 && /^[A-Z0-9§(]/.test(l) && rnd() < 0.5 ? `${pick(['#', '##', '###'])} ${l}` : l))
    .join('\n')
    .replace(/"([A-Z][^"]{0,30})"/g, (m, w) => (rnd() < 0.3 ? `${pick(['**', '__', '*', '_'])}"${w}"${pick(['**', '__', '*', '_'])}` : m));
}
MUTATIONS.markdown = toMarkdown;
// Party names and aliases renamed throughout (every place a quoted alias or a party name occurs), to names with
// dots, ampersands, hyphens, digits, non-ASCII letters, the Kelvin sign, or names that are common words.
const ODD_NAMES = ['Acme Corp.', 'R&D Labs', 'K-Tech', 'Kelvin\u212aTech', 'Société Générale', 'Straße GmbH', 'ΣIGMA', 'X1', 'Each', 'Party A', 'The Company', 'U.S. Robotics', 'O’Neil', "O'Neil Inc", 'Licensor', 'AB', 'Ab_Co', 'İnci'];
MUTATIONS.renameParties = (t) => {
  const aliases = new Set();
  for (const m of t.matchAll(/\((?:the\s+|each\s+a\s+)?["“]([A-Z][A-Za-z0-9&.' -]{1,30})["”]\)/g)) aliases.add(m[1]);
  for (const m of t.matchAll(/\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?,? (?:Inc|Corp|LLC|Ltd|GmbH|S\.A)\.?)/g)) aliases.add(m[1]);
  let out = t;
  for (const a of aliases) if (rnd() < 0.7) out = out.split(a).join(pick(ODD_NAMES));
  return out;
};
MUTATIONS.splice = (t) => {
  const other = baseText(pick(baseFiles));
  const a = int(t.length);
  const b = int(other.length);
  return t.slice(0, a) + other.slice(b, b + 500 + int(5000)) + t.slice(a);
};
MUT_NAMES.push('markdown', 'splice', 'renameParties');

function makeCase(i) {
  const useBase = baseFiles.length && (ONLY ? ONLY !== 'synth' : rnd() < 0.8);
  if (!useBase) return { name: `synth-${i}`, text: synthDoc(), ext: pick(['.txt', '.md']) };
  const file = rnd() < (ONLY === 'renameParties' ? 0.7 : 0.3) && fixtureFiles.length ? pick(fixtureFiles) : pick(baseFiles);
  let text = baseText(file);
  const applied = [];
  const nMut = 1 + int(3);
  for (let k = 0; k < nMut; k++) {
    const m = ONLY && MUTATIONS[ONLY] && k === 0 ? ONLY : pick(MUT_NAMES);
    text = MUTATIONS[m](text);
    applied.push(m);
  }
  if (text.length > 60000) text = text.slice(0, 60000);
  const md = file.endsWith('.md') || applied.includes('markdown');
  return { name: `${basename(file)}+${applied.join('+')}`, text, ext: md ? (rnd() < 0.9 ? '.md' : '.txt') : rnd() < 0.85 ? '.txt' : '.md' };
}

const before = await load(oldDir);
const after = await load(newDir);
mkdirSync(OUT, { recursive: true });
const started = Date.now();
let differ = 0;
for (let i = 0; i < CASES; i++) {
  const c = makeCase(i);
  const path = `case-${i}${c.ext}`;
  const a = await before.run(path, c.text);
  const b = await after.run(path, c.text);
  if ((i + 1) % 100 === 0) console.error(`${i + 1} cases, ${differ} differ so far`);
  if (a !== b) {
    differ++;
    const base = join(OUT, `diff-${SEED}-${i}`);
    writeFileSync(`${base}${c.ext}`, c.text);
    writeFileSync(`${base}.old.json`, a);
    writeFileSync(`${base}.new.json`, b);
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    console.log(`DIFF case ${i} ${c.name} (${c.text.length} chars) at output char ${at}: old ...${JSON.stringify(a.slice(Math.max(0, at - 80), at + 80))} new ...${JSON.stringify(b.slice(Math.max(0, at - 80), at + 80))} -> ${base}${c.ext}`);
  }
}
console.log(`${CASES} cases, ${differ} differ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(differ ? 1 : 0);
