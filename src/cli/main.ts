// The CLI: gathers inputs, calls the core, picks a formatter, maps the gate to an exit code (0 pass, 1 fail, 2 could not run).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ClauseCheckError, DEFAULT_REVIEW_THRESHOLD, didYouMean, fileUnreadable, FAIL_ON, SCHEMA_VERSION, type DocumentReport, type FailOn, type InputFormat, type ProblemCode, type RunReport, type Source } from '../model/index.js';
import { FORMAT_NAMES, isFormatName, loadChunkedFormatter, type FormatContext, type RuleInfo } from '../report/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { DEFAULT_MAX_BYTES, processIO, readBytes, writeAtomic, type CliIO } from './io.js';
import { progressBar } from './progress.js';

type Runtime = typeof import('./runtime.js');
let runtime: Promise<Runtime> | undefined;
/** Packs, config and report building, loaded once, on the first command that needs them. */
function rt(): Promise<Runtime> {
  return (runtime ??= import('./runtime.js'));
}

/** The analysis pipeline (tagger and all): only for commands that analyse on this thread. */
function pipeline(): Promise<typeof import('../check.js')> {
  return import('../check.js');
}

interface CheckFlags {
  format: string;
  output?: string;
  failOn?: string;
  config?: string;
  pack?: string[];
  waivers?: string;
  baseline?: string;
  maxWarnings?: number;
  reviewThreshold?: number;
  failOnReview?: boolean;
  maxBytes?: number;
  stdinFilename?: string;
  jobs?: number;
  timeout?: number;
  maxMemory?: number;
  quiet?: boolean;
  color?: boolean;
  explain?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

/**
 * Any supported input; Word and HTML extractors load only when such a file comes. `stdinName` names standard input in
 * the report and tells its format ("deal.html"); else `stdinFormat` gives it. A file with no text to check is refused
 * as check refuses it, by every command (tag and diff too).
 */
async function readSource(io: CliIO, path: string, maxBytes?: number, stdinName?: string, stdinFormat?: InputFormat): Promise<Source> {
  const { ingestFile } = await rt();
  const bytes = readBytes(io, path, maxBytes);
  // Standard input with no name: a Word file piped in ('aws s3 cp s3://deals/x.docx - | clausecheck check -') is read as
  // one by its zip signature, which no text agreement starts with (it was refused as 'binary content').
  const unnamed = path === '-' && !stdinName;
  const format = !unnamed ? undefined : bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'docx' : stdinFormat;
  const source = await ingestFile(path === '-' && stdinName ? stdinName : path, bytes, format);
  // An empty file is most often a failed export or conversion upstream: say so rather than report what it lacks.
  if (!/\S/.test(source.text)) {
    const why = source.format === 'docx' || source.format === 'html' ? 'nothing could be extracted from it' : source.text.length ? 'only white space' : 'it is empty';
    throw new ClauseCheckError('input-unsupported', `no text to check (${why})`, { file: source.path });
  }
  return source;
}

/** What can be wrong with one document's file (a path that matches nothing is caught earlier, by expandInputs). */
const DOCUMENT_PROBLEMS: ReadonlySet<ProblemCode> = new Set(['input-unreadable', 'input-unsupported', 'input-too-large']);

/**
 * The documents, in input order, one at a time: the order of the report never depends on timing. Strict (diff): the
 * first that cannot be read stops the run. Lenient (a check batch): a document that cannot be read (a corrupt Word
 * file, undecodable text, over --max-bytes) or holds no text is left out and named, and the others are still checked,
 * as a document stopped by --timeout is; the run then exits 2. When no input can be read, each is named and the run
 * stops there (no empty report).
 */
async function readSources(
  io: CliIO, paths: readonly string[], opts: { maxBytes?: number; stdinName?: string; stdinFormat?: InputFormat; lenient?: boolean } = {},
): Promise<{ read: number[]; sources: Source[]; problems: ClauseCheckError[] }> {
  const read: number[] = [];
  const sources: Source[] = [];
  const problems: ClauseCheckError[] = [];
  for (const [i, p] of paths.entries()) {
    try {
      sources.push(await readSource(io, p, opts.maxBytes, opts.stdinName, opts.stdinFormat));
      read.push(i);
    } catch (e) {
      if (!opts.lenient || !(e instanceof ClauseCheckError) || !DOCUMENT_PROBLEMS.has(e.code)) throw e;
      problems.push(e);
    }
  }
  // none read: each is named (not the first alone), the last stopping the run
  if (!sources.length && problems.length) {
    for (const p of problems.slice(0, -1)) io.stderr.write(`clausecheck: ${p.render()}\n`);
    throw problems[problems.length - 1]!;
  }
  return { read, sources, problems };
}

/** The files' sizes in all, for the choice of worker threads before they are read (one that cannot be read counts 0). */
function fileBytes(io: CliIO, paths: readonly string[]): number {
  let bytes = 0;
  for (const p of paths) {
    try {
      bytes += statSync(resolve(io.cwd, p)).size;
    } catch {
      // read (and reported) with the others
    }
  }
  return bytes;
}

/** Colours only for people: a TTY, NO_COLOR unset, not writing to a file; --color/--no-color override. */
function useColor(io: CliIO, flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const noColor = io.env['NO_COLOR'];
  return Boolean(io.stdout.isTTY) && (noColor === undefined || noColor === '');
}

function checkOneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ClauseCheckError('usage', `${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

/** A file's text; one a config names (`from`) that cannot be read is named with the config's file and JSON path. */
function readTextFile(io: CliIO, path: string, code: ProblemCode, from?: { what: string; file: string; jsonPath: string }): string {
  try {
    return readFileSync(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    if (from) throw new ClauseCheckError(code, `${from.what} ${path}: ${fileUnreadable(e)}`, { file: relative(io.cwd, from.file) || from.file, jsonPath: from.jsonPath });
    throw new ClauseCheckError(code, fileUnreadable(e), { file: path });
  }
}

/** --quiet shows errors only; the summary still counts the whole run. */
function onlyErrors(report: RunReport): RunReport {
  return { ...report, documents: report.documents.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity === 'error') })) };
}

/**
 * The text, or its pieces one after the other (a batch's JSON report comes document by document); `what` names it in
 * a write error ("cannot write the tags").
 */
function emit(io: CliIO, text: string | Iterable<string>, output: string | undefined, inputs: readonly string[], what = 'report'): void {
  if (output) writeAtomic(io, output, text, inputs, what);
  else if (typeof text === 'string') io.stdout.write(text);
  else for (const piece of text) io.stdout.write(piece);
}

async function runCheck(io: CliIO, args: string[], flags: CheckFlags): Promise<number> {
  // Before the runtime loads: a lone contract checked on this thread gets its modal helper (compromise) now, the load
  // then running on the second core while this one loads, reads and tags (modal-helper.ts).
  const { startModalHelperAhead, stopModalHelper } = await import('./modal-helper.js');
  const helper = startModalHelperAhead(io.cwd, args, {
    ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
    limited: flags.timeout !== undefined || flags.maxMemory !== undefined,
    cache: Boolean(flags.cache) || flags.cacheLocation !== undefined,
  });
  try {
    return await checkWith(io, args, flags, helper);
  } finally {
    // (Already stopped when the documents were checked; here when the run ended before.)
    if (helper) stopModalHelper(helper);
  }
}

async function checkWith(io: CliIO, args: string[], flags: CheckFlags, helper: import('./modal-helper.js').ModalHelper | undefined): Promise<number> {
  const { findRunConfig, parseJsonSafely, configPackNames, resolvePacks, checkRuleKeys, settingsFor, checkAll, startWorkersAhead, buildReport, ruleInfos } = await rt();
  const format = flags.format;
  if (!isFormatName(format)) throw new ClauseCheckError('usage', `--format must be one of ${FORMAT_NAMES.join(', ')} (got '${format}')`);
  if (args.filter((a) => a === '-').length > 1) throw new ClauseCheckError('usage', "standard input '-' may be given only once");
  const config = await findRunConfig(io.cwd, flags.config, args);
  // Flags win over the config file.
  const failOn = checkOneOf<FailOn>(flags.failOn ?? config?.failOn ?? 'error', FAIL_ON, '--fail-on');
  const maxWarnings = flags.maxWarnings ?? config?.maxWarnings ?? undefined;
  const reviewThreshold = flags.reviewThreshold ?? config?.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const failOnReview = flags.failOnReview ?? config?.failOnReview ?? false;
  // The config's waivers file (absolute, from its folder) is named in problems relative to the working directory.
  const fromConfig = flags.waivers === undefined ? config?.waivers ?? undefined : undefined;
  const waiversFile = flags.waivers ?? (fromConfig ? relative(io.cwd, fromConfig.value) || fromConfig.value : undefined);
  const waiversAt = fromConfig ? { what: 'waivers file', file: fromConfig.file, jsonPath: fromConfig.jsonPath } : undefined;
  // The validators (zod) load only when there is such a file.
  const waivers = waiversFile
    ? (await import('../report/waivers-schema.js')).parseWaivers(parseJsonSafely(readTextFile(io, waiversFile, 'waivers-invalid', waiversAt), waiversFile, 'waivers-invalid'), waiversFile)
    : undefined;
  const baseline = flags.baseline
    ? (await import('../report/baseline.js')).parseBaseline(parseJsonSafely(readTextFile(io, flags.baseline, 'usage'), flags.baseline, 'usage'), flags.baseline)
    : undefined;
  const packs = await resolvePacks(flags.pack ?? configPackNames(config) ?? [], io.cwd);
  checkRuleKeys(config, packs, flags.config, io.cwd);
  // Loaded here (with tinyglobby): `--version`, `--help` and the other commands do not need it.
  const { expandInputs } = await import('./inputs.js');
  const { paths: allPaths, skipped } = await expandInputs(args, io.cwd, (p) => settingsFor(config, p, io.cwd).ignored);
  const cached = Boolean(flags.cache) || flags.cacheLocation !== undefined;
  // Only the JSON formatter can write what a worker rendered as text; the others read the clause objects, and
  // so does the cache. A whole document's text is written as it comes, so only where nothing here changes its
  // findings after (waivers, a baseline, --quiet); its review threshold is its settings' (as buildReport's below).
  const render = format === 'json' && !cached ? (waivers || baseline || flags.quiet ? 'clauses' as const : 'document' as const) : undefined;
  const limits = {
    ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}),
    ...(flags.maxMemory !== undefined ? { maxMemoryMb: flags.maxMemory } : {}),
  };
  // A batch for worker threads starts them now: they load the pipeline while this thread reads the files. Not with
  // --cache (it may check nothing) nor standard input (no size to go by); checkAll decides again from the text.
  const ahead = cached || allPaths.includes('-') ? undefined
    : startWorkersAhead(allPaths.length, fileBytes(io, allPaths), { packs, ...(render ? { render } : {}), ...(flags.jobs ? { jobs: flags.jobs } : {}), ...limits });
  // (checkAll takes them or stops them; a run that ends before, with no file to read, stops them here.)
  const { read, sources, problems: unreadFiles } = await readSources(io, allPaths, { maxBytes: flags.maxBytes, stdinName: flags.stdinFilename, lenient: true })
    .catch((e: unknown) => {
      ahead?.stop();
      throw e;
    });
  const paths = read.map((i) => allPaths[i]!);
  // What a folder's walk could not enter (a subfolder one may not list, a broken link) is unread as a file is.
  const unread = [...skipped, ...unreadFiles];
  // The threshold in force per file: --review-threshold, else the config's for that file (overrides), else the run's.
  const settings = paths.map((p) => {
    const s = settingsFor(config, p, io.cwd);
    return { ...s, reviewThreshold: flags.reviewThreshold ?? s.reviewThreshold ?? reviewThreshold };
  });
  const formatter = await loadChunkedFormatter(format);
  // --cache: results of earlier runs for documents, settings, packs and code unchanged; only the rest is checked.
  let cache: import('./cache.js').RunCache | undefined;
  if (cached) {
    const { openCache, DEFAULT_CACHE_FILE } = await import('./cache.js');
    cache = await openCache(io, flags.cacheLocation ?? DEFAULT_CACHE_FILE, packs, paths);
  }
  // Standard input is never kept: it has no file to stand for, even when --stdin-filename names it.
  const fromCache = sources.map((s, i) => (paths[i] === '-' ? undefined : cache?.lookup(s, settings[i]!)));
  const toCheck = sources.flatMap((_s, i) => (fromCache[i] ? [] : [i]));
  const progress = progressBar(io.stderr, toCheck.length);
  let checked: DocumentReport[] = [];
  let problems: ClauseCheckError[] = [];
  try {
    if (toCheck.length) {
      ({ documents: checked, problems } = await checkAll(toCheck.map((i) => sources[i]!), {
        packs, settings: toCheck.map((i) => settings[i]!),
        ...(render ? { render } : {}),
        ...(flags.jobs ? { jobs: flags.jobs } : {}),
        ...(helper ? { modalHelper: helper } : {}),
        ...(ahead ? { ahead } : {}),
        ...limits,
        onProgress: (done) => progress.update(done),
      }));
    }
  } finally {
    progress.clear();
  }
  // In input order: cached results where there are, this run's for the rest (minus those stopped by a limit).
  const documents: DocumentReport[] = [];
  let next = 0;
  for (const [i, s] of sources.entries()) {
    const hit = fromCache[i];
    if (hit) documents.push(hit);
    else if (checked[next]?.path === s.path) {
      const d = checked[next++]!;
      if (paths[i] !== '-') cache?.store(s, settings[i]!, d);
      documents.push(d);
    }
  }
  cache?.save();
  // A config override's threshold applies to its files (the report marks their findings with it).
  const perFile = sources.flatMap((s, i): [string, number][] => {
    const t = settings[i]?.reviewThreshold;
    return t === null || t === undefined || t === reviewThreshold ? [] : [[s.path, t]];
  });
  const report = buildReport(documents, packs, {
    failOn, reviewThreshold, failOnReview,
    ...(perFile.length ? { reviewThresholds: new Map(perFile) } : {}),
    ...(waivers ? { waivers } : {}),
    ...(baseline ? { baseline } : {}),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(config ? { configInputs: { config: settings.map((s) => s.hash ?? '').join(',') } } : {}),
    // The documents left out are named in the report too, so that a SARIF or JUnit consumer sees the run incomplete.
    unchecked: [...unread, ...problems].map((p) => ({ path: p.file ?? '', code: p.code, message: p.message })),
  });
  const ctx: FormatContext = {
    color: format === 'stylish' && useColor(io, flags.color, Boolean(flags.output)),
    rules: ruleInfos(packs),
    // the report's positions are the file's: its text as it is, ligatures and all
    texts: new Map(sources.map((s) => [s.path, s.ligatures?.original ?? s.text])),
    failOn,
    ...(flags.quiet ? { quiet: true } : {}),
  };
  // Stylish lists errors only but keeps its per-document table complete; other formats carry errors only.
  const shown = flags.quiet && format !== 'stylish' ? onlyErrors(report) : report;
  emit(io, formatter(shown, ctx), flags.output, paths);
  if (flags.explain) {
    // On standard error: standard output (or --output) keeps the report in its format.
    const { explainDocuments } = await import('./explain.js');
    const stopped = new Set(problems.map((p) => p.file));
    const kept = sources.flatMap((s, i) => (stopped.has(s.path) ? [] : [{ s, settings: settings[i]! }]));
    await explainDocuments(kept.map((k) => k.s), packs, kept.map((k) => k.settings), (text) => io.stderr.write(text));
  }
  // Documents that could not be read, or were stopped by --timeout / --max-memory: the report holds the others; the
  // run could not finish them. The unreadable ones first, each in input order.
  for (const p of [...unread, ...problems]) io.stderr.write(`clausecheck: ${p.render()}\n`);
  if (unread.length || problems.length) return 2;
  return report.summary.gate === 'fail' ? 1 : 0;
}

interface DiffFlags {
  format: string;
  output?: string;
  failOn?: string;
  config?: string;
  reviewThreshold?: number;
  failOnReview?: boolean;
  pack?: string[];
  color?: boolean;
  maxBytes?: number;
  stdinFilename?: string;
}

/**
 * Two versions checked as `check` checks them: the config found upward from the old one (or --config) chooses the packs,
 * the rule settings, kind and parties per file, and the defaults of --fail-on, --review-threshold and --fail-on-review,
 * so that a rule the config turns off or demotes is not introduced by the diff. Both are checked together (pool.ts
 * checkAll), a lone pair on this thread with its modal helper, as check's.
 */
async function runDiff(io: CliIO, oldPath: string, newPath: string, flags: DiffFlags): Promise<number> {
  if (oldPath === '-' && newPath === '-') throw new ClauseCheckError('usage', "standard input '-' may be given only once");
  const { findRunConfig, configPackNames, resolvePacks, checkRuleKeys, settingsFor, checkAll, formatFromPath } = await rt();
  const config = await findRunConfig(io.cwd, flags.config, [oldPath, newPath]);
  const failOn = checkOneOf<FailOn>(flags.failOn ?? config?.failOn ?? 'error', FAIL_ON, '--fail-on');
  const reviewThreshold = flags.reviewThreshold ?? config?.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const failOnReview = flags.failOnReview ?? config?.failOnReview ?? false;
  const packs = await resolvePacks(flags.pack ?? configPackNames(config) ?? [], io.cwd);
  checkRuleKeys(config, packs, flags.config, io.cwd);
  // Standard input ('git show HEAD~1:deal.md | clausecheck diff - deal.md') is read in the other version's format unless
  // --stdin-filename names it: read as plain text, a Markdown version differed from itself in every heading and list.
  const other = oldPath === '-' ? newPath : oldPath;
  const stdinFormat = formatFromPath(other) ?? undefined;
  const [a, b] = (await readSources(io, [oldPath, newPath], {
    ...(flags.maxBytes !== undefined ? { maxBytes: flags.maxBytes } : {}),
    ...(flags.stdinFilename ? { stdinName: flags.stdinFilename } : {}),
    ...(stdinFormat ? { stdinFormat } : {}),
  })).sources as [Source, Source];
  // Each version's threshold as check has it: --review-threshold, else the config's for that file (overrides), else the run's.
  const settings = [oldPath, newPath].map((p) => {
    const s = settingsFor(config, p, io.cwd);
    return { ...s, reviewThreshold: flags.reviewThreshold ?? s.reviewThreshold ?? reviewThreshold };
  });
  const { documents, problems } = await checkAll([a, b], { packs, settings });
  if (problems.length) throw problems[0]!;
  const [docA, docB] = documents as [DocumentReport, DocumentReport];
  const { diffReports, formatDiffJson, formatDiffMarkdown, formatDiffStylish } = await import('../report/diff.js');
  const d = diffReports({ doc: docA, text: a.ligatures?.original ?? a.text }, { doc: docB, text: b.ligatures?.original ?? b.text }, { name: TOOL_NAME, version: TOOL_VERSION }, SCHEMA_VERSION, failOn, {
    reviewThreshold: settings[1]!.reviewThreshold, oldReviewThreshold: settings[0]!.reviewThreshold, failOnReview,
    documentRules: new Set(packs.flatMap((p) => p.rules.filter((r) => r.scope === 'document').map((r) => r.id))),
  });
  const lists = { old: docA.clauses, new: docB.clauses };
  const text = flags.format === 'json' ? formatDiffJson(d) : flags.format === 'markdown' ? formatDiffMarkdown(d, lists) : formatDiffStylish(d, useColor(io, flags.color, Boolean(flags.output)), lists);
  emit(io, text, flags.output, [oldPath, newPath]);
  return d.summary.gate === 'fail' ? 1 : 0;
}

function nonNegativeInt(flag: string): (value: string) => number {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${flag} takes a whole number`);
    return Number(value);
  };
}

function positiveInt(flag: string): (value: string) => number {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${flag} takes a whole number from 1`);
    return Number(value);
  };
}

/** A confidence on the tagger's common scale: a number from 0 to 1, written plainly ("0.7", "1", "0"). */
function confidenceArg(flag: string): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d*\.?\d+$/.test(value) || !(n >= 0 && n <= 1)) throw new InvalidArgumentError(`${flag} takes a confidence from 0 to 1 (0 turns review off)`);
    return n;
  };
}

function reviewThresholdOption(defaults = `(default: ${DEFAULT_REVIEW_THRESHOLD})`): Option {
  return new Option('--review-threshold <n>', `findings resting on a clause-type tag less confident than n (0 to 1) need review: shown and counted apart, not failing the gate; 0 turns review off ${defaults}`)
    .argParser(confidenceArg('--review-threshold'));
}

function positiveNumber(flag: string): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d*\.?\d+$/.test(value) || !(n > 0)) throw new InvalidArgumentError(`${flag} takes a positive number`);
    return n;
  };
}

function maxBytesOption(): Option {
  return new Option('--max-bytes <n>', `refuse inputs larger than n bytes (exit 2) before reading them; 0: no limit (default: ${DEFAULT_MAX_BYTES}, 16 MiB)`).argParser(nonNegativeInt('--max-bytes'));
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function packOption(): Option {
  return new Option('--pack <name|dir>', "use this rule pack: a built-in pack id, a pack directory or an installed pack package, found as the config's packs are (repeatable; default: the config's packs, else all built-in packs)").argParser(collect);
}

/** The rules `check` would run here: --pack, else the config's packs; severities as the config sets them. */
async function activeRules(io: CliIO, flags: { pack?: string[]; config?: string }): Promise<RuleInfo[]> {
  const { ruleInfos, resolvePacks, findRunConfig, configPackNames, checkRuleKeys, settingsFor, applyRuleSettings } = await rt();
  const config = await findRunConfig(io.cwd, flags.config, []);
  const packs = await resolvePacks(flags.pack ?? configPackNames(config) ?? [], io.cwd);
  checkRuleKeys(config, packs, flags.config, io.cwd);
  return ruleInfos(applyRuleSettings(packs, settingsFor(config, '-', io.cwd).rules));
}

/** Commander's "error: unknown option '--formt'\n(Did you mean --format?)\n" as one line, worded as the config's: "clausecheck: unknown option '--formt'; did you mean "--format"?". */
function oneLineUsageError(s: string): string {
  return `${s.replace(/^error: /, 'clausecheck: ').replace(/\s*\n\(Did you mean (.+?)\?\)/, '; did you mean "$1"?').trimEnd()}\n`;
}

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('clausecheck')
    .description('Check patent and technology cross-license agreements against rule packs before signature.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    // A usage error reads as the run's other errors do (interface.md: one line on stderr): 'clausecheck: unknown option ...', not commander's 'error: ...'.
    // Commander's suggestion for a mistyped command or option, on a line of its own, joins that line as the config's do.
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(oneLineUsageError(s)) });
  program.addHelpText('after', '\nExit codes: 0 gate passes, 1 gate fails, 2 could not run (bad usage, unreadable input, invalid pack/config/waivers).\nFindings that need review (resting on a low-confidence clause tag) do not fail the gate unless --fail-on-review.');

  program
    .command('check')
    .description('check agreements and print the findings report')
    .argument('<inputs...>', "files, directories or globs of agreements (.md, .txt, .docx, .html); '-' reads standard input")
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the report to this file (atomically) instead of standard output')
    .addOption(new Option('--fail-on <level>', 'lowest unwaived severity that fails the gate (default: error, or the config\'s failOn)').choices([...FAIL_ON]))
    .option('-c, --config <file>', 'configuration file (default: clausecheck.config.json found upward from the first input)')
    .addOption(packOption())
    .option('--waivers <file>', 'waivers file (JSON): accepted findings with reason, approver and expiry')
    .option('--baseline <report.json>', 'a previous JSON report: findings already in it are shown but do not fail the gate')
    .addOption(new Option('--max-warnings <n>', 'fail the gate when there are more than n unwaived warnings').argParser(nonNegativeInt('--max-warnings')))
    .addOption(reviewThresholdOption(`(default: ${DEFAULT_REVIEW_THRESHOLD}, or the config's reviewThreshold)`))
    .option('--fail-on-review', 'findings that need review fail the gate like the others (default: the config\'s failOnReview, else no)')
    .option('--no-fail-on-review', 'findings that need review do not fail the gate (overrides the config)')
    .addOption(maxBytesOption())
    .option('--stdin-filename <name>', "name for standard input ('-') in the report; its extension sets the format")
    .addOption(new Option('-j, --jobs <n>', 'worker threads for several documents (default: one per core)').argParser(positiveInt('--jobs')))
    .addOption(new Option('--timeout <seconds>', 'stop a document that takes longer (exit 2 naming it; the others are still reported). Default 60 on worker threads; a lone small document without --timeout/--max-memory runs on this thread, unlimited').argParser(positiveNumber('--timeout')))
    .addOption(new Option('--max-memory <MB>', 'stop a document whose worker heap grows beyond this (exit 2 naming it). Default 1024 on worker threads').argParser(positiveNumber('--max-memory')))
    .option('-q, --quiet', 'report errors only (the gate still counts everything)')
    .option('--explain', 'also print, on standard error, why each rule fired or did not (conditions, the clauses they saw)')
    .option('--cache', 'reuse the results of earlier runs for documents that have not changed (nor the packs, their settings or clausecheck itself); kept in .clausecheckcache')
    .option('--cache-location <file>', 'the cache file (implies --cache; default: .clausecheckcache in the current folder)')
    .option('--color', 'force colours in stylish output')
    .option('--no-color', 'disable colours (also: NO_COLOR=1)')
    // What the gate counts, where the options that move it are listed (the program's help says only pass or fail).
    .addHelpText('after', '\nExit codes: 0 the gate passes; 1 it fails: an unwaived finding outside the baseline at or above --fail-on, or more\nwarnings than --max-warnings (findings that need review count only with --fail-on-review); 2 could not run, or an\ninput could not be checked (the report lists it).')
    .action(async (inputs: string[], flags: CheckFlags) => setExit(await runCheck(io, inputs, flags)));

  program
    .command('tag')
    .description('print the clause tree with types and attributes (what the tagger saw)')
    .argument('<file>', "an agreement, or '-' for standard input")
    .addOption(new Option('-f, --format <name>', 'output format: json, the document object of the JSON report with each clause\'s attributes; text, the clause outline with its tags and line:column (for .docx and .html also the extracted text the offsets refer to)').choices(['json', 'text']).default('json'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .addOption(maxBytesOption())
    .option('--stdin-filename <name>', "name for standard input ('-'); its extension sets the format")
    .addOption(packOption())
    .option('-c, --config <file>', 'configuration file, as for check (default: clausecheck.config.json found upward from <file>)')
    .action(async (file: string, flags: { format: string; output?: string; maxBytes?: number; stdinFilename?: string; pack?: string[]; config?: string }) => {
      const { formatTagText, onThisThread, tuneJit, findRunConfig, configPackNames, resolvePacks, checkRuleKeys } = await rt();
      // As check runs a lone document: the JIT tuned for the pipeline, compromise loaded on a helper thread.
      tuneJit();
      // The packs' own clause types are tagged as check tags them (a user pack's 'data-export'); the built-in packs
      // declare none, so they are loaded only when --pack or the config names packs.
      const config = await findRunConfig(io.cwd, flags.config, [file]);
      const names = flags.pack ?? configPackNames(config);
      const packs = names ? await resolvePacks(names, io.cwd) : undefined;
      if (packs) checkRuleKeys(config, packs, flags.config, io.cwd);
      const { tag } = await pipeline();
      const source = await readSource(io, file, flags.maxBytes, flags.stdinFilename);
      const doc = await onThisThread(source.text.length, {}, async () => tag(source, packs ? { packs } : {}));
      const text = flags.format === 'text' ? formatTagText(doc, source) : `${JSON.stringify(doc, null, 2)}\n`;
      emit(io, text, flags.output, [file], 'the tags');
      setExit(0);
    });

  // The options are the rules command's own, so that they may stand before its subcommand or after it ('rules --pack
  // acme list' and 'rules list --pack acme'): commander reads a parent's options anywhere after its name. Given to
  // list and show as well, they were read only after them, and 'rules --pack acme list' took 'list' for a rule id.
  // The subcommands' help shows them as global options.
  const rulesCmd = program.command('rules').description('list the rules of the active packs, or explain one')
    // The program's list of commands shows this, not the subcommands: a reader learns 'rules show <id>' here.
    .summary('list the rules of the active packs (rules list), or explain one (rules show <id>, or rules <id>)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(packOption())
    .option('-c, --config <file>', 'configuration file (default: clausecheck.config.json found upward from here)');
  const rulesFlags = (): { format: string; pack?: string[]; config?: string } => rulesCmd.opts();
  const showRule = async (id: string): Promise<void> => {
    const flags = rulesFlags();
    const rules = await activeRules(io, flags);
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new ClauseCheckError('usage', `no rule '${id}' in the active packs${didYouMean(id, rules.map((r) => r.id), 3)} (see: clausecheck rules list)`);
    io.stdout.write(flags.format === 'json' ? `${JSON.stringify(rule, null, 2)}\n` : (await rt()).formatRuleShow(rule));
    setExit(0);
  };
  rulesCmd
    .command('list', { isDefault: true })
    .description('list every rule: id, pack, severity, title')
    // `clausecheck rules exit/termination-missing` is what people type first: it explains the rule, as `show` does.
    .argument('[id]', 'a rule id: explain that rule instead (as rules show <id>)')
    .configureHelp({ showGlobalOptions: true })
    .action(async (id: string | undefined) => {
      if (id !== undefined) return showRule(id);
      const flags = rulesFlags();
      const list = await activeRules(io, flags);
      io.stdout.write(flags.format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : (await rt()).formatRuleList(list));
      setExit(0);
    });
  rulesCmd
    .command('show')
    .description('explain one rule: severity, rationale, recommendation, references')
    .argument('<id>', 'rule id, e.g. exit/termination-missing')
    .configureHelp({ showGlobalOptions: true })
    .action(showRule);

  program
    .command('diff')
    .description('compare two versions of an agreement: clauses added, removed, changed; findings introduced, resolved')
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'markdown', 'json']).default('stylish'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .addOption(new Option('--fail-on <level>', "exit 1 when a finding at or above this severity is introduced (default: error, or the config's failOn)").choices([...FAIL_ON]))
    .option('-c, --config <file>', 'configuration file, as for check (default: clausecheck.config.json found upward from <old>)')
    .addOption(reviewThresholdOption("(default: 0.7, or the config's reviewThreshold)"))
    .option('--fail-on-review', "introduced findings that need review fail the gate like the others (default: the config's failOnReview, else no)")
    .option('--no-fail-on-review', 'introduced findings that need review do not fail the gate (overrides the config)')
    .addOption(packOption())
    .addOption(maxBytesOption())
    .option('--stdin-filename <name>', "name for standard input ('-'); its extension sets the format (default: the other version's)")
    .option('--color', 'force colours in stylish output')
    .option('--no-color', 'disable colours (also: NO_COLOR=1)')
    .addHelpText('after', '\nExit codes: 0 no finding at or above --fail-on is introduced; 1 one is (one that needs review only with\n--fail-on-review); 2 could not run (bad usage, a version unreadable, invalid config or pack).')
    .action(async (oldPath: string, newPath: string, flags: DiffFlags) => setExit(await runDiff(io, oldPath, newPath, flags)));

  program
    .command('test-pack')
    .description("run a rule pack's own example cases (for rule authors)")
    .argument('<dir>', 'the pack folder (holding pack.json)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 every case passes, 1 a case fails, 2 the pack could not be read.')
    .action(async (dir: string, flags: { format: string }) => {
      const { formatPackTest } = await rt();
      const { testPack } = await import('../rules/pack-tester.js');
      // the folder as given, not its 'pack.json' ('.../notes.txt/pack.json: cannot read (ENOTDIR)')
      if (!existsSync(resolve(io.cwd, dir))) throw new ClauseCheckError('pack-invalid', 'no such directory', { file: dir });
      if (!statSync(resolve(io.cwd, dir)).isDirectory()) {
        throw new ClauseCheckError('pack-invalid', 'not a directory (a rule pack is a folder holding pack.json)', { file: dir });
      }
      const result = await testPack(resolve(io.cwd, dir));
      io.stdout.write(flags.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatPackTest(result));
      setExit(result.ok ? 0 : 1);
    });

  program
    .command('init')
    .description('write a starter clausecheck.config.json in the current folder')
    .option('--force', 'overwrite an existing config')
    .action(async (flags: { force?: boolean }) => {
      const { CONFIG_FILE_NAME, starterConfig, loadBuiltinPacks } = await rt();
      const target = resolve(io.cwd, CONFIG_FILE_NAME);
      if (existsSync(target) && !flags.force) throw new ClauseCheckError('usage', 'already exists (use --force to overwrite)', { file: CONFIG_FILE_NAME });
      writeAtomic(io, target, starterConfig(loadBuiltinPacks().map((p) => p.id)), [], 'the config');
      io.stdout.write(`wrote ${CONFIG_FILE_NAME}\n`);
      setExit(0);
    });

  program
    .command('schema')
    .description('print a JSON Schema: the report, the waivers file, or a rule pack\'s files (pack.json, a rule, its cases)')
    .addArgument(new Argument('<name>', 'which schema').choices(['report', 'waivers', 'pack', 'rule', 'cases']))
    .action(async (name: string) => {
      let schema: Record<string, unknown>;
      if (name === 'report' || name === 'waivers') {
        const { reportJsonSchema, waiversJsonSchema } = await import('../report/schema.js');
        schema = name === 'report' ? reportJsonSchema() : waiversJsonSchema();
      } else {
        const { packJsonSchemas } = await import('../rules/schema.js');
        schema = packJsonSchemas()[name as 'pack' | 'rule' | 'cases'];
      }
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      setExit(0);
    });

  return program;
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  // Where require() cannot load ES modules, remark is imported before any document is read (parse/markdown.ts).
  if (!process.features.require_module) await import('../parse/markdown-eager.js');
  let exit = 0;
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    // Commander has already printed its one-line usage error (or the help / version).
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof ClauseCheckError) {
      io.stderr.write(`clausecheck: ${e.render()}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`clausecheck: internal error: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
