import { isPathVerdict } from '../../src-shared/model/finding-codes.js';
import { PathText } from '../paths/PathText.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { samePathText } from '../paths/same-path-text.js';
import { useSettings } from '../settings/use-settings.js';

/** The user's AutoEntry companies, each with the report's verdict on its file path. */
export function CompaniesCard({ report }: { report: Report }) {
  const { state } = useSettings(report.generatedAt);
  const companies = state?.settings.companies ?? [];
  const verdicts = report.findings.filter((f) => isPathVerdict(f.code) && f.configuredPath);
  const rows = verdicts.map((finding) => ({
    finding,
    company: companies.find((c) => samePathText(c.path, finding.configuredPath ?? '')),
  }));
  const unchecked = companies.filter((c) => c.path && !verdicts.some((f) => samePathText(c.path, f.configuredPath ?? '')));

  return (
    <section className="card wide" aria-labelledby="companies-heading">
      <h3 id="companies-heading">Your AutoEntry companies</h3>
      {rows.length === 0 && unchecked.length === 0 ? (
        <p>
          No AutoEntry file path has been given yet. Add each company and the file path AutoEntry shows for it in{' '}
          <a href="#settings">Settings</a>, and Sync Doctor will check it is the data Sage or QuickBooks really uses.
        </p>
      ) : (
        <ul className="company-list">
          {rows.map(({ finding, company }) => (
            <li key={finding.configuredPath}>
              <strong>{company?.name || 'Path given for this check'}</strong>
              <PathText path={finding.configuredPath ?? ''} />
              <StatusBadge severity={finding.severity} label={finding.title} />
            </li>
          ))}
          {unchecked.map((c) => (
            <li key={c.id}>
              <strong>{c.name || 'Unnamed company'}</strong>
              <PathText path={c.path} />
              <span className="hint">Not checked yet — press “Check now”.</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
