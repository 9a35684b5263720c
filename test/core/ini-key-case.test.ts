import { describe, expect, it } from 'vitest';
import { iniValue, parseIniText } from '../../src-shared/parsers/ini-text.js';
import { parseNdText } from '../../src-shared/parsers/quickbooks-nd.js';
import { parseRecentFiles } from '../../src-shared/parsers/quickbooks-recent-files.js';

/**
 * Windows INI files ignore the case of section and key names, and QuickBooks' own files are
 * not consistent about it (hand-edited `.ND` files, `QBWUSER.INI` written by different
 * versions). Every reader must find a key however it is spelt.
 */
describe('INI keys in any case', () => {
  const section = () => parseIniText('[NetConnect]\r\nServerIp=10.1.2.3\r\nSERVERPORT=55378\r\nenginename=QB_FILESRV_34\r\n')[0]!;

  it.each([
    ['ServerIp', '10.1.2.3'],
    ['serverip', '10.1.2.3'],
    ['SERVERIP', '10.1.2.3'],
    ['ServerPort', '55378'],
    ['serverport', '55378'],
    ['EngineName', 'QB_FILESRV_34'],
    ['ENGINENAME', 'QB_FILESRV_34'],
  ])('iniValue finds %s', (key, value) => {
    expect(iniValue(section(), key)).toBe(value);
  });

  it('keeps the key as it was spelt, and answers nothing for a key that is not there', () => {
    expect(section().entries.map((e) => e.key)).toEqual(['ServerIp', 'SERVERPORT', 'enginename']);
    expect(iniValue(section(), 'FilePath')).toBeUndefined();
  });

  it('reads an .ND sidecar written in lower or upper case', () => {
    const expected = { serverIp: '192.168.1.20', engineName: 'QB_FILESRV_34', hostName: 'FILESRV', serverPort: '55378', filePath: 'D:\\QB\\Cafe.QBW', serverMode: 1 };
    const lower = '[netconnect]\r\nserverip=192.168.1.20\r\nenginename=QB_FILESRV_34\r\nserverport=55378\r\nfilepath=D:\\QB\\Cafe.QBW\r\nservermode=1\r\n';
    const upper = '[NETCONNECT]\r\nSERVERIP=192.168.1.20\r\nENGINENAME=QB_FILESRV_34\r\nSERVERPORT=55378\r\nFILEPATH=D:\\QB\\Cafe.QBW\r\nSERVERMODE=1\r\n';
    expect(parseNdText(lower)).toEqual(expected);
    expect(parseNdText(upper)).toEqual(expected);
  });

  it('finds the [NetConnect] section whatever its case, even after another section', () => {
    expect(parseNdText('[Other]\r\nServerIp=1.1.1.1\r\n[netCONNECT]\r\nServerIp=2.2.2.2\r\n')).toMatchObject({ serverIp: '2.2.2.2' });
  });

  it('lists QBWUSER.INI recent files whose keys and sections are spelt in any case', () => {
    const ini = '[mruFiles_Enterprise]\r\nfile2=B.QBW\r\nFile1=A.QBW\r\nFILE3=C.QBW\r\n[QBW]\r\nfile1=not-recent.QBW\r\n';
    expect(parseRecentFiles(ini)).toEqual(['A.QBW', 'B.QBW', 'C.QBW']);
  });
});
