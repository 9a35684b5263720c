import { describe, expect, it } from 'vitest';
import { Pseudonyms } from '../../src-main/collect/pseudonyms.js';
import { looksLikePath, redactPath } from '../../src-main/collect/redact-path.js';
import { maskContacts, parsedFileKind, redactFreeText, redactTextFile, redactValue } from '../../src-main/collect/redact-text.js';

/**
 * The pieces of support-bundle redaction, each on the odd inputs a real office produces:
 * long-path and UNC forms, `.ND` and INI files with lines the rules never read, path lists
 * with a note in them, names inside longer names, numbers that only look like phone numbers.
 */
const people = () => new Pseudonyms([['jane', 'user'], ['OFFICE-PC1', 'computer']]);

describe('what counts as a path', () => {
  it('a drive, UNC, rooted, %VARIABLE% or POSIX path, only at the start of the text', () => {
    for (const path of ['C:\\Sage', 'c:/sage', '\\\\FILESRV\\Sage', '\\Users\\jane', '%APPDATA%\\Intuit', '%ProgramFiles(x86)%/Sage', '/home/jane']) {
      expect(looksLikePath(path), path).toBe(true);
    }
    for (const text of ['see C:\\Sage', 'ask \\\\FILESRV\\Sage', 'a\\b', '\\\\\\odd', '%%\\x', '%APPDATA%x', 'and %APPDATA%\\x', '%-%\\x', 'a/b', '//', 'Smith Ltd']) {
      expect(looksLikePath(text), text).toBe(false);
    }
  });
});

describe('Win32 long-path forms', () => {
  it('keep their prefix and redact what follows', () => {
    expect(redactPath('\\\\?\\C:\\Users\\jane\\Smith Ltd', people())).toBe('\\\\?\\C:\\Users\\user-1\\Client-1');
    expect(redactPath('\\\\.\\C:\\Users\\jane', people())).toBe('\\\\.\\C:\\Users\\user-1');
  });

  it('name the server of a long UNC path by its pseudonym, even with nothing after it', () => {
    expect(redactPath('\\\\?\\UNC\\FILESRV\\Clients\\Smith Ltd', people())).toBe('\\\\?\\UNC\\SERVER-1\\Client-1\\Client-2');
    expect(redactPath('\\\\?\\unc\\FILESRV', people())).toBe('\\\\?\\unc\\SERVER-1');
    expect(redactPath('\\\\?\\UNC\\', people())).toBe('\\\\?\\UNC\\');
    // The PC itself serving the share keeps the pseudonym it already has.
    expect(redactPath('\\\\?\\UNC\\office-pc1\\Smith Ltd', people())).toBe('\\\\?\\UNC\\PC-1\\Client-1');
    expect(redactPath('\\\\office-pc1\\Smith Ltd', people())).toBe('\\\\PC-1\\Client-1');
  });
});

describe('files the probes parse', () => {
  it('an .ND file keeps only the keys the rules read (its engine host is a computer), line endings as they were', () => {
    const nd = [
      '[NetConnect]\r\n', '; written by QuickBooks\r\n', 'ServerIp=192.168.1.5\r\n', 'ServerPort = abc\r\n', 'ServerMode=1\n',
      'EngineName=QB_FILESRV_34\r', 'EngineName=QB_OFFICE-PC1_34\r\n', 'EngineName=FILESRV\r\n', 'ServerIp=\r\n', '\r\n',
      'FilePath=\\\\FILESRV\\QB\\Smith Ltd.QBW\r\n', 'OwnerName=Jane Smith\r\n', '[Jane\'s notes!]\r\n', 'not a pair\r\n', 'ServerMode=2',
    ].join('');
    expect(redactTextFile(nd, people(), 'nd')).toBe([
      '[NetConnect]\r\n', 'ServerIp=10.0.0.1\r\n', 'ServerPort = 0\r\n', 'ServerMode=1\n',
      'EngineName=QB_PC-2_34\r', 'EngineName=QB_PC-1_34\r\n', 'EngineName=PC-2\r\n', 'ServerIp=\r\n', '\r\n',
      'FilePath=\\\\PC-2\\Client-1\\Client-2.QBW\r\n', 'ServerMode=2',
    ].join(''));
  });

  it('an .ND port or mode that is not a plain number becomes 0', () => {
    const nd = 'ServerPort=8019\r\nServerPort=abc55\r\nServerMode=55abc\r\nservermode=1\r\n';
    expect(redactTextFile(nd, people(), 'nd')).toBe('ServerPort=8019\r\nServerPort=0\r\nServerMode=0\r\nservermode=1\r\n');
  });

  it('QBWUSER.INI keeps FILEn entries of the recent-files sections only', () => {
    const ini = '[MRUFILES]\r\nFILE1=C:\\Intuit\\Smith Ltd.QBW\r\nLASTUSER=Jane\r\n[OTHER]\r\nFILE2=C:\\Intuit\\Jones Ltd.QBW\r\n  [ MRUFILES2 ]\r\nfile3 = C:\\Intuit\\Smith Ltd.QBW\r\n';
    expect(redactTextFile(ini, people(), 'qbwuser-ini')).toBe('[MRUFILES]\r\nFILE1=C:\\Intuit\\Client-1.QBW\r\n  [ MRUFILES2 ]\r\nfile3 = C:\\Intuit\\Client-1.QBW\r\n');
    // A section named after anyone (`[Smith Ltd]`) is dropped with its lines: only known words stay.
    expect(redactTextFile('[Smith Ltd]\r\nFILE1=C:\\x.QBW\r\n[MRUFILES]\r\n', people(), 'qbwuser-ini')).toBe('[MRUFILES]\r\n');
  });

  it('a COMPANY list keeps blank lines and paths, replaces anything else, and keeps a last line without an ending', () => {
    expect(redactTextFile('C:\\Sage Data\\Smith Ltd\\Company.000\r\n   \r\nSmith Ltd\n\nD:\\Jones', people())).toBe('C:\\Sage Data\\Client-1\\Company.000\r\n   \r\n[line removed]\n\nD:\\Client-2');
  });

  it('knows which file it is by its name, in any case', () => {
    expect(parsedFileKind('C:\\Intuit\\Smith Ltd.QBW.ND')).toBe('nd');
    expect(parsedFileKind('C:\\Users\\jane\\QBWUSER.INI')).toBe('qbwuser-ini');
    expect(parsedFileKind('/srv/qbwuser.ini')).toBe('qbwuser-ini');
    expect(parsedFileKind('C:\\ProgramData\\Sage\\Accounts\\2025\\COMPANY')).toBe('company-list');
    expect(parsedFileKind('qbwuser.ini.bak')).toBe('company-list');
  });
});

describe('values and free text', () => {
  it('a ;-joined list with one path in it is a path list; a note with a semicolon is free text', () => {
    expect(redactValue('C:\\Sage\\Smith Ltd;Jones Ltd', people())).toBe('C:\\Sage\\Client-1;Client-2');
    expect(redactValue('  C:\\Users\\jane  ', people())).toBe('  C:\\Users\\user-1  ');
    // Free text: known names become their pseudonyms, every other word not on the vocabulary its own.
    expect(redactValue('Call jane; she set it up', people())).toBe('Name-1 user-1; Name-2 Name-3 it up');
    expect(redactValue('C:\\Sage\\Smith Ltd; D:\\Jones Ltd; ;', people())).toBe('C:\\Sage\\Client-1; D:\\Client-2; ;');
  });

  it('replaces the longest name first, so a name inside another is not split', () => {
    const pseudonyms = people();
    pseudonyms.of('Smith', 'folder');
    pseudonyms.of('Smith Plumbing', 'folder');
    expect(redactFreeText('Smith Plumbing, owned by Smith', pseudonyms)).toBe('Client-2, Name-1 by Client-1');
  });

  it('looks for names of three letters and more inside text, and still replaces a shorter one standing as a word of its own', () => {
    const pseudonyms = new Pseudonyms([['Al', 'user'], ['Bob', 'user']]);
    expect(redactFreeText('Al and Bob', pseudonyms)).toBe('user-1 and user-2');
    expect(redactFreeText('Also Bobby', pseudonyms)).toBe('Name-1 Name-2');
  });

  it('masks phone numbers of nine digits or more, not dates or shorter numbers', () => {
    expect(maskContacts('ring 0161 496 000 or 0161 4960')).toBe('ring [phone] or 0161 4960');
    expect(maskContacts('on 2026-11-20 1030 at 12345')).toBe('on 2026-11-20 1030 at 12345');
    expect(maskContacts('jane.smith@example.co.uk')).toBe('[e-mail]');
  });
});

describe('pseudonyms', () => {
  it('an empty name given up front takes no number', () => {
    expect(new Pseudonyms([['', 'user'], ['jane', 'user']]).known('jane')).toBe('user-1');
  });
});
