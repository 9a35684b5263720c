import { describe, expect, it } from 'vitest';
import { naturalCompare, naturalSort } from '../../src-shared/model/natural-order.js';

describe('PC names in natural order', () => {
  it('numbers compare as numbers, letters without case, ties by spelling', () => {
    const sorted = naturalSort(['PC10', 'pc2', 'PC0100', 'PC0010', 'PC1', 'PC0001', 'BACK-OFFICE', 'PC'], (n) => n);
    expect(sorted).toEqual(['BACK-OFFICE', 'PC', 'PC0001', 'PC1', 'pc2', 'PC0010', 'PC10', 'PC0100']);
    expect(naturalCompare('PC2', 'PC10')).toBeLessThan(0);
    expect(naturalCompare('OFFICE-PC1', 'office-pc1')).not.toBe(0);
    expect(naturalCompare('A', 'A')).toBe(0);
    expect(naturalCompare('PC9', 'PC9A')).toBeLessThan(0);
  });

  it('each pair in order both ways round, and every name equal to itself', () => {
    // [comes first, comes after]: the reason is in each comment.
    const pairs: Array<[string, string]> = [
      ['', 'A'], // nothing before something
      ['PC9', 'PC10'], // a shorter number is smaller
      ['PC12', 'PC13'], // same length: by digits
      ['PC1A', 'PC1b'], // letters without case
      ['a', 'B'],
      ['PC', 'PC1'], // fewer parts first
      ['A', 'A1'],
      ['PC0', 'PC00'], // zero is zero; the tie by the shorter spelling
      ['PC007', 'PC7'], // equal numbers: by spelling
      ['PC010', 'PC10'],
      ['PC1-2', 'PC1-10'], // every run of digits counts
      ['PC2', 'PC10-1'],
      ['SAGE-PC', 'sage-pc'], // the same but for case: by spelling, fixed
      ['10', 'A'], // a number against letters: by spelling (digits before letters)
      ['PC20', 'PC100'], // a zero inside a number is no leading zero
      ['PC12-B', 'PC13-A'], // the first run that differs decides
      ['pc', 'PC1'], // fewer parts first, before any tie by spelling
    ];
    for (const [first, after] of pairs) {
      expect(naturalCompare(first, after), `${first} < ${after}`).toBeLessThan(0);
      expect(naturalCompare(after, first), `${after} > ${first}`).toBeGreaterThan(0);
      expect(naturalCompare(first, first)).toBe(0);
      expect(naturalCompare(after, after)).toBe(0);
    }
  });

  it('sorts a copy by the name it is given', () => {
    const pcs = [{ name: 'PC10' }, { name: 'PC2' }, { name: 'PC1' }];
    const sorted = naturalSort(pcs, (pc) => pc.name);
    expect(sorted.map((pc) => pc.name)).toEqual(['PC1', 'PC2', 'PC10']);
    expect(pcs.map((pc) => pc.name)).toEqual(['PC10', 'PC2', 'PC1']);
  });
});
