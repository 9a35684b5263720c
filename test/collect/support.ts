import { readdirSync, readFileSync } from 'node:fs';
import type { Finding, Report } from '../../src-shared/model/report-schema.js';

/** The fixture machines with the check arguments their `.expect.json` gives. */
export function fixtureMachinesWithInputs(): Array<{ name: string; autoentryPaths: string[]; syncAppLocation?: string }> {
  const dir = new URL('../fixtures/machines/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => {
      const expectation = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { args: string[] };
      const autoentryPaths: string[] = [];
      let syncAppLocation: string | undefined;
      expectation.args.forEach((arg, i) => {
        if (arg === '--autoentry-path') autoentryPaths.push(expectation.args[i + 1]!);
        if (arg === '--sync-app-location') syncAppLocation = expectation.args[i + 1]!;
      });
      return { name: f.replace('.expect.json', ''), autoentryPaths, ...(syncAppLocation !== undefined ? { syncAppLocation } : {}) };
    });
}

/** What a diagnosis says, without the wording that names paths or times: code, severity, status. */
export function verdict(report: Report): Array<Pick<Finding, 'code' | 'severity'>> {
  return report.findings.map((f) => ({ code: f.code, severity: f.severity })).sort((a, b) => `${a.code}${a.severity}`.localeCompare(`${b.code}${b.severity}`));
}
