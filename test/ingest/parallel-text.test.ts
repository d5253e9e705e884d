// A bilingual parallel agreement is judged on its English text: the other language's paragraphs and heading parts
// are blanked in place. Held-out m-bilingual (rules-heldout-m).
import { describe, expect, it } from 'vitest';
import { leaveOutOtherLanguage } from '../../src/ingest/parallel-text.js';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { wordIndex } from '../../src/model/index.js';
import { cpuClock } from '../helpers/cpu.js';

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

  it("near miss: an English agreement with a French party's notice address and signature block is no bilingual one", () => {
    const english = BILINGUAL.split('\n\n').filter((p) => !/otorga|Vigencia|CONTRATO|El presente/.test(p));
    const notices = [
      '12.1 Notices. Every notice under this Agreement shall be in writing and delivered by hand or by courier to the address of the receiving Party set out below, or to such other address as that Party gives by notice.',
      'If to Aubrac:',
      'Aubrac Systèmes SAS\nà l’attention de la Direction Juridique et des Brevets\n12 rue de la Paix\n75002 Paris, France',
      'With a copy (which shall not constitute notice) to the counsel of Aubrac:',
      'Cabinet Delorme et Associés\n8 avenue de la Grande Armée\n75017 Paris',
      'AUBRAC SYSTÈMES SAS',
      'Par : Directeur Général de la société\nNom : Hélène Marchand',
    ];
    const body = [
      '4.1 Each Party shall keep the other Party\'s Confidential Information in confidence, use it only to perform this Agreement, and disclose it only to those of its employees and advisers who need to know it and are bound by duties of confidence no less strict than these.',
      '5.1 Either Party may terminate this Agreement by notice if the other Party commits a material breach of it and fails to remedy that breach within sixty (60) days after receiving notice that describes the breach in reasonable detail.',
      '6.1 Neither Party makes any representation or warranty as to the validity or scope of any Licensed Patent, or that any Licensed Product is free of infringement of the patents of a third party.',
      '7.1 This Agreement is governed by the laws of the State of New York. Any dispute arising out of it shall be finally settled by arbitration in New York under the Rules of Arbitration of the International Chamber of Commerce.',
      '8.1 Neither Party may assign this Agreement without the prior written consent of the other Party, except to a successor to the whole of the business to which this Agreement relates.',
    ];
    const text = [...english, ...body, ...notices].join('\n\n');
    expect(leaveOutOtherLanguage(text)).toEqual({ text, leftOut: null });
  });

  it('reads the same with the word index (the early-out) where the function words are glued to digits, _ and accents', () => {
    // Every Spanish function word reached only by a path of the early-out other than the word index's whole runs.
    const spanish = (glue: (w: string) => string): string =>
      BILINGUAL.split('\n\n')
        .map((p) => (/otorga|El presente/.test(p) ? p.replace(/\p{L}+/gu, glue) : p))
        .join('\n\n')
        .replace(/el presente Contrato se mantendrá/i, 'EL PRESENTE CONTRATO SERÁ y PODRÁ');
    const glued = [...['2', '_', '’'].map((g) => spanish((w) => g + w)), ...['2', '_', '”', '\u0301'].map((g) => spanish((w) => w + g))];
    for (const text of [BILINGUAL, ...glued]) {
      const walked = leaveOutOtherLanguage(text);
      expect(walked.leftOut?.language).toBe('Spanish');
      expect(leaveOutOtherLanguage(text, wordIndex(text))).toEqual(walked);
    }
    // Near miss: an English agreement full of Italian-looking 'per' and 'non' ('non-exclusive', 'per unit') stays English.
    const english = `${'2.1 Larkspur grants a non-exclusive license per Licensed Product, and a royalty of $2 per unit is payable per quarter; no non-assertion.\n\n'.repeat(4)}`;
    expect(leaveOutOtherLanguage(english, wordIndex(english))).toEqual({ text: english, leftOut: null });
    expect(leaveOutOtherLanguage(english)).toEqual({ text: english, leftOut: null });
  });

  it('the early-out counts only the English words languageOf counts: a paragraph with three times as many of another language is read', () => {
    // Six Italian function words (il, una, del, per, della, presente) beside two English ones (the, of): exactly three
    // times as many, so both Italian paragraphs are Italian. 'theé' and 'thé' (letters outside ASCII), 'x.the' and '@the'
    // are no English words to languageOf, so the early-out must not count them either.
    const italian = (glued: string): string => `il Licenziatario pagherà al Licenziante una royalty del cinque per cento della presente the of ${glued}`;
    const english = 'The Licensee shall pay to the Licensor a royalty of five percent on each Product sold under this Agreement and its Schedules.';
    for (const glued of ['theé', 'thé', 'x.the', '@the']) {
      const text = [english, italian(glued), english, italian(glued), english, english].join('\n\n');
      const walked = leaveOutOtherLanguage(text);
      expect(walked.leftOut?.language).toBe('Italian');
      expect(leaveOutOtherLanguage(text, wordIndex(text))).toEqual(walked);
      // Near miss: one more English word in each Italian paragraph ('to') and they are English.
      const more = [english, `${italian(glued)} to`, english, `${italian(glued)} to`, english, english].join('\n\n');
      expect(leaveOutOtherLanguage(more).leftOut).toBeNull();
      expect(leaveOutOtherLanguage(more, wordIndex(more)).leftOut).toBeNull();
    }
  });

  it('the early-out reads a long run of letters mixing ASCII and others in linear time', () => {
    // An ASCII run between every two letters outside ASCII: each is read around, never the whole run again.
    const text = `${'aé'.repeat(20_000)}\n\n${'de la '.repeat(50)}`;
    const words = wordIndex(text);
    const elapsed = cpuClock();
    expect(leaveOutOtherLanguage(text, words)).toEqual(leaveOutOtherLanguage(text));
    expect(elapsed()).toBeLessThan(2000);
  });

  it('reads a long line of blanks once, in a document the early-out lets through', () => {
    const french = 'Les parties conviennent de la présente licence et de ses conditions dans le cadre du contrat.\n\nLa licence est accordée pour la durée du contrat et pour le territoire de la France.';
    const text = `1. Grant. Alpha grants Beta a licence under the Alpha Patents.\n${' '.repeat(60_000)}\n${french}\n\n2. Term. This Agreement lasts five years.\n`;
    const t0 = cpuClock();
    const out = leaveOutOtherLanguage(text, wordIndex(text));
    expect(t0()).toBeLessThan(500);
    expect(out.text.length).toBe(text.length);
  });

  it("the early-out's premise: no code point above ASCII lower-cases to an ASCII letter but the Kelvin sign's 'k'", () => {
    const toAscii: number[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (/^[a-z]+$/.test(String.fromCodePoint(cp).toLowerCase())) toAscii.push(cp);
    }
    expect(toAscii).toEqual([0x212a]);
  });
});

// A French/English parallel agreement: French shares 'de' and 'la' with Spanish, and its votes must still hold.
const FRENCH = [
  'PATENT CROSS-LICENSE AGREEMENT',
  'ACCORD DE LICENCE CROISÉE DE BREVETS',
  'This Agreement is made between Ardentis SAS ("Ardentis") and Valmorel Robotique SA ("Valmorel").',
  'Le présent Accord est conclu entre Ardentis SAS (« Ardentis ») et Valmorel Robotique SA (« Valmorel »).',
  '1. Licences',
  '1.1 Each Party grants to the other a non-exclusive licence under its Licensed Patents for the term of this Agreement.',
  "1.1 Chaque Partie concède à l'autre une licence non exclusive sur ses Brevets Licenciés pour la durée du présent Accord.",
  '1.2 The licence granted in Article 1.1 may not be assigned without the consent of the other Party.',
  "1.2 La licence concédée à l'article 1.1 ne peut être cédée sans le consentement de l'autre Partie.",
  '2. Payment',
  '2.1 Valmorel shall pay Ardentis a balancing payment of EUR 2,000,000 within sixty days of the Effective Date.',
  "2.1 Valmorel versera à Ardentis un paiement compensatoire de 2 000 000 EUR dans les soixante jours suivant la Date d'Effet.",
  '3. Language',
  '3.1 This Agreement is made in English and in French. In case of conflict, the French version shall prevail.',
  '3.1 Le présent Accord est rédigé en anglais et en français. En cas de contradiction, la version française prévaudra.',
].join('\n\n');

describe('a French/English parallel agreement', () => {
  it('blanks the French paragraphs and title, keeps every English one, and reads no Spanish', () => {
    const { text, leftOut } = leaveOutOtherLanguage(FRENCH);
    expect(leftOut).toMatchObject({ language: 'French', paragraphs: 5, headingParts: 1 });
    expect(text).not.toMatch(/Chaque|versera|prévaudra|ACCORD DE LICENCE/);
    for (const english of ['Each Party grants', 'may not be assigned', 'Valmorel shall pay', 'the French version shall prevail']) expect(text).toContain(english);
    expect(text.length).toBe(FRENCH.length);
  });

  it("blanks a heading's French half that the French clauses' own words give away ('Payment / Paiement')", () => {
    const doc = FRENCH.replace('2. Payment', '2. Payment / Paiement').replace('1. Licences', '1. Licences / Licences');
    const { text, leftOut } = leaveOutOtherLanguage(doc);
    expect(leftOut).toMatchObject({ language: 'French', headingParts: 2 });
    expect(text).toContain(`2. Payment${' '.repeat(' / Paiement'.length)}\n`);
    // near miss: a half the English clauses use too ('licence') stays, as 'Assignment / Transfer' would
    expect(text).toContain('1. Licences / Licences\n');
  });

  it('says where the French version prevails: the English is then a convenience translation, in the report and --explain', async () => {
    expect(leaveOutOtherLanguage(FRENCH).leftOut?.otherPrevails).toBe(true);
    const { checkDocument } = await import('../../src/check.js');
    const { loadBuiltinPacks } = await import('../../src/rules/index.js');
    const { formatStylish } = await import('../../src/report/stylish.js');
    const { defaultContext } = await import('../../src/report/types.js');
    const doc = await checkDocument(sourceFromText(FRENCH, 'accord.txt'), loadBuiltinPacks());
    expect(doc.prevailingLanguage).toBe('French');
    const report = { schemaVersion: '1.1.0', tool: { name: 'clausecheck', version: '0' }, documents: [doc], summary: { documents: 1, findings: { error: 0, warning: 0, info: 0 }, waived: 0, needsReview: 0, gate: 'pass' as const } };
    expect(formatStylish(report, defaultContext({ rules: [], texts: new Map() }))).toContain('⚠ accord.txt says its French version prevails: the English judged here is a convenience translation');
  });

  it('near misses: where the English version prevails, or nothing is said, the English is the agreement', async () => {
    const english = FRENCH.replace('the French version shall prevail', 'the English version shall prevail');
    expect(leaveOutOtherLanguage(english).leftOut).toMatchObject({ language: 'French', paragraphs: 5 });
    expect(leaveOutOtherLanguage(english).leftOut?.otherPrevails).toBeUndefined();
    const silent = FRENCH.replace(' In case of conflict, the French version shall prevail.', '');
    expect(leaveOutOtherLanguage(silent).leftOut?.otherPrevails).toBeUndefined();
    // the Spanish held-out agreement says its English version prevails
    expect(leaveOutOtherLanguage(BILINGUAL).leftOut?.otherPrevails).toBeUndefined();
  });
});
