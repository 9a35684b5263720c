import { StatusBadge } from '../app/StatusBadge.js';
import { PathText } from '../paths/PathText.js';
import type { PathVerdictState } from './use-path-validation.js';

/** The live verdict under a path field. */
export function PathVerdict({ verdict, id }: { verdict: PathVerdictState; id: string }) {
  return (
    <div id={id} className="path-verdict" aria-live="polite">
      {verdict.state === 'checking' && <span className="hint">Checking this path…</span>}
      {verdict.state === 'failed' && <span className="warn-text">Could not check this path: {verdict.message}</span>}
      {verdict.state === 'done' && (
        <>
          <StatusBadge severity={verdict.finding.severity} label={verdict.finding.title} />
          {verdict.finding.suggestedPath && (
            <span className="hint">
              {' '}
              The data in use is at <PathText path={verdict.finding.suggestedPath} />
            </span>
          )}
        </>
      )}
    </div>
  );
}
