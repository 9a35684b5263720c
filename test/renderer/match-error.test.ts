import { describe, expect, it } from 'vitest';
import { KNOWN_ERRORS } from '../../src-renderer/error-lookup/known-errors.js';
import { matchError } from '../../src-renderer/error-lookup/match-error.js';

const ids = (message: string) => matchError(message, KNOWN_ERRORS).map((k) => k.id);

describe('recognising a pasted message', () => {
  it('knows the “already exists” message whatever its case and punctuation', () => {
    expect(ids('Invoice INV-0042 ALREADY EXISTS.')).toEqual(['already-exists']);
  });

  it('recognises the Sync App being offline', () => {
    expect(ids('Sync App is offline')).toContain('sync-app-offline');
  });

  it('matches whole words only', () => {
    expect(ids('Incredible')).toEqual([]);
  });

  it('finds nothing in an unknown or empty message', () => {
    expect(ids('Tax code T9 is invalid for this supplier')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
});
