import type { ConfiguredPath, Observations } from '../model/observations.js';
import type { VerdictDraft } from './evidence-rule.js';
import { quickBooksPathVerdict } from './path-quickbooks-rules.js';
import { sagePathVerdict } from './path-sage-rules.js';
import { candidatesFor, clearCandidate, dataInUse } from './data-in-use.js';

/** One `path.*` finding per configured path (or `path.not-configured` when none was given). */
export function pathFindings(obs: Observations): VerdictDraft[] {
  if (obs.configured.length === 0) {
    return [{
      code: 'path.not-configured',
      title: 'No AutoEntry file path given',
      detail: 'Sync Doctor cannot compare AutoEntry with Sage or QuickBooks until it knows the file path AutoEntry is set to. Copy it from AutoEntry (Integrate page, or the Sync App) into Sync Doctor.',
    }];
  }
  return obs.configured.map((c) => pathVerdict(obs, c));
}

export function pathVerdict(obs: Observations, c: ConfiguredPath): VerdictDraft {
  const base = { configuredPath: c.input, software: c.quickbooks ? ('quickbooks' as const) : ('sage' as const) };
  if (!c.path.canonical) {
    // Not a path at all: nothing had to be looked up to say so.
    // Stryker disable next-line ArrayDeclaration: an invalid spelling rests on no look-up; a made-up requirement matches no failed one.
    return { ...base, code: 'path.missing', requires: [], title: 'The AutoEntry path is not a valid path', detail: c.path.invalidReason ?? 'It is not a full path.' };
  }
  const access = c.access;
  switch (access.state) {
    case 'unreachable':
    case 'timeout':
    case 'error': {
      // The data in use that did answer: the way forward when the configured place does not.
      const suggestion = clearCandidate(c, candidatesFor(dataInUse(obs), c.quickbooks));
      return {
        ...base,
        ...(suggestion && { suggestedPath: suggestion }),
        code: 'path.unreachable',
        title: access.state === 'timeout' ? 'The AutoEntry path did not answer in time' : 'The AutoEntry path cannot be reached',
        // Plain words first; what Windows said (a deadline in ms, an error) is kept for IT in the evidence.
        detail: `${access.state === 'timeout' ? `${c.input} did not answer in time` : `${c.input}: ${access.message}`}. ${whyUnreachable(obs, c)}`,
        ...(access.state === 'timeout' && { evidence: [access.message] }),
      };
    }
    case 'denied':
      return { ...base, code: 'path.denied', title: 'This Windows user may not open the AutoEntry path', detail: `${c.input} exists, but ${obs.machine.userName} is not allowed to read it. The Sync App needs the same access as Sage or QuickBooks.` };
    default:
      return c.quickbooks ? quickBooksPathVerdict(obs, c, base) : sagePathVerdict(obs, c, base);
  }
}

/** Why a configured path may not have answered, from where it is: a share, a local drive, or a drive that is not there. */
function whyUnreachable(obs: Observations, c: ConfiguredPath): string {
  const root = c.path.canonical!.path.root;
  if (root.kind === 'unc') return 'The server or shared folder may be off, disconnected, or unreachable from this PC.';
  const drive = obs.drives.find((d) => d.letter.toUpperCase() === root.letter.toUpperCase());
  if (drive && drive.kind !== 'network' && c.access.state === 'timeout') {
    return 'The drive is on this PC, so something on this PC held the folder (often a virus scan) — the folder itself is probably there.';
  }
  return 'The drive may be missing or disconnected.';
}
