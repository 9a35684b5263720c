import type { TextStyle } from '../../src-shared/report/report-text.js';
import type { CliIo } from './cli-io.js';

/**
 * Glyphs and colour for the terminal at hand: colour only on a TTY and never with NO_COLOR;
 * ASCII marks where the console is unlikely to draw ✓ and ✗ (old Windows consoles, non-UTF-8
 * locales) or when SYNC_DOCTOR_ASCII is set.
 */
export function terminalStyle(io: CliIo, platform: NodeJS.Platform = process.platform): TextStyle {
  const env = io.env;
  const noColour = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const forceColour = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '';
  const colour = !noColour && (forceColour || (io.isTTY && env.TERM !== 'dumb'));
  return { colour, glyphs: canDrawGlyphs(env, platform) ? 'unicode' : 'ascii', ...(io.ownCode && { ownCode: io.ownCode }) };
}

function canDrawGlyphs(env: CliIo['env'], platform: NodeJS.Platform): boolean {
  if (env.SYNC_DOCTOR_ASCII !== undefined && env.SYNC_DOCTOR_ASCII !== '' && env.SYNC_DOCTOR_ASCII !== '0') return false;
  if (platform === 'win32') return Boolean(env.WT_SESSION || env.TERM_PROGRAM || env.ConEmuANSI === 'ON' || /utf-?8/i.test(env.TERM ?? ''));
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return locale === undefined || locale === '' || /utf-?8/i.test(locale);
}
