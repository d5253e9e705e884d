// exit/survival-unclear asks what survives in the words of the document's kind: a transport contract grants no licences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';

const exit = loadBuiltinPacks().filter((p) => p.id === 'exit');
const survival = async (text: string) => (await evaluate(analyze(sourceFromText(text, 'doc.md')), exit, {})).filter((f) => f.ruleId === 'exit/survival-unclear');

describe('survival-unclear fits its message to the kind of document', () => {
  it('asks a transport contract which rights and obligations survive', async () => {
    const text = `# CRUDE OIL TRANSPORTATION CONTRACT

This Transportation Contract is made between Kestrel Pipeline Company ("Carrier") and Ardent Petroleum Ltd. ("Shipper").

## 1. Services

1.1 Carrier shall transport the Crude delivered by Shipper from the Receipt Point to the Delivery Point.

## 2. Tariff

2.1 Shipper shall pay Carrier the tariff set out in Schedule 1 within thirty (30) days after each invoice.

## 8. Term and Termination

8.1 This Contract runs for five (5) years from the Effective Date.

8.2 Either party may terminate this Contract if the other materially breaches it and fails to cure the breach within sixty (60) days after written notice.
`;
    const [f] = await survival(text);
    expect(f?.message).toContain('which rights and obligations survive');
    expect(f?.message).not.toContain('licences');
  });

  it('asks a licence which licences and obligations survive (near miss)', async () => {
    const text = `# PATENT LICENSE AGREEMENT

This Patent License Agreement is made between Kestrel Sensors, Inc. ("Kestrel") and Ardent Devices Ltd. ("Ardent").

## 1. Grant

1.1 Kestrel hereby grants to Ardent a non-exclusive licence under the Kestrel Patents to make and sell Licensed Products.

## 2. Royalties

2.1 Ardent shall pay Kestrel a royalty of three percent (3%) of Net Sales within thirty (30) days after each quarter.

## 8. Term and Termination

8.1 Either party may terminate this Agreement if the other materially breaches it and fails to cure the breach within sixty (60) days after written notice.
`;
    const [f] = await survival(text);
    expect(f?.message).toContain('which licences and obligations survive');
  });
});
