import { describe, expect, it } from 'vitest';
import { describeResolution } from '../../src-main/probes/probe-context.js';

describe('describeResolution: the differing heads of a spelling and what the host resolved it to', () => {
  it('names the short folder and its long name', () => {
    expect(describeResolution('C:\\PROGRA~3\\Sage\\Accounts', 'C:\\ProgramData\\Sage\\Accounts')).toBe('C:\\PROGRA~3 is another name for C:\\ProgramData');
  });

  it('keeps both backslashes of a UNC head (Wine resolves a share to its mapped drive)', () => {
    expect(describeResolution('\\\\FILESRV\\Accounts\\Acme.001', 'S:\\Acme.001')).toBe('\\\\FILESRV\\Accounts is another name for S:');
    expect(describeResolution('S:\\Acme.001', '\\\\FILESRV\\Accounts\\Acme.001')).toBe('S: is another name for \\\\FILESRV\\Accounts');
    expect(describeResolution('\\\\nas\\old\\Books.QBW', '\\\\nas2\\new\\Books.QBW')).toBe('\\\\nas\\old is another name for \\\\nas2\\new');
  });

  it('keeps the root slash of a POSIX path', () => {
    expect(describeResolution('/srv/link/data', '/mnt/real/data')).toBe('/srv/link is another name for /mnt/real');
  });
});
