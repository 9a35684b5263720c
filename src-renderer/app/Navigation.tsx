import type { Status } from '../../src-shared/model/severity.js';
import { SEVERITY_LOOK } from '../format/status-words.js';
import { SCREENS, type ScreenId } from './screens.js';

/** The sidebar: ordinary links, so Tab, Enter and the browser's Back all work. */
export function Navigation({ current, status }: { current: ScreenId; status?: Status }) {
  return (
    <nav aria-label="Screens" className="sidebar">
      <ul>
        {SCREENS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} aria-current={s.id === current ? 'page' : undefined}>
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
