// The stored reports, newest first.
import { getJson } from './api.js';
import { el, setStatus, table } from './dom.js';

export async function renderReports(view, params) {
  const page = Number(params.get('page') || 1);
  const data = await getJson('/api/reports', { outlet: params.get('outlet'), page, page_size: 100 });
  view.append(el('section', {},
    el('h1', {}, 'Reports'),
    table(['Title', 'Outlet', 'Published', 'Facts', 'Loaded terms'], data.items.map(r => [
      el('a', { href: `#/report/${r.id}` }, r.title || r.source), r.outlet || '', r.published || '', String(r.events), String(r.framing)])),
    el('p', { class: 'pager' },
      page > 1 ? el('a', { href: `#/reports?page=${page - 1}` }, '← newer') : null, ' ',
      page * data.page_size < data.total ? el('a', { href: `#/reports?page=${page + 1}` }, 'older →') : null)));
  setStatus(`${data.total} reports`);
}
