// The start-up thread: reads and checks everything on disk away from the HTTP thread, which then
// never holds the WebAssembly engine, the SHACL engine or their memory. It parses the data (on every
// core, parse.ts) and hands it over as N-Triples bytes in shared memory, graph by graph (the pool's
// workers read them without copies); while the workers load, it adds the rest of the graph and its
// union to its own store, reads the pages' index of it, reads the saved queries and tries them on the
// engine (the HTTP thread serves them as read here) and validates the graph, then ends, giving all of
// its memory back. What it computes is kept (kept-start.ts): the next start from the same files reads
// what it can back here, and needs no loader at all when everything is kept.
import { parentPort, workerData } from 'node:worker_threads';
import { catalogData, loadCatalog } from '../catalog/index.ts';
import { toWire } from '../errors.ts';
import type { LoadedGraph } from '../graph/index.ts';
import { cachedValidation, keepValidation, loadShapes, shapesKey, validateAtStart } from '../shacl/index.ts';
import { dataHash, datasetName, datasetOf, keepDataset, keptDataset, keptSiteIndex } from './kept-start.ts';
import type { LoaderData, LoaderReply } from './messages.ts';
import { completeGraph, parseGraph } from './parse.ts';

const { settings, hash: given } = workerData as LoaderData;
const port = parentPort;
if (!port) throw new Error('loader.ts runs in a worker thread');
const say = (reply: LoaderReply) => port.postMessage(reply);

try {
  const { dataPaths, maxDataBytes, validationHeapBytes: heapBytes } = settings;
  const hash = given ?? dataHash(settings);
  const name = datasetName(hash);
  const parse = () => parseGraph(dataPaths, { maxDataBytes, heapBytes, hash });
  let graph: LoadedGraph | undefined;
  const kept = keptDataset(settings.cacheDir, name);
  if (kept) {
    say({ type: 'loaded', dataset: kept.dataset });
    say({ type: 'counted', tripleCount: kept.tripleCount });
  } else {
    const parsed = await parse();
    const dataset = datasetOf(parsed);
    say({ type: 'loaded', dataset });
    graph = completeGraph(parsed, maxDataBytes);
    keepDataset(settings.cacheDir, name, dataset, graph.tripleCount);
    say({ type: 'counted', tripleCount: graph.tripleCount });
  }
  // The pages' index, from the store at hand while the workers load theirs: a worker reading it
  // afterwards kept the start waiting (about 20 s at a million quads), and its store kept the memory.
  if (graph && !keptSiteIndex(settings.cacheDir, graph.hash)) {
    const { buildSiteIndex } = await import('../pages/index.ts');
    say({ type: 'indexed', index: buildSiteIndex(graph.store, graph.graphs) });
  } else say({ type: 'indexed' });

  say({
    type: 'catalogued',
    catalog: catalogData(loadCatalog(settings.queriesPaths, { tryEngine: true, cacheDir: settings.cacheDir })),
  });
  const shapesHash = shapesKey(settings);
  const cached = cachedValidation(settings.cacheDir, hash, shapesHash);
  if (cached) {
    say({ type: 'checked', validation: { ...cached, cached: true } });
  } else {
    graph ??= completeGraph(await parse(), maxDataBytes);
    const validation = await validateAtStart(graph, loadShapes(settings.shapesPaths), settings.shaclEngine);
    if (!validation.skipped) keepValidation(settings.cacheDir, graph.hash, shapesHash, validation);
    say({ type: 'checked', validation });
  }
} catch (error) {
  say({ type: 'failed', error: toWire(error) });
}
