import { describe, expect, it } from 'vitest';
import { sageVersionOfFolder, sageVersionOfPath } from '../../src-shared/model/sage-versions.js';

describe('Sage 50 version folders', () => {
  it('the years 2014 to 2026 are versions 20 to 32', () => {
    expect(sageVersionOfFolder('2014')).toBe(20);
    expect(sageVersionOfFolder('2024')).toBe(30);
    expect(sageVersionOfFolder('2026')).toBe(32);
  });

  it('years before 2014 or after 2026 are not Sage version folders', () => {
    expect(sageVersionOfFolder('2013')).toBeUndefined();
    expect(sageVersionOfFolder('2027')).toBeUndefined();
    expect(sageVersionOfFolder('2099')).toBeUndefined();
  });

  it('V33 and later, in either case, are versions by number', () => {
    expect(sageVersionOfFolder('V33')).toBe(33);
    expect(sageVersionOfFolder('v34')).toBe(34);
    expect(sageVersionOfFolder('V100')).toBe(100);
    expect(sageVersionOfFolder('V32')).toBeUndefined();
    expect(sageVersionOfFolder('V9')).toBeUndefined();
    expect(sageVersionOfFolder('V1000')).toBeUndefined();
  });

  it('other folder names are not versions, even with a year or V-number inside', () => {
    for (const name of ['', 'COMPANY', 'Backup2024', '2024 old', '20245', '12024', 'x2024', 'V33a', 'aV33', 'V 33', '1994']) {
      expect(sageVersionOfFolder(name), name).toBeUndefined();
    }
  });
});

describe('the Sage version whose settings folder a path lies in', () => {
  it('a folder below Sage\\Accounts\\<version>', () => {
    expect(sageVersionOfPath(['ProgramData', 'Sage', 'Accounts', '2024', 'COMPANY'])).toEqual({ name: '2024', version: 30 });
    expect(sageVersionOfPath(['Sage', 'Accounts', 'V34', 'Company.000'])).toEqual({ name: 'V34', version: 34 });
  });

  it('Sage and Accounts in any case, as Windows compares names', () => {
    expect(sageVersionOfPath(['ProgramData', 'SAGE', 'accounts', '2025', 'Company.001'])).toEqual({ name: '2025', version: 31 });
  });

  it('the version folder itself is not inside it', () => {
    expect(sageVersionOfPath(['ProgramData', 'Sage', 'Accounts', '2024'])).toBeUndefined();
  });

  it('the innermost version folder counts', () => {
    expect(sageVersionOfPath(['Sage', 'Accounts', '2020', 'Sage', 'Accounts', '2024', 'COMPANY'])).toEqual({ name: '2024', version: 30 });
  });

  it('a version folder deeper inside still names its version when the innermost candidate is not one', () => {
    expect(sageVersionOfPath(['Sage', 'Accounts', '2022', 'Sage', 'Accounts', 'Backup', 'COMPANY'])).toEqual({ name: '2022', version: 28 });
  });

  it('outside Sage\'s settings folders: no version', () => {
    expect(sageVersionOfPath(['Sage', 'Accounts', 'Backup', 'COMPANY'])).toBeUndefined();
    expect(sageVersionOfPath(['Sage', 'Payroll', '2024', 'x'])).toBeUndefined();
    expect(sageVersionOfPath(['Intuit', 'Accounts', '2024', 'x'])).toBeUndefined();
    expect(sageVersionOfPath(['Accounts', '2024', 'x'])).toBeUndefined();
    expect(sageVersionOfPath([])).toBeUndefined();
  });
});
