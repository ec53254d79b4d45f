// The summit-kg command: serve the endpoint, run a query, export the graph.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CatalogError } from '../catalog/index.ts';
import { type Config, ConfigError, configFromEnv, DEFAULTS, ENV_NAMES, resolveConfig } from '../config/index.ts';
import { DataError, type ExportFormat, exportGraph, loadGraph } from '../graph/index.ts';
import { startServer } from '../server/index.ts';
import { InvalidGraphError, loadShapes, rdfReport, textReport, validateGraph } from '../shacl/index.ts';
import { analyseQuery, formatsFor, HttpError, negotiate, QueryError, runQuery } from '../sparql/index.ts';
import { LinkFileError, WikidataError } from '../wikidata/index.ts';
import { queriesOption, registerCatalogCommands, savedQueryOptions, savedQueryText } from './catalog.ts';
import { registerLinkCommand } from './link.ts';
import { renderTable } from './table.ts';

/** An error the user can fix; printed without a stack trace. */
class UsageError extends Error {}

// Repeatable (--data a --data b) rather than variadic, so that a command's own arguments can follow.
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(',')];
const shapesOption = () =>
  new Option(
    '-s, --shapes <path>',
    `folder or file of SHACL shapes; repeat for more (env ${ENV_NAMES.shapesPaths}; default: ${DEFAULTS.shapesPaths.join(', ')})`,
  ).argParser(collect);
const dataOption = () =>
  new Option(
    '-d, --data <path>',
    `folder or file of Turtle/TriG to load; repeat for more (env ${ENV_NAMES.dataPaths}; default: ${DEFAULTS.dataPaths.join(', ')})`,
  ).argParser(collect);

/** The command-line flag of each setting that has one. */
const FLAGS: Partial<Record<keyof Config, string>> = {
  host: 'host',
  port: 'port',
  workers: 'workers',
  queryTimeoutMs: 'timeout',
  maxQueryBytes: 'max-query-bytes',
  maxDataBytes: 'max-data-bytes',
  cacheBytes: 'cache-bytes',
  dataPaths: 'data',
  shapesPaths: 'shapes',
  allowInvalid: 'allow-invalid',
  maxUploadBytes: 'max-upload-bytes',
  queriesPaths: 'queries',
  wikidataEndpoint: 'wikidata',
};

/** Environment first, flags over it; a flag left at its default does not override the environment. */
function configFrom(options: Record<string, string | string[] | boolean | undefined>, command: Command): Config {
  const raw: Partial<Record<keyof Config, string | string[]>> = {};
  for (const [key, flag] of Object.entries(FLAGS) as [keyof Config, string][]) {
    const name = flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = command.getOptionValueSource(name) === 'cli' ? options[name] : undefined;
    raw[key] = typeof value === 'boolean' ? String(value) : value;
  }
  return resolveConfig(raw, configFromEnv(), (key) => (FLAGS[key] ? `--${FLAGS[key]}` : ENV_NAMES[key]));
}

function readQuery(argument: string): string {
  if (argument === '-') return readFileSync(0, 'utf8');
  if (/\.(rq|sparql)$/i.test(argument)) {
    if (!existsSync(argument)) throw new UsageError(`${argument}: no such file`);
    return readFileSync(argument, 'utf8');
  }
  return argument;
}

const program = new Command('summit-kg')
  .description('The Paris AI Action Summit knowledge graph: serve it over SPARQL 1.1, query it, export it.')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the SPARQL endpoint, the service description and the home page')
  .option('--host <host>', `interface to listen on (env ${ENV_NAMES.host})`, DEFAULTS.host)
  .option('-p, --port <port>', `port; 0 picks a free one (env ${ENV_NAMES.port})`, String(DEFAULTS.port))
  .option('-w, --workers <n>', `query worker threads (env ${ENV_NAMES.workers})`, String(DEFAULTS.workers))
  .option(
    '-t, --timeout <ms>',
    `per-query time limit in milliseconds (env ${ENV_NAMES.queryTimeoutMs})`,
    String(DEFAULTS.queryTimeoutMs),
  )
  .option(
    '--max-query-bytes <n>',
    `largest accepted query (env ${ENV_NAMES.maxQueryBytes})`,
    String(DEFAULTS.maxQueryBytes),
  )
  .option(
    '--max-data-bytes <n>',
    `largest total size of the data files (env ${ENV_NAMES.maxDataBytes})`,
    String(DEFAULTS.maxDataBytes),
  )
  .option(
    '--cache-bytes <n>',
    `memory for cached results; 0 turns the cache off (env ${ENV_NAMES.cacheBytes})`,
    String(DEFAULTS.cacheBytes),
  )
  .option(
    '--max-upload-bytes <n>',
    `largest document accepted by POST /validate (env ${ENV_NAMES.maxUploadBytes})`,
    String(DEFAULTS.maxUploadBytes),
  )
  .option(
    '--allow-invalid',
    `serve even if the graph violates its shapes, with a loud warning (env ${ENV_NAMES.allowInvalid})`,
  )
  .addOption(dataOption())
  .addOption(shapesOption())
  .addOption(queriesOption())
  .action(async (options, command: Command) => {
    const config = configFrom(options, command);
    const server = await startServer(config);
    console.log(
      `Loaded ${server.quadCount} quads from ${server.fileCount} files in ${server.loadMs.toFixed(0)} ms, validated in ${server.validateMs.toFixed(0)} ms; ` +
        `${config.workers} query workers ready after ${server.readyMs.toFixed(0)} ms.`,
    );
    console.log(`SPARQL endpoint:      ${server.url}/sparql`);
    console.log(`Service description:  ${server.url}/sparql (GET without a query)`);
    console.log(`Validation:           ${server.url}/validate (POST Turtle or TriG)`);
    console.log(`Saved queries (API):  ${server.url}/api/ (OpenAPI at ${server.url}/api/openapi.json)`);
    console.log(`Home page:            ${server.url}/`);
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

savedQueryOptions(program.command('query'))
  .description(
    'run a SPARQL query (text, a .rq file, - for standard input, or a saved query with --saved) against the graph',
  )
  .argument('[query]', 'the query text, a path to a .rq file, or -')
  .option(
    '-f, --format <format>',
    'result format: json, xml, csv, tsv (SELECT/ASK) or turtle, ntriples, jsonld, rdfxml (CONSTRUCT/DESCRIBE); default: a table for SELECT/ASK, Turtle for graphs',
  )
  .addOption(dataOption())
  .action((argument: string | undefined, options, command: Command) => {
    const config = configFrom(options, command);
    const query = savedQueryText(argument, options, config) ?? readQuery(argument!);
    const analysis = analyseQuery(query);
    const table = !options.format && (analysis.form === 'select' || analysis.form === 'ask');
    const format = negotiate(formatsFor(analysis.form), undefined, table ? 'json' : options.format);
    const { store } = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
    const dataset = analysis.hasDataset ? ({ kind: 'query' } as const) : ({ kind: 'union' } as const);
    const output = runQuery(store, { query, mediaType: format.mediaType, dataset });
    process.stdout.write(table ? renderTable(output) : output.endsWith('\n') ? output : `${output}\n`);
  });

program
  .command('validate')
  .description('validate the graph, with any extra files given, against the SHACL shapes; exit 1 on violations')
  .argument('[files...]', 'Turtle/TriG files to validate together with the graph (e.g. a contribution)')
  .addOption(
    new Option('-f, --format <format>', 'report format: text, turtle or jsonld (the standard sh:ValidationReport)')
      .choices(['text', 'turtle', 'jsonld'])
      .default('text'),
  )
  .addOption(dataOption())
  .addOption(shapesOption())
  .action(async (files: string[], options, command: Command) => {
    const config = configFrom(options, command);
    const graph = loadGraph([...config.dataPaths, ...files], { maxDataBytes: config.maxDataBytes });
    const result = await validateGraph(graph, loadShapes(config.shapesPaths));
    const format = options.format as 'text' | 'turtle' | 'jsonld';
    process.stdout.write(
      format === 'text'
        ? textReport(result)
        : rdfReport(result, format === 'turtle' ? 'text/turtle' : 'application/ld+json'),
    );
    if (result.violations > 0) process.exitCode = 1;
  });

program
  .command('export')
  .description('write the whole dataset as TriG or N-Quads, or one named graph as Turtle')
  .addOption(
    new Option('-f, --format <format>', 'trig or nquads for the dataset; turtle or nquads for one graph').choices([
      'trig',
      'nquads',
      'turtle',
    ]),
  )
  .option('-g, --graph <iri>', 'export only this named graph (as Turtle by default)')
  .option('-o, --output <file>', 'write to this file instead of standard output')
  .addOption(dataOption())
  .action((options, command: Command) => {
    const config = configFrom(options, command);
    const format: ExportFormat = options.format ?? (options.graph ? 'turtle' : 'trig');
    if (format === 'turtle' && !options.graph)
      throw new UsageError(
        'Turtle holds one graph: name it with --graph, or use --format trig or nquads for the whole dataset.',
      );
    const { store, graphs } = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
    if (options.graph && !graphs.some((g) => g.graph === options.graph)) {
      throw new UsageError(
        `No graph named <${options.graph}>; the graphs are:\n${graphs.map((g) => `  ${g.graph}`).join('\n')}`,
      );
    }
    const text = exportGraph(store, format, options.graph);
    if (options.output) writeFileSync(options.output, text);
    else process.stdout.write(text);
  });

registerCatalogCommands(program, configFrom);
registerLinkCommand(program, configFrom, dataOption, shapesOption);

/** Runs the CLI; resolves to the exit code (0 fine, 1 bad data or query, 2 bad usage). */
export async function main(argv: string[]): Promise<number> {
  program.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.help' || code === 'commander.version') return 0;
    if (code?.startsWith('commander.')) return 2;
    if (error instanceof InvalidGraphError) {
      console.error(error.message);
      return 1;
    }
    if (
      error instanceof DataError ||
      error instanceof QueryError ||
      error instanceof CatalogError ||
      error instanceof LinkFileError ||
      error instanceof WikidataError
    ) {
      console.error(error instanceof QueryError ? `Invalid query: ${error.message}` : error.message);
      return 1;
    }
    if (error instanceof HttpError) {
      console.error(error.message);
      return error.status === 400 ? 1 : 2;
    }
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof InvalidArgumentError) {
      console.error(error.message);
      return 2;
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Cannot listen: ${(error as Error).message}. Choose another port with --port or ${ENV_NAMES.port}.`,
      );
      return 2;
    }
    console.error(`Unexpected error: ${(error as Error).stack ?? error}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/cli/main.ts')) {
  const code = await main(process.argv.slice(2));
  // `serve` keeps running; every other command ends here.
  if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
}
