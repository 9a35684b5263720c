/**
 * A problem with what the user asked for — an argument, a snapshot file that cannot be read —
 * worded for them. The CLI ends with exit 3 and this one line on stderr; the app shows it.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
