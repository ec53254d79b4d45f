// The summit-kg program, built fresh for each run so that tests can run it in-process: every
// command writes through `io`, and throws AppErrors that main() turns into exit codes.
import { existsSync, readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { Config } from '../config/index.ts';
import { AppError } from '../errors.ts';
import { type ExportFormat, exportGraph, loadGraph } from '../graph/index.ts';
import { startServer } from '../server/index.ts';
import { loadShapes, rdfReport, textReport, validateGraph } from '../shacl/index.ts';
import { AnalysisMemo, planQuery, runLocalQuery } from '../sparql/index.ts';
import { federationConfig } from '../wikidata/index.ts';
import { registerCatalogCommands, savedQueryOptions, savedQueryText } from './catalog.ts';
import type { Io } from './io.ts';
import { registerLinkCommand } from './link.ts';
import { configFrom, withSettings } from './options.ts';
import { renderTable } from './table.ts';
import { writeFileAtomically } from './write.ts';

export type Program = Command & { exitCode: number };

/** Every setting `serve` takes a flag for. */
const SERVE_SETTINGS: (keyof Config)[] = [
  'host',
  'port',
  'publicBaseUrl',
  'iriBase',
  'trustProxy',
  'dataPaths',
  'shapesPaths',
  'queriesPaths',
  'allowInvalid',
  'workers',
  'queryTimeoutMs',
  'maxQueryBytes',
  'maxQueryDepth',
  'maxQueryNodes',
  'maxResultBytes',
  'writeTimeoutMs',
  'maxQueue',
  'maxClientQueries',
  'maxClientWorkers',
  'retryAfterSeconds',
  'workerGrowthBytes',
  'workerHeapBytes',
  'maxMemoryBytes',
  'maxDataBytes',
  'cacheBytes',
  'analysisCacheBytes',
  'bindCacheBytes',
  'maxUploadBytes',
  'maxUploadQuads',
  'maxUploadExpandedBytes',
  'headersTimeoutMs',
  'requestTimeoutMs',
  'keepAliveTimeoutMs',
  'maxConnections',
  'wikidataEndpoint',
];

const usage = (message: string) => new AppError('usage', message);

function readQuery(argument: string): string {
  if (argument === '-') return readFileSync(0, 'utf8');
  if (/\.(rq|sparql)$/i.test(argument)) {
    if (!existsSync(argument)) throw new AppError('io', `${argument}: no such file`, { file: argument });
    return readFileSync(argument, 'utf8');
  }
  return argument;
}

export function createProgram(io: Io): Program {
  const program = new Command('summit-kg') as Program;
  program.exitCode = 0;
  program
    .description('The Paris AI Action Summit knowledge graph: serve it over SPARQL 1.1, query it, export it.')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();
  const config = (command: Command) => configFrom(command, io.env);

  withSettings(program.command('serve'), SERVE_SETTINGS)
    .description('serve the SPARQL endpoint, the saved-query API, validation and the home page')
    .action(async (_options, command: Command) => {
      const settings = config(command);
      const server = await startServer(settings, (line) => io.stdout(`${line}\n`));
      io.stdout(
        `Loaded ${server.quadCount} quads from ${server.fileCount} files in ${server.loadMs.toFixed(0)} ms, validated in ${server.validateMs.toFixed(0)} ms; ` +
          `${settings.workers} query workers ready after ${server.readyMs.toFixed(0)} ms.\n` +
          `SPARQL endpoint:      ${server.url}/sparql\n` +
          `Service description:  ${server.url}/sparql (GET without a query)\n` +
          `Validation:           ${server.url}/validate (POST Turtle or TriG)\n` +
          `Saved queries (API):  ${server.url}/api/ (OpenAPI at ${server.url}/api/openapi.json)\n` +
          `Health and metrics:   ${server.url}/health, ${server.url}/metrics\n` +
          `Home page:            ${server.url}/\n`,
      );
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  withSettings(savedQueryOptions(program.command('query')), ['dataPaths'])
    .description(
      'run a SPARQL query (text, a .rq file, - for standard input, or a saved query with --saved) against the graph',
    )
    .argument('[query]', 'the query text, a path to a .rq file, or -')
    .option(
      '-f, --format <format>',
      'result format: json, xml, csv, tsv (SELECT/ASK) or turtle, ntriples, jsonld, rdfxml (CONSTRUCT/DESCRIBE); default: a table for SELECT/ASK, Turtle for graphs',
    )
    .action(
      async (
        argument: string | undefined,
        options: { format?: string; saved?: string; param?: string[] },
        command: Command,
      ) => {
        const settings = config(command);
        const query = savedQueryText(argument, options, settings) ?? readQuery(argument ?? '-');
        const memo = new AnalysisMemo(1024 * 1024);
        const limits = { ...settings, maxResultBytes: Number.MAX_SAFE_INTEGER };
        const job = { query, formats: options.format ? [options.format] : [], defaultGraphs: [], namedGraphs: [] };
        const probe = planQuery(job, memo, limits);
        const table = !options.format && (probe.analysis.form === 'select' || probe.analysis.form === 'ask');
        const plan = table ? planQuery({ ...job, formats: ['json'] }, memo, limits) : probe;
        const { store } = loadGraph(settings.dataPaths, { maxDataBytes: settings.maxDataBytes });
        let output: string;
        if (plan.analysis.services.length > 0) {
          const { runFederatedQuery } = await import('../wikidata/federation.ts');
          output = await runFederatedQuery(store, plan, federationConfig(settings));
        } else output = runLocalQuery(store, plan);
        io.stdout(table ? renderTable(output) : output.endsWith('\n') ? output : `${output}\n`);
      },
    );

  withSettings(program.command('validate'), ['dataPaths', 'shapesPaths'])
    .description('validate the graph, with any extra files given, against the SHACL shapes; exit 1 on violations')
    .argument('[files...]', 'Turtle/TriG files to validate together with the graph (e.g. a contribution)')
    .addOption(
      new Option('-f, --format <format>', 'report format: text, turtle or jsonld (the standard sh:ValidationReport)')
        .choices(['text', 'turtle', 'jsonld'])
        .default('text'),
    )
    .action(async (files: string[], options: { format: 'text' | 'turtle' | 'jsonld' }, command: Command) => {
      const settings = config(command);
      const graph = loadGraph([...settings.dataPaths, ...files], { maxDataBytes: settings.maxDataBytes });
      const result = await validateGraph(graph, loadShapes(settings.shapesPaths));
      const format = options.format;
      io.stdout(
        format === 'text'
          ? textReport(result)
          : rdfReport(result, format === 'turtle' ? 'text/turtle' : 'application/ld+json'),
      );
      if (result.violations > 0) program.exitCode = 1;
    });

  withSettings(program.command('export'), ['dataPaths'])
    .description('write the whole dataset as TriG or N-Quads, or one named graph as Turtle')
    .addOption(
      new Option('-f, --format <format>', 'trig or nquads for the dataset; turtle or nquads for one graph').choices([
        'trig',
        'nquads',
        'turtle',
      ]),
    )
    .option('-g, --graph <iri>', 'export only this named graph (as Turtle by default)')
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .action((options: { format?: ExportFormat; graph?: string; output?: string }, command: Command) => {
      const settings = config(command);
      const format: ExportFormat = options.format ?? (options.graph ? 'turtle' : 'trig');
      if (format === 'turtle' && !options.graph) {
        throw usage(
          'Turtle holds one graph: name it with --graph, or use --format trig or nquads for the whole dataset.',
        );
      }
      const { store, graphs } = loadGraph(settings.dataPaths, { maxDataBytes: settings.maxDataBytes });
      if (options.graph && !graphs.some((g) => g.graph === options.graph)) {
        throw usage(
          `No graph named <${options.graph}>; the graphs are:\n${graphs.map((g) => `  ${g.graph}`).join('\n')}`,
        );
      }
      const text = exportGraph(store, format, options.graph);
      if (options.output) writeFileAtomically(options.output, text);
      else io.stdout(text);
    });

  registerCatalogCommands(program, io, config);
  registerLinkCommand(program, io, config);
  return program;
}
