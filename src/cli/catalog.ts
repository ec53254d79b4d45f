// The saved queries on the command line: `summit-kg queries` lists them, and `summit-kg query
// --saved NAME --param key=value` runs one (its text is bound here, then run like any other query).
import { type Command, InvalidArgumentError } from 'commander';
import { Binder, describeType, type Given, isRequired, loadCatalog, typeLabel } from '../catalog/index.ts';
import type { Config } from '../config/index.ts';
import { AppError } from '../errors.ts';
import type { Io } from './io.ts';
import { withSettings } from './options.ts';

const collectParam = (value: string, previous: string[] | undefined) => {
  if (!/^[^=]+=/.test(value)) throw new InvalidArgumentError(`'${value}' is not key=value.`);
  return [...(previous ?? []), value];
};

/** Adds --saved, --param and --queries to the `query` command. */
export function savedQueryOptions(command: Command): Command {
  return withSettings(
    command
      .option('--saved <name>', 'run the saved query NAME instead (see summit-kg queries)')
      .option('--param <key=value>', 'a parameter of the saved query; repeat for more', collectParam),
    ['queriesPaths'],
  );
}

/**
 * The query text `query` should run: the saved query bound to its --param values when --saved is
 * given, undefined otherwise (the argument is then the query). Throws when both or neither are given.
 */
export function savedQueryText(
  argument: string | undefined,
  options: { saved?: string; param?: string[] },
  config: Config,
): string | undefined {
  if (!options.saved) {
    if (options.param) throw new AppError('usage', '--param gives values to a saved query: name it with --saved.');
    if (argument === undefined) {
      throw new AppError('usage', 'Give a query (text, a .rq file or -), or a saved query with --saved NAME.');
    }
    return undefined;
  }
  if (argument !== undefined) throw new AppError('usage', `Give either a query or --saved ${options.saved}, not both.`);
  const catalog = loadCatalog(config.queriesPaths);
  const query = catalog.get(options.saved);
  if (!query) {
    const names = catalog.queries.map((q) => q.name).join(', ') || `none (in ${config.queriesPaths.join(', ')})`;
    throw new AppError('not-found', `No saved query named '${options.saved}'; the saved queries are: ${names}.`);
  }
  const given: Given = Object.create(null) as Given;
  for (const pair of options.param ?? []) {
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    given[name] = [...[given[name] ?? []].flat(), pair.slice(at + 1)];
  }
  return new Binder(config.maxQueryBytes, 0).bind(query, given).text;
}

/** Adds `summit-kg queries`, which lists the saved queries with their parameters. */
export function registerCatalogCommands(program: Command, io: Io, configFrom: (command: Command) => Config): void {
  withSettings(program.command('queries'), ['queriesPaths'])
    .description('list the saved queries and their parameters (run one with: query --saved NAME --param key=value)')
    .action((_options, command: Command) => io.stdout(listing(configFrom(command))));
}

function listing(config: Config): string {
  const catalog = loadCatalog(config.queriesPaths);
  if (catalog.queries.length === 0) return `No saved queries in ${config.queriesPaths.join(', ')}.\n`;
  const lines: string[] = [];
  for (const query of catalog.queries) {
    lines.push(
      `${query.name}: ${query.title} (${query.form.toUpperCase()}${query.pagination ? `, ${query.pagination} per page` : ''})`,
    );
    const width = Math.max(0, ...query.parameters.map((p) => p.name.length));
    for (const p of query.parameters) {
      const notes = [
        isRequired(p) ? 'required' : 'optional',
        p.default !== undefined ? `default ${p.default}` : '',
        p.example !== undefined ? `e.g. ${p.example}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  --param ${p.name.padEnd(width)}  ${typeLabel(p)}, ${notes}: ${p.description}${p.enum ? ` (${describeType(p)})` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
