import type { ConfiguredPath, Observations } from '../model/observations.js';
import { baseName } from '../paths/path-flavour.js';
import { sameFileExplained } from '../winpath/canonical-path.js';
import type { FindingDraft } from './finding-draft.js';
import type { Requirement, VerdictDraft } from './evidence-rule.js';
import { sameWinName } from '../winpath/win-case.js';

type Base = Pick<FindingDraft, 'configuredPath' | 'software'>;

/**
 * The verdict on a configured `.qbw`: the company file in use is the most recent entry of the
 * recently-opened lists with the same file name (spec/report.md).
 */
export function quickBooksPathVerdict(obs: Observations, c: ConfiguredPath, base: Base): VerdictDraft {
  /** Nothing there / not a dataset rests on this path's own look-ups (its stat, and its listing for a folder). */
  // Stryker disable next-line ArrayDeclaration: a missing file or a folder at a .qbw path is an answer; it rests on that look-up, which cannot have failed here.
  const ownLookups: Requirement[] = [{ configuredPath: c.input }];
  // File names compare as Windows compares them (winUpcase: a Kelvin sign is not a K).
  // Stryker disable next-line Regex: a valid path has no " inside it, so only the outer quotes can go.
  const name = baseName(c.input.trim().replace(/^"|"$/g, ''));
  const sameNamed = obs.quickbooks.recent
    .filter((r) => r.path.canonical && sameWinName(baseName(r.path.spelled), name))
    .sort((a, b) => a.recency - b.recency);
  const inUse = sameNamed[0];
  // Recently-opened lists that could not be read: the file in use may be in one of them.
  const unread = obs.quickbooks.listProblems.filter((p) => p.lookupFailed).map((p) => ({ what: `QuickBooks' recently-opened list ${p.file}`, message: p.problem }));
  const eq = inUse ? sameFileExplained(c.path.canonical!, inUse.path.canonical!) : undefined;

  if (c.access.state === 'missing') {
    if (inUse && !eq!.same) {
      return { ...base, code: 'path.mismatch', suggestedPath: inUse.path.spelled, title: 'The company file has moved', detail: `There is no file at ${c.input}. QuickBooks last opened ${inUse.path.spelled}, so AutoEntry should point there.` };
    }
    return { ...base, code: 'path.missing', requires: ownLookups, unread, title: 'Nothing exists at the AutoEntry path', detail: `There is no company file at ${c.input}${inUse ? ', although QuickBooks lists it as recently opened' : ''}.` };
  }
  if (c.access.state !== 'file') {
    return { ...base, code: 'path.not-dataset', requires: ownLookups, title: 'The AutoEntry path is a folder, not a company file', detail: `${c.input} is a folder. AutoEntry needs the QuickBooks company file itself (the .QBW inside it).` };
  }
  if (inUse) {
    if (eq!.same) {
      return { ...base, code: 'path.match', unread, title: 'AutoEntry points at the company file QuickBooks uses', detail: `${c.input} is the ${name} QuickBooks opened most recently.`, inUsePath: inUse.path.spelled, equivalence: eq!.steps };
    }
    return { ...base, code: 'path.mismatch', suggestedPath: inUse.path.spelled, title: 'AutoEntry points at an older copy of the company file', detail: `${c.input} exists, but QuickBooks last opened the file of that name at ${inUse.path.spelled}. Invoices sent to this copy will not appear in the books QuickBooks opens.` };
  }
  const competitors = obs.quickbooks.companyFiles.filter((f) => f.access.state === 'file' && f.path.canonical && f.path.canonical.key !== c.path.canonical!.key && sameWinName(baseName(f.path.spelled), name));
  // With a list unread, "opened neither" is not known: the verdict below is then unverified.
  if (competitors.length > 0 && unread.length === 0) {
    return { ...base, code: 'path.ambiguous', title: 'There are two copies of this company file', detail: `${c.input} exists, but so does ${competitors[0]!.path.spelled}, and QuickBooks has opened neither on this PC. Check which one the business works in.`, evidence: competitors.map((f) => f.path.spelled) };
  }
  return { ...base, code: 'path.match', unread, title: 'AutoEntry points at an existing QuickBooks company file', detail: `${c.input} exists. QuickBooks has not opened it on this PC for ${obs.machine.userName}, and no other copy was found.`, equivalence: c.path.canonical!.steps };
}
