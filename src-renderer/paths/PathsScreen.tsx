import { isPathVerdict } from '../../src-shared/model/finding-codes.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { DataInUseList } from './DataInUseList.js';
import { PathComparison } from './PathComparison.js';

/** Every AutoEntry file path next to the one the accounting software uses. */
export function PathsScreen({ report }: { report: Report }) {
  const verdicts = report.findings.filter((f) => isPathVerdict(f.code) && f.configuredPath);
  return (
    <>
      <h2>File paths</h2>
      <p className="lead">
        AutoEntry sends each invoice to the file path it is set to. If that is not the data Sage 50 or QuickBooks has open,
        invoices land somewhere nobody looks — and AutoEntry shows no error.
      </p>
      {verdicts.length === 0 ? (
        <p className="card">
          No AutoEntry file path to compare yet. Add your companies and their paths in <a href="#settings">Settings</a>.
        </p>
      ) : (
        verdicts.map((f) => (
          <section key={f.configuredPath} className="card" aria-label={`Path check: ${f.title}`}>
            <h3>{f.title}</h3>
            <StatusBadge severity={f.severity} />
            <p>{f.detail}</p>
            <PathComparison finding={f} />
          </section>
        ))
      )}
      <DataInUseList report={report} />
    </>
  );
}
