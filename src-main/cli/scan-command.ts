import './one-shot-validation.js';
import { ScanResultSchema, SCAN_FORMAT, type ScanResult } from '../scan/scan-result.js';
import { scanFolders } from '../scan/scan-folders.js';
import { EXIT_COULD_NOT_RUN, terminalCode, type CliCommand, type CliIo } from './cli-io.js';
import { parseOptions, parseTimeout } from './parse-options.js';
import { InputError } from '../check/input-error.js';

const USAGE = `Usage: sync-doctor scan DIR... [options]

Searches folders (a server share, a whole data drive) for Sage 50 datasets and QuickBooks
company files. It only reads: nothing is opened for writing, locked or created.

  --json          print {"format":"sync-doctor/scan@1","found":[…],"skipped":[…]}
  --timeout MS    give up on a folder that has not answered by then (default 5000)
`;

const DEFAULT_FOLDER_TIMEOUT_MS = 5000;
const CONCURRENCY = 32;
/** Back to the start of the progress line, and clear it. */
const CLEAR_LINE = '\r\x1b[2K';

function humanReport(result: ScanResult, folders: number): string {
  const lines: string[] = [];
  const datasets = result.found.filter((f) => f.kind === 'sage-dataset');
  const companies = result.found.filter((f) => f.kind === 'quickbooks-company');
  const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
  lines.push(`Searched ${folders} folder${folders === 1 ? '' : 's'}.`);
  lines.push(`Sage 50 datasets: ${datasets.length === 0 ? 'none found' : datasets.length}`);
  for (const d of datasets) lines.push(`  ${d.path}   (last changed ${when(d.modified)} UTC)`);
  lines.push(`QuickBooks company files: ${companies.length === 0 ? 'none found' : companies.length}`);
  for (const c of companies) lines.push(`  ${c.path}   (last changed ${when(c.modified)} UTC)`);
  if (result.skipped.length > 0) {
    lines.push(`Not searched (${result.skipped.length}):`);
    const why: Record<string, string> = {
      timeout: 'did not answer in time',
      denied: 'access denied',
      unreachable: 'cannot be reached',
      missing: 'does not exist',
      'not-a-folder': 'is not a folder',
      error: 'could not be read',
    };
    for (const s of result.skipped) lines.push(`  ${s.path}   (${why[s.reason]})`);
  }
  return `${lines.join('\n')}\n`;
}

function progressLine(io: CliIo): ((p: { folders: number; found: number; current: string }) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  const clearLine = terminalCode(io, CLEAR_LINE);
  return ({ folders, found, current }) => {
    const tail = current.length > 50 ? `…${current.slice(-49)}` : current;
    io.stderr(`${clearLine}Searching: ${folders} folders, ${found} found — ${tail}`);
  };
}

/** `sync-doctor scan DIR... [--json] [--timeout MS]`. */
export const runScanCommand: CliCommand = async (argv, io) => {
  try {
    const { values, positionals } = parseOptions(argv, { json: { type: 'boolean' }, timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'scan', true);
    if (values.help === true) {
      io.stdout(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new InputError('Name at least one folder to search, e.g. `sync-doctor scan S:\\`.');
    const folderTimeoutMs = parseTimeout(values.timeout) ?? DEFAULT_FOLDER_TIMEOUT_MS;
    const onProgress = progressLine(io);
    const outcome = await scanFolders(positionals, { concurrency: CONCURRENCY, folderTimeoutMs, signal: io.stopSignal, ...(onProgress && { onProgress }) });
    if (onProgress) io.stderr(terminalCode(io, CLEAR_LINE));
    const result: ScanResult = ScanResultSchema.parse({ format: SCAN_FORMAT, found: outcome.found, skipped: outcome.skipped });
    io.stdout(values.json === true ? `${JSON.stringify(result)}\n` : humanReport(result, outcome.folders));
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`sync-doctor: ${error.message.split('\n')[0]}\n`);
    return EXIT_COULD_NOT_RUN;
  }
};
