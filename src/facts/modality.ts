// Modality (obligation / permission / prohibition) with its subject party, and conditions / exceptions of a clause.
import type { Modality } from '../model/index.js';
import type { PartyIndex } from './parties.js';
import { lastAtOrBefore, sentenceStarts, squash } from './text.js';

export interface ModalityFact {
  readonly kind: Modality;
  readonly subject: string | null;
  readonly verb: string;
  readonly negated: boolean;
  readonly start: number;
}

// Longer forms first so that "shall not" wins over "shall" and "shall have the right to" over "shall". Plain English's
// contractions are modals too: "won't", "can't" forbid, "you'll" binds.
const MODAL = new RegExp(
  String.raw`\b(?:(in\s+no\s+event\s+(?:shall|will|may)|under\s+no\s+circumstances?\s+(?:shall|will|may))` +
    String.raw`|((?:shall|will|must|may|need|do(?:es)?)\s+not\s+(?:be\s+)?(?:required|obligated|obliged)\s+to|(?:is|are)\s+not\s+(?:required|obligated|obliged)\s+to|(?:shall|will)\s+have\s+no\s+(?:obligation|duty)\s+to|(?:has|have)\s+no\s+(?:obligation|duty)\s+to|need\s+not)` +
    String.raw`|(shall\s+not|will\s+not|must\s+not|may\s+not|cannot|can\s+not|(?:won|can|mustn|shan)['\u2019]t|(?:agrees?|undertakes?|covenants?)\s+not\s+to|(?:is|are)\s+(?:not\s+permitted|prohibited)\s+(?:to|from)|(?:shall|will)\s+(?:refrain|not\s+be\s+permitted)\s+(?:from|to))` +
    String.raw`|((?:shall|will|may)\s+(?:have|retain)\s+the\s+(?:right|option)\s+to|(?:shall|will)\s+be\s+(?:entitled|permitted|free)\s+to|(?:is|are)\s+(?:entitled|permitted|free)\s+to|(?:has|have)\s+the\s+(?:right|option)\s+to|may)` +
    String.raw`|((?:shall|will)\s+be\s+(?:required|obligated|responsible)\s+(?:to|for)|(?:is|are)\s+(?:required|obligated|obliged)\s+to|(?:hereby\s+)?(?:agrees?|undertakes?|covenants?)\s+to|shall|must|will|['\u2019]ll))\b`,
  'gi',
);
// "shall mean", "shall be deemed", "will be" used for definitions and statements of fact, not duties.
const NOT_A_DUTY = /^\s+(?:mean|means|have\s+the\s+meaning|include|be\s+deemed|be\s+construed|be\s+governed|survive|apply|be\s+effective|commence|constitute|refer)\b/i;

const SUBJECT_GROUP: Record<string, string> = { each: 'each Party', other: 'the other Party', neither: 'each Party' };

function subjectFor(parties: PartyIndex, text: string, sentenceStart: number, modalStart: number): string | null {
  const last = parties.lastWithin(Math.max(sentenceStart, modalStart - 200), modalStart);
  if (last) {
    // Only the words between the mention and the modal ("Licensee, at its own cost, shall"): no second verb clause.
    if (modalStart - last.end < 40 || !/\b(?:that|which|who|if|when|unless|until)\b/i.test(text.slice(last.end, modalStart))) {
      return last.party ?? SUBJECT_GROUP[last.group ?? ''] ?? null;
    }
  }
  // Up to three capitalised words right before the modal ("Distributor shall", "Joint Steering Committee shall").
  const words = text.slice(Math.max(sentenceStart, modalStart - 40), modalStart).trimEnd().split(/\s+/);
  let n = 0;
  while (n < 3 && n < words.length && /^[A-Z][\w&-]*$/.test(words[words.length - 1 - n] as string)) n++;
  if (n === 0) return null;
  const name = words.slice(words.length - n).join(' ').replace(/^(?:The|Such|Each|Any)\s+/, '');
  return /^(?:It|This|That|There|Agreement|Section|Notice|Payment|Nothing|No|The|Such|Each|Any)$/.test(name) ? null : name;
}

/** Every modal of text[from, to); `starts` are the sentence starts of that range (ascending). */
function subjectAfter(parties: PartyIndex, text: string, from: number): string | null {
  const mention = parties.within(from, from + 40)[0];
  if (mention && /^[\s,]*(?:the\s+)?$/.test(text.slice(from, mention.start))) return mention.party ?? SUBJECT_GROUP[mention.group ?? ''] ?? null;
  return /^\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})/.exec(text.slice(from, from + 60))?.[1] ?? null;
}

export function findModality(text: string, from: number, to: number, parties: PartyIndex, starts: readonly number[] = sentenceStarts(text, from, to)): ModalityFact[] {
  const out: ModalityFact[] = [];
  MODAL.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MODAL.exec(text)) !== null && m.index < to) {
    const at = m.index;
    const after = text.slice(at + m[0].length, at + m[0].length + 40);
    let kind: Modality;
    let negated = false;
    if (m[1]) {
      kind = 'prohibition';
      negated = true;
    } else if (m[2]) {
      kind = 'obligation';
      negated = true;
    } else if (m[3]) {
      kind = 'prohibition';
      negated = true;
    } else if (m[4]) {
      if (/^may$/i.test(m[4]) && /^\s+\d/.test(after)) continue; // the month "May 1, 2003"
      kind = 'permission';
    } else {
      if (NOT_A_DUTY.test(after)) continue;
      kind = 'obligation';
    }
    const sentenceStart = starts[lastAtOrBefore(starts, at)] ?? from;
    // "In no event shall Licensee ...": the subject follows the inverted modal.
    let subject = m[1] ? subjectAfter(parties, text, at + m[0].length) : subjectFor(parties, text, sentenceStart, at);
    // "Neither Party shall ..." binds each party.
    if (/\bneither\b/i.test(text.slice(Math.max(sentenceStart, at - 40), at))) {
      kind = 'prohibition';
      negated = true;
      subject ??= 'each Party';
    }
    const next = /^\s+(?:not\s+)?((?:be\s+)?[a-z][\w-]*)/.exec(after)?.[1];
    out.push({ kind, subject, verb: squash(m[0]) + (next ? ` ${next}` : ''), negated, start: at });
  }
  return out;
}

const CONDITION = /\b(?=[PpSsUuEeOoNnIiTtCcAa])(provided,?\s+(?:however,?\s+)?that|provided\s+further\s+that|subject\s+to|unless|except(?:\s+(?:as|that|for|to\s+the\s+extent|where|in))?|other\s+than|excluding|notwithstanding|if|in\s+the\s+event(?:\s+that|\s+of)?|to\s+the\s+extent(?:\s+that)?|on\s+condition\s+that|conditioned\s+(?:up)?on|contingent\s+(?:up)?on|only\s+if|so\s+long\s+as|as\s+long\s+as|upon\s+the\s+occurrence\s+of)\b/gi;
const EXCEPTION_CUE = /^(?:unless|except|other|excluding|notwithstanding)/i;

export interface ConditionFact {
  readonly text: string;
  readonly exception: boolean;
  readonly start: number;
}

/** Conditions and exceptions: the cue and the words up to the next comma, semicolon or full stop (at most 160 characters). */
export function findConditions(text: string, base = 0): ConditionFact[] {
  const out: ConditionFact[] = [];
  for (const m of text.matchAll(CONDITION)) {
    // "as if" is a comparison, not a condition.
    if (/^if$/i.test(m[1] as string) && /\bas\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const rest = text.slice(m.index, m.index + 200);
    const stop = /[,;.:](?:\s|$)|\n\s*\n/.exec(rest.slice(m[0].length));
    const phrase = squash(stop ? rest.slice(0, m[0].length + stop.index) : rest.slice(0, 160));
    out.push({ text: phrase, exception: EXCEPTION_CUE.test(m[1] as string), start: base + m.index });
  }
  return out;
}
