import { useState } from 'react';
import { useAnnounce } from '../app/announcer.js';
import { useBridge } from '../bridge/bridge-context.js';
import { useReport } from '../bridge/report-context.js';
import { useActions } from '../bridge/use-actions.js';
import { RecentLogs } from './RecentLogs.js';
import { offerDownload } from './offer-download.js';

/** What AutoEntry support (or a colleague) needs: the report as text, a support bundle, the logs. */
export function SupportScreen() {
  const bridge = useBridge();
  const { appInfo } = useReport();
  const { copyText } = useActions();
  const announce = useAnnounce();
  const [redact, setRedact] = useState(true);
  const [bundleNote, setBundleNote] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const [copyNote, setCopyNote] = useState<string | undefined>();

  async function copyReport() {
    try {
      const { text } = await bridge.invoke('report-text', {});
      setCopyNote(await copyText(text, 'Report'));
    } catch (e) {
      const said = e instanceof Error ? e.message : 'The report could not be copied.';
      announce(said);
      setCopyNote(said);
    }
  }

  async function saveBundle() {
    setBusy(true);
    try {
      const bundle = await bridge.invoke('support-bundle', { redact });
      if (bundle.savedTo) setBundleNote(`Saved to ${bundle.savedTo}`);
      else {
        offerDownload(bundle.fileName, bundle.content);
        setBundleNote(`Downloaded as ${bundle.fileName}`);
      }
    } catch (e) {
      setBundleNote(`The support bundle could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h2>Support</h2>
      <section className="card" aria-labelledby="copy-heading">
        <h3 id="copy-heading">Copy the report</h3>
        <p>The whole check as plain text, ready to paste into an email or a support ticket.</p>
        <span className="action">
          <button type="button" onClick={() => void copyReport()}>
            Copy report as text
          </button>
          {copyNote && (
            <span className="hint action-outcome" aria-hidden="true">
              {copyNote}
            </span>
          )}
        </span>
      </section>
      <section className="card" aria-labelledby="bundle-heading">
        <h3 id="bundle-heading">Support bundle</h3>
        <p>
          A file with what Sync Doctor found on this computer and its recent log — no accounting data — to attach to a request to
          AutoEntry support or your IT helper.
        </p>
        <label className="choice">
          <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} />
          Hide names (this computer’s name and your Windows user name are replaced)
        </label>
        <button type="button" onClick={() => void saveBundle()} disabled={busy}>
          {appInfo?.mode === 'preview' ? 'Download support bundle' : 'Save support bundle'}
        </button>
        {bundleNote && <p role="status">{bundleNote}</p>}
      </section>
      <RecentLogs />
    </>
  );
}
