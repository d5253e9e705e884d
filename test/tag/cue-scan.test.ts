// The cue matcher's fast scan (char-code word walk, hashed first words, second-word filter) must find
// exactly what the plain method finds: at every word start, try every compiled cue whose first word
// (or word* prefix) is that word, in cue order. The plain method is written out here as the oracle.
import { describe, expect, it } from 'vitest';
import { ANCHOR_ROOM_TOTAL, CUE_WORD_CACHE_LIMIT, CueSet, compileCue, cueWordCacheSize, markSentenceEnds, runMatcher, type CueHit } from '../../src/tag/cues.js';
import { BUILTIN_TYPES } from '../../src/tag/taxonomy.js';
import { wordIndex } from '../../src/model/words.js';

/** The straightforward scan the fast one replaces (one regex match per word, every candidate cue tried). */
function plainScan(patterns: readonly string[], text: string): CueHit[] {
  const compiled: Array<{ cue: number; re: RegExp; first: ReturnType<typeof compileCue>['first']; gapped: boolean }> = [];
  patterns.forEach((pattern, cue) => {
    for (const alternative of pattern.split(' / ')) {
      const c = compileCue(alternative);
      compiled.push({ cue, re: c.sticky, first: c.first, gapped: c.rest.some((t) => t.gap > 0) });
    }
  });
  const hits: CueHit[] = [];
  const marked = markSentenceEnds(text);
  const lastEnd = new Map<number, number>();
  const lower = text.toLowerCase();
  const source = lower.length === text.length ? lower : text;
  const tryAt = (k: number, at: number): void => {
    const { cue, re, gapped } = compiled[k] as (typeof compiled)[number];
    if ((lastEnd.get(cue) ?? -1) > at) return;
    re.lastIndex = at;
    // (A cue with a gap reads the text with its sentence ends marked, which its gap does not cross.)
    const m = re.exec(gapped ? marked : text);
    if (m) { hits.push({ cue, start: at, end: at + m[0].length }); lastEnd.set(cue, at + m[0].length); }
  };
  const exact = new Map<string, number[]>();
  const prefixed: Array<[string, number]> = [];
  compiled.forEach((c, k) => {
    for (const a of c.first) {
      if (a.prefix) prefixed.push([a.key, k]);
      else if (!(exact.get(a.key) ?? []).includes(k)) exact.set(a.key, [...(exact.get(a.key) ?? []), k]);
    }
  });
  // Cues whose first word starts with a non-ASCII letter, tried where a letter (in any case) equal to it starts a word.
  const accented = compiled.flatMap((c, k) => c.first.filter((a) => /^[^\x00-\x7f]/.test(a.text) && /^\p{L}/u.test(a.text)).map((a) => [a.text.charAt(0), k] as const));
  for (const m of source.matchAll(/[A-Za-z0-9]+|[%$]|(?<![\p{L}\p{N}\p{M}_-])[^\x00-\x7f]/gu)) {
    const at = m.index;
    if (m[0].charCodeAt(0) >= 128) {
      for (const [letter, k] of accented) if (m[0].toLowerCase() === letter || m[0] === letter.toUpperCase()) tryAt(k, at);
      continue;
    }
    const symbol = m[0] === '%' || m[0] === '$';
    if (!symbol && at > 0 && /[-_A-Za-z0-9]/.test(source.charAt(at - 1))) continue;
    const word = m[0].toLowerCase();
    // Exact first words first, in cue order; then word* prefixes, by the buckets (1, 2 then 3 letters).
    for (const k of exact.get(word) ?? []) tryAt(k, at);
    for (const len of [1, 2, 3]) for (const [key, k] of prefixed) if (key.slice(0, 3) === word.slice(0, len) && word.startsWith(key)) tryAt(k, at);
  }
  return hits.sort((a, b) => a.start - b.start || a.cue - b.cue);
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATTERNS = [...new Set(BUILTIN_TYPES.flatMap((t) => [
  ...Object.keys(t.headings), ...Object.keys(t.phrases), ...Object.keys(t.negatives), ...t.requires, ...t.modal.map((m) => m.verbs),
]))];

/** Text made of the cues' own words (so cues match often) and of the separators that trip word scans. */
function cueSoup(seed: number, words: number): string {
  const next = random(seed);
  const vocabulary = [...new Set(PATTERNS.join(' ').toLowerCase().split(/[^a-z0-9'-]+/).filter((w) => w.length > 0))];
  vocabulary.push('the', 'a', 'party', 'licensee', '30', 'thirty', '(30)', 'k', 'ab', 'x');
  const separators = [' ', ' ', ' ', ', ', '. ', '\n', '\n\n', ' - ', '-', '_', "'", '’s ', ' $', '% ', ' (', ') ', ': ', '  ', '? ', '.) ', ' Sec. ', ' e.g. ', '.'];
  let out = '';
  for (let i = 0; i < words; i++) {
    let w = vocabulary[Math.floor(next() * vocabulary.length)] as string;
    const r = next();
    if (r < 0.2) w = w.charAt(0).toUpperCase() + w.slice(1);
    else if (r < 0.35) w = w.toUpperCase();
    else if (r < 0.45) w = `${w}s`;
    out += w + (separators[Math.floor(next() * separators.length)] as string);
  }
  return out;
}

/** Text made of occurrences of the cues themselves, with gaps filled up to (and past) their length. */
function cueInstances(seed: number, count: number): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const filler = ['the', 'Company', 'said', 'any', 'of', 'its', 'such', 'rights', 'x_y', 'non-party', 'third'];
  const separators = [' ', ' ', ', ', ' - ', '-', ' (', ') ', '\n', '_', ' $', '. ', ' Inc. '];
  const words: string[] = [];
  for (let n = 0; n < count; n++) {
    const alternative = pick(pick(PATTERNS).split(' / '));
    for (const raw of alternative.trim().split(/\s+/)) {
      if (raw === '..' || raw === '...') {
        const most = raw === '..' ? 5 : 12;
        for (let k = Math.floor(next() * (most + 2)); k > 0; k--) words.push(pick(filler));
        continue;
      }
      if (raw.endsWith('?') && next() < 0.5) continue;
      let w = pick(raw.replace(/\?$/, '').split('|').filter(Boolean));
      if (w === '#num') w = pick(['30', 'thirty (30)', '[***]', '5%']);
      else if (w.endsWith('*')) w = w.slice(0, -1) + pick(['', 'ed', 'ion', 'ing-off', "'s"]);
      else if (w.endsWith('~')) w = w.slice(0, -1) + pick(['', 's', 'ed']);
      const r = next();
      words.push(r < 0.2 ? w.toUpperCase() : r < 0.4 ? w.charAt(0).toUpperCase() + w.slice(1) : w);
    }
    words.push(pick(['.', ';', 'and']));
  }
  return words.map((w) => w + pick(separators)).join('');
}

describe('cue words matched by runs instead of regexes (matchRunWords)', () => {
  // Every cue whose words are letters and digits, hyphenated words and word* stems, with gaps and optional words: at
  // every run start, the matcher must end where the cue's sticky regex ends (or fail where it fails), whatever the
  // separators: spaces of every kind (\s is more than " "), hyphens with spaces around them, apostrophes inside stems'
  // tails, "_" inside runs, letters outside ASCII (no \w for the regex), the Kelvin and long-s signs (/i without "u"
  // folds neither to ASCII).
  const matched = PATTERNS.flatMap((pattern) => pattern.split(' / ')).flatMap((alternative) => {
    const cue = compileCue(alternative);
    const match = runMatcher(cue);
    return match ? [{ alternative, regex: cue.sticky, match }] : [];
  });
  // (Sentence ends too, which a gap does not cross: ". ", "? ", '." ', ".) ", ".\u00a0", and dots that end none: "x.y", "U.S. ", "Inc. ".)
  const separators = [' ', ' ', ' ', ', ', '. ', '\n', ' - ', '-', '_', "'", '’', '’s ', ' -  ', '\u00a0', '\u2003', '\t', '--', ' -', '- ', 'é', '\u212a', '\u017f', '  ', ' ( ', ') ', '\u3000-',
    '? ', '! ', '." ', '.) ', '.\u00a0', '.', '.\n', ' u.s. ', ' Inc. ', ' no. ', ' x. ', '.”\n'];
  it('stands for the regex of most cues with more than one plain word', () => {
    expect(matched.length).toBeGreaterThan(1000);
    // #num and symbols stay with their regexes.
    expect(runMatcher(compileCue('within #num days'))).toBeNull();
    expect(runMatcher(compileCue('royalty percent|%'))).toBeNull();
  });
  it('ends where the regex ends, at every run start of generated text', () => {
    const next = random(7);
    const vocabulary = [...new Set(PATTERNS.join(' ').toLowerCase().split(/[^a-z0-9'-]+/).filter((w) => w.length > 0))];
    vocabulary.push('the', 'a', 'at', 'any', 'time', 'of', 'to', 'x', '_x', 'co', 'non', 'sub', 'terminat', 'licens');
    for (let doc = 0; doc < 4; doc++) {
      let text = '';
      for (let i = 0; i < 300; i++) {
        let w = vocabulary[Math.floor(next() * vocabulary.length)] as string;
        const r = next();
        if (r < 0.2) w = w.charAt(0).toUpperCase() + w.slice(1);
        else if (r < 0.25) w = w.toUpperCase();
        text += w + (separators[Math.floor(next() * separators.length)] as string);
      }
      const runs = wordIndex(text);
      const marked = markSentenceEnds(text);
      const differ: string[] = [];
      for (const { alternative, regex, match } of matched) {
        for (let run = 0; run < runs.count; run++) {
          const at = runs.starts[run] as number;
          if (runs.ends[run] === at) continue;
          regex.lastIndex = at;
          const want = regex.test(marked) ? regex.lastIndex : -1;
          if (match(text, runs, run) !== want) differ.push(`${alternative} at ${JSON.stringify(text.slice(at, at + 60))}`);
        }
      }
      expect(differ.slice(0, 5)).toEqual([]);
    }
  });
});

describe('cue scan', () => {
  const set = new CueSet(PATTERNS);
  it('finds what trying every candidate cue at every word start finds (built-in cues, generated text)', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const text = cueSoup(seed, 8000);
      const hits = set.scan(text);
      expect(hits).toEqual(plainScan(PATTERNS, text));
      // With the document's word runs found beforehand (as the tagger passes them, shared with the rules).
      expect(set.scan(text, wordIndex(text))).toEqual(hits);
    }
  });
  it('finds what the plain method finds in text made of the cues themselves, gaps filled to their limits', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const text = cueInstances(seed, 1500);
      const hits = set.scan(text);
      expect(hits.length).toBeGreaterThan(500);
      expect(hits).toEqual(plainScan(PATTERNS, text));
    }
  });
  it('finds the same with regexes, next-word filters and word shortcuts made on first use, whatever texts the set scanned before', () => {
    // Each cue's sticky regex and run or plain words are made the first time the cue is tried, and a first word's
    // next-word filter the first time the walk finds it: a set used on other documents first must find exactly what
    // a fresh set (and the plain method, with regexes built up front) finds.
    const used = new CueSet(PATTERNS);
    for (let seed = 11; seed <= 13; seed++) used.scan(cueSoup(seed, 3000));
    for (let seed = 21; seed <= 23; seed++) {
      const text = cueInstances(seed, 800);
      const fresh = new CueSet(PATTERNS).scan(text);
      expect(used.scan(text)).toEqual(fresh);
      expect(fresh).toEqual(plainScan(PATTERNS, text));
    }
  });
  it('tries a cue whose first word has a "*" alternative (a word* of no letters) where its other words are, whatever follows', () => {
    // A pack's cue may hold "*" among the alternatives of its first word: its regex matches the word the cue was
    // found at, so the next-word filter (which reads the next word for "cross-license") must not pass the cue over.
    const cues = ['cross-license|*', 'royalty-free|i|*', 'non-exclusive / cross-license|*'];
    for (const text of ['cross x', 'a cross-x deal', 'royalty x and royalty-free', 'Cross (x)', 'royalty', 'cross license']) {
      const hits = new CueSet(cues).scan(text);
      expect(hits).toEqual(plainScan(cues, text));
      expect(hits.length).toBeGreaterThan(0);
    }
  });
  it('tries a cue with a gap only where its anchor word is near enough, counting words as the regex does', () => {
    const cues = ['not .. register .. trademark~', 'shall ... exceed~', 'be deemed? .. third-party beneficiar*'];
    const text = [
      'shall not in any way whatsoever register any trademark', // 5 words between "not" and "register"
      'shall not in any way whatsoever at all register a trademark', // 7: too far
      'not a_b_c d e f register trademarks', // "a_b_c" is one word to the regex
      'Licensee SHALL in no event and under no circumstances whatsoever EXCEED it',
      'no person shall be deemed a THIRD-PARTY beneficiary; nor be a third party beneficiary',
    ].join('. ');
    const found = new CueSet(cues).scan(text).map((h) => text.slice(h.start, h.end));
    expect(found).toEqual([
      'not in any way whatsoever register any trademark', 'not a_b_c d e f register trademarks',
      'SHALL in no event and under no circumstances whatsoever EXCEED', 'be deemed a THIRD-PARTY beneficiary', 'be a third party beneficiary',
    ]);
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
  });
  it('reads an anchor followed only by optional words as the start of a longer word too', () => {
    // Nothing after "sublicense" is required, so the regex matches it inside "sublicensed" as well.
    const text = 'Licensee may not in any event sublicensed its rights.';
    expect(new CueSet(['not .. sublicense rights?']).scan(text).map((h) => text.slice(h.start, h.end))).toEqual(['not in any event sublicense']);
  });
  it('keeps the plain scan on a text whose lower-casing turns a sign into an ASCII letter', () => {
    const text = 'Licensee shall not sell. \u212aelvin shall not compete~ with the Company; \u0130 shall not sell';
    expect(set.scan(text)).toEqual(plainScan(PATTERNS, text));
  });
  it('does not let the second-word filter drop a cue after "_", a one-letter word or an optional word', () => {
    const cues = ['shall not sell', 'shall a b', 'grant the? license', 'pay ..  royalty~', 'sub* license'];
    const text = 'It shall_not sell; it shall not_sell; it SHALL  NOT SELL; shall a b; grant license; grant the license; pay a royalty; sublicense license';
    const found = new CueSet(cues).scan(text).map((h) => text.slice(h.start, h.end));
    expect(found).toEqual(['SHALL  NOT SELL', 'shall a b', 'grant license', 'grant the license', 'pay a royalty', 'sublicense license']);
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
  });
  it('reads a one-letter word* stem as the start of words of any length, as a longer stem', () => {
    // "m*" used to be looked up for one-letter words only: it found "M fee" but not "milestone fees".
    const cues = ['m* fee~ / m* payment~', 'royalt* report~'];
    const text = 'The Licensee shall pay the milestone fees and the Maintenance Payments; an M fee is due with each royalty report.';
    const found = new CueSet(cues).scan(text).map((h) => text.slice(h.start, h.end));
    expect(found).toEqual(['milestone fees', 'Maintenance Payments', 'M fee', 'royalty report']);
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
  });
  it('keeps a bounded number of cue words for a long-lived process, and reads a word again the same after', () => {
    const cues = ['sublicens* .. written consent', 'royalty~ report~'];
    const text = 'No sublicense without the prior written consent of Licensor; royalty reports are due quarterly.';
    const before = new CueSet(cues).scan(text);
    expect(before).toHaveLength(2);
    // A pack's own cue words, ever new ones (a server checking documents against its users' packs).
    for (let n = 0; n < CUE_WORD_CACHE_LIMIT + 500; n += 100) {
      new CueSet(Array.from({ length: 100 }, (_, k) => `term${n + k}|period .. renew~`));
      expect(cueWordCacheSize()).toBeLessThanOrEqual(CUE_WORD_CACHE_LIMIT);
    }
    expect(new CueSet(cues).scan(text)).toEqual(before);
  });
  it('keeps room for a bounded number of anchor places in all between scans, and scans the same after', () => {
    // Every built-in cue word, 120 times (2 MB): ~230,000 anchor places, under 16,384 for any one anchor. Kept per
    // anchor alone, they all stayed for the life of the process (19 MB after 6 MB of such text).
    const set = new CueSet(PATTERNS);
    const small = 'Either party may terminate this Agreement for convenience; the royalty report is due quarterly.';
    const before = set.scan(small);
    const words = [...new Set(PATTERNS.join(' ').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2))];
    set.scan(`${words.join(' ')}. `.repeat(120));
    expect(set.anchorRoomInUse()).toBeGreaterThan(0);
    expect(set.anchorRoomInUse()).toBeLessThanOrEqual(ANCHOR_ROOM_TOTAL);
    expect(set.scan(small)).toEqual(before);
    expect(set.scan(small)).toEqual(new CueSet(PATTERNS).scan(small));
  });
  /** Sentences far enough apart (more words than any cue gap) for each to be read on its own. */
  const apart = (sentences: readonly string[]): string =>
    sentences.join('.\n\nThe headings are for reference only and do not affect the meaning of any provision here.\n\n');
  it('tries a cue whose first word is a word* stem only where its anchor is near, past the words the stem spans', () => {
    const cues = ['terminat* .. for convenience', 'terminat*|cancel* ... merger|acquisition', 'sublicens* .. written consent'];
    const text = apart([
      'Either party may terminate this Agreement at any time and in whole for convenience', // anchor 7 words on: too far
      'Licensor may terminate it for convenience',
      'The termination-for-convenience right', // "for" and "convenience" are in the span of the stem's [\w'’-]*
      'Terminating’s effect for convenience',
      'It may cancel-and-terminate upon any merger of the Company',
      'A sublicensee_agent may hold no written consent', // "_" keeps one word
      'No sublicense without the prior written consent of Licensor',
    ]);
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
    const found = new CueSet(cues).scan(text).map((h) => text.slice(h.start, h.end));
    expect(found).toEqual([
      'terminate it for convenience', 'termination-for-convenience', 'Terminating’s effect for convenience',
      'cancel-and-terminate upon any merger', 'sublicensee_agent may hold no written consent', 'sublicense without the prior written consent',
    ]);
  });
  it('finds within long runs of joined stems what the plain method finds, each run read once per cue', () => {
    // A word* cue that failed in a [\w'’-] run is not tried again in it, and the words its stem spans are
    // counted once per run: the matches must stay those of trying every start.
    const cues = ['terminat* .. for convenience', 'terminat*|cancel* ... merger|acquisition', 'terminat*', 'licens* .. royalt*', 'cancel* right'];
    const text = apart([
      "terminat'terminat'terminat-termination for convenience",
      "cancel-cancel’cancellation right and terminat'terminat upon any merger",
      'licensor-licensee-license_fee no royalty',
      "the termination'terminat-for-convenience clause",
      `${"terminat'".repeat(40)}cancel for convenience`,
      `${'licens-'.repeat(30)}royalties`,
      "terminat'cancelſ right and terminat'cancel right", // "ſ" is no "s" for the regex (no "u" flag)
    ]);
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
    // The same set scanning a second text starts afresh.
    const set = new CueSet(cues);
    set.scan(text);
    expect(set.scan(text.slice(40))).toEqual(plainScan(cues, text.slice(40)));
  });
  it('lets the next-word filter read first words with symbols and hyphens as the regexes do', () => {
    const cues = ['by: name: title', 'non-exclusive license~', 'u.s. dollars', 'non-compet* agreement', 'one-time fee|payment', 'x_y z', 'non-exclusive|nonexclusive|non-transferable right', '$ #num'];
    const text = apart([
      'By: Name: Title: CEO; by: name title; By:  NAME:  TITLE',
      'a non-exclusive licence; a NON - EXCLUSIVE license; a non exclusive licensed; a non_exclusive license',
      'in U.S. dollars; in U.S dollars; in us dollars',
      'the non-competition agreement; the non-competes agreement; the noncompete agreement',
      'a one-time fee, a one time payment, a one-timer fee',
      'x_y z; x y z; the non-transferable right and nonexclusive right; $ 40; $40',
    ]);
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
    const found = new CueSet(cues).scan(text).map((h) => text.slice(h.start, h.end));
    expect(found).toEqual([
      'By: Name: Title', 'By:  NAME:  TITLE', 'NON - EXCLUSIVE license', 'non exclusive licensed',
      'U.S. dollars', 'non-competition agreement', 'non-competes agreement', 'one-time fee', 'one time payment',
      'x_y z', 'non-transferable right', 'nonexclusive right', '$ 40',
    ]);
  });
  it('tries short word* stems and one-word cues as the plain method does, at one- and two-letter words and before "_"', () => {
    const cues = ['x*', 'ab*', 'abc* deed', 'law|laws', 'lawful', 'sub* license', 'q'];
    const text = 'x; X-ray; ab, AB_C abc deed; abcd deed; law_firm; LAWS; laws_; law. Lawful, lawfully; sub license; Q q_ q';
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
    expect(new CueSet(cues).scan(text).map((h) => text.slice(h.start, h.end))).toEqual([
      'x', 'X-ray', 'ab', 'AB_C', 'abc', 'abc deed', 'abcd', 'abcd deed', 'LAWS', 'law', 'Lawful', 'sub license', 'Q', 'q',
    ]);
  });
  it('matches a cue whose last word ends in "|" (no whole-word end) as its regex does, without the plain-word shortcuts', () => {
    // "law|" compiles to /(?:law)/: it matches before "_" too, "grant law|" the start of "lawyer", "fee|fees|" the "fee" of "fees".
    const cues = ['law|', 'grant law|', 'fee|fees|'];
    const text = 'law_firm; a law; grant lawyer fees; grant law_x; fee_y fees';
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
    expect(new CueSet(cues).scan(text).map((h) => text.slice(h.start, h.end))).toEqual([
      'law', 'law', 'grant law', 'fee', 'grant law', 'law', 'fee', 'fee',
    ]);
  });
  it('matches cues of plain words as their regexes do: fewest gap words that let the rest match, whole words only', () => {
    const cues = ['grant .. license to', 'trade secrets', 'shall ... not exceed', 'by and between'];
    const text = apart([
      'Licensor will grant a license of the license to use it', // the gap grows past the first "license"
      'grant a license, sublicense or license_to use; grant them licenses to use', // no whole "license" followed by "to"
      'TRADE   SECRETS; trade secretsX; trade_secrets; trade-secrets',
      'the fees shall in no event and under no circumstances whatsoever not exceed the cap',
      'by and between; by and  between_; by, and, between',
    ]);
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
    expect(new CueSet(cues).scan(text).map((h) => text.slice(h.start, h.end))).toEqual([
      'grant a license of the license to', 'TRADE   SECRETS', 'trade-secrets', 'shall in no event and under no circumstances whatsoever not exceed',
      'by and between', 'by, and, between',
    ]);
  });
  it('matches a one-word cue with word* forms as its regex does: the first form that fits, whole words only when the cue ends on one', () => {
    // "sell|sel*" ends in "*", so "sell" needs no word end after it (it wins inside "seller"); "lease" in "distribut*|lease" does.
    const cues = ['sell|sel*', 'distribut*|lease', 'sublicens*|license', 'x_y*'];
    const text = "The seller sells; a distributor's own distribution-rights; Licensed, LICENSE_x, sublicense-able; leases or lease; x_yz";
    expect(new CueSet(cues).scan(text)).toEqual(plainScan(cues, text));
    expect(new CueSet(cues).scan(text).map((h) => text.slice(h.start, h.end))).toEqual([
      'sell', 'sell', "distributor's", 'distribution-rights', 'sublicense-able', 'lease', 'x_yz',
    ]);
  });
  it('tries cues whose first word starts with a non-ASCII letter where such a letter starts a word, as the plain method does', () => {
    const patterns = ['état', 'état* .. droit|loi', 'state|état membre', 'élection de domicile', 'société anonyme', 'ñandú*', 'übertragung~|licen*'];
    const accentedSet = new CueSet(patterns);
    const next = random(11);
    const words = ['état', 'État', 'ÉTATS', 'membre', 'droit', 'loi', 'élection', 'ÉLECTION', 'de', 'domicile', 'Société', 'anonyme', 'Ñandú', 'ñandúes', 'übertragung', 'Übertragungs', 'licence', 'state', 'le', 'x', 'rapportétat'];
    const separators = [' ', ' ', "'", '’', '-', '_', ', ', '. ', '\n', 'é', '1', ' ('];
    let text = '';
    for (let n = 0; n < 6000; n++) text += (words[Math.floor(next() * words.length)] as string) + (separators[Math.floor(next() * separators.length)] as string);
    const hits = accentedSet.scan(text);
    expect(hits).toEqual(plainScan(patterns, text));
    expect(accentedSet.scan(text, wordIndex(text))).toEqual(hits);
    expect(new Set(hits.map((h) => h.cue))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });
  it('matches word* prefixes and first words in any letter case', () => {
    const text = 'The SUBLICENSE, the Termination and SHALL NOT SELL';
    expect(new CueSet(['sublicens*', 'terminat*', 'shall not sell']).scan(text).map((h) => text.slice(h.start, h.end))).toEqual(['SUBLICENSE', 'Termination', 'SHALL NOT SELL']);
  });
});
