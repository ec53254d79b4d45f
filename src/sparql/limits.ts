// What the HTTP thread may learn about a query's text before a worker parses it: one linear pass,
// so that no query, however crafted, can hold the thread that answers everybody. Deep nesting is
// refused here, before any parser recurses into it (Oxigraph's WebAssembly stack overflows, and
// corrupts the worker, somewhere past 500 nested groups).
import { AppError } from '../errors.ts';

export interface TextLimits {
  maxQueryBytes: number;
  maxQueryDepth: number;
}

export interface TextFacts {
  /** The SERVICE keyword appears: the answer may depend on a remote endpoint (not cached). */
  mentionsService: boolean;
}

const OPEN = new Set(['{', '(', '[']);
const CLOSE = new Set(['}', ')', ']']);
const WORD_START = /[A-Za-z_]/;
const WORD = /[\w\-.:]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters end an IRI.
const IRI_BODY = /[^<>"{}|^`\\\u0000-\u0020]/;

/** Checks the size and nesting of a query's text; throws 'too-large' or 'too-complex' naming the limit. */
export function checkQueryText(text: string, limits: TextLimits): TextFacts {
  const bytes = Buffer.byteLength(text);
  if (bytes > limits.maxQueryBytes) {
    throw new AppError(
      'too-large',
      `The query is ${bytes} bytes, over the limit of ${limits.maxQueryBytes} bytes (SUMMIT_KG_MAX_QUERY_BYTES).`,
      { limit: { setting: 'SUMMIT_KG_MAX_QUERY_BYTES', value: limits.maxQueryBytes } },
    );
  }
  let depth = 0;
  let mentionsService = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      i = skipString(text, i);
    } else if (c === '<' && isIri(text, i)) {
      i = text.indexOf('>', i) + 1;
    } else if (c === '?' || c === '$') {
      i++;
      while (i < n && WORD.test(text[i] as string)) i++;
    } else if (WORD_START.test(c)) {
      const start = i;
      while (i < n && WORD.test(text[i] as string)) i++;
      if (i - start === 7 && text.slice(start, i).toUpperCase() === 'SERVICE') mentionsService = true;
    } else {
      if (OPEN.has(c) && ++depth > limits.maxQueryDepth) {
        throw new AppError(
          'too-complex',
          `The query nests more than ${limits.maxQueryDepth} levels of { }, ( ) or [ ] (SUMMIT_KG_MAX_QUERY_DEPTH): flatten it.`,
          { limit: { setting: 'SUMMIT_KG_MAX_QUERY_DEPTH', value: limits.maxQueryDepth } },
        );
      }
      if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return { mentionsService };
}

/** An IRIREF starts here: '<', then IRI characters up to '>' (otherwise '<' is "less than"). */
function isIri(text: string, at: number): boolean {
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '>') return true;
    if (!IRI_BODY.test(c)) return false;
  }
  return false;
}

/** The index after the string literal that starts at `at` (short or long form, with escapes). */
function skipString(text: string, at: number): number {
  const quote = text[at] as string;
  const long = text.startsWith(quote.repeat(3), at);
  const end = long ? quote.repeat(3) : quote;
  let i = at + end.length;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text.startsWith(end, i)) return i + end.length;
    else if (!long && text[i] === '\n') return i;
    else i++;
  }
  return i;
}
