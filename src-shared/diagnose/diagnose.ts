import { severityOf } from '../model/finding-codes.js';
import type { Observations } from '../model/observations.js';
import { REPORT_FORMAT } from '../model/report-format.js';
import type { Finding, Report } from '../model/report-schema.js';
import { statusOf } from '../model/severity.js';
import { guidanceFor } from '../guidance/guidance.js';
import { accountFindings } from './account-rules.js';
import { buildInventory } from './build-inventory.js';
import { withEvidence, type VerdictDraft } from './evidence-rule.js';
import type { FindingDraft } from './finding-draft.js';
import { pathFindings } from './path-rules.js';
import { probeFindings } from './probe-rules.js';
import { quickBooksFindings } from './quickbooks-rules.js';
import { sageFindings } from './sage-rules.js';
import { syncAppFindings, type SyncAppInputs } from './sync-app-rules.js';
import { dataInUse } from './data-in-use.js';
import type { GuidanceContext } from '../guidance/guidance-context.js';

export type DiagnoseInputs = SyncAppInputs;

/**
 * The whole judgement, as one pure function: the same observations and inputs always give
 * the same report, whichever front end shows it.
 */
export function diagnose(obs: Observations, inputs: DiagnoseInputs = {}, generatedAt: string = obs.observedAt): Report {
  const verdicts: VerdictDraft[] = [
    ...syncAppFindings(obs, inputs),
    ...pathFindings(obs),
    ...sageFindings(obs),
    ...quickBooksFindings(obs),
    ...probeFindings(obs),
    ...accountFindings(obs),
  ];
  // Evidence before absence: a "not there" verdict stands only when the look-ups it names answered.
  const drafts: FindingDraft[] = verdicts.flatMap((v) => withEvidence(obs, v));
  const context = guidanceContext(obs, drafts, inputs);
  const findings: Finding[] = drafts.map((d) => complete(d, context));
  return {
    format: REPORT_FORMAT,
    status: statusOf(findings.map((f) => f.severity)),
    generatedAt,
    machine: { computerName: obs.machine.computerName, userName: obs.machine.userName },
    findings,
    inventory: { ...buildInventory(obs, inputs.syncAppLocation) },
  };
}

function complete(draft: FindingDraft, context: GuidanceContext): Finding {
  const { code, title, detail, ...rest } = draft;
  return { code, severity: severityOf(code), title, detail, ...rest, guidance: guidanceFor(draft, context) };
}

/** What the steps of one finding may use of the others: where the Sync App is, and the data in use that answered. */
function guidanceContext(obs: Observations, drafts: readonly FindingDraft[], inputs: DiagnoseInputs): GuidanceContext {
  const codes = new Set(drafts.map((d) => d.code));
  const location = inputs.syncAppLocation?.trim();
  const syncApp: GuidanceContext['syncApp'] = codes.has('syncapp.elsewhere') && location
    ? { at: 'elsewhere', computer: location }
    : codes.has('syncapp.running') || codes.has('syncapp.not-running')
      ? { at: 'here' }
      : { at: 'unknown' };
  const data = dataInUse(obs);
  return { syncApp, candidates: { sage: data.sage, quickbooks: data.quickbooks }, ...(data.sageVersion && { sageVersion: data.sageVersion }) };
}
