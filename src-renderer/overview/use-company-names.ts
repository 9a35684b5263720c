import { useSettings } from '../settings/use-settings.js';
import { samePathText } from '../paths/same-path-text.js';

/** The name the user gave the company whose AutoEntry path this is (Settings), when there is one. */
export function useCompanyNames(refreshKey: string): (path: string | undefined) => string | undefined {
  const { state } = useSettings(refreshKey);
  const companies = state?.settings.companies ?? [];
  return (path) => (path ? companies.find((c) => c.name.trim() !== '' && samePathText(c.path, path))?.name.trim() : undefined);
}
