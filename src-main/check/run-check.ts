import type { Report } from '../../src-shared/model/report-schema.js';
import { diagnose } from '../../src-shared/diagnose/diagnose.js';
import type { Host } from '../host/host.js';
import type { CheckInputs } from './check-inputs.js';
import { observe, type ObserveOptions } from './observe.js';

export { observe };

/** Looks at a host and judges what it saw: the one way every front end gets a report. */
export async function runCheck(host: Host, inputs: CheckInputs, options: ObserveOptions): Promise<Report> {
  const observations = await observe(host, inputs, options);
  const inputsForRules = inputs.syncAppLocation !== undefined ? { syncAppLocation: inputs.syncAppLocation } : {};
  return diagnose(observations, inputsForRules, new Date().toISOString());
}
