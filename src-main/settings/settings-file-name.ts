/** The settings file's name in the per-user config folder (the desktop app and the CLI share it). */
export const SETTINGS_FILE_NAME = 'config.json';
