import type { Observations } from '../model/observations.js';
import type { Report } from '../model/report-schema.js';

/** One PC of the office as the judgement sees it: what was observed there, and its own report. */
export interface OfficeMachine {
  computerName: string;
  capturedAt: string;
  /** The snapshot file it was read from, if any. */
  file?: string;
  observations: Observations;
  /** The PC's own report, made with the office's inputs. */
  report: Report;
  /** The PC's link table (junctions, 8.3 names), for spellings the observations did not resolve. */
  links?: Readonly<Record<string, string>>;
}

/** A file given as a snapshot that could not be read as one. */
export interface UnreadableBundle {
  file: string;
  message: string;
}

/** What AutoEntry is set to, for the whole office. */
export interface OfficeInputs {
  autoentryPaths: string[];
  syncAppLocation?: string;
}
