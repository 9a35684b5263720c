import { useId } from 'react';
import type { Company } from '../../src-shared/settings/settings-schema.js';
import { BrowseButton, useCanBrowse } from './BrowseButton.js';
import { PathVerdict } from './PathVerdict.js';
import { usePathValidation } from './use-path-validation.js';

interface Props {
  company: Company;
  onChange: (next: Company) => void;
  onRemove: () => void;
}

/** One AutoEntry company: its name, its accounting software and the file path AutoEntry uses for it. */
export function CompanyEditor({ company, onChange, onRemove }: Props) {
  const id = useId();
  const verdict = usePathValidation(company.path);
  const title = company.name.trim() || 'New company';
  const canBrowse = useCanBrowse();
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
      <label htmlFor={`${id}-path`}>File path AutoEntry is set to</label>
      <input
        id={`${id}-path`}
        className="path-input"
        value={company.path}
        spellCheck={false}
        placeholder={company.software === 'quickbooks' ? 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Company.QBW' : 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000'}
        aria-describedby={`${id}-path-hint ${id}-verdict`}
        onChange={(e) => onChange({ ...company, path: e.target.value })}
      />
      <BrowseButton software={company.software} label={`Browse for the file path of ${title}`} onChosen={(path) => onChange({ ...company, path })} />
      <p id={`${id}-path-hint`} className="hint">
        Copy it from the Integrate page in AutoEntry or from the Sync App, and paste it here
        {canBrowse
          ? ', or choose it with Browse.'
          : '. (A browser cannot show a folder’s full path, so there is no Browse button here: to find a folder, open it in File Explorer and copy its address bar.)'}
      </p>
      <PathVerdict verdict={verdict} id={`${id}-verdict`} />
      <button type="button" className="small danger" onClick={onRemove}>
        Remove {title}
      </button>
    </fieldset>
  );
}
