import type { Report } from '../../src-shared/model/report-schema.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';

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

/** The buttons of the guidance steps; the Electron shell and the preview server each provide them. */
export interface AppActions {
  startSyncApp(request: StartSyncAppRequest): Promise<ActionOutcome>;
  openFolder(path: string): Promise<ActionOutcome>;
  copyText(text: string): Promise<ActionOutcome>;
  /** Only for addresses on EXTERNAL_URL_ALLOWLIST. */
  openExternal(url: string): Promise<ActionOutcome>;
}
