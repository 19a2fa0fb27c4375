// Builds DOM from data without ever parsing it as HTML: text goes in as text nodes, links only to safe targets.

const SAFE_URL = /^(https?:\/\/|#|\/(?!\/))/i;

/** el('a', { href: '#/x', class: 'c' }, 'text', child) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'href' || key === 'src') {
      if (SAFE_URL.test(String(value))) node.setAttribute(key, String(value));
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function setStatus(text) {
  document.getElementById('status').textContent = text || '';
}

/** A definition list from [label, value] pairs, skipping empty values. */
export function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

export function table(headers, rows) {
  return el('table', { class: 'grid' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c))))));
}
