import { useEffect, useMemo, useRef } from 'react';
import { useReport } from '../bridge/report-context.js';
import { fieldsFromQuery, OfficeSessionProvider } from '../office/office-session.js';
import { useAnnounce } from './announcer.js';
import { DemoBanner } from './DemoBanner.js';
import { Navigation } from './Navigation.js';
import { ScreenQueryProvider } from './screen-query.js';
import { ScreenView } from './ScreenView.js';
import { SCREENS } from './screens.js';
import { useHashScreen } from './use-hash-screen.js';
import { useStatusAnnouncement } from './use-status-announcement.js';

/** The window: header, the screens' navigation and the current screen. */
export function App() {
  const { screen, query, remembered, replaceQuery } = useHashScreen();
  const { report, appInfo, error } = useReport();
  const announce = useAnnounce();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const officeAtStart = useRef(fieldsFromQuery(remembered.office ?? ''));
  const screenQuery = useMemo(() => ({ query, replaceQuery }), [query, replaceQuery]);
  useStatusAnnouncement(report?.status);

  useEffect(() => {
    const label = SCREENS.find((s) => s.id === screen)?.label ?? '';
    document.title = `${label} — Sync Doctor`;
    if (first.current) {
      first.current = false;
      return;
    }
    // A message about the screen left behind is not about this one.
    announce('');
    // A new screen starts at its top; focus moves to its title for screen readers and keyboards.
    window.scrollTo?.(0, 0);
    const title = main.current?.querySelector<HTMLElement>('h2');
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    } else {
      main.current?.focus({ preventScroll: true });
    }
  }, [screen, announce]);

  return (
    <OfficeSessionProvider initial={officeAtStart.current}>
      <a className="skip-link" href="#main-content" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <h1>Sync Doctor</h1>
        <p className="tagline">Checks that AutoEntry’s Sync App can reach your Sage 50 or QuickBooks data</p>
      </header>
      {appInfo?.demo && <DemoBanner />}
      <div className="layout">
        <Navigation current={screen} status={report?.status} remembered={remembered} />
        <main id="main-content" ref={main} tabIndex={-1} aria-label={SCREENS.find((s) => s.id === screen)?.label}>
          {error && report && <p role="alert" className="notice">{error}</p>}
          <ScreenQueryProvider key={screen} value={screenQuery}>
            <ScreenView screen={screen} report={report} error={error} />
          </ScreenQueryProvider>
        </main>
      </div>
    </OfficeSessionProvider>
  );
}
