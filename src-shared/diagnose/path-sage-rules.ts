import type { ConfiguredPath, Observations, SageDataset } from '../model/observations.js';
import { sameFileExplained } from '../winpath/canonical-path.js';
import { describeTime, type FindingDraft } from './finding-draft.js';
import type { Requirement, VerdictDraft } from './evidence-rule.js';
import { sageInUse } from './sage-rules.js';
import { sageVersionOfPath } from '../model/sage-versions.js';
import { sameWinName } from '../winpath/win-case.js';

type Base = Pick<FindingDraft, 'configuredPath' | 'software'>;

/** The verdict on a configured path that is not a QuickBooks file: is it the Sage dataset in use? */
export function sagePathVerdict(obs: Observations, c: ConfiguredPath, base: Base): VerdictDraft {
  /** Nothing there / not a dataset rests on this path's own look-ups (its stat, and its listing for a folder). */
  // Stryker disable next-line ArrayDeclaration: missing, or a folder seen not to be a dataset, is an answer; the look-up it rests on cannot have failed here.
  const ownLookups: Requirement[] = [{ configuredPath: c.input }];
  const inUse = sageInUse(obs);
  // What the version in use may be in, but could not be read: a comparison with it is unverified.
  const unread = inUse.unread;
  const inUseDatasets = inUse.listed?.list.datasets ?? [];
  const suggestion = suggestDataset(c, inUseDatasets);
  const suggested = suggestion ? { suggestedPath: suggestion.path.spelled } : {};

  if (c.access.state === 'missing') {
    return { ...base, ...suggested, code: 'path.missing', requires: ownLookups, unread, title: 'Nothing exists at the AutoEntry path', detail: `There is no file or folder at ${c.input}.${suggestion ? ` Sage ${inUse.listed!.name} uses ${suggestion.path.spelled}.` : ''}` };
  }
  if (c.isSageDataset === null) {
    return { ...base, code: 'path.unreachable', title: 'The AutoEntry path could not be looked inside', detail: `${c.input} exists, but its contents could not be read in time, so Sync Doctor cannot tell whether it is a Sage dataset.` };
  }
  if (!c.isSageDataset) {
    const backup = /\.(qbb|qbm|qbx|tlg|nd)$/i.test(c.input) ? ' It looks like a QuickBooks backup or helper file; AutoEntry needs the company file (.QBW).' : '';
    return { ...base, ...suggested, code: 'path.not-dataset', requires: ownLookups, title: 'The AutoEntry path is not a Sage dataset or QuickBooks company file', detail: `${c.input} exists, but it is neither a Sage 50 dataset (a folder holding ACCDATA\\SETUP.DTA) nor a QuickBooks company file (.QBW).${backup}` };
  }

  const match = inUseDatasets.map((d) => ({ d, eq: d.path.canonical ? sameFileExplained(c.path.canonical!, d.path.canonical) : undefined })).find((m) => m.eq?.same);
  if (match) {
    return {
      ...base,
      code: 'path.match',
      unread,
      title: `AutoEntry points at the dataset Sage ${inUse.listed!.name} uses`,
      detail: match.eq!.steps.length > 0 && c.input !== match.d.path.spelled ? `${c.input} and ${match.d.path.spelled} are the same folder, spelled differently.` : `${c.input} is listed by Sage ${inUse.listed!.name}.`,
      inUsePath: match.d.path.spelled,
      equivalence: match.eq!.steps,
    };
  }

  // Stryker disable next-line EqualityOperator: the version in use lists no dataset with this key (that is a match, above), and no two versions share a number.
  const olderListing = obs.sage.versions.find((v) => v.version < (inUse.listed?.version ?? 0) && v.list.readable && v.list.datasets.some((d) => d.path.canonical && d.path.canonical.key === c.path.canonical!.key));
  // An older version's dataset even when that version's COMPANY list is gone: it sits in the old version's folder.
  const inOlderFolder = sageVersionOfPath(c.path.canonical!.path.segments);
  const older = olderListing ?? (inOlderFolder && inOlderFolder.version < (inUse.listed?.version ?? 0) ? inOlderFolder : undefined);
  if (older && inUse.listed) {
    const upgradedAt = inUse.listed.companyFileMtime;
    const lastWrite = c.sageLastWrite;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the checks narrow the types; a missing time parses to NaN, which is never later.
    const writtenSince = upgradedAt !== undefined && lastWrite !== undefined && Date.parse(lastWrite) > Date.parse(upgradedAt);
    const evidence = writtenSince
      ? [`The ${older.name} data was still written to on ${describeTime(lastWrite)}, after Sage ${inUse.listed.name} took over on ${describeTime(upgradedAt)}: invoices published since then probably went into the old data.`]
      : [];
    return {
      ...base,
      ...suggested,
      code: 'path.stale-version',
      title: `AutoEntry still points at the Sage ${older.name} data; Sage now uses ${inUse.listed.name}`,
      detail: `${c.input} belongs to Sage ${older.name}. Sage ${inUse.listed.name} is in use${suggestion ? ` and works on ${suggestion.path.spelled}` : ''}, so invoices sent to the old path never reach the books.`,
      ...(upgradedAt !== undefined && { upgradedAt }),
      ...(writtenSince && { staleDatasetLastWrite: lastWrite }),
      ...(evidence.length > 0 && { evidence }),
    };
  }

  if (obs.sage.versions.length === 0) {
    return {
      ...base,
      code: 'path.match',
      unread,
      title: 'AutoEntry points at a Sage 50 dataset',
      detail: `${c.input} is a Sage 50 dataset. There are no Sage 50 settings on ${obs.machine.computerName} to compare it with, so check it is the company open in Sage on the PC where the Sync App runs.`,
      equivalence: c.path.canonical!.steps,
    };
  }
  return {
    ...base,
    ...suggested,
    code: 'path.mismatch',
    unread,
    title: 'AutoEntry points at a Sage dataset that Sage does not use',
    detail: `${c.input} is a Sage 50 dataset, but Sage ${inUse.listed?.name ?? inUse.newest?.name ?? ''} does not list it${suggestion ? `; it uses ${suggestion.path.spelled}` : ''}. Invoices published to it will not appear in the company Sage opens.`,
  };
}

/** The one in-use dataset the user most likely meant, when it is clear. */
function suggestDataset(c: ConfiguredPath, inUse: readonly SageDataset[]): SageDataset | undefined {
  const candidates = inUse.filter((d) => d.path.canonical && d.access.state !== 'missing');
  if (candidates.length === 1) return candidates[0];
  const name = c.path.canonical!.path.segments.at(-1);
  // Stryker disable next-line StringLiteral: a dataset at a drive's root has no folder name, and no folder name is empty.
  const sameName = name === undefined ? [] : candidates.filter((d) => sameWinName(d.path.canonical!.path.segments.at(-1) ?? '', name));
  return sameName.length === 1 ? sameName[0] : undefined;
}
