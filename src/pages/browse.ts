// Index pages: every kind of resource with its count, and for each kind a list of its resources,
// sortable (by name in either language, by statements, by sources) with links, no script needed.
import { type Html, html } from '../html/index.ts';
import { compactIri } from '../rdf/index.ts';
import { formatNumber } from './format.ts';
import type { ResourceInfo, TermInfo } from './model.ts';
import { collator, pageLinks, type View } from './view.ts';

export type SortKey = 'name' | 'other' | 'statements' | 'sources';
export const SORT_KEYS: SortKey[] = ['name', 'other', 'statements', 'sources'];

export function kindsList(view: View, classes: TermInfo[]): Html {
  return html`<ul class="kinds-list">${classes.map((c) => {
    const name = view.site.plural(c.iri, view.lang);
    return html`<li><a href="${view.kindHref(c.iri)}">${name}</a> <span class="count">${formatNumber(String(c.uses), view.lang)}</span></li>`;
  })}</ul>`;
}

export function allKindsBody(view: View): Html {
  return html`<h1>${view.t('allKinds')}</h1>${kindsList(view, view.site.classes())}`;
}

/** The order of a list: by the chosen column in the chosen direction, then by name. */
function sorter(view: View, key: SortKey, descending: boolean): (a: ResourceInfo, b: ResourceInfo) => number {
  const primary = compareBy(view, key);
  const name = compareBy(view, 'name');
  return (a, b) => (descending ? -primary(a, b) : primary(a, b)) || name(a, b);
}

function compareBy(view: View, key: SortKey): (a: ResourceInfo, b: ResourceInfo) => number {
  const other = view.lang === 'en' ? 'fr' : 'en';
  const name = (r: ResourceInfo) => view.name(r.iri).text;
  const otherName = (r: ResourceInfo) => r.labels.find((l) => l.kind === 'pref' && l.lang === other)?.value ?? '\uffff';
  const byName = (a: ResourceInfo, b: ResourceInfo) => view.compare(name(a), name(b));
  switch (key) {
    case 'name':
      return byName;
    case 'other':
      return (a, b) => collator(other).compare(otherName(a), otherName(b));
    case 'statements':
      return (a, b) => a.statements - b.statements;
    case 'sources':
      return (a, b) => a.sources.length - b.sources.length;
  }
}

export function kindBody(view: View, classIri: string, sort: SortKey, descending: boolean, page = 1): Html {
  const compact = compactIri(classIri) ?? classIri;
  const all = [...(view.site.instances.get(classIri) ?? [])].sort(sorter(view, sort, descending));
  const size = view.site.data.pageItems;
  const members = all.slice((page - 1) * size, page * size);
  const order = { sort, ...(descending ? { order: 'desc' } : {}) };
  const pager = pageLinks(view, all.length, page, (n) =>
    view.kindHref(classIri, { ...order, ...(n > 1 ? { page: String(n) } : {}) }),
  );
  const other = view.lang === 'en' ? 'fr' : 'en';
  const column = (key: SortKey, label: string) => {
    const active = key === sort;
    const nextDescending = active ? !descending : key === 'statements' || key === 'sources';
    const params: Record<string, string> = { sort: key, ...(nextDescending ? { order: 'desc' } : {}) };
    return html`<th scope="col"${active ? html` aria-sort="${descending ? 'descending' : 'ascending'}"` : ''}><a href="${view.kindHref(classIri, params)}">${label}${active ? html`<span aria-hidden="true">${descending ? ' ▼' : ' ▲'}</span>` : ''}</a></th>`;
  };
  const comment = view.site.comment(classIri, view.lang);
  return html`<h1>${view.site.plural(classIri, view.lang)}</h1>
${comment ? html`<p>${view.text(comment)}</p>` : ''}
<p>${view.say('instancesOf', { n: formatNumber(String(all.length), view.lang) })} · <a href="${view.termHref(classIri)}"><code>${compact}</code></a></p>
${pager}<div class="scroll"><table class="sortable"><caption class="vh">${view.site.plural(classIri, view.lang)}</caption>
<thead><tr>${column('name', view.t('name'))}${column('other', view.t('nameOther'))}${column('statements', view.t('statements'))}${column('sources', view.t('sources'))}</tr></thead>
<tbody>${members.map((r) => {
    const otherLabel = r.labels.find((l) => l.kind === 'pref' && l.lang === other);
    return html`<tr><td>${view.link(r.iri)}</td><td>${otherLabel ? html`<span lang="${other}">${otherLabel.value}</span>` : ''}</td><td class="num">${formatNumber(String(r.statements), view.lang)}</td><td>${view.badges(r.sources)}</td></tr>`;
  })}</tbody></table></div>${pager}`;
}
