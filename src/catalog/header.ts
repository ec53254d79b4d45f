// Reading a saved query's decorators: the lines that start with '#+' form one YAML document
// (grlc's convention), read here into plain values with the file line of each, and checked for shape.
// Cross-checks against the query itself (declared parameters, their types) are the loader's.
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';

/** Something wrong in a query file, at a line (1-based). */
export interface Problem {
  line: number;
  message: string;
}

export interface ParamDeclaration {
  line: number;
  description?: string;
  type?: string;
  lang?: string;
  default?: string;
  enum?: string[];
  example?: string;
}

export interface Header {
  summary?: string;
  description?: string;
  tags: string[];
  method: 'GET' | 'POST';
  pagination?: number;
  /** grlc's `defaults` and `enumerate`, by parameter name. */
  defaults: Map<string, { value: string; line: number }>;
  enumerate: Map<string, { values: string[]; line: number }>;
  /** The `params` block (this project's extension), by parameter name. */
  params: Map<string, ParamDeclaration>;
}

export const DECORATORS = ['summary', 'description', 'tags', 'defaults', 'enumerate', 'method', 'pagination', 'params'];
const PARAM_KEYS = ['description', 'type', 'lang', 'default', 'enum', 'example'];
/** grlc decorators that make no sense here: the queries run against this server's own graph, as they are. */
const UNSUPPORTED: Record<string, string> = {
  endpoint: 'saved queries run against this server’s own graph (use SERVICE in the query for a remote endpoint)',
  endpoint_in_url: 'saved queries run against this server’s own graph',
  transform: 'results come in the standard SPARQL formats',
};

/** Reads the '#+' lines of a query file. Never throws: what is wrong comes back as problems. */
export function readHeader(text: string): { header: Header; problems: Problem[]; readable: boolean } {
  // One YAML line per file line, so that YAML positions are file positions.
  const yamlText = text
    .split('\n')
    .map((line) => (line.startsWith('#+') ? line.slice(2).replace(/\r$/, '') : ''))
    .join('\n');
  const lines = new LineCounter();
  // The failsafe schema keeps every scalar as written: 0.50 stays "0.50", 2025-02-10 stays a string.
  const doc = parseDocument(yamlText, {
    schema: 'failsafe',
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const header: Header = { tags: [], method: 'GET', defaults: new Map(), enumerate: new Map(), params: new Map() };
  const problems: Problem[] = [];
  const lineOf = (node: Node | null | undefined, fallback = 1) =>
    node?.range ? lines.linePos(node.range[0]).line : fallback;
  const problem = (node: Node | null | undefined, message: string) => problems.push({ line: lineOf(node), message });

  for (const error of doc.errors)
    problems.push({
      line: lines.linePos(error.pos[0]).line,
      message: `the '#+' header is not valid YAML: ${error.message.split('\n')[0]}`,
    });
  if (doc.errors.length > 0) return { header, problems, readable: false };
  const root = doc.contents;
  if (root === null) return { header, problems, readable: true };
  if (!isMap(root)) {
    problem(root, "the '#+' header must be a list of 'key: value' decorators, such as '#+ summary: …'");
    return { header, problems, readable: false };
  }

  for (const pair of root.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as Node | null;
    const read = readers[key];
    if (read) read(value, header, { problem, lineOf, key: keyNode });
    else if (UNSUPPORTED[key])
      problem(keyNode, `the grlc decorator '${key}' is not supported here: ${UNSUPPORTED[key]}`);
    else problem(keyNode, `unknown decorator '${key}'; the decorators are: ${DECORATORS.join(', ')}`);
  }
  return { header, problems, readable: true };
}

interface ReadContext {
  problem: (node: Node | null | undefined, message: string) => void;
  lineOf: (node: Node | null | undefined, fallback?: number) => number;
  key: Node;
}

type Reader = (value: Node | null, header: Header, context: ReadContext) => void;

/** A scalar's text, or undefined (after reporting) when the node is not a scalar. */
function text(value: Node | null, context: ReadContext, what: string): string | undefined {
  if (isScalar(value) && String(value.value).trim() !== '') return String(value.value).trim();
  context.problem(value ?? context.key, `${what} must be a text`);
  return undefined;
}

function list(value: Node | null, context: ReadContext, what: string): string[] | undefined {
  if (!isSeq(value)) {
    context.problem(value ?? context.key, `${what} must be a list ('- value' lines, or [a, b])`);
    return undefined;
  }
  const values: string[] = [];
  for (const item of value.items as Node[]) {
    if (!isScalar(item)) context.problem(item, `${what} must hold plain values`);
    else values.push(String(item.value));
  }
  return values;
}

/** grlc writes per-parameter decorators as a list of one-key maps ('- name: value'); a plain map is accepted too. */
function entries(
  value: Node | null,
  context: ReadContext,
  what: string,
): { name: string; value: Node | null; line: number; keyNode: Node }[] {
  const maps: YAMLMap[] = [];
  if (isMap(value)) maps.push(value);
  else if (isSeq(value)) {
    for (const item of value.items as Node[]) {
      if (isMap(item)) maps.push(item);
      else
        context.problem(
          item,
          `each entry of '${what}' must be 'name: …'${what === 'enumerate' ? ' followed by the list of allowed values (values are not fetched from the endpoint here)' : ''}`,
        );
    }
  } else context.problem(value ?? context.key, `'${what}' must be a list of 'name: …' entries`);
  return maps.flatMap((map) =>
    map.items.map((pair) => {
      const keyNode = pair.key as Node;
      return {
        name: isScalar(keyNode) ? String(keyNode.value) : '',
        value: pair.value as Node | null,
        line: context.lineOf(keyNode),
        keyNode,
      };
    }),
  );
}

const readers: Record<string, Reader> = {
  summary: (value, header, context) => {
    header.summary = text(value, context, "'summary' (the query’s title)");
  },
  description: (value, header, context) => {
    header.description = text(value, context, "'description'");
  },
  tags: (value, header, context) => {
    header.tags = isScalar(value) ? [String(value.value)] : (list(value, context, "'tags'") ?? []);
  },
  method: (value, header, context) => {
    const method = text(value, context, "'method'")?.toUpperCase();
    if (method === 'GET' || method === 'POST') header.method = method;
    else if (method) context.problem(value, `'method' must be GET or POST, not '${method}'`);
  },
  pagination: (value, header, context) => {
    const size = text(value, context, "'pagination'");
    if (size !== undefined && (!/^\d+$/.test(size) || Number(size) < 1 || Number(size) > 100_000))
      context.problem(value, `'pagination' must be a page size from 1 to 100000, not '${size}'`);
    else if (size !== undefined) header.pagination = Number(size);
  },
  defaults: (value, header, context) => {
    for (const entry of entries(value, context, 'defaults')) {
      const given = text(entry.value, { ...context, key: entry.keyNode }, `the default of '${entry.name}'`);
      if (given !== undefined) header.defaults.set(entry.name, { value: given, line: entry.line });
    }
  },
  enumerate: (value, header, context) => {
    for (const entry of entries(value, context, 'enumerate')) {
      const values = list(entry.value, { ...context, key: entry.keyNode }, `the allowed values of '${entry.name}'`);
      if (values) header.enumerate.set(entry.name, { values, line: entry.line });
    }
  },
  params: (value, header, context) => {
    if (!isMap(value)) {
      context.problem(
        value ?? context.key,
        "'params' must map each parameter name to its description, type, default, enum and example",
      );
      return;
    }
    for (const pair of value.items) {
      const keyNode = pair.key as Node;
      const name = isScalar(keyNode) ? String(keyNode.value) : '';
      const declaration: ParamDeclaration = { line: context.lineOf(keyNode) };
      header.params.set(name, declaration);
      const body = pair.value as Node | null;
      if (isScalar(body) && String(body.value).trim()) {
        // 'name: Description' is short for 'name: { description: Description }'.
        declaration.description = String(body.value).trim();
        continue;
      }
      if (!isMap(body)) {
        context.problem(body ?? keyNode, `parameter '${name}' under 'params' needs at least a description`);
        continue;
      }
      for (const field of body.items) {
        const fieldKey = field.key as Node;
        const fieldName = isScalar(fieldKey) ? String(fieldKey.value) : '';
        const fieldValue = field.value as Node | null;
        const sub = { ...context, key: fieldKey };
        if (fieldName === 'enum') declaration.enum = list(fieldValue, sub, `'enum' of parameter '${name}'`);
        else if (PARAM_KEYS.includes(fieldName))
          declaration[fieldName as 'description' | 'type' | 'lang' | 'default' | 'example'] = text(
            fieldValue,
            sub,
            `'${fieldName}' of parameter '${name}'`,
          );
        else
          context.problem(
            fieldKey,
            `unknown key '${fieldName}' for parameter '${name}'; the keys are: ${PARAM_KEYS.join(', ')}`,
          );
      }
    }
  },
};
