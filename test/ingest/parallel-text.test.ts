// A bilingual parallel agreement is judged on its English text: the other language's paragraphs and heading parts
// are blanked in place. Held-out m-bilingual (rules-heldout-m).
import { describe, expect, it } from 'vitest';
import { leaveOutOtherLanguage } from '../../src/ingest/parallel-text.js';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const BILINGUAL = [
  '# PATENT CROSS-LICENSE AGREEMENT',
  '# CONTRATO DE LICENCIA CRUZADA DE PATENTES',
  '## 2. Grants of License / Otorgamiento de Licencias',
  '2.1 Larkspur hereby grants to MEB a non-exclusive, worldwide license under the Licensed Patents to make and sell Licensed Products.',
  '2.1 Larkspur otorga por el presente a MEB una licencia no exclusiva y mundial, al amparo de las Patentes Licenciadas, para fabricar y vender Productos Licenciados.',
  '2.2 MEB hereby grants to Larkspur a non-exclusive, worldwide license under the Licensed Patents to make and sell Licensed Products.',
  '2.2 MEB otorga por el presente a Larkspur una licencia no exclusiva y mundial, al amparo de las Patentes Licenciadas, para fabricar y vender Productos Licenciados.',
  '## 3. Term / Vigencia',
  '3.1 This Agreement continues for ten (10) years. If the two versions conflict, the English version prevails.',
  '3.1 El presente Contrato se mantendrá vigente durante diez (10) años. En caso de discrepancia, prevalecerá la versión en inglés.',
].join('\n\n');

describe('leaveOutOtherLanguage', () => {
  it('blanks the Spanish paragraphs, title and heading parts in place, and says what it left out', () => {
    const { text, leftOut } = leaveOutOtherLanguage(BILINGUAL);
    expect(leftOut).toEqual({ language: 'Spanish', paragraphs: 3, headingParts: 3 });
    expect(text.length).toBe(BILINGUAL.length);
    expect(text.split('\n').length).toBe(BILINGUAL.split('\n').length);
    expect(text).not.toMatch(/otorga|Vigencia|CONTRATO|Otorgamiento/);
    expect(text).toContain('## 2. Grants of License');
    expect(text).toContain('2.2 MEB hereby grants to Larkspur');
  });

  it('the clause tree has each number once, and no Spanish clause', () => {
    const a = analyze(sourceFromText(BILINGUAL, 'bilingual.md'));
    expect(a.tree.clauses.map((c) => c.number).filter((n) => n !== null)).toEqual(['2', '2.1', '2.2', '3', '3.1']);
    expect(a.leftOut?.language).toBe('Spanish');
  });

  it('near misses: an English agreement quoting one Spanish sentence, one wholly in Spanish, a table of domain names', () => {
    const quoting = `${BILINGUAL.split('\n\n').filter((p) => !/otorga|Vigencia|CONTRATO|El presente/.test(p)).join('\n\n')}\n\nThe seal reads: "Por la presente se certifica que el documento es copia fiel del original."\n`;
    expect(leaveOutOtherLanguage(quoting).leftOut).toBeNull();
    const spanish = BILINGUAL.split('\n\n').filter((p) => /otorga|El presente|CONTRATO/.test(p)).join('\n\n').repeat(2);
    expect(leaveOutOtherLanguage(spanish).leftOut).toBeNull();
    const domains = `${BILINGUAL.split('\n\n').slice(0, 1).join('')}\n\nThe Seller assigns to the Buyer the domain names below and all rights in them, and shall do so at the Closing.\n\n${'Domain Name Expiration date Owner amish-handscraped.com 13-Apr-2019 AFI hartco.com 02-Mar-2019 AFI homerwood.com\n\n'.repeat(3)}`;
    expect(leaveOutOtherLanguage(domains).leftOut).toBeNull();
  });
});
