// `summit-kg link`: proposals of Wikidata links for review, accepting reviewed ones, re-checking
// existing links, listing what is still unlinked.
import { existsSync, readFileSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import type { Config } from '../config/index.ts';
import { AppError } from '../errors.ts';
import { loadGraph } from '../graph/index.ts';
import { namedNode, type Store } from '../rdf/index.ts';
import { loadShapes, textReport, validateGraph } from '../shacl/index.ts';
import {
  acceptedLinks,
  checkLinks,
  linksText,
  proposalsCsv,
  proposeLinks,
  readLinks,
  unlinkedEntities,
  wikidataClient,
} from '../wikidata/index.ts';
import type { Io } from './io.ts';
import { withSettings } from './options.ts';
import { writeFileAtomically } from './write.ts';

export const DEFAULT_LINKS_FILE = 'data/wikidata-links.trig';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

export function registerLinkCommand(program: Command, io: Io, configFrom: (command: Command) => Config): void {
  withSettings(program.command('link'), ['dataPaths', 'shapesPaths', 'shaclEngine', 'wikidataEndpoint'])
    .description(
      'link entities to Wikidata: propose candidates for review (default), --accept a reviewed file, --check existing links, or list --unlinked entities',
    )
    .option('-o, --output <file>', 'write the proposals (CSV) to this file instead of standard output')
    .option(
      '--accept <file>',
      'write the rows of a reviewed proposal file whose accept column says yes into the links graph; the graph must still validate',
    )
    .option(
      '--check',
      're-check every existing link against Wikidata: the item exists, a label matches, the type still fits; exit 1 on drift',
    )
    .option('--unlinked', 'list the entities of linkable classes that have no Wikidata link (no network needed)')
    .option('--links-file <file>', 'the links graph to write', DEFAULT_LINKS_FILE)
    .action(async (options: Record<string, string | boolean | undefined>, command: Command) => {
      const config = configFrom(command);
      const modes = ['accept', 'check', 'unlinked'].filter((mode) => options[mode]);
      if (modes.length > 1) throw new InvalidArgumentError(`Choose one of --${modes.join(', --')}.`);
      const client = () => wikidataClient(config.wikidataEndpoint, config.serviceTimeoutMs);

      if (typeof options.accept === 'string') {
        await accept(options.accept, String(options.linksFile), config, io);
        return;
      }
      const graph = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
      if (options.unlinked) {
        const entities = unlinkedEntities(graph.store);
        for (const entity of entities) {
          io.stdout(`${entity.iri}\t${entity.labels.map((l) => `${l.value}@${l.lang}`).join(' | ')}\n`);
        }
        io.stderr(`${entities.length} entities of linkable classes have no Wikidata link.\n`);
      } else if (options.check) {
        const { checked, drift } = await checkLinks(graph.store, client());
        for (const d of drift) io.stdout(`${d.entity}\twd:${d.qid}\t${d.problem}\n`);
        io.stderr(
          `${checked} links checked against ${config.wikidataEndpoint}: ${drift.length === 0 ? 'no drift' : `${drift.length} problem${drift.length === 1 ? '' : 's'}`}.\n`,
        );
        if (drift.length > 0) (program as Command & { exitCode: number }).exitCode = 1;
      } else {
        const { proposals, unmatched } = await proposeLinks(graph.store, client());
        const csv = proposalsCsv(proposals);
        if (typeof options.output === 'string') writeFileAtomically(options.output, csv);
        else io.stdout(csv);
        io.stderr(
          `${proposals.length} candidate${proposals.length === 1 ? '' : 's'} for ${new Set(proposals.map((p) => p.entity)).size} entities; ` +
            `${unmatched.length} entities with no fitting candidate. Review the file, write yes in the accept column of the right rows, then run: summit-kg link --accept FILE\n`,
        );
      }
    });
}

const isEntity = (store: Store, iri: string) => store.match(namedNode(iri), namedNode(RDF_TYPE), null, null).length > 0;

/**
 * Adds the accepted links to the links graph, validates the whole graph with them against the
 * real shapes, and only then replaces the links file (atomically). On any failure the file is untouched.
 */
async function accept(file: string, linksFile: string, config: Config, io: Io): Promise<void> {
  if (!existsSync(file)) throw new AppError('io', `${file}: no such file`, { file });
  const accepted = acceptedLinks(readFileSync(file, 'utf8'), file);
  if (accepted.length === 0)
    throw new AppError('bad-request', `${file}: no row says yes in the accept column; nothing to write.`);
  const shapes = loadShapes(config.shapesPaths);
  if (shapes.files.length === 0) {
    throw new AppError(
      'usage',
      `No SHACL shapes in ${config.shapesPaths.join(', ')}: links are only written once the graph validates.`,
    );
  }
  const links = readLinks(linksFile);
  const graph = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
  for (const { entity, qid } of accepted) {
    if (!isEntity(graph.store, entity))
      throw new AppError('bad-request', `${file}: ${entity} is not an entity of the graph.`);
    const existing = links.get(entity);
    if (existing && existing !== qid) {
      throw new AppError(
        'bad-request',
        `${file}: ${entity} is already linked to wd:${existing}; remove that link from ${linksFile} first if wd:${qid} is right.`,
      );
    }
    links.set(entity, qid);
  }
  const text = linksText(links);
  // The new links are validated with the graph, in place of the file's current text, before anything is written.
  const overlay = { path: linksFile, text };
  const changed = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes, overlay });
  const result = await validateGraph(changed, shapes, config.shaclEngine);
  if (result.violations > 0) {
    io.stdout(textReport(result));
    throw new AppError('bad-request', `The accepted links break the graph's shapes; ${linksFile} is unchanged.`);
  }
  writeFileAtomically(linksFile, text);
  io.stderr(
    `Wrote ${accepted.length} accepted link${accepted.length === 1 ? '' : 's'} to ${linksFile} (${links.size} in all); the graph validates.\n`,
  );
}
