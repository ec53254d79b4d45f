// The workbench page, rendered on the server: the query in a plain form that sends it to /sparql (it
// works without JavaScript: the browser shows the endpoint's answer), the places the script fills
// (editor, results, views, history), and the examples gallery. The script and its words come in a
// JSON block; no data of the graph is copied into the page.
import { type Html, html, jsonScript, type Lang, page, translator } from '../html/index.ts';
import { PREFIXES } from '../rdf/index.ts';
import { type Gallery, galleryHtml, type ViewName } from './gallery.ts';
import { WORDS } from './words.ts';

export const STARTER = `PREFIX aas: <${PREFIXES.aas}>
PREFIX rdfs: <${PREFIXES.rdfs}>

# The signatories of the Paris declaration, with their names
SELECT ?signatory ?name WHERE {
  ?declaration aas:signature/aas:signatory ?signatory .
  ?signatory rdfs:label ?name FILTER(LANG(?name) = "en")
}
ORDER BY ?name
LIMIT 100
`;

/** The formats the plain form offers: what a browser can show or save. */
const FORMATS: [string, string][] = [
  ['json', 'JSON'],
  ['xml', 'XML'],
  ['csv', 'CSV'],
  ['tsv', 'TSV'],
];

export interface WorkbenchState {
  lang: Lang;
  /** The language was chosen with ?lang=: links keep it. */
  carry: boolean;
  query: string;
  view?: ViewName;
  /** The example opened, if the query is one. */
  example?: string;
}

export function workbenchPage(state: WorkbenchState, gallery: Gallery): string {
  const { lang } = state;
  const t = translator(WORDS, lang);
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const params = new URLSearchParams({
    ...(state.example ? { example: state.example } : { query: state.query }),
    ...(state.view ? { view: state.view } : {}),
    lang: other,
  });
  const config = { lang, view: state.view ?? null, words: wordsFor(lang) };
  return page({
    title: t('title'),
    lang,
    carryLang: state.carry,
    otherLanguage: `/sparql?${params.toString()}`,
    description: t('workbenchText'),
    head: html`<link rel="stylesheet" href="/assets/pages.css"><link rel="stylesheet" href="/assets/workbench/workbench.css">
<script type="application/json" id="wb-config">${jsonScript(config)}</script>
<script src="/assets/workbench/workbench.js" defer></script>`,
    body: html`<h1>${t('title')}</h1>
<p class="lead">${t('intro')}</p>
<form id="wb-form" class="workbench" action="/sparql" method="get">
<label for="wb-query" id="wb-query-label">${t('query')}</label>
<textarea id="wb-query" name="query" rows="14" spellcheck="false" autocapitalize="off">${state.query}</textarea>
<div class="wb-actions">
<button type="submit" class="primary" id="wb-run">${t('run')}</button>
<span class="wb-plain"><label for="wb-format">${t('format')}</label>
<select id="wb-format" name="format">${FORMATS.map(([value, name]) => html`<option value="${value}">${name}</option>`)}</select></span>
${state.carry ? html`<input type="hidden" name="lang" value="${lang}">` : ''}
<button type="button" id="wb-copy" hidden>${t('copyLink')}</button>
<span id="wb-status" role="status"></span>
</div>
<p class="wb-plain note">${t('noScript')}</p>
</form>
<section id="wb-results" aria-labelledby="wb-results-title" hidden><h2 id="wb-results-title">${t('results')}</h2><div id="wb-output"></div></section>
<details id="wb-history" hidden><summary>${t('history')}</summary><ol></ol></details>
<section aria-labelledby="wb-examples"><h2 id="wb-examples">${t('examples')}</h2><p>${t('examplesIntro')}</p>
${galleryHtml(gallery, lang, state.carry)}</section>`,
  });
}

/** The words the script needs, in the page's language. */
function wordsFor(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(WORDS).map(([key, value]) => [key, value[lang]]));
}

/** The home page's link to the workbench and its gallery. */
export function homeSection(gallery: Gallery, lang: Lang, carry: boolean): Html {
  const t = translator(WORDS, lang);
  return html`<section aria-labelledby="questions"><h2 id="questions">${t('examples')}</h2>
<p><a href="/sparql${carry ? `?lang=${lang}` : ''}">${t('workbench')}</a> — ${t('workbenchText')}</p>
<p>${t('examplesIntro')}</p>
${galleryHtml(gallery, lang, carry)}</section>`;
}
