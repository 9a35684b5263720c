import { describe, expect, it } from 'vitest';
import { canonicaliseWinPath } from '../../src-shared/winpath/canonical-path.js';
import { envValue, expandEnvironment } from '../../src-shared/winpath/environment.js';

/**
 * `%NAME%` in a path, read the way Windows' ExpandEnvironmentStrings reads it: a name is matched
 * whatever its case, a name nobody defined stays as it was typed, and a `%…%` that cannot be a
 * variable name (it spans a folder separator, a line break or a character no name may hold) is
 * not a reference at all.
 */
const ENV = {
  APPDATA: 'C:\\Users\\Ann\\AppData\\Roaming',
  ProgramData: 'C:\\ProgramData',
  'Sage Data': 'D:\\Sage',
  SystemDrive: 'C:',
};

describe('expanding %NAME% references', () => {
  it('%APPDATA% becomes the roaming profile folder, and says which name it expanded', () => {
    expect(expandEnvironment('%APPDATA%\\Intuit', ENV)).toEqual({ text: 'C:\\Users\\Ann\\AppData\\Roaming\\Intuit', expanded: ['APPDATA'] });
  });

  it('matches a name in any case and reports it as the user spelled it', () => {
    expect(expandEnvironment('%appdata%\\x', ENV)).toEqual({ text: 'C:\\Users\\Ann\\AppData\\Roaming\\x', expanded: ['appdata'] });
    expect(expandEnvironment('%PROGRAMDATA%', ENV).text).toBe('C:\\ProgramData');
  });

  it('expands every reference in the text, in order', () => {
    expect(expandEnvironment('%SystemDrive%\\x;%ProgramData%\\y', ENV)).toEqual({ text: 'C:\\x;C:\\ProgramData\\y', expanded: ['SystemDrive', 'ProgramData'] });
  });

  it('leaves an unknown name as typed and does not report it', () => {
    expect(expandEnvironment('%NOPE%\\x', ENV)).toEqual({ text: '%NOPE%\\x', expanded: [] });
  });

  it('a name may hold a space', () => {
    expect(expandEnvironment('%Sage Data%\\Company.000', ENV).text).toBe('D:\\Sage\\Company.000');
  });

  it('text without a reference comes back unchanged', () => {
    expect(expandEnvironment('C:\\100% sure\\x', ENV)).toEqual({ text: 'C:\\100% sure\\x', expanded: [] });
    expect(expandEnvironment('', ENV)).toEqual({ text: '', expanded: [] });
  });

  it('%% is not an empty name', () => {
    expect(expandEnvironment('C:\\a%%b', { '': 'X' }).text).toBe('C:\\a%%b');
  });

  it.each([
    ['a back slash', 'C:\\50%\\APPDATA%\\x', { '\\APPDATA': 'BAD' }],
    ['a slash', '%a/b%', { 'a/b': 'BAD' }],
    ['a colon', '%C:%', { 'C:': 'BAD' }],
    ['a star', '%a*b%', { 'a*b': 'BAD' }],
    ['a question mark', '%a?b%', { 'a?b': 'BAD' }],
    ['a double quote', '%a"b%', { 'a"b': 'BAD' }],
    ['a less-than sign', '%a<b%', { 'a<b': 'BAD' }],
    ['a greater-than sign', '%a>b%', { 'a>b': 'BAD' }],
    ['a bar', '%a|b%', { 'a|b': 'BAD' }],
    ['a carriage return', '%a\rb%', { 'a\rb': 'BAD' }],
    ['a line feed', '%a\nb%', { 'a\nb': 'BAD' }],
  ])('a %s between two %% signs is not a variable reference', (_what, text, env) => {
    expect(expandEnvironment(text, env)).toEqual({ text, expanded: [] });
  });

  it('a %% sign that opens no reference does not swallow the next one', () => {
    expect(expandEnvironment('C:\\50%\\%APPDATA%', ENV).text).toBe('C:\\50%\\C:\\Users\\Ann\\AppData\\Roaming');
  });

  it('does not expand the value again', () => {
    expect(expandEnvironment('%A%', { A: '%B%', B: 'twice' }).text).toBe('%B%');
  });
});

describe('looking up one variable', () => {
  it('finds a name in any case', () => {
    expect(envValue(ENV, 'systemdrive')).toBe('C:');
    expect(envValue(ENV, 'SYSTEMDRIVE')).toBe('C:');
    expect(envValue({ appdata: 'x' }, 'AppData')).toBe('x');
  });

  it('is undefined for a name that is not set', () => {
    expect(envValue(ENV, 'LOCALAPPDATA')).toBeUndefined();
    expect(envValue({}, 'APPDATA')).toBeUndefined();
  });

  it('a name is matched whole, not by its start', () => {
    expect(envValue({ APPDATA2: 'wrong', APPDATA: 'right' }, 'appdata')).toBe('right');
  });
});

describe('a path written with variables', () => {
  it('names the same folder as its expansion, and says so for each name', () => {
    const c = canonicaliseWinPath('%SystemDrive%\\%ProgramData%', { env: { SystemDrive: 'C:', ProgramData: 'ProgramData' } });
    expect(c.ok && c.value.canonical).toBe('C:\\ProgramData');
    expect(c.ok && c.value.steps).toEqual([
      { kind: 'environment', text: '%SystemDrive% stands for a folder on this PC' },
      { kind: 'environment', text: '%ProgramData% stands for a folder on this PC' },
    ]);
  });

  it('with no environment given, a variable stays and the path is not a full path', () => {
    const c = canonicaliseWinPath('%APPDATA%\\Intuit');
    expect(c.ok).toBe(false);
  });
});
