import { useState } from 'react';
import { AUTOENTRY_HELP_CENTRE, AUTOENTRY_WEB_APP } from '../../src-shared/ipc/contract.js';
import type { GuidanceAction } from '../../src-shared/model/report-schema.js';
import { useActions } from '../bridge/use-actions.js';
import { useActsHere } from '../bridge/use-acts-here.js';

const LABELS: Record<GuidanceAction['kind'], string> = {
  'copy-path': 'Copy path',
  'open-folder': 'Open in File Explorer',
  'start-sync-app': 'Start Sync App',
  'open-autoentry': 'Open AutoEntry in your browser',
  'open-help-centre': 'Open the Help Centre in your browser',
};

/** Web pages: in the browser preview they are ordinary links. */
const WEB: Partial<Record<GuidanceAction['kind'], string>> = { 'open-autoentry': AUTOENTRY_WEB_APP, 'open-help-centre': AUTOENTRY_HELP_CENTRE };
/** What acts on the computer the report is about: impossible from a snapshot or the demo. */
const ON_THIS_COMPUTER: ReadonlySet<GuidanceAction['kind']> = new Set(['open-folder', 'start-sync-app']);

interface Props {
  action: GuidanceAction;
  prominent?: boolean;
  /** The button's name for screen readers where its label alone is not enough ("Copy the path in use"). */
  accessibleName?: string;
}

/**
 * The button that does a guidance step for the user; `prominent` where it is the one thing to
 * do. What it did is said beside it (and to screen readers), never in a message floating over
 * the window; what it cannot do from here it says beside it, disabled.
 */
export function ActionButton({ action, prominent = false, accessibleName }: Props) {
  const { run } = useActions();
  const where = useActsHere();
  const [said, setSaid] = useState<string>();
  const label = action.label ?? LABELS[action.kind];
  const className = prominent ? 'primary' : 'small';
  const web = WEB[action.kind];
  if (web && where.browser) {
    return (
      <a className={`button-link ${className}`} href={web} target="_blank" rel="noopener noreferrer" aria-label={accessibleName}>
        {label}
      </a>
    );
  }
  const blocked = ON_THIS_COMPUTER.has(action.kind) && !where.here;
  return (
    <span className="action">
      <button type="button" className={className} onClick={() => void run(action).then(setSaid)} title={action.path} disabled={blocked} aria-label={accessibleName}>
        {label}
      </button>
      {blocked && where.reason && <span className="hint action-reason">{where.reason}</span>}
      {!blocked && said && (
        <span className="hint action-outcome" aria-hidden="true">
          {said}
        </span>
      )}
    </span>
  );
}
