// A saved query's results as a page for people (GET /api/queries/{name} from a browser): its title,
// description and form, then the results as a table in which every IRI shows its name and links to
// its page, links to download them and to open the query in the workbench. Works without script;
// a value the query refuses shows the message above the form (with status 400).
import { Parser, type Term } from 'n3';
import { type Html, html, type Lang, page } from '../html/index.ts';
import { compactIri, rdfFormat } from '../rdf/index.ts';
import { formatsFor, GRAPH_FORMATS, type JsonResults, type JsonTerm, SOLUTION_FORMATS } from '../sparql/index.ts';
import { type ApiBase, pageLink, runLink, textLink } from './describe.ts';
import type { SavedQuery } from './load.ts';
import { API_HEAD, queryForm, type Say, sayer } from './page.ts';

export type Results =
  | { kind: 'rows'; vars: string[]; rows: Record<string, JsonTerm>[] }
  | { kind: 'boolean'; value: boolean };

/** What the page shows for an IRI: its name (in a language when not the page's) and its page on this site. */
export interface IriName {
  text: string;
  lang?: string;
  href?: string;
}

/** Names IRIs for a language; undefined when the site knows nothing of the IRI. The server gives it from the pages' index. */
export type Labeller = (iri: string, lang: Lang) => IriName | undefined;

export interface ResultsPage {
  base: ApiBase;
  query: SavedQuery;
  lang: Lang;
  /** The values of the form as given (format included): shown back in the fields, repeated in links. */
  values: Record<string, string>;
  labels: Labeller;
  /** Why the values were refused (the page then has no results). */
  problem?: string;
  /** The query as run, values bound: opened in the workbench. */
  text?: string;
  results?: Results;
  page?: number;
  /** The language was chosen with ?lang= and the query has no lang parameter: links and the form keep it. */
  carryLang?: boolean;
}

/** More rows than a page can usefully show are left to the downloads. */
export const MAX_ROWS = 1000;

const WIKIDATA = 'http://www.wikidata.org/entity/';
/** A format's suffix in a query's URL: an RDF syntax's file extension, else the format's name (json, csv…). */
const suffixOf = (format: string) => rdfFormat(format)?.extensions[0]?.slice(1) ?? format;
/** The suffixes a query's URL may end with, as format values: /api/queries/signatories.csv. */
export const SUFFIXES = [...SOLUTION_FORMATS, ...GRAPH_FORMATS].map((f) => suffixOf(f.name)).concat('html');

/** SPARQL JSON results, as the endpoint writes them. */
export function readSolutions(text: string): Results {
  const parsed = JSON.parse(text) as JsonResults;
  if (typeof parsed.boolean === 'boolean') return { kind: 'boolean', value: parsed.boolean };
  return { kind: 'rows', vars: parsed.head.vars ?? [], rows: parsed.results?.bindings ?? [] };
}

function termOf(term: Term): JsonTerm {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  if (term.termType === 'Literal') {
    return term.language
      ? { type: 'literal', value: term.value, 'xml:lang': term.language }
      : { type: 'literal', value: term.value, datatype: term.datatype.value };
  }
  return { type: 'triple', value: term.value };
}

/** An N-Triples graph as rows of subject, predicate and object. */
export function readStatements(text: string): Results {
  const rows = new Parser({ format: 'N-Triples' })
    .parse(text)
    .map((q) => ({ subject: termOf(q.subject), predicate: termOf(q.predicate), object: termOf(q.object) }));
  return { kind: 'rows', vars: ['subject', 'predicate', 'object'], rows };
}

function iriCell(iri: string, lang: Lang, labels: Labeller): Html {
  const name = labels(iri, lang);
  const text = name ? (name.lang ? html`<span lang="${name.lang}">${name.text}</span>` : name.text) : undefined;
  if (name?.href) return html`<a href="${name.href}" title="${iri}">${text}</a>`;
  if (iri.startsWith(WIKIDATA))
    return html`<a href="${iri}" rel="external">${text ?? `Wikidata ${iri.slice(WIKIDATA.length)}`}</a>`;
  if (/^https?:\/\//.test(iri)) return html`<a href="${iri}" rel="external">${text ?? compactIri(iri) ?? iri}</a>`;
  return html`<code>${iri}</code>`;
}

function cell(term: JsonTerm | undefined, lang: Lang, labels: Labeller): Html | string {
  if (!term) return '';
  if (term.type === 'uri') return iriCell(term.value, lang, labels);
  if (term.type === 'bnode') return html`<code>_:${term.value}</code>`;
  const tag = term['xml:lang'];
  if (tag && tag !== lang) return html`<span lang="${tag}">${term.value}</span>`;
  return term.value;
}

function table(results: Results, query: SavedQuery, view: ResultsPage, say: Say): Html {
  if (results.kind === 'boolean') return html`<p class="answer">${say(results.value ? 'yes' : 'no')}</p>`;
  const { vars, rows } = results;
  if (rows.length === 0) return html`<p>${say('noRows')}</p>`;
  const graph = query.form === 'construct' || query.form === 'describe';
  const count = graph
    ? say('statements', { n: rows.length })
    : rows.length === 1
      ? say('oneRow')
      : say('rows', { n: rows.length });
  const shown = rows.slice(0, MAX_ROWS);
  const heads = vars.map((v) => (graph ? say(v as 'subject' | 'predicate' | 'object') : v));
  return html`<p class="count">${count}${rows.length > MAX_ROWS ? html` · ${say('shownFirst', { n: MAX_ROWS })}` : ''}</p>
<div class="scroll" tabindex="0" role="region" aria-label="${say('results')}"><table class="results"><caption class="vh">${query.title}</caption>
<thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${shown.map((row) => html`<tr>${vars.map((v) => html`<td>${cell(row[v], view.lang, view.labels)}</td>`)}</tr>\n`)}</tbody>
</table></div>`;
}

/** The query's URL with the page's values and `extra`, blank values and the format left out. */
function linkWith(url: string, values: Record<string, string>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...values, ...extra }))
    if (value !== '' && name !== 'format') params.set(name, value);
  const search = params.toString();
  return `${url}${search ? `?${search}` : ''}`;
}

function downloads(view: ResultsPage, say: Say): Html {
  const run = runLink(view.base, view.query);
  return html`<p class="downloads">${say('download')}: ${formatsFor(view.query.form).map(
    (f, i) =>
      html`${i ? ' · ' : ''}<a href="${linkWith(`${run}.${suffixOf(f.name)}`, view.values)}" type="${f.mediaType}">${f.name.toUpperCase()}</a>`,
  )}</p>`;
}

function pager(view: ResultsPage, say: Say): Html | '' {
  const { page: number, query, results } = view;
  if (number === undefined || !query.pagination || results?.kind !== 'rows') return '';
  const run = runLink(view.base, query);
  const previous =
    number > 1
      ? html`<a href="${linkWith(run, view.values, { page: String(number - 1) })}" rel="prev">${say('previous')}</a>`
      : '';
  const next =
    results.rows.length >= query.pagination
      ? html`<a href="${linkWith(run, view.values, { page: String(number + 1) })}" rel="next">${say('next')}</a>`
      : '';
  return html`<nav class="pager" aria-label="${say('page', { n: number })}">${previous} <span>${say('page', { n: number })}</span> ${next}</nav>`;
}

/** The page of a query's results, or of its form with the problem that kept it from running. */
export function resultsPage(view: ResultsPage): string {
  const { base, query, lang } = view;
  const say = sayer(lang);
  const other = lang === 'en' ? 'fr' : 'en';
  const body = html`<p class="back"><a href="${pageLink(base, query)}">${say('allQueries')}</a></p>
<h1>${query.title}</h1>
${query.description ? html`<p>${query.description}</p>` : ''}
${view.problem ? html`<div class="problem" role="alert"><h2>${say('problem')}</h2><p>${view.problem}</p></div>` : ''}
${queryForm(base, query, say, view.values, view.carryLang ? lang : undefined)}
${
  view.results
    ? html`<h2>${say('results')}</h2>
${table(view.results, query, view, say)}
${pager(view, say)}
${downloads(view, say)}`
    : ''
}
<p class="links">${view.text ? html`<a href="/sparql?query=${encodeURIComponent(view.text)}">${say('openInWorkbench')}</a> · ` : ''}<a href="${textLink(base, query)}">${say('queryText')}</a></p>`;
  return page({
    title: query.title,
    lang,
    body,
    head: API_HEAD,
    carryLang: view.carryLang,
    otherLanguage: linkWith(runLink(base, query), { ...view.values, lang: other }),
  });
}
