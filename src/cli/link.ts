// `summit-kg link`: proposals of Wikidata links for review, accepting reviewed ones, re-checking
// existing links, listing what is still unlinked.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, type Option } from 'commander';
import type { Config } from '../config/index.ts';
import { loadGraph } from '../graph/index.ts';
import { loadShapes, textReport, validateGraph } from '../shacl/index.ts';
import {
  acceptedLinks,
  checkLinks,
  LinkFileError,
  proposalsCsv,
  proposeLinks,
  readLinks,
  unlinkedEntities,
  wikidataClient,
  writeLinks,
} from '../wikidata/index.ts';

type ConfigFrom = (options: Record<string, string | string[] | undefined>, command: Command) => Config;

export const DEFAULT_LINKS_FILE = 'data/wikidata-links.trig';

export function registerLinkCommand(
  program: Command,
  configFrom: ConfigFrom,
  dataOption: () => Option,
  shapesOption: () => Option,
): void {
  program
    .command('link')
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
    .option('--wikidata <url>', "Wikidata's SPARQL endpoint (env SUMMIT_KG_WIKIDATA_ENDPOINT)")
    .addOption(dataOption())
    .addOption(shapesOption())
    .action(async (options, command: Command) => {
      const config = configFrom(options, command);
      const modes = ['accept', 'check', 'unlinked'].filter((mode) => options[mode]);
      if (modes.length > 1) throw new InvalidArgumentError(`Choose one of --${modes.join(', --')}.`);
      const graph = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
      const client = () => wikidataClient(config.wikidataEndpoint, config.serviceTimeoutMs);

      if (options.unlinked) {
        const entities = unlinkedEntities(graph.store);
        for (const entity of entities)
          process.stdout.write(`${entity.iri}\t${entity.labels.map((l) => `${l.value}@${l.lang}`).join(' | ')}\n`);
        process.stderr.write(`${entities.length} entities of linkable classes have no Wikidata link.\n`);
      } else if (options.check) {
        const { checked, drift } = await checkLinks(graph.store, client());
        for (const d of drift) process.stdout.write(`${d.entity}\twd:${d.qid}\t${d.problem}\n`);
        process.stderr.write(
          `${checked} links checked against ${config.wikidataEndpoint}: ${drift.length === 0 ? 'no drift' : `${drift.length} problem${drift.length === 1 ? '' : 's'}`}.\n`,
        );
        if (drift.length > 0) process.exitCode = 1;
      } else if (options.accept) {
        await accept(options.accept, options.linksFile, config);
      } else {
        const { proposals, unmatched } = await proposeLinks(graph.store, client());
        const csv = proposalsCsv(proposals);
        if (options.output) writeFileSync(options.output, csv);
        else process.stdout.write(csv);
        process.stderr.write(
          `${proposals.length} candidate${proposals.length === 1 ? '' : 's'} for ${new Set(proposals.map((p) => p.entity)).size} entities; ` +
            `${unmatched.length} entities with no fitting candidate. Review the file, write yes in the accept column of the right rows, then run: summit-kg link --accept FILE\n`,
        );
      }
    });
}

/** Writes the accepted links, then validates the whole graph; on a violation the links file is restored. */
async function accept(file: string, linksFile: string, config: Config): Promise<void> {
  if (!existsSync(file)) throw new LinkFileError(`${file}: no such file`);
  const accepted = acceptedLinks(readFileSync(file, 'utf8'), file);
  if (accepted.length === 0)
    throw new LinkFileError(`${file}: no row says yes in the accept column; nothing to write.`);
  const before = existsSync(linksFile) ? readFileSync(linksFile, 'utf8') : undefined;
  const links = readLinks(linksFile);
  const graph = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
  for (const { entity, qid } of accepted) {
    const typed = graph.store.query(`ASK { <${entity}> a ?type }`) as boolean;
    if (!typed) throw new LinkFileError(`${file}: ${entity} is not an entity of the graph.`);
    const existing = links.get(entity);
    if (existing && existing !== qid)
      throw new LinkFileError(
        `${file}: ${entity} is already linked to wd:${existing}; remove that link from ${linksFile} first if wd:${qid} is right.`,
      );
    links.set(entity, qid);
  }
  writeLinks(linksFile, links);
  // The links file is validated with the graph even when it lies outside the data folders.
  const result = await validateGraph(
    loadGraph([...config.dataPaths, linksFile], { maxDataBytes: config.maxDataBytes }),
    loadShapes(config.shapesPaths),
  );
  if (result.violations > 0) {
    if (before === undefined) unlinkSync(linksFile);
    else writeFileSync(linksFile, before);
    process.stdout.write(textReport(result));
    throw new LinkFileError(`The accepted links break the graph's shapes; ${linksFile} is unchanged.`);
  }
  process.stderr.write(
    `Wrote ${accepted.length} accepted link${accepted.length === 1 ? '' : 's'} to ${linksFile} (${links.size} in all); the graph validates.\n`,
  );
}
