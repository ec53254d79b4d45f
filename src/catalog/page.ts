// The catalogue as a page for people (GET /api/): each query's title, description, parameters and
// text, with a form that runs it and shows the results as a table (results.ts). Plain HTML through
// the `html` tag (every value escaped), in English or French, one column on a phone.
import { type Html, html, type Lang, page, translator } from '../html/index.ts';
import { formatsFor } from '../sparql/index.ts';
import { type ApiBase, exampleLink, runLink, textLink } from './describe.ts';
import type { Catalog, SavedQuery } from './load.ts';
import { describeType, isRequired, isValidValue, type Parameter, typeLabel } from './params.ts';
import { WORDS, type WordKey } from './words.ts';

export type Say = (key: WordKey, values?: Record<string, string | number>) => string;

export function sayer(lang: Lang): Say {
  const t = translator(WORDS, lang);
  return (key, values = {}) => t(key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The stylesheets of the saved-query pages: the site's, the pages' (search box, hidden captions), and their own. */
export const API_HEAD = html`<link rel="stylesheet" href="/assets/pages.css"><link rel="stylesheet" href="/assets/api.css">`;

function inputFor(p: Parameter, say: Say, value?: string): Html {
  const required = isRequired(p);
  if (p.enum) {
    const chosen = value ?? p.default;
    const blank = required ? '' : html`<option value="">${say('any')}</option>`;
    return html`<select name="${p.name}"${required ? html` required` : ''}>${blank}${p.enum.map(
      (v) => html`<option${v === chosen ? html` selected` : ''}>${v}</option>`,
    )}</select>`;
  }
  const shown = value ?? p.default;
  // A number field steps from its value: one that is not an integer (shown back to be put right) would make every integer invalid.
  const number = p.type === 'integer' && (shown === undefined || isValidValue('integer', shown));
  const type = p.type === 'iri' ? 'url' : p.type === 'date' ? 'date' : number ? 'number' : 'text';
  const extra = number ? html` step="1"` : p.type === 'decimal' ? html` inputmode="decimal"` : '';
  return html`<input name="${p.name}" type="${type}"${extra}${shown !== undefined ? html` value="${shown}"` : ''}${
    p.example !== undefined ? html` placeholder="${p.example}"` : ''
  }${required ? html` required` : ''}>`;
}

/** The form that runs a query: a field per parameter (a select where the values are enumerated), the format, Run. */
export function queryForm(
  base: ApiBase,
  query: SavedQuery,
  say: Say,
  values: Record<string, string> = {},
  /** The interface's language, chosen with ?lang= on a query that has no lang parameter of its own: kept by the form. */
  keepLang?: Lang,
): Html {
  const formats = formatsFor(query.form);
  const chosen = values.format ?? '';
  return html`<form class="run" method="get" action="${runLink(base, query)}">
${query.parameters.map((p) => html`<label>${p.name}${isRequired(p) ? ' *' : ''} ${inputFor(p, say, values[p.name])}</label>\n`)}<label>${say('format')} <select name="format"><option value="">${say('table')}</option>${formats.map(
    (f) => html`<option value="${f.name}"${f.name === chosen ? html` selected` : ''}>${f.mediaType}</option>`,
  )}</select></label>
${keepLang ? html`<input type="hidden" name="lang" value="${keepLang}">` : ''}<button type="submit">${say('run')}</button>
</form>`;
}

function parameterItem(p: Parameter, say: Say): Html {
  const accepts = p.enum ? p.enum.map((v, i) => html`${i ? ', ' : ''}<code>${v}</code>`) : describeType(p);
  return html`<li><code>${p.name}</code> · ${typeLabel(p)} · ${say(isRequired(p) ? 'required' : 'optional')}${
    p.default !== undefined ? html` · ${say('defaultValue')} <code>${p.default}</code>` : ''
  } · ${accepts}${p.example !== undefined ? html` · ${say('example')} <code>${p.example}</code>` : ''}${
    p.description ? html`<br>${p.description}` : ''
  }</li>`;
}

function section(base: ApiBase, query: SavedQuery, say: Say): Html {
  const example = exampleLink(base, query);
  const params = query.parameters.length
    ? html`<h3>${say('parameters')}</h3><ul class="params">${query.parameters.map((p) => parameterItem(p, say))}</ul>`
    : html`<p class="meta">${say('noParameters')}</p>`;
  return html`<section class="query" id="${query.name}">
<h2>${query.title}</h2>
<p class="meta"><code>${query.name}</code> · ${query.form.toUpperCase()}${query.pagination ? ` · ${say('perPage', { n: query.pagination })}` : ''} ${query.tags.map((t) => html`<span class="tag">${t}</span>`)}</p>
${query.description ? html`<p>${query.description}</p>` : ''}
${params}
${queryForm(base, query, say)}
<p>${example ? html`<a href="${example}">${say('runExample')}</a> · ` : ''}<a href="${textLink(base, query)}">${say('queryText')}</a></p>
<details><summary>${say('sparql')}</summary><pre><code>${query.text}</code></pre></details>
</section>`;
}

/** The page at /api/; `lang` picks the interface's words, `carryLang` keeps a language chosen with ?lang= in links. */
export function catalogPage(base: ApiBase, catalog: Catalog, lang: Lang = 'en', carryLang = false): string {
  const say = sayer(lang);
  const toc = html`<nav aria-label="${say('contents')}"><ul class="toc">${catalog.queries.map(
    (q) => html`<li><a href="#${q.name}">${q.title}</a></li>`,
  )}</ul></nav>`;
  const body = catalog.queries.length
    ? html`${toc}\n${catalog.queries.map((q) => section(base, q, say))}`
    : html`<p>${say('noQueries')}</p>`;
  const lead = say('lead').split('{url}');
  return page({
    title: say('savedQueries'),
    lang,
    carryLang,
    otherLanguage: `${base}/?lang=${lang === 'en' ? 'fr' : 'en'}`,
    head: API_HEAD,
    body: html`<h1>${say('savedQueries')}</h1>
<p class="lead">${lead[0]}<code>${base}/queries/NAME?parameter=value</code>${lead[1]}</p>
<p class="links"><a href="${base}/queries">${say('catalogueJson')}</a> · <a href="${base}/openapi.json">${say('openapi')}</a> · <a href="${base}/docs/">${say('apiDocs')}</a></p>
${body}`,
  });
}

/** The interactive OpenAPI page (GET /api/docs/): Swagger UI from the swagger-ui-dist package, served by this server. */
export function docsPage(base: ApiBase, lang: Lang = 'en'): string {
  const say = sayer(lang);
  return page({
    title: say('apiDocs'),
    lang,
    otherLanguage: `${base}/docs/?lang=${lang === 'en' ? 'fr' : 'en'}`,
    // Swagger UI's styles first, so that the site's own adjustments (api.css) win.
    head: html`<link rel="stylesheet" href="/assets/swagger-ui/swagger-ui.css">${API_HEAD}
<script src="/assets/swagger-ui/swagger-ui-bundle.js" defer></script>
<script src="/assets/api-docs.js" defer></script>`,
    body: html`<h1>${say('apiDocs')}</h1>
<p class="links"><a href="${base}/">${say('savedQueries')}</a> · <a href="${base}/openapi.json">${say('openapi')}</a></p>
<div id="swagger-ui" data-spec="${base}/openapi.json"></div>`,
  });
}
