// What the editor completes and the results name, from the pages' index of the graph (read once at
// start, src/pages/site.ts): entities by any of their names in English or French, the classes and
// properties the data uses, and the names and entity pages of the IRIs a result holds.
import { AppError } from '../errors.ts';
import type { Lang } from '../html/index.ts';
import { normalise, type Site } from '../pages/index.ts';
import { compactIri } from '../rdf/index.ts';

export interface Suggestion {
  kind: 'entity' | 'class' | 'property';
  iri: string;
  /** The short form under a prefix of the prefix table, when there is one. */
  prefixed?: string;
  /** Its name in the asked language (or the other one). */
  label: string;
  /** The name that matched, when it is not the label (another language, a source's spelling). */
  matched?: string;
  /** The entity's kind, by its name. */
  type?: string;
}

export interface LabelInfo {
  name: string;
  lang?: string;
  /** Its page on this server, for IRIs under the public base. */
  href?: string;
}

interface TermEntry {
  suggestion: Omit<Suggestion, 'label'>;
  names: Record<Lang, string>;
  keys: string[];
}

const MAX_TERMS = 8;
const MAX_ENTITIES = 10;

export class Completer {
  private readonly terms: TermEntry[] = [];

  constructor(private readonly site: Site) {
    for (const term of site.terms.values()) {
      if (term.kind !== 'class' && term.kind !== 'property') continue;
      const prefixed = compactIri(term.iri);
      const names = { en: site.termName(term.iri, 'en'), fr: site.termName(term.iri, 'fr') };
      const local = prefixed?.split(':')[1] ?? term.iri.split(/[#/]/).pop() ?? '';
      this.terms.push({
        suggestion: { kind: term.kind, iri: term.iri, ...(prefixed ? { prefixed } : {}) },
        names,
        keys: [names.en, names.fr, local].map(normalise),
      });
    }
    // Terms the data uses most come first.
    const uses = (iri: string) => site.terms.get(iri)?.uses ?? 0;
    this.terms.sort((a, b) => uses(b.suggestion.iri) - uses(a.suggestion.iri));
  }

  /** Suggestions for what is being typed: `aas:sig` completes terms by prefixed name; a word completes terms and entities by name. */
  complete(text: string, lang: Lang): Suggestion[] {
    const typed = text.trim().slice(0, 100);
    if (!typed) return [];
    if (typed.includes(':')) {
      const lower = typed.toLowerCase();
      return this.terms
        .filter((t) => t.suggestion.prefixed?.toLowerCase().startsWith(lower))
        .slice(0, MAX_TERMS * 2)
        .map((t) => ({ ...t.suggestion, label: t.names[lang] }));
    }
    const key = normalise(typed);
    const terms = this.terms
      .filter((t) => t.keys.some((k) => k.startsWith(key) || k.split(' ').some((w) => w.startsWith(key))))
      .slice(0, MAX_TERMS)
      .map((t) => ({ ...t.suggestion, label: t.names[lang] }));
    const entities = this.site.search.search(typed, MAX_ENTITIES).map((hit): Suggestion => {
      const name = this.site.name(hit.iri, lang).text;
      const type = this.site.resources.get(hit.iri)?.types[0];
      const prefixed = compactIri(hit.iri);
      return {
        kind: 'entity',
        iri: hit.iri,
        ...(prefixed ? { prefixed } : {}),
        label: name,
        ...(hit.matched.value !== name ? { matched: hit.matched.value } : {}),
        ...(type ? { type: this.site.termName(type, lang) } : {}),
      };
    });
    return [...entities, ...terms];
  }

  /** The names and pages of the IRIs the graph knows, in the language; the others are left out. */
  labels(iris: unknown, lang: Lang): Record<string, LabelInfo> {
    if (!Array.isArray(iris) || iris.some((i) => typeof i !== 'string')) {
      throw new AppError('bad-request', 'Send a JSON object whose "iris" is a list of IRIs.');
    }
    const labels: Record<string, LabelInfo> = {};
    for (const iri of iris as string[]) {
      if (!this.site.known(iri) && !this.site.terms.has(iri)) continue;
      const name = this.site.name(iri, lang);
      const href = this.site.iris.pathOf(iri);
      labels[iri] = { name: name.text, ...(name.lang ? { lang: name.lang } : {}), ...(href ? { href } : {}) };
    }
    return labels;
  }
}
