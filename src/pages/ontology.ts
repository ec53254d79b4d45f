// The ontology's page, the way pyLODE and Widoco document one: every class and property with its
// labels, comment, domain, range, parents and how often the data uses it, an anchor per term (so
// …/ontology#Figure lands on Figure), the concept schemes, and every reused term the data uses.
import { type Html, html } from '../html/index.ts';
import { compactIri } from '../rdf/index.ts';
import { heading, identityBar, shapesSection, statementsTable } from './entity.ts';
import { formatNumber } from './format.ts';
import type { EntityData, TermInfo } from './model.ts';
import { termAnchor, type View } from './view.ts';

function terms(view: View, list: TermInfo[], ontology: string): Html {
  return html`${list.map((term) => termSection(view, term, ontology))}`;
}

function links(view: View, iris: string[]): Html {
  return html`${iris.map((iri, i) => html`${i ? ', ' : ''}${view.link(iri)}`)}`;
}

function termSection(view: View, term: TermInfo, ontology: string): Html {
  const own = term.iri.startsWith(`${ontology}#`);
  const anchor = termAnchor(term.iri, ontology);
  const labels = (view.site.resources.get(term.iri)?.labels ?? []).filter((l) => l.kind === 'pref');
  const comment = view.site.comment(term.iri, view.lang);
  const compact = compactIri(term.iri);
  const usedAsDomain = [...view.site.terms.values()].filter((t) => t.domain.includes(term.iri)).map((t) => t.iri);
  const usedAsRange = [...view.site.terms.values()].filter((t) => t.range.includes(term.iri)).map((t) => t.iri);
  const rows: Html[] = [
    html`<div><dt>${view.t('iri')}</dt><dd><code>${term.iri}</code>${own ? '' : html` — ${view.t('definedBy')} <a href="${term.iri}" rel="external">${compact?.split(':')[0] ?? term.iri}</a>`}</dd></div>`,
  ];
  if (labels.length > 1) {
    rows.push(
      html`<div><dt>${view.t('name')}</dt><dd>${labels.map((l, i) => html`${i ? ' / ' : ''}<span lang="${l.lang}">${l.value}</span>`)}</dd></div>`,
    );
  }
  if (term.parents.length)
    rows.push(html`<div><dt>${view.t('parents')}</dt><dd>${links(view, term.parents)}</dd></div>`);
  if (term.schemes.length)
    rows.push(html`<div><dt>${view.t('inScheme')}</dt><dd>${links(view, term.schemes)}</dd></div>`);
  if (term.domain.length) rows.push(html`<div><dt>${view.t('domain')}</dt><dd>${links(view, term.domain)}</dd></div>`);
  if (term.range.length) rows.push(html`<div><dt>${view.t('range')}</dt><dd>${links(view, term.range)}</dd></div>`);
  if (term.kind === 'class') {
    if (usedAsDomain.length)
      rows.push(
        html`<div><dt>${view.t('domain')} (${view.t('properties').toLowerCase()})</dt><dd>${links(view, usedAsDomain)}</dd></div>`,
      );
    if (usedAsRange.length)
      rows.push(
        html`<div><dt>${view.t('range')} (${view.t('properties').toLowerCase()})</dt><dd>${links(view, usedAsRange)}</dd></div>`,
      );
    rows.push(
      html`<div><dt>${view.t('instances')}</dt><dd>${term.uses ? html`<a href="${view.kindHref(term.iri)}">${formatNumber(String(term.uses), view.lang)}</a>` : formatNumber(String(term.uses), view.lang)}</dd></div>`,
    );
  } else if (term.kind === 'property') {
    rows.push(html`<div><dt>${view.t('uses')}</dt><dd>${formatNumber(String(term.uses), view.lang)}</dd></div>`);
  }
  const path = view.site.iris.pathOf(term.iri);
  const title = view.site.termName(term.iri, view.lang);
  return html`<section class="term" id="${anchor}" aria-labelledby="${anchor}-h">
<h3 id="${anchor}-h">${title} <code>${compact ?? term.iri}</code></h3>
${comment ? html`<p>${view.text(comment)}</p>` : ''}
<dl>${rows}</dl>
${path && !own ? html`<p><a href="${view.href(path)}">${title}</a></p>` : ''}
</section>`;
}

const byName = (view: View) => (a: TermInfo, b: TermInfo) =>
  view.compare(view.site.termName(a.iri, view.lang), view.site.termName(b.iri, view.lang));

export function ontologyBody(view: View, data: EntityData): Html {
  const ontology = data.iri;
  const all = [...view.site.terms.values()].sort(byName(view));
  const own = (t: TermInfo) => t.iri.startsWith(`${ontology}#`);
  const sections: [string, string, TermInfo[]][] = [
    ['section-classes', view.t('classes'), all.filter((t) => own(t) && t.kind === 'class')],
    ['section-properties', view.t('properties'), all.filter((t) => own(t) && t.kind === 'property')],
    ['section-concepts', view.t('concepts'), all.filter((t) => own(t) && t.kind === 'other')],
    ['section-reused-classes', view.t('reusedClasses'), all.filter((t) => !own(t) && t.kind === 'class')],
    ['section-reused-properties', view.t('reusedProperties'), all.filter((t) => !own(t) && t.kind === 'property')],
  ];
  const present = sections.filter(([, , list]) => list.length > 0);
  return html`${heading(view, ontology, data.out)}
${identityBar(view, ontology, data.out)}
<nav aria-label="${view.t('contents')}" class="toc"><ul>${present.map(([id, title, list]) => html`<li><a href="#${id}">${title}</a> (${list.length})</li>`)}</ul></nav>
${present.map(([id, title, list]) => html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${terms(view, list, ontology)}</section>`)}
<section aria-labelledby="section-statements"><h2 id="section-statements">${view.t('statementsAbout')} ${view.text(view.name(ontology))}</h2>${statementsTable(view, data.out, html`<span class="vh">${view.t('statements')}</span>`)}</section>
${shapesSection(view, ontology)}`;
}
