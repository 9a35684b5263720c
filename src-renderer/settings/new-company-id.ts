/** A fresh id for a company added in the window. */
export function newCompanyId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `company-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
