import { exitCodeForStatus } from '../../src-shared/model/severity.js';
import { formatOfficeSummaryLine, formatOfficeText } from '../../src-shared/report/office-text.js';
import { listOfficeFiles } from '../check/office-sources.js';
import { NoReadableSnapshot, runOfficeCheck } from '../check/run-office-check.js';
import { officeWorkerCount } from '../check/office-worker-count.js';
import { type CliIo } from './cli-io.js';
import { parseOptions } from './parse-options.js';
import { terminalStyle } from './terminal-style.js';
import { usageOf } from './usage.js';
import { InputError } from '../check/input-error.js';
import { pathArgument } from '../check/path-argument.js';

const OFFICE_OPTIONS = {
  'autoentry-path': { type: 'string', multiple: true },
  'sync-app-location': { type: 'string' },
  json: { type: 'boolean' },
  summary: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sync-doctor office FILE|DIR…`: the snapshots of an office's PCs, judged together. */
export async function officeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(argv, OFFICE_OPTIONS, 'office', true);
  if (values.help === true) {
    io.stdout(usageOf('office'));
    return 0;
  }
  if (values.json === true && values.summary === true) throw new InputError('Give either --json or --summary, not both.');
  if (positionals.length === 0) throw new InputError('Give the snapshot files or folders of the office\'s PCs (see sync-doctor office --help).');
  const autoentryPaths = ((values['autoentry-path'] as string[] | undefined) ?? []).map((p) => (p.trim() === '' ? p : pathArgument(p, '--autoentry-path')));
  if (autoentryPaths.some((p) => p.trim() === '')) throw new InputError('--autoentry-path needs a path after it.');
  const location = values['sync-app-location'] as string | undefined;

  // Listed, not read: the check reads them a few at a time (an office may have a thousand PCs).
  const sources = await listOfficeFiles(positionals);
  let report;
  try {
    report = await runOfficeCheck(sources, { autoentryPaths, ...(location !== undefined && { syncAppLocation: location }) }, undefined, {
      workers: officeWorkerCount(sources.length),
    });
  } catch (error) {
    if (error instanceof NoReadableSnapshot) throw new InputError(`${error.message}${error.firstUnreadable !== undefined ? ` ${error.firstUnreadable}` : ''}`);
    throw error;
  }
  if (values.json === true) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (values.summary === true) io.stdout(`${formatOfficeSummaryLine(report)}\n`);
  else io.stdout(formatOfficeText(report, terminalStyle(io)));
  return exitCodeForStatus(report.status);
}
