import { failureKindOf } from '../host/node/fs-failure.js';
import type { ScanSkipReason } from './scan-result.js';

/** Why a folder could not be read, in the scan's words. */
export function skipReasonOf(error: unknown): ScanSkipReason {
  const kind = failureKindOf(error);
  if (kind === 'denied' || kind === 'unreachable' || kind === 'missing') return kind;
  if (kind === 'wrong-kind') return 'not-a-folder';
  return 'error';
}
