#!/usr/bin/env node
// `npm run eval:cuad`: measures the clause tagger on the CUAD dev split and writes docs/accuracy.md.
//   1. the shared evaluation (shared/tools/cuad-eval.mjs) over the built CLI: per-type P/R/F1, span recall;
//   2. in-process: tagging time (with and without the learned component), a reliability table (confidence
//      vs. observed span-level precision), and 5-fold cross-validation by contract of everything estimated
//      from the split (learned weights, their per-type use, thresholds), beside the hand evidence alone.
// Skips cleanly, writing nothing, when ../shared (corpus or tools) is absent.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSplit, runTagger, evaluate, chooseThresholds, withDefault, goldSpans, root, fmt } from './tag-lib.mjs';
import { collect, crossValidateLearned, loadLearned, MIN_DF, L2, EPOCHS, PRUNE, MIN_POSITIVE, MIN_GAIN, MIN_CV_GAIN, FOLDS } from './tag-learn.mjs';

const evalTool = join(root, '../shared/tools/cuad-eval.mjs');
const split = loadSplit();
if (!split || !existsSync(evalTool)) {
  console.log('eval:cuad: ../shared (CUAD dev corpus and tools) not found; nothing measured, docs/accuracy.md left unchanged.');
  process.exit(0);
}
const DEFAULT = 0.5;

// 1. The shared evaluation, through the CLI.
const tmp = mkdtempSync(join(tmpdir(), 'clausecheck-cuad-'));
const jsonOut = join(tmp, 'cuad.json');
const run = spawnSync(process.execPath, [evalTool, root, split.split, '--json', jsonOut], { encoding: 'utf8', maxBuffer: 1 << 28 });
process.stdout.write(run.stdout);
if (run.status !== 0 || !existsSync(jsonOut)) {
  process.stderr.write(`eval:cuad: cuad-eval.mjs failed (exit ${run.status}): ${run.stderr.slice(0, 500)}\n`);
  process.exit(2);
}
const official = JSON.parse(readFileSync(jsonOut, 'utf8'));
rmSync(tmp, { recursive: true, force: true });

// 2. In-process: the shipped tagger (timing, reliability); the hand evidence alone (timing, its in-sample
// and cross-validated figures with thresholds chosen for it); the learned component cross-validated.
const lib = await loadLearned();
// Timings: one warm-up pass (JIT, compromise), then the shipped tagger and the hand evidence alone in turn,
// twice; the faster of each pair (the machine is shared, so the minimum is the least disturbed figure).
await runTagger(split, { learned: null });
const fastest = (a, b) => (a.tagCpuSeconds <= b.tagCpuSeconds ? a : b);
const shippedRuns = [], handRuns = [];
for (let i = 0; i < 2; i++) { shippedRuns.push(await runTagger(split)); handRuns.push(await runTagger(split, { learned: null })); }
const tagged = fastest(shippedRuns[0], shippedRuns[1]);
const handTimed = fastest(handRuns[0], handRuns[1]);
const inProcess = evaluate(tagged.docs, split.map);
const handScored = await runTagger(split, { floor: 0.25, learned: null });
const handIn = evaluate(handScored.docs, split.map, { thresholds: withDefault(chooseThresholds(handScored.docs, split.map), handScored.docs, DEFAULT) });
const collected = await collect(split);
const cv = await crossValidateLearned(split, collected, lib, FOLDS);
// The hand evidence alone the same way (thresholds from the training folds, the real tagger on the held-out fold).
const cvHand = await crossValidateLearned(split, collected, lib, FOLDS, { epochs: 0 });
const { LEARNED } = await import(join(root, 'dist/tag/learned.generated.js'));
const wordsShipped = Object.values(LEARNED.types).some((t) => Object.keys(t.weights).length > 0);
// What the shipped tagger scores on unseen contracts: the learned CV when words ship, else the hand evidence's.
const cvShipped = wordsShipped ? cv : cvHand;
const gate = LEARNED.crossValidation;
const learnedRows = Object.entries(LEARNED.types).map(([type, t]) => {
  const top = Object.entries(t.weights).filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 6);
  return { type, n: Object.keys(t.weights).length, hand: t.hand, top: top.map(([f, w]) => `${lib.describeFeature(f)} ${w.toFixed(2)}`) };
});

// Reliability: every emitted tag of a type with a fully mapped CUAD category (for recall-mode types CUAD
// labels only a narrower case, so their precision is not observable). A tag is correct when its clause
// (with its children) overlaps a gold span of the type by half the span, or the span covers half the clause.
const bins = [0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
const relFor = () => bins.slice(0, -1).map((lo, i) => ({ lo, hi: bins[i + 1], n: 0, ok: 0, conf: 0 }));
const rel = relFor();
const mapped = new Map();
for (const m of split.map) if (m.mode === 'full') mapped.set(m.type, [...(mapped.get(m.type) ?? []), ...m.categories]);
for (const { lab, clauses } of tagged.docs) {
  for (const c of clauses) {
    for (const t of c.types) {
      const cats = mapped.get(t.type);
      if (!cats) continue;
      const len = Math.max(1, c.end - c.start);
      const ok = goldSpans(lab, cats).some((sp) => {
        const overlap = Math.min(c.end, sp.end) - Math.max(c.start, sp.start);
        return overlap >= Math.max(1, sp.end - sp.start) / 2 || overlap >= len / 2;
      });
      const b = rel.find((x) => t.confidence >= x.lo && t.confidence < x.hi);
      if (!b) continue;
      b.n++; b.conf += t.confidence; if (ok) b.ok++;
    }
  }
}

const git = (args) => { try { return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim(); } catch { return 'unknown'; } };
const treeVersion = git(['log', '-1', '--format=%h %cs %s', '--', 'src/clauses']);
const tagVersion = git(['log', '-1', '--format=%h %cs', '--', 'src/tag']);
const s = official.summary;
const pct = (x) => (x == null ? '-' : x.toFixed(3));
const rows = official.rows.slice().sort((a, b) => a.type.localeCompare(b.type) || a.mode.localeCompare(b.mode));
const cvBy = new Map(cvShipped.rows.map((r) => [`${r.type}|${r.mode}|${r.category}`, r]));
const cvWordsBy = new Map(cv.rows.map((r) => [`${r.type}|${r.mode}|${r.category}`, r]));
const cvHandBy = new Map(cvHand.rows.map((r) => [`${r.type}|${r.mode}|${r.category}`, r]));
const keyOf = (r) => `${r.type}|${r.mode}|${catOf(r)[0]}`;
const catOf = (r) => split.map.find((m) => m.type === r.type && m.mode === r.mode)?.categories ?? [];

const tick = (t) => '`' + t + '`';
const weakSpots = [
  ...rows.filter((r) => r.mode === 'full' && r.f1 != null && r.f1 < 0.75).sort((a, b) => a.f1 - b.f1)
    .map((r) => `- ${tick(r.type)} (${catOf(r).join(', ')}; ${r.gold} gold contracts): F1 ${pct(r.f1)}, P ${pct(r.precision)}, R ${pct(r.recall)}, span recall ${pct(r.spanRecall)}.`),
  `- Fully mapped types with >= 10 gold contracts below F1 0.65: ${rows.filter((r) => r.mode === 'full' && r.gold >= 10 && r.f1 != null && r.f1 < 0.65).map((r) => tick(r.type)).join(', ') || 'none'}.`,
  `- Rows with span recall below 0.6: ${rows.filter((r) => r.spans >= 3 && (r.spanRecall ?? 0) < 0.6).map((r) => `${tick(r.type)} (${pct(r.spanRecall)})`).join(', ') || 'none'}.`,
].join('\n');

const md = `# Clause tagger accuracy (CUAD dev split)

Generated by \`npm run eval:cuad\` (scripts/eval-cuad.mjs); do not edit by hand.

- Split: CUAD v1 dev, ${s.documents} contracts (${(tagged.chars / 1e6).toFixed(1)} M characters); missing documents ${s.missingDocs}, failed batches ${s.failures}.
- Clause tree: \`src/clauses\` at ${treeVersion}; tagger: \`src/tag\` at ${tagVersion}.
- Measured by \`shared/tools/cuad-eval.mjs\` through the CLI (document level: a type is predicted present when any clause carries it;
  span recall: a gold span counts as found when a clause overlapping at least half of it carries the mapped type).

## Summary

| measure | value |
|---|---|
| macro-F1 (fully mapped types with >= 3 gold contracts) | **${pct(s.macroF1)}** |
| macro precision | ${pct(s.macroPrecision)} |
| macro recall | ${pct(s.macroRecall)} |
| span recall (rows with >= 3 spans) | ${pct(s.spanRecall)} |
| segmentation (labelled spans inside one leaf clause) | ${pct(s.segmentation)} |
| **5-fold cross-validated** macro-F1 of the shipped tagger (everything estimated from the split fitted on 4/5, measured on 1/5) | **${pct(cvShipped.macroF1)}** (P ${pct(cvShipped.macroPrecision)}, R ${pct(cvShipped.macroRecall)}) |
| 5-fold cross-validated span recall of the shipped tagger | ${pct(cvShipped.spanRecall)} |
| in-sample macro-F1 of the shipped tagger (in-process) | ${pct(inProcess.macroF1)} |
| learned words ${wordsShipped ? '(shipped)' : '(not shipped, see below)'}: 5-fold CV macro-F1 | ${pct(cv.macroF1)} (P ${pct(cv.macroPrecision)}, R ${pct(cv.macroRecall)}; span recall ${pct(cv.spanRecall)}) |
| hand evidence alone, thresholds chosen for it: in-sample / 5-fold CV macro-F1 | ${pct(handIn.macroF1)} / ${pct(cvHand.macroF1)} |
| tagging time, in-process, ${s.documents} contracts | ${tagged.tagCpuSeconds.toFixed(2)} s CPU (${(tagged.chars / 1e6 / tagged.tagCpuSeconds).toFixed(2)} MB/s), ${tagged.tagSeconds.toFixed(2)} s wall |
| the same, hand evidence alone (no learned component) | ${handTimed.tagCpuSeconds.toFixed(2)} s CPU, ${handTimed.tagSeconds.toFixed(2)} s wall |
| whole CLI run of the evaluation (${s.documents} contracts, all stages) | ${s.seconds.toFixed(1)} s |

Timings are wall-clock on the shared 2-core build machine while other work was running; treat them as upper bounds.

## Per type

"full": the CUAD category corresponds to the type, so precision and recall count. "recall": the category is a narrower
case of the type (e.g. Termination for Convenience within \`termination\`), so only recall is meaningful.
P, R, F1 and span recall are in-sample (the shipped tagger on the split it was fitted on); the CV columns are the
5-fold cross-validated figures of the shipped tagger for the same row (the honest predictor for unseen contracts);
"words CV F1" is the cross-validated F1 with the learned words (fitted per fold, used where the inner folds favour
them); "words" says whether the shipped tagger uses learned words for the type.

| type | mode | CUAD categories | gold | P | R | F1 | CV P | CV R | CV F1 | words CV F1 | span recall | CV span recall | words |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.map((r) => `| \`${r.type}\` | ${r.mode} | ${catOf(r).join(', ')} | ${r.gold} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${pct(cvBy.get(keyOf(r))?.precision)} | ${pct(cvBy.get(keyOf(r))?.recall)} | ${pct(cvBy.get(keyOf(r))?.f1)} | ${pct(cvWordsBy.get(keyOf(r))?.f1)} | ${pct(r.spanRecall)} | ${pct(cvBy.get(keyOf(r))?.spanRecall)} | ${r.mode === 'full' ? (learnedRows.find((l) => l.type === r.type)?.n ? 'yes' : 'no') : '-'} |`).join('\n')}

## Reliability (calibration)

Every emitted tag of a type with a fully mapped CUAD category, binned by confidence; "observed precision" is the share
whose clause overlaps a gold span of that type (half the span, or half the clause). Confidence is evidence strength on
one scale for all types, not a probability: each type is emitted from its own calibrated threshold, and tags below it
appear only as support in documents that carry the type (see below), so the lower bins are mostly such support tags.
CUAD labels one or a few spans per category and document, so clauses that restate or refer to a labelled provision
count as wrong here even when the type fits.

| confidence | tags | mean confidence | observed precision |
|---|---|---|---|
${rel.map((b) => `| [${b.lo.toFixed(1)}, ${Math.min(1, b.hi).toFixed(1)}${b.hi > 1 ? ']' : ')'} | ${b.n} | ${b.n ? (b.conf / b.n).toFixed(3) : '-'} | ${b.n ? (b.ok / b.n).toFixed(3) : '-'} |`).join('\n')}

## What is learned, and whether it generalises

The cues (headings, phrases with inflections, modal structure, near-misses) and their weights are written by hand in
\`src/tag/taxonomy.ts\`. Estimated from this split, by \`scripts/tag-train.mjs\`:

- **Learned weights** (\`src/tag/learned.generated.ts\`, features in \`src/tag/learned.ts\`): for each fully mapped type, an
  L2-regularised logistic model over general features of a clause: light word stems and stem bigrams of its own text,
  of its heading and of its section's heading; modal structure (\`m:not:sell\` = "shall not / may not sell", \`m:may:terminat\`);
  figure shapes (\`#num\`, \`#money\`, \`#pct\`), the parties' own short names folded into \`PARTY\`; whether the clause only
  defines a term; and, stacked, the hand evidence's strength for the type (as log-odds, starting at weight 1: the words
  learn corrections to the hand evidence). Clauses are labelled from the CUAD spans (positive: holds half of a span or
  lies half inside one; negative: a clause of a contract without the category). ${L2} L2 penalty, ${EPOCHS} AdaGrad epochs.
- **Against memorising:** a feature must occur in at least ${MIN_DF} training contracts (no company names, no one contract's
  wording); weights below ${PRUNE} are dropped; a type with fewer than ${MIN_POSITIVE} positive clauses keeps the hand evidence
  alone; and a type uses its learned words only where, out of fold (each contract scored by a model trained without it),
  they beat the hand evidence alone by ${MIN_GAIN} F1 or more.
- **Thresholds** (\`src/tag/calibration.ts\`): per type, the value on a grid (0.30 to 0.95; ties: the lowest, which keeps
  recall) that maximises document-level F1: on the out-of-fold scores for a type with learned words (so the threshold
  fits what the model does on contracts it has not seen), on the hand evidence's scores otherwise.
- **Shipped only when it helps:** \`tag-train.mjs\` runs a ${FOLDS}-fold cross-validation of its own (document level) and
  writes word weights only when they beat the hand evidence alone by ${MIN_CV_GAIN} macro-F1 or more; otherwise every type keeps
  the hand evidence alone (weight 1 on its log-odds, bias 0, no words: tagging then extracts no features at all).
  Last run: learned words ${gate ? gate.learned.toFixed(3) : '-'}, hand evidence alone ${gate ? gate.hand.toFixed(3) : '-'}: words ${wordsShipped ? '**shipped**' : '**not shipped**'}.

Cross-validation here (${FOLDS} folds by sha1 of the file name) repeats the fitting on four folds (with inner folds for the
per-type choice and the thresholds) and runs the real tagger on the fifth. Pooled over folds, with the learned words the
macro-F1 is ${pct(cv.macroF1)}; the hand evidence alone, thresholds chosen the same way, scores ${pct(cvHand.macroF1)} (${pct(handIn.macroF1)} in-sample),
so the words are worth ${(cv.macroF1 - cvHand.macroF1 >= 0 ? '+' : '') + (cv.macroF1 - cvHand.macroF1).toFixed(3)} macro-F1 on unseen contracts. Trained on all of the split, they raise the
in-sample figure far more than that: that difference is memorisation, which is why the cross-validated gain decides. The
shipped tagger's in-sample macro-F1 is ${pct(inProcess.macroF1)} against ${pct(cvShipped.macroF1)} cross-validated (gap
${(inProcess.macroF1 - cvShipped.macroF1).toFixed(3)}); the hand cues were also written looking at this split, so expect unseen contracts near the
cross-validated figure.

Where words ship, every learned tag lists its strongest learned features among its cues (\`learned: "purchase order" +0.61\`).
${wordsShipped ? `The shipped weights, type by type (number of weights, weight of the hand evidence, strongest positive features):

| type | weights | hand weight | strongest features |
|---|---|---|---|
${learnedRows.map((l) => `| \`${l.type}\` | ${l.n} | ${l.hand} | ${l.n ? l.top.join(', ') : 'hand evidence alone'} |`).join('\n')}` : 'No words ship in this build: every type is tagged from the hand evidence alone.'}

Reported confidences are on one scale for all types: a type's calibrated threshold maps to 0.5, so "confidence >= 0.5"
means the tagger asserts the type (the rule engine's default). In a document where some clause reaches that, other
clauses keep the type down to 0.25 x the threshold in raw evidence (not below 0.12; supportOf in src/tag/index.ts), reported under 0.5: this raises span
recall without changing any document-level decision.

## Weak spots

${weakSpots}

## Conventions followed

- \`exclusivity\`: CUAD labels exclusive rights and exclusive dealing, not a non-exclusive licence (of 9 dev contracts
  whose only "exclusive" is "non-exclusive", none is labelled). "non-exclusive" is therefore not a cue; it and "exclusive
  remedy/jurisdiction/property" are near-misses. The grant's exclusive/non-exclusive character is a grant attribute.
- \`third-party-beneficiary\`: CUAD labels a clause only where someone outside the parties gets rights; "No third-party
  beneficiaries" is a near-miss unless it names who does benefit (affiliates, indemnitees).
- \`assignment\` vs. \`ip-ownership\`: "hereby assigns all right, title and interest in inventions" is ip-ownership and a
  near-miss for assignment of the agreement.
- \`ip-ownership\`: CUAD labels IP that passes to the other party (assignments, works made for hire); a party keeping
  its own IP ("shall remain the property of") is a weaker cue.
- \`price-restriction\`: any limit on prices is the type (a cap, a freeze, an increase limited to a percentage or to once a
  year, a floor on advertised resale prices). Each dev contract it marks without a CUAD label holds such a limit ("agrees not
  to increase its Maintenance Fees annually by more than six percent", "prices listed in Exhibit A shall not be increased",
  "not to advertise any price below Manufacturer's Suggested List Price", "Prices ... shall not exceed [***] of the Fully
  Burdened Manufacturing Costs", "costs ... will not increase for a period of one year"), so its precision on 5 gold
  contracts measures the labels' coverage; the cues were not narrowed to fit them.
- Some cues sit below their type's threshold on purpose (an inspection period for \`warranty\`, a morals clause's conduct
  for \`non-solicit\`, "unless X declines to bid" for \`first-refusal\`, a carve-out for \`non-compete\`, a floor stated
  without "minimum" for \`minimum-commitment\`): they keep a clause as support in a contract that carries the type and
  never assert the type alone.
- Tables of contents carry no types; a clause that only defines a term ("Change of Control" means ...) counts at half
  strength for the types that declare a definition factor (change of control, insurance, assignment, termination, ...).
`;
writeFileSync(join(root, 'docs/accuracy.md'), md);
console.log(`eval:cuad: wrote docs/accuracy.md (macro-F1 ${pct(s.macroF1)} P ${pct(s.macroPrecision)} R ${pct(s.macroRecall)}, span recall ${pct(s.spanRecall)}; CV ${pct(cv.macroF1)} P ${pct(cv.macroPrecision)} R ${pct(cv.macroRecall)} span recall ${pct(cv.spanRecall)}; hand alone CV ${pct(cvHand.macroF1)}; tag ${tagged.tagCpuSeconds.toFixed(2)} s CPU, hand alone ${handTimed.tagCpuSeconds.toFixed(2)} s)`);
