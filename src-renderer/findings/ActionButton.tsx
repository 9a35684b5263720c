import type { GuidanceAction } from '../../src-shared/model/report-schema.js';
import { useActions } from '../bridge/use-actions.js';

const LABELS: Record<GuidanceAction['kind'], string> = {
  'copy-path': 'Copy path',
  'open-folder': 'Open in File Explorer',
  'start-sync-app': 'Start Sync App',
  'open-autoentry': 'Open AutoEntry in your browser',
  'open-help-centre': 'Open the Help Centre in your browser',
};

/** The button that does a guidance step for the user; `prominent` where it is the one thing to do. */
export function ActionButton({ action, prominent = false }: { action: GuidanceAction; prominent?: boolean }) {
  const { run } = useActions();
  const label = action.label ?? LABELS[action.kind];
  return (
    <button type="button" className={prominent ? 'primary' : 'small'} onClick={() => void run(action)} title={action.path}>
      {label}
    </button>
  );
}
