#!/usr/bin/env node
// `npm run test:mutation [-- group ... --stryker-option [value] ...]`: runs Stryker once per gated group
// (or the groups named), each with its own tests and incremental file, then prints every group's
// score and exits 1 when one of them is below the break threshold or its run failed. Options
// are passed on to Stryker (`--force` re-tests every mutant instead of reusing earlier results).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { BREAK_THRESHOLD, GATED, GROUPS } from './mutation-groups.mjs';
import { mutationScore } from './mutation-score.mjs';

// Group names, and Stryker options with their values: `actions --concurrency 1 --force`.
const asked = [];
const strykerOptions = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (!arg.startsWith('-')) asked.push(arg);
  else {
    strykerOptions.push(arg);
    const next = args[i + 1];
    if (!arg.includes('=') && next !== undefined && !next.startsWith('-') && !(next in GROUPS)) strykerOptions.push(args[++i]);
  }
}
const unknown = asked.filter((name) => !(name in GROUPS));
if (unknown.length > 0) {
  console.error(`Unknown mutation group: ${unknown.join(', ')}. Groups: ${Object.keys(GROUPS).join(', ')}`);
  process.exit(2);
}
const groups = asked.length > 0 ? asked : GATED;

const rows = [];
for (const name of groups) {
  console.log(`\n=== mutation group ${name} ===`);
  // A run that dies before it reports must not show the score of an earlier one.
  rmSync(reportOf(name), { force: true });
  const run = spawnSync('npx', ['stryker', 'run', ...strykerOptions], { stdio: 'inherit', env: { ...process.env, MUTATION_GROUP: name } });
  rows.push({ name, exitCode: run.status, ...readScore(name) });
}

console.log('\nMutation scores (break threshold ' + BREAK_THRESHOLD + ' %):');
for (const row of rows) {
  const score = row.score === undefined ? 'no score' : `${row.score.toFixed(1)} %`;
  console.log(`  ${row.name.padEnd(16)} ${score.padStart(8)}  (${row.detected} caught, ${row.undetected} missed)${passed(row) ? '' : '  FAILED'}`);
}
process.exit(rows.every(passed) ? 0 : 1);

function passed(row) {
  return row.exitCode === 0 && row.score !== undefined && row.score >= BREAK_THRESHOLD;
}

function readScore(name) {
  try {
    return mutationScore(JSON.parse(readFileSync(reportOf(name), 'utf8')));
  } catch {
    return { detected: 0, undetected: 0, score: undefined };
  }
}

function reportOf(name) {
  return `reports/mutation/${name}.json`;
}
