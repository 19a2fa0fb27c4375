// The agreement register (stage history with sources) and the contradictions list, from the corpus analysis.
import { getJson } from './api.js';
import { el, facts, setStatus, table } from './dom.js';
import { sourceLinks } from './stories.js';

function notRun(page) {
  return page.analysis === 'none' ? el('p', { class: 'hint' }, 'The corpus analysis has not run yet (sitrep analyze).') : null;
}

function agreementView(a) {
  return el('article', { class: 'agreement', 'data-agreement': a.id },
    el('h2', {}, `${a.kind}: ${a.parties}`, ' ', el('span', { class: `badge stage-${a.stage}` }, a.stage)),
    facts([['Mediator', a.mediator], ['Current stage', a.stage], ['Since', a.date]]),
    table(['Date', 'Stage', 'Signatories', 'Deadline', 'Mediator', 'Sources'], a.history.map(h => [
      h.date || 'undated', h.stage, h.signatories || '', h.deadline || '', h.mediator || '',
      el('span', {}, sourceLinks(h.sources), ' ', el('a', { href: `#/story/${encodeURIComponent(h.story_id)}` }, '(story)'))])));
}

export async function renderAgreements(view) {
  const page = await getJson('/api/agreements', { page_size: 1000 });
  view.append(el('section', { class: 'agreements' }, el('h1', {}, 'Agreements'), notRun(page),
    page.items.length ? page.items.map(agreementView) : el('p', {}, 'No agreement in the stored reports.')));
  setStatus(`${page.total} agreements`);
}

export async function renderContradictions(view) {
  const page = await getJson('/api/contradictions', { page_size: 1000 });
  view.append(el('section', { class: 'contradictions' }, el('h1', {}, 'Contradictions'), notRun(page),
    table(['Kind', 'What', 'One side', 'The other'], page.items.map(c => [
      c.kind.replace(/_/g, ' '), c.note,
      el('span', {}, el('a', { href: `#/story/${encodeURIComponent(c.story_a)}` }, 'story'), ' · ', sourceLinks(c.sources_a)),
      el('span', {}, el('a', { href: `#/story/${encodeURIComponent(c.story_b)}` }, 'story'), ' · ', sourceLinks(c.sources_b))]))));
  setStatus(`${page.total} contradictions`);
}
