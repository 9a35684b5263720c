/**
 * Stand-in for the `electron` package in tests: the real one downloads its runtime on first
 * load, which cannot happen here. Tests that need specific behaviour mock what they use.
 */
export const app = {};
export const BrowserWindow = class {};
export const ipcMain = {};
export const shell = {};
export default { app, BrowserWindow, ipcMain, shell };
