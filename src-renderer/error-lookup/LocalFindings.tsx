import type { Finding } from '../../src-shared/model/report-schema.js';
import { worstFirst } from '../../src-shared/model/severity.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { useReport } from '../bridge/report-context.js';

/** This PC's findings among `codes` (or every problem when `codes` is undefined), worst first. */
export function localFindings(findings: readonly Finding[], codes: readonly string[] | undefined): Finding[] {
  const problems = worstFirst([...findings]).filter((f) => f.severity === 'warn' || f.severity === 'error');
  return codes ? problems.filter((f) => codes.includes(f.code)) : problems;
}

/**
 * What this PC's own check says that could explain a message: the findings behind the local
 * check it is routed to, or — for a message Sync Doctor does not know — every problem found.
 */
export function LocalFindings({ codes, href, label, heading }: { codes?: readonly string[]; href: string; label: string; heading: string }) {
  const { report } = useReport();
  if (!report) return null;
  const found = localFindings(report.findings, codes);
  return (
    <div className="local-findings">
      <h4>{heading}</h4>
      {found.length === 0 ? (
        <p>{codes ? 'This PC’s check found nothing that explains it here.' : 'This PC’s check found no problem.'}</p>
      ) : (
        <ul className="plain">
          {found.map((f, i) => (
            <li key={`${f.code}-${i}`}>
              <StatusBadge severity={f.severity} /> {f.title}
            </li>
          ))}
        </ul>
      )}
      <a href={href}>{label}</a>
    </div>
  );
}
