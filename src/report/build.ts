// Checked documents -> the run report: baseline and waivers applied, the summary and gate, and what the run used.
// Kept apart from check.ts so that a CLI whose documents are checked on worker threads can build the report
// without loading the NLP stages on its main thread.
import { createHash } from 'node:crypto';
import {
  CappedCache, DEFAULT_REVIEW_THRESHOLD, memoByMembers, SCHEMA_VERSION, SEVERITY_RANK,
  type DocumentReport, type FailOn, type Finding, type RunReport, type RunSummary, type Severity, type WaiverNotice, type UncheckedInput,
} from '../model/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { RuleInfo, RuleVariantInfo } from './types.js';
import { byCodePoint, isAccepted, needsReview, withReviewStatus } from './common.js';
import { applyWaivers, type Waiver } from './waivers.js';
import { checkRendered, renderedTally } from './json.js';

export interface ReportOptions {
  readonly failOn?: FailOn;
  /** Accepted findings; expired or unmatched ones are listed in `report.waivers`. */
  readonly waivers?: readonly Waiver[];
  /** Today as YYYY-MM-DD, for waiver expiry (default: the current UTC date). */
  readonly today?: string;
  /** Fingerprints of a previous report: those findings are shown but do not fail the gate. */
  readonly baseline?: ReadonlySet<string>;
  /** More unwaived warnings than this fail the gate. */
  readonly maxWarnings?: number;
  /** Findings less confident than this need review (default DEFAULT_REVIEW_THRESHOLD; 0: none does). */
  readonly reviewThreshold?: number;
  /** Per document path, a threshold that replaces `reviewThreshold` (config overrides). */
  readonly reviewThresholds?: ReadonlyMap<string, number>;
  /** Findings that need review fail the gate like the others. */
  readonly failOnReview?: boolean;
  /** Inputs the run could not check (RunReport.unchecked). */
  readonly unchecked?: readonly UncheckedInput[];
  /** Extra inputs of the effective configuration (config file hashes, ...) folded into `run.configHash`. */
  readonly configInputs?: Readonly<Record<string, string>>;
}

/** A pack as far as reports need it (structurally a LoadedPack). */
export interface PackMeta {
  readonly id: string;
  readonly version: string;
  readonly rules: readonly RuleInfo[];
}

/** What a variant says (its patterns, which pick it, are for the rule file). */
function variantInfo(v: RuleVariantInfo): RuleVariantInfo {
  return {
    severity: v.severity,
    ...(v.message !== undefined ? { message: v.message } : {}),
    ...(v.rationale !== undefined ? { rationale: v.rationale } : {}),
    ...(v.recommendation !== undefined ? { recommendation: v.recommendation } : {}),
  };
}

/** Rule metadata of the packs, each rule once (the first pack naming it wins), sorted by id. */
export function ruleInfos(packs: readonly PackMeta[]): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  for (const p of packs) {
    for (const r of p.rules) {
      if (byId.has(r.id)) continue;
      const info: RuleInfo = { id: r.id, pack: r.pack, severity: r.severity, title: r.title, ...(r.message !== undefined ? { message: r.message } : {}), rationale: r.rationale, recommendation: r.recommendation, references: [...r.references] };
      byId.set(r.id, r.variants?.length ? { ...info, variants: r.variants.map(variantInfo) } : info);
    }
  }
  return [...byId.values()].sort((a, b) => byCodePoint(a.id, b.id));
}

type SeverityCounts = Record<Severity, number>;
const noCounts = (): SeverityCounts => ({ error: 0, warning: 0, info: 0 });

/**
 * A document's findings as the summary and the gate count them. A worker thread that renders a document's JSON ahead
 * (report/json.ts renderDocument) sends this instead of its findings, so the main thread counts without them.
 */
export interface FindingTally {
  /** Open findings by severity: not accepted (waived, suppressed), not needing review. */
  readonly open: SeverityCounts;
  /** Of those, not in the baseline: they can fail the gate. */
  readonly gate: SeverityCounts;
  /** Needing review, not accepted, not in the baseline: they can fail the gate with --fail-on-review. */
  readonly gateReview: SeverityCounts;
  readonly waived: number;
  /** Needing review and not accepted. */
  readonly needsReview: number;
  /** In the baseline and not accepted. */
  readonly baseline: number;
}

export function tallyFindings(findings: readonly Finding[]): FindingTally {
  const open = noCounts();
  const gate = noCounts();
  const gateReview = noCounts();
  let waived = 0;
  let review = 0;
  let baseline = 0;
  for (const f of findings) {
    if (isAccepted(f)) {
      waived++;
      continue;
    }
    if (f.baseline) baseline++;
    if (needsReview(f)) {
      review++;
      if (!f.baseline) gateReview[f.severity]++;
    } else {
      open[f.severity]++;
      if (!f.baseline) gate[f.severity]++;
    }
  }
  return { open, gate, gateReview, waived, needsReview: review, baseline };
}

/** The gate over documents' tallies: unaccepted findings outside the baseline (and, unless failOnReview, not needing review). */
function tallyGateFails(tallies: readonly FindingTally[], failOn: FailOn, maxWarnings: number | undefined, failOnReview: boolean): boolean {
  const counting = noCounts();
  for (const t of tallies) {
    for (const sev of Object.keys(counting) as Severity[]) counting[sev] += t.gate[sev] + (failOnReview ? t.gateReview[sev] : 0);
  }
  if (maxWarnings !== undefined && counting.warning > maxWarnings) return true;
  if (failOn === 'never') return false;
  const min = SEVERITY_RANK[failOn];
  return (Object.keys(counting) as Severity[]).some((sev) => counting[sev] > 0 && SEVERITY_RANK[sev] >= min);
}

export function gateFails(findings: readonly Finding[], failOn: FailOn, maxWarnings?: number, failOnReview = false): boolean {
  return tallyGateFails([tallyFindings(findings)], failOn, maxWarnings, failOnReview);
}

export function summarize(documents: readonly DocumentReport[], failOn: FailOn, maxWarnings?: number, failOnReview = false): RunSummary {
  // A document rendered ahead on a worker thread carries its tally, not its findings.
  const tallies = documents.map((d) => renderedTally(d) ?? tallyFindings(d.findings));
  const bySeverity = noCounts();
  let waived = 0;
  let review = 0;
  let baseline = 0;
  for (const t of tallies) {
    for (const sev of Object.keys(bySeverity) as Severity[]) bySeverity[sev] += t.open[sev];
    waived += t.waived;
    review += t.needsReview;
    baseline += t.baseline;
  }
  return {
    documents: documents.length, findings: bySeverity, waived, needsReview: review,
    ...(baseline ? { baseline } : {}),
    gate: tallyGateFails(tallies, failOn, maxWarnings, failOnReview) ? 'fail' : 'pass',
  };
}

/** Marks each finding whose confidence is below its document's threshold `needs-review` (and only those). */
function applyReview(documents: readonly DocumentReport[], threshold: number, perPath: ReadonlyMap<string, number> | undefined): DocumentReport[] {
  return documents.map((d) => {
    const limit = perPath?.get(d.path) ?? threshold;
    // A document rendered ahead was marked on its worker thread, with the threshold it was sent (its settings').
    checkRendered(d, limit);
    return {
      ...d,
      findings: d.findings.map((f) => withReviewStatus(f, limit)),
    };
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Key-sorted JSON, so the hash does not depend on insertion order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => byCodePoint(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// configHash by packs array (packs are immutable) and the canonical text of the other settings: the API's check()
// builds a report per call, and the canonical text of every rule of the packs costs more than the rest of it.
// Kept per packs array while it holds the same packs (memoByMembers).
// At most 32 settings per packs array: settings that vary call after call (baselines) are not all kept.
const settingsHashes = memoByMembers((_packs: readonly PackMeta[]) => new CappedCache<string, string>(32));

/** sha256 of the canonical effective configuration: the settings, the packs and the severity of every rule. */
function configHash(packs: readonly PackMeta[], packInfo: ReadonlyArray<{ id: string; version: string }>, settings: Record<string, unknown>): string {
  return settingsHashes(packs).get(canonical(settings), () => {
    const rules = ruleInfos(packs).map((r) => `${r.id}:${r.severity}`);
    return sha256(canonical({ ...settings, packs: packInfo, rules }));
  });
}

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Documents already checked -> the run report: waivers, baseline, summary and what the run used. */
export function buildReport(documents: readonly DocumentReport[], packs: readonly PackMeta[], options: ReportOptions = {}): RunReport {
  const failOn = options.failOn ?? 'error';
  const reviewThreshold = options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const failOnReview = options.failOnReview ?? false;
  let docs = applyReview(documents, reviewThreshold, options.reviewThresholds);
  let notices: WaiverNotice[] = [];
  if ((options.baseline || options.waivers) && docs.some((d) => renderedTally(d) !== undefined)) {
    // They change findings, and such a document's text was made from its findings as its worker thread had them.
    throw new Error('a document rendered ahead (renderDocument) cannot take waivers or a baseline');
  }
  if (options.baseline) {
    const base = options.baseline;
    docs = docs.map((d) => ({ ...d, findings: d.findings.map((f) => (f.fingerprint && base.has(f.fingerprint) ? { ...f, baseline: true } : f)) }));
  }
  if (options.waivers) ({ documents: docs, notices } = applyWaivers(docs, options.waivers, options.today ?? utcToday(), new Set(packs.flatMap((p) => p.rules.map((r) => r.id)))));
  const packInfo = packs.map((p) => ({ id: p.id, version: p.version }));
  const settings = {
    failOn, maxWarnings: options.maxWarnings, reviewThreshold, failOnReview,
    reviewThresholds: options.reviewThresholds ? [...options.reviewThresholds].sort(([a], [b]) => byCodePoint(a, b)) : undefined,
    waivers: options.waivers, baseline: options.baseline ? [...options.baseline].sort() : undefined,
    inputs: options.configInputs,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    run: { packs: packInfo, configHash: configHash(packs, packInfo, settings), reviewThreshold, failOnReview },
    documents: docs,
    ...(options.waivers ? { waivers: notices } : {}),
    ...(options.unchecked?.length ? { unchecked: options.unchecked } : {}),
    summary: summarize(docs, failOn, options.maxWarnings, failOnReview),
  };
}
