// What a start keeps in the cache folder and reads back: the same dataset, catalogue and validation
// as computing them, never a stale one when a file changes, and a corrupt or missing cache is
// simply computed again.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Binder, type Catalog, keptCatalog, loadCatalog } from '../../src/catalog/index.ts';
import { DEFAULTS, keep, keptName, readKept } from '../../src/config/index.ts';
import { namedGraphs, unpackGraphs } from '../../src/graph/index.ts';
import { buildSiteIndex } from '../../src/pages/index.ts';
import { newStore, writeSparql } from '../../src/rdf/index.ts';
import { keepSiteIndex, keptStart } from '../../src/workers/kept-start.ts';
import type { LoaderData } from '../../src/workers/messages.ts';
import { startLoading } from '../../src/workers/start.ts';
import { FIXTURE_QUERIES, REAL_DATA, SMALL_DATA, SMALL_SHAPES } from '../helpers/paths.ts';

let dir: string;
let settings: LoaderData['settings'];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kept-'));
  cpSync(SMALL_DATA, join(dir, 'data'), { recursive: true });
  settings = {
    dataPaths: [join(dir, 'data')],
    maxDataBytes: DEFAULTS.maxDataBytes,
    shapesPaths: [SMALL_SHAPES],
    queriesPaths: [FIXTURE_QUERIES],
    cacheDir: join(dir, 'cache'),
    shaclEngine: 'shacl-engine',
    validationHeapBytes: DEFAULTS.validationHeapBytes,
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A start through the loader thread, as the server makes it. */
async function start() {
  const loading = startLoading(settings);
  return { dataset: await loading.dataset, validation: await loading.validation };
}

describe('a start from the same files', () => {
  it('should read back the dataset and the validation the first start computed, without a loader', async () => {
    expect(keptStart(settings)).toBeUndefined();
    const first = await start();
    expect(first.dataset.kept).toBe(false);
    expect(first.validation.cached).toBeFalsy();

    const again = keptStart(settings);
    expect(again).toBeDefined();
    expect(again?.dataset.kept).toBe(true);
    const { data, loadMs, kept, ...rest } = again!.dataset;
    const { data: firstData, loadMs: firstMs, kept: firstKept, ...firstRest } = first.dataset;
    expect(rest).toEqual(firstRest);
    expect(data.parts).toEqual(firstData.parts);
    expect(Buffer.from(data.bytes).equals(Buffer.from(firstData.bytes))).toBe(true);
    expect(data.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    const { cached, durationMs, ...report } = again!.validation;
    const { cached: c, durationMs: d, ...firstReport } = first.validation;
    expect(cached).toBe(true);
    expect(report).toEqual(firstReport);
  });

  it('should compute everything again when a data file changes', async () => {
    await start();
    appendFileSync(join(dir, 'data', 'notes.ttl'), '\n<https://example.org/new> <https://example.org/p> "added" .\n');
    expect(keptStart(settings)).toBeUndefined();
    const changed = await start();
    expect(changed.dataset.kept).toBe(false);
    expect(changed.dataset.quadCount).toBeGreaterThan(0);
    expect(keptStart(settings)?.dataset.hash).toBe(changed.dataset.hash);
  });

  it('should load again, not fail, when a kept file is truncated', async () => {
    const first = await start();
    const nt = readdirSync(settings.cacheDir).find((f) => f.startsWith('dataset-') && f.endsWith('.nt'));
    truncateSync(join(settings.cacheDir, nt!), 10);
    expect(keptStart(settings)).toBeUndefined();
    const again = await start();
    expect(again.dataset.kept).toBe(false);
    expect(again.dataset.quadCount).toBe(first.dataset.quadCount);
  });

  it('should still say what is wrong with the data when nothing is kept', async () => {
    writeFileSync(join(dir, 'data', 'broken.ttl'), '<https://example.org/a> <https://example.org/b> .\n');
    await expect(start()).rejects.toMatchObject({ kind: 'syntax', context: { file: join(dir, 'data', 'broken.ttl') } });
  });
});

describe('a validation past its heap bound at start', () => {
  it('should serve the loaded data, reported as not validated, naming the bound', async () => {
    // Run from the sources, the real graph loads within 32 MiB of heap (its store is WebAssembly memory)
    // and its validation needs more (measured: it passes at 96 MiB).
    const loading = startLoading({
      ...settings,
      dataPaths: REAL_DATA,
      shapesPaths: ['shapes'],
      validationHeapBytes: 32 * 1024 * 1024,
    });
    expect((await loading.dataset).quadCount).toBeGreaterThan(5000);
    const validation = await loading.validation;
    expect(validation.skipped).toBe(
      "stopped: The validation at start ran out of memory: the thread's JavaScript heap is bounded at 32 MiB (SUMMIT_KG_VALIDATION_HEAP_BYTES, --validation-heap-bytes). Raise the bound if the machine has the memory, or validate a smaller graph.",
    );
    expect(validation).toMatchObject({ violations: 0, warnings: 0, issues: [] });
    // Nothing is kept of a validation that did not end: the next start validates again.
    expect(readdirSync(settings.cacheDir).filter((f) => f.startsWith('validation'))).toEqual([]);
  });
});

describe('the pages’ index at start', () => {
  it('should be read by the loader from its store, the same index as a worker reads from its own', async () => {
    const loading = startLoading(settings);
    const [dataset, index] = await Promise.all([loading.dataset, loading.siteIndex]);
    await loading.validation;
    const store = newStore();
    unpackGraphs(store, dataset.data, DEFAULTS.maxDataBytes);
    expect(index).toBeDefined();
    expect(index).toEqual(buildSiteIndex(store, namedGraphs(store)));
    expect(index?.resources.length).toBeGreaterThan(0);
  });

  it('should not be read again when it is kept', async () => {
    const first = startLoading(settings);
    const [dataset, index] = await Promise.all([first.dataset, first.siteIndex]);
    await first.validation;
    keepSiteIndex(settings.cacheDir, dataset.hash, index!);
    // The packed dataset gone, the loader reads the files again: the index of the same data is kept.
    for (const f of readdirSync(settings.cacheDir)) if (f.startsWith('dataset-')) rmSync(join(settings.cacheDir, f));
    const again = startLoading(settings);
    expect(await again.dataset).toMatchObject({ hash: dataset.hash, kept: false });
    await expect(again.siteIndex).resolves.toBeUndefined();
    await again.validation;
  });
});

/** `twins` holds the queries of `read`, parsed, bound and described alike. */
function expectSameQueries(twins: Catalog | undefined, read: Catalog) {
  expect(twins?.queries.map((q) => q.name)).toEqual(read.queries.map((q) => q.name));
  expect(twins?.missing).toEqual(read.missing);
  const binder = new Binder(DEFAULTS.maxQueryBytes, 0);
  for (const query of read.queries) {
    const twin = twins?.get(query.name);
    expect(twin && writeSparql(twin.parsed)).toBe(writeSparql(query.parsed));
    expect(twin?.parameters).toEqual(query.parameters);
    expect(twin?.variables).toEqual(query.variables);
    expect({ ...twin, parsed: undefined }).toEqual({ ...query, parsed: undefined });
    // Each parameter with the example its header gives, as a reader of the API would call it.
    const given = Object.fromEntries(query.parameters.flatMap((p) => (p.example ? [[p.name, [p.example]]] : [])));
    expect(twin && binder.bind(twin, given).text).toBe(binder.bind(query, given).text);
  }
}

describe('the saved queries at start', () => {
  it('should be read and tried once, by the loader, and handed over as the files give them', async () => {
    const loading = startLoading(settings);
    const handed = await loading.catalog;
    await loading.validation;
    expectSameQueries(handed, loadCatalog([FIXTURE_QUERIES], { tryEngine: true }));
    // Kept on the way: the next start reads them back without a loader.
    expectSameQueries(keptStart(settings)?.catalog, loadCatalog([FIXTURE_QUERIES], { tryEngine: true }));
  });

  it('should be left to the HTTP thread, not waited for, when the loader is stopped before it reads them', async () => {
    // The validation's bound starts once the index is read, before the queries are: 1 ms stops the loader first.
    const loading = startLoading(settings, 1);
    await expect(loading.catalog).resolves.toBeUndefined();
    expect((await loading.validation).skipped).toMatch(/SUMMIT_KG_START_VALIDATION_MS/);
  });

  it('should fail the start, naming the file, when a saved query is broken', async () => {
    const queries = join(dir, 'queries');
    cpSync(FIXTURE_QUERIES, queries, { recursive: true });
    writeFileSync(join(queries, 'broken.rq'), '#+ summary: Broken\nSELECT ?x WHERE { ?x ?p }\n');
    const loading = startLoading({ ...settings, queriesPaths: [queries] });
    await expect(loading.catalog).rejects.toMatchObject({
      kind: 'syntax',
      context: { file: join(queries, 'broken.rq') },
    });
    await expect(loading.validation).rejects.toMatchObject({ kind: 'syntax' });
  });
});

describe('a kept catalogue', () => {
  it('should be kept only once the engine tried every query, and bind as the one read from the files', () => {
    const cacheDir = settings.cacheDir;
    loadCatalog([FIXTURE_QUERIES], { tryEngine: false, cacheDir });
    expect(keptCatalog([FIXTURE_QUERIES], cacheDir)).toBeUndefined();
    const read = loadCatalog([FIXTURE_QUERIES], { tryEngine: true, cacheDir });
    expectSameQueries(keptCatalog([FIXTURE_QUERIES], cacheDir), read);
  });

  it('should not be read back once a query file changes', () => {
    const queries = join(dir, 'queries');
    cpSync(FIXTURE_QUERIES, queries, { recursive: true });
    loadCatalog([queries], { tryEngine: true, cacheDir: settings.cacheDir });
    expect(keptCatalog([queries], settings.cacheDir)).toBeDefined();
    appendFileSync(join(queries, 'about.rq'), '\n# changed\n');
    expect(keptCatalog([queries], settings.cacheDir)).toBeUndefined();
  });
});

describe('the cache folder', () => {
  it('should key a result by what it was computed from', () => {
    expect(keptName('x', 'a', 'b')).toBe(keptName('x', 'a', 'b'));
    expect(keptName('x', 'a', 'b')).not.toBe(keptName('x', 'ab'));
    expect(keptName('x', 'a')).toMatch(/^x-[0-9a-f]{32}$/);
  });

  it('should treat a folder it cannot write as no cache, and write whole files only', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    expect(() => keep(join(file, 'cache'), 'a.json', '{}')).not.toThrow();
    expect(readKept(join(file, 'cache'), 'a.json')).toBeUndefined();
    keep(settings.cacheDir, 'a.json', '{"whole":true}');
    expect(readdirSync(settings.cacheDir)).toEqual(['a.json']);
    expect(readKept('', 'a.json')).toBeUndefined();
  });
});
