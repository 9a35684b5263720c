import type { OfficeFinding } from '../../src-shared/office/office-report-schema.js';
import { StatusBadge } from '../app/StatusBadge.js';
import { WhatToDo } from '../findings/WhatToDo.js';
import { PathText } from '../paths/PathText.js';

/** One office finding: what disagrees, on which PCs, each path as that PC spells it, and the steps. */
export function OfficeFindingCard({ finding, index }: { finding: OfficeFinding; index: number }) {
  const headingId = `office-finding-${index}`;
  const paths = Object.entries(finding.paths);
  return (
    <article className={`card finding tone-border-${finding.severity}`} aria-labelledby={headingId}>
      <header>
        <StatusBadge severity={finding.severity} />
        <h3 id={headingId}>{finding.title}</h3>
      </header>
      <p>{finding.detail}</p>
      {finding.machines.length > 0 && (
        <p>
          <strong>PCs:</strong> {finding.machines.join(', ')}
        </p>
      )}
      {paths.length > 0 && (
        <table className="office-paths">
          <caption>As each PC spells it</caption>
          <thead>
            <tr>
              <th scope="col">PC</th>
              <th scope="col">Path</th>
            </tr>
          </thead>
          <tbody>
            {paths.map(([pc, path]) => (
              <tr key={pc}>
                <th scope="row">{pc}</th>
                <td className="path">
                  <PathText path={path} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {finding.file && (
        <p>
          File: <PathText path={finding.file} />
        </p>
      )}
      <WhatToDo steps={finding.guidance} headingId={headingId} />
    </article>
  );
}
