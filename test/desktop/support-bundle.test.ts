import { describe, expect, it } from 'vitest';
import { makeBasicSupportBundle } from '../../src-main/app/basic-support-bundle.js';
import { makeReport, SYNC_APP_STOPPED } from './fakes.js';

describe('basic support bundle', () => {
  const report = makeReport('error', [{ ...SYNC_APP_STOPPED, detail: 'Not running on OFFICE-PC1 for Jane.' }], {
    machine: { computerName: 'OFFICE-PC1', userName: 'Jane' },
  });
  const now = new Date('2026-11-21T10:00:00Z');

  it('holds the report and the recent log lines, named by date', () => {
    const bundle = makeBasicSupportBundle(report, ['12:00 INFO started'], false, now);
    expect(bundle.fileName).toBe('sync-doctor-support-2026-11-21.json');
    const content = JSON.parse(bundle.content);
    expect(content.report.findings[0].code).toBe('syncapp.not-running');
    expect(content.log).toEqual(['12:00 INFO started']);
  });

  it('hides the computer and user names everywhere when redacted, whatever their case', () => {
    const bundle = makeBasicSupportBundle(report, ['opened C:\\Users\\jane\\Documents on office-pc1'], true, now);
    expect(bundle.content).not.toMatch(/office-pc1|jane/i);
    expect(bundle.content).toContain('<COMPUTER>');
    expect(bundle.content).toContain('C:\\\\Users\\\\<USER>\\\\Documents');
  });
});
