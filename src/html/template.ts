// HTML escaped by construction: the `html` tag escapes every interpolated value unless it is
// already Html (another fragment, or `trusted()` text the code itself wrote). Arrays are joined,
// null, undefined and false render nothing. No page is built by string concatenation.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Escapes text for element content and quoted attribute values. */
const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most text needs nothing: testing is cheaper than replacing.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : text;
}

function render(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let text = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) text += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(text);
}

/** Markup the code wrote itself (never text from a request or the data). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** JSON for a <script type="application/json"> block: '<' escaped so the data cannot close the element. */
export function jsonScript(value: unknown): Html {
  return new Html(JSON.stringify(value).replace(/</g, '\\u003c'));
}
