// A named graph's page: the source document it holds (title, publisher, date, language, kind), how
// many statements it makes, what it says grouped by subject, and where its figures disagree with
// other sources'.
import { type Html, html } from '../html/index.ts';
import { claim, groupByProperty, heading, identityBar, shapesSection, statementsTable } from './entity.ts';
import { formatNumber } from './format.ts';
import type { EntityData, FigureInfo, SourceData } from './model.ts';
import { pageLinks, type View } from './view.ts';

/** The figures of other sources that give another number for the same subject and measure as this source's. */
export function disagreements(view: View, graph: string): { own: FigureInfo; others: FigureInfo[] }[] {
  const figures = [...view.site.figures.values()];
  const key = (f: FigureInfo) => `${f.value}|${f.qualifier}`;
  return figures
    .filter((f) => f.graphs.includes(graph))
    .map((own) => ({
      own,
      others: figures.filter(
        (f) =>
          f.measure === own.measure &&
          f.about.some((a) => own.about.includes(a)) &&
          key(f) !== key(own) &&
          f.graphs.some((g) => g !== graph),
      ),
    }))
    .filter((d) => d.others.length > 0);
}

function said(view: View, data: SourceData): Html {
  return html`${data.subjects.map(
    ({ s, statements }) =>
      html`<section class="subject"><h3>${view.link(s)}</h3><dl>${groupByProperty(view, statements).map(
        ([p, list]) =>
          html`<div><dt>${view.property(p)}</dt><dd>${list.map((st, i) => html`${i ? ', ' : ''}${view.value(st.o)}`)}</dd></div>`,
      )}</dl></section>`,
  )}`;
}

export function sourceBody(view: View, meta: EntityData, data: SourceData, page = 1): Html {
  const graph = data.graph;
  const path = view.site.iris.pathOf(graph) ?? '';
  const subjects = view.site.sources.get(graph)?.subjects ?? 0;
  const pager = pageLinks(view, subjects, page, (n) => view.href(path, n > 1 ? { page: String(n) } : undefined));
  const quads = view.site.sources.get(graph)?.quads ?? 0;
  const conflicts = disagreements(view, graph);
  return html`${heading(view, graph, meta.out)}
${identityBar(view, graph, meta.out)}
<p class="count">${view.say('statementCount', { n: formatNumber(String(quads), view.lang) })}</p>
<section aria-labelledby="document"><h2 id="document">${view.t('sourceDocument')}</h2>${statementsTable(view, meta.out, html`<span class="vh">${view.t('sourceDocument')}</span>`)}</section>
<section aria-labelledby="disagreements"><h2 id="disagreements">${view.t('disagreements')}</h2>${
    conflicts.length
      ? html`<ul class="figures">${conflicts.map(
          ({
            own,
            others,
          }) => html`<li class="disagree"><p><strong>${own.about.map((a, i) => html`${i ? ', ' : ''}${view.link(a)}`)}</strong></p><ul>
<li>${view.link(own.iri, claim(view, own))} ${view.badges(own.graphs)}</li>
${others.map((f) => html`<li>${view.link(f.iri, claim(view, f))} ${view.badges(f.graphs)}</li>`)}</ul></li>`,
        )}</ul>`
      : html`<p>${view.t('noDisagreement')}</p>`
  }</section>
<section aria-labelledby="said"><h2 id="said">${view.t('whatItSays')}</h2>${pager}${said(view, data)}${pager}</section>
${shapesSection(view, graph)}`;
}
