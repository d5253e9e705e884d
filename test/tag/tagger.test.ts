// Tagger behaviour beyond single clause types: structure, section context, pack-declared types,
// evidence strings, determinism, and the two engines under it (cue matcher, compromise adapter).
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { tagClauses } from '../../src/tag/index.js';
import { CueSet, compileCue } from '../../src/tag/cues.js';
import { inflections, modalClauses } from '../../src/tag/nlp.js';
import { BUILTIN_TYPES } from '../../src/tag/taxonomy.js';
import { parseExtraTypes, ClauseTypeSpecSchema } from '../../src/tag/taxonomy-schema.js';
import { tagsOf, treeOf, typesOf } from './helpers.js';

const AGREEMENT = `PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is entered into as of March 1, 2024 by and between Alpha Corp., a Delaware corporation ("Alpha"), and Beta Inc., a California corporation ("Beta").

WHEREAS, each Party owns patents relating to wireless communication; and

WHEREAS, the Parties wish to grant each other licenses under those patents.

1. Definitions

"Licensed Patents" means the patents listed in Schedule A.

2. Governing Law

This Agreement shall be governed by the laws of the State of New York.

IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.

By: ____________
Name: Jane Roe
Title: Chief Executive Officer

Schedule A - Licensed Patents

US 9,999,999
`;

describe('structure types', () => {
  const types = typesOf(AGREEMENT);
  it('finds title, parties, recitals, definitions, signature and schedule', () => {
    for (const t of ['title', 'parties', 'recitals', 'definitions', 'signature', 'schedule']) expect([...types]).toContain(t);
  });
  it('does not take a cross-reference to "by and between" deep in the text for the preamble', () => {
    const filler = 'Licensee shall keep records of all sales. '.repeat(200);
    const text = `LICENSE AGREEMENT\n\n${filler}\n\nThe supply agreement by and between Licensee and its Affiliate is not affected.\n`;
    const tags = tagsOf(text);
    expect(tags.filter((t) => t.type === 'parties')).toEqual([]);
  });  it('takes a short first block for the title only when it does not read as a sentence', () => {
    const titleOf = (text: string): boolean => tagsOf(text).some((t) => t.type === 'title');
    expect(titleOf('DEED OF PATENT CROSS-LICENCE\n\n1. The Licensor grants the Licensee a licence.\n')).toBe(true);
    expect(titleOf('Agreement and Plan of Merger\n\n1. The Merger shall take effect on the Closing Date.\n')).toBe(true);
    // A clause or a preamble first in the text, however short, names no document.
    expect(titleOf('Neither Party may transfer this Contract without the prior written consent of the other Party.\n')).toBe(false);
    expect(titleOf('THIS AGREEMENT is dated 3 March 2025 and is made BETWEEN Alpha Limited and Beta GmbH.\n')).toBe(false);
    expect(titleOf('Sections 7, 9 and 12 keep applying after this agreement ends.\n')).toBe(false);
  });
});

describe('blocks that name subjects without dealing with them', () => {
  it('gives a table of contents no types', () => {
    const toc = 'TABLE OF CONTENTS\n1 Definitions 1\n2 Grant of Licenses 4\n3 Royalties 6\n4 Exclusivity 8\n5 Governing Law 9\n6 Termination 10\n';
    expect(tagsOf(toc).filter((t) => t.type !== 'title')).toEqual([]);
  });
  it('scales down a type that a definition only names', () => {
    const definition = tagsOf('"Change of Control" means the acquisition by any person of more than fifty percent of the voting securities of a Party.').find((t) => t.type === 'change-of-control');
    const operative = tagsOf('Upon a Change of Control of Licensee, Licensor may terminate this Agreement by written notice.').find((t) => t.type === 'change-of-control');
    expect(operative).toBeDefined();
    expect(definition?.confidence ?? 0).toBeLessThan(operative!.confidence);
  });
});

describe('section context', () => {
  // Built by hand so the test does not depend on the clause parser: "12. Termination" with sub-clause (b).
  const text = '12. Termination\n(a) Licensee may end the arrangement on ninety days notice.\n(b) The obligations in Section 7 continue for two years.\n';
  const a = text.indexOf('(a)');
  const b = text.indexOf('(b)');
  const tree = treeOf(text, [
    { heading: 'Termination', start: 0, end: text.length, parent: null },
    { heading: null, start: a, end: b - 1, parent: 0 },
    { heading: null, start: b, end: text.length - 1, parent: 0 },
  ]);
  const tags = tagClauses(sourceFromText(text, 'a.txt', 'text'), tree);
  it('tags the section from its heading', () => {
    expect(tags.get('c1')?.map((t) => t.type)).toContain('termination');
  });
  it('lets a sub-clause inherit the subject of its section heading, with the section as the cue', () => {
    const sub = tags.get('c2')?.find((t) => t.type === 'termination');
    expect(sub).toBeDefined();
    expect(sub?.cues.some((c) => c === 'section: Termination')).toBe(true);
    // inherited context counts less than the clause's own heading
    expect(sub!.confidence).toBeLessThan(tags.get('c1')!.find((t) => t.type === 'termination')!.confidence);
  });
  it('does not give a sub-clause a subject its section does not have', () => {
    expect(tags.get('c3')?.map((t) => t.type)).not.toContain('governing-law');
  });
});

describe('tags and evidence', () => {
  const text = 'Distributor shall not, directly or indirectly, compete with the Company in the Territory or engage in any competing business.';
  const tags = tagsOf(text);
  it('gives confidences in [0, 1] and readable cues', () => {
    expect(tags.length).toBeGreaterThan(0);
    for (const t of tags) {
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(t.cues.length).toBeGreaterThan(0);
      for (const c of t.cues) expect(c).toMatch(/^(heading|section|phrase|modal|frame|not|kind|position|learned): \S/);
    }
  });
  it('reads modal structure: who shall not do what', () => {
    const nc = tags.find((t) => t.type === 'non-compete');
    expect(nc).toBeDefined();
    expect(nc!.cues.join(' | ')).toMatch(/compet/i);
  });
  it('is deterministic', () => {
    expect(JSON.stringify(tagsOf(AGREEMENT))).toBe(JSON.stringify(tagsOf(AGREEMENT)));
  });
  it('emits nothing on text with no contractual content', () => {
    expect(tagsOf('The quick brown fox jumps over the lazy dog.')).toEqual([]);
  });
});

describe('clause types declared by rule packs', () => {
  const extra = parseExtraTypes([{
    id: 'export-control', group: 'compliance', label: 'Export control',
    headings: { 'export control~': 0.9 },
    phrases: { 'export administration regulations / ear|itar': 0.8, 're-export|export .. licen*': 0.6 },
  }]);
  it('validates and tags with a new type', () => {
    expect(extra.ok).toBe(true);
    if (!extra.ok) return;
    const types = typesOf('Licensee shall not export or re-export the Products except in compliance with the Export Administration Regulations.', extra.types);
    expect([...types]).toContain('export-control');
    expect([...typesOf('Licensee shall deliver the Products.', extra.types)]).not.toContain('export-control');
  });
  // Lookups by a pack's own words in the built-in tables (inflections, calibrated thresholds) must not find what every
  // object inherits: a type named "constructor" read Object as its threshold and was never tagged, and a cue
  // "constructor~" threw (the inherited Object has no forms).
  it('reads a type id or cue word that every object has a property of as any other', () => {
    const builder = parseExtraTypes([{
      id: 'constructor', group: 'construction', label: 'Constructor',
      phrases: { 'constructor~ shall .. build|erect|complete': 0.8 },
    }]);
    expect(builder.ok).toBe(true);
    if (!builder.ok) return;
    const text = 'The Constructor shall complete the Works by the Completion Date in accordance with the Specifications.';
    expect([...typesOf(text, builder.types)]).toContain('constructor');
    expect(inflections('constructor')).toEqual(expect.arrayContaining(['constructor', 'constructors']));
  });
  // The cue walk started cues only at ASCII letters and digits, "$" and "%": a pack's cue whose first word starts with
  // an accented letter ("état") was never tried.
  it('tags with a cue whose first word starts with a non-ASCII letter, in any letter case, only at a word start', () => {
    const french = parseExtraTypes([{
      id: 'etat-law', group: 'law', label: 'French law',
      phrases: { 'état* .. droit|loi|lois': 0.8, 'élection de domicile': 0.8 },
    }]);
    expect(french.ok).toBe(true);
    if (!french.ok) return;
    expect([...typesOf("Le présent contrat est régi par le droit de l'État de New York et ses lois.", french.types)]).toContain('etat-law');
    expect([...typesOf('ÉTATS-UNIS : LE DROIT APPLICABLE EST CELUI DU DELAWARE.', french.types)]).toContain('etat-law');
    expect([...typesOf('Pour l’exécution des présentes, les parties font élection de domicile en leurs sièges.', french.types)]).toContain('etat-law');
    // Inside a word ("Rapportétat", "non-état") no cue starts.
    expect([...typesOf('Le Rapportétat du droit et la loi applicable au non-état droit.', french.types)]).not.toContain('etat-law');
  });
  it('refuses to redefine a built-in type, naming where', () => {
    const r = parseExtraTypes([{ id: 'royalty', group: 'money', label: 'Royalty' }]);
    expect(r).toMatchObject({ ok: false, path: '$[0].id' });
  });
  it('refuses a type declared twice and a malformed weight', () => {
    expect(parseExtraTypes([{ id: 'x-a', group: 'g', label: 'A' }, { id: 'x-a', group: 'g', label: 'A' }])).toMatchObject({ ok: false, path: '$[1].id' });
    expect(parseExtraTypes([{ id: 'x-b', group: 'g', label: 'B', phrases: { foo: 2 } }])).toMatchObject({ ok: false });
  });
  it('accepts a pack with no clause types', () => {
    expect(parseExtraTypes(undefined)).toEqual({ ok: true, types: [] });
  });
  it('every built-in type validates and every cue compiles', () => {
    for (const t of BUILTIN_TYPES) {
      expect(ClauseTypeSpecSchema.parse(t)).toEqual(t);
      for (const p of [...Object.keys(t.headings), ...Object.keys(t.phrases), ...Object.keys(t.negatives), ...t.requires]) {
        for (const alt of p.split(' / ')) expect(() => compileCue(alt)).not.toThrow();
      }
    }
  });
});

describe('cue matcher', () => {
  it('matches inflections, gaps, prefixes, hyphen variants and whole-phrase alternatives', () => {
    const set = new CueSet(['hereby grant~', 'terminat* .. for convenience', 'non-exclusive', 'right of first refusal / first offer']);
    const text = 'Licensor hereby granted rights. Either party may terminate this Agreement for convenience. A non exclusive licence. The first offer.';
    expect(set.scan(text).map((h) => [h.cue, text.slice(h.start, h.end)])).toEqual([
      [0, 'hereby granted'], [1, 'terminate this Agreement for convenience'], [2, 'non exclusive'], [3, 'first offer'],
    ]);
  });
  it('does not start a cue inside a word or after a hyphen', () => {
    const set = new CueSet(['exclusive', 'in the field']);
    expect(set.scan('a non-exclusive grant, information')).toEqual([]);
  });
  it('rejects cues that cannot be anchored', () => {
    expect(() => compileCue('.. grant')).toThrow();
    expect(() => compileCue('#num days')).toThrow();
  });
});

describe('compromise adapter', () => {
  it('inflects verbs and nouns', () => {
    expect(inflections('grant')).toEqual(expect.arrayContaining(['grant', 'grants', 'granted', 'granting']));
    expect(inflections('license')).toEqual(expect.arrayContaining(['licenses', 'licensed']));
  });
  it('reads prohibitions, permissions and negated subjects', () => {
    expect(modalClauses('Distributor shall not, directly or indirectly, compete with the Company.')).toContainEqual(expect.objectContaining({ verb: 'compete', negated: true }));
    expect(modalClauses('Either party may terminate this Agreement upon notice.')).toContainEqual(expect.objectContaining({ modal: 'may', verb: 'terminate', negated: false }));
    expect(modalClauses('Neither party shall solicit the employees of the other party.')).toContainEqual(expect.objectContaining({ verb: 'solicit', negated: true }));
  });
  it('pairs a modal with its verb after verb phrases that are no modal (read only where a modal needs them)', () => {
    expect(modalClauses('The Company, which signed this Agreement, may terminate it upon notice.')).toEqual([{ subject: '', modal: 'may', negated: false, verb: 'terminate' }]);
    expect(modalClauses('Licensor represents that Licensee shall not be required to pay.')).toEqual([{ subject: 'Licensor represents that Licensee', modal: 'shall', negated: true, verb: 'pay' }]);
  });
});
