// Runs the built `scan` command as the CLI would (dist/, as `sync-doctor scan` runs it).
import { processIo } from '../../dist/src-main/cli/cli-io.js';
import { runScanCommand } from '../../dist/src-main/cli/scan-command.js';

process.exitCode = await runScanCommand(process.argv.slice(2), processIo(new AbortController().signal));
