// The npm mirror this project is built on serves only some platform builds of packages such as
// rollup, so `npm install` leaves their other optional platform packages out of
// package-lock.json, and `npm ci` then refuses the lock. This adds the missing optional
// entries, tagged with their os and cpu so that npm ci skips them on every other platform.
// Run `npm run lock:complete` after any `npm install` that changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';
const lockPath = process.argv[2] ?? new URL('../package-lock.json', import.meta.url).pathname;
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const pkgs = lock.packages;
let added = 0;
const guess = (name) => {
  const n = name.split('/').pop();
  const os = ['android','darwin','freebsd','linux','openbsd','netbsd','sunos','win32','openharmony','aix','cygwin'].find((o) => n.includes(o)) ?? 'unknown';
  const cpu = ['arm64','arm','x64','ia32','loong64','ppc64','riscv64','s390x','mips64el','wasm32','x86_64'].find((c) => n.includes(`-${c}`)) ?? 'unknown';
  return { os: [n.includes('win32') ? 'win32' : os], cpu: [cpu === 'x86_64' ? 'x64' : cpu] };
};
for (const [loc, meta] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = loc === '' ? '' : `${loc}/`;
    const candidates = [`${base}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => pkgs[c])) continue;
    const { os, cpu } = guess(dep);
    pkgs[`node_modules/${dep}`] = { version, cpu, optional: true, os };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
