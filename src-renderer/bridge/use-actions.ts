import { useCallback } from 'react';
import { AUTOENTRY_HELP_CENTRE, AUTOENTRY_WEB_APP } from '../../src-shared/ipc/contract.js';
import type { GuidanceAction } from '../../src-shared/model/report-schema.js';
import { useAnnounce } from '../app/announcer.js';
import { useBridge } from './bridge-context.js';

export interface Actions {
  copyText: (text: string, what?: string) => Promise<void>;
  run: (action: GuidanceAction) => Promise<void>;
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
      announce(copied ? `${what} copied.` : `${what} could not be copied — select it and press Ctrl+C.`);
    },
    [bridge, announce],
  );

  const run = useCallback(
    async (action: GuidanceAction) => {
      const outcome = async (promise: Promise<{ ok: boolean; message?: string }>, done: string) => {
        try {
          const result = await promise;
          announce(result.ok ? done : (result.message ?? 'That did not work.'));
        } catch (e) {
          announce(e instanceof Error ? e.message : 'That did not work.');
        }
      };
      switch (action.kind) {
        case 'copy-path':
          if (action.path) await copyText(action.path, 'Path');
          return;
        case 'open-folder':
          if (action.path) await outcome(bridge.invoke('open-folder', { path: action.path }), 'Folder opened.');
          return;
        case 'start-sync-app':
          await outcome(bridge.invoke('syncapp-start', {}), 'Asked Windows to start the Sync App.');
          return;
        case 'open-autoentry':
          await outcome(bridge.invoke('open-external', { url: AUTOENTRY_WEB_APP }), 'AutoEntry opened in your browser.');
          return;
        case 'open-help-centre':
          await outcome(bridge.invoke('open-external', { url: AUTOENTRY_HELP_CENTRE }), 'Help Centre opened in your browser.');
          return;
      }
    },
    [bridge, announce, copyText],
  );

  return { copyText, run };
}
