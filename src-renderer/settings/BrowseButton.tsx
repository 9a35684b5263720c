import { useState } from 'react';
import type { Company } from '../../src-shared/settings/settings-schema.js';
import { useBridge } from '../bridge/bridge-context.js';
import { useReport } from '../bridge/report-context.js';

interface Props {
  software: Company['software'];
  label: string;
  onChosen: (path: string) => void;
}

/**
 * "Browse…": picks the dataset folder or company file in Windows' own dialog. Only the desktop
 * app has one — a web page cannot learn a file's full path — so in the browser preview the
 * button is not shown and the hint says to paste the path.
 */
export function BrowseButton({ software, label, onChosen }: Props) {
  const bridge = useBridge();
  const { appInfo } = useReport();
  const [problem, setProblem] = useState<string>();
  if (appInfo?.mode !== 'electron') return null;
  const browse = async () => {
    try {
      const choice = await bridge.invoke('path-browse', { software });
      setProblem(undefined);
      if (choice.path) onChosen(choice.path);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <button type="button" className="small" onClick={() => void browse()} aria-label={label}>
        Browse…
      </button>
      {problem && <p role="alert" className="hint">{problem}</p>}
    </>
  );
}

/** Whether this window can offer "Browse…" (the desktop app) or only typing and pasting (a browser). */
export function useCanBrowse(): boolean {
  return useReport().appInfo?.mode === 'electron';
}
