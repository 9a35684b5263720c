import type { InventoryView } from './read-inventory.js';
import { PathText } from '../paths/PathText.js';
import { DENIED_SENTENCE } from './settings-denied.js';

/** QuickBooks Desktop: versions, company files and which computer hosts each one. */
export function QuickBooksCard({ inventory, unchecked = false, denied = false }: { inventory: InventoryView; unchecked?: boolean; denied?: boolean }) {
  const qb = inventory.quickbooks;
  const found = qb.versions.length > 0 || qb.companyFiles.length > 0 || qb.services.length > 0;
  return (
    <section className="card" aria-labelledby="qb-heading">
      <h3 id="qb-heading">QuickBooks Desktop</h3>
      {denied && <p className="warn-text">{DENIED_SENTENCE.quickbooks}</p>}
      {!found && !denied && <p>{unchecked ? 'Could not check this computer: something Sync Doctor reads did not answer (see What to fix).' : 'Not found on this computer.'}</p>}
      {qb.versions.length > 0 && <p>Versions: {qb.versions.join(', ')}</p>}
      {qb.companyFiles.length > 0 && (
        <ul className="plain">
          {qb.companyFiles.map((f) => (
            <li key={f.path}>
              <PathText path={f.path} />
              {f.exists === false && <span className="tag warn">missing</span>}
              {f.hostedBy && (
                <span className="hint">
                  {' '}
                  hosted by {f.hostedHere ? 'this computer' : <code>{f.hostedBy}</code>}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {qb.companyFiles.some((f) => f.hostedBy) && (
        <p className="hint">The host is the computer that shares a company file with the others when several people use it at once (multi-user).</p>
      )}
      {qb.services.length > 0 && (
        <>
          <p>
            QuickBooks Database Server Manager (shares company files with other computers):{' '}
            {qb.services.some((s) => s.state === 'running') ? 'running' : 'not running'}
          </p>
          <details className="for-it">
            <summary>For your IT support</summary>
            <p>Windows services: {qb.services.map((s) => `${s.name} (${s.state})`).join(', ')}</p>
          </details>
        </>
      )}
    </section>
  );
}
