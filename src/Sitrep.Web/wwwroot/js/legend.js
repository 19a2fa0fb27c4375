// The map's legend: the most frequent actors with their colours, and what sizes, rings and dots mean.
import { el } from './dom.js';
import { actorColor } from './format.js';

const SHOWN = 8;

export function legend(events) {
  const counts = new Map();
  for (const e of events) {
    const actor = e.fact.actor;
    const key = actor ? (actor.side || actor.id) : '';
    const entry = counts.get(key) || { actor, name: actor ? actor.name : 'unknown actor', count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const top = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, SHOWN);
  return el('div', { class: 'legend' },
    el('strong', {}, 'Actors'),
    top.map(t => el('div', {}, el('span', { class: 'swatch', 'data-color': actorColor(t.actor) }), ` ${t.name} (${t.count})`)),
    el('div', { class: 'legend-note' }, 'size: corroboration · dark ring: inside an agreed zone'),
    el('div', { class: 'legend-note' }, 'white dot: installation · dashed: agreed zone'));
}
