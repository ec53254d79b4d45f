// Search over every name of every resource, in both languages: preferred, alternative and hidden
// labels (the sources' misspellings find the right entity), and the last part of the IRI. An index
// in memory, built once at start; a query is a scan of normalised strings.
import type { Label, ResourceInfo } from './model.ts';

export interface SearchHit {
  iri: string;
  /** The name that matched, which may be a hidden label (a source's spelling). */
  matched: Label;
  score: number;
}

interface Entry {
  iri: string;
  label: Label;
  text: string;
  words: string[];
  weight: number;
}

/** Lower case, accents removed, punctuation as spaces: "Élysée" and "elysee" meet. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const KIND_WEIGHT: Record<Label['kind'], number> = { pref: 1, alt: 0.9, hidden: 0.8 };

/** Levenshtein distance, giving up past `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How far a query word may be from a name's word and still match: none for short words. */
const tolerance = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

export class SearchIndex {
  private readonly entries: Entry[] = [];
  private readonly importance = new Map<string, number>();

  constructor(resources: ResourceInfo[], localName: (iri: string) => string | undefined) {
    for (const resource of resources) {
      this.importance.set(resource.iri, resource.statements);
      const labels: Label[] = [...resource.labels];
      const local = localName(resource.iri);
      if (local) labels.push({ value: local, lang: '', kind: 'alt' });
      for (const label of labels) {
        const text = normalise(label.value);
        if (!text) continue;
        this.entries.push({ iri: resource.iri, label, text, words: text.split(' '), weight: KIND_WEIGHT[label.kind] });
      }
    }
  }

  /** The best-matching resources, best first; `fuzzy` also lets words differ by a letter or two. */
  search(query: string, limit = 20, fuzzy = true): SearchHit[] {
    const q = normalise(query);
    if (!q) return [];
    const words = q.split(' ');
    const best = new Map<string, SearchHit>();
    for (const entry of this.entries) {
      const score = this.score(entry, q, words, fuzzy) * entry.weight;
      if (score <= 0) continue;
      const known = best.get(entry.iri);
      if (!known || score > known.score) best.set(entry.iri, { iri: entry.iri, matched: entry.label, score });
    }
    return [...best.values()]
      .sort(
        (a, b) =>
          b.score - a.score ||
          (this.importance.get(b.iri) ?? 0) - (this.importance.get(a.iri) ?? 0) ||
          a.matched.value.localeCompare(b.matched.value),
      )
      .slice(0, limit);
  }

  private score(entry: Entry, q: string, words: string[], fuzzy: boolean): number {
    if (entry.text === q) return 100;
    if (entry.text.startsWith(q)) return 80;
    if (words.every((word) => entry.words.some((w) => w.startsWith(word)))) return 60;
    if (entry.text.includes(q)) return 40;
    if (!fuzzy) return 0;
    const close = words.every((word) => {
      const max = tolerance(word);
      return max > 0 && entry.words.some((w) => distance(word, w.slice(0, word.length + max), max) <= max);
    });
    return close ? 20 : 0;
  }
}
