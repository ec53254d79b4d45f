// Parsing the data files on several threads gives exactly the graph one thread gives: the same
// named graphs and sizes, the same files and their graphs, the same union, and the same first error.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/index.ts';
import { type DataFile, hashOfFiles, loadGraph, namedGraphs, unpackGraphs } from '../../src/graph/index.ts';
import { newStore, type Store } from '../../src/rdf/index.ts';
import { completeGraph, parseGraph, runsOf, threadsFor } from '../../src/workers/parse.ts';
import { REAL_DATA } from '../helpers/paths.ts';

const lines = (store: Store) => store.dump({ format: 'application/n-quads' }).split('\n').sort();
const options = (paths: string[], threads: number) => ({
  maxDataBytes: DEFAULTS.maxDataBytes,
  heapBytes: DEFAULTS.validationHeapBytes,
  hash: hashOfFiles(paths),
  threads,
});

describe('cutting the files into runs', () => {
  const file = (bytes: number, stem = `f${bytes}`): DataFile => ({ path: stem, stem, syntax: 'text/turtle', bytes });

  it('should keep the files in order, in runs of about equal bytes, none empty', () => {
    const files = [file(29), file(60), file(12), file(17), file(56), file(57), file(4), file(3)];
    const runs = runsOf(files, 2);
    expect(runs.flat()).toEqual(files);
    expect(runs.map((run) => run.reduce((sum, f) => sum + f.bytes, 0))).toEqual([118, 120]);
    expect(runsOf(files, 1)).toEqual([files]);
    expect(runsOf([file(100), file(1)], 4)).toEqual([[file(100)], [file(1)]]);
    expect(runsOf([], 2)).toEqual([[]]);
  });

  it('should give a thread only to a run of at least 32 MiB, and at most one per core', () => {
    const MB = 1000 * 1000;
    expect(threadsFor(1 * MB, 2)).toBe(1); // the real graph
    expect(threadsFor(24 * MB, 2)).toBe(1); // 100k quads
    expect(threadsFor(237 * MB, 2)).toBe(2); // a million quads on this machine
    expect(threadsFor(237 * MB, 64)).toBe(7); // not 64 threads, each with its bulk loader's reserve
    expect(threadsFor(0, 1)).toBe(1);
  });
});

describe('parsing on several threads', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'summit-kg-parse-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should give the graph one thread gives, from the real data on three threads', async () => {
    const one = loadGraph(REAL_DATA, { maxDataBytes: DEFAULTS.maxDataBytes });
    const parsed = await parseGraph(REAL_DATA, options(REAL_DATA, 3));
    expect(parsed.others).toHaveLength(2);
    expect(parsed.graphs).toEqual(one.graphs);
    expect(parsed.files).toEqual(one.files);
    expect(parsed.quadCount).toBe(one.quadCount);
    expect(parsed.hash).toBe(one.hash);
    // What the workers load is the same graph.
    const worker = newStore();
    unpackGraphs(worker, parsed.packed, DEFAULTS.maxDataBytes);
    expect(lines(worker)).toEqual(lines(one.store));
    // And so is the loader's store once completed.
    const complete = completeGraph(parsed, DEFAULTS.maxDataBytes);
    expect(complete.tripleCount).toBe(one.tripleCount);
    expect(lines(complete.store)).toEqual(lines(one.store));
  });

  it('should count a graph that files of two runs fill once, and list it under the first file', async () => {
    writeFileSync(join(dir, 'a.trig'), '<https://e.org/g> { <https://e.org/s> <https://e.org/p> "x" , "y" . }\n');
    writeFileSync(join(dir, 'b.trig'), '<https://e.org/g> { <https://e.org/s> <https://e.org/p> "y" , "z" . }\n');
    const parsed = await parseGraph([dir], options([dir], 2));
    expect(parsed.others).toHaveLength(1);
    const complete = completeGraph(parsed, DEFAULTS.maxDataBytes);
    expect(parsed.graphs).toEqual(namedGraphs(complete.store));
    expect(parsed.graphs).toEqual([{ graph: 'https://e.org/g', quads: 3 }]);
    expect(parsed.files.map((f) => f.graphs)).toEqual([['https://e.org/g'], []]);
    expect(complete.tripleCount).toBe(3);
  });

  it('should throw the first bad file, as one thread does, when a later run fails first', async () => {
    // The first run is large and fails at its end; the second is small and fails at once.
    writeFileSync(
      join(dir, 'a.ttl'),
      `${'<https://e.org/s> <https://e.org/p> "a fact" .\n'.repeat(100_000)}<https://e.org/s> <https://e.org/p> .\n`,
    );
    writeFileSync(join(dir, 'b.ttl'), '<https://e.org/s> <https://e.org/p> <not an iri> .\n');
    const one = (() => {
      try {
        loadGraph([dir], { maxDataBytes: DEFAULTS.maxDataBytes });
      } catch (error) {
        return error as Error;
      }
    })();
    expect(one?.message).toMatch(/a\.ttl:100001:/);
    await expect(parseGraph([dir], options([dir], 2))).rejects.toThrow(one?.message ?? 'an error');
    // The first run parses fine: the second's error is the one thrown.
    writeFileSync(join(dir, 'a.ttl'), '<https://e.org/s> <https://e.org/p> "a fact" .\n');
    await expect(parseGraph([dir], options([dir], 2))).rejects.toThrow(/b\.ttl:1:/);
  });
});
