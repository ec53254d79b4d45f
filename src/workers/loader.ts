// The start-up thread: reads and checks everything on disk away from the HTTP thread, which then
// never holds the WebAssembly engine, the SHACL engine or their memory. It loads the data and
// hands it over as N-Triples bytes in shared memory, graph by graph (the pool's workers read them without copies),
// reads the pages' index of it, tries the saved queries on the engine and validates the graph, then ends, giving all of its
// memory back. What it computes is kept (kept-start.ts): the next start from the same files reads
// what it can back here, and needs no loader at all when everything is kept.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog } from '../catalog/index.ts';
import { toWire } from '../errors.ts';
import { type LoadedGraph, loadGraph } from '../graph/index.ts';
import { cachedValidation, keepValidation, loadShapes, shapesKey, validateAtStart } from '../shacl/index.ts';
import { datasetName, keptDataset, keptSiteIndex, packDataset } from './kept-start.ts';
import type { LoaderData, LoaderReply } from './messages.ts';

const { settings } = workerData as LoaderData;
const port = parentPort;
if (!port) throw new Error('loader.ts runs in a worker thread');
const say = (reply: LoaderReply) => port.postMessage(reply);

try {
  const loadData = () => loadGraph(settings.dataPaths, { maxDataBytes: settings.maxDataBytes });
  const name = datasetName(settings);
  let graph: LoadedGraph | undefined;
  let dataset = keptDataset(settings.cacheDir, name);
  if (!dataset) {
    graph = loadData();
    dataset = packDataset(settings.cacheDir, name, graph);
  }
  say({ type: 'loaded', dataset });
  // The pages' index, from the store at hand while the workers load theirs: a worker reading it
  // afterwards kept the start waiting (about 20 s at a million quads), and its store kept the memory.
  if (graph && !keptSiteIndex(settings.cacheDir, graph.hash)) {
    const { buildSiteIndex } = await import('../pages/index.ts');
    say({ type: 'indexed', index: buildSiteIndex(graph.store, graph.graphs) });
  } else say({ type: 'indexed' });

  loadCatalog(settings.queriesPaths, { tryEngine: true, cacheDir: settings.cacheDir });
  const shapesHash = shapesKey(settings);
  const cached = cachedValidation(settings.cacheDir, dataset.hash, shapesHash);
  if (cached) {
    say({ type: 'checked', validation: { ...cached, cached: true } });
  } else {
    graph ??= loadData();
    const validation = await validateAtStart(graph, loadShapes(settings.shapesPaths), settings.shaclEngine);
    if (!validation.skipped) keepValidation(settings.cacheDir, graph.hash, shapesHash, validation);
    say({ type: 'checked', validation });
  }
} catch (error) {
  say({ type: 'failed', error: toWire(error) });
}
