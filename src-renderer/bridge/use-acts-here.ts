import { useReport } from './report-context.js';

/** Whether the buttons that act on this computer (start, open a folder, check again) can do what they say. */
export interface ActsHere {
  here: boolean;
  /** Why not, in words shown beside the disabled button. */
  reason?: string;
  /** The window is the browser preview: web pages open as ordinary links. */
  browser: boolean;
}

/** What the app's host calls the computer it runs on (Windows, and POSIX for the preview); anything else is a snapshot. */
const LIVE_SOURCES = ['this PC', 'this computer'];

/**
 * A report of the demo machine or of a snapshot (a customer's bundle, another PC) is not this
 * computer: starting its Sync App, opening its folders or checking it again cannot be done from here.
 */
export function useActsHere(): ActsHere {
  const { appInfo, report } = useReport();
  const browser = appInfo?.mode === 'preview';
  if (!appInfo) return { here: false, reason: 'Finding out which computer this report is about…', browser };
  const name = report?.machine.computerName ?? 'that PC';
  if (appInfo.demo) return { here: false, reason: 'This is the demo machine, not this computer: nothing here can be started or opened.', browser };
  if (!LIVE_SOURCES.includes(appInfo.source)) {
    return { here: false, reason: `This report is a snapshot of ${name}, not this computer: do this on ${name} itself.`, browser };
  }
  return { here: true, browser };
}
