import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const SAMPLE = [
  'PATENT CROSS-LICENSE AGREEMENT',
  '',
  '1. Grant. Each Party hereby grants the other a non-exclusive, royalty-free license under its Licensed Patents.',
  '',
  '2. Term. This Agreement ends when the last Licensed Patent expires.',
  '',
].join('\n');

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ClauseCheckError', 'FAIL_ON', 'FORMAT_NAMES', 'SCHEMA_VERSION', 'SEVERITIES',
      'check', 'defaultContext', 'ingest', 'loadBuiltinPacks', 'loadFormatter', 'loadPack', 'ruleInfos', 'sourceFromText', 'tag',
    ]);
  });

  it('checks text in memory and formats the report with a registry formatter', async () => {
    const source = api.sourceFromText(SAMPLE, 'deal.md');
    const report = await api.check([source], { failOn: 'never' });
    expect(report.schemaVersion).toBe(api.SCHEMA_VERSION);
    expect(report.summary.gate).toBe('pass');
    const json = await api.loadFormatter('json');
    expect(JSON.parse(json(report, api.defaultContext()))).toEqual(JSON.parse(JSON.stringify(report)));
    const stylish = await api.loadFormatter('stylish');
    expect(stylish(report, api.defaultContext())).toMatch(/1 document checked/);
    expect(api.FORMAT_NAMES).toContain('stylish');
  });

  it('tags a document without findings', () => {
    const doc = api.tag(api.sourceFromText(SAMPLE, 'deal.md'));
    expect(doc.findings).toEqual([]);
    expect(doc.clauses.length).toBeGreaterThan(0);
  });

  it('raises ClauseCheckError values that render as one line', () => {
    const e = new api.ClauseCheckError('waivers-invalid', 'expires is required', { file: 'w.json', jsonPath: '$.waivers[0].expires' });
    expect(e.render()).toBe('w.json: $.waivers[0].expires: expires is required');
  });
});
