import * as z from 'zod/mini';

/**
 * zod/mini, unlike zod classic, configures no language on import: without this its issues would
 * read "Invalid input" instead of "Invalid input: expected string, received undefined". Every
 * schema written with `zod/mini` imports this module first, so its messages are classic's English
 * whether or not classic zod is ever evaluated in the process. The bundle's `z.locales` holds
 * English only (scripts/bundle.mjs, englishOnlyZodLocales). As classic does, a language already
 * set is left alone.
 */
if (!z.config().localeError) z.config(z.locales.en());

export { z };
