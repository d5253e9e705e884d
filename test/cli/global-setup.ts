// Spawn tests run the built bin: build once per test run so dist/ matches src/ (a clean clone needs nothing else).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  // Type errors still emit JavaScript; `npm run typecheck` reports them. Only a missing build is fatal here.
  if (r.status !== 0) process.stderr.write(`globalSetup: build reported problems:\n${r.stdout}${r.stderr}`);
  if (!existsSync(new URL('../../dist/cli/main.js', import.meta.url))) throw new Error('build failed: dist/cli/main.js is missing');
}
