// The jobs a worker runs, called directly (coverage does not follow worker threads): a query job
// from text to serialised answer, a validation job from an upload to its report.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/index.ts';
import { loadGraph, toNQuads } from '../../src/graph/index.ts';
import { newStore } from '../../src/rdf/index.ts';
import { newWorkerState, runJob, type WorkerState } from '../../src/workers/jobs.ts';
import { jsonRows, turtleQuads } from '../helpers/parse.ts';
import { SMALL_DATA, SMALL_SHAPES } from '../helpers/paths.ts';

let state: WorkerState;
beforeAll(() => {
  const graph = loadGraph([SMALL_DATA], { maxDataBytes: DEFAULTS.maxDataBytes });
  const store = newStore();
  store.load(toNQuads(graph.store), { format: 'application/n-quads' });
  state = newWorkerState(store, {
    data: { bytes: new Uint8Array(), parts: [] },
    graphs: graph.graphs,
    maxDataBytes: DEFAULTS.maxDataBytes,
    files: graph.files.map(({ path, graphs }) => ({ path, graphs })),
    shapesPaths: [SMALL_SHAPES],
    shaclEngine: 'shacl-engine',
    limits: { ...DEFAULTS, maxResultBytes: 2000 },
    federation: { endpoints: {}, userAgent: 'test', timeoutMs: 1000, cacheEntries: 0, cacheTtlMs: 1000 },
  });
});

const query = (text: string, extra: { accept?: string; formats?: string[]; defaultGraphs?: string[] } = {}) =>
  runJob(state, { kind: 'query', input: { query: text, formats: [], defaultGraphs: [], namedGraphs: [], ...extra } });

describe('a query job', () => {
  it('should parse, negotiate and run a query, and say what it was', async () => {
    const answer = await query(
      'SELECT ?l WHERE { <https://example.org/kenya> <http://www.w3.org/2000/01/rdf-schema#label> ?l }',
    );
    expect(answer).toMatchObject({
      contentType: 'application/sparql-results+json; charset=utf-8',
      form: 'select',
      federated: false,
    });
    expect('body' in answer && jsonRows(answer.body)).toEqual([{ l: 'Kenya' }]);
  });

  it('should answer a graph query in the format asked for', async () => {
    const answer = await query('CONSTRUCT WHERE { <https://example.org/kenya> ?p ?o }', { accept: 'text/turtle' });
    expect('contentType' in answer && answer.contentType).toBe('text/turtle; charset=utf-8');
    expect('body' in answer && turtleQuads(answer.body)).toHaveLength(2);
  });

  it('should see only the graphs the protocol names', async () => {
    const answer = await query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', {
      defaultGraphs: ['https://example.org/graph/b'],
    });
    expect('body' in answer && jsonRows(answer.body)).toEqual([{ n: '4' }]);
  });

  it('should refuse an answer over the size limit, and a SERVICE not allowed', async () => {
    await expect(query('SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }')).rejects.toMatchObject({ kind: 'result-too-large' });
    await expect(query('SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }')).rejects.toMatchObject({
      kind: 'bad-request',
      message:
        'SERVICE <https://example.org/sparql> is not allowed: this endpoint only federates with <https://query.wikidata.org/sparql>.',
    });
  });
});

describe('a validation job', () => {
  const validate = (text: string, format: 'text/plain' | 'text/turtle' = 'text/plain') =>
    runJob(state, { kind: 'validate', input: { upload: { text, syntax: 'text/turtle' }, format } });

  it('should validate an upload with the graph and report in words or in RDF', async () => {
    const ok = await validate('<https://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "X"@en .');
    expect(ok).toMatchObject({ conforms: true });
    const report = await validate(
      '<https://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "X"@en .',
      'text/turtle',
    );
    expect('body' in report && report.body).toContain('sh:conforms true');
  });

  it('should locate a syntax error in the upload', async () => {
    await expect(validate('<https://example.org/x> <https://example.org/p> .')).rejects.toMatchObject({
      kind: 'syntax',
      context: { file: 'request body', line: 1 },
    });
  });
});
