// The thread of `summit-kg validate`: loads the graph with any extra files, validates it and keeps the
// graph's own report for the next start, under the heap bound of validate.ts. It hands back the report
// as text, Turtle or JSON-LD, written here: the RDF report never has to cross threads.
import { parentPort, workerData } from 'node:worker_threads';
import { toWire } from '../errors.ts';
import { loadGraph } from '../graph/index.ts';
import {
  keepValidation,
  loadShapes,
  rdfReport,
  shapesKey,
  summarise,
  textReport,
  validateGraph,
} from '../shacl/index.ts';
import type { ValidatorData, ValidatorReply } from './messages.ts';

const { settings, files, format } = workerData as ValidatorData;
const port = parentPort;
if (!port) throw new Error('validator.ts runs in a worker thread');
const say = (reply: ValidatorReply) => port.postMessage(reply);

try {
  const graph = loadGraph([...settings.dataPaths, ...files], { maxDataBytes: settings.maxDataBytes });
  const result = await validateGraph(graph, loadShapes(settings.shapesPaths), settings.shaclEngine);
  // Kept as the start keeps its own: a graph too large to validate within a start's time bound is
  // validated once here, and every start on the same files and shapes reuses the report.
  if (files.length === 0) keepValidation(settings.cacheDir, graph.hash, shapesKey(settings), summarise(result));
  say({
    type: 'validated',
    report: format === 'text' ? textReport(result) : rdfReport(result, format),
    violations: result.violations,
  });
} catch (error) {
  say({ type: 'failed', error: toWire(error) });
}
