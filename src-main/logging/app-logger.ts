import winston from 'winston';
import DailyRotateFile from 'winston-daily-rotate-file';
import type { Settings } from '../../src-shared/settings/settings-schema.js';
import { safeLogText } from './log-text.js';

export type LogLevel = Settings['logLevel'];

/** Log files are `sync-doctor-YYYY-MM-DD.log`; a day's file rolls to `.1`, `.2`… past MAX_FILE_SIZE. */
export const LOG_FILE_PREFIX = 'sync-doctor-';
export const LOG_FILE_EXTENSION = '.log';
/** At most MAX_FILES files of at most MAX_FILE_SIZE each: the folder never passes about 20 MB. */
export const MAX_FILE_SIZE = '2m';
export const MAX_FILES = 10;

export interface AppLoggerOptions {
  directory: string;
  level: LogLevel;
  /** Overrides for tests. */
  maxSize?: string;
  maxFiles?: number;
}

export interface AppLogger {
  log(level: LogLevel, message: string): void;
  setLevel(level: LogLevel): void;
  /** Flushes and closes the files. */
  close(): Promise<void>;
}

/**
 * One line per entry: a log line can never be split or forged by a line break in the message,
 * nor carry terminal escapes, control or bidi characters (see safeLogText).
 */
export function oneLine(message: string): string {
  return safeLogText(message);
}

export function createAppLogger(options: AppLoggerOptions): AppLogger {
  const transport = new DailyRotateFile({
    dirname: options.directory,
    filename: `${LOG_FILE_PREFIX}%DATE%`,
    extension: LOG_FILE_EXTENSION,
    datePattern: 'YYYY-MM-DD',
    maxSize: options.maxSize ?? MAX_FILE_SIZE,
    maxFiles: options.maxFiles ?? MAX_FILES,
    auditFile: `${options.directory}/.log-audit.json`,
  });
  const logger = winston.createLogger({
    level: options.level,
    format: winston.format.combine(
      winston.format.timestamp(),
      winston.format.printf((info) => `${String(info['timestamp'])} ${info.level.toUpperCase()} ${oneLine(String(info.message))}`),
    ),
    transports: [transport],
  });
  // A late message (a check finishing while the app quits) is dropped, not written after the end.
  let closed = false;
  return {
    log: (level, message) => {
      if (!closed) logger.log(level, message);
    },
    setLevel: (level) => {
      logger.level = level;
    },
    // Resolves once the file stream has flushed: winston's own "finish" comes before that.
    close: () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        closed = true;
        const file = (transport as unknown as { logStream?: { end(callback: () => void): void } }).logStream;
        logger.once('finish', () => (file ? file.end(() => resolve()) : resolve()));
        logger.end();
      }),
  };
}
