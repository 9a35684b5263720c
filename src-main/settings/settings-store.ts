import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { SettingsSchema, type Settings } from '../../src-shared/settings/settings-schema.js';
import { defaultConfigDirectory, PROJECT_NAME } from './app-paths.js';
import { SETTINGS_FILE_NAME } from './settings-file-name.js';
import { SETTINGS_FORMAT_VERSION, SETTINGS_MIGRATIONS } from './settings-migrations.js';
import { withoutInternal } from './current-settings-file.js';

export { SETTINGS_FILE_NAME };

/** The key-value file under the store: `conf` here, `electron-store` (conf underneath) in the desktop app. */
export interface SettingsFile {
  store: Record<string, unknown>;
}

/**
 * How the settings file is opened, whichever library opens it: one file name, one folder, the
 * settings format's own version and its migrations — so the app and the CLI share one file.
 */
export function settingsFileOptions(directory: string) {
  return {
    projectName: PROJECT_NAME,
    cwd: directory,
    configName: 'config',
    accessPropertiesByDotNotation: false,
    projectVersion: SETTINGS_FORMAT_VERSION,
    migrations: SETTINGS_MIGRATIONS as Record<string, (store: Conf<Record<string, unknown>>) => void>,
  };
}

export interface SettingsStoreOptions {
  /** Folder of config.json; default the per-user config folder shared with the CLI. */
  directory?: string;
  env?: Record<string, string | undefined>;
  now?: () => Date;
  /** Opens the file in a folder; default `conf`. */
  openFile?: (directory: string) => SettingsFile;
}

export interface SettingsStore {
  /** The settings file. */
  readonly path: string;
  /** Set when the file was unreadable and was moved aside; tells the user where it went. */
  readonly notice: string | undefined;
  get(): Settings;
  /** Validates, writes atomically (conf writes a temporary file and renames it) and returns what was saved. */
  save(settings: Settings): Settings;
}

/** Opens the settings file, migrating old formats and setting aside a corrupt file (kept, never deleted). */
export function openSettingsStore(options: SettingsStoreOptions = {}): SettingsStore {
  const directory = options.directory ?? defaultConfigDirectory(options.env);
  const path = join(directory, SETTINGS_FILE_NAME);
  const now = options.now ?? (() => new Date());
  const openConf = options.openFile ?? openWithConf;
  let notice: string | undefined;

  const setAside = (reason: string): void => {
    const keptAs = join(directory, `config.corrupt-${now().toISOString().replace(/[:.]/g, '-')}.json`);
    renameSync(path, keptAs);
    notice =
      `Your settings could not be read (${reason}), so Sync Doctor started with its default settings. ` +
      `The old file was kept as ${keptAs} — re-enter your companies, or send that file to support.`;
  };

  const unreadable = problemWithFile(path);
  if (unreadable) setAside(unreadable);

  let conf: SettingsFile;
  try {
    conf = openConf(directory);
  } catch (error) {
    // A file set aside already is not there to set aside again: the library's own failure is the
    // one to tell (a folder it may not write, say), not a missing file's.
    if (unreadable !== undefined) throw error;
    setAside(`it could not be brought up to date: ${(error as Error).message}`);
    conf = openConf(directory);
  }

  let current = SettingsSchema.safeParse(withoutInternal(conf.store));
  if (!current.success) {
    setAside(`a value is not valid: ${current.error.issues[0]?.path.join('.') || 'the file'}`);
    conf = openConf(directory);
    current = SettingsSchema.safeParse(withoutInternal(conf.store));
  }
  let settings: Settings = current.success ? current.data : SettingsSchema.parse({});

  return {
    path,
    get notice() {
      return notice;
    },
    get: () => structuredClone(settings),
    save(next) {
      const valid = SettingsSchema.parse(next);
      conf.store = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
      settings = valid;
      return structuredClone(settings);
    },
  };
}

/** The settings the desktop app uses, for the CLI (same file; a corrupt file gives defaults). */
export async function loadSettingsForCli(options: SettingsStoreOptions = {}): Promise<Settings> {
  return openSettingsStore(options).get();
}

function openWithConf(directory: string): SettingsFile {
  return new Conf<Record<string, unknown>>(settingsFileOptions(directory));
}

/** Why the file cannot be used as it is, or undefined when it is fine (or absent). */
function problemWithFile(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'it does not hold settings';
    return undefined;
  } catch {
    return 'it is not valid JSON';
  }
}

