// One fact as a card, and a story (a fact with the others of its type, place and date).
import { el, facts } from './dom.js';
import { actorColor, eventDate, eventTitle } from './format.js';

export function eventCard(e) {
  const f = e.fact;
  return el('article', { class: 'event', 'data-key': e.key },
    el('header', {},
      el('span', { class: 'swatch', 'data-color': actorColor(f.actor) }),
      el('a', { href: `#/event/${encodeURIComponent(e.key)}` }, eventTitle(e)),
      el('span', { class: `badge status-${f.status}` }, f.status),
      e.zones.length ? el('span', { class: 'badge zone' }, `in ${e.zones.join(', ')}`) : null),
    el('p', { class: 'meta' }, `${eventDate(e)} · ${e.outlet || 'unknown outlet'} · corroboration ${f.corroboration}`),
    el('blockquote', {}, f.evidence.sentence),
    el('a', { class: 'more', href: `#/report/${e.report_id}?event=${encodeURIComponent(e.key)}` }, 'open report'));
}

export function storyView(story) {
  const e = story.event;
  const f = e.fact;
  return el('section', { class: 'story' },
    el('h2', {}, eventTitle(e)),
    facts([
      ['Status', f.status],
      ['Date', f.time ? `${eventDate(e)} (“${f.time.text}”)` : eventDate(e)],
      ['Actor', f.actor && f.actor.name],
      ['Target', f.target && f.target.name],
      ['Place', f.location && `${f.location.name}${f.location.precision ? ` (${f.location.precision})` : ''}`],
      ['Quantity', f.quantity && f.quantity.text],
      ['Attributed to', f.attribution && `${f.attribution.source} (${f.attribution.kind})`],
      ['Zones', e.zones.join(', ')],
      ['Corroboration', String(f.corroboration)],
      ['Outlets', story.outlets.join(', ')],
    ]),
    el('blockquote', {}, f.evidence.sentence),
    el('p', {}, el('a', { class: 'open-report', href: `#/report/${e.report_id}?event=${encodeURIComponent(e.key)}` }, `Open the report: ${e.title || e.outlet || 'untitled'}`)),
    el('h3', {}, story.related.length ? `${story.related.length} other reports of the same fact` : 'No other report of this fact yet'),
    story.related.map(eventCard));
}

/**
 * Actor colours come from data and are set through the style object (CSP forbids inline style attributes):
 * swatches are filled, evidence in a report body is underlined.
 */
export function paintSwatches(root) {
  for (const node of root.querySelectorAll('[data-color]')) {
    if (node.classList.contains('evidence')) node.style.borderBottomColor = node.dataset.color;
    else node.style.backgroundColor = node.dataset.color;
  }
}
