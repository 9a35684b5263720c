import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exitCodeForStatus } from '../../src-shared/model/severity.js';

const script = readFileSync(new URL('../../docs/sync-doctor-detect.ps1', import.meta.url), 'utf8');
const fleet = readFileSync(new URL('../../docs/FLEET.md', import.meta.url), 'utf8');

describe('fleet documentation matches the CLI', () => {
  it('the detection script maps every exit code of check', () => {
    for (const status of ['ok', 'warn', 'error'] as const) expect(script).toMatch(new RegExp(`^\\s+${exitCodeForStatus(status)} \\{`, 'm'));
    expect(script).toContain('check --summary');
    expect(script).toContain('default { exit 2 }');
  });

  it('the exit-code table in FLEET.md says what the code does', () => {
    for (const [code, status] of [[0, 'ok'], [1, 'warn'], [2, 'error']] as const) {
      expect(exitCodeForStatus(status)).toBe(code);
      expect(fleet).toMatch(new RegExp(`\\| ${code} \\| ${status} \\|`));
    }
    expect(fleet).toMatch(/\| 3 \| could not run \|/);
  });
});
