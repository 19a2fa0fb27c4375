// The router: #/view/arg?query. Each view renders into <main> from the JSON API.
import { clear, el, setStatus } from './dom.js';
import { renderMap } from './map.js';
import { renderTimeline } from './timeline.js';
import { renderReport } from './report.js';
import { renderReports } from './reports.js';
import { renderInstallation, renderInstallations } from './installations.js';
import { renderOutlets } from './outlets.js';
import { renderEntities } from './entities.js';
import { renderSearch } from './search.js';
import { getJson } from './api.js';
import { paintSwatches, storyView } from './events.js';
import { renderStories, renderStory } from './stories.js';
import { renderAgreements, renderContradictions } from './registers.js';

const routes = {
  map: (view, _, params) => renderMap(view, params),
  timeline: (view, _, params) => renderTimeline(view, params),
  reports: (view, _, params) => renderReports(view, params),
  report: (view, id, params) => renderReport(view, id, params),
  event: async (view, key) => { view.append(storyView(await getJson(`/api/events/${encodeURIComponent(key)}`))); paintSwatches(view); },
  installations: (view, _, params) => renderInstallations(view, params),
  installation: (view, id) => renderInstallation(view, id),
  outlets: view => renderOutlets(view),
  entities: (view, _, params) => renderEntities(view, params),
  search: (view, _, params) => renderSearch(view, params),
  stories: (view, _, params) => renderStories(view, params),
  story: (view, id) => renderStory(view, id),
  agreements: view => renderAgreements(view),
  contradictions: view => renderContradictions(view),
};

async function route() {
  const [path, query] = (location.hash.slice(2) || 'map').split('?');
  const [name, ...rest] = path.split('/');
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : null;
  const render = routes[name] || routes.map;
  for (const link of document.querySelectorAll('nav a')) link.classList.toggle('active', link.dataset.view === name);
  const view = clear(document.getElementById('view'));
  view.dataset.view = name in routes ? name : 'map';
  setStatus('Loading…');
  try {
    await render(view, arg, new URLSearchParams(query || ''));
  } catch (err) {
    view.append(el('p', { class: 'error' }, err.message));
    setStatus('');
  }
  document.body.dataset.ready = location.hash || '#/map';
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);
