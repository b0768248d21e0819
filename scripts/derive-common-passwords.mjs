#!/usr/bin/env node
// Derives claims-ejb's list of common passwords from zxcvbn's frequency list (npm zxcvbn@4.4.2, MIT).
// Only entries as long as our minimum (12 characters) matter: shorter ones are refused anyway.
// Usage, from the repository root: node scripts/derive-common-passwords.mjs [path/to/zxcvbn/lib/frequency_lists.js]
import { execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let source = process.argv[2];
if (!source) {
  const dir = mkdtempSync(join(tmpdir(), 'zxcvbn-'));
  const tgz = execSync('npm pack zxcvbn@4.4.2 --silent', { cwd: dir }).toString().trim().split('\n').pop();
  execSync(`tar xzf ${tgz}`, { cwd: dir });
  source = join(dir, 'package', 'lib', 'frequency_lists.js');
}
const lists = createRequire(import.meta.url)(source);
const MIN = 12;
const rows = [...new Set(lists.passwords.map((p) => p.toLowerCase()).filter((p) => p.length >= MIN))].sort();
const out = 'claims-ejb/src/main/resources/reference/common-passwords.txt';
writeFileSync(out, '# Common passwords of 12 or more characters, lower-cased, from zxcvbn 4.4.2 (MIT licence,\n'
  + '# Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.) by scripts/derive-common-passwords.mjs\n' + rows.join('\n') + '\n');
console.log(`${rows.length} passwords written to ${out}`);
