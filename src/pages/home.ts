// The home page, the way in for people: what the data is, a search box, the questions the saved
// queries answer, every kind of resource with its count, the sources, and the ways in for programs.
import { type Html, html, type Lang } from '../html/index.ts';
import { PREFIXES } from '../rdf/index.ts';
import { kindsList } from './browse.ts';
import { formatNumber } from './format.ts';
import { AAS } from './model.ts';
import type { View } from './view.ts';

const INTRO: Record<Lang, Html> = {
  en: html`<p class="lead">The AI Action Summit (Paris, 6–11 February 2025) as linked data: its events, the declaration
and who signed it, the initiatives, commitments and investments announced, the figures the sources give. Every
statement is kept with the source document that states it, so each page shows who says what, and where the sources
disagree. Every thing has a page, in English and in French, and the same description for programs in RDF.</p>`,
  fr: html`<p class="lead">Le Sommet pour l’action sur l’IA (Paris, 6-11 février 2025) en données liées : ses évènements, la
déclaration et ses signataires, les initiatives, engagements et investissements annoncés, les chiffres que donnent les
sources. Chaque énoncé est conservé avec le document source qui l’énonce : chaque page montre qui dit quoi, et où les
sources divergent. Chaque chose a sa page, en français et en anglais, et la même description en RDF pour les programmes.</p>`,
};

/** Classes shown first on the home page, in this order; the others that have instances follow by count. */
const FIRST = [
  `${PREFIXES.schema}Country`,
  `${AAS}InternationalOrganization`,
  `${AAS}SupranationalBody`,
  `${PREFIXES.schema}Corporation`,
  `${PREFIXES.schema}Person`,
  `${PREFIXES.schema}Event`,
  `${AAS}Initiative`,
  `${AAS}InvestmentAnnouncement`,
  `${AAS}Figure`,
  `${AAS}SourceGraph`,
];

/** Namespaces whose classes are things people look for (not the ontology's own machinery). */
const SHOWN = [PREFIXES.schema, PREFIXES.org, AAS].filter((ns): ns is string => ns !== undefined);

/** `examples`: the workbench's section, which replaces the plain list of the saved queries' titles. */
export function homeBody(view: View, examples?: Html): Html {
  const classes = view.site
    .classes()
    .filter((c) => SHOWN.some((ns) => c.iri.startsWith(ns)))
    .sort((a, b) => {
      const rank = (iri: string) => (FIRST.includes(iri) ? FIRST.indexOf(iri) : FIRST.length);
      return rank(a.iri) - rank(b.iri) || b.uses - a.uses;
    });
  const { questions, quadCount } = view.site.data;
  const sources = [...view.site.sources.values()];
  const ontology = view.site.data.index.ontologies[0];
  const ontologyPath = ontology ? view.site.iris.pathOf(ontology) : undefined;
  const t = view.t;
  return html`<h1>${view.lang === 'en' ? 'The Paris AI Action Summit, as linked data' : 'Le Sommet de Paris pour l’action sur l’IA, en données liées'}</h1>
${INTRO[view.lang]}
<form class="search big" role="search" aria-label="${t('searchLabel')}" action="/search" method="get">
<label for="home-search">${t('searchLabel')}</label>
<input id="home-search" name="q" type="search" list="site-search-options" autocomplete="off" placeholder="${t('searchHint')}">
${view.carry ? html`<input type="hidden" name="lang" value="${view.lang}">` : ''}
<button type="submit">${t('search')}</button>
</form>
<section aria-labelledby="kinds"><h2 id="kinds">${t('browse')}</h2>${kindsList(view, classes)}
<p><a href="${view.href('/browse/')}">${t('allKinds')}</a></p></section>
${
  examples
    ? examples
    : questions.length
      ? html`<section aria-labelledby="questions"><h2 id="questions">${t('questions')}</h2><ul class="questions">${questions.map(
          (q) => html`<li><a href="${`/api/#${q.name}`}" lang="en">${q.title}</a></li>`,
        )}</ul></section>`
      : ''
}
<section aria-labelledby="sources"><h2 id="sources">${t('sources')}</h2><ul class="sources">${sources.map(
    (s) =>
      html`<li>${view.badge(s.graph)} ${view.link(s.graph)} <span class="count">${view.say('quads', { n: formatNumber(String(s.quads), view.lang) })}</span></li>`,
  )}</ul></section>
<section aria-labelledby="machines"><h2 id="machines">${t('forMachines')}</h2><ul>
<li><a href="/sparql">SPARQL</a> — ${view.lang === 'en' ? 'the SPARQL 1.1 endpoint' : 'le point d’accès SPARQL 1.1'} (<code>/sparql</code>)</li>
<li><a href="/api/">${view.lang === 'en' ? 'Saved queries as a web API' : 'Requêtes enregistrées, en API web'}</a> (<code>/api/</code>)</li>
<li><a href="${view.href('/downloads/')}">${t('downloads')}</a> — ${view.say('quads', { n: formatNumber(String(quadCount), view.lang) })}</li>
<li><a href="/.well-known/void">VoID</a> — ${t('datasetDescription')}</li>
${ontologyPath ? html`<li><a href="${view.href(ontologyPath)}">${t('ontology')}</a></li>` : ''}
</ul></section>`;
}
