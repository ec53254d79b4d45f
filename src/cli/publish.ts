// `summit-kg publish`: the graph into an external SPARQL 1.1 store, graph by graph, counted afterwards.
import { type Command, Option } from 'commander';
import { type Config, storeUrl } from '../config/index.ts';
import { AppError } from '../errors.ts';
import { loadGraph } from '../graph/index.ts';
import { credentialsFrom, graphsToPublish, type PublishMethod, publish, SparqlStore } from '../store/index.ts';
import type { Io } from './io.ts';
import { withSettings } from './options.ts';

/** Writing a large graph may take longer than a query may. */
const MIN_WRITE_TIMEOUT_MS = 120_000;

interface PublishFlags {
  to: string;
  method: PublishMethod;
  dryRun?: boolean;
  checkContent?: boolean;
}

export function registerPublishCommand(program: Command, io: Io, configFrom: (command: Command) => Config): void {
  withSettings(program.command('publish'), ['dataPaths', 'store', 'unionGraph', 'queryTimeoutMs'])
    .description(
      'load every named graph, and the union default graph under --union-graph, into an external SPARQL 1.1 store, graph by graph, then check each graph’s count there; credentials from SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD',
    )
    .requiredOption(
      '--to <url>',
      'where to write: the store’s Graph Store Protocol endpoint (Virtuoso: /sparql-graph-crud-auth, Fuseki: /ds/data, GraphDB: /repositories/<id>/rdf-graphs/service), or its SPARQL Update endpoint with --method update',
    )
    .addOption(
      new Option(
        '--method <method>',
        'gsp: PUT each graph (replacing it); update: DROP and INSERT DATA, for stores without the Graph Store Protocol',
      )
        .choices(['gsp', 'update'])
        .default('gsp'),
    )
    .option('--dry-run', 'print the graphs, their sizes and where they would go, and write nothing')
    .option(
      '--check-content',
      'after the counts, read every graph back and compare it triple by triple (a store may rewrite literals); exit 1 naming what differs',
    )
    .action(async (flags: PublishFlags, command: Command) => {
      const settings = configFrom(command);
      const problem = storeUrl(flags.to);
      if (problem) throw new AppError('usage', `--to ${problem}.`);
      // The counts are checked at the query endpoint: --store, or the update endpoint, which also answers queries on most stores.
      const queryEndpoint = settings.store || (flags.method === 'update' ? flags.to : '');
      if (!queryEndpoint) {
        throw new AppError(
          'usage',
          'Name the store’s SPARQL query endpoint with --store (or SUMMIT_KG_STORE), where publish counts each graph’s triples (Virtuoso: /sparql, Fuseki: /ds/sparql, GraphDB: /repositories/<id>).',
        );
      }
      const credentials = credentialsFrom(settings);
      const graph = loadGraph(settings.dataPaths, { maxDataBytes: settings.maxDataBytes });
      const targets = graphsToPublish(graph.graphs, graph.tripleCount, settings.unionGraph);
      await publish(graph.store, targets, {
        to: flags.to,
        method: flags.method,
        verifier: new SparqlStore(queryEndpoint, credentials, settings.queryTimeoutMs),
        unionGraph: settings.unionGraph,
        credentials,
        timeoutMs: Math.max(settings.queryTimeoutMs, MIN_WRITE_TIMEOUT_MS),
        dryRun: flags.dryRun === true,
        checkContent: flags.checkContent === true,
        log: (line) => io.stdout(`${line}\n`),
      });
    });
}
