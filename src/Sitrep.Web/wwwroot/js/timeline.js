// The timeline: facts in date order, filtered by type, actor, place, outlet, status and dates.
import { getJson } from './api.js';
import { el, setStatus } from './dom.js';
import { eventCard, paintSwatches } from './events.js';

export const FILTERS = ['type', 'actor', 'place', 'outlet', 'status', 'from', 'to'];
const STATUSES = ['', 'completed', 'ongoing', 'planned', 'speculative', 'alleged', 'denied', 'historical'];

/** A filter form whose values come from and go to the hash's query string. */
export function filterForm(route, params, extra = []) {
  const inputs = FILTERS.map(name => name === 'status'
    ? el('select', { name }, STATUSES.map(s => el('option', { value: s, selected: params.get(name) === s }, s || 'any status')))
    : el('input', { name, placeholder: name, value: params.get(name) || '' }));
  const form = el('form', { class: 'filters' }, extra, inputs, el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) next.set(k, v);
    location.hash = `#/${route}?${next}`;
  });
  return form;
}

export async function renderTimeline(view, params) {
  const query = Object.fromEntries(FILTERS.map(f => [f, params.get(f)]));
  const page = await getJson('/api/events', { ...query, order: '-date', page_size: 500 });
  const items = page.items;
  const byDate = new Map();
  for (const e of items) {
    const day = e.date || 'undated';
    if (!byDate.has(day)) byDate.set(day, []);
    byDate.get(day).push(e);
  }
  view.append(el('section', { class: 'timeline' },
    el('h1', {}, 'Timeline'),
    filterForm('timeline', params),
    el('p', { class: 'meta' }, `${page.total} facts match; showing the ${items.length} latest`),
    [...byDate].map(([day, events]) => el('div', { class: 'day' }, el('h2', {}, day), events.map(eventCard)))));
  paintSwatches(view);
  setStatus(`${page.total} facts`);
}
