import * as z from 'zod';

// The window's CSP forbids eval. zod would otherwise probe `new Function` when each object
// schema is made (a CSP violation report even though it copes). Imported first by main.tsx,
// before any schema exists.
z.config({ jitless: true });
