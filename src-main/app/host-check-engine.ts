import type { Finding } from '../../src-shared/model/report-schema.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import type { CheckInputs } from '../check/check-inputs.js';
import { runCheck } from '../check/run-check.js';
import type { Host } from '../host/host.js';
import type { CheckEngine } from './check-engine.js';

/** Inputs given on the command line win over the saved settings (as for `check`). */
export interface InputOverrides {
  autoentryPaths?: string[];
  syncAppLocation?: string;
  timeoutMs?: number;
}

export function inputsFromSettings(settings: Settings, overrides: InputOverrides = {}): CheckInputs {
  const paths = overrides.autoentryPaths?.length ? overrides.autoentryPaths : settings.companies.map((c) => c.path).filter((p) => p.trim() !== '');
  const location = overrides.syncAppLocation ?? settings.syncAppLocation;
  return { autoentryPaths: paths, syncAppPatterns: settings.syncAppPatterns, ...(location ? { syncAppLocation: location } : {}) };
}

/** The core's runCheck over a Host, as the app uses it. */
export function createHostCheckEngine(host: Host, options: { demo: boolean; overrides?: InputOverrides }): CheckEngine {
  const overrides = options.overrides ?? {};
  const timeoutMs = (settings: Settings) => overrides.timeoutMs ?? settings.timeoutMs;
  return {
    source: host.description,
    demo: options.demo,
    check: (settings) => runCheck(host, inputsFromSettings(settings, overrides), { timeoutMs: timeoutMs(settings) }),
    async validatePath(path, settings): Promise<Finding> {
      // The same rules as the report: a check with just this path, and its path.* verdict.
      const inputs = { ...inputsFromSettings(settings, overrides), autoentryPaths: [path] };
      const report = await runCheck(host, inputs, { timeoutMs: timeoutMs(settings) });
      const verdict = report.findings.find((f) => f.code.startsWith('path.') && f.configuredPath === path) ?? report.findings.find((f) => f.code.startsWith('path.'));
      if (!verdict) throw new Error('The check gave no verdict on that path.');
      return verdict;
    },
  };
}
