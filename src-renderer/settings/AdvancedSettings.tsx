import { useId, useState } from 'react';
import { LOG_LEVELS, type Settings } from '../../src-shared/settings/settings-schema.js';
import { readSyncAppPatterns, readTimeoutMs, type FieldReading } from './advanced-fields.js';

type AdvancedPatch = Partial<Pick<Settings, 'syncAppPatterns' | 'timeoutMs' | 'logLevel'>>;

interface Props {
  settings: Settings;
  onChange: (patch: AdvancedPatch) => void;
  /** Whether every field as typed can be saved. */
  onValidityChange: (valid: boolean) => void;
}

const LOG_LEVEL_WORDS: Record<Settings['logLevel'], string> = {
  error: 'Errors only',
  warn: 'Errors and warnings',
  info: 'Normal (errors, warnings and what Sync Doctor does)',
  debug: 'Everything (for AutoEntry support)',
};

function FieldError({ reading, id }: { reading: FieldReading<unknown>; id: string }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {!reading.ok && (
        <>
          <span aria-hidden="true">✗ </span>
          {reading.message}
        </>
      )}
    </p>
  );
}

/** Settings most people never need, folded away: how the Sync App is recognised, look-up time, logging. */
export function AdvancedSettings({ settings, onChange, onValidityChange }: Props) {
  const id = useId();
  const [patternsText, setPatternsText] = useState(settings.syncAppPatterns.join('\n'));
  const [timeoutText, setTimeoutText] = useState(String(settings.timeoutMs));
  const patterns = readSyncAppPatterns(patternsText);
  const timeout = readTimeoutMs(timeoutText);

  function typed(nextPatterns: string, nextTimeout: string) {
    setPatternsText(nextPatterns);
    setTimeoutText(nextTimeout);
    const p = readSyncAppPatterns(nextPatterns);
    const t = readTimeoutMs(nextTimeout);
    onChange({ ...(p.ok ? { syncAppPatterns: p.value } : {}), ...(t.ok ? { timeoutMs: t.value } : {}) });
    onValidityChange(p.ok && t.ok);
  }

  return (
    <details className="card advanced">
      <summary>Advanced</summary>
      <p className="hint">Change these only when AutoEntry support asks you to.</p>
      <label htmlFor={`${id}-patterns`}>Names that identify the Sync App (one per line)</label>
      <textarea
        id={`${id}-patterns`}
        rows={3}
        value={patternsText}
        spellCheck={false}
        aria-invalid={!patterns.ok}
        aria-describedby={`${id}-patterns-hint ${id}-patterns-error`}
        onChange={(e) => typed(e.target.value, timeoutText)}
      />
      <p id={`${id}-patterns-hint`} className="hint">
        A program, process or Windows service whose name contains one of these counts as the Sync App. Upper or lower case does not matter.
      </p>
      <FieldError reading={patterns} id={`${id}-patterns-error`} />
      <label htmlFor={`${id}-timeout`}>Time allowed for each look-up (milliseconds)</label>
      <input
        id={`${id}-timeout`}
        type="number"
        min={100}
        max={120000}
        step={100}
        value={timeoutText}
        aria-invalid={!timeout.ok}
        aria-describedby={`${id}-timeout-hint ${id}-timeout-error`}
        onChange={(e) => typed(patternsText, e.target.value)}
      />
      <p id={`${id}-timeout-hint`} className="hint">
        A folder or network share that takes longer than this is reported as “did not answer” instead of holding up the check.
      </p>
      <FieldError reading={timeout} id={`${id}-timeout-error`} />
      <label htmlFor={`${id}-log-level`}>How much goes in the log</label>
      <select id={`${id}-log-level`} value={settings.logLevel} onChange={(e) => onChange({ logLevel: e.target.value as Settings['logLevel'] })}>
        {LOG_LEVELS.map((level) => (
          <option key={level} value={level}>
            {LOG_LEVEL_WORDS[level]}
          </option>
        ))}
      </select>
    </details>
  );
}
