// The bilingual reading's early-out (src/ingest/parallel-text.ts mayHoldOtherLanguage) gives the same reading as the
// walk over every character: leaveOutOtherLanguage with the text's word index returns what it returns without one.
// The documents are made of English, Spanish, French, Italian and German paragraphs whose function words are glued to
// what the word index's runs do not end at (digits, '_', letters and marks outside ASCII, surrogate pairs, CJK), in
// any case, so that both readings (bilingual or not) come up.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { leaveOutOtherLanguage } from '../../src/ingest/parallel-text.js';
import { wordIndex } from '../../src/model/index.js';
import { holds } from './harness.js';

const WORDS = {
  English: 'the Licensee shall pay to the Licensor a royalty of five percent on each Product sold under this Agreement'.split(' '),
  Spanish: 'el Licenciatario pagará al Licenciante una regalía de cinco por ciento sobre cada Producto conforme a la presente será podrá'.split(' '),
  French: 'le Licencié paiera au Concédant une redevance de cinq pour cent sur chaque Produit vendu dans le présent contrat conformément'.split(' '),
  Italian: 'il Licenziatario pagherà al Licenziante una royalty del cinque per cento non della presente per ciascuna'.split(' '),
  German: 'der Lizenznehmer zahlt dem Lizenzgeber eine Gebühr von fünf Prozent für jedes Produkt gemäß dem Vertrag und nicht'.split(' '),
};
/** What may stand beside a word: joiners of the word index's runs, marks, letters outside ASCII, a path's '/'. */
const glue = fc.constantFrom('', '', '', '', '2', '_', '1_', 'é', 'ẞ', '\u0301', '’', '“', '.', '/', '@', '\u212a', '𝐀', '中', '-', '(');
const caseOf = fc.constantFrom((w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w[0]?.toUpperCase() + w.slice(1));
const word = (language: keyof typeof WORDS) =>
  fc.tuple(glue, fc.constantFrom(...WORDS[language]), caseOf, glue).map(([a, w, c, b]) => `${a}${c(w)}${b}`);
const paragraph = fc
  .constantFrom<keyof typeof WORDS>('English', 'English', 'Spanish', 'French', 'Italian', 'German')
  .chain((language) => fc.array(word(language), { minLength: 1, maxLength: 30 }))
  .map((ws) => ws.join(' '));
// English paragraphs holding some of another language's function words, and the other way round, at every ratio around
// OTHER_OVER_ENGLISH (the early-out counts the English words a paragraph surely has).
const mixedParagraph = fc
  .tuple(fc.constantFrom<keyof typeof WORDS>('Spanish', 'French', 'Italian', 'German'), fc.integer({ min: 1, max: 12 }))
  .chain(([language, weight]) => fc.array(fc.oneof({ weight: 4, arbitrary: word('English') }, { weight, arbitrary: word(language) }), { minLength: 1, maxLength: 40 }))
  .map((ws) => ws.join(' '));
const cjkParagraph = fc.array(fc.constantFrom('本契約', '許諾者', 'は', '特許', '実施権'), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(''));
const document = fc
  .array(fc.oneof({ weight: 8, arbitrary: paragraph }, { weight: 5, arbitrary: mixedParagraph }, { weight: 1, arbitrary: cjkParagraph }), { minLength: 1, maxLength: 14 })
  .chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \t\n', '\n\u00a0\n'), { minLength: ps.length, maxLength: ps.length })))
  .map(([ps, breaks]) => ps.map((p, i) => p + (breaks[i] ?? '')).join(''));

describe('leaveOutOtherLanguage with the word index', () => {
  it('reads every document as the walk over its characters does', async () => {
    await holds('parallel-text early-out', fc.property(document, (text) => {
      const walked = leaveOutOtherLanguage(text);
      const indexed = leaveOutOtherLanguage(text, wordIndex(text));
      if (indexed.text !== walked.text || JSON.stringify(indexed.leftOut) !== JSON.stringify(walked.leftOut)) {
        throw new Error(`early-out ${JSON.stringify(indexed.leftOut)}, walk ${JSON.stringify(walked.leftOut)}`);
      }
    }), 150);
  });
});
