// precision/undefined-term: a product or body of a known company ("may use Google Analytics", "the Nasdaq Global
// Market"), a run before the kind of product it names ("the Amazon Web Services platform") and a run with a trademark
// sign anywhere ("Veritas Insight™") are names, not terms.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { ORGANISATION_NAMES, ORGANISATIONS } from '../../src/facts/organisations.generated.js';
import { organisationNames, organisationWords } from '../../scripts/facts-organisations.mjs';
import { noClauses } from '../helpers/no-clauses.js';

const locate = noClauses();
const terms = (text: string, defined: string[] = []) => findUndefinedTerms(text, defined, [], locate).map((t) => t.term);

describe('undefined terms: product and company names', () => {
  it('passes over a known company\'s product, a run before a product noun, and a trademarked run', () => {
    expect(terms('5.2 Analytics. Beta may use Google Analytics to measure traffic to the portal.\n')).toEqual([]);
    expect(terms('6.1 The Shares will be listed on the Nasdaq Global Market on the Closing Date.\n', ['Shares', 'Closing Date'])).toEqual([]);
    expect(terms('5.3 Hosting. Alpha shall host the portal on the Amazon Web Services platform in the European Union.\n')).toEqual([]);
    expect(terms('5.4 Alpha may use Veritas Insight™ to monitor uptime, and shall give Beta access to the Veritas Insight reports.\n')).toEqual([]);
  });

  it('near miss: a term before a capitalised word, a sign on another word, or a term that only shares a word stays reported', () => {
    expect(terms('5.5 Beta shall pay the Platform Hosting Fees monthly.\n')).toEqual(['Platform Hosting Fees']);
    expect(terms('5.6 Cards bear the MasterCard® mark; Alpha shall route data to the Card Management System.\n')).toEqual(['Card Management System']);
    expect(terms('5.7 Alpha shall integrate the Reconstruction Module into the portal.\n')).toEqual(['Reconstruction Module']);
  });

  // compromise's lexicon, which the organisation table is read from, lacks Amazon and Apple and tags Oracle a role:
  // what the agreement says elsewhere tells that the run is a company's product.
  it('passes over a run whose first word names a web domain, or that goes on elsewhere with a product noun', () => {
    expect(terms('5.3 Hosting. Alpha shall host the portal on the Amazon Web Services in Ireland (see aws.amazon.com).\n')).toEqual([]);
    expect(terms('5.8 Distribution. Beta may sell the App through the Apple App Store; notices go to legal@apple.com.\n')).toEqual([]);
    expect(terms('5.9 Alpha shall keep the Oracle Database patched, and shall run each Oracle Database instance in the EU.\n')).toEqual([]);
  });

  it('near miss: a run whose first word is only a word of a domain elsewhere, or a term beside a product noun once', () => {
    expect(terms('5.10 Beta shall follow the Support Plan posted at www.acme-support.com and support.acme.com.\n')).toEqual(['Support Plan']);
    expect(terms('5.11 Alpha shall pay the Hosting Fees; the Hosting Fees are due monthly.\n')).toEqual(['Hosting Fees']);
  });

  it('the organisation table is compromise\'s lexicon as scripts/facts-organisations.mjs reads it', () => {
    const nlp = createRequire(import.meta.url)('compromise') as Parameters<typeof organisationWords>[0];
    expect([...ORGANISATIONS]).toEqual(organisationWords(nlp));
    expect([...ORGANISATION_NAMES]).toEqual(organisationNames(nlp));
  });
});
