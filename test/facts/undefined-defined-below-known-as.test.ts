// Capitalised terms misread as used but never defined: 'the Severity (defined below) of the incident' over a list
// headed 'Definitions of Severity levels' (CUAD's Diversinet support schedule), 'the Specific Conditions' a contract is
// made of (CUAD's GranTierra transportation contract), and a kind named by "known as" ('... are collectively known as
// the Microphone Technology', CUAD's IntriCon). Agreement text written for these tests.
import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../src/facts/undefined-terms.js';
import { noClauses } from '../helpers/no-clauses.js';

const undefinedIn = (text: string, defined: readonly string[] = []) => findUndefinedTerms(text, defined, [], noClauses()).map((t) => t.term);

const support = (below: string) => [
  'SCHEDULE 3 - SUPPORT SERVICES',
  '2.1 Response Time means the time the Supplier takes to answer a support request, which depends on the Severity Level (defined below) of the incident.',
  '2.2 The Supplier shall log every incident in its ticketing system.',
  below,
].join('\n\n');

describe('a term said to be defined below', () => {
  it('is defined when a "Definitions of" heading or an entry sets it out below', () => {
    expect(undefinedIn(support('Escalation of incidents: Definitions of Severity Levels\n\nSeverity Level 1. A Severity Level 1 problem is any event that stops the service for all users.'))).not.toContain('Severity Level');
  });

  it('near miss: nothing below sets it out', () => {
    expect(undefinedIn(support('2.3 The Supplier shall close a ticket once the customer confirms the fix; the Severity Level of the ticket decides who is told.'))).toContain('Severity Level');
  });
});

const contract = (sentence: string) => [
  'CONTRACT FOR THE TRANSPORTATION OF CRUDE OIL - GENERAL CONDITIONS',
  `1.1 ${sentence}`,
  '1.2 The Contract shall be in force during the period indicated in the Specific Conditions, and the Sender shall pay the Fee monthly.',
].join('\n\n');

describe('the conditions a contract is made of', () => {
  it('are parts of the document, not terms: the Specific Conditions', () => {
    expect(undefinedIn(contract('This Contract is made of these General Conditions and the Specific Conditions signed by the Parties.'))).not.toContain('Specific Conditions');
  });

  it('near miss: other conditions are still terms to define', () => {
    expect(undefinedIn(contract('The Sender shall meet the Payment Conditions before each shipment.'))).toContain('Payment Conditions');
  });
});

describe('a term the agreement names by "known as"', () => {
  const text = (sentence: string) => `EXHIBIT A - TECHNOLOGY\n\n1. Schedule 2 lists the feedback cancellation and oscillation detection routines.${sentence}\n\n2. The Licensee may use the Feedback Technology only in hearing aids.`;

  it('is defined: "collectively known as the Feedback Technology"', () => {
    expect(undefinedIn(text(' They are collectively known as the Feedback Technology.'))).not.toContain('Feedback Technology');
  });

  it('near miss: the same use with no sentence naming it is undefined', () => {
    expect(undefinedIn(text(''))).toContain('Feedback Technology');
  });
});
