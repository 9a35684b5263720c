import { isThisComputer } from '../model/computer-names.js';
import type { Observations } from '../model/observations.js';
import type { Requirement, VerdictDraft } from './evidence-rule.js';
import { describeTime } from './finding-draft.js';

/** "Not running" needs the process and service lists; "installed" is then a fact that was seen. */
const NOT_RUNNING_RESTS_ON: readonly Requirement[] = ['processes', 'services'];
/** "Not installed" needs those and the registry's list of installed programs too. */
const NOT_INSTALLED_RESTS_ON: readonly Requirement[] = ['processes', 'services', 'registry'];

export interface SyncAppInputs {
  /** The Sync App location AutoEntry's Integrate page shows, if the user gave it. */
  syncAppLocation?: string;
}

/**
 * Is the AutoEntry Sync App running where AutoEntry expects it? One finding, or `running` with its
 * qualifier (`other-session`) and/or judgement (`location-mismatch`).
 */
export function syncAppFindings(obs: Observations, inputs: SyncAppInputs): VerdictDraft[] {
  const app = obs.syncApp;
  const mine = app.processes.filter((p) => p.thisSession);
  // Stryker disable next-line MethodExpression: `others` is read only when no process runs in this session, when every process is another session's.
  const others = app.processes.filter((p) => !p.thisSession);
  const runningServices = app.services.filter((s) => s.state === 'running');
  const runningHere = mine.length > 0 || runningServices.length > 0;
  // Installed but not running: an Uninstall entry or a stopped service (a process, in any session, is running).
  const installed = app.installs.length > 0 || app.services.length > 0;
  const here = obs.machine.computerName;
  const location = inputs.syncAppLocation?.trim();
  // A blank location is no location: isThisComputer('') holds.
  const elsewhere = location !== undefined && !isThisComputer(location, here);

  const owner = others[0]?.user ?? 'another user';
  const otherSession: VerdictDraft = {
    code: 'syncapp.other-session',
    title: 'The Sync App runs, but in another Windows session',
    detail: `It is running under ${owner} (session ${others[0]?.sessionId ?? '?'}), not in this session of ${obs.machine.userName}. That is fine if AutoEntry is connected to that user's Sync App.`,
  };
  const running: VerdictDraft = {
    code: 'syncapp.running',
    title: 'The AutoEntry Sync App is running',
    detail: runningServices.length > 0 && mine.length === 0
      ? `It runs as the Windows service "${runningServices[0]!.displayName ?? runningServices[0]!.name}" on ${here}.`
      : mine.length > 0
        ? `It runs on ${here} for ${obs.machine.userName}${started(mine[0])}.`
        : `It runs on ${here}, in the Windows session of ${owner}${started(others[0])}.`,
  };
  // Running only in another session is still running on this PC; the second finding says whose it is (spec/report.md).
  const runningFindings: VerdictDraft[] = runningHere ? [running] : others.length > 0 ? [running, otherSession] : [];

  if (elsewhere) {
    if (runningFindings.length === 0) {
      return [{
        code: 'syncapp.elsewhere',
        requires: NOT_RUNNING_RESTS_ON,
        title: `The Sync App is expected on ${location}, not on this PC`,
        detail: `AutoEntry's Sync App location is ${location}, and it is not running here on ${here}. Whether it runs on ${location} can only be seen there (or on AutoEntry's Integrate page).`,
      }];
    }
    return [
      ...runningFindings,
      {
        code: 'syncapp.location-mismatch',
        title: `The Sync App runs here, but AutoEntry expects it on ${location}`,
        detail: `A Sync App is running on ${here}, yet AutoEntry's Sync App location is ${location}. Invoices go to the Sync App AutoEntry is connected to, which may not be this one.`,
      },
    ];
  }
  if (runningFindings.length > 0) return runningFindings;
  if (installed) {
    const service = app.services[0];
    const name = app.installs[0]?.displayName ?? service!.displayName ?? service!.name;
    return [{
      code: 'syncapp.not-running',
      requires: NOT_RUNNING_RESTS_ON,
      title: 'The AutoEntry Sync App is installed but not running',
      detail: `${name} is installed on ${here} but is not running, so AutoEntry cannot deliver published invoices. AutoEntry will only report this hours later, as a publishing time-out.`,
    }];
  }
  return [{
    code: 'syncapp.not-installed',
    requires: NOT_INSTALLED_RESTS_ON,
    title: 'The AutoEntry Sync App is not on this PC',
    detail: `No AutoEntry Sync App is installed or running on ${here}. If it runs on another computer, enter that computer's name as the Sync App location (AutoEntry shows it on the Integrate page).`,
  }];
}

/** ", started 20 Nov 2026, 08:05 UTC" when the process's start time is known. */
function started(proc: { startedAt?: string } | undefined): string {
  return proc?.startedAt ? `, started ${describeTime(proc.startedAt)}` : '';
}
