// --cache: each document's result kept between runs, so that a pipeline gate or an archive run re-checks only the
// agreements that changed (as ESLint's --cache does). A result is reused only when everything it was computed from
// is the same: the document (path, format, text), its settings from the config, the packs as loaded (rules, patterns,
// severities), and the code of this installation (its version and a hash of its own files, so a rebuilt checkout
// does not serve results of the code it replaced). Run-level steps (waivers, baseline, --quiet, --max-warnings,
// --fail-on, the formatter) run on every run, on cached and new results alike.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClauseCheckError, type DocumentReport, type Source } from '../model/index.js';
import type { LoadedPack } from '../rules/loader.js';
import { TOOL_VERSION } from '../version.js';
import { writeAtomic, type CliIO } from './io.js';
import type { DocumentSettings } from './config.js';

/** The cache file's name when --cache-location is not given (in the current folder, like ESLint's .eslintcache). */
export const DEFAULT_CACHE_FILE = '.clausecheckcache';
const FORMAT = 'clausecheck-cache';
const VERSION = 1;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The package manager's record of the installed packages and their versions, one of these in a node_modules/. */
const INSTALL_RECORDS = ['.package-lock.json', '.modules.yaml', '.yarn-state.yml', '.yarn-integrity'];

/**
 * The record of the packages installed for the package at `root`, from the nearest node_modules/ at or above it that
 * has one ('' when none does). Results depend on dependencies too (compromise tags, json-rules-engine evaluates, remark
 * parses), and updating them changes no file of clausecheck's own.
 */
export function installedPackagesRecord(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    for (const name of INSTALL_RECORDS) {
      try {
        return `${name}\0${readFileSync(join(dir, 'node_modules', name), 'utf8')}`;
      } catch {
        // not kept here
      }
    }
    if (dirname(dir) === dir) return '';
  }
}

let codeHash: string | undefined;
/**
 * A hash of this installation's code: every .js and .ts file under the folder holding cli/ (dist/ when built, src/
 * when run from the sources), paths and contents, in path order, and the record of its installed dependencies. About
 * 1.2 MB read once per run with --cache.
 */
function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(root);
  const hash = createHash('sha256');
  for (const path of files.sort()) hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
  hash.update(installedPackagesRecord(dirname(root)));
  return (codeHash = hash.digest('hex'));
}

interface CacheEntry {
  readonly key: string;
  readonly document: DocumentReport;
}

export interface RunCache {
  /** This document's result from an earlier run, when nothing it depends on has changed. */
  lookup(source: Source, settings: DocumentSettings): DocumentReport | undefined;
  /** Keep this run's result for the next run. */
  store(source: Source, settings: DocumentSettings, document: DocumentReport): void;
  /** Write the cache (atomically). A failure is a warning: the report is what the run is for. */
  save(): void;
}

function entryKey(source: Source, settings: DocumentSettings): string {
  return sha256(JSON.stringify([source.path, source.format, source.sha256, settings, source.text.length]) + '\0' + source.text);
}

/**
 * The cache at `location` for a run with these packs. A missing file is an empty cache. A clausecheck cache written by
 * other code or for other packs is silently started afresh; one that is damaged is reported in one line on standard
 * error and rebuilt. A file that is not a clausecheck cache at all, or an input of the run, is never written: the run
 * goes on without a cache and says so.
 */
export async function openCache(io: CliIO, location: string, packs: readonly LoadedPack[], inputs: readonly string[]): Promise<RunCache> {
  const file = resolve(io.cwd, location);
  const runKey = sha256(JSON.stringify([FORMAT, VERSION, TOOL_VERSION, codeFingerprint(), packs]));
  const entries = new Map<string, CacheEntry>();
  const warn = (why: string): void => void io.stderr.write(`clausecheck: warning: ${location}: ${why}\n`);
  let usable = true;
  let text: string | undefined;
  if (inputs.some((p) => p !== '-' && resolve(io.cwd, p) === file)) {
    warn('is an input of this run; checking without a cache');
    usable = false;
  } else {
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        warn(`${code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? 'error'})`}; checking without a cache`);
        usable = false;
      }
    }
  }
  if (text !== undefined) {
    // The validator (zod) loads only when there is a cache to read.
    const { parseCacheFile } = await import('./cache-schema.js');
    const parsed = parseCacheFile(text);
    if ('problem' in parsed) {
      usable = !parsed.foreign;
      warn(`${parsed.problem}; ${parsed.foreign ? 'left as it is, checking without a cache (delete it or give another --cache-location)' : 'the cache is rebuilt'}`);
    } else if (parsed.runKey === runKey) {
      for (const [path, entry] of Object.entries(parsed.entries)) entries.set(path, entry as CacheEntry);
    }
  }
  let changed = false;
  return {
    lookup(source, settings) {
      if (!usable) return undefined;
      const entry = entries.get(source.path);
      return entry?.key === entryKey(source, settings) ? entry.document : undefined;
    },
    store(source, settings, document) {
      if (!usable) return;
      // A copy as it is now: the run's report marks findings afterwards (waivers, baseline, review), which the next
      // run must work out again for itself.
      entries.set(source.path, { key: entryKey(source, settings), document: JSON.parse(JSON.stringify(document)) as DocumentReport });
      changed = true;
    },
    save() {
      if (!usable || (!changed && entries.size && text !== undefined)) return;
      const out = { format: FORMAT, version: VERSION, tool: TOOL_VERSION, runKey, entries: Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
      try {
        writeAtomic(io, location, JSON.stringify(out), [], 'the cache');
      } catch (e) {
        // A cache too large to write as one string is not a reason to fail the run either.
        warn(e instanceof ClauseCheckError ? e.message : 'cannot write the cache (error)');
      }
    },
  };
}
