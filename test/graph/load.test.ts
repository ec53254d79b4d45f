// Loading the data: all files or nothing, errors at file:line:column, a size guard before the store.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/index.ts';
import { AppError } from '../../src/errors.ts';
import { loadGraph } from '../../src/graph/index.ts';
import { select } from '../../src/rdf/index.ts';
import { startServer } from '../../src/server/index.ts';
import { folderWith } from '../helpers/files.ts';
import { SMALL_DATA } from '../helpers/server.ts';

function shouldNotLoad(files: Record<string, string>, message: string | RegExp) {
  const dir = folderWith(files);
  expect(() => loadGraph([dir], { maxDataBytes: DEFAULTS.maxDataBytes })).toThrow(message);
}

describe('loading data files', () => {
  it('should keep the named graphs of TriG and put Turtle in a graph named after the file', () => {
    const graph = loadGraph([SMALL_DATA], { maxDataBytes: DEFAULTS.maxDataBytes });
    expect(graph.graphs).toEqual([
      { graph: 'https://example.org/graph/a', quads: 9 },
      { graph: 'https://example.org/graph/b', quads: 4 },
      { graph: 'https://w3id.org/aiactionsummit/graph/notes', quads: 1 },
    ]);
    expect(graph.quadCount).toBe(14);
    expect(graph.tripleCount).toBe(13);
    expect(graph.files.map((f) => f.stem)).toEqual(['notes', 'sources']);
  });

  it('should put every named graph in the union, each triple once', () => {
    const dir = folderWith({
      'g.trig':
        '<https://g> { <https://a> <https://b> <https://c> . <https://a> <https://b> <https://d> . }\n' +
        '<https://h> { <https://a> <https://b> <https://c> . <https://e> <https://b> <https://c> . }\n',
    });
    const graph = loadGraph([dir], { maxDataBytes: DEFAULTS.maxDataBytes });
    expect(graph.quadCount).toBe(4);
    expect(graph.tripleCount).toBe(3);
    const union = select(graph.store, 'SELECT ?s ?o WHERE { ?s <https://b> ?o } ORDER BY ?s ?o');
    expect(union.map((row) => `${row.get('s')?.value} ${row.get('o')?.value}`)).toEqual([
      'https://a https://c',
      'https://a https://d',
      'https://e https://c',
    ]);
  });

  it('should refuse a graph named by a blank node, naming the file', () => {
    shouldNotLoad(
      { 'blank.trig': '_:g { <https://a> <https://b> <https://c> . }\n' },
      /blank\.trig: a graph is named by a blank node; name it with an IRI$/,
    );
  });

  it('should report a Turtle syntax error as file:line:column with the parser message', () => {
    shouldNotLoad(
      {
        'good.ttl': '<https://a> <https://b> <https://c> .\n',
        'bad.ttl': '@prefix ex: <https://example.org/> .\n\nex:a ex:b .\n',
      },
      /bad\.ttl:3:11: \. is not a valid RDF object$/,
    );
  });

  it('should report an undeclared prefix in TriG with its position', () => {
    shouldNotLoad(
      { 'bad.trig': '<https://g> {\n  nope:a <https://b> <https://c> .\n}\n' },
      /bad\.trig:2:3: The prefix nope: has not been declared$/,
    );
  });

  it('should report an unexpected end of file', () => {
    shouldNotLoad(
      { 'cut.trig': '<https://g> {\n  <https://a> <https://b> <https://c> .\n' },
      /cut\.trig:3:1: Unexpected end/,
    );
  });

  it('should throw a syntax error carrying the file, line and column', () => {
    const dir = folderWith({ 'bad.ttl': '<https://a> <https://b> "unterminated .\n' });
    try {
      loadGraph([dir], { maxDataBytes: DEFAULTS.maxDataBytes });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ kind: 'syntax', context: { line: 1, column: 25 } });
      expect((error as AppError).context.file).toMatch(/bad\.ttl$/);
    }
  });

  it('should refuse data over the size limit before loading it, saying why and what to do', () => {
    const dir = folderWith({ 'big.ttl': `<https://a> <https://b> "${'x'.repeat(5000)}" .\n` });
    expect(() => loadGraph([dir], { maxDataBytes: 1000 })).toThrow(
      /over the 0\.0 MB limit.*SUMMIT_KG_MAX_DATA_BYTES.*4 GiB.*8 million quads.*external triple store \(summit-kg serve --store URL\)/s,
    );
  });

  it('should name a missing folder', () => {
    expect(() => loadGraph(['/no/such/folder'], { maxDataBytes: 1000 })).toThrow(
      '/no/such/folder: no such file or folder',
    );
  });

  it('should skip files that are not RDF inside a folder, and refuse them when named', () => {
    const dir = folderWith({ 'README.md': '# notes', 'a.ttl': '<https://a> <https://b> <https://c> .' });
    expect(loadGraph([dir], { maxDataBytes: 1e6 }).quadCount).toBe(1);
    expect(() => loadGraph([join(dir, 'README.md')], { maxDataBytes: 1e6 })).toThrow(/README\.md: not an RDF file/);
  });

  it('should not start a server on broken data', async () => {
    const dir = folderWith({ 'ok.ttl': '<https://a> <https://b> <https://c> .', 'z.ttl': '<https://a> <https://b> .' });
    await expect(startServer({ ...DEFAULTS, port: 0, dataPaths: [dir] }, () => {})).rejects.toThrow(/z\.ttl:1:25/);
  });
});
