import { describe, expect, it } from 'vitest';
import { ndHostComputer, parseNdText } from '../../src-shared/parsers/quickbooks-nd.js';
import { checkSnapshot, machine } from '../support/check-machine.js';

// A stale sidecar as QuickBooks leaves it after single-user use: its personal data engine
// (EngineName=QB_data_engine_NN) with hosting off (ServerMode=2).
const PERSONAL_ENGINE_ND = '//This is a QuickBooks configuration file\r\n[NetConnect]\r\nServerIp=192.168.1.31\r\nEngineName=QB_data_engine_33\r\nServerPort=10180\r\nFilePath=C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Harbour Cafe.QBW\r\nServerMode=2\r\n';
// A sidecar written by the Database Server Manager on the file server: hosting on.
const FILE_SERVER_ND = '//This is a QuickBooks configuration file\r\n[NetConnect]\r\nServerIp=192.168.1.20\r\nEngineName=QB_FILESRV_33\r\nServerPort=55378\r\nFilePath=D:\\QBData\\Harbour Cafe.QBW\r\nServerMode=1\r\n';

const LOCAL = 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Harbour Cafe.QBW';

describe('the computer an .ND sidecar names', () => {
  it('the personal data engine is a program, not a computer', () => {
    const nd = parseNdText(PERSONAL_ENGINE_ND);
    expect(nd.engineName).toBe('QB_data_engine_33');
    expect(nd.hostName).toBeUndefined();
    expect(ndHostComputer(nd)).toBeUndefined();
  });

  it('whatever the case QuickBooks wrote it in', () => {
    expect(parseNdText('EngineName=QB_DATA_ENGINE_34\nServerMode=1').hostName).toBeUndefined();
  });

  it('a real server with hosting on names that server', () => {
    const nd = parseNdText(FILE_SERVER_ND);
    expect(nd.hostName).toBe('FILESRV');
    expect(ndHostComputer(nd)).toBe('FILESRV');
  });

  it('hosting off (ServerMode=2) names nobody as the host, even with a real computer name', () => {
    const nd = parseNdText('EngineName=QB_FILESRV_33\nServerMode=2');
    expect(nd.hostName).toBe('FILESRV');
    expect(ndHostComputer(nd)).toBeUndefined();
  });
});

describe('quickbooks.hosted-elsewhere from real .ND files', () => {
  async function hostedFindings(ndText: string) {
    const m = machine('quickbooks-sync-app-stopped');
    m.files[`${LOCAL}.ND`] = { text: ndText };
    const report = await checkSnapshot(m, { autoentryPaths: [LOCAL] });
    return { report, hosted: report.findings.filter((f) => f.code === 'quickbooks.hosted-elsewhere') };
  }

  it('a stale personal-data-engine sidecar is not "hosted by another computer"', async () => {
    const { report, hosted } = await hostedFindings(PERSONAL_ENGINE_ND);
    expect(hosted).toEqual([]);
    const files = (report.inventory as { quickbooks: { companyFiles: Array<{ path: string; hostedBy?: string; serverMode?: number }> } }).quickbooks.companyFiles;
    const file = files.find((f) => f.path === LOCAL);
    expect(file?.serverMode).toBe(2);
    expect(file?.hostedBy).toBeUndefined();
  });

  it('a sidecar from a real file server with its address is reported, naming the server', async () => {
    const { hosted } = await hostedFindings(FILE_SERVER_ND);
    expect(hosted).toHaveLength(1);
    expect(hosted[0]!.title).toContain('FILESRV');
    expect(hosted[0]!.detail).toContain('192.168.1.20');
  });
});
