import { describe, expect, it } from 'vitest';
import { buildSessionScript } from '../../src-main/host/windows/session/session-script.js';
import { parseSessionLine, requestLine } from '../../src-main/host/windows/session/session-protocol.js';
import { relevantProcessFilter, relevantServiceFilter, syncAppProcessFilter, wqlAnyContains, wqlContains } from '../../src-main/host/windows/session/wql-filter.js';

// The session's line protocol and the WQL filters it sends, as the session's PowerShell reads
// them: one JSON document per line each way; LIKE operands with WQL's wildcards escaped
// (docs.microsoft.com, "LIKE Operator (WMI)": % any run, _ one character, [ ] a set).
describe('the session line protocol', () => {
  it('reads ready, answers by id, exit events; anything else is noise, never a throw', () => {
    expect(parseSessionLine('{"ready":true}')).toEqual({ kind: 'ready' });
    expect(parseSessionLine('  {"ready":true}\r')).toEqual({ kind: 'ready' });
    expect(parseSessionLine('{"event":"exited","pid":4120}')).toEqual({ kind: 'exited', pid: 4120 });
    expect(parseSessionLine('{"event":"started","pid":6160}')).toEqual({ kind: 'started', pid: 6160 });
    expect(parseSessionLine('{"id":7,"report":{"processes":[]}}')).toEqual({ kind: 'answer', id: 7, body: { id: 7, report: { processes: [] } } });
    expect(parseSessionLine('{"id":8,"watching":[4120]}')).toEqual({ kind: 'answer', id: 8, body: { id: 8, watching: [4120] } });
    expect(parseSessionLine('{"id":9,"error":"Access denied"}')).toEqual({ kind: 'answer', id: 9, body: { id: 9, error: 'Access denied' } });
    for (const noise of ['WARNING: x', '', '{', '{"ready":false}', '{"event":"exited","pid":"x"}', '{"event":"renamed","pid":1}', '{"event":"started","pid":"x"}', '{"id":1.5}', '{"id":"1"}', '[1]', 'null']) {
      expect(parseSessionLine(noise), noise).toEqual({ kind: 'noise', text: noise.trim() });
    }
  });

  it('reads the lists of a watch answer as PowerShell 5.1 writes them: a list of one as a bare number, none as null', () => {
    expect(parseSessionLine('{"id":8,"watching":4120,"cannotWatch":null}')).toEqual({ kind: 'answer', id: 8, body: { id: 8, watching: [4120], cannotWatch: [] } });
    expect(parseSessionLine('{"id":8,"watching":[4120,5150],"cannotWatch":6160}')).toEqual({ kind: 'answer', id: 8, body: { id: 8, watching: [4120, 5150], cannotWatch: [6160] } });
    expect(parseSessionLine('{"id":8,"watching":"4120"}')).toEqual({ kind: 'noise', text: '{"id":8,"watching":"4120"}' });
  });

  it('reads the bootstrap\'s refusal (Constrained Language Mode) with its reason', () => {
    expect(parseSessionLine('{"unavailable":"ConstrainedLanguage"}')).toEqual({ kind: 'unavailable', reason: 'ConstrainedLanguage' });
    expect(parseSessionLine('{"unavailable":5}')).toEqual({ kind: 'noise', text: '{"unavailable":5}' });
  });

  it('writes a request as one JSON line with its id first', () => {
    expect(requestLine(3, { op: 'watch', pids: [1, 2] })).toBe('{"id":3,"op":"watch","pids":[1,2]}\n');
    const refresh = requestLine(4, { op: 'refresh', parts: ['processes'], processFilter: "Name LIKE '%a%'", registryRoots: ['HKCU\\Network'], ownerPatterns: [] });
    expect(refresh.endsWith('\n')).toBe(true);
    expect(refresh.split('\n')).toHaveLength(2);
    expect(JSON.parse(refresh)).toEqual({ id: 4, op: 'refresh', parts: ['processes'], processFilter: "Name LIKE '%a%'", registryRoots: ['HKCU\\Network'], ownerPatterns: [] });
  });
});

describe('the WQL filters', () => {
  it('a pattern is a "contains" with WQL wildcards, quotes and backslashes escaped', () => {
    expect(wqlContains('AutoEntry')).toBe("'%AutoEntry%'");
    expect(wqlContains("O'Brien [Sync] 100%_x\\y")).toBe("'%O\\'Brien [[]Sync] 100[%][_]x\\\\y%'");
  });

  it('any field, any pattern; blank patterns are skipped', () => {
    expect(wqlAnyContains(['Name', 'ExecutablePath'], ['a', ' ', '', 'b'])).toBe("Name LIKE '%a%' OR ExecutablePath LIKE '%a%' OR Name LIKE '%b%' OR ExecutablePath LIKE '%b%'");
    expect(wqlAnyContains(['Name'], [])).toBe('');
  });

  it('asks for the Sync App, Sage and QuickBooks processes and services, and the Sync App alone for the start probe', () => {
    expect(relevantProcessFilter(['AutoEntry'])).toBe(
      "Name LIKE '%AutoEntry%' OR ExecutablePath LIKE '%AutoEntry%' OR Name LIKE '%sage%' OR ExecutablePath LIKE '%sage%' OR Name LIKE '%qbw%' OR ExecutablePath LIKE '%qbw%'",
    );
    expect(relevantServiceFilter(['AutoEntry'])).toBe(
      [
        "Name LIKE '%AutoEntry%' OR DisplayName LIKE '%AutoEntry%' OR PathName LIKE '%AutoEntry%'",
        "Name LIKE '%sage%' OR DisplayName LIKE '%sage%' OR PathName LIKE '%sage%'",
        "Name LIKE '%quickbooksdb%' OR DisplayName LIKE '%quickbooksdb%' OR PathName LIKE '%quickbooksdb%'",
      ].join(' OR '),
    );
    expect(syncAppProcessFilter(['AutoEntry', 'Sync App'])).toBe("Name LIKE '%AutoEntry%' OR ExecutablePath LIKE '%AutoEntry%' OR Name LIKE '%Sync App%' OR ExecutablePath LIKE '%Sync App%'");
  });
});

describe('the session script', () => {
  it('speaks the protocol: says ready, reads a line at a time, answers by id, reports exits, ends with its input', () => {
    const script = buildSessionScript();
    for (const piece of [
      "$ErrorActionPreference = 'Stop'",
      '$send.NewLine = "`n"',
      'Send @{ ready = $true }',
      '$in.ReadLineAsync()',
      "event = 'exited'",
      'if ($null -eq $line) { break }',
      "if ($request.op -eq 'watch')",
      'Send ([ordered]@{ id = $request.id; report = $report })',
      'error = $_.Exception.Message',
      'function Read-SdReport',
    ]) {
      expect(script, piece).toContain(piece);
    }
  });
});
