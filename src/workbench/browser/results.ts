// Running a query and showing its answer: SPARQL JSON for SELECT and ASK, Turtle (with the prefix
// table) and a table of statements for CONSTRUCT and DESCRIBE; the views that suit it, switchable;
// downloads in the formats the endpoint writes (links that ask it with `format`).
import { countryColumn, renderBars, renderTimeline, type View, viewsFor } from './charts.ts';
import { type Context, el } from './context.ts';
import { learnLinkedCountries, linkedIri, renderMap } from './map.ts';
import { type Row, readNTriples, type Solutions, type Term } from './sparql-json.ts';
import { renderTable } from './table.ts';
import { writeTurtle } from './turtle.ts';

type Answer =
  | { kind: 'solutions'; solutions: Solutions }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'graph'; turtle: string; statements: Solutions };

const SELECT_OR_GRAPH = 'application/sparql-results+json, application/n-triples;q=0.9';

let prefixes: Promise<Record<string, string>> | undefined;
/** The server's prefix table, fetched once. */
export function prefixTable(): Promise<Record<string, string>> {
  prefixes ??= fetch('/prefixes.json')
    .then((r) => r.json() as Promise<Record<string, string>>)
    .catch(() => ({}));
  return prefixes;
}

async function fetchAnswer(query: string): Promise<Answer> {
  const post = (accept: string) =>
    fetch('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
      body: new URLSearchParams({ query }).toString(),
    });
  const response = await post(SELECT_OR_GRAPH);
  const text = await response.text();
  if (!response.ok) throw new Error(text.trim() || `${response.status} ${response.statusText}`);
  if ((response.headers.get('content-type') ?? '').startsWith('application/n-triples')) {
    const statements = readNTriples(text);
    return { kind: 'graph', turtle: writeTurtle(statements, await prefixTable()), statements };
  }
  const json = JSON.parse(text) as { boolean?: boolean; head: { vars?: string[] }; results?: { bindings: Row[] } };
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
  return { kind: 'solutions', solutions: { vars: json.head.vars ?? [], rows: json.results?.bindings ?? [] } };
}

const iris = (solutions: Solutions): string[] =>
  solutions.rows.flatMap((row) =>
    Object.values(row)
      .filter((t): t is Term => t?.type === 'uri')
      .map((t) => t.value),
  );

export interface Shown {
  view: View | undefined;
}

/** Runs the query and fills `output`; `wanted` is the view asked for (a link's or the user's). Calls `onView` when the view changes. */
export async function runQuery(
  context: Context,
  query: string,
  output: HTMLElement,
  status: HTMLElement,
  wanted: View | undefined,
  onView: (view: View) => void,
): Promise<void> {
  status.textContent = context.say('running');
  output.setAttribute('aria-busy', 'true');
  const started = performance.now();
  let answer: Answer;
  try {
    answer = await fetchAnswer(query);
  } catch (error) {
    status.textContent = context.say('error');
    output.replaceChildren(el('pre', { class: 'wb-error', role: 'alert' }, (error as Error).message));
    output.removeAttribute('aria-busy');
    return;
  }
  const ms = Math.round(performance.now() - started);
  if (answer.kind === 'boolean') {
    status.textContent = context.say('ms', { n: ms });
    output.replaceChildren(el('p', { class: 'wb-boolean' }, context.say(answer.value ? 'yes' : 'no')));
    output.removeAttribute('aria-busy');
    return;
  }
  const solutions = answer.kind === 'graph' ? answer.statements : answer.solutions;
  const named = iris(solutions);
  await learnLinkedCountries(named);
  await context.fetchLabels([...named, ...named.map(linkedIri)]);
  const count = context.say(answer.kind === 'graph' ? 'statements' : 'rows', { n: solutions.rows.length });
  status.textContent = `${count} ${context.say('ms', { n: ms })}`;
  const fit =
    answer.kind === 'graph' ? { views: ['turtle', 'table'] as View[], best: 'turtle' as View } : viewsFor(solutions);
  let view: View = wanted && fit.views.includes(wanted) ? wanted : fit.best;
  const area = el('div', { class: 'wb-view' });
  const switcher = el('div', { class: 'wb-views', role: 'group', 'aria-label': context.say('view') });
  const buttons = fit.views.map((name) => {
    const button = el('button', { type: 'button', 'data-view': name }, context.say(name));
    button.addEventListener('click', () => {
      view = name;
      void show();
      onView(name);
    });
    return button;
  });
  switcher.append(...buttons);
  const show = async () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.view === view));
    area.replaceChildren(await render(context, answer, solutions, view));
  };
  output.replaceChildren(switcher, area, downloads(context, query, answer.kind === 'graph'));
  await show();
  output.removeAttribute('aria-busy');
}

async function render(context: Context, answer: Answer, solutions: Solutions, view: View): Promise<HTMLElement> {
  if (view === 'turtle' && answer.kind === 'graph')
    return el('pre', { class: 'wb-turtle', tabindex: '0' }, answer.turtle);
  if (view === 'bars') return renderBars(context, solutions);
  if (view === 'timeline') return renderTimeline(context, solutions);
  if (view === 'map') return renderMap(context, solutions, countryColumn(solutions) ?? '');
  return renderTable(context, solutions);
}

function downloads(context: Context, query: string, graph: boolean): HTMLElement {
  const formats: [string, string, string][] = graph
    ? [
        ['turtle', 'Turtle', 'ttl'],
        ['ntriples', 'N-Triples', 'nt'],
        ['jsonld', 'JSON-LD', 'jsonld'],
      ]
    : [
        ['csv', 'CSV', 'csv'],
        ['tsv', 'TSV', 'tsv'],
        ['json', 'JSON', 'json'],
      ];
  return el(
    'p',
    { class: 'wb-downloads' },
    `${context.say('download')}: `,
    ...formats.flatMap(([format, name, extension], i) => {
      const href = `/sparql?${new URLSearchParams({ query, format }).toString()}`;
      const link = el('a', { href, download: `results.${extension}` }, name);
      return i === 0 ? [link] : [' · ', link];
    }),
  );
}
