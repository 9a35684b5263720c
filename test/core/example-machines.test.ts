import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReportSchema } from '../../src-shared/model/report-schema.js';
import { runCliCaptured } from '../support/cli-harness.js';
import { MACHINES_DIR } from '../support/check-machine.js';

/**
 * Every example machine of shared/machines (copied into test/fixtures/machines) must give
 * exactly its .expect.json outcome through the real command line.
 */
const ExpectSchema = z.object({
  args: z.array(z.string()),
  maxSeconds: z.number(),
  status: z.enum(['ok', 'warn', 'error']),
  exit: z.number(),
  include: z.array(z.string()),
  exclude: z.array(z.string()),
  fields: z.record(z.string(), z.record(z.string(), z.string())).optional(),
});

const dir = fileURLToPath(MACHINES_DIR);
const examples = readdirSync(dir).filter((f) => f.endsWith('.expect.json')).map((f) => f.replace(/\.expect\.json$/, ''));

describe('example machines give their expected outcome', () => {
  it('has the four examples from shared/machines', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of examples) {
    it(name, async () => {
      const expected = ExpectSchema.parse(JSON.parse(readFileSync(`${dir}/${name}.expect.json`, 'utf8')));
      const run = await runCliCaptured(['check', '--machine', `${dir}/${name}.json`, ...expected.args, '--json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(expected.exit);
      expect(run.seconds).toBeLessThan(expected.maxSeconds);
      const report = ReportSchema.parse(JSON.parse(run.stdout));
      expect(report.status).toBe(expected.status);
      const codes = report.findings.map((f) => f.code);
      for (const code of expected.include) expect(codes).toContain(code);
      for (const code of expected.exclude) expect(codes).not.toContain(code);
      for (const [code, fields] of Object.entries(expected.fields ?? {})) {
        const finding = report.findings.find((f) => f.code === code);
        expect(finding, code).toBeDefined();
        for (const [field, value] of Object.entries(fields)) expect((finding as Record<string, unknown>)[field]).toBe(value);
      }
    });
  }
});
