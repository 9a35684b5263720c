/**
 * The `watch` command as the benchmark runs it: the real command, monitor, POSIX host and
 * check, with one difference — the Sync App name pattern comes from SD_BENCH_PATTERN, so test
 * processes other people start on this shared machine cannot disturb the measurement.
 */
import { processIo } from '../../src-main/cli/cli-io.js';
import { createWatchCommand, inputsFromArgs, timeoutFromArgs } from '../../src-main/cli/watch-command.js';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';
import { procfsProcessStarts } from '../../src-main/monitor/procfs-process-starts.js';
import { benchRunCheck } from './bench-run-check.js';

const pattern = process.env.SD_BENCH_PATTERN ?? 'AutoEntry';
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());

const watch = createWatchCommand({
  resolveContext: async (args) => ({
    host: createPosixHost(),
    inputs: { ...inputsFromArgs(args), syncAppPatterns: [pattern] },
    timeoutMs: timeoutFromArgs(args),
    alwaysWatch: [],
    live: true,
    processStarts: procfsProcessStarts([pattern]),
  }),
  runCheck: benchRunCheck,
  ...(process.env.SD_BENCH_FULL_CHECK_MS !== undefined
    ? { monitor: { intervals: { fullCheckMs: Number(process.env.SD_BENCH_FULL_CHECK_MS) } } }
    : {}),
});
process.exitCode = await watch(process.argv.slice(2), processIo(controller.signal));
