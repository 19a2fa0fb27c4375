// A report: its body with each fact's evidence highlighted and loaded wording marked with its neutral form.
import { getJson } from './api.js';
import { el, facts, setStatus } from './dom.js';
import { eventCard, paintSwatches } from './events.js';
import { actorColor } from './format.js';

export async function renderReport(view, id, params) {
  const detail = await getJson(`/api/reports/${encodeURIComponent(id)}`);
  const r = detail.report;
  const selected = params.get('event');
  view.append(el('section', { class: 'report' },
    el('h1', {}, r.title || r.source),
    facts([
      ['Outlet', r.outlet],
      ['Published', r.published],
      ['Source', r.source],
      ['Version', String(r.version)],
      ['Duplicate of', detail.duplicate_of],
      ['Shares text with', detail.shares_text_with.join(', ')],
    ]),
    el('div', { class: 'report-layout' },
      el('div', { class: 'body', id: 'report-body' }, highlighted(detail, selected)),
      el('aside', { class: 'report-side' },
        el('h2', {}, `${detail.events.length} facts`),
        detail.events.map(e => eventCard(e)),
        el('h2', {}, `${detail.framing.length} loaded terms`),
        el('ul', { class: 'framing-list' }, detail.framing.map(f =>
          el('li', {}, el('mark', { class: 'framing' }, f.term), ` → ${f.neutral} (${f.category})`)))))));
  paintSwatches(view);
  const focus = view.querySelector('.evidence.selected');
  if (focus) focus.scrollIntoView({ block: 'center' });
  setStatus(`report ${r.id}: ${detail.events.length} facts, ${detail.framing.length} loaded terms`);
}

/**
 * The body cut at every start and end of an evidence span or framing term, so that overlapping marks stay
 * correct: each piece knows which facts and which term cover it. All text goes in as text nodes.
 */
function highlighted(detail, selected) {
  const body = detail.body;
  const marks = [
    ...detail.events.map((e, i) => ({ start: e.fact.evidence.start, end: e.fact.evidence.end, event: e, index: i + 1 })),
    ...detail.framing.map(f => ({ start: f.start, end: f.start + f.term.length, framing: f })),
  ].filter(m => m.start >= 0 && m.end <= body.length && m.start < m.end);
  const cuts = [...new Set([0, body.length, ...marks.flatMap(m => [m.start, m.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [from, to] = [cuts[c], cuts[c + 1]];
    const covering = marks.filter(m => m.start <= from && m.end >= to);
    const events = covering.filter(m => m.event);
    const term = covering.find(m => m.framing);
    let node = document.createTextNode(body.slice(from, to));
    if (term) {
      node = el('mark', { class: 'framing', title: `${term.framing.category}: neutral “${term.framing.neutral}”` }, node);
    }
    if (events.length) {
      const first = events[0].event;
      const isSelected = events.some(m => m.event.key === selected);
      node = el('span', {
        class: isSelected ? 'evidence selected' : 'evidence',
        'data-color': actorColor(first.fact.actor),
        title: events.map(m => `#${m.index} ${m.event.fact.type} (${m.event.fact.status})`).join('; '),
      }, node);
    }
    nodes.push(node);
    const ending = events.filter(m => m.end === to);
    for (const m of ending) nodes.push(el('sup', { class: 'event-ref' }, `#${m.index}`));
    if (term && term.end === to) nodes.push(el('span', { class: 'neutral' }, ` [${term.framing.neutral}]`));
  }
  return nodes;
}
