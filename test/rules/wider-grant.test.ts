// widerGrant: which of two grants is the wider licence (asymmetric-consideration's payer: "wider-licensee").
import { describe, expect, it } from 'vitest';
import type { GrantRecord } from '../../src/model/index.js';
import { mainGrant, widerGrant } from '../../src/rules/context.js';

const grant = (over: Partial<GrantRecord>): GrantRecord => ({
  clauseId: 'c1', grantor: 'Alpha', grantee: 'Beta', ip: 'the Alpha Patents', exclusivity: null, field: null, territory: null,
  sublicensable: null, transferable: null, royalty: null, duration: null, revocable: null, evidence: '', ...over,
});

describe('widerGrant', () => {
  it('is the grant at least as wide in every attribute both state and wider in one', () => {
    const narrow = grant({ exclusivity: 'non-exclusive', sublicensable: false, transferable: false });
    const wide = grant({ exclusivity: 'non-exclusive', sublicensable: true, transferable: false });
    expect(widerGrant(narrow, wide)).toBe(wide);
    expect(widerGrant(wide, narrow)).toBe(wide);
    // A limited right to sublicense is narrower than an unlimited one, wider than none.
    const limited = grant({ sublicensable: true, sublicenseLimit: 'only to its contract manufacturers' });
    expect(widerGrant(limited, grant({ sublicensable: true }))?.sublicenseLimit).toBeUndefined();
    expect(widerGrant(limited, grant({ sublicensable: false }))).toBe(limited);
    // Worldwide over a named territory; perpetual over a term.
    expect(widerGrant(grant({ territory: 'the United Kingdom' }), grant({ territory: 'worldwide' }))?.territory).toBe('worldwide');
    expect(widerGrant(grant({ duration: 'term' }), grant({ duration: 'perpetual' }))?.duration).toBe('perpetual');
    // The patents' life over a term (before, both were read as a term), and short of perpetual.
    expect(widerGrant(grant({ duration: 'term', durationPeriod: '3 years' }), grant({ duration: 'patent-life' }))?.duration).toBe('patent-life');
    expect(widerGrant(grant({ duration: 'perpetual' }), grant({ duration: 'patent-life' }))?.duration).toBe('perpetual');
  });

  it('is null when neither is wider, each is wider in something, or only one states an attribute', () => {
    expect(widerGrant(grant({ exclusivity: 'non-exclusive' }), grant({ exclusivity: 'non-exclusive' }))).toBeNull();
    expect(widerGrant(grant({ exclusivity: 'exclusive', sublicensable: false }), grant({ exclusivity: 'non-exclusive', sublicensable: true }))).toBeNull();
    expect(widerGrant(grant({ sublicensable: true }), grant({ exclusivity: 'exclusive' }))).toBeNull();
  });

  it('ranks a grant that states no duration as one for the term beside a perpetual grant', () => {
    // Before, a duration only one grant stated was not compared, and neither grant was the wider.
    const silent = grant({ exclusivity: 'exclusive', duration: null });
    const perpetual = grant({ exclusivity: 'exclusive', duration: 'perpetual' });
    expect(widerGrant(silent, perpetual)).toBe(perpetual);
    expect(widerGrant(silent, grant({ exclusivity: 'exclusive', duration: 'term' }))).toBeNull();
  });
});

describe('mainGrant', () => {
  it('is the widest operative grant of a direction, not the first written', () => {
    const evaluation = grant({ exclusivity: 'non-exclusive', territory: 'the United States', sublicensable: false, transferable: false, evidence: 'For the Option Period only, Alpha grants to Beta a non-exclusive licence ...' });
    const option = grant({ exclusivity: 'exclusive', evidence: 'Alpha grants Beta an exclusive option, exercisable during the Option Period, to take the licence in Article 3.' });
    const main = grant({ exclusivity: 'exclusive', territory: 'worldwide', sublicensable: true, field: 'Field', evidence: 'Alpha grants to Beta an exclusive licence ...' });
    expect(mainGrant([evaluation, option, main])).toBe(main);
  });

  it('sets grants under improvements aside, unless every grant of the direction is one', () => {
    const licence = grant({ exclusivity: 'non-exclusive', territory: 'worldwide', evidence: 'Beta grants to Alpha a non-exclusive licence under the Beta Patents' });
    const back = grant({ ip: 'Beta Improvements', exclusivity: 'exclusive', territory: 'worldwide', duration: 'perpetual', evidence: 'Beta grants to Alpha an exclusive licence under Beta Improvements' });
    const research = grant({ ip: null, exclusivity: 'non-exclusive', territory: 'worldwide', evidence: 'Beta grants to Alpha a non-exclusive licence under Beta Improvements for research' });
    expect(mainGrant([licence, back])).toBe(licence);
    expect(mainGrant([back, research])).toBe(back);
    expect(mainGrant([research, back])).toBe(back);
  });

  it('keeps the first grant over one wider only in the one term both state', () => {
    const main = grant({ territory: 'worldwide', sublicensable: true, duration: 'term', evidence: 'a royalty-free, worldwide licence during the Term, with the right to grant sublicenses' });
    const data = grant({ exclusivity: 'non-exclusive', duration: 'perpetual', ip: null, evidence: 'a non-exclusive, perpetual licence to use all Clinical Data' });
    expect(mainGrant([main, data])).toBe(main);
  });
});
