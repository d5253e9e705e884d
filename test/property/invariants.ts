// The structural promises of the clause tree, tags, facts and report, checked independently of the code
// that makes them. Each check throws an Error that says which clause broke which promise.
import type { ClauseNode, ClauseReport, DocumentReport, RunReport } from '../../src/index.js';
import type { Analysis } from '../../src/analysis.js';

/**
 * 1-based line and column of each offset, recomputed here in one pass (\n, \r\n and a lone \r each end a
 * line); one pass keeps the 10,000-heading case linear.
 */
function lineColumns(text: string, offsets: readonly number[]): Map<number, { line: number; column: number }> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, { line: number; column: number }>();
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of sorted) {
    for (; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    out.set(offset, { line, column: offset - lineStart + 1 });
  }
  return out;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);
const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();

function fail(c: { id: string }, what: string): never {
  throw new Error(`clause ${c.id}: ${what}`);
}

export function checkTree(text: string, a: Analysis): void {
  const { tree } = a;
  // tree.clauses is the pre-order traversal of tree.children, the very same nodes.
  const preorder: ClauseNode[] = [];
  const walk = (nodes: readonly ClauseNode[]): void => {
    for (const n of nodes) {
      preorder.push(n);
      walk(n.children);
    }
  };
  walk(tree.children);
  if (preorder.length !== tree.clauses.length) throw new Error(`tree.clauses has ${tree.clauses.length} nodes, the tree ${preorder.length}`);
  preorder.forEach((n, i) => {
    if (tree.clauses[i] !== n) fail(n, `tree.clauses[${i}] is ${tree.clauses[i]?.id}, pre-order is ${n.id}`);
  });

  // The stages read a Markdown source with its backslash escapes read in place (analysis.ts readableSource): the
  // reading keeps the file's length and line breaks, so spans and positions are the file's, and a clause's number and
  // heading are the reading's ("2\.1" is read "2.1 ", "# \*" has the heading "*").
  const reading = a.source.text;
  if (reading.length !== text.length) throw new Error(`the reading has ${reading.length} characters, the file ${text.length}`);
  for (let i = 0; i < text.length; i++) {
    const [w, r] = [text.charCodeAt(i), reading.charCodeAt(i)];
    if ((w === 10 || w === 13 || r === 10 || r === 13) && w !== r) throw new Error(`the reading breaks lines differently at ${i}`);
  }
  const points = lineColumns(text, preorder.flatMap((c) => [c.start, c.end]));
  const ids = new Set<string>();
  let previousStart = -1;
  preorder.forEach((c, i) => {
    if (ids.has(c.id)) fail(c, 'duplicate id');
    ids.add(c.id);
    if (c.id !== `c${i + 1}`) fail(c, `id should be c${i + 1} (document order)`);
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && Number.isInteger(c.bodyEnd))) fail(c, 'non-integer offsets');
    if (!(c.start >= 0 && c.start < c.end && c.end <= text.length)) fail(c, `span [${c.start}, ${c.end}) not inside [0, ${text.length}] or empty`);
    if (!(c.start <= c.bodyEnd && c.bodyEnd <= c.end)) fail(c, `bodyEnd ${c.bodyEnd} outside [${c.start}, ${c.end}]`);
    if (c.start < previousStart) fail(c, `starts at ${c.start}, before the previous clause (${previousStart})`);
    previousStart = c.start;
    // The slice is the clause: it starts and ends on visible text, and holds its number and heading as written.
    const slice = text.slice(c.start, c.end);
    if (isSpace(slice[0]) || isSpace(slice.at(-1))) fail(c, `span starts or ends with whitespace: ${JSON.stringify(slice.slice(0, 40))}…`);
    const own = reading.slice(c.start, c.bodyEnd);
    // (A Markdown list item that repeats its list's first number is numbered as the list renders, "1." x3 as 1, 2, 3: it
    // opens with a written number of its own.)
    const rendered = a.source.format === 'markdown' && c.number !== null && /^\d{1,9}\)?$/.test(c.number) && /^\s*\d{1,9}[.)]/.test(own);
    if (c.number !== null && !own.includes(c.number) && !rendered) fail(c, `number ${JSON.stringify(c.number)} is not in its text ${JSON.stringify(own.slice(0, 80))}`);
    if (c.heading !== null && !squash(own).includes(squash(c.heading))) fail(c, `heading ${JSON.stringify(c.heading)} is not in its text ${JSON.stringify(own.slice(0, 80))}`);
    // Positions agree with offsets.
    const s = points.get(c.start);
    const e = points.get(c.end);
    if (c.position.start.offset !== c.start || c.position.end.offset !== c.end) fail(c, 'position offsets differ from start/end');
    if (c.position.start.line !== s?.line || c.position.start.column !== s?.column) fail(c, `start position ${c.position.start.line}:${c.position.start.column}, expected ${s?.line}:${s?.column}`);
    if (c.position.end.line !== e?.line || c.position.end.column !== e?.column) fail(c, `end position ${c.position.end.line}:${c.position.end.column}, expected ${e?.line}:${e?.column}`);
  });

  const checkLevel = (nodes: readonly ClauseNode[], parent: ClauseNode | null): void => {
    nodes.forEach((n, i) => {
      if (n.parentId !== (parent?.id ?? null)) fail(n, `parentId ${n.parentId}, expected ${parent?.id ?? null}`);
      if (n.depth !== (parent ? parent.depth + 1 : 1)) fail(n, `depth ${n.depth}, expected ${parent ? parent.depth + 1 : 1}`);
      if (parent && (n.start < parent.bodyEnd || n.end > parent.end)) fail(n, `[${n.start}, ${n.end}) not inside the children area [${parent.bodyEnd}, ${parent.end}) of ${parent.id}`);
      const next = nodes[i + 1];
      if (next && n.end > next.start) fail(n, `overlaps its next sibling ${next.id} (${n.end} > ${next.start})`);
      checkLevel(n.children, n);
    });
    // A parent's own body ends where its first child starts (model/clause.ts).
    if (parent && nodes[0] && parent.bodyEnd !== nodes[0].start) fail(parent, `bodyEnd ${parent.bodyEnd}, first child starts at ${nodes[0].start}`);
    if (parent && nodes.length === 0 && parent.bodyEnd !== parent.end) fail(parent, `leaf with bodyEnd ${parent.bodyEnd} != end ${parent.end}`);
  };
  checkLevel(tree.children, null);
}

export function checkTags(a: Analysis): void {
  const ids = new Set(a.tree.clauses.map((c) => c.id));
  for (const [id, tags] of a.tags) {
    if (!ids.has(id)) throw new Error(`tags for unknown clause ${id}`);
    const seen = new Set<string>();
    for (const t of tags) {
      if (!/^[a-z][a-z0-9-]*$/.test(t.type)) throw new Error(`clause ${id}: tag type ${JSON.stringify(t.type)} is not an id`);
      if (seen.has(t.type)) throw new Error(`clause ${id}: tag ${t.type} twice`);
      seen.add(t.type);
      if (!(Number.isFinite(t.confidence) && t.confidence >= 0 && t.confidence <= 1)) throw new Error(`clause ${id}: confidence ${t.confidence} of ${t.type}`);
      if (!Array.isArray(t.cues) || t.cues.some((q) => typeof q !== 'string')) throw new Error(`clause ${id}: cues of ${t.type} are not strings`);
    }
  }
}

export function checkFacts(text: string, a: Analysis): void {
  const ids = new Set(a.tree.clauses.map((c) => c.id));
  const { facts } = a;
  for (const d of facts.definitions) {
    if (!(d.start >= 0 && d.start <= d.end && d.end <= text.length)) throw new Error(`definition ${JSON.stringify(d.term)}: span [${d.start}, ${d.end}) out of bounds`);
    if (d.clauseId !== null && !ids.has(d.clauseId)) throw new Error(`definition ${JSON.stringify(d.term)}: unknown clause ${d.clauseId}`);
    if (d.term.trim() === '') throw new Error('definition with an empty term');
  }
  for (const g of facts.grants) if (!ids.has(g.clauseId)) throw new Error(`grant in unknown clause ${g.clauseId}`);
  for (const [id, attrs] of facts.attributes) {
    if (!ids.has(id)) throw new Error(`attributes for unknown clause ${id}`);
    for (const m of attrs.money) if (!Number.isFinite(m.amount)) throw new Error(`clause ${id}: money ${m.text} -> ${m.amount}`);
    for (const p of attrs.percentages) if (!Number.isFinite(p.value)) throw new Error(`clause ${id}: percentage ${p.text} -> ${p.value}`);
    for (const d of attrs.durations) if (!(Number.isFinite(d.days) && d.days >= 0)) throw new Error(`clause ${id}: duration ${d.text} -> ${d.days}`);
    for (const r of attrs.crossReferences) if (r.targetId !== null && !ids.has(r.targetId)) throw new Error(`clause ${id}: cross-reference ${r.text} to unknown ${r.targetId}`);
  }
}

export function checkDocumentReport(text: string, doc: DocumentReport): void {
  const byId = new Map<string, ClauseReport>(doc.clauses.map((c) => [c.id, c]));
  const points = lineColumns(text, [...doc.clauses.map((c) => c.start), ...doc.findings.map((f) => f.start)]);
  for (const c of doc.clauses) {
    const lc = points.get(c.start) as { line: number; column: number };
    if (c.line !== lc.line || c.column !== lc.column) throw new Error(`report clause ${c.id}: line:column ${c.line}:${c.column}, expected ${lc.line}:${lc.column}`);
  }
  let previous = -1;
  for (const f of doc.findings) {
    const where = `finding ${f.ruleId}@${f.start}`;
    if (!f.ruleId || !f.pack || !f.message) throw new Error(`${where}: ruleId, pack and message must be non-empty`);
    if (!['error', 'warning', 'info'].includes(f.severity)) throw new Error(`${where}: severity ${f.severity}`);
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) throw new Error(`${where}: span [${f.start}, ${f.end}) out of [0, ${text.length}]`);
    if (f.clauseId === null ? doc.clauses.length > 0 : !byId.has(f.clauseId)) throw new Error(`${where}: clauseId ${f.clauseId} (document has ${doc.clauses.length} clauses)`);
    const lc = points.get(f.start) as { line: number; column: number };
    if (f.line !== lc.line || f.column !== lc.column) throw new Error(`${where}: line:column ${f.line}:${f.column}, expected ${lc.line}:${lc.column}`);
    if (f.start < previous) throw new Error(`${where}: findings are not sorted by offset`);
    previous = f.start;
  }
}

export function checkRunReport(texts: readonly string[], report: RunReport): void {
  if (report.documents.length !== texts.length) throw new Error(`${report.documents.length} documents for ${texts.length} inputs`);
  report.documents.forEach((d, i) => checkDocumentReport(texts[i] as string, d));
  const counts = { error: 0, warning: 0, info: 0 };
  let waived = 0;
  let needsReview = 0;
  const threshold = report.run?.reviewThreshold ?? 0;
  for (const f of report.documents.flatMap((d) => d.findings)) {
    // Exactly the findings less confident than the review threshold need review; they are counted apart.
    if ((f.status === 'needs-review') !== (f.confidence !== undefined && f.confidence < threshold)) {
      throw new Error(`finding ${f.ruleId}@${f.start}: status ${f.status ?? 'none'} with confidence ${f.confidence ?? 'none'} and review threshold ${threshold}`);
    }
    if (f.confidence !== undefined && !(f.confidence >= 0 && f.confidence <= 1)) throw new Error(`finding ${f.ruleId}@${f.start}: confidence ${f.confidence}`);
    if (f.waived) waived++;
    else if (f.status === 'needs-review') needsReview++;
    else counts[f.severity]++;
  }
  const s = report.summary;
  if (s.documents !== texts.length || s.waived !== waived || s.needsReview !== needsReview || s.findings.error !== counts.error || s.findings.warning !== counts.warning || s.findings.info !== counts.info) {
    throw new Error(`summary ${JSON.stringify(s)} does not count the findings ${JSON.stringify({ ...counts, waived, needsReview })}`);
  }
}
