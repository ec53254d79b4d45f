// A throwaway Virtuoso (Debian's virtuoso-opensource), for `npm run bench` and the external-store
// tests: started on free loopback ports with its database in a temporary folder, its dba user keeping
// the default password, stopped and deleted afterwards. Its SPARQL endpoint is /sparql, the Graph Store
// Protocol /sparql-graph-crud-auth and SPARQL Update /sparql-auth (both HTTP Digest).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { freePort } from './free-port.ts';

export const VIRTUOSO = process.env.VIRTUOSO_PATH ?? '/usr/bin/virtuoso-t';
/** The dba user a fresh Virtuoso database starts with, as `summit-kg publish` reads credentials. */
export const VIRTUOSO_CREDENTIALS = { SUMMIT_KG_STORE_USER: 'dba', SUMMIT_KG_STORE_PASSWORD: 'dba' };

export interface Virtuoso {
  sparql: string;
  graphStore: string;
  update: string;
  /** Its SQL port, for isql. */
  sqlPort: number;
  stop(): Promise<void>;
}

/** Why a Virtuoso with its bulk loader (isql) cannot be started here, or undefined when it can. */
export function virtuosoMissing(): string | undefined {
  if (!existsSync(VIRTUOSO)) return `${VIRTUOSO} is not installed (Debian: apt-get install virtuoso-opensource)`;
  if (!spawnSync('which', ['isql-vt'], { encoding: 'utf8' }).stdout.trim()) {
    return 'isql-vt is not installed (Debian: apt-get install virtuoso-opensource-7-bin)';
  }
  return undefined;
}

function ini(folder: string, dirsAllowed: string[], sqlPort: number, httpPort: number): string {
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
CheckpointInterval = 0
DirsAllowed = ${['.', ...dirsAllowed].join(', ')}
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
EnabledGzipContent = 0
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 0
`;
}

/** Starts Virtuoso and resolves once /sparql answers; `dirsAllowed` are folders its bulk loader may read. */
export async function startVirtuoso(options: { dirsAllowed?: string[]; timeoutMs?: number } = {}): Promise<Virtuoso> {
  const { dirsAllowed = [], timeoutMs = 180_000 } = options;
  const folder = mkdtempSync(join(tmpdir(), 'summit-kg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(folder, 'virtuoso.ini'), ini(folder, dirsAllowed, sqlPort, httpPort));
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
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`);
      if (response.ok) {
        return {
          sparql: `${base}/sparql`,
          graphStore: `${base}/sparql-graph-crud-auth`,
          update: `${base}/sparql-auth`,
          sqlPort,
          stop,
        };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`Virtuoso did not start within ${timeoutMs / 1000} s:\n${output.slice(-2000)}`);
}

function isql(port: number, statement: string): { ok: boolean; output: string } {
  const result = spawnSync('isql-vt', [String(port), 'dba', 'dba', `exec=${statement}`], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { ok: result.status === 0 && !/\*\*\* Error/.test(result.stdout), output: result.stdout + result.stderr };
}

/**
 * Loads an N-Quads file (from `summit-kg export`) with Virtuoso's own bulk loader, named graphs kept,
 * as its users load data; its folder must be among the `dirsAllowed`. Returns the time it took.
 */
export function bulkLoad(virtuoso: Virtuoso, nquadsFile: string): number {
  const started = performance.now();
  const load = isql(
    virtuoso.sqlPort,
    `ld_dir('${dirname(nquadsFile)}', '${basename(nquadsFile)}', 'urn:bench:default'); rdf_loader_run(); checkpoint;`,
  );
  if (!load.ok) throw new Error(`Virtuoso could not load ${nquadsFile}: ${load.output.slice(0, 500)}`);
  const errors = isql(virtuoso.sqlPort, 'SELECT ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;');
  if (/\S+\s+Rows\. -- /.test(errors.output) && !/^0 Rows\./m.test(errors.output)) {
    throw new Error(`Virtuoso's loader reported errors: ${errors.output.slice(0, 500)}`);
  }
  return performance.now() - started;
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
