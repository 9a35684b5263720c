import { useCallback } from 'react';
import { AUTOENTRY_HELP_CENTRE, AUTOENTRY_WEB_APP } from '../../src-shared/ipc/contract.js';
import type { GuidanceAction } from '../../src-shared/model/report-schema.js';
import { useAnnounce } from '../app/announcer.js';
import { useBridge } from './bridge-context.js';

export interface Actions {
  /** Copies and says so; resolves to what was said. */
  copyText: (text: string, what?: string) => Promise<string>;
  /** Does the action and says how it went (to screen readers); resolves to what was said, for the control to show. */
  run: (action: GuidanceAction) => Promise<string | undefined>;
}

async function copyInPage(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** What the guidance buttons do, and how each front end copies text. */
export function useActions(): Actions {
  const bridge = useBridge();
  const announce = useAnnounce();

  const copyText = useCallback(
    async (text: string, what = 'Text') => {
      // In a browser the page's own clipboard is the user's; in Electron the main side copies.
      const copied = (await copyInPage(text)) || (await bridge.invoke('copy-text', { text }).then((r) => r.ok, () => false));
      const said = copied ? `${what} copied.` : `${what} could not be copied — select it and press Ctrl+C.`;
      announce(said);
      return said;
    },
    [bridge, announce],
  );

  const run = useCallback(
    async (action: GuidanceAction) => {
      const outcome = async (promise: Promise<{ ok: boolean; message?: string }>, done: string) => {
        let said: string;
        try {
          const result = await promise;
          said = result.ok ? done : (result.message ?? 'That did not work.');
        } catch (e) {
          said = e instanceof Error ? e.message : 'That did not work.';
        }
        announce(said);
        return said;
      };
      switch (action.kind) {
        case 'copy-path':
          return action.path ? copyText(action.path, 'Path') : undefined;
        case 'open-folder':
          return action.path ? outcome(bridge.invoke('open-folder', { path: action.path }), 'Folder opened.') : undefined;
        case 'start-sync-app':
          return outcome(bridge.invoke('syncapp-start', {}), 'Asked Windows to start the Sync App.');
        case 'open-autoentry':
          return outcome(bridge.invoke('open-external', { url: AUTOENTRY_WEB_APP }), 'AutoEntry opened in your browser.');
        case 'open-help-centre':
          return outcome(bridge.invoke('open-external', { url: AUTOENTRY_HELP_CENTRE }), 'Help Centre opened in your browser.');
      }
    },
    [bridge, announce, copyText],
  );

  return { copyText, run };
}
