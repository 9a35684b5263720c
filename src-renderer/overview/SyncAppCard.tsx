import type { Finding } from '../../src-shared/model/report-schema.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { ActionButton } from '../findings/ActionButton.js';
import { formatDayTime } from '../format/format-time.js';
import type { InventoryView } from './read-inventory.js';

interface Props {
  inventory: InventoryView;
  finding: Finding | undefined;
  generatedAt: string;
}

/** Is AutoEntry's Desktop Sync App running here, since when, and can it be started. */
export function SyncAppCard({ inventory, finding, generatedAt }: Props) {
  const { running, installed, stoppedServices, location, locationIsThisPc } = inventory.syncApp;
  const stopped = running.length === 0;
  // A look-up it needs failed: say so, never "stopped" or "not installed" (evidence before absence).
  const unchecked = finding?.code === 'syncapp.unknown';
  return (
    <section className="card" aria-labelledby="syncapp-heading">
      <h3 id="syncapp-heading">AutoEntry Sync App</h3>
      {finding && <StatusBadge severity={finding.severity} label={finding.title} />}
      {stopped && unchecked ? (
        <p>{finding.detail}</p>
      ) : stopped ? (
        <p>
          <strong>Stopped.</strong> While it is stopped, nothing you publish in AutoEntry reaches Sage or QuickBooks on this computer.
        </p>
      ) : (
        <ul className="plain">
          {running.map((r) => (
            <li key={`${r.kind}-${r.name}-${r.pid ?? ''}`}>
              Running{r.startedAt ? ` since ${formatDayTime(r.startedAt, generatedAt)}` : ''} — {r.kind === 'service' ? 'service' : 'program'}{' '}
              <code>{r.name}</code>
              {r.user ? ` for ${r.user}` : ''}
              {!r.thisSession ? ' (another Windows user’s session)' : ''}
            </li>
          ))}
        </ul>
      )}
      {stoppedServices.length > 0 && (
        <p>Stopped service: {stoppedServices.map((s) => s.displayName ?? s.name).join(', ')}</p>
      )}
      {installed.length > 0 ? (
        <p className="hint">Installed: {installed.map((i) => `${i.displayName}${i.version ? ` ${i.version}` : ''}`).join(', ')}</p>
      ) : (
        stopped && !unchecked && <p className="hint">It does not seem to be installed on this computer.</p>
      )}
      {location && (
        <p>
          Sync App location in AutoEntry: <code>{location}</code>{' '}
          {locationIsThisPc === false ? '— another computer, so invoices go there.' : locationIsThisPc ? '— this computer.' : ''}
        </p>
      )}
      {stopped && installed.length > 0 && (
        <ActionButton action={{ kind: 'start-sync-app' }} />
      )}
    </section>
  );
}
