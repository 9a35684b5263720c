import { createContext, useContext, useState, type ReactNode } from 'react';

export interface ScreenQuery {
  /** The screen's state as read from the address (`step=3&a.kind=desktop`). */
  query: string;
  replaceQuery(query: string): void;
}

const ScreenQueryContext = createContext<ScreenQuery | null>(null);

export function ScreenQueryProvider({ value, children }: { value: ScreenQuery; children: ReactNode }) {
  return <ScreenQueryContext.Provider value={value}>{children}</ScreenQueryContext.Provider>;
}

/** The current screen's state in the address; outside the window (a screen rendered alone) it is kept in the component. */
export function useScreenQuery(): ScreenQuery {
  const given = useContext(ScreenQueryContext);
  const [query, replaceQuery] = useState('');
  return given ?? { query, replaceQuery };
}
