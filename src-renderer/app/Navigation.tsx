import type { Status } from '../../src-shared/model/severity.js';
import { SEVERITY_LOOK } from '../format/status-words.js';
import { hashOf, SCREENS, type ScreenId } from './screens.js';

/**
 * The sidebar: ordinary links, so Tab, Enter and the browser's Back all work. Each link carries
 * its screen's last state (the Troubleshooter's step, the Office's fields), so leaving a screen
 * loses nothing.
 */
export function Navigation({ current, status, remembered = {} }: { current: ScreenId; status?: Status; remembered?: Partial<Record<ScreenId, string>> }) {
  return (
    <nav aria-label="Screens" className="sidebar">
      <ul>
        {SCREENS.map((s) => (
          <li key={s.id}>
            <a href={hashOf({ screen: s.id, query: remembered[s.id] ?? '' })} aria-current={s.id === current ? 'page' : undefined}>
              {s.label}
              {s.id === 'overview' && status && (
                <span className={`nav-status tone-${SEVERITY_LOOK[status].tone}`}>
                  <span aria-hidden="true">{SEVERITY_LOOK[status].icon}</span>
                  <span className="visually-hidden"> ({SEVERITY_LOOK[status].label})</span>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
