// A throwaway Virtuoso (Debian's virtuoso-opensource) for tests: a database in a temporary folder,
// listening on free loopback ports, its dba user with the default password; stopped and removed
// after. Its SPARQL endpoint is /sparql, the Graph Store Protocol /sparql-graph-crud-auth (HTTP
// Digest), SPARQL Update /sparql-auth (Digest).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VIRTUOSO = process.env.VIRTUOSO_PATH ?? '/usr/bin/virtuoso-t';
/** The dba user a fresh Virtuoso database starts with. */
export const VIRTUOSO_CREDENTIALS = { SUMMIT_KG_STORE_USER: 'dba', SUMMIT_KG_STORE_PASSWORD: 'dba' };

export interface Virtuoso {
  sparql: string;
  graphStore: string;
  update: string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (free when asked; Virtuoso takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function ini(folder: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${folder}/virtuoso.db
ErrorLogFile = ${folder}/virtuoso.log
LockFile = ${folder}/virtuoso.lck
TransactionFile = ${folder}/virtuoso.trx
xa_persistent_file = ${folder}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = ${folder}/virtuoso-temp.db
TransactionFile = ${folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
`;
}

/** Starts Virtuoso and resolves once /sparql answers; undefined when Virtuoso is not installed. */
export async function startVirtuoso(timeoutMs = 180_000): Promise<Virtuoso | undefined> {
  if (!existsSync(VIRTUOSO)) return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'summit-kg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(folder, 'virtuoso.ini'), ini(folder, sqlPort, httpPort));
  const child = spawn(VIRTUOSO, ['+foreground', '+configfile', join(folder, 'virtuoso.ini')], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const base = `http://127.0.0.1:${httpPort}`;
  const stop = () => stopChild(child, folder);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`);
      if (response.ok)
        return {
          sparql: `${base}/sparql`,
          graphStore: `${base}/sparql-graph-crud-auth`,
          update: `${base}/sparql-auth`,
          stop,
        };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`Virtuoso did not start within ${timeoutMs / 1000} s:\n${output.slice(-2000)}`);
}

async function stopChild(child: ChildProcess, folder: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killed);
  }
  rmSync(folder, { recursive: true, force: true });
}
