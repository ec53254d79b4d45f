// Suggestions for the search box of every page, from /search?format=json as the user types. The box
// works without this script (it submits to /search); with it, the browser's own list offers names,
// and choosing one goes straight to its page.
const input = document.getElementById('site-search');
const list = document.getElementById('site-search-options');
const inputs = [input, document.getElementById('home-search')].filter(Boolean);
let timer;
let latest = '';
let pages = new Map();

async function suggest(box) {
  const query = box.value.trim();
  if (query.length < 2 || query === latest) return;
  latest = query;
  const params = new URLSearchParams({ q: query, format: 'json', lang: input?.dataset.lang || 'en' });
  try {
    const response = await fetch(`/search?${params}`, { headers: { Accept: 'application/json' } });
    if (!response.ok || query !== latest) return;
    const { results } = await response.json();
    pages = new Map(results.map((r) => [r.label, r.href]));
    list.replaceChildren(
      ...results.map((r) => {
        const option = document.createElement('option');
        option.value = r.label;
        if (r.kinds.length) option.label = `${r.label} — ${r.kinds.join(', ')}`;
        return option;
      }),
    );
  } catch {
    // No suggestions: the form still works.
  }
}

for (const box of inputs) {
  box.addEventListener('input', (event) => {
    // A choice from the list (not typing) goes to the resource's page.
    const chosen = pages.get(box.value);
    if (chosen && !(event instanceof InputEvent && event.inputType?.startsWith('insert'))) {
      window.location.assign(chosen);
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => suggest(box), 150);
  });
}
