// An entity's page: its name and kinds, every statement about it with the sources that state it
// (curated ones with their note), the figures about it as sentences (and where sources disagree),
// what points at it in words, its SHACL status, and links to the same description in RDF.
import { type Html, html } from '../html/index.ts';
import { compactIri } from '../rdf/index.ts';
import { formatNumber } from './format.ts';
import {
  AAS,
  DESCRIPTION_PROPERTIES,
  type EntityData,
  type FigureInfo,
  LABEL_PROPERTIES,
  OWL,
  type Pointer,
  RDF_TYPE,
  type Statement,
  WIKIDATA_ENTITY,
} from './model.ts';
import type { View } from './view.ts';
import { termWords } from './vocabulary.ts';

const CURATION_NOTE = `${AAS}curationNote`;
const RDF_FORMATS = [
  ['turtle', 'Turtle'],
  ['jsonld', 'JSON-LD'],
  ['ntriples', 'N-Triples'],
  ['rdfxml', 'RDF/XML'],
  ['trig', 'TriG'],
] as const;

/** The order of a page's properties: names, kinds, descriptions, then the rest by name. */
function rank(p: string): number {
  if (LABEL_PROPERTIES[p] === 'pref') return 0;
  if (LABEL_PROPERTIES[p] === 'alt') return 1;
  if (LABEL_PROPERTIES[p] === 'hidden') return 2;
  if (p === RDF_TYPE) return 3;
  if (DESCRIPTION_PROPERTIES.includes(p)) return 4;
  return 5;
}

export function groupByProperty<T extends { p: string }>(view: View, items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.p);
    if (list) list.push(item);
    else groups.set(item.p, [item]);
  }
  return sortBy([...groups.entries()], ([p]) => `${rank(p)}${view.site.termName(p, view.lang)}`, view.compare);
}

/** Sorts by a key computed once per item. */
export function sortBy<T>(items: T[], key: (item: T) => string, compare: (a: string, b: string) => number): T[] {
  return items
    .map((item) => [key(item), item] as const)
    .sort((a, b) => compare(a[0], b[0]))
    .map(([, item]) => item);
}

/** Values in the page's language first, then by their text. */
function valueKey(view: View) {
  return (s: Statement) =>
    s.o.type === 'iri'
      ? `1${view.name(s.o.value).text}`
      : `${s.o.lang && s.o.lang !== view.lang ? '2' : '0'}${s.o.value}`;
}

/** Every statement, a row per property, each value with its sources and, when curated, the curators' note. */
export function statementsTable(view: View, statements: Statement[], caption: Html): Html {
  const notes = new Map<string, Statement[]>();
  for (const s of statements) {
    if (s.p !== CURATION_NOTE) continue;
    for (const graph of s.graphs) notes.set(graph, [...(notes.get(graph) ?? []), s]);
  }
  const noted = (s: Statement) => s.p !== CURATION_NOTE && s.graphs.some((g) => notes.has(g));
  // Notes are shown with the statements they explain; a note that explains nothing shown keeps its own row.
  const shown = statements.filter((s) => s.p !== CURATION_NOTE || !statements.some(noted));
  const rows = groupByProperty(view, shown).map(
    ([p, values]) =>
      html`<tr><th scope="row">${view.property(p)}</th><td><ul class="values">${sortBy(
        values,
        valueKey(view),
        view.compare,
      ).map((s) => {
        const explained = s.p === CURATION_NOTE ? [] : s.graphs.flatMap((g) => notes.get(g) ?? []);
        const tag =
          s.o.type === 'literal' && s.o.lang && s.o.lang !== view.lang
            ? html` <small class="muted">(${s.o.lang})</small>`
            : '';
        return html`<li>${view.value(s.o)}${tag} ${view.badges(s.graphs)}${
          explained.length
            ? html`<span class="note"><strong>${view.t('curationNote')}:</strong> ${explained.map((n) => html`${view.value(n.o)} `)}</span>`
            : ''
        }</li>`;
      })}</ul></td></tr>`,
  );
  return html`<div class="scroll"><table class="statements"><caption>${caption}</caption>
<thead><tr><th scope="col">${view.t('property')}</th><th scope="col">${view.t('values')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

/** A figure as a sentence: "more than 500 journalists", "share of women: 48%". */
export function claim(view: View, figure: FigureInfo): Html {
  const qualifier = figure.qualifier ? view.text(view.name(figure.qualifier)) : '';
  const number = figure.value === undefined ? '?' : formatNumber(figure.value, view.lang);
  const measure = figure.measure ? view.text(view.name(figure.measure)) : '';
  if (figure.percentageOf) {
    const percent = view.lang === 'fr' ? `${number} %` : `${number}%`;
    return html`${measure}${measure ? ': ' : ''}${qualifier} ${percent}`;
  }
  return html`${qualifier} ${number} ${measure}`;
}

function figureItem(view: View, figure: FigureInfo): Html {
  const path = view.pathOf(figure.iri);
  const sentence = claim(view, figure);
  return html`<li><span class="claim">${path ? html`<a href="${view.href(path)}">${sentence}</a>` : sentence}</span> ${view.badges(figure.graphs)}${
    figure.statedAs.length
      ? html`<ul class="wording" aria-label="${view.t('inTheirWords')}">${figure.statedAs.map(
          (w) =>
            html`<li><q${w.lang && w.lang !== view.lang ? html` lang="${w.lang}"` : ''}>${w.value}</q> ${view.badges(w.graphs)}</li>`,
        )}</ul>`
      : ''
  }</li>`;
}

/** Figures grouped by what they measure; a group whose sources give different numbers is marked. */
export function figuresSection(view: View, figures: FigureInfo[], about: string): Html {
  if (figures.length === 0) return html``;
  const byMeasure = new Map<string, FigureInfo[]>();
  for (const figure of figures)
    byMeasure.set(figure.measure ?? '', [...(byMeasure.get(figure.measure ?? '') ?? []), figure]);
  const groups = [...byMeasure.entries()].map(([measure, list]) => {
    const claims = new Set(list.map((f) => `${f.value}|${f.qualifier}`));
    const measured = measure ? `?figure aas:measure <${measure}> .` : 'FILTER NOT EXISTS { ?figure aas:measure ?any }';
    const items = [
      ...list.slice(0, view.site.data.pageItems).map((f) => figureItem(view, f)),
      more(
        view,
        list.length - view.site.data.pageItems,
        `PREFIX aas: <${AAS}>\nPREFIX schema: <https://schema.org/>\nSELECT ?figure ?value ?qualifier WHERE { ?figure aas:about <${about}> . ${measured} OPTIONAL { ?figure schema:value ?value } OPTIONAL { ?figure aas:qualifier ?qualifier } } ORDER BY ?figure`,
      ),
    ];
    if (claims.size > 1) {
      return html`<li class="disagree"><p><strong><span aria-hidden="true">⚠ </span>${view.t('disagree')}</strong>${
        measure ? html` — ${view.text(view.name(measure))}` : ''
      }</p><ul>${items}</ul></li>`;
    }
    return items;
  });
  return html`<section aria-labelledby="figures"><h2 id="figures">${view.t('figures')}</h2><ul class="figures">${groups}</ul></section>`;
}

/** The statements pointing at the entity, in words: "France launched …", "No. 1 in the list of signatories of …". */
function incomingSection(view: View, data: EntityData): Html {
  const self = view.text(view.name(data.iri));
  const figures = new Set(view.site.figuresAbout.get(data.iri)?.map((f) => f.iri) ?? []);
  const entries = new Set(data.entries.map((e) => e.iri));
  const pointers = data.incoming.filter(
    (p) => !(p.p === `${AAS}about` && figures.has(p.s)) && !entries.has(p.s) && p.p !== RDF_TYPE,
  );
  const listed = data.entries.slice(0, view.site.data.pageItems).flatMap((entry) => {
    const via = data.incoming.find((p) => p.s === entry.iri);
    const what = via ? (termWords(via.p)?.plural?.[view.lang] ?? view.site.termName(via.p, view.lang)) : '';
    return entry.listedBy.map(
      (by: Pointer) =>
        html`<li>${view.link(entry.iri, view.say('listEntry', { n: formatNumber(entry.position, view.lang), p: what }))} ${view.link(by.s)}${
          entry.statedAs.length
            ? html` — ${view.t('listedAs')} ${entry.statedAs.map((w) => html`<q${w.lang && w.lang !== view.lang ? html` lang="${w.lang}"` : ''}>${w.value}</q> `)}`
            : ''
        } ${view.badges(via?.graphs ?? by.graphs)}</li>`,
    );
  });
  const groups = groupByProperty(view, pointers).map(([p, list]) => {
    const inverse = view.site.inverse(p, view.lang);
    const heading = inverse
      ? html`${self} ${inverse}`
      : view.sayHtml('pointingGeneric', { p: view.site.termName(p, view.lang), x: self });
    const sorted = sortBy(list, (pointer) => view.name(pointer.s).text, view.compare);
    const shown = sorted.slice(0, view.site.data.pageItems);
    return html`<li><p class="lead-in">${heading}</p><ul class="values">${shown.map(
      (pointer) => html`<li>${view.link(pointer.s)} ${view.badges(pointer.graphs)}</li>`,
    )}${more(view, sorted.length - shown.length, `SELECT DISTINCT ?s WHERE { ?s <${p}> <${data.iri}> } ORDER BY ?s`)}</ul></li>`;
  });
  const unlisted = more(
    view,
    data.entries.length - view.site.data.pageItems,
    `PREFIX aas: <${AAS}>\nSELECT ?entry ?position ?list WHERE { ?entry ?p <${data.iri}> ; aas:listPosition ?position . ?list ?q ?entry } ORDER BY ?list ?position`,
  );
  if (listed.length === 0 && groups.length === 0) return html``;
  return html`<section aria-labelledby="incoming"><h2 id="incoming">${view.t('pointingHere')}</h2><ul class="incoming">${listed}${unlisted}${groups}</ul></section>`;
}

/** What a list leaves out, past SUMMIT_KG_PAGE_ITEMS: how many, and the query in the workbench that lists them all. */
function more(view: View, left: number, query: string): Html | string {
  if (left <= 0) return '';
  return html`<li class="more">${view.say('moreItems', { n: formatNumber(String(left), view.lang) })} <a href="${view.href('/sparql', { query })}">${view.t('allInWorkbench')}</a></li>`;
}

/** The entity's own ordered lists, in their order: "Signatories, in the order of the list: 1. Armenia…". */
function listsSection(view: View, data: EntityData): Html {
  return html`${data.lists.map(({ p, entries }, i) => {
    const counts = new Map<string, number>();
    for (const entry of entries) for (const m of entry.members) counts.set(m.p, (counts.get(m.p) ?? 0) + 1);
    const member = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const what = member
      ? (termWords(member)?.plural?.[view.lang] ?? view.site.termName(member, view.lang))
      : view.site.termName(p, view.lang);
    const title = view.say('inListOrder', { x: what.charAt(0).toUpperCase() + what.slice(1) });
    return html`<section aria-labelledby="list-${i}"><h2 id="list-${i}">${title}</h2><ol class="entries">${entries.map(
      (entry) => {
        const targets = entry.members.filter((m) => m.p === member);
        return html`<li value="${entry.position}">${targets.length ? targets.map((m) => view.link(m.o)) : view.link(entry.iri)}${
          entry.statedAs.length
            ? html` <small class="muted">— ${view.t('listedAs')} ${entry.statedAs.map((w) => html`<q${w.lang && w.lang !== view.lang ? html` lang="${w.lang}"` : ''}>${w.value}</q> `)}</small>`
            : ''
        } ${view.badges(entry.graphs)}</li>`;
      },
    )}</ol></section>`;
  })}`;
}

/** The entity's SHACL status: conforms, or the results that concern it. */
export function shapesSection(view: View, iri: string): Html {
  const issues = view.site.issues.get(iri) ?? [];
  const body = !view.site.data.validated
    ? html`<p>${view.t('notValidated')}</p>`
    : issues.length === 0
      ? html`<p class="conforms"><span aria-hidden="true">✓ </span>${view.t('conforms')}</p>`
      : html`<ul class="issues">${issues.map(
          (issue) =>
            html`<li class="${issue.severity.toLowerCase()}"><strong>${view.t(issue.severity)}</strong>: ${issue.message}${
              issue.path
                ? html` — ${view.t('path')} ${view.site.terms.has(issue.path) ? view.property(issue.path) : html`<code>${issue.path}</code>`}`
                : ''
            }${issue.value ? html` — ${view.t('value')} <code>${issue.value}</code>` : ''} <small class="muted">(${view.t('shape')} <code>${compactIri(issue.shape) ?? issue.shape}</code>)</small></li>`,
        )}</ul>`;
  return html`<section aria-labelledby="shapes"><h2 id="shapes">${view.t('shapes')}</h2>${body}</section>`;
}

/** The IRI, the Wikidata item, the RDF representations and "query this". */
export function identityBar(view: View, iri: string, statements: Statement[]): Html {
  const items = statements
    .filter((s) => s.p === `${OWL}sameAs` && s.o.type === 'iri' && s.o.value.startsWith(WIKIDATA_ENTITY))
    .map((s) => s.o.value);
  const describe = `DESCRIBE <${iri}>`;
  return html`<dl class="identity">
<div><dt>${view.t('iri')}</dt><dd><code>${iri}</code></dd></div>
${items.length ? html`<div><dt>${view.t('wikidata')}</dt><dd>${items.map((item) => html`<a href="${item}" rel="external">${item.slice(WIKIDATA_ENTITY.length)}</a> `)}</dd></div>` : ''}
<div><dt>${view.t('asRdf')}</dt><dd>${RDF_FORMATS.map(([format, name]) => {
    const path = view.pathOf(iri, format);
    return path ? html`<a href="${path}">${name}</a> ` : '';
  })}</dd></div>
<div><dt>SPARQL</dt><dd><a href="${`/sparql?query=${encodeURIComponent(describe)}`}">${view.t('queryThis')}</a></dd></div>
</dl>`;
}

/** The name, the other names, the kinds and the description in the page's language. */
export function heading(view: View, iri: string, statements: Statement[]): Html {
  const name = view.name(iri);
  const resource = view.site.resources.get(iri);
  const others = (resource?.labels ?? []).filter((l) => l.kind !== 'hidden' && l.value !== name.text);
  // One name per text: "France"@en and "France"@fr are one name.
  const distinct = others.filter((l, i) => others.findIndex((o) => o.value === l.value) === i);
  const kinds = (resource?.types ?? []).map((type) => {
    return html`<a href="${view.kindHref(type)}">${view.site.termName(type, view.lang)}</a>`;
  });
  const descriptions = statements.filter((s) => DESCRIPTION_PROPERTIES.includes(s.p) && s.o.type === 'literal');
  const own = descriptions.filter((s) => s.o.type === 'literal' && s.o.lang === view.lang);
  const shown = own.length ? own : descriptions;
  return html`<h1>${view.text(name)}</h1>
${kinds.length ? html`<p class="kinds"><span class="vh">${view.t('kinds')}: </span>${kinds.map((k, i) => html`${i ? ' · ' : ''}${k}`)}</p>` : ''}
${distinct.length ? html`<p class="names">${view.t('otherNames')}: ${distinct.map((l, i) => html`${i ? ', ' : ''}<span${l.lang && l.lang !== view.lang ? html` lang="${l.lang}"` : ''}>${l.value}</span>`)}</p>` : ''}
${shown.map((s) => html`<p class="description">${view.value(s.o)} ${view.badges(s.graphs)}</p>`)}`;
}

export function entityBody(view: View, data: EntityData): Html {
  const name = view.text(view.name(data.iri));
  return html`${heading(view, data.iri, data.out)}
${identityBar(view, data.iri, data.out)}
${figuresSection(view, view.site.figuresAbout.get(data.iri) ?? [], data.iri)}
${listsSection(view, data)}
${data.out.length ? html`<section aria-labelledby="statements"><h2 id="statements">${view.t('statementsAbout')} ${name}</h2>${statementsTable(view, data.out, html`<span class="vh">${view.t('statementsAbout')} ${name}</span>`)}</section>` : ''}
${incomingSection(view, data)}
${shapesSection(view, data.iri)}`;
}
