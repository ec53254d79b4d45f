// Start-up failures a supervisor can act on (finding 6): one clear line, the documented exit code,
// and a process that is gone, not one that hangs on its worker threads. Data behind symbolic links
// (a Kubernetes ConfigMap mount) loads like any other.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI_ARGS, runCli } from '../helpers/cli.ts';
import { SMALL_DATA, SMALL_SHAPES } from '../helpers/server.ts';

const REAL_DATA = fileURLToPath(new URL('../../data', import.meta.url));
const ONTOLOGY = fileURLToPath(new URL('../../ontology', import.meta.url));

/** Runs `summit-kg serve` as a real process and waits for it to exit (a hang fails the test by its timeout). */
function serve(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI_ARGS, 'serve', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a server that cannot start', () => {
  it('should say the port is in use in one line, exit 2, and leave nothing running', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const { code, stderr } = await serve(['--port', String(port), '--data', SMALL_DATA, '--shapes', SMALL_SHAPES]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `Cannot listen on 127.0.0.1:${port}: the port is in use. Choose another port with --port or SUMMIT_KG_PORT.\n`,
      );
    } finally {
      taken.close();
    }
  });

  it('should name a missing data folder in one line and exit 2', async () => {
    const { code, stderr } = await serve(['--port', '0', '--data', '/nonexistent/data', '--shapes', SMALL_SHAPES]);
    expect(code).toBe(2);
    expect(stderr).toBe('/nonexistent/data: no such file or folder\n');
  });

  it('should name a missing shapes folder in one line and exit 2', async () => {
    const { code, stderr } = await serve(['--port', '0', '--data', SMALL_DATA, '--shapes', '/nonexistent/shapes']);
    expect(code).toBe(2);
    expect(stderr).toBe('/nonexistent/shapes: no such file or folder\n');
  });

  it('should name a data file whose link leads nowhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-kg-links-'));
    symlinkSync('/nonexistent/gone.ttl', join(dir, 'gone.ttl'));
    const { code, stderr } = await runCli(['validate', '--data', dir, '--shapes', SMALL_SHAPES]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${join(dir, 'gone.ttl')}: no such file or folder\n`);
  });
});

describe('data behind symbolic links', () => {
  it('should load every file of a folder of links, as a ConfigMap mount presents them', async () => {
    // A ConfigMap volume: the files live in a hidden timestamped folder, reached through ..data and one link per file.
    const mount = mkdtempSync(join(tmpdir(), 'summit-kg-configmap-'));
    const stamped = join(mount, '..2026_11_30_10_00_00.000000000');
    mkdirSync(stamped);
    for (const dir of [REAL_DATA, ONTOLOGY]) {
      for (const name of readdirSync(dir)) symlinkSync(join(dir, name), join(stamped, name));
    }
    symlinkSync(stamped, join(mount, '..data'));
    for (const name of readdirSync(stamped)) symlinkSync(join('..data', name), join(mount, name));
    const { code, stdout } = await runCli([
      'query',
      '--data',
      mount,
      'SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }',
    ]);
    expect(code).toBe(0);
    const direct = await runCli([
      'query',
      '--data',
      ONTOLOGY,
      '--data',
      REAL_DATA,
      'SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }',
    ]);
    expect(stdout).toBe(direct.stdout);
    expect(stdout).toMatch(/\n\s*9\s*\n/);
  });
});
