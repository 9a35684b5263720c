import type { Report } from '../../src-shared/model/report-schema.js';
import { SEVERITY_LOOK, STATUS_HEADLINE } from '../format/status-words.js';

/** The answer to "can my invoices get through?", in words, colour and shape. */
export function StatusBanner({ report }: { report: Report }) {
  const headline = STATUS_HEADLINE[report.status];
  const look = SEVERITY_LOOK[report.status];
  const problems = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warn').length;
  return (
    <section className={`status-banner tone-${look.tone}`} aria-labelledby="status-heading" data-status={report.status}>
      <span className="status-icon" aria-hidden="true">
        {look.icon}
      </span>
      <div>
        <h2 id="status-heading">
          <span className="visually-hidden">Overall status: </span>
          {headline.label}
        </h2>
        <p>{headline.sentence}</p>
        {problems > 0 ? (
          <p>
            {problems === 1 ? '1 thing needs' : `${problems} things need`} a look — see <a href="#findings">What to fix</a>.
          </p>
        ) : (
          <p>
            Invoices still missing? The <a href="#troubleshooter">Troubleshooter</a> goes through the Help Centre’s checks with you.
          </p>
        )}
      </div>
    </section>
  );
}
