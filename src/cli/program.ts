// The summit-kg program, built fresh for each run so that tests can run it in-process: every
// command writes through `io`, and throws AppErrors that main() turns into exit codes.
import { existsSync, readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { Config } from '../config/index.ts';
import { AppError } from '../errors.ts';
import { exportGraph, loadGraph, readDocuments } from '../graph/index.ts';
import { RDF_FORMATS, rdfFormat, writeRdf } from '../rdf/index.ts';
import { startServer } from '../server/index.ts';
import {
  AnalysisMemo,
  analyseQuery,
  formatsFor,
  GRAPH_FORMATS,
  negotiate,
  planQuery,
  type QueryForm,
  type QueryPlan,
  type ResultFormat,
  runLocalQuery,
  SOLUTION_FORMATS,
} from '../sparql/index.ts';
import { federationConfig, runFederatedQuery } from '../wikidata/index.ts';
import { validateInThread } from '../workers/index.ts';
import { registerCatalogCommands, savedQueryOptions, savedQueryText } from './catalog.ts';
import { queryEndpoint } from './endpoint.ts';
import type { Io } from './io.ts';
import { registerLinkCommand } from './link.ts';
import { configFrom, withSettings } from './options.ts';
import { registerPublishCommand } from './publish.ts';
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
  'shaclEngine',
  'queriesPaths',
  'allowInvalid',
  'startValidationMs',
  'validationHeapBytes',
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
  'pageItems',
  'analysisCacheBytes',
  'bindCacheBytes',
  'maxUploadBytes',
  'maxUploadQuads',
  'maxUploadExpandedBytes',
  'maxBodyMemoryBytes',
  'headersTimeoutMs',
  'requestTimeoutMs',
  'keepAliveTimeoutMs',
  'maxConnections',
  'maxClientConnections',
  'wikidataEndpoint',
  'store',
  'unionGraph',
];

const usage = (message: string) => new AppError('usage', message);

/** The --format choices of `query`: every result format's short name. */
const QUERY_FORMATS = [...new Set([...SOLUTION_FORMATS, ...GRAPH_FORMATS].map((f) => f.name))];
const RDF_NAMES = RDF_FORMATS.map((f) => f.name);

const memo = new AnalysisMemo(1024 * 1024);
const limits = (settings: Config) => ({ ...settings, maxResultBytes: Number.MAX_SAFE_INTEGER });
const job = (query: string, format?: string) => ({
  query,
  formats: format ? [format] : [],
  defaultGraphs: [],
  namedGraphs: [],
});

/** The format to write: the one asked for, if it fits the query's form (exit 2 with the choices otherwise), or the form's first. */
function resultFormat(form: QueryForm, asked: string | undefined): ResultFormat {
  const formats = formatsFor(form);
  try {
    // No format asked for: the form's first (JSON, which the table reads; Turtle for graphs).
    return negotiate(formats, undefined, asked === undefined ? [] : [asked]);
  } catch {
    throw usage(
      `--format ${asked} does not fit a ${form.toUpperCase()} query; choose one of: ${formats.map((f) => f.name).join(', ')}.`,
    );
  }
}

/** A planned query on the local graph, federated when it has SERVICE. */
async function runQuery(settings: Config, plan: QueryPlan): Promise<string> {
  const { store } = loadGraph(settings.dataPaths, { maxDataBytes: settings.maxDataBytes });
  if (plan.analysis.services.length > 0) return runFederatedQuery(store, plan, federationConfig(settings));
  return runLocalQuery(store, plan);
}

function readInput(name: string): string {
  if (name === '-') return readFileSync(0, 'utf8');
  if (!existsSync(name)) throw new AppError('io', `${name}: no such file`, { file: name });
  return readFileSync(name, 'utf8');
}

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
      const validated = server.validation.skipped
        ? 'NOT validated (see the warning above)'
        : server.validation.cached
          ? 'validation report of the same data and shapes reused'
          : `validated in ${server.validateMs.toFixed(0)} ms`;
      if (server.store) io.stdout(`Queries go to the store at ${server.store}; pages and validation read its copy.\n`);
      io.stdout(
        `Loaded ${server.quadCount} quads from ${server.fileCount} files in ${server.loadMs.toFixed(0)} ms${server.dataKept ? ' (kept from an earlier start of the same files)' : ''}, ${validated}; ` +
          `${settings.workers} query workers ready after ${server.readyMs.toFixed(0)} ms.\n` +
          `SPARQL endpoint:      ${server.url}/sparql (in a browser: the query workbench)\n` +
          `Service description:  ${server.url}/sparql (GET without a query)\n` +
          `Validation:           ${server.url}/validate (POST Turtle or TriG)\n` +
          `Saved queries (API):  ${server.url}/api/ (OpenAPI at ${server.url}/api/openapi.json, Swagger UI at ${server.url}/api/docs/)\n` +
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

  withSettings(savedQueryOptions(program.command('query')), ['dataPaths', 'queryTimeoutMs'])
    .description(
      'run a SPARQL query (text, a .rq file, - for standard input, or a saved query with --saved) against the graph, or against a remote endpoint with --endpoint',
    )
    .argument('[query]', 'the query text, a path to a .rq file, or -')
    .addOption(
      new Option(
        '-f, --format <format>',
        'result format: json, xml, csv, tsv (SELECT/ASK) or turtle, ntriples, jsonld, rdfxml (CONSTRUCT/DESCRIBE); default: a table for SELECT/ASK, Turtle for graphs',
      ).choices(QUERY_FORMATS),
    )
    .option(
      '-e, --endpoint <url>',
      'run the query at this SPARQL endpoint instead of the local graph (as rsparql --service)',
    )
    .action(
      async (
        argument: string | undefined,
        options: { format?: string; saved?: string; param?: string[]; endpoint?: string },
        command: Command,
      ) => {
        const settings = config(command);
        const query = savedQueryText(argument, options, settings) ?? readQuery(argument ?? '-');
        // A remote endpoint may call services this server does not allow: only the local graph checks SERVICE.
        const form = options.endpoint
          ? analyseQuery(query).form
          : planQuery(job(query), memo, limits(settings)).analysis.form;
        const format = resultFormat(form, options.format);
        const table = !options.format && (form === 'select' || form === 'ask');
        const output = options.endpoint
          ? await queryEndpoint(options.endpoint, query, format.mediaType, settings.queryTimeoutMs)
          : await runQuery(settings, planQuery(job(query, format.name), memo, limits(settings)));
        io.stdout(table ? renderTable(output) : output.endsWith('\n') ? output : `${output}\n`);
      },
    );

  withSettings(program.command('validate'), [
    'dataPaths',
    'shapesPaths',
    'shaclEngine',
    'maxDataBytes',
    'cacheDir',
    'validationHeapBytes',
  ])
    .description(
      'validate the graph, with any extra files given, against the SHACL shapes; exit 1 on violations. The report of the graph alone is kept: a start on the same files reuses it',
    )
    .argument('[files...]', 'Turtle/TriG files to validate together with the graph (e.g. a contribution)')
    .addOption(
      new Option('-f, --format <format>', 'report format: text, turtle or jsonld (the standard sh:ValidationReport)')
        .choices(['text', 'turtle', 'jsonld'])
        .default('text'),
    )
    .action(async (files: string[], options: { format: 'text' | 'turtle' | 'jsonld' }, command: Command) => {
      const { format } = options;
      const { report, violations } = await validateInThread(
        config(command),
        files,
        format === 'text' ? 'text' : format === 'turtle' ? 'text/turtle' : 'application/ld+json',
      );
      io.stdout(report);
      if (violations > 0) program.exitCode = 1;
    });

  withSettings(program.command('export'), ['dataPaths'])
    .description('write the whole dataset (TriG by default), or one named graph (Turtle by default), in any RDF syntax')
    .addOption(
      new Option(
        '-f, --format <format>',
        'trig, nquads or jsonld keep the named graphs; turtle, ntriples or rdfxml write one graph (--graph), or else the default graph (the union of the named graphs)',
      ).choices(RDF_FORMATS.map((f) => f.name)),
    )
    .option('-g, --graph <iri>', 'export only this named graph')
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .action((options: { format?: string; graph?: string; output?: string }, command: Command) => {
      const settings = config(command);
      const format = rdfFormat(options.format ?? (options.graph ? 'turtle' : 'trig'));
      if (!format) throw usage(`Unknown format '${options.format}'.`);
      const { store, graphs } = loadGraph(settings.dataPaths, { maxDataBytes: settings.maxDataBytes });
      if (options.graph && !graphs.some((g) => g.graph === options.graph)) {
        throw usage(
          `No graph named <${options.graph}>; the graphs are:\n${graphs.map((g) => `  ${g.graph}`).join('\n')}`,
        );
      }
      write(options.output, exportGraph(store, format, options.graph));
    });

  program
    .command('convert')
    .description(
      'read RDF files in any syntax (by extension, or --from) and write them in another, as riot does: Turtle and TriG with the prefixes the input declared',
    )
    .argument('<files...>', 'RDF files (.ttl, .trig, .nt, .nq, .jsonld, .rdf…), or - for standard input')
    .addOption(new Option('--from <format>', 'the syntax of the input, when its name does not say').choices(RDF_NAMES))
    .addOption(
      new Option(
        '-f, --format <format>',
        'the syntax to write (default: TriG when the input has named graphs, Turtle otherwise)',
      ).choices(RDF_NAMES),
    )
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .action((files: string[], options: { from?: string; format?: string; output?: string }) => {
      const documents = files.map((name) => ({ name, text: readInput(name) }));
      const { quads, prefixes } = readDocuments(documents, options.from ? rdfFormat(options.from) : undefined);
      const named = quads.some((q) => q.graph.termType !== 'DefaultGraph');
      const format = rdfFormat(options.format ?? (named ? 'trig' : 'turtle'));
      if (!format) throw usage(`Unknown format '${options.format}'.`);
      write(options.output, writeRdf(quads, format, prefixes));
    });

  const write = (output: string | undefined, text: string) => {
    if (output) writeFileAtomically(output, text);
    else io.stdout(text);
  };
  registerCatalogCommands(program, io, config);
  registerLinkCommand(program, io, config);
  registerPublishCommand(program, io, config);
  return program;
}
