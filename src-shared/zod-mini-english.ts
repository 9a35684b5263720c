import { config, locales } from 'zod/mini';

/**
 * zod/mini, unlike zod classic, configures no language on import: without this its issues would
 * read "Invalid input" instead of "Invalid input: expected string, received undefined". Every
 * module that declares schemas with `zod/mini` imports this one (for its effect only), so its
 * messages are classic's English whether or not zod classic is ever evaluated in the process. The
 * bundle's `locales` holds English only (scripts/bundle.mjs, englishOnlyZodLocales). As classic
 * does, a language already set is left alone.
 *
 * It exports nothing: re-exporting zod/mini's namespace from here would make the bundler keep all
 * of zod (its compiler, its JSON Schema generator) in every command's file instead of what is used.
 */
if (!config().localeError) config(locales.en());
