import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/**
 * A polite live region: short confirmations ("Path copied") reach screen readers. It is not
 * shown: sighted users read the confirmation beside the control that made it, and a message
 * never floats over a screen it is not about (the window clears it on a screen change).
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => setMessage(next), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden announcer" role="status" aria-live="polite">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
