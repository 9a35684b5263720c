import type { Report } from '../../src-shared/model/report-schema.js';
import type { Company, Settings } from '../../src-shared/settings/settings-schema.js';
import { checkFolderTarget, mentionedPaths, type PathFlavour } from './open-folder-target.js';

/** What every action answers: whether it worked, and a sentence for the user. */
export interface ActionOutcome {
  ok: boolean;
  message?: string;
}

export interface StartSyncAppRequest {
  report: Report | undefined;
  settings: Settings;
  /** Runs a fresh check, to tell whether the Sync App came up. */
  recheck: () => Promise<Report>;
}

/** "Open folder" on a path, judged against what the current report and settings mention. */
export interface OpenFolderRequest {
  path: string;
  report: Report | undefined;
  settings: Settings;
}

/** What is at a path on this PC; `elsewhere` when the report is of another machine. */
export type PathPresence = 'folder' | 'file' | 'missing' | 'elsewhere';

/** The buttons of the guidance steps; the Electron shell and the preview server each provide them. */
export interface AppActions {
  startSyncApp(request: StartSyncAppRequest): Promise<ActionOutcome>;
  openFolder(request: OpenFolderRequest): Promise<ActionOutcome>;
  copyText(text: string): Promise<ActionOutcome>;
  /** Only for addresses on EXTERNAL_URL_ALLOWLIST. */
  openExternal(url: string): Promise<ActionOutcome>;
  choosePath(software: Company['software']): Promise<PathChoice>;
  /** Asks for a folder (the Office screen's snapshots); absent where there is no such dialog. */
  chooseFolder?(title: string): Promise<PathChoice>;
}

/** A path the user picked in the system's dialog; `supported: false` where there is no such dialog (a browser). */
export interface PathChoice {
  supported: boolean;
  path?: string;
}

/** The desktop the actions reach: Electron's shell and clipboard, or the system's opener in the preview. */
export interface DesktopIntegration {
  /** Which absolute paths this machine has. */
  pathFlavour: PathFlavour;
  /** Whether a path is a folder or a file here, within a deadline (an unanswering share is `missing`). */
  locate(path: string): Promise<PathPresence>;
  /** Opens a folder (checked to be one) in Explorer. */
  openFolder(path: string): Promise<ActionOutcome>;
  /** Shows a file selected in its folder in Explorer; never opens the file itself. */
  showFile(path: string): Promise<ActionOutcome>;
  /** Opens an (already allowlisted) address in the browser. */
  openUrl(url: string): Promise<ActionOutcome>;
  copyText(text: string): Promise<ActionOutcome>;
  startSyncApp(request: StartSyncAppRequest): Promise<ActionOutcome>;
  /** Asks for a dataset folder or a company file; undefined path when the user cancels. */
  choosePath(software: Company['software']): Promise<PathChoice>;
  chooseFolder?(title: string): Promise<PathChoice>;
}

export const NOT_HERE = 'That is on the machine in the report, not on this computer.';

/** The app's actions over a desktop, with the allowlist and path checks every desktop shares. */
export function createAppActions(desktop: DesktopIntegration, isAllowedUrl: (url: string) => boolean): AppActions {
  return {
    startSyncApp: (request) => desktop.startSyncApp(request),
    openFolder: async (request) => {
      const target = checkFolderTarget(request.path, mentionedPaths(request.report, request.settings, desktop.pathFlavour), desktop.pathFlavour);
      if (!target.ok) return target;
      switch (await desktop.locate(target.path)) {
        case 'folder':
          return desktop.openFolder(target.path);
        case 'file':
          return desktop.showFile(target.path);
        case 'elsewhere':
          return { ok: false, message: NOT_HERE };
        case 'missing':
          return { ok: false, message: 'That folder is not there, or its server did not answer. Check the drive or server is on, then try again.' };
      }
    },
    copyText: (text) => desktop.copyText(text),
    choosePath: (software) => desktop.choosePath(software),
    chooseFolder: async (title) => (desktop.chooseFolder ? desktop.chooseFolder(title) : { supported: false }),
    openExternal: async (url) => {
      if (!isAllowedUrl(url)) return { ok: false, message: 'Sync Doctor opens only AutoEntry addresses.' };
      return desktop.openUrl(url);
    },
  };
}
