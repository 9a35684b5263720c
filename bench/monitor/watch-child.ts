/**
 * The `watch` command as the benchmark runs it: the real command, monitor, POSIX host and
 * check. Only the saved settings are stood in for: the Sync App name pattern comes from
 * SD_BENCH_PATTERN, so test processes others start on this shared machine cannot disturb it.
 */
import { DEFAULT_SETTINGS } from '../../src-shared/settings/settings-schema.js';
import { processIo } from '../../src-main/cli/cli-io.js';
import { watchCommand } from '../../src-main/cli/watch-command.js';
import { createPosixHost } from '../../src-main/host/posix/posix-host.js';

const pattern = process.env.SD_BENCH_PATTERN ?? 'AutoEntry';
/** For experiments only; the benchmark runs the defaults. */
const fullCheckMs = process.env.SD_BENCH_FULL_CHECK_MS === undefined ? undefined : Number(process.env.SD_BENCH_FULL_CHECK_MS);
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());

const watch = watchCommand({
  createLiveHost: () => createPosixHost(),
  loadSettings: async () => ({ ...DEFAULT_SETTINGS, syncAppPatterns: [pattern] }),
}, fullCheckMs === undefined ? {} : { monitor: { intervals: { fullCheckMs } } });
process.exitCode = await watch(process.argv.slice(2), processIo(controller.signal));
