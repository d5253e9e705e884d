// reviewThreshold / failOnReview in clausecheck.config.json: validated, merged through extends, per override, hashed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, loadConfig, parseJsonSafely, resolveForFile, starterConfig } from '../../src/config/index.js';
import { DEFAULT_REVIEW_THRESHOLD } from '../../src/model/index.js';
import { problem } from '../helpers/problem.js';

const root = mkdtempSync(join(tmpdir(), 'clausecheck-config-review-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
function project(files: Record<string, unknown>): string {
  const dir = join(root, `p${n++}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(content));
  }
  return dir;
}
const load = (dir: string) => loadConfig(join(dir, CONFIG_FILE_NAME));

describe('config: review settings', () => {
  it('reads reviewThreshold and failOnReview; an override sets the threshold for its files only', () => {
    const dir = project({ [CONFIG_FILE_NAME]: { reviewThreshold: 0.8, failOnReview: true, overrides: [{ files: 'signed/**', reviewThreshold: 0 }] } });
    const c = load(dir);
    expect(c).toMatchObject({ reviewThreshold: 0.8, failOnReview: true });
    expect(resolveForFile(c, join(dir, 'drafts/a.md'))).toMatchObject({ reviewThreshold: 0.8, failOnReview: true });
    expect(resolveForFile(c, join(dir, 'signed/a.md')).reviewThreshold).toBe(0);
    expect(resolveForFile(c, '-').reviewThreshold).toBe(0.8);
    expect(resolveForFile(c, join(dir, 'signed/a.md')).hash).not.toBe(resolveForFile(c, join(dir, 'drafts/a.md')).hash);
  });

  it('leaves them unset (null) when absent, and lets a file override what it extends', () => {
    const dir = project({ 'base.json': { reviewThreshold: 0.6, failOnReview: true }, [CONFIG_FILE_NAME]: { extends: ['base.json'], reviewThreshold: 0.75 } });
    expect(load(dir)).toMatchObject({ reviewThreshold: 0.75, failOnReview: true });
    expect(load(project({ [CONFIG_FILE_NAME]: {} }))).toMatchObject({ reviewThreshold: null, failOnReview: null });
  });

  it('refuses values outside 0..1 or of the wrong type, naming the JSON path', () => {
    const cases: [unknown, string][] = [
      [{ reviewThreshold: 1.01 }, '$.reviewThreshold'],
      [{ reviewThreshold: -0.5 }, '$.reviewThreshold'],
      [{ reviewThreshold: null }, '$.reviewThreshold'],
      [{ failOnReview: 1 }, '$.failOnReview'],
      [{ overrides: [{ files: '*.md', reviewThreshold: 2 }] }, '$.overrides[0].reviewThreshold'],
    ];
    for (const [config, path] of cases) {
      const e = problem(() => load(project({ [CONFIG_FILE_NAME]: config })));
      expect(e.code).toBe('config-invalid');
      expect(e.jsonPath, JSON.stringify(config)).toBe(path);
      expect(e.render()).not.toContain('\n');
    }
    expect(problem(() => load(project({ [CONFIG_FILE_NAME]: { reviewThreshold: 7 } }))).message).toContain('0 to 1');
  });

  it('the starter config of `clausecheck init` lists both, at their defaults', () => {
    const starter = parseJsonSafely(starterConfig(['exit']), 'starter') as Record<string, unknown>;
    expect(starter).toMatchObject({ reviewThreshold: DEFAULT_REVIEW_THRESHOLD, failOnReview: false });
  });
});
