// Full-text search with the filters of `sitrep search`; matched words come back in [brackets] and are marked.
import { getJson } from './api.js';
import { el, setStatus } from './dom.js';
import { FILTERS, filterForm } from './timeline.js';

export async function renderSearch(view, params) {
  const q = params.get('q') || '';
  const box = el('input', { name: 'q', id: 'search-q', placeholder: 'words or "a phrase"', value: q });
  const section = el('section', { class: 'search' }, el('h1', {}, 'Search'), filterForm('search', params, [box]));
  view.append(section);
  if (!params.has('q') && !FILTERS.some(f => params.get(f))) {
    setStatus('');
    return;
  }
  const query = Object.fromEntries(FILTERS.map(f => [f, params.get(f)]));
  const page = await getJson('/api/search', { q, ...query, page_size: 100 });
  section.append(el('p', { class: 'meta', id: 'search-count' }, `${page.items.length} hits`),
    el('ol', { class: 'hits' }, page.items.map(hit)));
  setStatus(`${page.items.length} hits for “${q}”`);
}

function hit(h) {
  const target = `#/report/${h.store_id}`;
  return el('li', { class: `hit hit-${h.kind}` },
    el('a', { href: target }, h.kind === 'event' ? `${h.type} · ${h.actor || 'unknown actor'} · ${h.place || ''}` : (h.title || h.source)),
    el('p', { class: 'meta' }, `${h.kind} · ${h.outlet || 'unknown outlet'} · ${h.date || h.published || 'undated'}`),
    el('p', { class: 'snippet' }, snippet(h.snippet)));
}

// "[word]" marks a match in the store's snippets: split on the brackets and mark those parts, as text.
function snippet(text) {
  return text.split(/(\[[^\]]*\])/).map(part => part.startsWith('[') && part.endsWith(']') ? el('mark', {}, part.slice(1, -1)) : part);
}
