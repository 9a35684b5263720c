import { useEffect, useState } from 'react';
import { screenFromHash, type ScreenId } from './screens.js';

/** The screen named by the address's `#hash`, following Back/Forward and in-page links. */
export function useHashScreen(): ScreenId {
  const [screen, setScreen] = useState<ScreenId>(() => screenFromHash(window.location.hash));
  useEffect(() => {
    const follow = () => setScreen(screenFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return screen;
}
