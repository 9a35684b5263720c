'use strict';
// Run by scripts/bundle.mjs, once per command bundle: `node scripts/produce-code-cache.cjs BUNDLE
// START ARGV-JSON…`. Compiles the bundle exactly as bin/load-bundle.js does, runs each command line
// given (its output thrown away), then writes V8's code cache of the bundle — taken after the
// runs, so it holds the functions they compiled, not only the top level — beside the bundle,
// in the install folder, where only whoever installed it may write.
const { readFileSync, writeFileSync } = require('node:fs');
const { buildIdOf, codeCacheFileOf, compileBundle, encodeCodeCache, runBundle } = require('../bin/load-bundle.js');

async function main() {
  // START: '' for the bundle's own cache, else the kind of start the cache is for (codeCacheFileOf).
  const [bundleFile, start, ...runs] = process.argv.slice(2);
  const source = readFileSync(bundleFile, 'utf8');
  const buildId = buildIdOf(source);
  if (buildId === undefined) throw new Error(`${bundleFile} has no build id`);
  const script = compileBundle(source, bundleFile, undefined);
  const { runCli } = runBundle(script, bundleFile);
  // Through the CLI's own input and output (bundle.mjs sends stdout to nowhere), as a user's start runs.
  for (const argv of runs) await runCli(JSON.parse(argv));
  writeFileSync(codeCacheFileOf(bundleFile, start || undefined), encodeCodeCache(script.createCachedData(), buildId), { mode: 0o644 });
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`produce-code-cache: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  },
);
