// Small formatting helpers shared by the views.

// Twelve colours that stay apart from each other (and from the grey of "unknown").
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#843c39'];

/** A stable colour per actor: the same side always gets the same colour, in every view. */
export function actorColor(actor) {
  const key = actor ? (actor.side || actor.id) : '';
  if (!key) return '#777777';
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

export function eventTitle(e) {
  const f = e.fact;
  const who = f.actor ? f.actor.name : 'unknown actor';
  const where = f.location ? ` at ${f.location.name}` : '';
  return `${f.type} by ${who}${where}`;
}

export function eventDate(e) {
  return e.date || 'undated';
}

export function percent(rate) {
  return `${Math.round(rate * 100)}%`;
}
