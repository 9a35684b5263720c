import * as z from 'zod/mini';

/**
 * Imported first by the commands that run once and end (`check`, `collect`, `scan`): zod checks
 * every value as before, but without compiling a specialised parser per object schema
 * (`new Function`) on its first use. A one-shot command parses each schema about once, so the
 * compiling costs more than it saves; `watch`, `serve` and `office` (many parses of the same
 * schemas) keep the compiled parsers. Must run before the schemas are built: zod reads the
 * setting when an object schema is made. `zod/mini`'s `config` is zod's one global configuration
 * (classic's as well), and importing it evaluates no zod classic: `check --machine` evaluates none.
 */
z.config({ jitless: true });
