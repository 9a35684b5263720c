import { useEffect, useRef } from 'react';
import type { Status } from '../../src-shared/model/severity.js';
import { STATUS_HEADLINE } from '../format/status-words.js';
import { useAnnounce } from './announcer.js';

/** Tells screen-reader users when the overall status changes while the window is open. */
export function useStatusAnnouncement(status: Status | undefined): void {
  const announce = useAnnounce();
  const previous = useRef<Status | undefined>(undefined);
  useEffect(() => {
    if (status && previous.current && previous.current !== status) {
      announce(`Status changed: ${STATUS_HEADLINE[status].label}.`);
    }
    previous.current = status;
  }, [status, announce]);
}
