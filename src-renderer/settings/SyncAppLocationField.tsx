import { useId } from 'react';

/** "Sync App location shown on AutoEntry's Integrate page": the computer AutoEntry sends invoices to. */
export function SyncAppLocationField({ value, onChange }: { value: string | undefined; onChange: (location: string | undefined) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={`${id}-location`}>Sync App location shown on AutoEntry’s Integrate page</label>
      <input
        id={`${id}-location`}
        value={value ?? ''}
        placeholder="e.g. OFFICE-PC1"
        aria-describedby={`${id}-location-hint`}
        onChange={(e) => onChange(e.target.value.trim() === '' ? undefined : e.target.value)}
      />
      <p id={`${id}-location-hint`} className="hint">
        The name of the computer AutoEntry sends invoices to. Leave empty if you are not sure.
      </p>
    </>
  );
}
