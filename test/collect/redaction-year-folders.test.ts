import { describe, expect, it } from 'vitest';
import { redactSnapshot } from '../../src-main/collect/redact-snapshot.js';
import { machine } from '../support/check-machine.js';

// A bare year is a Sage version folder (`…\Accounts\2025\…`) and stays; a client folder that
// ends in a year (`Harbour Cafe 2024`, or written as one word, `Kittiwake2023`) is still the
// client's name and is replaced: only a word that is all digits is a known number.
describe('year folders in a redacted bundle', () => {
  it('keeps a bare year folder, and replaces a client folder that merely ends in a year', () => {
    const s = machine('sage-healthy');
    const dataset = 'D:\\Clients\\Harbour Cafe 2024\\Company.000';
    const archive = 'D:\\Archive\\2019\\Company.000';
    const other = 'D:\\Archive\\2024 Kestrel Joinery\\Company.000';
    const oneWord = 'D:\\Archive\\Kittiwake2023\\Company.000';
    s.dirs = [...(s.dirs ?? []), dataset, archive, other, oneWord];
    const { snapshot, inputs } = redactSnapshot(s, { autoentryPaths: [dataset, archive, other, oneWord] });
    const text = JSON.stringify({ snapshot, inputs });
    expect(text).not.toMatch(/Harbour|Cafe|Kestrel|Joinery|Kittiwake/i);
    const [client, year, named, glued] = inputs.autoentryPaths;
    expect(glued).toMatch(/^D:\\[^\\]+\\[^\\]+\\Company\.000$/);
    expect(glued).not.toContain('2023');
    expect(year).toMatch(/^D:\\[^\\]+\\2019\\Company\.000$/);
    expect(client).toMatch(/^D:\\[^\\]+\\[^\\]+\\Company\.000$/);
    expect(client).not.toContain('2024');
    expect(named).toMatch(/^D:\\[^\\]+\\[^\\]+\\Company\.000$/);
    expect(named).not.toContain('2024');
    expect(text).toMatch(/Accounts\\\\20\d\d/); // the Sage version folders of the machine are still there
  });
});
