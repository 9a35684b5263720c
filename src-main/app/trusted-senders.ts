import { isOurPage } from './window-policy.js';

/**
 * The WebContents the app created, by id. An IPC message counts only when it comes from one of
 * them and from a frame showing one of our pages (GitHub Desktop checks senders the same way).
 */
export class TrustedSenders {
  readonly #ids = new Set<number>();

  add(webContentsId: number): void {
    this.#ids.add(webContentsId);
  }

  remove(webContentsId: number): void {
    this.#ids.delete(webContentsId);
  }

  ids(): number[] {
    return [...this.#ids];
  }

  isTrusted(sender: { webContentsId: number; frameUrl: string | undefined }): boolean {
    return this.#ids.has(sender.webContentsId) && sender.frameUrl !== undefined && isOurPage(sender.frameUrl);
  }
}
