import { describe, expect, it } from 'vitest';
import { parseWinPath } from '../../src-shared/winpath/parse-win-path.js';

/** Issue 19, item 10: a device or literal spelling is refused for its true reason, never as "relative to the current folder". */
describe('device and literal spellings are refused with the true reason', () => {
  const refusal = (input: string) => {
    const parsed = parseWinPath(input);
    if (parsed.ok) throw new Error(`${input} was accepted`);
    return parsed.reason;
  };

  it('\\\\.\\C: names the volume itself', () => {
    expect(refusal('\\\\.\\C:')).toMatch(/names the volume C: itself \(a device\), not a folder on it/);
    expect(refusal('\\\\?\\D:')).toMatch(/names the volume D: itself/);
    expect(refusal('\\\\.\\C:')).not.toMatch(/relative to the current folder/);
  });

  it('\\\\?\\D:/XY\\Z: / is no separator in a literal path', () => {
    expect(refusal('\\\\?\\D:/XY\\Z')).toBe('"\\\\?\\D:/XY\\Z" uses / after D:; in a \\\\?\\ path only \\ separates folders, so write D:\\XY\\Z or leave out the \\\\?\\.');
    expect(refusal('\\\\?\\D:/XY\\Z')).not.toMatch(/relative to the current folder/);
  });

  it('an ordinary drive-relative spelling keeps its reason', () => {
    expect(refusal('C:')).toMatch(/relative to the current folder of drive C:/);
    expect(refusal('C:Sage')).toMatch(/relative to the current folder of drive C:/);
    expect(parseWinPath('\\\\.\\C:\\x').ok).toBe(true);
  });
});
