import { serverShortName } from '../winpath/server-name.js';

/**
 * Whether two computer names name the same PC: case-insensitive, ignoring a DNS suffix
 * (`office-pc1.office.local` is `OFFICE-PC1`), and `localhost`/`.`/`127.0.0.1` are this PC.
 */
export function sameComputer(a: string, b: string): boolean {
  return computerKey(a) === computerKey(b);
}

/** One text per PC: two names are `sameComputer` exactly when their keys are equal (to group a thousand PCs in one pass). */
export function computerKey(name: string): string {
  return shortName(name);
}

export function isThisComputer(name: string, thisComputer: string): boolean {
  const short = shortName(name);
  return short === '' || short === '.' || short === 'localhost' || short === '127.0.0.1' || short === '::1' || short === shortName(thisComputer);
}

function shortName(name: string): string {
  return serverShortName(name.trim().replace(/^\\\\/, ''));
}
