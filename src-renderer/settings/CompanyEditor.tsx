import { useEffect, useId } from 'react';
import type { Company } from '../../src-shared/settings/settings-schema.js';
import { AutoEntryPathField } from './AutoEntryPathField.js';
import { usePathValidation, type PathVerdictState } from './use-path-validation.js';

interface Props {
  company: Company;
  onChange: (next: Company) => void;
  onRemove: () => void;
  /** Told when the path's live verdict changes: a company is saved once its path has one. */
  onVerdict?: (id: string, state: PathVerdictState['state']) => void;
  /** Said beside the company: "Saved." once it is. */
  note?: string | undefined;
}

/** One AutoEntry company: its name, its accounting software and the file path AutoEntry uses for it. */
export function CompanyEditor({ company, onChange, onRemove, onVerdict, note }: Props) {
  const id = useId();
  const verdict = usePathValidation(company.path);
  useEffect(() => onVerdict?.(company.id, verdict.state), [onVerdict, company.id, verdict.state]);
  const title = company.name.trim() || 'New company';
  return (
    <fieldset className="company-editor">
      <legend>{title}</legend>
      <label htmlFor={`${id}-name`}>Company name in AutoEntry</label>
      <input id={`${id}-name`} value={company.name} onChange={(e) => onChange({ ...company, name: e.target.value })} />
      <label htmlFor={`${id}-software`}>Accounting software</label>
      <select id={`${id}-software`} value={company.software} onChange={(e) => onChange({ ...company, software: e.target.value as Company['software'] })}>
        <option value="sage">Sage 50 Accounts</option>
        <option value="quickbooks">QuickBooks Desktop</option>
        <option value="unknown">Not sure</option>
      </select>
      <AutoEntryPathField value={company.path} software={company.software} title={title} verdict={verdict} onChange={(path) => onChange({ ...company, path })} />
      {note && <p className="hint company-note">{note}</p>}
      <button type="button" className="small danger" onClick={onRemove}>
        Remove {title}
      </button>
    </fieldset>
  );
}
