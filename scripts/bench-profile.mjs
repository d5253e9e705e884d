// Summarise a V8 .cpuprofile: self time per function, per source file, and per pipeline stage.

function shortUrl(url, root) {
  if (!url) return '';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length);
  return path.startsWith(root) ? path.slice(root.length) : path;
}

// Third-party code is charged to the stage whose adapter calls it (style.md: one adapter per engine).
const PACKAGE_STAGE = {
  compromise: 'tag', 'json-rules-engine': 'rules', clone: 'rules', 'hash-it': 'rules', eventemitter2: 'rules', jsonpath: 'rules',
  'jsonpath-plus': 'rules', micromark: 'clauses', 'mdast-util-from-markdown': 'clauses', unified: 'clauses', 'remark-parse': 'clauses', zod: 'rules',
};

/** The stage a source file belongs to: dist/<stage>/..., a package mapped above, or null (native, node internals). */
function stageOf(file) {
  // The inspector's own calls (Profiler.start and .stop) when they are sampled: the measurement, not the pipeline.
  if (file.startsWith('node:inspector')) return '(profiler)';
  const dist = /^dist\/([^/]+)\//.exec(file) ?? /^dist\/([^/.]+)\.js$/.exec(file);
  if (dist) return dist[1];
  const pkg = file.split('/')[0];
  if (pkg.startsWith('micromark')) return 'clauses';
  if (pkg.startsWith('mdast') || pkg.startsWith('unist')) return 'clauses';
  return PACKAGE_STAGE[pkg] ?? null;
}

export function summariseProfile(profile, root, top = 15) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  // A sample is charged the time since the one before it. The first one's runs from the profile's start, and that is
  // Profiler.start's own work (V8 lists for the profiler every function it has compiled so far: 0.15-0.55 s after the
  // bench's warm-up), charged to whatever the first sample caught: 'dispatch' (no url), under node:inspector's post.
  // It is before the measured pass, outside its CPU figure: printed apart, not summed.
  const startUpUs = timeDeltas[0] ?? 0;
  for (let i = 1; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

  // Native work (regexes, JSON, GC-free builtins) is charged to the nearest caller that has a stage.
  const stageMemo = new Map();
  const stageOfNode = (id) => {
    if (stageMemo.has(id)) return stageMemo.get(id);
    const node = byId.get(id);
    let stage = stageOf(shortUrl(node.callFrame.url, root));
    if (stage === null) {
      const up = parent.get(id);
      stage = up === undefined ? '(outside the pipeline)' : stageOfNode(up);
    }
    stageMemo.set(id, stage);
    return stage;
  };

  const perFunction = new Map();
  const perFile = new Map();
  const perStage = new Map();
  for (const [id, us] of selfUs) {
    const cf = byId.get(id).callFrame;
    const file = shortUrl(cf.url, root);
    const name = cf.functionName || '(anonymous)';
    const fnKey = `${name.length > 90 ? `${name.slice(0, 90)}…` : name}  ${file}${file ? `:${cf.lineNumber + 1}` : ''}`;
    perFunction.set(fnKey, (perFunction.get(fnKey) ?? 0) + us);
    const fileKey = file ? (stageOf(file) && !file.startsWith('dist/') ? file.split('/')[0] : file) : name.startsWith('RegExp:') ? '(regexp)' : name;
    perFile.set(fileKey, (perFile.get(fileKey) ?? 0) + us);
    // (program): V8 itself outside any JS function (compiling, IC and runtime calls), not the harness
    const stage = name === '(garbage collector)' || name === '(program)' ? name : stageOfNode(id);
    perStage.set(stage, (perStage.get(stage) ?? 0) + us);
  }
  const rows = (m, n = top) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms`;
  return [
    `total sampled ${(total / 1e6).toFixed(2)} s (not in it: ${(startUpUs / 1000).toFixed(0)} ms before the first sample, the profiler's start)`,
    'by stage (native and library time charged to the calling stage):',
    ...rows(perStage, 12).map(([k, us]) => `  ${pct(us)}  ${k}`),
    'by function (self):',
    ...rows(perFunction).map(([k, us]) => `  ${pct(us)}  ${k}`),
    'by file (self):',
    ...rows(perFile).map(([k, us]) => `  ${pct(us)}  ${k}`),
  ];
}
