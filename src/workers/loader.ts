// The start-up thread: reads and checks everything on disk away from the HTTP thread, which then
// never holds the WebAssembly engine, the SHACL engine or their memory. It loads the data and
// hands it over as N-Triples bytes in shared memory, graph by graph (the pool's workers read them without copies),
// then tries the saved queries on the engine and validates the graph (or reuses the report of the
// same data and shapes), then ends, giving all of its memory back.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog } from '../catalog/index.ts';
import { toWire } from '../errors.ts';
import { hashOfFiles, loadGraph, packGraphs } from '../graph/index.ts';
import { cachedValidation, keepValidation, loadShapes, summarise, validateGraph } from '../shacl/index.ts';
import type { Dataset, LoaderData, LoaderReply } from './messages.ts';

const { settings } = workerData as LoaderData;
const port = parentPort;
if (!port) throw new Error('loader.ts runs in a worker thread');
const say = (reply: LoaderReply) => port.postMessage(reply);

try {
  const graph = loadGraph(settings.dataPaths, { maxDataBytes: settings.maxDataBytes });
  const dataset: Dataset = {
    data: packGraphs(graph.store, graph.graphs),
    files: graph.files.map(({ path, graphs }) => ({ path, graphs })),
    graphs: graph.graphs,
    quadCount: graph.quadCount,
    tripleCount: graph.tripleCount,
    hash: graph.hash,
    loadMs: graph.loadMs,
  };
  say({ type: 'loaded', dataset });

  loadCatalog(settings.queriesPaths, { tryEngine: true });
  // The engine is part of the key: a report is kept per engine.
  const shapesHash = `${hashOfFiles(settings.shapesPaths)} ${settings.shaclEngine}`;
  const cached = cachedValidation(settings.cacheDir, graph.hash, shapesHash);
  if (cached) {
    say({ type: 'checked', validation: { ...cached, cached: true } });
  } else {
    const validation = summarise(await validateGraph(graph, loadShapes(settings.shapesPaths), settings.shaclEngine));
    keepValidation(settings.cacheDir, graph.hash, shapesHash, validation);
    say({ type: 'checked', validation });
  }
} catch (error) {
  say({ type: 'failed', error: toWire(error) });
}
