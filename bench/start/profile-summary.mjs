// Summarises V8 CPU profiles (`node --cpu-prof --cpu-prof-dir=DIR …`): the samples' time by the
// file their code came from (self time), the top functions by self time, and the total. With
// several profiles of the same command the figures are averaged per run.
// Run: node bench/start/profile-summary.mjs DIR [top=25]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dir, topArg] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node bench/start/profile-summary.mjs DIR-OF-.cpuprofile [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
const byFile = new Map();
const byFunction = new Map();
const byWork = new Map();
let totalMs = 0;

// The bundle's files carry source maps: a sample in bundled code is put on its original source file.
const maps = new Map();
const sourceMapOf = (url) => {
  if (!maps.has(url)) {
    const file = url.startsWith('file:') ? `${fileURLToPath(url)}.map` : '';
    maps.set(url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  return maps.get(url);
};
const original = (url, line, column) => {
  const entry = sourceMapOf(url)?.findEntry(line, column);
  const source = entry?.originalSource;
  if (!source) return undefined;
  const nm = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return nm ? `node_modules/${nm[1]}` : source.replace(/^.*?\/(src-main|src-shared)\//, '$1/');
};
const where = (url) => {
  if (!url) return '(native / V8)';
  const bundle = url.match(/dist\/(?:bundle|cli)\/(.*)$/);
  if (bundle) return bundle[1];
  if (url.startsWith('node:')) return 'node: internals';
  return url.replace(/^file:\/\/.*\/node_modules\//, 'node_modules/');
};
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);

for (const file of files) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n);
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = nodes.get(profile.samples[i]);
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    totalMs += ms;
    const source = /dist\/(bundle|cli)\//.test(url) ? original(url, lineNumber, columnNumber) : undefined;
    add(byFile, functionName === '(garbage collector)' ? '(garbage collector)' : functionName === '(idle)' ? '(idle)' : source ?? where(url), ms);
    add(byFunction, `${functionName || '(anonymous)'} ${source ?? where(url)}:${lineNumber + 1}`, ms);
    add(byWork, workOf(node, parents), ms);
  }
}
/**
 * What a sample was working for: the first frame of our own code (not zod's) up the stack, with
 * "zod for" when the sample was inside zod, "top level" when that frame is a module's evaluation;
 * without our code on the stack, Node's module loader or Node's own start.
 */
function workOf(leaf, parents) {
  const name = leaf.callFrame.functionName;
  if (name === '(garbage collector)' || name === '(idle)' || name === '(program)') return name;
  let inZod = false;
  let loader = false;
  for (let node = leaf; node; node = parents.get(node.id)) {
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    if (/dist\/(bundle|cli)\//.test(url) || /bin\/(sync-doctor|load-bundle)\.js$/.test(url)) {
      const source = original(url, lineNumber, columnNumber) ?? where(url);
      if (source === 'node_modules/zod') {
        inZod = true;
        continue;
      }
      const topLevel = functionName === '' && lineNumber === 0 && columnNumber === 0;
      const label = `${source}${topLevel ? ' (module evaluation)' : ''}`;
      return inZod ? `zod, for ${label}` : label;
    }
    if (/^node:internal\/modules\//.test(url)) loader = true;
  }
  if (inZod) return 'zod (module evaluation)';
  return loader ? "node: module loader (resolve, read, compile, link)" : "node: own start and other";
}

const runs = files.length;
const rows = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${(ms / runs).toFixed(1).padStart(7)} ms  ${k}`);
console.log(`${runs} profile(s); sampled time per run ${(totalMs / runs).toFixed(1)} ms\n\nself time by file:\n${rows(byFile).join('\n')}\n\nworking for (inclusive):\n${rows(byWork).join('\n')}\n\ntop functions (self):\n${rows(byFunction).join('\n')}`);
