// The map: countries from world-atlas, agreed zones, installations and located facts (coloured by actor,
// sized by corroboration, ringed when inside a zone). A click opens the fact's story beside the map.
import { getJson } from './api.js';
import { clear, el, setStatus } from './dom.js';
import { actorColor, eventTitle } from './format.js';
import { paintSwatches, storyView } from './events.js';
import { legend } from './legend.js';
import { FILTERS, filterForm } from './timeline.js';
import { corpusStoryView } from './stories.js';

const L = window.L;
const topojson = window.topojson;
const SYRIA = [[32.0, 35.4], [37.6, 42.6]];

export async function renderMap(view, params) {
  const mapBox = el('div', { id: 'map', class: 'map' });
  const panel = el('aside', { id: 'panel', class: 'panel' }, el('p', { class: 'hint' }, 'Click a marker to open its story.'));
  view.append(filterForm('map', params), el('div', { class: 'map-layout' }, mapBox, panel));
  const query = Object.fromEntries(FILTERS.map(f => [f, params.get(f)]));

  const map = L.map(mapBox, { preferCanvas: false, worldCopyJump: false }).fitBounds(SYRIA);
  const [atlas, zones, events, installations] = await Promise.all([
    fetch('lib/world-atlas/countries-50m.json').then(r => r.json()),
    getJson('/api/zones'),
    getJson('/api/events', { ...query, located: true, order: '-date', page_size: 5000 }),
    getJson('/api/installations', { page_size: 1000 }),
  ]);
  L.geoJSON(topojson.feature(atlas, atlas.objects.countries), { style: { color: '#9a9a9a', weight: 1, fillColor: '#f1efe8', fillOpacity: 1 }, interactive: false }).addTo(map);
  L.geoJSON(zones, { style: { color: '#b8860b', weight: 2, dashArray: '6 4', fillOpacity: 0.12 } })
    .bindTooltip(layer => document.createTextNode(layer.feature.properties.name || layer.feature.properties.id))
    .addTo(map);

  for (const item of installations.items) {
    const i = item.installation;
    if (i.lat === null || i.lon === null) continue;
    L.circleMarker([i.lat, i.lon], { radius: 4, color: '#333', weight: 1, fillColor: '#fff', fillOpacity: 1, className: 'installation-marker' })
      .bindTooltip(document.createTextNode(`${i.name} (${i.current_operator || 'unknown operator'})`))
      .on('click', () => { location.hash = `#/installation/${encodeURIComponent(i.id)}`; })
      .addTo(map);
  }

  for (const e of events.items) {
    const f = e.fact;
    const inZone = e.zones.length > 0;
    L.circleMarker([f.location.lat, f.location.lon], {
      // The story's corroboration across the corpus when the analysis has run; the report batch's otherwise.
      radius: 5 + 3 * Math.sqrt(Math.max(1, e.story ? e.story.corroboration : f.corroboration)),
      color: inZone ? '#111' : actorColor(f.actor),
      weight: inZone ? 3 : 1,
      fillColor: actorColor(f.actor),
      fillOpacity: 0.7,
      className: inZone ? 'event-marker in-zone' : 'event-marker',
    })
      .bindTooltip(document.createTextNode(eventTitle(e)))
      .on('click', () => (e.story ? openCorpusStory(panel, e) : openStory(panel, e.key)))
      .addTo(map);
  }
  const control = L.control({ position: 'bottomright' });
  control.onAdd = () => legend(events.items);
  control.addTo(map);
  paintSwatches(mapBox);
  setStatus(`${events.items.length} latest of ${events.total} located facts, ${installations.total} installations`);
}

async function openStory(panel, key) {
  clear(panel).append(el('p', { class: 'hint' }, 'Loading…'));
  try {
    const story = await getJson(`/api/events/${encodeURIComponent(key)}`);
    clear(panel).append(storyView(story));
    paintSwatches(panel);
  } catch (err) {
    clear(panel).append(el('p', { class: 'error' }, err.message));
  }
}

async function openCorpusStory(panel, e) {
  clear(panel).append(el('p', { class: 'hint' }, 'Loading…'));
  try {
    clear(panel).append(corpusStoryView(await getJson(`/api/stories/${encodeURIComponent(e.story.id)}`), e.zones));
  } catch (err) {
    clear(panel).append(el('p', { class: 'error' }, err.message));
  }
}
