import type { Report } from '../../src-shared/model/report-schema.js';
import { PathText } from './PathText.js';
import { ActionButton } from '../findings/ActionButton.js';
import { readInventory } from '../overview/read-inventory.js';

/** The data the accounting software uses here, each path ready to copy into AutoEntry. */
export function DataInUseList({ report }: { report: Report }) {
  const inventory = readInventory(report);
  const inUse = inventory.sage.versions.find((v) => v.name === inventory.sage.versionInUse);
  const entries = [
    ...(inUse ? inUse.datasets.filter((d) => d.exists !== false).map((d) => ({ path: d.path, what: `Sage ${inUse.name} dataset` })) : []),
    ...inventory.quickbooks.companyFiles.filter((f) => f.exists !== false).map((f) => ({ path: f.path, what: 'QuickBooks company file' })),
  ];
  if (entries.length === 0) return null;
  return (
    <section className="card" aria-labelledby="in-use-heading">
      <h3 id="in-use-heading">Data in use on this computer</h3>
      <p className="hint">The paths AutoEntry can point at. Copy one and paste it into the Sync App or the Settings screen.</p>
      <ul className="company-list">
        {entries.map((e) => (
          <li key={e.path}>
            <span>{e.what}</span>
            <PathText path={e.path} />
            <ActionButton action={{ kind: 'copy-path', path: e.path, label: 'Copy' }} accessibleName={`Copy ${e.path}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
