import './one-shot-validation.js';
import { exitCodeForStatus } from '../../src-shared/model/severity.js';
import { formatReportSummaryLine, formatReportText } from '../../src-shared/report/report-text.js';
import { runCheck } from '../check/run-check.js';
import { resolveCheckContext, type CheckContextDeps } from '../check/check-context.js';
import { parseCheckArgs } from './check-args.js';
import type { CliIo } from './cli-io.js';
import { terminalStyle } from './terminal-style.js';
import { usageOf } from './usage.js';
import { InputError } from '../check/input-error.js';

/** `sync-doctor check`: one check, printed for people, as JSON, or as one summary line. */
export function checkCommand(deps: CheckContextDeps) {
  return async (argv: string[], io: CliIo): Promise<number> => {
    const { args, values } = parseCheckArgs(argv, 'check', { summary: { type: 'boolean' } });
    if (args.help) {
      io.stdout(usageOf('check'));
      return 0;
    }
    if (args.json && values.summary === true) throw new InputError('Give either --json or --summary, not both.');
    const context = await resolveCheckContext(args, deps);
    const report = await runCheck(context.host, context.inputs, { timeoutMs: context.timeoutMs });
    if (args.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else if (values.summary === true) io.stdout(`${formatReportSummaryLine(report)}\n`);
    else io.stdout(formatReportText(report, terminalStyle(io)));
    return exitCodeForStatus(report.status);
  };
}
