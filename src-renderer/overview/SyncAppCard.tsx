import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import { syncAppLocation, syncAppState } from '../../src-shared/report/state-sentences.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { ActionButton } from '../findings/ActionButton.js';
import { formatDayTime } from '../format/format-time.js';
import type { InventoryView } from './read-inventory.js';

interface Props {
  report: Report;
  inventory: InventoryView;
  finding: Finding | undefined;
}

/**
 * Is AutoEntry's Desktop Sync App running here, since when, and can it be started — one
 * sentence per state, each from the finding that shows it: running here; installed, not
 * running; expected on another PC, not checked here; not installed; could not be checked.
 */
export function SyncAppCard({ report, inventory, finding }: Props) {
  const { running, installed, stoppedServices, location, locationIsThisPc } = inventory.syncApp;
  const state = syncAppState(report);
  const elsewhere = syncAppLocation(report) ?? location ?? 'another computer';
  return (
    <section className="card" aria-labelledby="syncapp-heading">
      <h3 id="syncapp-heading">AutoEntry Sync App</h3>
      {finding && <StatusBadge severity={finding.severity} label={finding.title} />}
      {(state === 'running' || state === 'location-mismatch') && (
        <ul className="plain">
          {running.map((r) => (
            <li key={`${r.kind}-${r.name}-${r.pid ?? ''}`}>
              Running here{r.startedAt ? ` since ${formatDayTime(r.startedAt, report.generatedAt)}` : ''} — {r.kind === 'service' ? 'service' : 'program'}{' '}
              <code>{r.name}</code>
              {r.user ? ` for ${r.user}` : ''}
              {!r.thisSession ? ' (another Windows user’s session)' : ''}
            </li>
          ))}
        </ul>
      )}
      {state === 'not-running' && (
        <p>
          <strong>Installed, not running.</strong> While it is closed, nothing you publish in AutoEntry reaches Sage or QuickBooks
          through this computer.
        </p>
      )}
      {state === 'elsewhere' && (
        <p>
          <strong>Expected on {elsewhere}, not checked here.</strong> AutoEntry’s Sync App location names that computer; whether
          it runs there can be seen only on {elsewhere} or on AutoEntry’s Integrate page.
        </p>
      )}
      {state === 'not-installed' && (
        <p>
          <strong>Not installed on this computer.</strong> If it runs on another computer, enter that computer’s name as the Sync
          App location in <a href="#settings">Settings</a>.
        </p>
      )}
      {(state === 'unknown' || state === 'none') && <p>{finding?.detail ?? 'Not checked yet.'}</p>}
      {stoppedServices.length > 0 && <p>Stopped service: {stoppedServices.map((s) => s.displayName ?? s.name).join(', ')}</p>}
      {installed.length > 0 && (
        <p className="hint">Installed: {installed.map((i) => `${i.displayName}${i.version ? ` ${i.version}` : ''}`).join(', ')}</p>
      )}
      {location && state !== 'elsewhere' && (
        <p>
          Sync App location in AutoEntry: <code>{location}</code>{' '}
          {locationIsThisPc === false ? '— another computer, so invoices go there.' : locationIsThisPc ? '— this computer.' : ''}
        </p>
      )}
      {state === 'not-running' && (
        <ActionButton action={{ kind: 'start-sync-app' }} />
      )}
    </section>
  );
}
