// The summit-kg command: serve the endpoint, run a query, validate, export, saved queries, links.
// `main` runs it in-process (tests call it directly); exit codes come from the error's kind.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { AppError, type ErrorKind } from '../errors.ts';
import type { Io } from './io.ts';
import { createProgram } from './program.ts';

/** 0 success; 1 bad data, a bad query, violations, a failed remote call; 2 bad usage or settings. */
const EXIT_CODES: Partial<Record<ErrorKind, number>> = { usage: 2, io: 2, 'not-found': 2, 'cannot-listen': 2 };

export function exitCode(error: AppError): number {
  return EXIT_CODES[error.kind] ?? 1;
}

const PROCESS_IO: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/** Runs the CLI; resolves to the exit code. A running server (`serve`) resolves 0 once it listens. */
export async function main(argv: string[], io: Io = PROCESS_IO): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return program.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ? 0 : 2;
    }
    if (error instanceof AppError) {
      io.stderr(`${error.kind === 'internal' ? 'Internal error: ' : ''}${error.message.trimEnd()}\n`);
      return exitCode(error);
    }
    io.stderr(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

/**
 * Runs as a program: exits with the code once output is flushed, unless a server keeps running.
 * Nothing may keep a failed or finished command alive: a second later it exits regardless.
 */
export async function runAsProgram(): Promise<void> {
  const code = await main(process.argv.slice(2));
  if (code === 0 && process.argv[2] === 'serve') return;
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1000).unref();
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) await runAsProgram();
