// Reading the saved queries (queries/*.rq): each file's header and query, checked together so that
// every problem is reported with its file and line before the server starts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { keepJson, keptName, readKeptJson } from '../config/index.ts';
import { AppError, isAppError } from '../errors.ts';
import { newStore, type ParsedQuery, parseSparql, type SparqlQuery, writeSparql } from '../rdf/index.ts';
import { analyseQuery, type QueryForm } from '../sparql/index.ts';
import { assignedVariables, bindVariable, cloneTree, hasService, projectedVariables, variablesIn } from './ast.ts';
import { type Header, type Problem, readHeader } from './header.ts';
import {
  PARAM_TYPES,
  type Parameter,
  type ParamType,
  readVariableName,
  SUFFIXES_ACCEPTED,
  sampleValue,
  toTerm,
  typeOfSuffix,
  valueProblem,
} from './params.ts';

export interface SavedQuery {
  /** The file name without .rq: the query's name in URLs and on the command line. */
  name: string;
  file: string;
  /** The file as written, header included. */
  text: string;
  title: string;
  description?: string;
  tags: string[];
  form: QueryForm;
  /** GET always; POST too when the header says `method: POST`. */
  methods: ('GET' | 'POST')[];
  /** Page size when results come a page at a time (`pagination: N`). */
  pagination?: number;
  parameters: Parameter[];
  /** The variables a SELECT projects, in order (undefined for SELECT *, none for the other forms): its results' schema. */
  variables?: string[];
  /** The parsed query, which binding copies (parsing costs far more than copying). */
  parsed: ParsedQuery;
}

/** Names the HTTP API uses for itself: a query parameter may not take them. */
export const RESERVED = ['format', 'page'];

/** Every problem of the catalogue in one error, each line naming its file and line. */
function catalogError(problems: (Problem & { file: string })[]): AppError {
  const first = problems[0];
  return new AppError('syntax', problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'), {
    file: first?.file,
    line: first?.line,
  });
}

export class Catalog {
  private readonly byName: Map<string, SavedQuery>;

  /** `missing`: configured paths that do not exist (the catalogue is then empty rather than the server down). */
  constructor(
    readonly queries: SavedQuery[],
    readonly missing: string[] = [],
  ) {
    this.byName = new Map(queries.map((q) => [q.name, q]));
  }

  get(name: string): SavedQuery | undefined {
    return this.byName.get(name);
  }
}

export interface CatalogOptions {
  /** Also try each query, bound to sample values, on the query engine (which may refuse what the parser accepts). */
  tryEngine?: boolean;
  /** The cache folder: a catalogue read and checked before from the same files is read back from there. */
  cacheDir?: string;
}

/** A catalogue as kept (once every query was also tried on the engine): the checked queries without their parsed form (parsed again when first bound). */
interface KeptCatalog {
  queries: Omit<SavedQuery, 'parsed'>[];
}

/** A catalogue as plain data, for another thread: the loader reads and tries it, the HTTP thread serves it. */
export interface CatalogData extends KeptCatalog {
  missing: string[];
}

/** A saved query without its parsed form. Spread copies enumerable properties only: a query read back from the cache, whose parse is a hidden getter, is not parsed for this. */
function withoutParse(query: SavedQuery): Omit<SavedQuery, 'parsed'> {
  const { parsed: _, ...plain } = { ...query, parsed: undefined };
  return plain;
}

export const catalogData = ({ queries, missing }: Catalog): CatalogData => ({
  queries: queries.map(withoutParse),
  missing,
});

export const catalogFromData = ({ queries, missing }: CatalogData) => new Catalog(queries.map(parsedOnUse), missing);

/** A saved query whose text is parsed the first time it is bound: a start reads no query it does not serve. */
function parsedOnUse(query: Omit<SavedQuery, 'parsed'>): SavedQuery {
  let parsed: ParsedQuery | undefined;
  return Object.defineProperty({ ...query }, 'parsed', {
    get: () => {
      parsed ??= parseSparql(query.text) as ParsedQuery;
      return parsed;
    },
  }) as SavedQuery;
}

/** The .rq files of the given folders (not their sub-folders) and files, read; and the paths that do not exist. */
function readCatalogFiles(paths: string[]): { texts: { file: string; text: string }[]; missing: string[] } {
  const missing = paths.filter((path) => !existsSync(path));
  const files = paths
    .filter((path) => existsSync(path))
    .flatMap((path) =>
      statSync(path).isDirectory()
        ? readdirSync(path)
            .filter((f) => f.endsWith('.rq'))
            .sort()
            .map((f) => join(path, f))
        : [path],
    );
  return { texts: files.map((file) => ({ file, text: readFileSync(file, 'utf8') })), missing };
}

const keptNameOf = (texts: { file: string; text: string }[]) =>
  keptName('catalog', ...texts.flatMap(({ file, text }) => [file, text]));

/** The catalogue read, checked and tried on the engine at an earlier start from the same files, if it was kept in `cacheDir`. */
export function keptCatalog(paths: string[], cacheDir: string): Catalog | undefined {
  const { texts, missing } = readCatalogFiles(paths);
  const known = readKeptJson<KeptCatalog>(cacheDir, keptNameOf(texts));
  return known && new Catalog(known.queries.map(parsedOnUse), missing);
}

/** Reads every .rq file of the given folders (not their sub-folders) and files. Throws CatalogError listing every problem. A catalogue kept in `cacheDir` from the same files is read back instead. */
export function loadCatalog(paths: string[], options: CatalogOptions = {}): Catalog {
  const { texts, missing } = readCatalogFiles(paths);
  const tryEngine = options.tryEngine ?? true;
  const kept = keptNameOf(texts);
  const known = readKeptJson<KeptCatalog>(options.cacheDir ?? '', kept);
  if (known) return new Catalog(known.queries.map(parsedOnUse), missing);

  const queries: SavedQuery[] = [];
  const problems: (Problem & { file: string })[] = [];
  const seen = new Map<string, string>();
  for (const { file, text } of texts) {
    const result = readSavedQuery(file, text, { tryEngine });
    problems.push(...result.problems.map((p) => ({ ...p, file })));
    if (!result.query) continue;
    const other = seen.get(result.query.name);
    if (other)
      problems.push({
        file,
        line: 1,
        message: `a saved query named '${result.query.name}' is already read from ${other}`,
      });
    seen.set(result.query.name, file);
    queries.push(result.query);
  }
  if (problems.length > 0) throw catalogError(problems);
  queries.sort((a, b) => a.name.localeCompare(b.name));
  // Kept only once the engine tried them too: a catalogue kept without that trial would not spare the loader its work.
  if (tryEngine) keepJson(options.cacheDir ?? '', kept, { queries: queries.map(withoutParse) } satisfies KeptCatalog);
  return new Catalog(queries, missing);
}

/** One file: the saved query, or what is wrong with it (never both). */
export function readSavedQuery(
  file: string,
  text: string,
  options: CatalogOptions = { tryEngine: true },
): { query?: SavedQuery; problems: Problem[] } {
  const name = basename(file).replace(/\.rq$/, '');
  const { header, problems, readable } = readHeader(text);
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name))
    problems.push({
      line: 1,
      message: `the file name '${name}' must be letters, digits, '-' and '_' (it becomes the query’s URL)`,
    });
  if (readable && header.summary === undefined && !problems.some((p) => /'summary'/.test(p.message))) {
    problems.push({ line: 1, message: "no title: add '#+ summary: …' at the top (the query’s title)" });
  }

  const parsed = parse(text);
  if ('problem' in parsed) return { problems: [...problems, parsed.problem].sort((a, b) => a.line - b.line) };
  const query = parsed.query;
  const parameters = readParameters(query, header, text, problems);
  checkPagination(query, header, problems);

  if (problems.length === 0) {
    const trial = tryBinding(query, parameters, options.tryEngine ?? true);
    if (trial) problems.push({ line: 1, message: trial });
  }
  if (problems.length > 0) return { problems: problems.sort((a, b) => a.line - b.line) };
  return {
    query: {
      name,
      file,
      text,
      title: header.summary ?? name,
      description: header.description,
      tags: header.tags,
      form: query.queryType.toLowerCase() as QueryForm,
      methods: header.method === 'POST' ? ['GET', 'POST'] : ['GET'],
      pagination: header.pagination,
      parameters,
      variables: projectedVariables(query),
      parsed: query,
    },
    problems: [],
  };
}

function parse(text: string): { query: ParsedQuery } | { problem: Problem } {
  let parsed: SparqlQuery;
  try {
    parsed = parseSparql(text);
  } catch {
    // The endpoint's own analysis gives the message a person can act on (line, column, expected tokens).
    try {
      analyseQuery(text);
    } catch (error) {
      if (isAppError(error)) {
        return {
          problem: {
            line: error.context.line ?? 1,
            message: error.message.replace(/^Syntax error at line \d+, /, 'syntax error at '),
          },
        };
      }
    }
    return { problem: { line: 1, message: 'the query does not parse' } };
  }
  if (parsed.type === 'update')
    return {
      problem: {
        line: 1,
        message: 'this is a SPARQL Update; saved queries only read (SELECT, ASK, CONSTRUCT, DESCRIBE)',
      },
    };
  return { query: parsed };
}

/** The line of a variable's first use in the query (comment lines skipped). */
function lineOfVariable(text: string, variable: string): number {
  const pattern = new RegExp(`[?$]${variable}(?![\\w\\u00B7\\u0300-\\u036F\\u203F-\\u2040])`);
  const lines = text.split('\n');
  const index = lines.findIndex((line) => !line.trimStart().startsWith('#') && pattern.test(line));
  return index + 1 || 1;
}

/** The query's parameters: its ?_name / ?__name variables, each declared under `params` in the header. */
function readParameters(query: ParsedQuery, header: Header, text: string, problems: Problem[]): Parameter[] {
  const assigned = assignedVariables(query);
  const byName = new Map<string, Parameter>();
  const named = new Set<string>();
  for (const variable of [...variablesIn(query)].sort()) {
    const read = readVariableName(variable);
    if (!read) continue;
    const line = lineOfVariable(text, variable);
    if ('error' in read) {
      problems.push({ line, message: read.error });
      continue;
    }
    named.add(read.name);
    const other = byName.get(read.name);
    if (other) {
      problems.push({
        line,
        message: `?${variable} and ?${other.variable} are both parameter '${read.name}': use one variable`,
      });
      continue;
    }
    if (assigned.has(variable))
      problems.push({
        line,
        message: `the query gives ?${variable} a value itself (${assigned.get(variable)}): a parameter’s value comes from the caller`,
      });
    if (RESERVED.includes(read.name))
      problems.push({
        line,
        message: `'${read.name}' cannot name a parameter: the API uses it (${RESERVED.join(', ')} are reserved)`,
      });
    const parameter = declare(variable, read, header, line, problems);
    if (parameter) byName.set(read.name, parameter);
  }
  // Declared but not in the query: a typo, or a leftover.
  const unused = new Set<string>();
  for (const [name, line] of [
    ...[...header.params].map(([n, d]) => [n, d.line] as const),
    ...[...header.defaults].map(([n, d]) => [n, d.line] as const),
    ...[...header.enumerate].map(([n, d]) => [n, d.line] as const),
  ]) {
    if (!named.has(name) && !unused.has(name)) {
      unused.add(name);
      problems.push({
        line,
        message: `parameter '${name}' is declared but the query has no ?_${name}… or ?__${name}… variable`,
      });
    }
  }
  // In the order the header declares them: the author's order is the reader's.
  const order = (p: Parameter) => header.params.get(p.name)?.line ?? 0;
  return [...byName.values()].sort((a, b) => order(a) - order(b));
}

/** Merges what the variable name says with the header's declaration; reports conflicts and invalid values. */
function declare(
  variable: string,
  read: { name: string; mandatory: boolean; suffix: string },
  header: Header,
  line: number,
  problems: Problem[],
): Parameter | undefined {
  const { name, mandatory, suffix } = read;
  const fromSuffix = typeOfSuffix(suffix);
  if (!fromSuffix) {
    problems.push({ line, message: `?${variable}: unknown type suffix '_${suffix}'; use ${SUFFIXES_ACCEPTED}` });
    return undefined;
  }
  const declared = header.params.get(name);
  if (!declared) {
    problems.push({
      line,
      message: `parameter '${name}' (?${variable}) is not declared: add it under '#+ params:' with at least a description`,
    });
    return undefined;
  }
  const at = (message: string, where = declared.line) =>
    problems.push({ line: where, message: `parameter '${name}': ${message}` });
  if (!declared.description) at('needs a description');

  let type: ParamType = fromSuffix.type;
  let lang = fromSuffix.lang;
  if (declared.type !== undefined) {
    if (!PARAM_TYPES.includes(declared.type as ParamType))
      at(`unknown type '${declared.type}'; the types are: ${PARAM_TYPES.join(', ')}`);
    else if (suffix !== '' && declared.type !== type)
      at(`type '${declared.type}' contradicts the variable’s suffix ('?${variable}' is ${type})`);
    else type = declared.type as ParamType;
  }
  if (declared.lang !== undefined) {
    if (!/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(declared.lang)) at(`'${declared.lang}' is not a language tag`);
    else if (lang !== undefined && lang !== declared.lang)
      at(`lang '${declared.lang}' contradicts the variable’s suffix ('_${lang}')`);
    else if (type !== 'string' && type !== 'langString') at(`'lang' is only for texts, and this parameter is ${type}`);
    else {
      lang = declared.lang;
      type = 'langString';
    }
  }
  if (type === 'langString' && !lang) at("a langString needs its language: 'lang: en' or a suffix such as ?_name_en");

  const parameter: Parameter = { name, variable, type, lang, mandatory, description: declared.description ?? '' };
  const grlcDefault = header.defaults.get(name);
  const grlcEnum = header.enumerate.get(name);
  if (grlcDefault && declared.default !== undefined && grlcDefault.value !== declared.default)
    at(`two different defaults ('defaults' says '${grlcDefault.value}', 'params' says '${declared.default}')`);
  if (grlcEnum && declared.enum && grlcEnum.values.join('\n') !== declared.enum.join('\n'))
    at("two different lists of allowed values ('enumerate' and 'params')");
  const allowed = declared.enum ?? grlcEnum?.values;
  const enumLine = declared.enum ? declared.line : grlcEnum?.line;
  if (allowed) {
    if (allowed.length === 0) at('the list of allowed values is empty', enumLine);
    for (const value of allowed) {
      const problem = valueProblem({ type, lang }, value);
      if (problem) at(`allowed value '${value}' ${problem}`, enumLine);
    }
    parameter.enum = allowed;
  }
  const defaultValue = declared.default ?? grlcDefault?.value;
  for (const [key, value, where] of [
    ['default', defaultValue, declared.default === undefined ? grlcDefault?.line : declared.line],
    ['example', declared.example, declared.line],
  ] as const) {
    if (value === undefined) continue;
    const problem = valueProblem(parameter, value);
    if (problem) at(`the ${key} '${value}' ${problem}`, where);
    else parameter[key] = value;
  }
  return parameter;
}

function checkPagination(query: ParsedQuery, header: Header, problems: Problem[]): void {
  if (header.pagination === undefined) return;
  if (query.queryType !== 'SELECT') {
    problems.push({ line: 1, message: `'pagination' is for SELECT queries, and this is ${query.queryType}` });
    return;
  }
  if (!query.order?.length) {
    problems.push({ line: 1, message: "'pagination' needs an ORDER BY, or pages may overlap or skip results" });
  }
  if (query.limit !== undefined || query.offset !== undefined) {
    problems.push({ line: 1, message: "'pagination' sets LIMIT and OFFSET itself: remove them from the query" });
  }
}

/** Binds every parameter to a sample value and has both parsers read the result, so a broken query fails at load, not on a request. */
function tryBinding(query: ParsedQuery, parameters: Parameter[], tryEngine: boolean): string | undefined {
  let bound: string;
  try {
    const copy = cloneTree(query);
    for (const p of parameters) bindVariable(copy, p.variable, toTerm(p, sampleValue(p)));
    bound = writeSparql(copy);
    parseSparql(bound);
  } catch (error) {
    return `the query cannot be bound to its parameters: ${(error as Error).message}`;
  }
  // Oxigraph may refuse what sparqljs accepts; an empty store answers at once. A SERVICE would call out, so it is skipped.
  if (!tryEngine || hasService(query)) return undefined;
  try {
    newStore().query(bound, { use_default_graph_as_union: true });
  } catch (error) {
    return `the query engine refuses the query: ${(error as Error).message}`;
  }
  return undefined;
}
