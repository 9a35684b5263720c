import type { FindingCode } from '../model/finding-codes.js';
import type { LookupTopic } from '../model/lookup-topics.js';
import type { ConfiguredPath, Observations } from '../model/observations.js';
import type { FindingDraft } from './finding-draft.js';

/**
 * Evidence before absence (spec/report.md): a code that says something is not there or not
 * running stands only when every look-up it rests on answered. Each rule names those look-ups
 * with its verdict (`requires`); `diagnose` checks them here, in one place, and turns a verdict
 * whose evidence is missing into "could not check".
 */
export const ABSENCE_CODES = [
  'syncapp.not-running',
  'syncapp.not-installed',
  'sage.not-found',
  'quickbooks.not-found',
  'path.missing',
  'path.not-dataset',
  'sage.service-stopped',
  'quickbooks.db-service-stopped',
  // Not in the spec's list, but it says the Sync App "does not run here": the same rule holds.
  'syncapp.elsewhere',
] as const satisfies readonly FindingCode[];

export type AbsenceCode = (typeof ABSENCE_CODES)[number];

/** A look-up a verdict rests on: a topic (every look-up made for it), or one configured path's own look-ups. */
export type Requirement = LookupTopic | { configuredPath: string };

/**
 * Verdicts that compare a configured path with what the accounting software uses (its `COMPANY`
 * list, its recently-opened lists). A positive verdict needs its evidence too (spec/report.md): a
 * comparison whose reference could not be read (`unread`) is `path.unverified`, naming it.
 */
export const COMPARISON_CODES = ['path.match', 'path.mismatch'] as const satisfies readonly FindingCode[];
export type ComparisonCode = (typeof COMPARISON_CODES)[number];

/**
 * A rule's verdict. An absence code cannot be stated without naming what it rests on. `unread`
 * names what the verdict should have been compared with but could not be read: a comparison then
 * becomes `path.unverified`; any other verdict stands (its own evidence answered) and says what
 * could not be read beside it.
 */
export type VerdictDraft =
  | (FindingDraft & { code: Exclude<FindingCode, AbsenceCode | ComparisonCode>; requires?: undefined; unread?: undefined })
  | (FindingDraft & { code: ComparisonCode; requires?: undefined; unread?: readonly Unanswered[] })
  | (FindingDraft & { code: AbsenceCode; requires: readonly Requirement[]; unread?: readonly Unanswered[] });

/** A look-up that did not answer, as shown to the user: "Listing processes: tasklist ended with exit code 1". */
export interface Unanswered {
  what: string;
  message: string;
}

/** The look-ups among `requires` that failed or timed out. */
export function unanswered(obs: Observations, requires: readonly Requirement[]): Unanswered[] {
  return requires.flatMap((r) => (typeof r === 'string' ? topicFailures(obs, r) : configuredPathFailures(obs, r.configuredPath)));
}

function topicFailures(obs: Observations, topic: LookupTopic): Unanswered[] {
  return obs.problems.filter((p) => p.topic === topic).map((p) => ({ what: p.what, message: p.message }));
}

/** A configured path answered when its stat did, and (for a folder that may be a dataset) its listing did. */
function configuredPathFailures(obs: Observations, input: string): Unanswered[] {
  const c: ConfiguredPath | undefined = obs.configured.find((x) => x.input === input);
  if (c === undefined) return [{ what: `Looking at ${input}`, message: 'it was never looked at' }];
  const access = c.access;
  // Denied is an answer for the path's own verdict (path.denied), but leaves open what is inside it (sage.not-found).
  if (access.state === 'timeout' || access.state === 'error' || access.state === 'unreachable' || access.state === 'denied') return [{ what: `Looking at ${input}`, message: access.message }];
  if (access.state === 'dir' && !c.quickbooks && c.isSageDataset === null) return [{ what: `Looking inside ${input}`, message: 'its contents could not be listed' }];
  return [];
}

/**
 * The evidence rule, in one place: strips `requires` and `unread` from a verdict whose evidence is
 * complete; otherwise says what could not be checked (an absence), or could not be compared (a
 * comparison: `path.unverified`), or adds what could not be read to a verdict that stands.
 */
export function withEvidence(obs: Observations, verdict: VerdictDraft): FindingDraft[] {
  const { requires, unread = [], ...draft } = verdict;
  const missing = requires === undefined ? [] : unanswered(obs, requires);
  if (missing.length > 0) return couldNotCheck(obs, draft as FindingDraft & { code: AbsenceCode }, missing, requires!);
  if (unread.length === 0) return [draft];
  return isComparison(draft.code) ? [unverified(draft, unread)] : [withUnreadNamed(draft, unread)];
}

const isComparison = (code: FindingCode): code is ComparisonCode => (COMPARISON_CODES as readonly FindingCode[]).includes(code);

/** "Listing C:\ProgramData\Sage\Accounts: Access is denied": what could not be read, one line each. */
function unreadLines(unread: readonly Unanswered[]): string[] {
  return [...new Set(unread.map((u) => `${u.what}: ${u.message}`))];
}

/**
 * `path.unverified` (warn): the configured path answered, but what it must be compared with could
 * not be read. It names what, in `detail` and in `evidence`.
 */
function unverified(draft: FindingDraft, unread: readonly Unanswered[]): FindingDraft {
  const against = draft.software === 'quickbooks' ? "QuickBooks' recently-opened lists" : "Sage's list of the companies in use";
  return {
    code: 'path.unverified',
    ...(draft.configuredPath !== undefined && { configuredPath: draft.configuredPath }),
    ...(draft.software !== undefined && { software: draft.software }),
    title: 'Could not check the AutoEntry path against the data in use',
    detail: `${draft.configuredPath ?? 'The path'} answered, but ${against} could not be read, so Sync Doctor cannot tell whether it is the data in use. Could not read: ${describeUnanswered(unread)}.`,
    evidence: unreadLines(unread),
  };
}

/** A verdict that stands on its own evidence, with a word about what could not be read beside it. */
function withUnreadNamed(draft: FindingDraft, unread: readonly Unanswered[]): FindingDraft {
  return {
    ...draft,
    detail: `${draft.detail} Could not read ${describeUnanswered(unread)}, so where the data in use is could not be checked.`,
    evidence: [...(draft.evidence ?? []), ...unreadLines(unread)],
  };
}

/** "Listing processes (tasklist ended with exit code 1)"; at most three, then a count. */
function describeUnanswered(missing: readonly Unanswered[]): string {
  const named = [...new Set(missing.map((m) => `${m.what} (${m.message})`))];
  return `${named.slice(0, 3).join('; ')}${named.length > 3 ? `; and ${named.length - 3} more` : ''}`;
}

function couldNotCheck(obs: Observations, draft: FindingDraft & { code: AbsenceCode }, missing: Unanswered[], requires: readonly Requirement[]): FindingDraft[] {
  const failed = describeUnanswered(missing);
  const here = obs.machine.computerName;
  switch (draft.code) {
    case 'syncapp.elsewhere':
      return [{
        code: 'syncapp.unknown',
        title: 'Could not check whether the Sync App also runs here',
        detail: `AutoEntry's Sync App location is another computer, which is fine if it runs there; but Sync Doctor could not see what runs on ${here}, so it cannot tell whether a second Sync App runs here too. What failed: ${failed}.`,
      }];
    case 'syncapp.not-running':
    case 'syncapp.not-installed': {
      const runningUnchecked = unanswered(obs, requires.filter((r) => r === 'processes' || r === 'services')).length > 0;
      return [{
        code: 'syncapp.unknown',
        title: runningUnchecked ? 'Could not check whether the Sync App is running' : 'The Sync App is not running here; could not check whether it is installed',
        detail: runningUnchecked
          ? `Sync Doctor could not see what runs on ${here}, so it cannot say whether the AutoEntry Sync App is running. What failed: ${failed}.`
          : `No AutoEntry Sync App process or service is running on ${here}, but the list of installed programs could not be read, so Sync Doctor cannot tell whether it is installed here or runs on another computer. What failed: ${failed}.`,
      }];
    }
    case 'sage.not-found':
      return [{ code: 'sage.unknown', title: 'Could not check for Sage 50 Accounts', detail: `No sign of Sage 50 Accounts was seen on ${here}, but not every place it could show up was read. What failed: ${failed}.` }];
    case 'quickbooks.not-found':
      return [{ code: 'quickbooks.unknown', title: 'Could not check for QuickBooks Desktop', detail: `No sign of QuickBooks Desktop was seen on ${here}, but not every place it could show up was read. What failed: ${failed}.` }];
    case 'path.missing':
    case 'path.not-dataset':
      return [{
        code: 'path.unreachable',
        ...(draft.configuredPath !== undefined && { configuredPath: draft.configuredPath }),
        ...(draft.software !== undefined && { software: draft.software }),
        title: 'Could not check the AutoEntry path',
        detail: `Sync Doctor could not look at ${draft.configuredPath ?? 'the path'}, so it cannot tell what is there. What failed: ${failed}.`,
      }];
    case 'sage.service-stopped':
    case 'quickbooks.db-service-stopped':
      // The service list did not answer in full: the stopped state is not shown as a fact.
      return [];
  }
}
