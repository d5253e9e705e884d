// The rules' sentence-scoped patterns ("[^.;]", the antitrust pack's same-sentence) read the text with the dots of
// abbreviations that end no sentence ('U.S.', 'U.K.', 'e.g.', 'Inc.' before lower case, 'No. 5') as a dot leader of the
// same length (textForRules), so a restraint on sales "in the U.S. or Canada" is one sentence, as "in the US or Canada"
// is; the findings still quote the document's own words. Letters with dots before a word that opens sentences ("the
// U.S. Those territories ...") end their sentence: that is how counsel reads it, and how the facts' sentences read it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { INNER_DOT, textForRules } from '../../src/clauses/abbreviations.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { dotsAlike } from '../../src/rules/patterns.js';

const packs = loadBuiltinPacks();
const findings = async (clause: string, ruleId: string) => {
  const text = `# PATENT CROSS-LICENSE AGREEMENT\n\nThis Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems, Inc. ("Beta").\n\n## 1. Definitions\n\n1.1 "Licensed Patents" means the patents listed in Schedule A.\n\n1.2 "Licensed Products" means products covered by a claim of the Licensed Patents.\n\n## 4. Sales\n\n4.1 ${clause}\n`;
  return (await evaluate(analyze(sourceFromText(text, 'doc.md')), packs)).filter((f) => f.ruleId === ruleId);
};
const allocation = (clause: string) => findings(clause, 'antitrust/market-allocation');

describe('textForRules', () => {
  it('reads the dots of abbreviations inside a sentence as no sentence end, keeping offsets', () => {
    const text = 'Sales in the U.S. or the U.K., e.g. by Beta Power, Inc. under Patent No. 5 to John A. Smith. Then more.';
    const read = textForRules(text);
    expect(read.length).toBe(text.length);
    const d = INNER_DOT;
    expect(read).toBe(`Sales in the U${d}S${d} or the U${d}K${d}, e${d}g${d} by Beta Power, Inc${d} under Patent No${d} 5 to John A${d} Smith. Then more.`);
    expect(read.endsWith('Smith. Then more.')).toBe(true);
  });

  it('keeps a real sentence end: after letters with dots before "The", after "Inc." before a capital, after "no."', () => {
    expect(textForRules('Beta sells only in the U.S. The Licensee shall report.')).toBe(`Beta sells only in the U${INNER_DOT}S. The Licensee shall report.`);
    expect(textForRules('It is made with Acme Inc. The Licensee shall pay.')).toBe('It is made with Acme Inc. The Licensee shall pay.');
    expect(textForRules('There is no. Licensee shall pay.')).toBe('There is no. Licensee shall pay.');
  });

  it('reads a dot between two digits as a number\'s ("Section 2.04", "$1.5 million"), and a dot after a number as a sentence end', () => {
    const d = INNER_DOT;
    expect(textForRules('Section 3.1 applies.')).toBe(`Section 3${d}1 applies.`);
    expect(textForRules('Beta shall pay $1.5 million under Section 2.04.')).toBe(`Beta shall pay $1${d}5 million under Section 2${d}04.`);
    expect(textForRules('It ends in 2024. 2025 is the next year.')).toBe('It ends in 2024. 2025 is the next year.');
    expect(textForRules('Beta shall pay EUR 2.5 million within 1.5 years (2.5%).')).toBe(`Beta shall pay EUR 2${d}5 million within 1${d}5 years (2${d}5%).`);
    // A clause's number ends the heading before it: on its own line, or after a heading's capitalised word.
    for (const heading of ['## 2. Licence Grant\n\n2.1 Alpha hereby grants', 'ARTICLE 2 LICENCE GRANT 2.1 Alpha hereby grants', '7. Term and Termination 7.1 Term.']) {
      expect(textForRules(heading)).toBe(heading);
    }
  });
});

describe('dotsAlike', () => {
  it('lets "\\." and a class of a dot and digits read the leader; a negated class and a dot beside "[^.;]|" stay as written', () => {
    const d = INNER_DOT;
    expect(dotsAlike('U\\.S\\.')).toBe(`U[.${d}]S[.${d}]`);
    expect(dotsAlike('\\d[\\d.,]*')).toBe(`\\d[\\d.${d},]*`);
    expect(dotsAlike('[a-z0-9.-]+')).toBe(`[a-z0-9.${d}-]+`);
    // A sentence's end, a negated class, a dot opening a range: no leader.
    for (const src of ['[.;]\\s+', '[^.;]{0,80}', '[.-9]']) expect(dotsAlike(src)).toBe(src);
    // The leader is [^.;]'s already: read two ways, "(?:[^.;]|\\.\\d){0,300}" backtracks over every combination.
    expect(dotsAlike('(?:[^.;]|\\.\\d){0,300}')).toBe('(?:[^.;]|\\.\\d){0,300}');
    expect(new RegExp(dotsAlike('^[\\d.,]+$')).test(textForRules('1.5'))).toBe(true);
  });

  it('keeps a window of "(?:[^.;]|\\.\\d)" from trying each decimal dot two ways (24 numbers: seconds, not milliseconds, if it did)', () => {
    const text = textForRules(`${'under Section 2.04 of $1.5 and 3.25 '.repeat(8)}x`);
    const re = new RegExp(dotsAlike('\\bunder(?:[^.;]|\\.\\d){0,2000}\\bzz'), 'g');
    const t0 = performance.now();
    expect(re.test(text)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('sentence-scoped rules across abbreviations', () => {
  it('reads a restraint on sales in the U.S. or the U.K. as one sentence, as in the United States', async () => {
    for (const clause of [
      'Beta shall not sell Licensed Products to customers in the U.S. or Canada. Those territories are reserved to Alpha.',
      'Beta shall not sell Licensed Products to customers in the U.K. or Ireland. Those territories are reserved to Alpha.',
      'Beta shall not sell Licensed Products to customers in the United States or Canada. Those territories are reserved to Alpha.',
    ]) {
      const [f, ...more] = await allocation(clause);
      expect(more, clause).toEqual([]);
      // The message quotes the document's own dots.
      expect(f?.message, clause).toContain(clause.slice(0, 60));
      expect(f?.message).not.toContain(INNER_DOT);
    }
  });

  it('reads "the U.S., which territory is reserved" as one sentence (fired nothing before), and "U.S. The Licensee ..." as two (near miss)', async () => {
    expect(await allocation('Beta shall not sell Licensed Products to customers in the U.S., which territory is reserved to Alpha.')).toHaveLength(1);
    expect(await allocation('Beta shall not sell Licensed Products in the U.S. The Licensee shall pay royalties on all sales.')).toEqual([]);
  });

  it('reads a sentence ended by "U.S." before "Those" as ended (near miss: the restraint stays one sentence, the reservation the next)', async () => {
    const [f] = await allocation('Beta shall not sell Licensed Products to customers in the U.S. Those customers are reserved to Alpha.');
    expect(f?.message).toContain('"Beta shall not sell Licensed Products to customers in the U.S. Those customers are reserved to Alpha."');
  });

  it('keeps silent where the sentence leaves selling free, across "U.S." too (near miss)', async () => {
    expect(await allocation('Beta shall not sell Licensed Products to customers of Alpha in the U.S., but nothing in this Agreement restricts Beta from selling its own products.')).toEqual([]);
  });

  it('still reads a literal dot in a pattern ("U.S. Patent No. 7,123,456" identifies the licensed patents)', async () => {
    const text = '# PATENT LICENSE AGREEMENT\n\nThis Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems, Inc. ("Beta").\n\n## 1. Grant\n\n1.1 Alpha grants to Beta a non-exclusive licence under U.S. Patent No. 7,123,456 to make and sell products.\n';
    const found = (await evaluate(analyze(sourceFromText(text, 'doc.md')), packs)).filter((f) => f.ruleId === 'precision/licensed-ip-unspecified');
    expect(found).toEqual([]);
  });
});

describe('price-fixing and a sentence that leaves prices to each party', () => {
  const prices = (clause: string) => findings(clause, 'antitrust/price-fixing');
  it('reports no independence clause, whatever price it names', async () => {
    for (const clause of [
      'Each Party shall determine independently its own prices for Licensed Products, including the minimum resale price at which it sells Licensed Products.',
      'Each Party shall set unilaterally the resale prices at which it sells Licensed Products.',
      'Each Party shall establish in its sole discretion the minimum resale price at which it sells Licensed Products.',
    ]) {
      expect(await prices(clause), clause).toEqual([]);
    }
  });

  it('still reports a price the licensor sets (near misses)', async () => {
    for (const clause of [
      'Beta shall not sell Licensed Products below the minimum resale price set by Alpha.',
      'Beta shall resell the Licensed Products at the resale prices determined by Alpha. Each Party shall otherwise act independently.',
    ]) {
      expect((await prices(clause)).map((f) => f.severity), clause).toEqual(['error']);
    }
  });
});
