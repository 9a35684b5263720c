/**
 * What guidance needs to know beyond one finding: where the Sync App is, and the data in use
 * that answered on this PC — so the first step can lead to that data instead of to a server.
 */
export interface GuidanceContext {
  /** `here`: the Sync App is on this PC (running or installed); `elsewhere`: AutoEntry's location names another computer. */
  syncApp: { at: 'here' } | { at: 'elsewhere'; computer: string } | { at: 'unknown' };
  /** The data in use that answered here, for a Sage path and for a QuickBooks file, as the software spells it. */
  candidates: { sage: readonly string[]; quickbooks: readonly string[] };
  /** The Sage version whose list is in use ("2025"). */
  sageVersion?: string;
}

export const NO_CONTEXT: GuidanceContext = { syncApp: { at: 'unknown' }, candidates: { sage: [], quickbooks: [] } };
