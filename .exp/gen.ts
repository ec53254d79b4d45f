import { configFromEnv } from '../src/config/index.ts';
import { factorFor, readSource, writeScaled } from '../src/bench/scale.ts';
const [quads, dir] = [Number(process.argv[2]), process.argv[3] ?? '/tmp/g'];
const config = configFromEnv();
const source = readSource(config.dataPaths, Number.MAX_SAFE_INTEGER);
const g = writeScaled(source, factorFor(source, quads), dir);
console.log(g.quads, g.factor);
