// A document checked on the CLI's main thread (a lone contract, or a small batch) with text enough to ask modal
// questions loads compromise on a helper thread while the main thread reads, segments and tags, and asks it
// (src/cli/modal-rpc.ts readModalClausesOnThread, src/cli/modal-thread.ts). Run from the build in fresh processes:
// whether compromise is loaded is a module's state, and the helper is the built modal-thread.js.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${pathToFileURL(resolve(ROOT, 'dist')).href}/`;
const CLI = resolve(ROOT, 'bin/clausecheck.js');

const SENTENCES = [
  'Neither party shall assign this Agreement without the prior written consent of the other party.',
  'Licensee may terminate this Agreement upon ninety (90) days written notice to Licensor.',
  'The Distributor shall not, directly or indirectly, sell competing products in the Territory.',
  'Each party agrees not to challenge the validity of the Licensed Patents.',
];

/** Runs `body` (an ES module's text, with rpc, nlp, startModalHelper and the sentences in scope) in a fresh process; its JSON output. */
function inFreshProcess(body: string): { out: Record<string, unknown>; ms: number } {
  const script = resolve(mkdtempSync(resolve(tmpdir(), 'cc-modal-thread-')), 'run.mjs');
  writeFileSync(script, `
    const rpc = await import(${JSON.stringify(`${DIST}cli/modal-rpc.js`)});
    const { startModalHelper } = await import(${JSON.stringify(`${DIST}cli/modal-helper.js`)});
    const nlp = await import(${JSON.stringify(`${DIST}tag/nlp.js`)});
    const sentences = ${JSON.stringify(SENTENCES)};
    const helperFile = ${JSON.stringify(resolve(ROOT, 'dist/cli/modal-thread.js'))};
    ${body}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', cwd: ROOT });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { out: JSON.parse(r.stdout) as Record<string, unknown>, ms: performance.now() - t0 };
}

describe('modal readings from a helper thread', () => {
  it('are what this thread reads itself, without loading compromise here; stopped, this thread reads them', () => {
    const { out } = inFreshProcess(`
      const stop = rpc.readModalClausesOnThread(startModalHelper(helperFile));
      const helped = sentences.map((s) => nlp.modalClauses(s));
      const loadedWhileHelped = nlp.nlpLoaded();
      stop();
      const here = sentences.map((s) => nlp.modalClausesOf(s, true));
      // After stop, a sentence the cache lacks is read on this thread.
      const after = nlp.modalClauses('Licensor shall indemnify Licensee against all third-party claims.');
      console.log(JSON.stringify({ helped, here, loadedWhileHelped, after }));`);
    expect(out['loadedWhileHelped']).toBe(false);
    expect(out['helped']).toEqual(out['here']);
    expect((out['helped'] as unknown[][]).every((r) => r.length > 0)).toBe(true);
    expect(out['after']).toEqual([expect.objectContaining({ modal: 'shall', verb: 'indemnify', negated: false })]);
  }, 60_000);

  it('come from this thread at once when the helper ends before answering (its modules fail to load)', () => {
    // The real helper, alone in a folder: its import of modal-rpc.js fails.
    const dir = mkdtempSync(resolve(tmpdir(), 'cc-modal-thread-'));
    const lonely = resolve(dir, 'modal-thread.js');
    copyFileSync(resolve(ROOT, 'dist/cli/modal-thread.js'), lonely);
    writeFileSync(resolve(dir, 'package.json'), '{"type":"module"}');
    const { out } = inFreshProcess(`
      const stop = rpc.readModalClausesOnThread(startModalHelper(${JSON.stringify(lonely)}), 60000, 60000);
      const t0 = performance.now();
      const helped = sentences.map((s) => nlp.modalClauses(s));
      const waited = performance.now() - t0;
      stop();
      console.log(JSON.stringify({ helped, here: sentences.map((s) => nlp.modalClausesOf(s, true)), loaded: nlp.nlpLoaded(), waited }));`);
    expect(out['helped']).toEqual(out['here']);
    expect(out['loaded']).toBe(true);
    // Not the 60 s it would wait for a helper that is still loading.
    expect(out['waited']).toBeLessThan(30_000);
  }, 60_000);

  it('come from this thread after a short wait when the helper never runs (a file that does not parse)', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'cc-modal-thread-'));
    const broken = resolve(dir, 'broken-helper.mjs');
    writeFileSync(broken, 'import { workerData } from "node:worker_threads"; this is not JavaScript');
    const { out } = inFreshProcess(`
      const stop = rpc.readModalClausesOnThread(startModalHelper(${JSON.stringify(broken)}), 60000, 500);
      const t0 = performance.now();
      const helped = sentences.map((s) => nlp.modalClauses(s));
      const waited = performance.now() - t0;
      stop();
      console.log(JSON.stringify({ helped, here: sentences.map((s) => nlp.modalClausesOf(s, true)), waited }));`);
    expect(out['helped']).toEqual(out['here']);
    expect(out['waited']).toBeLessThan(30_000);
  }, 60_000);

  it('come from this thread after the wait when the helper never answers', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'cc-modal-thread-'));
    const silent = resolve(dir, 'silent-helper.mjs');
    // Runs, keeps its port open and reads nothing.
    writeFileSync(silent, `import { workerData } from 'node:worker_threads'; Atomics.store(workerData.state, 0, 1); Atomics.notify(workerData.state, 0); workerData.port.on('message', () => undefined);`);
    const { out } = inFreshProcess(`
      const stop = rpc.readModalClausesOnThread(startModalHelper(${JSON.stringify(silent)}), 300);
      const helped = sentences.map((s) => nlp.modalClauses(s));
      stop();
      console.log(JSON.stringify({ helped, here: sentences.map((s) => nlp.modalClausesOf(s, true)) }));`);
    expect(out['helped']).toEqual(out['here']);
  }, 60_000);

  it('a compromise error on the helper is thrown here with its message, one line', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'cc-modal-thread-'));
    const failing = resolve(dir, 'failing-helper.mjs');
    writeFileSync(failing, `
      import { workerData } from 'node:worker_threads';
      const { port, flag, state } = workerData;
      Atomics.store(state, 0, 1);
      Atomics.notify(state, 0);
      port.on('message', () => { port.postMessage({ error: 'compromise could not read the sentence' }); Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); });`);
    const { out } = inFreshProcess(`
      const stop = rpc.readModalClausesOnThread(startModalHelper(${JSON.stringify(failing)}));
      let message = null;
      try { nlp.modalClauses(sentences[0]); } catch (e) { message = e.message; }
      stop();
      console.log(JSON.stringify({ message }));`);
    expect(out['message']).toBe('compromise could not read the sentence');
  }, 60_000);
});

/**
 * An agreement of `articles` repeated articles and two closing sections whose modal sentences decide a tag (the tagger
 * asks compromise about them): 18 articles make it over 10,000 characters, 4 under.
 */
function agreement(articles: number): string {
  const parts = ['PATENT CROSS-LICENSE AGREEMENT', '', 'This Patent Cross-License Agreement is entered into by Alpha Devices Inc. ("Alpha") and Beta Systems GmbH ("Beta").', ''];
  for (let i = 1; i <= articles; i++) {
    parts.push(`${i}. Article ${i}`, '');
    parts.push(`${i}.1 Each party hereby grants to the other party a non-exclusive, worldwide licence under its Licensed Patents to make, use and sell Licensed Products in field ${i}.`, '');
    parts.push(`${i}.2 Neither party shall assign this Agreement or any rights under it without the prior written consent of the other party, which shall not be unreasonably withheld.`, '');
    parts.push(`${i}.3 Beta may terminate the licence granted in Section ${i}.1 upon sixty (60) days written notice if Alpha fails to pay any royalty when due.`, '');
    parts.push(`${i}.4 Alpha shall not, directly or indirectly, challenge the validity or enforceability of any of the Licensed Patents during the term of this Agreement.`, '');
  }
  parts.push(`${articles + 1}. Customers`, '', 'Under no circumstances shall Beta contact Alpha Customers regarding a sale of charging products, unless requested by Alpha.', '');
  parts.push(`${articles + 2}. Manufacturing`, '', 'If the parties fail to agree on a revised price, Beta may elect to terminate its manufacturing obligations by written notice to Alpha.', '');
  return parts.join('\n');
}

/**
 * `check --format json` of an agreement of `articles` articles written to a new folder, with a preload of the test's (not
 * of the product) that writes on standard error whether compromise was loaded on the main thread.
 */
function checkProbed(articles: number): { file: string; dir: string; run: (more: string[]) => SpawnSyncReturns<string> } {
  const dir = mkdtempSync(resolve(tmpdir(), 'cc-modal-thread-'));
  const file = resolve(dir, 'cross-license.txt');
  writeFileSync(file, agreement(articles));
  const probe = resolve(dir, 'probe.mjs');
  writeFileSync(probe, `const nlp = await import(${JSON.stringify(`${DIST}tag/nlp.js`)}); process.on('exit', () => process.stderr.write('main-thread-compromise:' + nlp.nlpLoaded()));`);
  const run = (more: string[]) => spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, CLI, 'check', '--format', 'json', '--fail-on', 'never', ...more, file], { encoding: 'utf8', cwd: dir });
  return { file, dir, run };
}

describe('the CLI on a lone agreement', () => {
  it('gives the same report with the helper thread as with --jobs 1 (no helper); compromise stays off the main thread', () => {
    expect(agreement(18).length).toBeGreaterThan(10_000);
    const { file, dir, run } = checkProbed(18);
    const helped = run([]);
    const alone = run(['--jobs', '1']);
    expect(helped.status).toBe(0);
    expect(alone.status).toBe(0);
    expect(helped.stdout).toBe(alone.stdout);
    expect(helped.stderr).toBe('main-thread-compromise:false');
    expect(alone.stderr).toBe('main-thread-compromise:true');
    for (const format of ['sarif', 'stylish']) {
      expect(spawnSync(process.execPath, [CLI, 'check', '--format', format, file], { encoding: 'utf8', cwd: dir }).stdout)
        .toBe(spawnSync(process.execPath, [CLI, 'check', '--format', format, '--jobs', '1', file], { encoding: 'utf8', cwd: dir }).stdout);
    }
  }, 120_000);

  it('a short agreement (under 10,000 characters) starts no helper: compromise loads on the main thread as before', () => {
    expect(agreement(4).length).toBeLessThan(10_000);
    const r = checkProbed(4).run([]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('main-thread-compromise:true');
  }, 60_000);
});

describe('the helper started before the CLI loads its runtime (modal-helper.ts startModalHelperAhead)', () => {
  it('only for plain files checked on the main thread with text enough, as checkAll will decide', async () => {
    const helpers = (await import(`${DIST}cli/modal-helper.js`)) as typeof import('../../src/cli/modal-helper.js');
    const dir = mkdtempSync(resolve(tmpdir(), 'cc-modal-thread-'));
    const long = agreement(18);
    for (const name of ['a.txt', 'b.md', 'c.html', 'd.docx']) writeFileSync(resolve(dir, name), long);
    writeFileSync(resolve(dir, 'short.txt'), agreement(4));
    writeFileSync(resolve(dir, 'huge.txt'), long.repeat(Math.ceil(1_000_000 / long.length)));
    const plain = { limited: false, cache: false };
    const ahead = (inputs: string[], flags: { jobs?: number; limited: boolean; cache: boolean } = plain): boolean => {
      const helper = helpers.startModalHelperAhead(dir, inputs, flags);
      if (helper) helpers.stopModalHelper(helper);
      return helper !== undefined;
    };
    expect(ahead(['a.txt'])).toBe(true);
    expect(ahead(['b.md', 'a.txt'])).toBe(true);
    expect(ahead(['a.txt'], { jobs: 2, limited: false, cache: false })).toBe(true);
    expect(ahead([resolve(dir, 'a.txt')])).toBe(true);
    // Near misses: nothing to check yet, or text of unknown size, or not on this thread, or possibly not checked.
    expect(ahead([])).toBe(false);
    expect(ahead(['short.txt'])).toBe(false);
    expect(ahead(['huge.txt'])).toBe(false);
    expect(ahead(['-'])).toBe(false);
    expect(ahead(['.'])).toBe(false);
    expect(ahead(['*.txt'])).toBe(false);
    expect(ahead(['missing.txt'])).toBe(false);
    expect(ahead(['c.html'])).toBe(false);
    expect(ahead(['d.docx'])).toBe(false);
    expect(ahead(['a.txt'], { jobs: 1, limited: false, cache: false })).toBe(false);
    expect(ahead(['a.txt', 'b.md'], { jobs: 2, limited: false, cache: false })).toBe(false);
    expect(ahead(['a.txt'], { limited: true, cache: false })).toBe(false);
    expect(ahead(['a.txt'], { limited: false, cache: true })).toBe(false);
  });
});

describe('tag and diff on a lone agreement', () => {
  it('read its modal sentences on the helper thread as check does, and print what this thread reads', async () => {
    const { file, dir } = checkProbed(18);
    const revised = resolve(dir, 'revised.txt');
    writeFileSync(revised, agreement(18).replace('Beta may elect to terminate', 'Beta may, after consulting Alpha, elect to terminate'));
    const probe = pathToFileURL(resolve(dir, 'probe.mjs')).href;
    const probed = (args: string[]) => spawnSync(process.execPath, ['--import', probe, CLI, ...args], { encoding: 'utf8', cwd: dir });
    for (const args of [['tag', file], ['tag', '--format', 'text', file], ['diff', '--format', 'json', file, revised]]) {
      const r = probed(args);
      expect(r.stderr).toBe('main-thread-compromise:false');
      // In this process (a TypeScript runner: no helper), the readings are made on this thread.
      expect(r.stdout).toBe((await run(args, { cwd: dir })).stdout);
    }
  }, 120_000);
});
