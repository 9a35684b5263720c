import type { Severity } from '../../src-shared/model/severity.js';
import { SEVERITY_LOOK } from '../format/status-words.js';

/** A severity as colour, shape and words together. */
export function StatusBadge({ severity, label }: { severity: Severity; label?: string }) {
  const look = SEVERITY_LOOK[severity];
  return (
    <span className={`badge tone-${look.tone}`}>
      <span className="badge-icon" aria-hidden="true">
        {look.icon}
      </span>
      {label ?? look.label}
    </span>
  );
}
