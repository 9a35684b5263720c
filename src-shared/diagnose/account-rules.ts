import type { HostIdentity } from '../model/system.js';
import type { Observations } from '../model/observations.js';
import type { VerdictDraft } from './evidence-rule.js';

/** `DOMAIN\user` or `user` → its parts. */
function accountParts(account: string): { domain?: string; user: string } {
  const cut = account.indexOf('\\');
  return cut < 0 ? { user: account } : { domain: account.slice(0, cut), user: account.slice(cut + 1) };
}

/** Whether the desktop's account is the one the check runs as (names compare case-insensitively; a missing domain matches any). */
export function isCheckAccount(desktopUser: string, me: HostIdentity): boolean {
  const desktop = accountParts(desktopUser);
  if (desktop.user.toLowerCase() !== me.userName.toLowerCase()) return false;
  return desktop.domain === undefined || me.userDomain === undefined || desktop.domain.toLowerCase() === me.userDomain.toLowerCase();
}

/**
 * Whose PC is this? A check run under another account than the one signed in to this desktop
 * ("Run as administrator" with an IT admin's credentials) reads that account's HKCU, mapped
 * drives and profile, and would report them as the desktop user's: it says so.
 */
export function accountFindings(obs: Observations): VerdictDraft[] {
  const desktopUser = obs.machine.desktopUser;
  if (desktopUser === undefined || desktopUser.trim() === '' || isCheckAccount(desktopUser, obs.machine)) return [];
  const me = obs.machine.userDomain ? `${obs.machine.userDomain}\\${obs.machine.userName}` : obs.machine.userName;
  return [
    {
      code: 'check.other-account',
      title: 'This check runs under another Windows account than the desktop\'s',
      detail: `Sync Doctor runs as ${me}, but ${desktopUser} is signed in to this desktop. The Sage and QuickBooks settings, mapped drives and profile it read are ${me}'s, not ${desktopUser}'s.`,
    },
  ];
}
