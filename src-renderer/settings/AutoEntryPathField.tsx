import { useId } from 'react';
import type { Company } from '../../src-shared/settings/settings-schema.js';
import { BrowseButton, useCanBrowse } from './BrowseButton.js';
import { PathVerdict } from './PathVerdict.js';
import type { PathVerdictState } from './use-path-validation.js';

interface Props {
  value: string;
  software: Company['software'];
  /** Names the field's Browse button: "Browse for the file path of Harbour Cafe". */
  title: string;
  verdict: PathVerdictState;
  onChange: (path: string) => void;
  label?: string;
}

/** "File path AutoEntry is set to": the field, Browse where the app has a dialog, where to copy it from, and its live verdict. */
export function AutoEntryPathField({ value, software, title, verdict, onChange, label = 'File path AutoEntry is set to' }: Props) {
  const id = useId();
  const canBrowse = useCanBrowse();
  return (
    <>
      <label htmlFor={`${id}-path`}>{label}</label>
      <input
        id={`${id}-path`}
        className="path-input"
        value={value}
        spellCheck={false}
        placeholder={software === 'quickbooks' ? 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Company.QBW' : 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000'}
        aria-describedby={`${id}-path-hint ${id}-verdict`}
        onChange={(e) => onChange(e.target.value)}
      />
      <BrowseButton software={software} label={`Browse for the file path of ${title}`} onChosen={onChange} />
      <p id={`${id}-path-hint`} className="hint">
        Copy it from the Integrate page in AutoEntry or from the Sync App, and paste it here
        {canBrowse
          ? ', or choose it with Browse.'
          : '. (A browser cannot show a folder’s full path, so there is no Browse button here: to find a folder, open it in File Explorer and copy its address bar.)'}
      </p>
      <PathVerdict verdict={verdict} id={`${id}-verdict`} />
    </>
  );
}
