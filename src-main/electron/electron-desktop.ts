import { clipboard, dialog, shell } from 'electron';
import { NOT_HERE, type DesktopIntegration } from '../actions/app-actions.js';
import { nodeExecutableLookup, nodeLocate, pathFlavourOf, spawnDetachedWith, waitMs } from '../actions/node-desktop.js';
import { startSyncApp } from '../actions/start-sync-app.js';
import { installRoots } from '../actions/sync-app-executable.js';
import { dialogForSoftware } from '../actions/path-dialog.js';

/**
 * The actions' desktop in Electron: Explorer through shell.openPath for a folder (checked to be
 * one) and shell.showItemInFolder for a file, the browser, the clipboard.
 */
export function createElectronDesktop(thisPc: () => boolean): DesktopIntegration {
  const notHere = { ok: false, message: NOT_HERE };
  const locate = nodeLocate();
  return {
    pathFlavour: pathFlavourOf(process.platform),
    locate: async (path) => (thisPc() ? locate(path) : 'elsewhere'),
    async openFolder(path) {
      if (!thisPc()) return notHere;
      const error = await shell.openPath(path);
      return error ? { ok: false, message: error } : { ok: true };
    },
    async showFile(path) {
      if (!thisPc()) return notHere;
      shell.showItemInFolder(path);
      return { ok: true };
    },
    async openUrl(url) {
      await shell.openExternal(url);
      return { ok: true };
    },
    async copyText(text) {
      clipboard.writeText(text);
      return { ok: true };
    },
    async choosePath(software) {
      const options = dialogForSoftware(software);
      const picked = await dialog.showOpenDialog(options);
      return { supported: true, ...(!picked.canceled && picked.filePaths[0] !== undefined && { path: picked.filePaths[0] }) };
    },
    async chooseFolder(title) {
      const picked = await dialog.showOpenDialog({ title, properties: ['openDirectory'] });
      return { supported: true, ...(!picked.canceled && picked.filePaths[0] !== undefined && { path: picked.filePaths[0] }) };
    },
    startSyncApp: async (request) =>
      thisPc() ? startSyncApp(request, { lookup: nodeExecutableLookup, roots: installRoots(process.env), spawnDetached: spawnDetachedWith(), wait: waitMs }) : notHere,
  };
}
