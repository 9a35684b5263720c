#!/usr/bin/env node
'use strict';
// The command-line entry (CommonJS: bin/package.json). `npm run build` (run by `npm ci` through
// the `prepare` script) bundles each command into one file, dist/cli/cli-<command>.cjs, and the
// help into dist/cli/cli.cjs, each with the V8 code cache of its start beside it
// (scripts/bundle.mjs); bin/load-bundle.js loads the one this command line names.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'cli');
const command = process.argv[2];
const own = command !== undefined && /^[a-z]+$/.test(command) ? join(built, `cli-${command}.cjs`) : undefined;
const entry = own !== undefined && existsSync(own) ? own : join(built, 'cli.cjs');
if (!existsSync(entry)) {
  process.stderr.write('sync-doctor: not built yet — run `npm run build` (or `npm ci`) first.\n');
  process.exit(3);
}
// A check of a snapshot file has a code cache of its own (bin/load-bundle.js, codeCacheFileOf).
const start = process.argv.some((arg) => arg === '--machine' || arg.startsWith('--machine=')) ? 'machine' : undefined;
const { runCli, whenOutputWritten } = require('./load-bundle.js').loadBundle(entry, start).exports;
runCli(process.argv.slice(2)).then((code) => {
  // Exit as soon as the output is written: a look-up the deadline gave up on may still be stuck
  // inside the operating system (a dead share), and must not keep the process alive.
  whenOutputWritten(() => process.exit(code));
});
