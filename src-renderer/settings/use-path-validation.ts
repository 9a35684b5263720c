import { useEffect, useState } from 'react';
import type { Finding } from '../../src-shared/model/report-schema.js';
import { tidyTypedPath } from '../../src-shared/winpath/win-path-input.js';
import { useBridge } from '../bridge/bridge-context.js';

export type PathVerdictState =
  | { state: 'empty' }
  | { state: 'checking' }
  | { state: 'done'; finding: Finding }
  | { state: 'failed'; message: string };

/** Judges a path as it is typed, with the report's own rules (`path-validate`), a moment after typing stops. */
export function usePathValidation(path: string, delayMs = 300): PathVerdictState {
  const bridge = useBridge();
  const [verdict, setVerdict] = useState<PathVerdictState>({ state: 'empty' });
  useEffect(() => {
    const trimmed = tidyTypedPath(path);
    if (trimmed === '') {
      setVerdict({ state: 'empty' });
      return;
    }
    let live = true;
    setVerdict({ state: 'checking' });
    const timer = setTimeout(() => {
      bridge.invoke('path-validate', { path: trimmed }).then(
        (r) => live && setVerdict({ state: 'done', finding: r.finding }),
        (e: unknown) => live && setVerdict({ state: 'failed', message: e instanceof Error ? e.message : String(e) }),
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [bridge, path, delayMs]);
  return verdict;
}
