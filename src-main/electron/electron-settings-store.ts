import ElectronStore from 'electron-store';
import { openSettingsStore, settingsFileOptions, type SettingsFile, type SettingsStore, type SettingsStoreOptions } from '../settings/settings-store.js';

/**
 * The desktop app's settings, kept with electron-store. It is `conf` underneath, and opened with
 * the same folder, file name, format version and migrations as the CLI's `conf`, so both read
 * and write one `config.json`.
 */
export function openElectronSettingsStore(options: Omit<SettingsStoreOptions, 'openFile'> = {}): SettingsStore {
  return openSettingsStore({ ...options, openFile: openWithElectronStore });
}

function openWithElectronStore(directory: string): SettingsFile {
  const { configName, projectName: _projectName, ...shared } = settingsFileOptions(directory);
  // electron-store names the file `name` and would version migrations by the app's version;
  // the settings format's version is passed instead (its types leave projectVersion out).
  const options = { ...shared, name: configName } as ConstructorParameters<typeof ElectronStore<Record<string, unknown>>>[0];
  return new ElectronStore<Record<string, unknown>>(options);
}
