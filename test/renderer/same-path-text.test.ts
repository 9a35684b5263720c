import { describe, expect, it } from 'vitest';
import { samePathText } from '../../src-renderer/paths/same-path-text.js';

describe('matching a company’s path with a verdict', () => {
  it('ignores case, separators and a trailing backslash, as Windows does', () => {
    expect(samePathText('C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000\\', 'c:/programdata/sage/accounts/2025/company.000')).toBe(true);
  });

  it('tells different folders apart', () => {
    expect(samePathText('C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000', 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000')).toBe(false);
  });

  it('compares text that is not a Windows path as typed', () => {
    expect(samePathText(' Company.000 ', 'company.000')).toBe(true);
  });
});
