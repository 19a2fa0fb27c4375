// Stories from the corpus analysis: one event with its mentions in every report, independent outlets and flags.
import { getJson } from './api.js';
import { el, facts, setStatus, table } from './dom.js';

export function storyTitle(s) {
  return `${s.type} by ${s.actor || 'unknown actor'}${s.place ? ` at ${s.place}` : ''}`;
}

/** A mention: the report (linked), its outlet and date, and the sentence it states the event in. */
export function mentionCard(m) {
  const href = m.event_key ? `#/report/${m.report_id}?event=${encodeURIComponent(m.event_key)}` : `#/report/${m.report_id}`;
  return el('article', { class: 'event mention', 'data-report': m.report_id },
    el('header', {},
      el('a', { href }, m.title || `report ${m.report_id}`),
      el('span', { class: `badge status-${m.status}` }, m.status),
      m.duplicate_of ? el('span', { class: 'badge copy' }, `near-copy of ${m.duplicate_of}`) : null),
    el('p', { class: 'meta' }, `${m.outlet || 'unknown outlet'} · ${m.published || 'undated'}`),
    el('blockquote', {}, m.evidence));
}

/** Sources of a register entry as short links to their reports. */
export function sourceLinks(sources) {
  return el('span', { class: 'sources' }, sources.map((m, i) => [i ? '; ' : '',
    el('a', { href: `#/report/${m.report_id}` }, `${m.outlet || 'unknown outlet'} ${m.published || ''}`.trim())]));
}

export function flagBadges(flags) {
  return flags.map(f => el('span', { class: 'badge flag' }, f.replace(/_/g, ' ')));
}

/** A story; `zones` are those of the fact that was clicked, when it was opened from the map. */
export function corpusStoryView(s, zones = []) {
  return el('section', { class: 'story corpus-story', 'data-story': s.id },
    el('h2', {}, storyTitle(s), ' ', flagBadges(s.flags)),
    facts([
      ['Status', s.status],
      ['Date', s.date || 'undated'],
      ['Actor', s.actor],
      ['Target', s.target],
      ['Place', s.place && `${s.place}${s.country ? ` (${s.country})` : ''}`],
      ['Quantity', s.quantity],
      ['Zones', zones.join(', ')],
      ['Corroboration', `${s.corroboration} independent outlet${s.corroboration === 1 ? '' : 's'}`],
      ['Independent outlets', s.independent_outlets.join(', ')],
      ['Analysis', s.analysis === 'corpus' ? 'corpus analysis' : 'not run (same type, place and date)'],
    ]),
    el('blockquote', {}, s.evidence),
    el('h3', {}, `Mentioned in ${s.mentions.length} report${s.mentions.length === 1 ? '' : 's'}`),
    el('div', { class: 'mentions' }, s.mentions.map(mentionCard)),
    el('p', {}, el('a', { href: `#/story/${encodeURIComponent(s.id)}` }, 'open on its own page')));
}

export async function renderStory(view, id) {
  const s = await getJson(`/api/stories/${encodeURIComponent(id)}`);
  view.append(corpusStoryView(s));
  setStatus(storyTitle(s));
}

export async function renderStories(view, params) {
  const query = { page_size: 500, min_corroboration: params.get('min'), flag: params.get('flag'), type: params.get('type') };
  const page = await getJson('/api/stories', query);
  view.append(el('section', {},
    el('h1', {}, 'Stories'),
    page.analysis === 'none' ? el('p', { class: 'hint' }, 'The corpus analysis has not run (sitrep analyze): facts are grouped by type, place and date.') : null,
    table(['Date', 'Story', 'Corroboration', 'Reports', 'Flags'], page.items.map(s => [
      s.date || 'undated', el('a', { href: `#/story/${encodeURIComponent(s.id)}` }, storyTitle(s)),
      String(s.corroboration), String(s.mentions.length), flagBadges(s.flags)]))));
  setStatus(`${page.items.length} of ${page.total} stories`);
}
