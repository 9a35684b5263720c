import type { GuidanceAction } from '../../src-shared/model/report-schema.js';
import { useActions } from '../bridge/use-actions.js';

const LABELS: Record<GuidanceAction['kind'], string> = {
  'copy-path': 'Copy path',
  'open-folder': 'Open folder',
  'start-sync-app': 'Start Sync App',
  'open-autoentry': 'Open AutoEntry',
  'open-help-centre': 'Open Help Centre',
};

/** The button that does a guidance step for the user. */
export function ActionButton({ action }: { action: GuidanceAction }) {
  const { run } = useActions();
  const label = action.label ?? LABELS[action.kind];
  return (
    <button type="button" className="small" onClick={() => void run(action)} title={action.path}>
      {label}
    </button>
  );
}
