/** Makes it impossible to mistake the demo machine for this PC. */
export function DemoBanner({ source }: { source?: string }) {
  return (
    <div className="demo-banner" role="note">
      <strong>Demo machine</strong> — everything shown is an example{source ? ` (${source})` : ''}, not this PC.
    </div>
  );
}
