// Summarise a V8 .cpuprofile: self time per function and per source file, top entries.

function shortUrl(url, root) {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length);
  return path.startsWith(root) ? path.slice(root.length) : path;
}

export function summariseProfile(profile, root, top = 15) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const perFunction = new Map();
  const perFile = new Map();
  for (const [id, us] of selfUs) {
    const cf = byId.get(id).callFrame;
    const file = shortUrl(cf.url, root);
    const fnKey = `${cf.functionName || '(anonymous)'}  ${file}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
    perFunction.set(fnKey, (perFunction.get(fnKey) ?? 0) + us);
    const fileKey = file.startsWith('compromise/') || file.startsWith('json-rules-engine/') ? file.split('/')[0] : file;
    perFile.set(fileKey, (perFile.get(fileKey) ?? 0) + us);
  }
  const rows = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms`;
  return [
    `total sampled ${(total / 1e6).toFixed(2)} s`,
    'by function (self):',
    ...rows(perFunction).map(([k, us]) => `  ${pct(us)}  ${k}`),
    'by file (self):',
    ...rows(perFile).map(([k, us]) => `  ${pct(us)}  ${k}`),
  ];
}
