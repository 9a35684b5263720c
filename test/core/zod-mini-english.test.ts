import { describe, expect, it, vi } from 'vitest';
import { config, z } from 'zod/mini';

// src-shared/zod-mini-english.ts: zod/mini's messages in classic's English, and, as zod classic
// does, a language already set is left alone. Each case loads the module afresh (vi.resetModules)
// with zod's one configuration (zod itself is not reloaded) set as the case needs it.

async function loadEnglishModule(): Promise<void> {
  vi.resetModules();
  await import('../../src-shared/zod-mini-english.js');
}

describe('zod/mini in English', () => {
  it('with no language set, messages say what was expected and what came', async () => {
    const before = config().localeError;
    try {
      config({ localeError: undefined });
      expect(z.string().safeParse(1).error?.issues[0]?.message).toBe('Invalid input');
      await loadEnglishModule();
      expect(z.string().safeParse(1).error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
    } finally {
      config({ localeError: before });
    }
  });

  it('a language already set is left alone', async () => {
    const before = config().localeError;
    const mine = () => 'Ungültige Eingabe';
    try {
      config({ localeError: mine });
      await loadEnglishModule();
      expect(config().localeError).toBe(mine);
      expect(z.string().safeParse(1).error?.issues[0]?.message).toBe('Ungültige Eingabe');
    } finally {
      config({ localeError: before });
    }
  });

  it('the Windows adapter\'s schemas bring the English with them (in a `check` on Windows no zod classic sets it)', async () => {
    const before = config().localeError;
    try {
      config({ localeError: undefined });
      vi.resetModules();
      const { systemReportFromJson } = await import('../../src-main/host/windows/system-report.js');
      expect(systemReportFromJson({ processes: { pid: 'x', name: 'a' } })).toEqual({ ok: false, message: 'PowerShell printed unexpected JSON: Invalid input: expected number, received string at processes.0.pid' });
      config({ localeError: undefined });
      vi.resetModules();
      const { SessionLineSchemas } = await import('../../src-main/host/windows/session/session-protocol.js');
      expect(SessionLineSchemas.Answer.safeParse({ id: 1.5 }).error?.issues[0]?.message).toBe('Invalid input: expected int, received number');
    } finally {
      config({ localeError: before });
    }
  });
});
