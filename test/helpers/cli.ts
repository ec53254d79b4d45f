// The summit-kg program run in-process, as tests drive it: arguments and environment in, exit code
// and output out. A few end-to-end tests still spawn the real command (spawnCli).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with `env` over the test process's environment. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: { ...process.env, ...env },
  });
  return { code, stdout, stderr };
}

/** The CLI's source entry, run as a separate process through tsx (as `npm run cli` runs the built one). */
export const CLI_ENTRY = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
export const CLI_ARGS = ['--import', 'tsx', CLI_ENTRY];

/** Runs the CLI as a real process, optionally with standard input. */
export function spawnCli(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...CLI_ARGS, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}
