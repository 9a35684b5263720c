import type { Report } from '../../src-shared/model/report-schema.js';
import { SEVERITY_LOOK, STATUS_HEADLINE } from '../format/status-words.js';
import { FirstStep } from './FirstStep.js';
import { problemsWorstFirst } from './first-step.js';
import { PathText } from '../paths/PathText.js';
import { allClearSentence } from '../../src-shared/report/state-sentences.js';
import { useCompanyNames } from './use-company-names.js';

/**
 * The answer to "can my invoices get through?", in words, colour and shape — and when they
 * cannot, the worst problem by name with its first step, the rest one click away.
 */
export function StatusBanner({ report }: { report: Report }) {
  const headline = STATUS_HEADLINE[report.status];
  const look = SEVERITY_LOOK[report.status];
  const problems = problemsWorstFirst(report);
  const worst = problems[0];
  const companyOf = useCompanyNames(report.generatedAt);
  const company = companyOf(worst?.configuredPath);
  return (
    <section className={`status-banner tone-${look.tone}`} aria-labelledby="status-heading" data-status={report.status}>
      <span className="status-icon" aria-hidden="true">
        {look.icon}
      </span>
      <div className="status-body">
        <h2 id="status-heading">
          <span className="visually-hidden">Overall status: </span>
          {headline.label}
        </h2>
        {worst ? (
          <>
            <p className="status-problem">{company ? `${company}: ${worst.title}` : worst.title}</p>
            {worst.configuredPath && (
              <p className="status-path">
                AutoEntry is set to <PathText path={worst.configuredPath} />
              </p>
            )}
            <FirstStep finding={worst} {...(company && { company })} />
            <p className="status-more">
              <a href="#findings">{problems.length === 1 ? 'See the whole fix' : `See all ${problems.length} things to fix`}</a>
            </p>
          </>
        ) : (
          <>
            <p>{report.status === 'ok' ? allClearSentence(report) : headline.sentence}</p>
            <p>
              Invoices still missing? The <a href="#troubleshooter">Troubleshooter</a> goes through the Help Centre’s checks with you.
            </p>
          </>
        )}
      </div>
    </section>
  );
}
