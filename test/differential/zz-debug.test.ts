import { it } from 'vitest';
import { runCheck } from '../../src-main/check/run-check.js';
import { fixtureMachines } from './fixture-machines.js';
import { variantsOf } from './machine-variants.js';
import { hostOnPath } from './windows-paths.js';

it('debug', async () => {
  const m = fixtureMachines().find((x) => x.name.includes(process.env.M ?? 'quickbooks-sync'))!;
  const v = variantsOf(m).find((x) => x.name.includes(process.env.V ?? 'pt-BR'))!;
  const made = hostOnPath((process.env.P ?? 'console tools') as never, v.snapshot, v.faults, { timeoutMs: 5000, syncAppPatterns: m.inputs.syncAppPatterns });
  const r = await runCheck(made.host, m.inputs, { timeoutMs: 5000 });
  console.log(JSON.stringify(v.faults), r.findings.map((f) => `${f.code} ${f.configuredPath ?? ''} ${f.detail}`).join('\n'));
  console.log(made.pc?.spawns.map((s) => `${s.port} ${s.command} ${s.args.join(' ').slice(0, 80)}`).join('\n'));
});
