/**
 * TEST-ONLY ORACLE. The lines of the long-lived PowerShell session as they were declared in zod
 * classic before they were rewritten in zod/mini (src-main/host/windows/session/session-protocol.ts,
 * bundled into `check`). Never imported by the product: test/core/session-protocol-schema-mini.test.ts
 * checks that each mini schema accepts, rejects, parses and words its issues exactly as its
 * counterpart here does. Do not "fix" it to follow the product: it is the reference the product is held to.
 */
import * as z from 'zod';

const Ready = z.object({ ready: z.literal(true) });
const Pids = z.preprocess((v) => (v === null ? [] : typeof v === 'number' ? [v] : v), z.array(z.number()));
const Answer = z.object({ id: z.number().int(), report: z.unknown().optional(), watching: Pids.optional(), cannotWatch: Pids.optional(), error: z.string().optional() });
const Exited = z.object({ event: z.literal('exited'), pid: z.number().int() });
const Started = z.object({ event: z.literal('started'), pid: z.number().int() });
const Unavailable = z.object({ unavailable: z.string() });

export const ClassicSessionLineOracles = { Ready, Answer, Exited, Started, Unavailable };
