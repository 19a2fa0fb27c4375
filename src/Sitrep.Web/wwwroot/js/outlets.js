// Outlets side by side: what each reports, how often another outlet corroborates it, how often it frames.
import { getJson } from './api.js';
import { el, setStatus, table } from './dom.js';
import { percent } from './format.js';

export async function renderOutlets(view) {
  const outlets = await getJson('/api/outlets');
  // With a stored corpus analysis, its per-outlet story figures follow the per-report ones.
  const analysed = outlets.some(o => o.analysis);
  const corpusColumns = o => (analysed ? [o.analysis ? String(o.analysis.stories) : '',
    o.analysis ? `${o.analysis.corroborated_stories} (${percent(o.analysis.corroboration_rate)})` : '',
    o.analysis ? String(o.analysis.single_source_stories) : ''] : []);
  view.append(el('section', {},
    el('h1', {}, 'Outlets'),
    table(['Outlet', 'Kind', 'State-affiliated', 'Reports', 'Facts', 'Corroborated', 'Reports with loaded terms', 'Loaded terms', 'Facts by family',
      ...(analysed ? ['Stories', 'Corroborated stories', 'Single-source stories'] : [])],
      outlets.map(o => [
        el('a', { href: `#/timeline?outlet=${encodeURIComponent(o.name)}` }, o.name),
        o.knowledge ? o.knowledge.kind || '' : '',
        o.knowledge ? (o.knowledge.state_affiliated ? 'yes' : 'no') : 'unknown',
        String(o.reports), String(o.events),
        `${o.corroborated_events} (${percent(o.corroboration_rate)})`,
        `${o.reports_with_framing} (${percent(o.framing_rate)})`,
        String(o.framing_terms),
        Object.entries(o.event_families).map(([k, v]) => `${k} ${v}`).join(', '),
        ...corpusColumns(o),
      ]))));
  setStatus(`${outlets.length} outlets`);
}
