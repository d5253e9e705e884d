// The CLI: gathers inputs, calls the core, picks a formatter, maps the gate to an exit code.
// MINIMAL first version; the CLI stage owner extends it.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ClauseCheckError, FAIL_ON, type FailOn } from '../model/index.js';
import { ingest } from '../ingest/index.js';
import { check, tag } from '../check.js';
import { formatJson } from '../report/json.js';
import { TOOL_VERSION } from '../version.js';

function readInput(path: string) {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ClauseCheckError('input-unreadable', code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`, { file: path });
  }
  return ingest(path, bytes);
}

export async function main(argv: readonly string[]): Promise<number> {
  let exit = 0;
  const program = new Command('clausecheck')
    .description('Check technology cross-license agreements against rule packs')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('check')
    .argument('<files...>')
    .option('--format <name>', 'json', 'json')
    .option('--fail-on <level>', 'error|warning|info|never', 'error')
    .action(async (files: string[], opts: { format: string; failOn: string }) => {
      if (!(FAIL_ON as readonly string[]).includes(opts.failOn)) throw new ClauseCheckError('usage', `--fail-on must be one of ${FAIL_ON.join(', ')}`);
      const report = await check(files.map(readInput), { failOn: opts.failOn as FailOn });
      process.stdout.write(formatJson(report));
      exit = report.summary.gate === 'fail' ? 1 : 0;
    });

  program
    .command('tag')
    .argument('<file>')
    .option('--format <name>', 'json', 'json')
    .action((file: string) => {
      process.stdout.write(`${JSON.stringify(tag(readInput(file)), null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof ClauseCheckError) {
      process.stderr.write(`clausecheck: ${e.render()}\n`);
      return 2;
    }
    throw e;
  }
}
