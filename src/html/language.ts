// The language of a page: `?lang=` first, then Accept-Language, English by default. Pages are in
// English and French, as the data's labels are.
import Negotiator from 'negotiator';
import { type OperationRequest, oneParam } from '../operation.ts';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

export function pageLanguage(request: Pick<OperationRequest, 'params' | 'header'>): Lang {
  const asked = oneParam(request.params, 'lang');
  if (asked === 'en' || asked === 'fr') return asked;
  const accept = request.header('accept-language');
  const best = accept ? new Negotiator({ headers: { 'accept-language': accept } }).language([...LANGS]) : undefined;
  return best === 'fr' ? 'fr' : 'en';
}

/** Words of the interface in both languages, picked by the page's language. */
export type Words<K extends string> = Record<K, Record<Lang, string>>;

export function translator<K extends string>(words: Words<K>, lang: Lang): (key: K) => string {
  return (key) => words[key][lang];
}
