import { useCallback, useEffect, useRef, useState } from 'react';
import type { Company, Settings } from '../../src-shared/settings/settings-schema.js';
import { tidyTypedPath } from '../../src-shared/winpath/win-path-input.js';
import type { PathVerdictState } from './use-path-validation.js';

const sameCompany = (a: Company, b: Company) => a.id === b.id && a.name === b.name && a.software === b.software && a.path === b.path;

export function tidyCompanies(companies: readonly Company[]): Company[] {
  return companies.map((c) => ({ ...c, path: tidyTypedPath(c.path) }));
}

/**
 * A company typed in Settings is saved as soon as its path has a verdict — leaving the screen
 * before "Save settings" must not lose it. Only the companies are saved so; the other settings
 * wait for "Save settings".
 */
export function useCompanyAutosave(saved: Settings | undefined, draft: Settings | undefined, save: (s: Settings) => Promise<unknown>, afterSave: () => void) {
  const [verdicts, setVerdicts] = useState<Record<string, PathVerdictState['state']>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const saving = useRef(false);
  const onVerdict = useCallback((id: string, state: PathVerdictState['state']) => setVerdicts((v) => (v[id] === state ? v : { ...v, [id]: state })), []);

  useEffect(() => {
    if (!saved || !draft || saving.current) return;
    const companies = tidyCompanies(draft.companies);
    const changed = companies.filter((c) => !saved.companies.some((s) => sameCompany(s, c)));
    if (changed.length === 0) return;
    // Every changed company's path has been judged (or the judgement could not be made).
    if (!changed.every((c) => c.path !== '' && (verdicts[c.id] === 'done' || verdicts[c.id] === 'failed'))) return;
    saving.current = true;
    save({ ...saved, companies })
      .then(
        () => {
          setNotes((n) => ({ ...n, ...Object.fromEntries(changed.map((c) => [c.id, 'Saved. Sync Doctor checks it from now on.'])) }));
          afterSave();
        },
        (e: unknown) => setNotes((n) => ({ ...n, ...Object.fromEntries(changed.map((c) => [c.id, `Not saved yet: ${e instanceof Error ? e.message : String(e)}`])) })),
      )
      .finally(() => {
        saving.current = false;
      });
  }, [saved, draft, verdicts, save, afterSave]);

  return { onVerdict, notes };
}
