// Per-document values behind the rule facts of catalogue.ts. Pure: reads the Analysis, never
// mutates it. Every value is computed lazily and cached, once per document.
import type { ClauseNode, DocumentKind, GrantRecord, Party, Tag } from '../model/index.js';
import type { Analysis } from '../analysis.js';
import type { ClauseQuery } from './query.js';

/** A clause a fact selected, with the words that selected it. */
export interface ClauseMatch {
  readonly clauseId: string;
  /** Offsets of the evidence in the source text. */
  readonly start: number;
  readonly end: number;
  readonly evidence: string;
  readonly detail?: string;
  /** The confidence of the tag the match rests on, when only a tag selected it. */
  readonly confidence?: number;
  /** Confidence of the query type the clause carries, if any (anchors prefer the most confident). */
  readonly typeConfidence?: number;
}

/** Where the clause's heading ends in its text (0 without one): evidence prefers words after it. */
export function headingEnd(body: string, c: ClauseNode): number {
  if (!c.heading) return 0;
  const at = body.indexOf(c.heading);
  return at >= 0 && at < 40 ? at + c.heading.length : 0;
}

/** First match of `re` after the heading, else anywhere (a heading alone makes poor evidence). */
function execPreferBody(re: RegExp, body: string, from: number): RegExpExecArray | null {
  if (from > 0) {
    const m = re.exec(body.slice(from));
    if (m) {
      m.index += from;
      return m;
    }
  }
  return re.exec(body);
}

const regexCache = new Map<string, RegExp>();
/** Pack patterns are case-insensitive; compiled once per process. */
export function compile(src: string): RegExp {
  let re = regexCache.get(src);
  if (!re) {
    re = new RegExp(src, 'i');
    regexCache.set(src, re);
  }
  return re;
}
const list = (v: string | readonly string[] | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);

const EXCERPT_MAX = 220;

/** The sentence around [from, to) of `text` (offsets relative to `base`), squashed and capped. */
export function excerpt(text: string, from: number, to: number, base: number): { start: number; end: number; evidence: string } {
  let s = from;
  const minS = Math.max(0, from - 160);
  while (s > minS && !/[.;:!?]\s/.test(text.slice(s - 2, s)) && !/\n\s*\n/.test(text.slice(s - 2, s))) s--;
  let e = to;
  const maxE = Math.min(text.length, to + 160);
  while (e < maxE && !/[.;!?](\s|$)/.test(text.slice(e, e + 2)) && !/\n\s*\n/.test(text.slice(e, e + 2))) e++;
  if (e < text.length && /[.;!?]/.test(text[e] ?? '')) e++;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  let evidence = text.slice(s, e).replace(/\s+/g, ' ').trim();
  if (evidence.length > EXCERPT_MAX) {
    // Keep the trigger visible: centre the cap on it.
    const rel = Math.max(0, from - s - 60);
    evidence = `${rel > 0 ? '…' : ''}${evidence.slice(rel, rel + EXCERPT_MAX).trim()}…`;
  }
  return { start: base + s, end: base + e, evidence };
}

const MUTUAL = String.raw`(?:either|each|both|any|neither|a) part(?:y|ies)|each of the parties|the parties|the non-?(?:breaching|defaulting) party|either of them`;
const MODAL = String.raw`\s*(?:,[^,.;]{0,80},\s*)?(?:hereby|also|may|shall|will|can|agrees?|is entitled|has the right|have the right|reserves|undertakes?)\b`;
const ROLE_WORDS = ['Licensor', 'Licensee'];
const NOT_PARTY = /^(agreement|effective date|parties|party|affiliates?|territory|field|term|licensed patents?)$/i;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class DocumentContext {
  readonly text: string;
  private readonly byId = new Map<string, ClauseNode>();
  private readonly queryCache = new Map<string, ClauseMatch[]>();
  private memo = new Map<string, unknown>();

  constructor(
    readonly analysis: Analysis,
    readonly kind: DocumentKind = analysis.facts.kind,
  ) {
    this.text = analysis.source.text;
    for (const c of analysis.tree.clauses) this.byId.set(c.id, c);
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  clause(id: string): ClauseNode | undefined {
    return this.byId.get(id);
  }

  tags(c: ClauseNode): readonly Tag[] {
    return this.analysis.tags.get(c.id) ?? [];
  }

  hasType(type: string, minConfidence = 0.5): boolean {
    return this.analysis.tree.clauses.some((c) => this.tags(c).some((t) => t.type === type && t.confidence >= minConfidence));
  }

  /** The clauses a query selects, in document order, each with its evidence. */
  query(q: ClauseQuery): ClauseMatch[] {
    const key = JSON.stringify(q);
    const hit = this.queryCache.get(key);
    if (hit) return hit;
    const out: ClauseMatch[] = [];
    const minConf = q.minConfidence ?? 0.5;
    const textRe = q.text === undefined ? null : compile(q.text);
    const headingRe = q.heading === undefined ? null : compile(q.heading);
    const required = list(q.require).map(compile);
    const excluded = list(q.exclude).map(compile);
    for (const c of this.analysis.tree.clauses) {
      const end = q.within === 'subtree' ? c.end : c.bodyEnd;
      const body = this.text.slice(c.start, end);
      const tag = q.types ? this.tags(c).find((t) => q.types?.includes(t.type) && t.confidence >= minConf) : undefined;
      const headEnd = headingEnd(body, c);
      const textHit = textRe ? execPreferBody(textRe, body, headEnd) : null;
      const headingHit = headingRe !== null && c.heading !== null && headingRe.test(c.heading);
      if (!tag && !textHit && !headingHit) continue;
      let trigger: RegExpExecArray | null = null;
      let ok = true;
      for (const re of required) {
        const m = execPreferBody(re, body, headEnd);
        if (!m) {
          ok = false;
          break;
        }
        trigger ??= m;
      }
      if (!ok || excluded.some((re) => re.test(body))) continue;
      trigger ??= textHit;
      if (trigger) {
        out.push({ clauseId: c.id, ...excerpt(body, trigger.index, trigger.index + trigger[0].length, c.start), ...(tag ? { typeConfidence: tag.confidence } : {}) });
      } else {
        // Selected by tag or heading alone: show the clause's opening words.
        const ex = excerpt(body, 0, 0, c.start);
        const cues = tag && !headingHit ? ` [tagged ${tag.type}${tag.cues.length ? `: ${tag.cues.slice(0, 3).join(', ')}` : ''}]` : '';
        out.push({ clauseId: c.id, ...ex, evidence: `${ex.evidence}${cues}`, ...(tag ? { typeConfidence: tag.confidence } : {}), ...(tag && !headingHit ? { confidence: tag.confidence } : {}) });
      }
    }
    this.queryCache.set(key, out);
    return out;
  }

  /** Defined terms matching `term`: the facts stage's definitions plus "X" means ... in the text. */
  definitions(term: string): ClauseMatch[] {
    return this.once(`def:${term}`, () => {
      const re = compile(`^(?:${term})$`);
      const out: ClauseMatch[] = [];
      const seen = new Set<number>();
      for (const d of this.analysis.facts.definitions) {
        if (!re.test(d.term.trim())) continue;
        seen.add(d.start);
        out.push({ clauseId: d.clauseId ?? this.clauseAt(d.start)?.id ?? '', start: d.start, end: d.end, evidence: `"${d.term}" defined` });
      }
      for (const m of this.textDefinitions()) {
        if (!re.test(m.term) || seen.has(m.start)) continue;
        out.push({ clauseId: this.clauseAt(m.start)?.id ?? '', start: m.start, end: m.end, evidence: `"${m.term}" defined` });
      }
      return out.filter((m) => m.clauseId !== '').sort((a, b) => a.start - b.start);
    });
  }

  private textDefinitions(): { term: string; start: number; end: number }[] {
    return this.once('textDefs', () => {
      // "Term" means ... (optionally in bold), or an inline (..., the "Term") definition.
      const re = /[*_]*["“]([A-Z][^"”\n]{0,60})["”][*_]*\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall mean|has the meaning|have the meaning|shall have the meaning|refers to|includes)\b|\((?:[^()"“”\n]{0,80}?[\s,;])?(?:the\s+|each\s+(?:an?\s+)?|collectively\s+)?["“]([A-Z][^"”\n]{0,60})["”]\)/g;
      const out: { term: string; start: number; end: number }[] = [];
      for (const m of this.text.matchAll(re)) {
        const term = (m[1] ?? m[2] ?? '').trim();
        if (term) out.push({ term, start: m.index, end: m.index + m[0].length });
      }
      return out;
    });
  }

  /** The innermost clause containing an offset (clauses are in pre-order, so the last start <= offset wins). */
  clauseAt(offset: number): ClauseNode | undefined {
    let found: ClauseNode | undefined;
    for (const c of this.analysis.tree.clauses) {
      if (c.start > offset) break;
      if (offset < c.end) found = c;
    }
    return found;
  }

  /** Canonical party name per lower-cased alias (party names, aliases, role words, preamble aliases). */
  private partyAliases(): Map<string, string> {
    return this.once('aliases', () => {
      const map = new Map<string, string>();
      const parties: readonly Party[] = this.analysis.facts.parties;
      for (const p of parties) {
        map.set(p.name.toLowerCase(), p.name);
        for (const a of p.aliases) map.set(a.toLowerCase(), p.name);
      }
      if (parties.length === 0) {
        // Facts found no parties: read the quoted aliases of the preamble ("Alpha") ourselves.
        const head = this.text.slice(0, 4000);
        for (const m of head.matchAll(/\((?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?["“]([A-Z][A-Za-z0-9&.\- ]{1,40})["”]\)/g)) {
          const alias = (m[1] ?? '').trim();
          if (!NOT_PARTY.test(alias)) map.set(alias.toLowerCase(), alias);
        }
      }
      for (const r of ROLE_WORDS) if (!map.has(r.toLowerCase())) map.set(r.toLowerCase(), r);
      return map;
    });
  }

  /** A party's short name for messages: its first alias ("Alpha"), else its name. */
  private display(name: string): string {
    return this.once(`display:${name}`, () => this.analysis.facts.parties.find((p) => p.name === name)?.aliases[0] ?? name);
  }

  private subjectRegexes(): { active: RegExp; passive: RegExp } {
    return this.once('subjectRe', () => {
      const names = [...this.partyAliases().keys()].sort((a, b) => b.length - a.length).map(escapeRe);
      const who = `(${MUTUAL}|${names.join('|')})`;
      return { active: new RegExp(`\\b${who}\\b(?=${MODAL})`, 'gi'), passive: new RegExp(`^\\w*\\s+by\\s+(?:the\\s+)?${who}\\b`, 'i') };
    });
  }

  /** The party performing the act that starts at `at` in `body`: "mutual", a canonical name, or null. */
  private subjectOf(body: string, at: number, actLength: number): string | null {
    const { active, passive } = this.subjectRegexes();
    const after = passive.exec(body.slice(at + actLength, at + actLength + 80));
    const fromWho = (w: string): string => (new RegExp(`^(?:${MUTUAL})$`, 'i').test(w) ? 'mutual' : (this.partyAliases().get(w.toLowerCase()) ?? w));
    if (after?.[1]) return fromWho(after[1]);
    let from = at;
    const min = Math.max(0, at - 240);
    while (from > min && !/[.;]\s/.test(body.slice(from - 2, from))) from--;
    const prefix = body.slice(from, at);
    let last: string | null = null;
    active.lastIndex = 0;
    for (const m of prefix.matchAll(active)) last = m[1] ?? null;
    return last === null ? null : fromWho(last);
  }

  /** Clauses where one single party (never "either party") performs `act`; empty when mutual or unclear. */
  oneSided(q: ClauseQuery, act: string): ClauseMatch[] {
    return this.once(`oneSided:${JSON.stringify(q)}:${act}`, () => {
      const actRe = new RegExp(compile(act).source, 'gi');
      const subjects = new Set<string>();
      const hits: { match: ClauseMatch; subject: string; inHeading: boolean }[] = [];
      for (const m of this.query(q)) {
        const c = this.byId.get(m.clauseId);
        if (!c) continue;
        const end = q.within === 'subtree' ? c.end : c.bodyEnd;
        const body = this.text.slice(c.start, end);
        const headEnd = headingEnd(body, c);
        for (const a of body.matchAll(actRe)) {
          const subject = this.subjectOf(body, a.index, a[0].length);
          if (subject === null) continue;
          subjects.add(subject);
          hits.push({ subject, inHeading: a.index < headEnd, match: { clauseId: c.id, ...excerpt(body, a.index, a.index + a[0].length, c.start) } });
        }
      }
      if (subjects.has('mutual') || subjects.size !== 1) return [];
      const seen = new Set<string>();
      const out: ClauseMatch[] = [];
      // Per clause, the first act in the body (not the heading) is the evidence.
      hits.sort((x, y) => (x.match.clauseId === y.match.clauseId ? Number(x.inHeading) - Number(y.inHeading) : 0));
      for (const h of hits) {
        if (seen.has(h.match.clauseId)) continue;
        seen.add(h.match.clauseId);
        out.push({ ...h.match, detail: `only ${this.display(h.subject)}` });
      }
      return out;
    });
  }

  /** True when the facts stage says cross-license, or the title/opening words call it one. */
  crossLicense(): boolean {
    return this.once('xl', () => this.kind === 'cross-license' || (this.kind !== 'license' && /cross[- ]?licen[cs]e/i.test(this.text.slice(0, 600))));
  }

  private canonical(who: string | null): string | null {
    if (who === null) return null;
    const w = who.trim().replace(/^the\s+/i, '');
    if (new RegExp(`^(?:${MUTUAL})$`, 'i').test(w)) return 'mutual';
    return this.partyAliases().get(w.toLowerCase()) ?? w;
  }

  /** Grant records by direction; a grant by "each party" counts for every direction. */
  grantDirections(): { grants: number; directions: number; mutual: boolean; summary: string; missing: string | null; byDirection: Map<string, GrantRecord[]> } {
    return this.once('grantDirections', () => {
      const grants = this.analysis.facts.grants;
      const byDirection = new Map<string, GrantRecord[]>();
      let mutual = false;
      for (const g of grants) {
        const from = this.canonical(g.grantor);
        if (from === 'mutual' || /\beach\b|\beither\b/i.test(g.grantor ?? '')) {
          mutual = true;
          continue;
        }
        const to = this.canonical(g.grantee);
        const key = `${from === null ? '?' : this.display(from)} → ${to === null ? '?' : this.display(to)}`;
        byDirection.set(key, [...(byDirection.get(key) ?? []), g]);
      }
      const keys = [...byDirection.keys()].sort();
      const directions = mutual ? Math.max(2, keys.length) : keys.length;
      let missing: string | null = null;
      if (!mutual && keys.length === 1) {
        const [from, to] = (keys[0] as string).split(' → ');
        missing = `${to} → ${from}`;
      }
      const summary = mutual ? 'a mutual grant by each party' : keys.length ? keys.join('; ') : 'no grant found';
      return { grants: grants.length, directions, mutual, summary, missing, byDirection };
    });
  }

  /** The first grant of each of two opposite directions, compared attribute by attribute. */
  grantComparison(): { comparable: boolean; differenceCount: number; summary: string; royaltyAsymmetric: boolean; royaltySummary: string } {
    return this.once('grantComparison', () => {
      const none = { comparable: false, differenceCount: 0, summary: '', royaltyAsymmetric: false, royaltySummary: '' };
      const { byDirection } = this.grantDirections();
      const keys = [...byDirection.keys()].sort();
      let pair: [string, string] | null = null;
      for (const k of keys) {
        const [from, to] = k.split(' → ');
        const reverse = `${to} → ${from}`;
        if (from !== to && byDirection.has(reverse)) {
          pair = [k, reverse];
          break;
        }
      }
      if (!pair) return none;
      const a = (byDirection.get(pair[0]) as GrantRecord[])[0] as GrantRecord;
      const b = (byDirection.get(pair[1]) as GrantRecord[])[0] as GrantRecord;
      const show = (v: unknown): string => (v === null || v === undefined ? 'not stated' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
      const attrs: [string, keyof GrantRecord][] = [
        ['exclusivity', 'exclusivity'], ['field', 'field'], ['territory', 'territory'], ['sublicensable', 'sublicensable'],
        ['transferable', 'transferable'], ['duration', 'duration'], ['revocable', 'revocable'],
      ];
      const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase().replace(/\s+/g, ' ').trim() : v);
      const diffs = attrs
        .filter(([, k]) => norm(a[k]) !== norm(b[k]))
        .map(([name, k]) => `${name}: ${pair[0]} ${show(a[k])} | ${pair[1]} ${show(b[k])}`);
      const royaltyAsymmetric = a.royalty !== null && b.royalty !== null && a.royalty !== b.royalty;
      return {
        comparable: true,
        differenceCount: diffs.length,
        summary: diffs.join('; '),
        royaltyAsymmetric,
        royaltySummary: royaltyAsymmetric ? `${pair[0]} ${a.royalty} | ${pair[1]} ${b.royalty}` : '',
      };
    });
  }
}

/** The value of a catalogue fact for this document (params already validated at load). */
export function computeFact(ctx: DocumentContext, name: string, params: Record<string, unknown>): unknown {
  switch (name) {
    case 'clauses':
      return ctx.query(params as ClauseQuery);
    case 'definitions':
      return ctx.definitions(params['term'] as string);
    case 'oneSided':
      return ctx.oneSided(params['query'] as ClauseQuery, params['act'] as string);
    case 'hasType':
      return ctx.hasType(params['type'] as string, params['minConfidence'] as number | undefined);
    case 'documentKind':
      return ctx.kind;
    case 'crossLicense':
      return ctx.crossLicense();
    case 'parties':
      return ctx.analysis.facts.parties;
    case 'grants':
      return ctx.analysis.facts.grants;
    case 'grantDirections': {
      const { byDirection: _omit, ...plain } = ctx.grantDirections();
      return plain;
    }
    case 'grantComparison':
      return ctx.grantComparison();
    default:
      throw new Error(`fact "${name}" has no implementation`);
  }
}
