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
    expect(textForRules('Section 3.1 applies.')).toBe('Section 3.1 applies.');
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
