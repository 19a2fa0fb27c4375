// The installation register and one installation's page: status history, sources, facts and reports.
import { getJson } from './api.js';
import { el, facts, setStatus, table } from './dom.js';
import { eventCard, paintSwatches } from './events.js';
import { sourceLinks } from './stories.js';

// The corpus register's dated, cited entries; the first (no story) is the knowledge base's starting entry.
function registerHistory(entries) {
  return [el('h2', {}, 'Register from the stored reports'),
    table(['Date', 'Status', 'Operator', 'Sources'], entries.map(r => [r.date || 'undated', r.status, r.operator || '',
      r.story_id ? el('span', {}, sourceLinks(r.sources), ' ', el('a', { href: `#/story/${encodeURIComponent(r.story_id)}` }, '(story)')) : 'knowledge base']))];
}

export async function renderInstallations(view, params) {
  const page = await getJson('/api/installations', { name: params.get('name'), page_size: 1000 });
  view.append(el('section', {},
    el('h1', {}, 'Installations'),
    table(['Installation', 'Kind', 'Country', 'Operator', 'Status', 'Facts', 'Reports'], page.items.map(s => [
      el('a', { href: `#/installation/${encodeURIComponent(s.installation.id)}` }, s.installation.name),
      s.installation.kind || '', s.installation.country || '', s.installation.current_operator || '',
      s.installation.current_status || '', String(s.events), String(s.reports)]))));
  setStatus(`${page.total} installations`);
}

export async function renderInstallation(view, id) {
  const d = await getJson(`/api/installations/${encodeURIComponent(id)}`);
  const i = d.installation;
  view.append(el('section', { class: 'installation' },
    el('h1', {}, i.name),
    facts([
      ['Kind', i.kind], ['Country', i.country],
      ['Coordinates', i.lat === null ? 'unknown' : `${i.lat}, ${i.lon} (${i.precision || 'unknown precision'})`],
      ['Also called', i.aliases.join(', ')],
    ]),
    d.analysis === 'corpus' && d.register.length ? el('div', { class: 'register' }, registerHistory(d.register)) : null,
    el('h2', {}, 'Status history (knowledge base)'),
    table(['Operator', 'Status', 'From', 'To'], i.history.map(p => [p.operator, p.status, p.from || '', p.to || ''])),
    el('h2', {}, 'Register sources'),
    el('ul', { class: 'sources' }, i.sources.map(s => el('li', {}, el('a', { href: s, rel: 'noreferrer noopener', target: '_blank' }, s)))),
    el('h2', {}, `${d.events.length} stored facts at or naming it`),
    d.events.map(eventCard),
    el('h2', {}, `${d.reports.length} reports mentioning it`),
    el('ul', {}, d.reports.map(r => el('li', {}, el('a', { href: `#/report/${r.id}` }, r.title || r.source), ` · ${r.outlet || ''} ${r.published || ''}`)))));
  paintSwatches(view);
  setStatus(i.name);
}
