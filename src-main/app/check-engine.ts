import type { Finding, Report } from '../../src-shared/model/report-schema.js';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import type { CheckContext } from '../check/check-context.js';

/** The core, as the app sees it: check a machine (this PC, a snapshot or the demo) with given settings. */
export interface CheckEngine {
  check(settings: Settings): Promise<Report>;
  /** Judges one path with the report's rules, without saving it. */
  validatePath(path: string, settings: Settings): Promise<Finding>;
  /** The host and inputs a check with these settings uses (the monitor and collect need them). */
  context(settings: Settings): Promise<CheckContext>;
  /** What is checked: "this PC" or the snapshot's description. */
  source: string;
  /** The bundled demo machine, not a real one. */
  demo: boolean;
}
