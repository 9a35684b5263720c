import type { Severity } from '../model/severity.js';

/** Every office finding code and its fixed severity (spec/office.md). */
export const OFFICE_FINDING_SEVERITY = {
  'office.syncapp-none': 'error',
  'office.syncapp-several': 'warn',
  'office.syncapp-location-wrong': 'error',
  'office.dataset-split': 'error',
  'office.version-skew': 'warn',
  'office.drive-letter-conflict': 'warn',
  'office.quickbooks-hosts': 'warn',
  'office.unreadable-bundle': 'warn',
  'office.autoentry-path-unknown': 'warn',
  'office.ok': 'ok',
} as const satisfies Record<string, Severity>;

export type OfficeFindingCode = keyof typeof OFFICE_FINDING_SEVERITY;

export const OFFICE_FINDING_CODES = Object.keys(OFFICE_FINDING_SEVERITY) as OfficeFindingCode[];
