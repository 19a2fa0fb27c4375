// Entities over all stored reports: who and what the reports name most, with the names they use.
import { getJson } from './api.js';
import { el, setStatus, table } from './dom.js';

export async function renderEntities(view, params) {
  const type = params.get('type') || '';
  const data = await getJson('/api/entities', { type, name: params.get('name'), page_size: 300 });
  const types = ['', 'country', 'organization', 'group', 'person', 'place', 'installation'];
  view.append(el('section', {},
    el('h1', {}, 'Entities'),
    el('p', { class: 'filters' }, types.map(t => el('a', { href: t ? `#/entities?type=${t}` : '#/entities', class: t === type ? 'active' : null }, t || 'all'))),
    table(['Entity', 'Type', 'Reports', 'Facts', 'Named as'], data.items.map(e => [
      el('a', { href: `#/timeline?${e.type === 'place' || e.type === 'installation' ? 'place' : 'actor'}=${encodeURIComponent(e.id)}` }, e.name),
      e.type, String(e.reports), String(e.events), e.surfaces.join(', ')]))));
  setStatus(`${data.total} entities`);
}
