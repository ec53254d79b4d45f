// The examples gallery: the saved-query catalogue grouped by each query's first tag, phrased as the
// questions people ask where a phrasing is known (the catalogue's title otherwise), each with the
// view that shows its answer best. An example opens in the workbench with its parameters' defaults
// bound (the page's language where the query takes one), by sparqljs, never by pasting text.
import type { Binder, SavedQuery } from '../catalog/index.ts';
import { type Html, html, type Lang } from '../html/index.ts';

export type ViewName = 'table' | 'bars' | 'timeline' | 'map' | 'turtle';
export const VIEWS: ViewName[] = ['table', 'bars', 'timeline', 'map', 'turtle'];

interface Question {
  en: string;
  fr: string;
  view: ViewName;
}

/** The questions of the saved queries people ask most, and the view that answers each. */
const QUESTIONS: Record<string, Question> = {
  'declaration-map': {
    en: 'Who signed the declaration, and who did not?',
    fr: 'Qui a signé la déclaration, et qui ne l’a pas signée ?',
    view: 'map',
  },
  signatories: {
    en: 'Who signed the declaration, in the order of the list?',
    fr: 'Qui a signé la déclaration, dans l’ordre de la liste ?',
    view: 'map',
  },
  'non-signatories': {
    en: 'Which states are named as not having signed?',
    fr: 'Quels États sont cités comme non signataires ?',
    view: 'map',
  },
  'signatory-counts': {
    en: 'How many signed the declaration, by kind?',
    fr: 'Combien ont signé la déclaration, par type ?',
    view: 'bars',
  },
  'signatory-claims': {
    en: 'Who signed, according to each source?',
    fr: 'Qui a signé, selon chaque source ?',
    view: 'table',
  },
  'platform-founders-and-current-ai': {
    en: 'Which countries support Current AI?',
    fr: 'Quels pays soutiennent Current AI ?',
    view: 'map',
  },
  'country-initiatives': {
    en: 'Which states take part in which initiatives?',
    fr: 'Quels États participent à quelles initiatives ?',
    view: 'map',
  },
  investments: {
    en: 'How much money was announced, and by whom?',
    fr: 'Combien d’argent a été annoncé, et par qui ?',
    view: 'bars',
  },
  'figure-disagreements': {
    en: 'Where do sources disagree?',
    fr: 'Où les sources divergent-elles ?',
    view: 'table',
  },
  'week-programme': {
    en: 'What happened during the summit week?',
    fr: 'Que s’est-il passé pendant la semaine du sommet ?',
    view: 'timeline',
  },
  'upcoming-events': {
    en: 'What comes after the summit?',
    fr: 'Que se passe-t-il après le sommet ?',
    view: 'timeline',
  },
  'past-summits': {
    en: 'Which earlier summits do the sources recall?',
    fr: 'Quels sommets antérieurs les sources rappellent-elles ?',
    view: 'timeline',
  },
  'initiative-kinds': {
    en: 'What kinds of initiatives were launched?',
    fr: 'Quels types d’initiatives ont été lancés ?',
    view: 'bars',
  },
  'coalition-partners': {
    en: 'Who are the partners of the Coalition for Sustainable AI?',
    fr: 'Qui sont les partenaires de la Coalition pour une IA durable ?',
    view: 'bars',
  },
  'summit-leadership': { en: 'Who led the summit?', fr: 'Qui a dirigé le sommet ?', view: 'table' },
  'wikidata-signatories-by-continent': {
    en: 'Which continents do the signatories come from?',
    fr: 'De quels continents viennent les signataires ?',
    view: 'bars',
  },
  'wikidata-g7-g20-members': {
    en: 'Did the G7 and G20 members sign?',
    fr: 'Les membres du G7 et du G20 ont-ils signé ?',
    view: 'map',
  },
  'wikidata-eu-member-signatories': {
    en: 'Which EU member states signed?',
    fr: 'Quels États membres de l’UE ont signé ?',
    view: 'map',
  },
  commitments: { en: 'What was committed to?', fr: 'Quels engagements ont été pris ?', view: 'table' },
  sources: {
    en: 'Which sources does the graph rest on?',
    fr: 'Sur quelles sources le graphe repose-t-il ?',
    view: 'table',
  },
};

const TAGS: Record<string, [string, string]> = {
  declaration: ['The declaration', 'La déclaration'],
  initiatives: ['Initiatives', 'Initiatives'],
  commitments: ['Commitments', 'Engagements'],
  events: ['Events', 'Évènements'],
  money: ['Money', 'Argent'],
  figures: ['Figures', 'Chiffres'],
  sources: ['Sources', 'Sources'],
  countries: ['Countries', 'Pays'],
  organisations: ['Organisations', 'Organisations'],
  companies: ['Companies', 'Entreprises'],
  people: ['People', 'Personnes'],
  wikidata: ['With Wikidata', 'Avec Wikidata'],
  curation: ['Curation', 'Curation'],
  france: ['France', 'France'],
  search: ['Search', 'Recherche'],
};

export interface Example {
  name: string;
  question: string;
  /** The language of the question, when it is not the page's (the catalogue's titles are English). */
  lang?: Lang;
  view?: ViewName;
  tag: string;
}

export class Gallery {
  constructor(
    private readonly queries: SavedQuery[],
    private readonly binder: Binder,
  ) {}

  has(name: string): boolean {
    return this.queries.some((q) => q.name === name);
  }

  /** The examples in the language, by tag: tags in the order of the table above, questions first within each. */
  groups(lang: Lang): { tag: string; title: string; examples: Example[] }[] {
    const groups = new Map<string, Example[]>();
    for (const query of this.queries) {
      const known = QUESTIONS[query.name];
      const tag = query.tags[0] ?? 'other';
      const example: Example = known
        ? { name: query.name, question: known[lang], view: known.view, tag }
        : { name: query.name, question: query.title, tag, ...(lang === 'en' ? {} : { lang: 'en' as const }) };
      groups.set(tag, [...(groups.get(tag) ?? []), example]);
    }
    const order = Object.keys(TAGS);
    const rank = (tag: string) => (order.includes(tag) ? order.indexOf(tag) : order.length);
    return [...groups]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([tag, examples]) => ({
        tag,
        title: TAGS[tag]?.[lang === 'en' ? 0 : 1] ?? tag,
        examples: examples.sort((a, b) => Number(!a.view) - Number(!b.view)),
      }));
  }

  /** The text of an example with its parameters' defaults (or examples) bound, in the page's language where it can be. */
  text(name: string, lang: Lang): { text: string; view?: ViewName } | undefined {
    const query = this.queries.find((q) => q.name === name);
    if (!query) return undefined;
    const values = new Map<string, string>();
    for (const p of query.parameters) {
      const value = p.name === 'lang' && (!p.enum || p.enum.includes(lang)) ? lang : (p.default ?? p.example);
      if (value !== undefined) values.set(p.name, value);
    }
    const view = QUESTIONS[name]?.view;
    return { text: this.binder.bindValues(query, values), ...(view ? { view } : {}) };
  }
}

/** The gallery as HTML: a list of questions per tag, each a link that opens it in the workbench. */
export function galleryHtml(gallery: Gallery, lang: Lang, carry: boolean): Html {
  const suffix = carry ? `&lang=${lang}` : '';
  return html`<div class="gallery">${gallery
    .groups(lang)
    .map(
      (group) =>
        html`<section class="examples" aria-labelledby="tag-${group.tag}"><h3 id="tag-${group.tag}">${group.title}</h3><ul>${group.examples.map(
          (e) =>
            html`<li><a href="/sparql?example=${e.name}${suffix}"${e.lang ? html` lang="${e.lang}"` : ''}>${e.question}</a></li>`,
        )}</ul></section>`,
    )}</div>`;
}
