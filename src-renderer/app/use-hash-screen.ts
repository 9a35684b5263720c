import { useCallback, useEffect, useState } from 'react';
import { addressFromHash, hashOf, type ScreenAddress, type ScreenId } from './screens.js';

export interface HashScreen extends ScreenAddress {
  /** Each screen's last state, so a screen left and come back to (by the navigation) is as it was. */
  remembered: Partial<Record<ScreenId, string>>;
  /** Puts the current screen's state in the address without a new history entry. */
  replaceQuery(query: string): void;
}

/** The screen named by the address's `#hash` and its state, following Back/Forward and in-page links. */
export function useHashScreen(): HashScreen {
  const [address, setAddress] = useState<ScreenAddress>(() => addressFromHash(window.location.hash));
  const [remembered, setRemembered] = useState<Partial<Record<ScreenId, string>>>(() => ({ [address.screen]: address.query }));
  useEffect(() => {
    const follow = () => {
      const next = addressFromHash(window.location.hash);
      setAddress(next);
      // A screen reached without its state (a link to `#troubleshooter`) is given back its last state.
      setRemembered((prev) => (next.query === '' ? prev : { ...prev, [next.screen]: next.query }));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const replaceQuery = useCallback((query: string) => {
    const next = { screen: addressFromHash(window.location.hash).screen, query };
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hashOf(next)}`);
    setAddress(next);
    setRemembered((prev) => ({ ...prev, [next.screen]: query }));
  }, []);
  const query = address.query === '' ? (remembered[address.screen] ?? '') : address.query;
  return { screen: address.screen, query, remembered, replaceQuery };
}
