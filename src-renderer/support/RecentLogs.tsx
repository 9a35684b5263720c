import { useState } from 'react';
import { useBridge } from '../bridge/bridge-context.js';

/** The last lines of Sync Doctor's own log, on request. */
export function RecentLogs() {
  const bridge = useBridge();
  const [lines, setLines] = useState<string[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  async function load() {
    try {
      setLines((await bridge.invoke('logs-recent', { lines: 200 })).lines);
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <section className="card" aria-labelledby="logs-heading">
      <h3 id="logs-heading">Recent log</h3>
      <button type="button" onClick={() => void load()}>
        {lines ? 'Refresh log' : 'Show recent log'}
      </button>
      {error && <p role="alert">The log could not be read: {error}</p>}
      {lines && (lines.length === 0 ? <p>The log is empty.</p> : <pre className="logs" tabIndex={0} aria-label="Recent log lines">{lines.join('\n')}</pre>)}
    </section>
  );
}
