import type { Finding, GuidanceStep, Report } from '../../src-shared/model/report-schema.js';
import { worstFirst } from '../../src-shared/model/severity.js';

/** The findings that need the user (errors, then warnings), worst first. */
export function problemsWorstFirst(report: Report): Finding[] {
  return worstFirst(report.findings).filter((f) => f.severity === 'error' || f.severity === 'warn');
}

/**
 * The step of a finding's fix to offer first: the first step Sync Doctor can do with a button,
 * or, when none has one, simply the first step.
 */
export function firstStep(finding: Finding): GuidanceStep | undefined {
  return finding.guidance.find((step) => step.action !== undefined) ?? finding.guidance[0];
}

/** The step after `step` in a finding's fix: where a copied path is pasted. */
export function nextStepAfter(finding: Finding, step: GuidanceStep): GuidanceStep | undefined {
  return finding.guidance[finding.guidance.indexOf(step) + 1];
}

/**
 * A step's text cut around the path its button works on, so the path can be shown as a path;
 * a path the text does not name comes after it.
 */
export function splitAtPath(text: string, path: string | undefined): { before: string; path?: string; after: string } {
  if (!path) return { before: text, after: '' };
  const at = text.indexOf(path);
  if (at < 0) return { before: `${text} `, path, after: '' };
  return { before: text.slice(0, at), path, after: text.slice(at + path.length) };
}
