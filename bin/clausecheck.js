#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli/main.js (built by `npm run build`, run on `npm install` via `prepare`).

// A reader that stops early (`clausecheck check x | head`) is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// Never a stack trace, and exit 2 ("could not run") even when the build itself is missing or broken.
function fail(err) {
  process.stderr.write(`clausecheck: internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
  process.exitCode = 2;
}

import('../dist/cli/main.js').then(
  ({ main }) => main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, fail),
  (err) => fail(new Error(`cannot load the built CLI (run \`npm run build\`): ${err instanceof Error ? err.message : String(err)}`)),
);
