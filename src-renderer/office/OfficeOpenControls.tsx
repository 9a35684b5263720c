import { useId, useState, type DragEvent } from 'react';
import { readSnapshotFiles, type SnapshotText } from './read-snapshot-files.js';

export interface OfficeOpenControlsProps {
  /** The desktop app can pick a folder in the system's dialog. */
  canOpenFolder: boolean;
  busy: boolean;
  onFolder(): void;
  onFiles(files: SnapshotText[]): void;
}

/** Where the PCs' snapshots come from: a folder (desktop app), picked files, or files dropped here. */
export function OfficeOpenControls({ canOpenFolder, busy, onFolder, onFiles }: OfficeOpenControlsProps) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  async function take(list: FileList | null) {
    if (!list || list.length === 0) return;
    onFiles(await readSnapshotFiles(Array.from(list)));
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files);
  }

  return (
    <section className="card office-open" aria-labelledby="office-open-heading">
      <h3 id="office-open-heading">Open the snapshots of the office's PCs</h3>
      <p>
        Run <code>sync-doctor collect</code> on each PC that opens the accounts (or have your IT tool do it), put the files in one
        folder, and open them here together.
      </p>
      <div className="office-open-actions">
        {canOpenFolder && (
          <button type="button" className="primary" disabled={busy} onClick={onFolder}>
            Open a folder of snapshots…
          </button>
        )}
        <label htmlFor={inputId} className="office-file-label">
          Choose snapshot files
        </label>
        <input id={inputId} type="file" multiple accept=".json,application/json" disabled={busy} onChange={(e) => void take(e.currentTarget.files)} />
      </div>
      <div
        className={`office-drop${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        Or drop the snapshot files here.
      </div>
    </section>
  );
}
