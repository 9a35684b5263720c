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
});
