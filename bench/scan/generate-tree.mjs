// Generates the benchmark tree for `sync-doctor scan`: an accounts share with client folders,
// monthly document folders, a Sage dataset per client (ACCDATA with .DTA files), a QuickBooks
// company file per client, a few link loops. At least 150,000 entries. Run: node generate-tree.mjs DIR
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? '/tmp/sd-bench-scan';
const CLIENTS = 500;
const YEARS = 5;
const FILES_PER_MONTH = 4;
const DTA_FILES = 40;
const marker = join(root, '.generated-v1');

if (existsSync(marker)) {
  console.log(`${root} already generated`);
  process.exit(0);
}
let entries = 0;
const dir = (path) => {
  mkdirSync(path, { recursive: true });
  entries++;
};
const file = (path) => {
  writeFileSync(path, '');
  entries++;
};
mkdirSync(root, { recursive: true });
for (let c = 0; c < CLIENTS; c++) {
  const client = join(root, 'Clients', `Client ${String(c).padStart(4, '0')}`);
  dir(client);
  for (let y = 0; y < YEARS; y++) {
    for (let m = 1; m <= 12; m++) {
      const month = join(client, 'Documents', String(2020 + y), String(m).padStart(2, '0'));
      dir(month);
      for (let f = 0; f < FILES_PER_MONTH; f++) file(join(month, `invoice-${f}.pdf`));
    }
  }
  const accdata = join(client, 'Sage', c % 2 === 0 ? 'Company.000' : 'company.001', c % 3 === 0 ? 'accdata' : 'ACCDATA');
  dir(accdata);
  file(join(accdata, c % 5 === 0 ? 'setup.dta' : 'SETUP.DTA'));
  for (let d = 1; d < DTA_FILES; d++) file(join(accdata, `FILE${d}.DTA`));
  const qb = join(client, 'QuickBooks');
  dir(qb);
  const name = c % 4 === 0 ? `client${c}.qbw` : `Client ${c}.QBW`;
  for (const suffix of ['', '.ND', '.TLG']) file(join(qb, name + suffix));
  if (c % 50 === 0) {
    symlinkSync(root, join(client, 'loop-to-share'));
    entries++;
  }
}
writeFileSync(marker, String(entries));
const top = readdirSync(root).length;
console.log(`generated ${entries} entries under ${root} (${top} at the top)`);
