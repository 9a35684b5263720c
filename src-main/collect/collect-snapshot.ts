import type { MachineSnapshot } from '../../src-shared/model/machine-snapshot-schema.js';
import type { CheckInputs } from '../check/check-inputs.js';
import { observe } from '../check/observe.js';
import type { Host } from '../host/host.js';
import { withDeadlines } from '../host/with-deadlines.js';
import { defaultRelevance } from './default-relevance.js';
import { lookupFailuresOf } from './lookup-failures.js';
import { recordHost, type Relevance } from './recording-host.js';
import { redactSnapshot, type CollectedInputs } from './redact-snapshot.js';

/**
 * A support bundle: a machine snapshot plus, as extra top-level fields the format allows,
 * the check inputs it was collected with (`checkInputs`), the whole-computer look-ups that
 * failed (`lookupFailures`) and, from a Linux or macOS machine, `"pathFlavour": "posix"`.
 */
export type CollectedSnapshot = MachineSnapshot & { checkInputs: CollectedInputs & { syncAppPatterns: string[] } };

export interface CollectOptions {
  timeoutMs: number;
  redact: boolean;
  relevance?: Relevance;
  /** The settings' company names: a redacted bundle replaces them wherever they appear. */
  companyNames?: readonly string[];
}

/** Runs every probe against the host through a recorder and returns what they saw as a snapshot. */
export async function collectSnapshot(host: Host, inputs: CheckInputs, options: CollectOptions): Promise<CollectedSnapshot> {
  // Deadlines inside the recorder, so a stalled share is recorded as `slow`, not left hanging.
  const recorder = recordHost(withDeadlines(host, options.timeoutMs));
  const observations = await observe(recorder.host, inputs, { timeoutMs: options.timeoutMs });
  const snapshot = await recorder.toSnapshot(options.relevance ?? defaultRelevance(inputs.syncAppPatterns));
  // A list that failed is written empty; the failure beside it keeps a replay from reading it as "none".
  const lookupFailures = lookupFailuresOf(observations.problems);
  if (lookupFailures.length > 0) snapshot.lookupFailures = lookupFailures;
  const collected: CollectedInputs = { autoentryPaths: [...inputs.autoentryPaths], syncAppPatterns: [...inputs.syncAppPatterns] };
  if (inputs.syncAppLocation !== undefined) collected.syncAppLocation = inputs.syncAppLocation;
  const final = options.redact ? redactSnapshot(snapshot, collected, { companyNames: options.companyNames ?? [] }) : { snapshot, inputs: collected };
  return { ...final.snapshot, checkInputs: { ...final.inputs, syncAppPatterns: final.inputs.syncAppPatterns ?? [...inputs.syncAppPatterns] } };
}
