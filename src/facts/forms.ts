// Forms the agreement attaches: the schedules (or titled parts) its body says a later instrument takes the form of.
// Their blanks are the instrument's, filled when it is issued or signed ("a written amendment in the form of the
// 'Amendment to Appendix A', attached hereto"; "a performance policy ... governed by the General Clauses indicated in
// Annex 3"), not points the agreement left open.
import type { ClauseNode, ClauseTree } from '../model/index.js';

/** A part of the document that is a form: from its heading to the end of its schedule; offsets into the text. */
export interface AttachedForm {
  /** How the body names it: "Exhibit C", "Amendment to Appendix A". */
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

const ATTACHMENT = String.raw`(?:exhibit|schedule|annex(?:ure)?|appendix|attachment)`;
const LABEL = String.raw`([a-z0-9]{1,3}(?:[.-][a-z0-9]{1,3})?)\b`;
/**
 * The body's words for a form: "in (substantially) the form of / attached as / set out in ... Exhibit C", "the form
 * attached hereto as Schedule 4", "in the form of the "Amendment to Appendix A"" (group 1 the attachment, 2 its label,
 * 3 a quoted title); bounded gaps within one sentence.
 */
const FORM_OF = new RegExp(
  String.raw`\b(?:in\s+(?:substantially\s+)?(?:the\s+)?form(?:at)?|form(?:at)?\s+(?:attached|annexed|appended|set\s+(?:out|forth)|contained|shown))\b[^.;\n]{0,60}?(?:\b(${ATTACHMENT})\s+${LABEL}|["“]([^"”\n]{4,80})["”])`,
  'gi',
);
/**
 * An instrument issued under the agreement whose terms a schedule gives: "a performance policy ... governed by the
 * General Clauses of ECOPETROL indicated in Annex 3", "a letter of credit in accordance with Schedule 5".
 */
const INSTRUMENT_PER = new RegExp(
  String.raw`\b(?:(?:insurance|performance|surety)\s+polic(?:y|ies)|letters?\s+of\s+credit|(?:bank|parent\s+company|performance)\s+guarantees?|(?:performance|surety)\s+bonds?|guarantees?|certificates?)\b[^.;\n]{0,160}?\b(?:governed\s+by|in\s+accordance\s+with|conforming\s+to|as\s+(?:set\s+(?:out|forth)|indicated|provided)\s+in)\b[^.;\n]{0,60}?\b(${ATTACHMENT})\s+${LABEL}`,
  'gi',
);

const norm = (s: string): string => s.toLowerCase().replace(/[\s_*#]+/g, ' ').trim();

/** The clause's own heading line as one string: "EXHIBIT C", "ANNEX 3 INSURANCE ... POLICY", "AMENDMENT TO APPENDIX A". */
const headingOf = (c: ClauseNode): string => norm(`${c.number ?? ''} ${c.heading ?? ''}`);

/**
 * The forms the agreement attaches, in document order, overlapping parts merged. A schedule named by an attachment and
 * label ("Exhibit C") is a form from its start to its end; a titled part ("Amendment to Appendix A") inside a schedule
 * from its heading to the end of that schedule. A name that no schedule heading carries is no form here: its blanks
 * stay reported.
 */
export function findAttachedForms(text: string, tree: ClauseTree): AttachedForm[] {
  // A form is a schedule or a part of one: no schedule, no form (and no scan of the text for the body's words).
  if (!tree.clauses.some((c) => c.kind === 'schedule')) return [];
  const named: { attachment: string | null; label: string }[] = [];
  for (const re of [FORM_OF, INSTRUMENT_PER]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[1] !== undefined && m[2] !== undefined) named.push({ attachment: m[1].toLowerCase().replace(/ure$/, ''), label: m[2].toLowerCase() });
      else if (m[3] !== undefined) named.push({ attachment: null, label: norm(m[3]) });
    }
  }
  if (named.length === 0) return [];
  const clauses = tree.clauses;
  const byId = new Map<string, ClauseNode>();
  for (const c of clauses) byId.set(c.id, c);
  const scheduleOf = (c: ClauseNode): ClauseNode | undefined => {
    for (let a: ClauseNode | undefined = c; a !== undefined; a = a.parentId === null ? undefined : byId.get(a.parentId)) if (a.kind === 'schedule') return a;
    return undefined;
  };
  const parts: AttachedForm[] = [];
  for (const n of named) {
    // The last part so headed: a list of schedules or a table of contents comes before the schedules themselves.
    let found: AttachedForm | null = null;
    for (const c of clauses) {
      const h = headingOf(c);
      if (n.attachment !== null) {
        if (c.kind !== 'schedule') continue;
        const m = /^(exhibit|schedule|annex(?:ure)?|appendix|attachment)\s+no\.?\s*([a-z0-9.-]+)|^(exhibit|schedule|annex(?:ure)?|appendix|attachment)\s+([a-z0-9.-]+)/.exec(h);
        const kind = (m?.[1] ?? m?.[3])?.replace(/ure$/, '');
        const label = (m?.[2] ?? m?.[4])?.replace(/[.:-]+$/, '');
        if (kind === n.attachment && label === n.label) found = { label: `${n.attachment} ${n.label}`, start: c.start, end: c.end };
      } else if (h === n.label || (c.heading !== null && norm(c.heading) === n.label)) {
        const s = scheduleOf(c);
        if (s !== undefined) found = { label: n.label, start: c.start, end: s.end };
      }
    }
    if (found !== null) parts.push(found);
  }
  parts.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: AttachedForm[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && p.start < last.end) {
      if (p.end > last.end) out[out.length - 1] = { ...last, end: p.end };
    } else out.push(p);
  }
  return out;
}
