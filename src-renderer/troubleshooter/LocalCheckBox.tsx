import { StatusBadge } from '../app/StatusBadge.js';
import type { LocalCheck } from './local-checks.js';

/** "Sync Doctor checked this for you": the report's answer to a troubleshooter step. */
export function LocalCheckBox({ check }: { check: LocalCheck }) {
  return (
    <aside className="local-check" aria-label="What Sync Doctor found on this computer">
      <h4>
        Checked on this computer <StatusBadge severity={check.severity} />
      </h4>
      <ul>
        {check.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </aside>
  );
}
