/** Help text for each command (shown by `--help` and on a mistake). */
const CHECK_INPUTS = `  --machine FILE            check a machine snapshot (support bundle) instead of this PC
  --demo                    check the bundled demo machine (example data)
  --autoentry-path PATH     the file path AutoEntry is set to (repeat for several companies)
  --sync-app-location NAME  the Sync App location from AutoEntry's Integrate page
  --timeout MS              deadline for each look-up (default 5000)
`;

const USAGE: Record<string, string> = {
  main: `Sync Doctor — checks that AutoEntry's Sync App can deliver invoices to Sage 50 or QuickBooks Desktop.

Usage: sync-doctor <command> [options]

Commands:
  check     check this PC (or a snapshot) once and explain what is wrong
  watch     keep checking; print each change
  collect   write a machine snapshot of this PC (a support bundle)
  office    judge the snapshots of several PCs of one office together
  scan      search folders for Sage datasets and QuickBooks company files
  serve     show the Sync Doctor window in a browser (loopback only)

Run \`sync-doctor <command> --help\` for a command's options.
Exit codes: 0 all good, 1 warnings, 2 problems, 3 could not run.
`,
  check: `Usage: sync-doctor check [options]

${CHECK_INPUTS}  --json                    print the report as JSON (sync-doctor/report@1)
  --summary                 print one line (for remote monitoring tools)

Inputs not given here come from the app's saved settings.
Exit codes: 0 all good, 1 warnings, 2 problems, 3 could not run.
`,
  office: `Usage: sync-doctor office FILE|DIR... [options]

Each FILE is a machine snapshot written by \`sync-doctor collect\` on one PC of the office;
a DIR is a folder of them (*.json, not its subfolders). The same PC given twice counts once
(its newest snapshot).

  --autoentry-path PATH     the file path AutoEntry is set to (repeat for several companies)
  --sync-app-location NAME  the Sync App location from AutoEntry's Integrate page
  --json                    print the office report as JSON (sync-doctor/office-report@1)
  --summary                 print one line (for remote monitoring tools)

Inputs not given here come from the snapshots (the Sync App PC's first).
Exit codes: 0 all good, 1 warnings, 2 problems, 3 could not run (no readable snapshot).
`,
  watch: `Usage: sync-doctor watch [options]

${CHECK_INPUTS}  --json                    print one JSON report per line (NDJSON) on each change

Stops with Ctrl+C.
`,
};

export function usageOf(command: string): string {
  return USAGE[command] ?? USAGE.main!;
}
