import type { Report } from '../../src-shared/model/report-schema.js';

export type TrayState = Report['status'] | 'checking';

/** The tray icon file (in assets/tray/) for a status; "checking" before the first report. */
export function trayIconFile(state: TrayState): string {
  return `tray-${state}.png`;
}

/** Windows cuts tray tooltips at 127 characters. */
export const TOOLTIP_MAX = 127;

/** One line: "Sync Doctor – 2 problems: The Sync App is not running". */
export function trayTooltip(report: Report | undefined, demo = false): string {
  const name = demo ? 'Sync Doctor (demo)' : 'Sync Doctor';
  if (!report) return `${name} – checking…`;
  const problems = report.findings.filter((f) => f.severity === 'warn' || f.severity === 'error');
  const worst = problems.find((f) => f.severity === 'error') ?? problems[0];
  const text =
    problems.length === 0
      ? `${name} – all good`
      : `${name} – ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}: ${worst?.title ?? ''}`;
  return text.length <= TOOLTIP_MAX ? text : `${text.slice(0, TOOLTIP_MAX - 1)}…`;
}

export type TrayCommand = 'open' | 'check-now' | 'start-sync-app' | 'quit';

export interface TrayMenuItem {
  command: TrayCommand;
  label: string;
  enabled: boolean;
}

/** The tray menu; "Start Sync App" is offered only when the report says it is not running. */
export function trayMenu(report: Report | undefined): TrayMenuItem[] {
  const syncAppDown = report?.findings.some((f) => f.code === 'syncapp.not-running') ?? false;
  return [
    { command: 'open', label: 'Open Sync Doctor', enabled: true },
    { command: 'check-now', label: 'Check now', enabled: true },
    { command: 'start-sync-app', label: 'Start Sync App', enabled: syncAppDown },
    { command: 'quit', label: 'Quit', enabled: true },
  ];
}
