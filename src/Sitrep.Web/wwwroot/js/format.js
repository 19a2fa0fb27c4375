// Small formatting helpers shared by the views.

/** A stable colour per actor: the same side always gets the same hue. */
export function actorColor(actor) {
  const key = actor ? (actor.side || actor.id) : '';
  if (!key) return '#777777';
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return `hsl(${hash % 360}, 65%, 42%)`;
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
