/** How the app's executable was started: as the CLI (`sync-doctor.cmd` passes `--cli`) or as the desktop app. */
export type LaunchMode = { kind: 'cli'; args: string[] } | { kind: 'desktop'; hidden: boolean; demo: boolean };

/** Flag the login item passes, so a start at login stays in the tray. */
export const HIDDEN_FLAG = '--hidden';
export const CLI_FLAG = '--cli';

/** `argv` is process.argv: the executable (and `.` for an unpackaged run) come before our flags. */
export function launchMode(argv: readonly string[]): LaunchMode {
  const cli = argv.indexOf(CLI_FLAG);
  if (cli >= 0) return { kind: 'cli', args: argv.slice(cli + 1) };
  return { kind: 'desktop', hidden: argv.includes(HIDDEN_FLAG), demo: argv.includes('--demo') };
}
