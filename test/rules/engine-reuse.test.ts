// Engines are reused from document to document: each run must still see its own document, in turn or at once.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('rule engine reuse', () => {
  it('gives every document the same findings, in turn or all at once', async () => {
    const packs = loadBuiltinPacks();
    const docs = readdirSync(`${root}fixtures`)
      .filter((f) => f.endsWith('.md'))
      .map((f) => analyze(sourceFromText(readFileSync(`${root}fixtures/${f}`, 'utf8'), f)));
    expect(docs.length).toBeGreaterThan(1);
    const inTurn = [];
    for (const d of docs) inTurn.push(await evaluate(d, packs));
    // Each document must see its own facts, not the previous one's.
    expect(new Set(inTurn.map((f) => JSON.stringify(f))).size).toBe(docs.length);
    const atOnce = await Promise.all([...docs, ...docs].map((d) => evaluate(d, packs)));
    expect(atOnce).toEqual([...inTurn, ...inTurn]);
  });
});
