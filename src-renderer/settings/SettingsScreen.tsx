import { useCallback, useEffect, useId, useState } from 'react';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import { useAnnounce } from '../app/announcer.js';
import { useReport } from '../bridge/report-context.js';
import { AdvancedSettings } from './AdvancedSettings.js';
import { CompanyEditor } from './CompanyEditor.js';
import { newCompanyId } from './new-company-id.js';
import { SyncAppLocationField } from './SyncAppLocationField.js';
import { tidyCompanies, useCompanyAutosave } from './use-company-autosave.js';
import { useSettings } from './use-settings.js';

/** The user's companies (each saved once its path has a verdict) and how Sync Doctor watches them ("Save settings"). */
export function SettingsScreen() {
  const { state, error: loadError, save } = useSettings();
  const { checkNow } = useReport();
  const announce = useAnnounce();
  const [draft, setDraft] = useState<Settings | undefined>();
  const [saveError, setSaveError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [savedNote, setSavedNote] = useState<string | undefined>();
  const [advancedValid, setAdvancedValid] = useState(true);
  const id = useId();

  // The draft starts from the saved settings; later saves (a company saved on its own) keep what is being typed.
  useEffect(() => {
    if (state) setDraft((current) => current ?? state.settings);
  }, [state]);
  const recheck = useCallback(() => void checkNow(), [checkNow]);
  const { onVerdict, notes } = useCompanyAutosave(state?.settings, draft, save, recheck);

  if (loadError) return <p role="alert">The settings could not be read: {loadError}</p>;
  if (!draft) return <p>Loading settings…</p>;

  // A change makes "Saved" untrue: the note goes with it.
  const update = (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    setSavedNote(undefined);
  };

  async function onSave() {
    if (!draft) return;
    if (!advancedValid) {
      setSaveError('an advanced setting needs correcting first (see Advanced).');
      return;
    }
    setSaving(true);
    try {
      const saved = await save({ ...draft, companies: tidyCompanies(draft.companies) });
      setDraft(saved.settings);
      setSaveError(undefined);
      announce('Settings saved. Checking again…');
      setSavedNote('Saved. Checking again…');
      await checkNow();
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <h2>Settings</h2>
      {state?.notice && (
        <p className="notice" role="alert">
          {state.notice}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSave();
        }}
      >
        <section className="card" aria-labelledby={`${id}-companies`}>
          <h3 id={`${id}-companies`}>Your AutoEntry companies</h3>
          <p className="hint">Each path is checked as you type, with the same rules as the full check.</p>
          {draft.companies.length === 0 && <p>No companies yet. Add the ones whose invoices go to Sage 50 or QuickBooks from this office.</p>}
          {draft.companies.map((company, index) => (
            <CompanyEditor
              key={company.id}
              company={company}
              onChange={(next) => update({ companies: draft.companies.map((c, i) => (i === index ? next : c)) })}
              onRemove={() => update({ companies: draft.companies.filter((_, i) => i !== index) })}
              onVerdict={onVerdict}
              note={notes[company.id]}
            />
          ))}
          <button type="button" onClick={() => update({ companies: [...draft.companies, { id: newCompanyId(), name: '', software: 'sage', path: '' }] })}>
            Add company
          </button>
        </section>

        <section className="card" aria-labelledby={`${id}-watch`}>
          <h3 id={`${id}-watch`}>Sync App and checks</h3>
          <SyncAppLocationField value={draft.syncAppLocation} onChange={(syncAppLocation) => update({ syncAppLocation })} />
          <label htmlFor={`${id}-interval`}>Check every (seconds)</label>
          <input
            id={`${id}-interval`}
            type="number"
            min={5}
            max={3600}
            value={draft.checkIntervalSeconds}
            onChange={(e) => update({ checkIntervalSeconds: Number(e.target.value) })}
          />
          <label className="choice">
            <input type="checkbox" checked={draft.notifications} onChange={(e) => update({ notifications: e.target.checked })} />
            Tell me when something goes wrong (a Windows notification)
          </label>
          <label className="choice">
            <input type="checkbox" checked={draft.startAtLogin} onChange={(e) => update({ startAtLogin: e.target.checked })} />
            Start Sync Doctor when I sign in to Windows
          </label>
        </section>
        <AdvancedSettings settings={draft} onChange={update} onValidityChange={setAdvancedValid} />
        {saveError && <p role="alert">The settings were not saved: {saveError}</p>}
        <span className="action">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save settings'}
          </button>
          {savedNote && !saving && (
            <span className="hint action-outcome" aria-hidden="true">
              {savedNote}
            </span>
          )}
        </span>
      </form>
    </>
  );
}
