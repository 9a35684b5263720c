import { AutoEntryPathField } from '../settings/AutoEntryPathField.js';
import { SyncAppLocationField } from '../settings/SyncAppLocationField.js';
import { officePathVerdict } from './office-path-verdict.js';
import type { OfficeSession } from './office-session.js';

/**
 * What AutoEntry is set to, for the whole office: the same fields as Settings, taken from the
 * snapshots when they carry them; each change judges the office again.
 */
export function OfficeFieldsCard({ session }: { session: OfficeSession }) {
  const { fields, result, busy, stale, typed } = session;
  const report = result?.report;
  const paths = fields.autoentryPaths.length > 0 ? fields.autoentryPaths : [''];
  const setPath = (index: number, path: string) => session.setFields({ ...fields, autoentryPaths: paths.map((p, i) => (i === index ? path : p)) });
  const fromSnapshots = !typed && report !== undefined && paths.some((p) => p.trim() !== '');
  return (
    <section className="card office-fields" aria-labelledby="office-fields-heading">
      <h3 id="office-fields-heading">What AutoEntry is set to</h3>
      <p className="hint">
        {fromSnapshots
          ? 'Taken from the snapshots. Change them to what AutoEntry’s Integrate page or the Sync App shows, and the office is judged again.'
          : 'Without AutoEntry’s path the PCs can only be compared with each other. Copy it from the Sync App or AutoEntry’s Integrate page.'}
      </p>
      {paths.map((path, index) => (
        <div className="office-path-field" key={index}>
          <AutoEntryPathField
            value={path}
            software={/\.qbw\s*$/i.test(path) ? 'quickbooks' : 'sage'}
            title={paths.length > 1 ? `AutoEntry path ${index + 1}` : 'AutoEntry'}
            label={paths.length > 1 ? `File path AutoEntry is set to (${index + 1} of ${paths.length})` : undefined}
            verdict={officePathVerdict(report, path, busy || stale)}
            onChange={(next) => setPath(index, next)}
          />
        </div>
      ))}
      <button type="button" className="small" onClick={() => session.setFields({ ...fields, autoentryPaths: [...paths, ''] })}>
        Add another AutoEntry path
      </button>
      <SyncAppLocationField value={fields.syncAppLocation} onChange={(syncAppLocation) => session.setFields({ ...fields, syncAppLocation })} />
    </section>
  );
}
