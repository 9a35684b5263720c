import type { Report } from '../../src-shared/model/report-schema.js';

/**
 * Two kinds of AutoEntry integration take different roads: the desktop programs reached through
 * the Sync App on a PC (and a file path), and the online products AutoEntry talks to directly.
 */
export type IntegrationKind = 'desktop' | 'cloud';

export const DESKTOP_PRODUCTS = ['Sage 50 Accounts', 'QuickBooks Desktop'] as const;
export const CLOUD_PRODUCTS = ['Sage Accounting', 'QuickBooks Online', 'Xero'] as const;

/** The troubleshooter step that asks which kind it is; its answers are the kinds. */
export const KIND_STEP_ID = 'integration-kind';

/** Products named as a list: "Sage Accounting, QuickBooks Online and Xero". */
export function listOfProducts(products: readonly string[], joiner = 'and'): string {
  return products.length < 2 ? (products[0] ?? '') : `${products.slice(0, -1).join(', ')} ${joiner} ${products.at(-1)}`;
}

/** The answer to "which kind?", or undefined while it is not given. */
export function chosenKind(answers: Record<string, string>): IntegrationKind | undefined {
  const answer = answers[KIND_STEP_ID];
  return answer === 'desktop' || answer === 'cloud' ? answer : undefined;
}

/**
 * The steps that apply to the kind chosen. Until it is chosen the desktop road is counted,
 * the one Sync Doctor's own checks are about.
 */
export function stepsForKind<S extends { only?: IntegrationKind }>(steps: readonly S[], answers: Record<string, string>): S[] {
  const kind = chosenKind(answers) ?? 'desktop';
  return steps.filter((step) => step.only === undefined || step.only === kind);
}

/** This PC runs the Sync App or the desktop programs: the desktop road is the likely one. */
export function suggestKind(report: Report): IntegrationKind | undefined {
  const codes = new Set(report.findings.map((f) => f.code));
  const desktop = codes.has('sage.found') || codes.has('quickbooks.found') || codes.has('syncapp.running') || codes.has('syncapp.not-running');
  return desktop ? 'desktop' : undefined;
}
