// Start-up of a worker thread of the CLI's pool (and of `check` with packs already loaded): zod is loaded only
// where outside input is validated (config, packs, waivers, baselines), and remark/micromark only when a Markdown
// document arrives. Each is ~50 ms of CPU and dozens of ES modules that every worker would otherwise load.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/rules/catalogue.js';
import { FACT_PARAMS } from '../../src/rules/fact-params.js';
import { loadBuiltinPacks } from '../../src/rules/loader.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

/** The packages a source file reaches through static, non-type imports and re-exports (what loading it loads). */
function staticPackages(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      const [, typeOnly, spec] = m;
      if (typeOnly || spec === undefined || spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
        if (existsSync(target)) queue.push(target);
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  }
  return { files, packages };
}

describe('a worker thread\'s imports', () => {
  it('do not include zod or remark (static imports of src/cli/worker.ts)', () => {
    const { files, packages } = staticPackages('src/cli/worker.ts');
    // The walk reaches the whole pipeline: otherwise the test would pass for the wrong reason.
    expect([...files].some((f) => f.endsWith('src/tag/nlp.ts'))).toBe(true);
    expect(packages).toContain('json-rules-engine');
    expect([...packages]).not.toContain('zod');
    expect([...packages]).not.toContain('remark-parse');
    expect([...packages]).not.toContain('unified');
    // Nor the pool (node:os, node:v8) or the config's path globs (picomatch): a worker applies rule settings only.
    expect([...packages]).not.toContain('picomatch');
    expect([...files].filter((f) => f.endsWith('src/cli/pool.ts') || f.endsWith('src/config/resolve.ts'))).toEqual([]);
    expect(staticPackages('src/config/resolve.ts').packages).toContain('picomatch');
  });

  it('and the validating modules still import zod (the walk sees it where it is)', () => {
    for (const entry of ['src/rules/loader.ts', 'src/config/index.ts', 'src/report/waivers-schema.ts', 'src/tag/taxonomy-schema.ts']) {
      expect(staticPackages(entry).packages, entry).toContain('zod');
    }
  });

  it('every fact of the catalogue has its params schema', () => {
    expect(Object.keys(FACT_PARAMS).sort()).toEqual(Object.keys(FACTS).sort());
  });
});

describe('checking with packs already loaded, in a fresh process (the built dist/)', () => {
  // What a worker runs: check.js, report/json.js and cli/pool.js, with packs it did not load or validate.
  const script = `
    const [dist, packsJson, textPath, mdPath] = process.argv.slice(1);
    const load = (p) => import(new URL(p, dist).href);
    const [{ checkDocument }, { ingest }, , { markdownLoaded }] = await Promise.all([
      load('check.js'), load('ingest/index.js'), load('cli/pool.js'), load('parse/markdown.js'), load('report/json.js'),
    ]);
    const fs = await import('node:fs');
    const packs = JSON.parse(fs.readFileSync(packsJson, 'utf8'));
    const zod = () => '__zod_globalConfig' in globalThis;
    const text = await checkDocument(ingest(textPath, fs.readFileSync(textPath)), packs);
    const out = { text: text.findings.length, zodAfterText: zod(), markdownAfterText: markdownLoaded() };
    const md = await checkDocument(ingest(mdPath, fs.readFileSync(mdPath)), packs);
    Object.assign(out, { md: md.clauses.length, zodAfterMarkdown: zod(), markdownAfterMarkdown: markdownLoaded() });
    await import('zod');
    out.zodMarkerWorks = zod();
    console.log(JSON.stringify(out));
  `;

  it('loads neither zod nor remark for a plain-text agreement, and remark (only) for a Markdown one', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const packsJson = resolve(mkdtempSync(resolve(tmpdir(), 'cc-startup-')), 'packs.json');
    writeFileSync(packsJson, JSON.stringify(loadBuiltinPacks()));
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(resolve(ROOT, 'dist/')).href + '/', packsJson,
      resolve(ROOT, 'fixtures/sec-exhibit-cross-license.txt'), resolve(ROOT, 'fixtures/flawed-cross-license.md')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ zodAfterText: false, markdownAfterText: false, zodAfterMarkdown: false, markdownAfterMarkdown: true });
    expect(out['text']).toBeGreaterThan(0);
    expect(out['md']).toBeGreaterThan(1);
    // The marker read above is zod's own: once zod is imported it is there (else this test could not fail).
    expect(out['zodMarkerWorks']).toBe(true);
  });
});

describe('the library\'s check() without packs, in a fresh process (the built dist/)', () => {
  // A pipeline that imports the package and calls check() gets the built-in packs through the trusted reader, as the
  // CLI does: they are validated by the tests, and loading zod for them cost ~50 ms of CPU per process.
  const script = `
    const [dist, textPath] = process.argv.slice(1);
    const { check, ingest } = await import(new URL('index.js', dist).href);
    const fs = await import('node:fs');
    const report = await check([ingest(textPath, fs.readFileSync(textPath))]);
    const zod = () => '__zod_globalConfig' in globalThis;
    const out = { findings: report.documents[0].findings.length, zodAfterCheck: zod() };
    await import('zod');
    out.zodMarkerWorks = zod();
    console.log(JSON.stringify(out));
  `;

  it('checks with the built-in packs and does not load zod', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(resolve(ROOT, 'dist/')).href + '/',
      resolve(ROOT, 'fixtures/sec-exhibit-cross-license.txt')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out['findings']).toBeGreaterThan(0);
    expect(out).toMatchObject({ zodAfterCheck: false, zodMarkerWorks: true });
  });
});

describe('the CLI\'s own thread', () => {
  // Preloaded into the CLI's process: reports on exit whether zod was loaded (zod's marker, as above).
  const probe = `data:text/javascript,process.on('exit', () => process.stderr.write('zod:' + ('__zod_globalConfig' in globalThis)))`;
  const cli = (args: string[], cwd: string) => spawnSync(process.execPath, ['--import', probe, resolve(ROOT, 'bin/clausecheck.js'), ...args], { cwd, encoding: 'utf8' });
  const TXT = resolve(ROOT, 'fixtures/sec-exhibit-cross-license.txt');

  it('does not load zod to check an agreement with the built-in packs and no config', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const bare = mkdtempSync(resolve(tmpdir(), 'cc-startup-'));
    const r = cli(['check', '--format', 'json', '--fail-on', 'never', TXT], bare);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
    expect(r.stderr).toBe('zod:false');
  });

  it('loads it, and validates, where there is outside input: waivers, a config file, a pack folder', async () => {
    const { copyFileSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(resolve(tmpdir(), 'cc-startup-'));
    copyFileSync(TXT, resolve(dir, 'a.txt'));
    writeFileSync(resolve(dir, 'waivers.json'), JSON.stringify({ waivers: [{ rule: 'x/y', clause: '1', reason: 'r', approvedBy: 'a', expires: 'soon' }] }));
    const waived = cli(['check', '--waivers', 'waivers.json', 'a.txt'], dir);
    expect(waived.status).toBe(2);
    expect(waived.stderr).toMatch(/waivers\.json: \$\.waivers\[0\]\.expires: must be a date YYYY-MM-DD/);
    expect(waived.stderr).toMatch(/zod:true$/);
    writeFileSync(resolve(dir, 'clausecheck.config.json'), JSON.stringify({ failOn: 'sometimes' }));
    const configured = cli(['check', 'a.txt'], dir);
    expect(configured.status).toBe(2);
    expect(configured.stderr).toMatch(/clausecheck\.config\.json: \$\.failOn: /);
    expect(configured.stderr).toMatch(/zod:true$/);
    const packed = cli(['check', '--pack', resolve(ROOT, 'rules/antitrust'), '--format', 'json', '--fail-on', 'never', TXT], mkdtempSync(resolve(tmpdir(), 'cc-startup-')));
    expect(packed.status).toBe(0);
    expect(packed.stderr).toBe('zod:true');
  });
});

describe('modal readings in a batch\'s worker threads', () => {
  // A worker asks the main thread (src/cli/modal-rpc.ts), which loads compromise once for the batch.
  it('come from the main thread, the same as read in the worker, without loading compromise in the worker', async () => {
    const dist = pathToFileURL(resolve(ROOT, 'dist/')).href + '/';
    const rpc = (await import(`${dist}cli/modal-rpc.js`)) as typeof import('../../src/cli/modal-rpc.js');
    const nlp = (await import(`${dist}tag/nlp.js`)) as typeof import('../../src/tag/nlp.js');
    const { Worker } = await import('node:worker_threads');
    const sentences = ['Neither party shall assign this Agreement without the prior written consent of the other party.', 'Licensee may terminate this Agreement upon thirty days notice.'];
    const server = rpc.serveModalReadings();
    const worker = new Worker(`
      const { parentPort, workerData } = require('node:worker_threads');
      (async () => {
        const rpc = await import(workerData.dist + 'cli/modal-rpc.js');
        const nlp = await import(workerData.dist + 'tag/nlp.js');
        rpc.askForModalReadings(workerData.line);
        const readings = workerData.sentences.map((s) => nlp.modalClauses(s));
        parentPort.postMessage({ readings, again: nlp.modalClauses(workerData.sentences[0]), loaded: nlp.nlpLoaded() });
      })();
    `, { eval: true, workerData: { dist, sentences, line: server.line }, transferList: [server.line.port] });
    const reply = await new Promise<{ readings: unknown[]; again: unknown; loaded: boolean }>((done, fail) => { worker.once('message', done); worker.once('error', fail); });
    await worker.terminate();
    server.close();
    expect(reply.loaded).toBe(false);
    expect(nlp.nlpLoaded()).toBe(true);
    expect(reply.readings).toEqual(sentences.map((s) => nlp.modalClausesOf(s, true)));
    expect(reply.again).toEqual(reply.readings[0]);
    expect(reply.readings[0]).toEqual([expect.objectContaining({ modal: 'shall', negated: true, verb: 'assign' })]);
  });
});

describe('the library, built (import \'clausecheck\')', () => {
  it('loads zod only with the first loadPack, which still validates', () => {
    const script = `
      const zod = () => '__zod_globalConfig' in globalThis;
      const api = await import(process.argv[1]);
      const out = { imported: zod(), builtins: api.loadBuiltinPacks().length, afterBuiltins: zod() };
      try { api.loadPack(process.argv[2]); } catch (e) { out.error = e instanceof api.ClauseCheckError ? e.render() : String(e); }
      out.afterLoadPack = zod();
      out.pack = api.loadPack(process.argv[3]).id;
      console.log(JSON.stringify(out));
    `;
    const { mkdtempSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
    const { tmpdir } = require('node:os') as typeof import('node:os');
    const bad = mkdtempSync(resolve(tmpdir(), 'cc-startup-'));
    writeFileSync(resolve(bad, 'pack.json'), JSON.stringify({ id: 'Bad Pack', version: '1.0.0', description: 'd' }));
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(resolve(ROOT, 'dist/index.js')).href, bad, resolve(ROOT, 'rules/antitrust')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ imported: false, afterBuiltins: false, afterLoadPack: true, pack: 'antitrust' });
    expect(out['builtins']).toBeGreaterThan(5);
    expect(out['error']).toBe(`${resolve(bad, 'pack.json')}: $.id: pack ids are kebab-case`);
  });
});
