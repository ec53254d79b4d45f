// Validation at load, over HTTP (POST /validate) and from the CLI, on the small fixture and its shapes.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/index.ts';
import { newStore } from '../../src/rdf/index.ts';
import { startServer } from '../../src/server/index.ts';
import { loadShapes, validateAtStart } from '../../src/shacl/index.ts';
import { runCli } from '../helpers/cli.ts';
import { folderWith } from '../helpers/files.ts';
import { jsonldQuads, turtleQuads } from '../helpers/parse.ts';
import {
  REAL_DATA,
  SMALL_DATA,
  SMALL_SHAPES,
  sharedServer,
  startTestServer,
  type TestServer,
} from '../helpers/server.ts';

const SH = 'http://www.w3.org/ns/shacl#';
const BROKEN_COUNTRY = '@prefix ex: <https://example.org/> .\nex:atlantis a ex:Country .\n';

describe('validation at load', () => {
  it('should refuse to start on a violation, naming node, path, shape and file', async () => {
    const extra = folderWith({ 'atlantis.ttl': BROKEN_COUNTRY });
    const start = startServer(
      { ...DEFAULTS, port: 0, dataPaths: [SMALL_DATA, extra], shapesPaths: [SMALL_SHAPES] },
      () => {},
    );
    await expect(start).rejects.toThrow(
      /1 violation.*CountryShape.*<https:\/\/example\.org\/atlantis> {2}rdfs:label\n {4}A country needs a label\. {2}\(.*atlantis\.ttl\).*--allow-invalid/s,
    );
  });

  it('should serve anyway with allowInvalid, and say so loudly', async () => {
    const extra = folderWith({ 'atlantis.ttl': BROKEN_COUNTRY });
    const logs: string[] = [];
    const server = await startServer(
      {
        ...DEFAULTS,
        port: 0,
        workers: 1,
        dataPaths: [SMALL_DATA, extra],
        shapesPaths: [SMALL_SHAPES],
        allowInvalid: true,
      },
      (l) => logs.push(l),
    );
    try {
      expect(logs.some((line) => line.startsWith('WARNING: serving a graph that VIOLATES its shapes'))).toBe(true);
      expect((await fetch(`${server.url}/sparql?query=ASK%7B%7D`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('validation at start, bounded in time', () => {
  it('should serve a graph whose validation runs past SUMMIT_KG_START_VALIDATION_MS, saying so everywhere', async () => {
    // A violation the start would refuse, had its validation finished in time (1 ms: it cannot).
    const extra = folderWith({ 'atlantis.ttl': BROKEN_COUNTRY });
    const server = await startTestServer({
      workers: 1,
      dataPaths: [...REAL_DATA, extra],
      cacheDir: '',
      startValidationMs: 1,
    });
    try {
      expect(server.validation.skipped).toMatch(/still running after 0\.001 s \(SUMMIT_KG_START_VALIDATION_MS\)/);
      expect(server.logs).toContainEqual(
        expect.stringMatching(/^WARNING: serving a graph that was NOT validated: .*SUMMIT_KG_START_VALIDATION_MS/),
      );
      const health = (await (await server.get('/health')).json()) as { validation: unknown };
      expect(health.validation).toEqual({ skipped: server.validation.skipped });
      const html = { headers: { Accept: 'text/html' } };
      const page = await (await server.get('/id/country/FR', html)).text();
      expect(page).toContain('Not validated: the validation of the graph did not run to its end');
      expect(page).not.toContain('<p class="conforms">');
      const fr = await (await server.get('/id/country/FR?lang=fr', html)).text();
      expect(fr).toContain('Non validé : la validation du graphe n’a pas abouti');
    } finally {
      await server.close();
    }
  });

  it('should not give a page of the unvalidated graph the ETag of the same page validated', async () => {
    const server = await startTestServer({ dataPaths: REAL_DATA, cacheDir: '', startValidationMs: 1 });
    try {
      const html = { headers: { Accept: 'text/html' } };
      const unvalidated = await server.get('/id/country/FR', html);
      const validated = await sharedServer('real').get('/id/country/FR', html);
      expect(unvalidated.headers.get('etag')).toMatch(/^(W\/)?"/);
      expect(validated.headers.get('etag')).toMatch(/^(W\/)?"/);
      expect(unvalidated.headers.get('etag')).not.toBe(validated.headers.get('etag'));
      // Without the difference, the validated page answers the same revalidation with 304.
      const again = await sharedServer('real').get('/id/country/FR', {
        headers: { Accept: 'text/html', 'If-None-Match': unvalidated.headers.get('etag') ?? '' },
      });
      expect(again.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('should report a graph too large to copy for validation as skipped, and any other failure as such', async () => {
    const { RuntimeError } = WebAssembly as unknown as { RuntimeError: new (message: string) => Error };
    // A real store with one graph, whose dump fails as a store past its memory does.
    const failing = (error: Error) => {
      const store = newStore();
      store.load('<https://example.org/a> <https://example.org/b> "c" <https://example.org/g> .', {
        format: 'application/n-quads',
      });
      store.dump = () => {
        throw error;
      };
      return { store, graphs: [], files: [] };
    };
    const shapes = loadShapes([SMALL_SHAPES]);
    const summary = await validateAtStart(failing(new RuntimeError('unreachable')), shapes);
    expect(summary).toMatchObject({ violations: 0, issues: [], conforms: false });
    expect(summary.skipped).toBe('stopped: the graph is too large to be copied for validation (unreachable)');
    await expect(validateAtStart(failing(new Error('a bug')), shapes)).rejects.toThrow('a bug');
  });

  it('should report the validation it waited for in /health', async () => {
    const server = await startTestServer({ cacheDir: '' });
    try {
      const health = (await (await server.get('/health')).json()) as { validation: unknown };
      expect(health.validation).toEqual({ violations: 0, warnings: 0, reused: false });
    } finally {
      await server.close();
    }
  });
});

describe('POST /validate', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ maxUploadBytes: 4096 });
  });
  afterAll(() => server.close());
  const post = (body: string, type = 'text/turtle', accept = 'text/turtle', query = '') =>
    server.get(`/validate${query}`, { method: 'POST', headers: { 'Content-Type': type, Accept: accept }, body });

  it('should validate an upload together with the graph and return the standard report in Turtle', async () => {
    const response = await post(BROKEN_COUNTRY);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-conforms')).toBe('false');
    const quads = turtleQuads(await response.text());
    expect(quads.find((q) => q.predicate.value === `${SH}conforms`)?.object.value).toBe('false');
    expect(quads.find((q) => q.predicate.value === `${SH}focusNode`)?.object.value).toBe(
      'https://example.org/atlantis',
    );
    expect(quads.find((q) => q.predicate.value === `${SH}resultPath`)?.object.value).toBe(
      'http://www.w3.org/2000/01/rdf-schema#label',
    );
  });

  it('should report conformance of a good upload', async () => {
    const response = await post(
      '@prefix ex: <https://example.org/> .\nex:chile a ex:Country ; <http://www.w3.org/2000/01/rdf-schema#label> "Chile"@en .\n',
    );
    expect(response.headers.get('x-conforms')).toBe('true');
    expect(turtleQuads(await response.text()).find((q) => q.predicate.value === `${SH}conforms`)?.object.value).toBe(
      'true',
    );
  });

  it('should check the upload against the graph: a second date for an existing event violates maxCount', async () => {
    const trig =
      '<https://example.org/graph/c> { <https://example.org/summit> <https://example.org/date> "2025-02-11"^^<http://www.w3.org/2001/XMLSchema#date> . }';
    const response = await post(trig, 'application/trig', 'text/plain');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(
      /EventShape.*\n {2}<https:\/\/example\.org\/summit> {2}<https:\/\/example\.org\/date>/,
    );
  });

  it('should validate what an upload puts in a graph named by a blank node, as part of the union', async () => {
    const trig = '_:contribution { <https://example.org/atlantis> a <https://example.org/Country> . }';
    const response = await post(trig, 'application/trig', 'text/plain');
    expect(response.headers.get('x-conforms')).toBe('false');
    expect(await response.text()).toMatch(/CountryShape.*<https:\/\/example\.org\/atlantis> {2}rdfs:label/s);
  });

  it('should negotiate the report as JSON-LD', async () => {
    const response = await post(BROKEN_COUNTRY, 'text/turtle', 'application/ld+json');
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(await jsonldQuads(await response.text())).toContain(`<${SH}ValidationReport>`);
  });

  it('should store nothing', async () => {
    await post(BROKEN_COUNTRY);
    const response = await server.get(
      `/sparql?query=${encodeURIComponent('ASK { <https://example.org/atlantis> ?p ?o }')}`,
    );
    expect(await response.json()).toEqual({ head: {}, boolean: false });
  });

  it('should answer 400 with line and column for broken RDF', async () => {
    const response = await post('@prefix ex: <https://example.org/> .\nex:a ex:b .\n');
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('The RDF could not be parsed: request body:2:11: . is not a valid RDF object\n');
  });

  it('should answer 413 to an oversized upload and 415 to an unknown type', async () => {
    expect((await post(`# ${'x'.repeat(5000)}\n`)).status).toBe(413);
    const wrongType = await post('{}', 'application/json');
    expect(wrongType.status).toBe(415);
    expect(await wrongType.text()).toContain('text/turtle, application/trig');
  });

  it('should answer 405 to GET', async () => {
    const response = await server.get('/validate');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

describe('summit-kg validate', () => {
  const run = (args: string[]) => runCli(['validate', '--data', SMALL_DATA, '--shapes', SMALL_SHAPES, ...args]);

  it('should exit 0 and say so when the graph conforms', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^The graph conforms to the shapes: no violations, 0 warnings; validated in \d+ ms\.\n$/);
  });

  it('should exit 1 on a violation in an extra file, with a report grouped by shape', async () => {
    const file = join(folderWith({ 'atlantis.ttl': BROKEN_COUNTRY }), 'atlantis.ttl');
    const { code, stdout } = await run([file]);
    expect(code).toBe(1);
    expect(stdout).toContain('Violation · <https://example.org/CountryShape> · 1 result');
  });

  it('should exit 0 on warnings only', async () => {
    const file = join(
      folderWith({ 'pop.ttl': '<https://example.org/india> <https://example.org/population> "many" .' }),
      'pop.ttl',
    );
    const { code, stdout } = await run([file]);
    expect(code).toBe(0);
    expect(stdout).toContain('Warning · <https://example.org/CountryShape>');
  });

  it('should stop with a message naming its heap bound when the graph does not fit in it, and keep nothing', async () => {
    const cacheDir = folderWith({});
    // Run from the sources, the thread transpiles its modules too: validating the real graph then needs
    // more than 64 MiB of heap (measured; the built command validates it within 32 MiB).
    const { code, stdout, stderr } = await runCli([
      'validate',
      '--validation-heap-bytes',
      String(32 * 1024 * 1024),
      '--cache-dir',
      cacheDir,
    ]);
    expect({ code, stdout, stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "The validation ran out of memory: the thread's JavaScript heap is bounded at 32 MiB (SUMMIT_KG_VALIDATION_HEAP_BYTES, --validation-heap-bytes). Raise the bound if the machine has the memory, or validate a smaller graph.\n",
    });
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('should keep the graph’s report for the next start, which then reuses it instead of validating', async () => {
    const cacheDir = folderWith({});
    const extra = join(folderWith({ 'atlantis.ttl': BROKEN_COUNTRY }), 'atlantis.ttl');
    // A contribution validated with the graph is not the graph: nothing is kept for it.
    await run([extra, '--cache-dir', cacheDir]);
    expect(readdirSync(cacheDir)).toEqual([]);
    const { code } = await run(['--cache-dir', cacheDir]);
    expect(code).toBe(0);
    const server = await startTestServer({
      workers: 1,
      dataPaths: [SMALL_DATA],
      shapesPaths: [SMALL_SHAPES],
      cacheDir,
    });
    try {
      expect(server.validation).toMatchObject({ cached: true, violations: 0, conforms: true });
    } finally {
      await server.close();
    }
  });

  it('should write the standard report as Turtle', async () => {
    const file = join(folderWith({ 'atlantis.ttl': BROKEN_COUNTRY }), 'atlantis.ttl');
    const { stdout } = await run([file, '--format', 'turtle']);
    expect(turtleQuads(stdout).some((q) => q.object.value === `${SH}ValidationReport`)).toBe(true);
  });
});
