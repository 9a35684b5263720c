import type { Report } from '../../src-shared/model/report-schema.js';
import { worstFirst } from '../../src-shared/model/severity.js';
import { FindingCard } from './FindingCard.js';

/** Everything the check found, the most serious first. */
export function FindingsScreen({ report }: { report: Report }) {
  const ordered = worstFirst(report.findings);
  const problems = ordered.filter((f) => f.severity === 'error' || f.severity === 'warn');
  const rest = ordered.filter((f) => f.severity === 'ok' || f.severity === 'info');
  return (
    <>
      <h2>What to fix</h2>
      {problems.length === 0 ? (
        <p className="card">Nothing needs fixing. The checks below all passed or are for information.</p>
      ) : (
        problems.map((f, i) => <FindingCard key={`${f.code}-${i}`} finding={f} reportTime={report.generatedAt} />)
      )}
      {rest.length > 0 && (
        <details className="passed">
          <summary>Checks that passed and information ({rest.length})</summary>
          {rest.map((f, i) => (
            <FindingCard key={`${f.code}-${i}`} finding={f} reportTime={report.generatedAt} />
          ))}
        </details>
      )}
    </>
  );
}
