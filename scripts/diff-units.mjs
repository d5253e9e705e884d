#!/usr/bin/env node
// Unit-level differential test of two built checkouts, for the hand-written matchers of issue 7 (speed work that
// must keep every output byte-identical): much denser than scripts/diff-builds.mjs, which runs whole documents.
//  - cue scan: CueSet.scan of each build on random cue patterns in the taxonomy's notation (word~, word*, "*",
//    word?, a|b, "..", "...", #num, " / ", hyphens, symbols, stray "|") over text made of their words;
//  - the same on the built-in taxonomy's cues (each build its own: where the two differ, the cues both hold);
//  - measures: money, percentages, durations, dates, patent numbers and number pairs, around wide gaps.
// Needs two checkouts with `dist/` built; not part of `npm test`. Exit 1 if any output differs.
//   node scripts/diff-units.mjs <old-checkout> <new-checkout> [--seed S] [--scale N]   (scale 1: about 20 s)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { twoCheckouts, xorshift } from './diff-lib.mjs';

const USAGE = 'usage: node scripts/diff-units.mjs <old-checkout> <new-checkout> [--seed S] [--scale N]';
const { opts, oldDir, newDir } = twoCheckouts(USAGE, { seed: { type: 'string', default: '1' }, scale: { type: 'string', default: '1' } });
const SCALE = Number(opts.scale);
const r = xorshift(Number(opts.seed));
const pick = (a) => a[Math.floor(r() * a.length)];
const mod = async (dir, path) => {
  const file = join(resolve(dir), 'dist', path);
  if (!existsSync(file)) throw new Error(`${dir}: no dist/${path} (run npm run build there)`);
  return import(pathToFileURL(file).href);
};
let differ = 0;
const report = (what, detail) => {
  if (differ++ < 8) console.log(`DIFF ${what}`, detail);
};

// Cue scan on random patterns.
{
  const O = await mod(oldDir, 'tag/cues.js');
  const N = await mod(newDir, 'tag/cues.js');
  const VOC = ['by:', 's.a.', "o'neil", 'o’neil', '100%', '3rd', 'e.g.', 'i.e.', 'first-to-file', 'co-exclusive', 'a', 'i', 'x', 'no', 'is', 'it', 'an', 'to', 'of', 'fee', 'fees', 'feet', 'license', 'licensee', 'licensor', 'grant', 'non-exclusive', 'royalty-free', 'sub-license', 'u.s.', 'by', "licensor's", 'law', 'laws', 'term', 'terminate', 'party', 'parties', 'shall', 'not', 'cross', 'cross-license', 'each', 'other', '10', '1st', 'x1', 'abc', 'ab', 'net', 'sales', 'know-how', 'e-mail', 'set-off'];
  const SYMBOLS = ['$', '%', '§'];
  const word = () => {
    const k = r();
    const w = pick(VOC);
    if (k < 0.12) return (r() < 0.2 ? '' : w.replace(/[^a-z0-9].*$/, '').slice(0, 1 + Math.floor(r() * 4)) || 'x') + '*';
    if (k < 0.2) return w.replace(/[^a-z]/g, '') + '~';
    if (k < 0.25) return pick(SYMBOLS);
    if (k < 0.35) return `${w}|${pick(VOC)}${r() < 0.3 ? `|${pick(VOC).replace(/[^a-z].*$/, '')}*` : ''}`;
    if (k < 0.38) return '#num';
    return w;
  };
  const oddify = (w) => {
    const k = r();
    return k < 0.05 ? `${w}|` : k < 0.08 ? `|${w}` : k < 0.1 ? w.replace('|', '||') : k < 0.12 ? `${w}:` : w;
  };
  const pattern = () => {
    let p = word().replace(/^#num$/, 'fee');
    if (SYMBOLS.includes(p)) p = 'fee';
    p = oddify(p);
    for (let i = 1 + Math.floor(r() * 4); i > 1; i--) {
      if (r() < 0.15) p += ` ${pick(['..', '...'])}`;
      let w = oddify(word());
      if (r() < 0.15) w += '?';
      p += ` ${w}`;
    }
    return r() < 0.1 ? `${p} / ${word().replace(/^(#num|\$|%|§)$/, 'law')}` : p;
  };
  const SEP = [' ', ' ', ' ', '  ', '\n', '-', ' - ', '_', '.', ', ', "'", '’', '(', ')', '', '/', ' ', 'K', 'ſ', 'é', ' 30 ', ' (10) ', ' [***] '];
  const text = (most) => {
    let t = r() < 0.2 ? pick(SEP) : '';
    for (let i = 1 + Math.floor(r() * most); i > 0; i--) {
      let w = pick(VOC);
      const c = r();
      if (c < 0.1) w = w.toUpperCase();
      else if (c < 0.2) w = w[0].toUpperCase() + w.slice(1);
      else if (c < 0.3) w += pick(['s', 'ed', 'ing', 'es', "'s", '-up', '_1']);
      t += w + pick(SEP);
    }
    return t;
  };
  let scans = 0;
  for (let k = 0; k < 1500 * SCALE; k++) {
    const pats = [];
    for (let i = 3 + Math.floor(r() * 30); i > 0; i--) pats.push(pattern());
    let oset;
    try {
      oset = new O.CueSet(pats);
    } catch {
      continue; // a pattern the old build rejects
    }
    const nset = new N.CueSet(pats);
    for (let t = 0; t < 100; t++) {
      const x = text(t % 2 ? 12 : 45);
      scans++;
      const a = JSON.stringify(oset.scan(x));
      const b = JSON.stringify(nset.scan(x));
      if (a !== b) report('cue scan', `${JSON.stringify(pats)}\n text ${JSON.stringify(x)}\n old ${a}\n new ${b}`);
    }
  }
  // The built-in cues, on text of their own words. Each build scans its own taxonomy's cues: a newer taxonomy may
  // name a word class the older build does not know (its CueSet would throw). Where the two lists differ, the hits
  // of the cues both hold are compared, by pattern and place.
  const cuesOf = async (dir) => {
    const { BUILTIN_TYPES } = await mod(dir, 'tag/taxonomy.js');
    return [...new Set(BUILTIN_TYPES.flatMap((t) => [...Object.keys(t.headings), ...Object.keys(t.phrases), ...Object.keys(t.negatives), ...t.requires, ...t.modal.map((m) => m.verbs)]))];
  };
  const [oldCues, newCues] = [await cuesOf(oldDir), await cuesOf(newDir)];
  const same = oldCues.length === newCues.length && oldCues.every((c, i) => c === newCues[i]);
  const inOld = new Set(oldCues);
  const shared = new Set(newCues.filter((c) => inOld.has(c)));
  if (!same) console.log(`built-in cues: ${oldCues.length - shared.size} only in the old taxonomy, ${newCues.length - shared.size} only in the new; the ${shared.size} shared compared`);
  const words = [...new Set([...oldCues, ...newCues].join(' ').toLowerCase().split(/[^a-z0-9'-]+/).filter(Boolean))];
  const oset = new O.CueSet(oldCues);
  const nset = new N.CueSet(newCues);
  /** The hits as compared: as scanned when the lists are one, else the shared cues' hits by place and pattern, sorted. */
  const seen = (hits, cues) =>
    JSON.stringify(
      same
        ? hits
        : hits
            .filter((h) => shared.has(cues[h.cue]))
            .map((h) => `${h.start}-${h.end} ${cues[h.cue]}`)
            .sort(),
    );
  for (let k = 0; k < 30000 * SCALE; k++) {
    let x = '';
    for (let i = 1 + Math.floor(r() * 14); i > 0; i--) x += pick(words) + pick(SEP);
    if (r() < 0.3) x = x.toUpperCase();
    scans++;
    const a = seen(oset.scan(x), oldCues);
    const b = seen(nset.scan(x), newCues);
    if (a !== b) report('built-in cue scan', `${JSON.stringify(x)}\n old ${a}\n new ${b}`);
  }
  console.log(`cue scans: ${scans}`);
}

// Measures around wide gaps (windows of 40 and 80 characters before an anchor).
{
  const O = await mod(oldDir, 'facts/measures.js');
  const N = await mod(newDir, 'facts/measures.js');
  const TOK = ['ten', 'often', 'ThIrTy', 'thirty', 'forty-five', 'one hundred and twenty', 'percent', 'per cent', 'dollars', 'U.S. dollars', 'euros', 'pounds sterling', 'sterling', 'cent', 'seventeen', 'xseventeen', 'gone', 'someone', 'canine', 'freight', 'five', 'point five', 'half of one', '(10)', '(11)', '( 30 )', '($3,000,000)', '(US$ 5)', '(EUR 20)', '(5%)', '(1.5%)', '(£10)', '$5', '10%', 'days', 'years', 'month', 'January 1, 2020', 'US 5,123,456', '3', 'million', 'x', '-', ')', '('];
  const SEP = [' ', ' ', '', '\n', '\t', ' ', '-', ', ', ' '.repeat(36 + Math.floor(r() * 8)), ' '.repeat(72 + Math.floor(r() * 10)), '\n'.repeat(75)];
  const FNS = ['findMoney', 'findPercentages', 'findDurations', 'findDates', 'findPatentNumbers', 'findNumberPairs'];
  let n = 0;
  for (let c = 0; c < 30000 * SCALE; c++) {
    let x = '';
    for (let i = 1 + Math.floor(r() * 12); i > 0; i--) x += pick(TOK) + (r() < 0.2 ? ' '.repeat(30 + Math.floor(r() * 60)) : pick(SEP));
    for (const f of FNS) {
      if (typeof O[f] !== 'function' || typeof N[f] !== 'function') continue;
      n++;
      const a = JSON.stringify(O[f](x));
      const b = JSON.stringify(N[f](x));
      if (a !== b) report(f, `${JSON.stringify(x)}\n old ${a}\n new ${b}`);
    }
  }
  console.log(`measure calls: ${n}`);
}
console.log(`${differ} differ`);
process.exit(differ ? 1 : 0);
