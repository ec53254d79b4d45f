// Handing the graph to a worker: each named graph in shared memory, loaded in slices, the union
// default graph rebuilt; the worker's store holds exactly what the loader's does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/index.ts';
import { loadGraph, namedGraphs, slices, unpackGraphs } from '../../src/graph/index.ts';
import { count, newStore, type Store } from '../../src/rdf/index.ts';
import { REAL_DATA, SMALL_DATA } from '../helpers/paths.ts';

const lines = (store: Store) => store.dump({ format: 'application/n-quads' }).split('\n').sort();

describe('packing the graph for the workers', () => {
  it.each([
    ['the fixture', SMALL_DATA],
    ['the real graph', REAL_DATA],
  ])('should give a worker the same quads as the loader, union default graph included (%s)', (_, paths) => {
    const graph = loadGraph([paths].flat(), { maxDataBytes: DEFAULTS.maxDataBytes });
    const { packed } = graph;
    expect(packed.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(packed.parts.map((p) => p.graph)).toEqual(graph.graphs.map((g) => g.graph));
    const store = newStore();
    unpackGraphs(store, packed, DEFAULTS.maxDataBytes);
    expect(lines(store)).toEqual(lines(graph.store));
  });

  it('should count each graph and the union as the store does, a literal over several lines included', () => {
    const folder = mkdtempSync(join(tmpdir(), 'summit-kg-pack-'));
    try {
      writeFileSync(
        join(folder, 'a.trig'),
        [
          '<https://e.org/g1> { <https://e.org/s> <https://e.org/p> """one',
          'two\r',
          'three""" , "x" . }',
          '<https://e.org/g2> { <https://e.org/s> <https://e.org/p> "x" . <https://e.org/s> <https://e.org/q> "y"@en . }',
          '<https://e.org/s> <https://e.org/p> "in the file graph" .',
        ].join('\n'),
      );
      const graph = loadGraph([folder], { maxDataBytes: DEFAULTS.maxDataBytes });
      expect(graph.graphs).toEqual(namedGraphs(graph.store));
      expect(graph.graphs.map((g) => g.quads)).toEqual([2, 2, 1]); // g1, g2, then the file's graph
      expect(graph.quadCount).toBe(5);
      // "x" is stated by two graphs: once in the union.
      expect(graph.tripleCount).toBe(count(graph.store, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'));
      expect(graph.tripleCount).toBe(4);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('should cut bytes into slices that add up to them, and parse across slice boundaries', () => {
    const text = Buffer.from('<https://e.org/s> <https://e.org/p> "été, à la ligne" .\n'.repeat(50));
    const parts = [...slices(text, 7)];
    expect(parts.every((part) => part.length <= 7)).toBe(true);
    expect(Buffer.concat(parts).equals(text)).toBe(true);
    const store = newStore();
    store.load(slices(text, 7), { format: 'application/n-triples' });
    expect(store.size).toBe(1);
    expect(lines(store)).toContain('<https://e.org/s> <https://e.org/p> "été, à la ligne" .');
  });

  it('should turn a WebAssembly trap while loading into a message naming the limit and the external store', () => {
    const { RuntimeError } = (globalThis as unknown as { WebAssembly: { RuntimeError: new (m: string) => Error } })
      .WebAssembly;
    const full = {
      load: () => {
        throw new RuntimeError('unreachable');
      },
    } as unknown as Store;
    const packed = { bytes: new Uint8Array(1), parts: [{ graph: 'https://e.org/g', start: 0, end: 1 }] };
    expect(() => unpackGraphs(full, packed, 200 * 1024 * 1024)).toThrow(
      /https:\/\/e\.org\/g: the store ran out of memory while loading \(unreachable\).*4 GiB.*200\.0 MB limit \(SUMMIT_KG_MAX_DATA_BYTES\).*external triple store/s,
    );
  });
});
