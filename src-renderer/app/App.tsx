import { useEffect, useRef } from 'react';
import { useReport } from '../bridge/report-context.js';
import { DemoBanner } from './DemoBanner.js';
import { Navigation } from './Navigation.js';
import { ScreenView } from './ScreenView.js';
import { SCREENS } from './screens.js';
import { useHashScreen } from './use-hash-screen.js';
import { useStatusAnnouncement } from './use-status-announcement.js';

/** The window: header, the screens' navigation and the current screen. */
export function App() {
  const screen = useHashScreen();
  const { report, appInfo, error } = useReport();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useStatusAnnouncement(report?.status);

  useEffect(() => {
    const label = SCREENS.find((s) => s.id === screen)?.label ?? '';
    document.title = `${label} — Sync Doctor`;
    if (first.current) {
      first.current = false;
      return;
    }
    // A new screen starts at its top; focus moves to it for screen readers and keyboards.
    window.scrollTo?.(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [screen]);

  return (
    <>
      <a className="skip-link" href="#main-content" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <h1>Sync Doctor</h1>
        <p className="tagline">Checks that AutoEntry’s Sync App can reach your Sage 50 or QuickBooks data</p>
      </header>
      {appInfo?.demo && <DemoBanner />}
      <div className="layout">
        <Navigation current={screen} status={report?.status} />
        <main id="main-content" ref={main} tabIndex={-1} aria-label={SCREENS.find((s) => s.id === screen)?.label}>
          {error && report && <p role="alert" className="notice">{error}</p>}
          <ScreenView screen={screen} report={report} error={error} />
        </main>
      </div>
    </>
  );
}
