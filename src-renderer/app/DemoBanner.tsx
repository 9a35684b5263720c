/** Makes it impossible to mistake the demo machine for this PC. */
export function DemoBanner() {
  return (
    <div className="demo-banner" role="note">
      <strong>Demo machine</strong> — everything shown is example data, not this PC.
    </div>
  );
}
