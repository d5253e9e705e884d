// `clausecheck tag --format text`: the clause tree as the tagger saw it, indented by depth.
import type { DocumentReport, Source } from '../model/index.js';

function typeList(types: DocumentReport['clauses'][number]['types']): string {
  if (types.length === 0) return '';
  return ` [${types.map((t) => `${t.type} ${t.confidence.toFixed(2)}`).join(', ')}]`;
}

export function formatTagText(doc: DocumentReport, source: Pick<Source, 'text' | 'format'>): string {
  const out: string[] = [`${doc.path} (${doc.format}, ${doc.kind})`];
  if (doc.parties.length) {
    out.push(`parties: ${doc.parties.map((p) => (p.aliases.length ? `${p.name} (${p.aliases.join(', ')})` : p.name)).join('; ')}`);
  }
  if (doc.definitions?.length) out.push(`definitions: ${doc.definitions.map((d) => d.term).join(', ')}`);
  for (const g of doc.grants ?? []) {
    out.push(`grant ${g.clauseId}: ${g.grantor ?? '?'} -> ${g.grantee ?? '?'}${g.exclusivity ? `, ${g.exclusivity}` : ''}${g.royalty ? `, ${g.royalty}` : ''}`);
  }
  out.push('');
  for (const c of doc.clauses) {
    const indent = '  '.repeat(Math.max(0, c.depth - 1));
    // Unnumbered, unheaded clauses are shown by their first words.
    const opening = source.text.slice(c.start, Math.min(c.end, c.start + 80)).replace(/\s+/g, ' ').trim();
    const label = [c.number, c.heading].filter(Boolean).join(' ') || `(${c.kind}) "${opening.length > 48 ? `${opening.slice(0, 47)}…` : opening}"`;
    out.push(`${indent}${label}${typeList(c.types)}  ${c.line}:${c.column}`);
  }
  // Reviewers' comments after the agreement, with the clause their anchor is in: read by no rule, shown as written.
  if (doc.comments?.length) {
    const byId = new Map(doc.clauses.map((c) => [c.id, c]));
    out.push('', 'reviewer comments:');
    for (const k of doc.comments) {
      const on = k.clauseId === null ? undefined : byId.get(k.clauseId);
      const where = on ? ` on ${[on.number, on.heading].filter(Boolean).join(' ') || `the clause at line ${on.line}`}` : '';
      out.push(`  [${k.label}]${k.author ? ` ${k.author}` : ''}${where}${k.anchorLine === null ? '' : ` (line ${k.anchorLine})`}: ${k.text}  ${k.line}`);
    }
  }
  // Offsets of docx/html inputs refer to the extracted text, so show it.
  if (source.format === 'docx' || source.format === 'html') {
    out.push('', '--- extracted text ---', source.text);
  }
  return `${out.join('\n')}\n`;
}
