// A thread of parseGraph (parse.ts): parses its run of the data files strictly, packs their graphs
// into shared memory with their sizes, hands them back, and ends (its store's memory goes with it).
import { parentPort, workerData } from 'node:worker_threads';
import { toWire } from '../errors.ts';
import { type ParserData, type ParserReply, parseRun } from './parse.ts';

const { files, maxDataBytes } = workerData as ParserData;
const port = parentPort;
if (!port) throw new Error('parser.ts runs in a worker thread');
const say = (reply: ParserReply) => port.postMessage(reply);

try {
  const { files: loaded, packed, sizes } = parseRun(files, maxDataBytes);
  say({ type: 'parsed', files: loaded, packed, sizes });
} catch (error) {
  say({ type: 'failed', error: toWire(error) });
}
