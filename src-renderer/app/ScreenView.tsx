import type { Report } from '../../src-shared/model/report-schema.js';
import { ErrorLookupScreen } from '../error-lookup/ErrorLookupScreen.js';
import { FindingsScreen } from '../findings/FindingsScreen.js';
import { HistoryScreen } from '../history/HistoryScreen.js';
import { OfficeScreen } from '../office/OfficeScreen.js';
import { OverviewScreen } from '../overview/OverviewScreen.js';
import { PathsScreen } from '../paths/PathsScreen.js';
import { SettingsScreen } from '../settings/SettingsScreen.js';
import { SupportScreen } from '../support/SupportScreen.js';
import { TroubleshooterScreen } from '../troubleshooter/TroubleshooterScreen.js';
import type { ScreenId } from './screens.js';

function NeedsReport({ report, error, children }: { report: Report | undefined; error: string | undefined; children: (r: Report) => React.ReactNode }) {
  if (report) return <>{children(report)}</>;
  if (error) return <p role="alert">The check could not be loaded: {error}</p>;
  return <p aria-busy="true">Checking this computer…</p>;
}

/** The screen for an address. */
export function ScreenView({ screen, report, error }: { screen: ScreenId; report: Report | undefined; error: string | undefined }) {
  switch (screen) {
    case 'overview':
      return <NeedsReport report={report} error={error}>{(r) => <OverviewScreen report={r} />}</NeedsReport>;
    case 'findings':
      return <NeedsReport report={report} error={error}>{(r) => <FindingsScreen report={r} />}</NeedsReport>;
    case 'paths':
      return <NeedsReport report={report} error={error}>{(r) => <PathsScreen report={r} />}</NeedsReport>;
    case 'troubleshooter':
      return <TroubleshooterScreen report={report} />;
    case 'error-lookup':
      return <ErrorLookupScreen />;
    case 'history':
      return <HistoryScreen refreshKey={report?.generatedAt} />;
    case 'office':
      return <OfficeScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'support':
      return <SupportScreen />;
  }
}
