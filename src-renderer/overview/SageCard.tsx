import { formatDayTime } from '../format/format-time.js';
import { PathText } from '../paths/PathText.js';
import type { InventoryView } from './read-inventory.js';
import { DENIED_SENTENCE } from './settings-denied.js';

/** Sage 50 Accounts: versions, their datasets (local or on the network) and the data service. */
export function SageCard({ inventory, generatedAt, unchecked = false, denied = false }: { inventory: InventoryView; generatedAt: string; unchecked?: boolean; denied?: boolean }) {
  const sage = inventory.sage;
  const found = sage.versions.length > 0 || sage.installed.length > 0 || sage.services.length > 0;
  return (
    <section className="card" aria-labelledby="sage-heading">
      <h3 id="sage-heading">Sage 50 Accounts</h3>
      {denied && <p className="warn-text">{DENIED_SENTENCE.sage}</p>}
      {!found && !denied && <p>{unchecked ? 'Could not check this computer: something Sync Doctor reads did not answer (see What to fix).' : 'Not found on this computer.'}</p>}
      {sage.versions.map((v) => (
        <div key={v.name} className="version">
          <h4>
            Version {v.name}
            {v.unread ? (
              <span className="tag warn">could not be read</span>
            ) : sage.versionInUse === v.name ? (
              <span className="tag">in use</span>
            ) : sage.versionInUse !== undefined ? (
              <span className="tag muted">older</span>
            ) : null}
          </h4>
          {v.problem && <p className="warn-text">{v.problem}</p>}
          {v.datasets.length === 0 ? (
            <p className="hint">No company datasets listed.</p>
          ) : (
            <ul className="plain">
              {v.datasets.map((d) => (
                <li key={d.path}>
                  <PathText path={d.path} />{' '}
                  <span className="tag">{d.network ? 'on the network' : 'on this computer'}</span>
                  {d.exists === false && <span className="tag warn">missing</span>}
                  {d.lastWrite && <span className="hint"> last written {formatDayTime(d.lastWrite, generatedAt)}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {sage.services.length > 0 && (
        <p>
          Data service (lets Sage open data kept on another computer):{' '}
          {sage.services.map((s) => `${s.displayName ?? s.name} (${s.state === 'running' ? 'running' : s.state})`).join(', ')}
        </p>
      )}
      {found && <p className="hint">Sage 50 {sage.running ? 'is open right now.' : 'is not open right now.'}</p>}
      {sage.versions.length > 0 && (
        <p className="hint">
          A dataset is the folder that holds one company’s Sage data, such as <code>Company.000</code>. Each Sage version keeps
          its own list of them; AutoEntry must point at one listed by the version in use.
        </p>
      )}
    </section>
  );
}
