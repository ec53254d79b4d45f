// The search results page, its JSON for the search box's suggestions, and the page for an IRI the
// graph knows nothing about (with suggestions from its last words).
import { type Html, html } from '../html/index.ts';
import type { SearchHit } from './search.ts';
import type { View } from './view.ts';

export interface SearchResult {
  iri: string;
  /** The page of the resource on this site. */
  href: string;
  label: string;
  lang?: string;
  kinds: string[];
  matched: { value: string; lang: string; kind: string };
}

export function searchResults(view: View, hits: SearchHit[]): SearchResult[] {
  return hits.map((hit) => {
    const name = view.name(hit.iri);
    const resource = view.site.resources.get(hit.iri);
    return {
      iri: hit.iri,
      href: view.pathOf(hit.iri) ?? hit.iri,
      label: name.text,
      ...(name.lang ? { lang: name.lang } : {}),
      kinds: (resource?.types ?? []).map((t) => view.site.termName(t, view.lang)),
      matched: { value: hit.matched.value, lang: hit.matched.lang, kind: hit.matched.kind },
    };
  });
}

function hitList(view: View, hits: SearchHit[]): Html {
  return html`<ol class="results">${searchResults(view, hits).map((r) => {
    const shown = r.matched.value === r.label;
    const how =
      r.matched.kind === 'hidden'
        ? view.t('hiddenLabel')
        : r.matched.lang === '' && r.iri.endsWith(`/${r.matched.value}`)
          ? view.t('iriMatch')
          : view.t('altLabel');
    return html`<li><a href="${r.href.startsWith('/') ? view.href(r.href) : r.href}">${r.lang ? html`<span lang="${r.lang}">${r.label}</span>` : r.label}</a>${
      r.kinds.length ? html` <span class="muted">${r.kinds.join(' · ')}</span>` : ''
    }${shown ? '' : html`<br><small class="muted">${view.t('matched')} ${how} <q${r.matched.lang && r.matched.lang !== view.lang ? html` lang="${r.matched.lang}"` : ''}>${r.matched.value}</q></small>`}</li>`;
  })}</ol>`;
}

export function searchBody(view: View, query: string, hits: SearchHit[]): Html {
  if (!query.trim()) return html`<h1>${view.t('search')}</h1><p>${view.t('searchHint')}</p>`;
  return html`<h1>${view.t('results')} <q>${query}</q></h1>
${hits.length ? hitList(view, hits) : html`<p>${view.t('noResults')}</p>`}`;
}

export function notFoundBody(view: View, iri: string, hits: SearchHit[]): Html {
  return html`<h1>${view.t('notFound')}</h1>
<p>${view.sayHtml('notFoundText', { x: html`<code>${iri}</code>` })}</p>
${hits.length ? html`<h2>${view.t('suggestions')}</h2>${hitList(view, hits)}` : ''}`;
}
