import { envValue } from '../../src-shared/winpath/environment.js';
import type { ProbeContext } from './probe-context.js';

/** Windows folders by their environment variable, with Windows' defaults where one is absent. */
export function knownFolder(ctx: ProbeContext, name: 'ProgramData' | 'PUBLIC' | 'LOCALAPPDATA' | 'SystemDrive'): string {
  const value = envValue(ctx.env, name);
  if (value) return value.replace(/[\\]+$/, '');
  const systemDrive = (envValue(ctx.env, 'SystemDrive') ?? 'C:').replace(/[\\]+$/, '');
  switch (name) {
    case 'ProgramData':
      return `${systemDrive}\\ProgramData`;
    case 'PUBLIC':
      return `${systemDrive}\\Users\\Public`;
    case 'LOCALAPPDATA':
      return `${systemDrive}\\Users\\${ctx.identity.userName}\\AppData\\Local`;
    case 'SystemDrive':
      return systemDrive;
  }
}
