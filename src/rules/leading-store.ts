// The stored form of the built-in packs' leading-word table (leading-words.generated.ts): one JSON string, read on the
// first lookup. The table as an object literal keyed by the pattern sources was 0.5 MB of module text that every
// process and worker thread decoded and parsed at start-up (about 65M instructions, ~20 ms); keyed by a hash of each
// source, with the literals as arrays, it is a seventh of that and parsed only when the rules first scan.
import type { Leading, WordLiteral } from './leading-words.js';

/** One pattern's analysis as stored: null, or [its word literals' texts, '1'/'0' per literal for wordEnd, anywhere]. */
type Stored = null | [readonly string[], string, readonly string[]];

/**
 * A pattern source's key in the stored table: its length and a 53-bit hash of its UTF-16 units (two 32-bit FNV-style
 * lanes, mixed). The generator refuses two built-in sources with one key; any other pattern that shares a key with a
 * built-in one would need the same length and the same 53 bits.
 */
export function leadingKey(src: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${src.length.toString(36)}.${hash.toString(36)}`;
}

/** The stored form of a table (pattern source -> analysis), keys in the table's order; throws on two sources with one key. */
export function encodeLeadingTable(table: Readonly<Record<string, Leading | null>>): string {
  const out: Record<string, Stored> = {};
  const owner = new Map<string, string>();
  for (const [src, leading] of Object.entries(table)) {
    const key = leadingKey(src);
    const other = owner.get(key);
    if (other !== undefined) throw new Error(`leading table: two patterns share the key ${key}: ${JSON.stringify(other)} and ${JSON.stringify(src)}`);
    owner.set(key, src);
    out[key] = leading === null ? null : [leading.words.map((w) => w.text), leading.words.map((w) => (w.wordEnd ? '1' : '0')).join(''), leading.anywhere];
  }
  return JSON.stringify(out);
}

/** The table `encodeLeadingTable` stored, by key (leadingKey of the source). */
export function decodeLeadingTable(data: string): ReadonlyMap<string, Leading | null> {
  const stored = JSON.parse(data) as Record<string, Stored>;
  const out = new Map<string, Leading | null>();
  for (const [key, s] of Object.entries(stored)) {
    if (s === null) {
      out.set(key, null);
      continue;
    }
    const [texts, ends, anywhere] = s;
    const words: WordLiteral[] = texts.map((text, i) => ({ text, wordEnd: ends.charCodeAt(i) === 49 }));
    out.set(key, { words, anywhere });
  }
  return out;
}
