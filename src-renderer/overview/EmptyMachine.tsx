/** Said when neither Sage 50 nor QuickBooks Desktop was found: the likely reason and a way to look around. */
export function EmptyMachine({ onTryDemo, busy }: { onTryDemo: () => void; busy: boolean }) {
  return (
    <section className="card wide empty" aria-labelledby="empty-heading">
      <h3 id="empty-heading">No Sage 50 or QuickBooks found on this PC — is the Sync App on another computer?</h3>
      <p>
        The Sync App must run on the computer that can open your Sage 50 data or QuickBooks company file. AutoEntry’s Integrate
        page names that computer as the “Sync App location”. If it is another computer, run Sync Doctor there.
      </p>
      <p>Just looking? The demo machine shows what Sync Doctor finds on a PC where Sage was upgraded but AutoEntry was not.</p>
      <button type="button" onClick={onTryDemo} disabled={busy}>
        Try the demo machine
      </button>
    </section>
  );
}
