import type { Company } from '../../src-shared/settings/settings-schema.js';

/** What the system's open dialog asks for: a Sage dataset is a folder, a QuickBooks company a `.QBW` file. */
export interface PathDialogOptions {
  title: string;
  properties: Array<'openFile' | 'openDirectory'>;
  filters?: Array<{ name: string; extensions: string[] }>;
}

export function dialogForSoftware(software: Company['software']): PathDialogOptions {
  if (software === 'quickbooks') {
    return { title: 'Choose the QuickBooks company file', properties: ['openFile'], filters: [{ name: 'QuickBooks company files', extensions: ['qbw'] }] };
  }
  return { title: 'Choose the Sage 50 company data folder (such as Company.000)', properties: ['openDirectory'] };
}
