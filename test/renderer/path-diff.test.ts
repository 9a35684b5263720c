import { describe, expect, it } from 'vitest';
import { diffPaths } from '../../src-renderer/paths/path-diff.js';

const marked = (pieces: ReturnType<typeof diffPaths>['left']) => pieces.filter((p) => p.differs).map((p) => p.text);

describe('highlighting what differs between two paths', () => {
  it('marks only the version folder when Sage moved from 2024 to 2025', () => {
    const d = diffPaths('C:\\ProgramData\\Sage\\Accounts\\2024\\Company.000', 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000');
    expect(marked(d.left)).toEqual(['2024']);
    expect(marked(d.right)).toEqual(['2025']);
  });

  it('keeps the path’s own spelling, separators included', () => {
    const path = '\\\\FILESRV\\Accounts\\SAGE\\Company.000\\';
    expect(diffPaths(path, 'S:\\SAGE\\Company.000').left.map((p) => p.text).join('')).toBe(path);
  });

  it('ignores differences of case, as Windows does', () => {
    const d = diffPaths('c:\\programdata\\sage\\accounts\\2025\\company.000', 'C:\\ProgramData\\Sage\\Accounts\\2025\\Company.000');
    expect(marked(d.left)).toEqual([]);
    expect(marked(d.right)).toEqual([]);
  });

  it('marks extra folders on either side', () => {
    const d = diffPaths('\\\\filesrv\\accounts\\SAGE\\Company.000\\ACCDATA', 'S:\\SAGE\\Company.000');
    expect(marked(d.left)).toEqual(['filesrv', 'accounts', 'ACCDATA']);
    expect(marked(d.right)).toEqual(['S:']);
  });
});
