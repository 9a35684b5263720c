import { isPathVerdict } from '../../src-shared/model/finding-codes.js';
import type { Report } from '../../src-shared/model/report-schema.js';

/**
 * The claims audit's rules: each sentence that asserts a state, and the finding that must stand
 * behind it. A rule names the words that make the claim and says whether the findings hold it
 * up; `audit` returns every sentence that claims more than its findings show.
 */
export interface Evidence {
  codes: ReadonlySet<string>;
  status: Report['status'];
  /** Every path verdict is `path.match`, and there is at least one. */
  everyPathMatches: boolean;
  /** Office reports: an AutoEntry path was known (some PC's report judged one). */
  autoEntryPathKnown?: boolean;
}

export function evidenceOf(report: Report, extra: Partial<Evidence> = {}): Evidence {
  const verdicts = report.findings.filter((f) => isPathVerdict(f.code));
  return {
    codes: new Set(report.findings.map((f) => f.code)),
    status: report.status,
    everyPathMatches: verdicts.length > 0 && verdicts.every((f) => f.code === 'path.match'),
    ...extra,
  };
}

interface Rule {
  name: string;
  claim: RegExp;
  holds: (e: Evidence, sentence: string) => boolean;
}

const has = (e: Evidence, code: string) => e.codes.has(code);

export const RULES: readonly Rule[] = [
  { name: '"running" needs syncapp.running', claim: /(?<!not |n’t |n't |whether (?:the )?(?:AutoEntry )?Sync App (?:also )?)\b(?:is running|running here|runs here|Sync App running)\b/i, holds: (e) => has(e, 'syncapp.running') },
  { name: '"Stopped" only with syncapp.not-running', claim: /\bStopped\b(?! service)/, holds: (e) => has(e, 'syncapp.not-running') },
  { name: '"nothing you publish reaches" only beside a problem with the Sync App', claim: /nothing you publish/i, holds: (e) => (has(e, 'syncapp.not-running') || has(e, 'syncapp.not-installed')) && e.status === 'error' },
  { name: '"not installed" needs syncapp.not-installed', claim: /\bnot installed\b/i, holds: (e) => has(e, 'syncapp.not-installed') },
  {
    name: '"matches" / "points at a dataset" / "same folder" / "is the data in use" need path.match',
    claim: /\bmatch(?:es)?\b|points at (?:the dataset|a Sage 50 dataset|the company file|an existing QuickBooks company file)|\bsame folder\b|(?<!\d of \d+ AutoEntry paths? |whether it )\b(?:is|are) the data in use\b/i,
    holds: (e, s) => has(e, 'path.match') && (!/\ball \d+ AutoEntry paths are\b|\bthe AutoEntry path is the data in use\b/i.test(s) || e.everyPathMatches),
  },
  { name: 'never "X and X are the same folder, spelled differently"', claim: /(\S+) and (\S+) are the same folder, spelled differently/, holds: (_e, s) => { const m = /(\S+) and (\S+) are the same folder/.exec(s)!; return m[1] !== m[2]; } },
  { name: '"All good" only without a warning or a problem', claim: /\bAll good\b/, holds: (e) => e.status === 'ok' },
  { name: '"can reach the accounting software" needs the Sync App running here and every path matching', claim: /can reach the accounting software/i, holds: (e) => has(e, 'syncapp.running') && e.everyPathMatches },
  { name: '"No Sage 50 found" / "not found" need the not-found finding, never a failed look-up', claim: /\bNo Sage 50 Accounts found\b|\bNo Sage 50 or QuickBooks found\b/i, holds: (e) => has(e, 'sage.not-found') && !has(e, 'sage.unknown') },
  { name: '"No QuickBooks found" needs quickbooks.not-found', claim: /\bNo QuickBooks Desktop found\b/i, holds: (e) => has(e, 'quickbooks.not-found') && !has(e, 'quickbooks.unknown') },
  { name: '"agrees" needs office.ok and a known AutoEntry path', claim: /\bagrees?\b/i, holds: (e) => has(e, 'office.ok') && e.autoEntryPathKnown !== false },
];

/** The office's own words speak of other PCs: there only the office verdict and the all-clear are claims. */
export const OFFICE_RULES: readonly Rule[] = RULES.filter((r) => /agrees|All good/.test(r.name));

/** Rules for a card that speaks of one product: "Not found" there needs that product's not-found finding. */
export const CARD_RULES: Record<string, Rule> = {
  'Sage 50 Accounts': { name: 'the Sage card says "Not found" only with sage.not-found', claim: /\bNot found\b/, holds: (e) => has(e, 'sage.not-found') },
  'QuickBooks Desktop': { name: 'the QuickBooks card says "Not found" only with quickbooks.not-found', claim: /\bNot found\b/, holds: (e) => has(e, 'quickbooks.not-found') },
};

export interface Breach {
  where: string;
  sentence: string;
  rule: string;
}

/** Every sentence that claims more than the evidence shows. */
export function audit(where: string, sentences: readonly string[], evidence: Evidence, rules: readonly Rule[] = RULES): Breach[] {
  const breaches: Breach[] = [];
  for (const raw of sentences) {
    const sentence = raw.replace(/\s+/g, ' ').trim();
    for (const rule of rules) if (rule.claim.test(sentence) && !rule.holds(evidence, sentence)) breaches.push({ where, sentence, rule: rule.name });
  }
  return breaches;
}

/** Steps must be doable from where they are asked: the path they speak of on screen, the button going where the step goes. */
export const STEP_RULES: readonly Rule[] = [
  { name: 'never "choosing that path": the path to choose is shown', claim: /choosing that path/i, holds: () => false },
  { name: 'the reconnect step sits under a button to the desktop Sync App, not AutoEntry\'s website', claim: /disconnect (?:this|the) company[\s\S]*Open AutoEntry/i, holds: () => false },
];
