import type { ConfiguredPath } from '../../src-shared/model/observations.js';
import { accessOf, observePath, type ProbeContext } from './probe-context.js';
import { isCompanyFileName } from './quickbooks-names.js';
import { datasetFacts } from './sage-dataset-facts.js';

/** Looks at one path AutoEntry is set to: what is there, and is it a Sage dataset. */
export async function observeConfiguredPath(ctx: ProbeContext, input: string): Promise<ConfiguredPath> {
  const quickbooks = isCompanyFileName(input);
  const path = await observePath(ctx, input, { sageDataset: !quickbooks });
  if (!path.canonical) {
    return { input, path, quickbooks, access: { state: 'error', message: path.invalidReason ?? 'not a valid path' }, isSageDataset: null };
  }
  const access = await accessOf(ctx, path.canonical.canonical);
  if (quickbooks) return { input, path, quickbooks, access, isSageDataset: false };
  const facts = await datasetFacts(ctx, path.canonical.canonical, access, 'paths');
  // A dataset folder this user may not look inside is "denied", whatever its top folder said.
  const inside = facts.failure === 'denied' ? { state: 'denied' as const, message: `Access inside ${input} is denied` } : access;
  const observed: ConfiguredPath = { input, path, quickbooks, access: inside, isSageDataset: facts.isDataset };
  if (facts.lastWrite !== undefined) observed.sageLastWrite = facts.lastWrite;
  return observed;
}
