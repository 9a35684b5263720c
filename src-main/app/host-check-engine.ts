import type { Finding } from '../../src-shared/model/report-schema.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src-shared/settings/settings-schema.js';
import { runCheck } from '../check/run-check.js';
import { resolveCheckContext, type CheckContext, type CheckContextDeps, type CheckRequest } from '../check/check-context.js';
import type { CheckEngine } from './check-engine.js';

/**
 * A check engine for the app, from the same inputs `check` takes (`--machine`, `--demo`,
 * `--autoentry-path`…). The host is opened once; each check merges the command line with the
 * settings saved at that moment, by the CLI's own rules (the demo keeps its own inputs).
 */
export async function createCheckEngine(args: CheckRequest, createLiveHost: CheckContextDeps['createLiveHost']): Promise<CheckEngine> {
  // The host lives across checks; its console budget follows the deadline of the latest check.
  let deadlineMs: number | undefined;
  const first = await resolveCheckContext(args, {
    createLiveHost: (options) => createLiveHost({ lookupDeadlineMs: () => deadlineMs ?? options.lookupDeadlineMs() }),
    loadSettings: async () => DEFAULT_SETTINGS,
  });
  const host = first.host;
  const contextFor = async (settings: Settings): Promise<CheckContext> => {
    if (first.demo) return first;
    const { machine: _machine, ...rest } = args;
    const context = await resolveCheckContext({ ...rest, demo: false }, { createLiveHost: () => host, loadSettings: async () => settings });
    deadlineMs = context.timeoutMs;
    // The host stays the one opened first; a snapshot's file is still the one to follow.
    return first.machineFile !== undefined ? { ...context, machineFile: first.machineFile } : context;
  };
  return {
    source: host.description,
    demo: first.demo,
    context: contextFor,
    async check(settings) {
      const context = await contextFor(settings);
      return runCheck(host, context.inputs, { timeoutMs: context.timeoutMs });
    },
    async validatePath(path, settings): Promise<Finding> {
      // The same rules as the report: a check with just this path, and its path.* verdict.
      const context = await contextFor(settings);
      const report = await runCheck(host, { ...context.inputs, autoentryPaths: [path] }, { timeoutMs: context.timeoutMs });
      const verdict = report.findings.find((f) => f.code.startsWith('path.') && f.configuredPath === path);
      if (!verdict) throw new Error('The check gave no verdict on that path.');
      return verdict;
    },
  };
}

/** The inputs of a plain `check` with nothing on the command line (the app's own view). */
export const NO_ARGS: CheckRequest = { autoentryPaths: [], demo: false };
export const DEMO_ARGS: CheckRequest = { ...NO_ARGS, demo: true };
