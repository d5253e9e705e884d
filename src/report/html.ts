// HTML: one self-contained page (no scripts, no external assets) for reading and printing a review.
// The agreement text is shown with each finding highlighted; findings and text link to each other and to clauses.
import { type DocumentReport, type Finding, type RunReport, type Severity } from '../model/index.js';
import type { FormatContext } from './types.js';
import { acceptanceLabel, capitalised, countFindings, countsByPack, countsText, findingPlaces, escapeXml as e, isAccepted, messageSaysEvidence, needsReview, plural, reviewLabel, reviewSentence, type FindingPlaces } from './common.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const CSS = `
:root { --error: #b42318; --warning: #b54708; --info: #175cd3; --ok: #067647; --review: #6941c6; --muted: #5d6b7e; --line: #d0d5dd; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #101828; margin: 0 auto; max-width: 1100px; padding: 1.5rem; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; word-break: break-all; }
.gate { font-weight: 600; } .gate.fail { color: var(--error); } .gate.pass { color: var(--ok); }
table { border-collapse: collapse; margin: .5rem 0 1rem; } th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: right; } th:first-child, td:first-child { text-align: left; }
.meta { color: var(--muted); font-size: .9rem; }
.outline ol { list-style: none; padding-left: 0; margin: 0; columns: 2; } .outline li { break-inside: avoid; }
.outline .count { font-size: .75rem; border-radius: 8px; padding: 0 .4rem; color: #fff; margin-left: .3rem; }
.findings ol { padding-left: 1.4rem; } .finding { margin: .6rem 0; padding: .4rem .6rem; border-left: 4px solid var(--line); background: #f9fafb; }
.finding.sev-error { border-color: var(--error); } .finding.sev-warning { border-color: var(--warning); } .finding.sev-info { border-color: var(--info); }
.finding.waived { opacity: .75; } .finding .detail { margin: .15rem 0 0; font-size: .9rem; }
.finding.review { border-left-style: dashed; } .badge.review { display: inline-block; font: 700 11px/1.5 system-ui, sans-serif; color: #fff; background: var(--review); border-radius: 8px; padding: 0 .45rem; margin-left: .3rem; }
.review-count { color: var(--review); font-weight: 600; } .flag.review { outline: 2px dashed var(--review); outline-offset: 1px; }
.sev { font-weight: 700; text-transform: uppercase; font-size: .75rem; letter-spacing: .03em; }
.sev-error .sev, .count.sev-error { color: var(--error); } .sev-warning .sev { color: var(--warning); } .sev-info .sev { color: var(--info); }
.count.sev-error { background: var(--error); color: #fff; } .count.sev-warning { background: var(--warning); } .count.sev-info { background: var(--info); }
code { font-size: .85em; background: #f2f4f7; padding: 0 .25rem; border-radius: 3px; }
.agreement { white-space: pre-wrap; word-wrap: break-word; font: 14px/1.6 Georgia, "Times New Roman", serif; border: 1px solid var(--line); padding: 1rem; background: #fff; }
.hl { color: inherit; text-decoration: none; } .hl.sev-error { background: #fee4e2; } .hl.sev-warning { background: #fef0c7; } .hl.sev-info { background: #d1e9ff; }
.flag { display: inline-block; font: 700 11px/1.4 system-ui, sans-serif; color: #fff; border-radius: 8px; padding: 0 .35rem; margin-right: .15rem; text-decoration: none; vertical-align: 1px; }
.flag.sev-error { background: var(--error); } .flag.sev-warning { background: var(--warning); } .flag.sev-info { background: var(--info); }
:target { outline: 2px solid #7f56d9; outline-offset: 2px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .outline { display: none; }
  a { color: inherit; text-decoration: none; }
  .finding, tr { break-inside: avoid; }
  .document { break-before: page; }
  .agreement { border: none; padding: 0; font-size: 10.5pt; }
  .hl.sev-error, .hl.sev-warning, .hl.sev-info { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

interface Ids {
  clause(id: string): string;
  finding(n: number): string;
  at(n: number): string;
}

function idsFor(docIndex: number): Ids {
  // Clause ids are "c1", "c2"...; anything else is made safe for an id and a URL fragment.
  return { clause: (id) => `d${docIndex}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`, finding: (n) => `d${docIndex}-f${n}`, at: (n) => `d${docIndex}-at${n}` };
}

function worst(findings: readonly Finding[]): Finding {
  return findings.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
}

/** The text with clause anchors, a flag at each finding and its span highlighted; linear in text + findings. */
function renderText(text: string, doc: DocumentReport, ids: Ids): string {
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  const numbered = doc.findings.map((f, i) => ({ f, n: i + 1, start: clamp(f.start), end: clamp(Math.max(f.start, f.end)) }));
  const cuts = new Set<number>([0, text.length]);
  for (const c of doc.clauses) cuts.add(clamp(c.start));
  for (const x of numbered) cuts.add(x.start).add(x.end);
  const points = [...cuts].sort((a, b) => a - b);
  const clausesAt = new Map<number, string[]>();
  for (const c of doc.clauses) {
    const at = clamp(c.start);
    clausesAt.set(at, [...(clausesAt.get(at) ?? []), c.id]);
  }
  const startsAt = new Map<number, typeof numbered>();
  for (const x of numbered) startsAt.set(x.start, [...(startsAt.get(x.start) ?? []), x]);
  const out: string[] = [];
  let active: typeof numbered = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    for (const id of clausesAt.get(p) ?? []) out.push(`<span class="clause-anchor" id="${ids.clause(id)}"></span>`);
    const starting = startsAt.get(p) ?? [];
    for (const x of starting) out.push(`<a class="flag sev-${x.f.severity}${needsReview(x.f) ? ' review' : ''}" id="${ids.at(x.n)}" href="#${ids.finding(x.n)}" title="${e(`${x.f.ruleId}: ${x.f.message}${needsReview(x.f) ? ` (${reviewLabel(x.f)})` : ''}`)}">${x.n}</a>`);
    active = [...active.filter((x) => x.end > p), ...starting.filter((x) => x.end > p)];
    const next = points[i + 1];
    if (next === undefined || next <= p) continue;
    const segment = e(text.slice(p, next));
    if (active.length === 0) out.push(segment);
    else {
      const top = active.find((x) => x.f === worst(active.map((a) => a.f)))!;
      out.push(`<a class="hl sev-${top.f.severity}" href="#${ids.finding(top.n)}" data-findings="${active.map((x) => x.n).join(' ')}">${segment}</a>`);
    }
  }
  return out.join('');
}

function findingItem(f: Finding, n: number, ids: Ids, hasText: boolean, places: FindingPlaces): string {
  const where = places.label(f);
  const clauseLink = f.clauseId && hasText ? `<a class="to-clause" href="#${ids.clause(f.clauseId)}">${e(where)}</a>` : `<span class="to-clause">${e(where)}</span>`;
  const textLink = hasText ? ` · <a class="to-text" href="#${ids.at(n)}">show in text</a>` : '';
  const parts = [
    `<li class="finding sev-${f.severity}${isAccepted(f) ? ' waived' : ''}${needsReview(f) ? ' review' : ''}" id="${ids.finding(n)}" data-rule="${e(f.ruleId)}" data-clause="${e(f.clauseId ?? '')}"${f.status ? ` data-status="${f.status}"` : ''}>`,
    `<div><span class="sev">${f.severity}</span> ${e(f.message)} <code>${e(f.ruleId)}</code>${needsReview(f) ? ` <span class="badge review">${e(reviewLabel(f))}</span>` : ''}${acceptanceLabel(f) ? ` <em>(${acceptanceLabel(f)})</em>` : ''}${f.baseline ? ' <em>(in baseline)</em>' : ''}</div>`,
    `<div class="detail">${clauseLink} · line ${f.line}, column ${f.column}${textLink}</div>`,
  ];
  // What was looked for, when the message already says it ('No transition assistance or bridging licence is offered.'), is not said again.
  // Nor an excerpt the message already quotes (as the stylish and Markdown reports leave it out).
  if (f.evidence && !messageSaysEvidence(f.message, f.evidence)) parts.push(`<div class="detail"><strong>Evidence:</strong> ${e(f.evidence)}</div>`);
  if (f.rationale) parts.push(`<div class="detail"><strong>Why it matters:</strong> ${e(f.rationale)}</div>`);
  if (f.recommendation) parts.push(`<div class="detail"><strong>What to do:</strong> ${e(f.recommendation)}</div>`);
  if (f.modelLanguage) parts.push(`<div class="detail"><strong>Model language:</strong> ${e(f.modelLanguage)}</div>`);
  if (f.waived && f.waiver) parts.push(`<div class="detail"><strong>Waived:</strong> ${e(f.waiver.reason)} (approved by ${e(f.waiver.approvedBy)}, until ${e(f.waiver.expires)})</div>`);
  if (f.suppressed) parts.push(`<div class="detail"><strong>Suppressed in the document:</strong> ${e(f.suppressed.reason)}</div>`);
  parts.push('</li>');
  return parts.join('');
}

function documentSection(doc: DocumentReport, docIndex: number, text: string | undefined): string {
  const ids = idsFor(docIndex);
  const hasText = text !== undefined;
  const places = findingPlaces(doc);
  const perClause = new Map<string, Finding[]>();
  for (const f of doc.findings) if (f.clauseId) perClause.set(f.clauseId, [...(perClause.get(f.clauseId) ?? []), f]);
  const outline = doc.clauses.map((c) => {
    const label = [c.number, c.heading].filter(Boolean).join(' ') || `(${c.kind}, line ${c.line})`;
    const found = perClause.get(c.id);
    const badge = found ? `<span class="count sev-${worst(found).severity}">${found.length}</span>` : '';
    const pad = `padding-left:${(Math.max(1, c.depth) - 1) * 1.1}rem`;
    return `<li style="${pad}">${hasText ? `<a href="#${ids.clause(c.id)}">${e(label)}</a>` : e(label)}${badge}</li>`;
  });
  const parties = doc.parties.map((p) => p.name).join(', ');
  return [
    `<article class="document" id="doc-${docIndex}">`,
    `<h2>${e(doc.path)}</h2>`,
    ...(doc.prevailingLanguage ? [`<p class="meta"><strong>Warning:</strong> the agreement says its ${e(doc.prevailingLanguage)} version prevails: the English judged here is a convenience translation, and a finding may not hold in the ${e(doc.prevailingLanguage)} text.</p>`] : []),
    `<p class="meta">Kind: ${e(doc.kind)}${doc.amendment ? ' (an amendment: rules that judge a whole agreement were not run)' : ''}${parties ? ` · Parties: ${e(parties)}` : ''} · ${plural(doc.clauses.length, 'clause')} · sha256 <code>${doc.sha256.slice(0, 12)}</code></p>`,
    `<nav class="outline"><h3>Clause outline</h3><ol>${outline.join('')}</ol></nav>`,
    // counted as the summary counts: a list of 37 where the summary said 36 and 1 needing review read as a 37th finding
    `<section class="findings"><h3>Findings</h3>${doc.findings.length ? `<p class="counts">${e(capitalised(countsText(countFindings(doc.findings))))}.</p>` : ''}${doc.findings.length ? `<ol>${doc.findings.map((f, i) => findingItem(f, i + 1, ids, hasText, places)).join('')}</ol>` : '<p>No findings.</p>'}</section>`,
    `<section class="text"><h3>Agreement text</h3>${hasText ? `<div class="agreement">${renderText(text, doc, ids)}</div>` : '<p class="meta">The text of this document is not available to the report.</p>'}</section>`,
    '</article>',
  ].join('\n');
}

export function formatHtml(report: RunReport, ctx: FormatContext): string {
  const s = report.summary;
  const rows = countsByPack(report).map((r) => `<tr><td>${e(r.pack)}</td><td>${r.counts.error}</td><td>${r.counts.warning}</td><td>${r.counts.info}</td><td>${r.waived}</td><td>${r.review}</td></tr>`);
  const reviewNote = s.needsReview ? `<p class="review-count">${e(reviewSentence(s.needsReview, report.run))}.</p>\n` : '';
  const title = report.documents.length === 1 ? `Review of ${report.documents[0]!.path}` : `Review of ${plural(report.documents.length, 'document')}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${e(`${report.tool.name} ${report.tool.version}`)}">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="gate ${s.gate}">Gate: ${s.gate.toUpperCase()} <span class="meta">(fails on ${e(ctx.failOn === 'never' ? 'nothing' : `${ctx.failOn} and above`)})</span></p>
<p class="counts">${e(capitalised(countsText(s)))}.</p>
${reviewNote}${report.unchecked?.length ? `<p class="gate fail">Not checked (the run is incomplete): ${report.unchecked.map((u) => `${e(u.path)}: ${e(u.message)}`).join('; ')}</p>\n` : ''}</header>
<section id="summary"><h2>Summary by pack and severity</h2>
${rows.length ? `<table><thead><tr><th>pack</th><th>error</th><th>warning</th><th>info</th><th>waived</th><th>review</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>No findings.</p>'}
</section>
${report.documents.map((d, i) => documentSection(d, i, ctx.texts.get(d.path))).join('\n')}
<footer class="meta"><p>${e(report.tool.name)} ${e(report.tool.version)}${report.run ? ` · configuration ${report.run.configHash.slice(0, 12)}` : ''}</p></footer>
</body>
</html>
`;
}
