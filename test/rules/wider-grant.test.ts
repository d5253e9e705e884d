// widerGrant: which of two grants is the wider licence (asymmetric-consideration's payer: "wider-licensee").
import { describe, expect, it } from 'vitest';
import type { GrantRecord } from '../../src/model/index.js';
import { widerGrant } from '../../src/rules/context.js';

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
  });

  it('is null when neither is wider, each is wider in something, or only one states an attribute', () => {
    expect(widerGrant(grant({ exclusivity: 'non-exclusive' }), grant({ exclusivity: 'non-exclusive' }))).toBeNull();
    expect(widerGrant(grant({ exclusivity: 'exclusive', sublicensable: false }), grant({ exclusivity: 'non-exclusive', sublicensable: true }))).toBeNull();
    expect(widerGrant(grant({ sublicensable: true }), grant({ exclusivity: 'exclusive' }))).toBeNull();
  });
});
