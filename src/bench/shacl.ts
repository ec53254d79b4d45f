// The two SHACL engines timed on the real graph and shapes: the median of several whole-graph
// validations each, in this process (the first run of each engine is a warm-up and not counted).
// Part of npm run bench; also runnable alone: node --import tsx src/bench/shacl.ts
import { configFromEnv } from '../config/index.ts';
import { loadGraph } from '../graph/index.ts';
import { loadShapes, SHACL_ENGINES, validateGraph } from '../shacl/index.ts';

const RUNS = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function benchShaclEngines(): Promise<string[]> {
  const config = configFromEnv();
  const graph = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
  const shapes = loadShapes(config.shapesPaths);
  const lines = [`SHACL engines, whole-graph validation (${graph.quadCount} quads), median of ${RUNS} runs:`];
  const medians: Record<string, number> = {};
  for (const engine of SHACL_ENGINES) {
    await validateGraph(graph, shapes, engine);
    const times: number[] = [];
    let issues = 0;
    for (let run = 0; run < RUNS; run++) {
      const result = await validateGraph(graph, shapes, engine);
      times.push(result.durationMs);
      issues = result.issues.length;
    }
    medians[engine] = median(times);
    lines.push(`  ${engine.padEnd(20)} ${median(times).toFixed(0)} ms  (${issues} results)`);
  }
  const [first, second] = Object.entries(medians);
  if (first && second) lines.push(`  ${second[0]} / ${first[0]}: ${(second[1] / first[1]).toFixed(2)} × the time`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchShaclEngines()) console.log(line);
}
