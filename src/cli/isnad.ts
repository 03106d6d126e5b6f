#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.ts';
import { runClaims } from './claims-command.ts';
import { runXref } from './xref-command.ts';

const USAGE = `usage: isnad claims FILE [--json]
       isnad xref FILE... [--corpus PATH] [--json]

  claims   print the checkable claims of a .txt or .html article
  xref     cross-reference each FILE's claims against a corpus
           (PATH: a folder of .txt/.html articles or a JSON Lines export; default seeds/)`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(USAGE + '\n');
    if (!command) process.exitCode = 1;
    return;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, corpus: { type: 'string' } },
    });
  } catch (e) {
    throw new CliError((e as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (command === 'claims') {
    if (positionals.length !== 1) throw new CliError('claims takes exactly one FILE');
    if (values.corpus !== undefined) throw new CliError('claims does not take --corpus');
    await runClaims(positionals[0], values.json ?? false);
  } else if (command === 'xref') {
    if (positionals.length === 0) throw new CliError('xref needs at least one FILE');
    await runXref(positionals, values.corpus ?? 'seeds', values.json ?? false);
  } else {
    throw new CliError(`unknown command "${command}" (try: claims, xref)`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const message = e instanceof CliError ? e.message : `unexpected error: ${(e as Error)?.message ?? String(e)}`;
  process.stderr.write(`isnad: ${message}\n`);
  process.exitCode = 1;
});
