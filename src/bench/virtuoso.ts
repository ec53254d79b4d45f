// A throwaway Virtuoso for `npm run bench`: Debian's virtuoso-opensource started on loopback with its
// database in a temporary folder, loaded with an N-Quads file (from `summit-kg export`) by its bulk
// loader, and stopped and deleted afterwards. When it is not installed, says so and nothing starts.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface Virtuoso {
  /** Its SPARQL endpoint. */
  url: string;
  loadMs: number;
  stop: () => void;
}

const which = (program: string) => spawnSync('which', [program], { encoding: 'utf8' }).stdout.trim();

/** Why a Virtuoso cannot be started here, or undefined when it can. */
export function virtuosoMissing(): string | undefined {
  if (!which('virtuoso-t')) return 'virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)';
  if (!which('isql-vt')) return 'isql-vt is not installed (Debian: apt-get install virtuoso-opensource-7-bin)';
  return undefined;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function ini(dir: string, dataDir: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
DirsAllowed = ., ${dataDir}, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
CheckpointInterval = 0
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

function isql(port: number, statement: string): { ok: boolean; output: string } {
  const result = spawnSync('isql-vt', [String(port), 'dba', 'dba', `exec=${statement}`], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { ok: result.status === 0 && !/\*\*\* Error/.test(result.stdout), output: result.stdout + result.stderr };
}

async function until(what: string, child: ChildProcess, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (child.exitCode !== null) throw new Error(`Virtuoso exited (code ${child.exitCode}) before ${what}`);
    if (performance.now() - start > timeoutMs) throw new Error(`Virtuoso: no ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Starts a Virtuoso in a temporary folder and bulk-loads `nquadsFile` into it (named graphs kept). */
export async function startVirtuoso(nquadsFile: string): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'virtuoso.ini'), ini(dir, dirname(nquadsFile), sqlPort, httpPort));
  const child = spawn('virtuoso-t', ['+foreground', '+configfile', join(dir, 'virtuoso.ini')], {
    cwd: dir,
    stdio: 'ignore',
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await until('an SQL connection', child, () => isql(sqlPort, 'status();').ok);
    const started = performance.now();
    const load = isql(
      sqlPort,
      `ld_dir('${dirname(nquadsFile)}', '${basename(nquadsFile)}', 'urn:bench:default'); rdf_loader_run(); checkpoint;`,
    );
    if (!load.ok) throw new Error(`Virtuoso could not load ${nquadsFile}: ${load.output.slice(0, 500)}`);
    const errors = isql(sqlPort, 'SELECT ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;');
    if (/\S+\s+Rows\. -- /.test(errors.output) && !/^0 Rows\./m.test(errors.output)) {
      throw new Error(`Virtuoso's loader reported errors: ${errors.output.slice(0, 500)}`);
    }
    const loadMs = performance.now() - started;
    const url = `http://127.0.0.1:${httpPort}/sparql`;
    await until('SPARQL endpoint', child, () => true);
    return { url, loadMs, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
