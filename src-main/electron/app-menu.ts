import { Menu, type MenuItemConstructorOptions } from 'electron';
import { AUTOENTRY_HELP_CENTRE, AUTOENTRY_WEB_APP } from '../../src-shared/ipc/contract.js';

export interface AppMenuCommands {
  checkNow(): void;
  openExternal(url: string): void;
  quit(): void;
}

/** The window's menu: File (Check now, Quit), Edit (clipboard), Help (AutoEntry pages). */
export function installAppMenu(commands: AppMenuCommands): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        { label: 'Check now', accelerator: 'F5', click: () => commands.checkNow() },
        { type: 'separator' },
        { label: 'Quit Sync Doctor', accelerator: 'Ctrl+Q', click: () => commands.quit() },
      ],
    },
    { label: '&Edit', submenu: [{ role: 'copy' }, { role: 'selectAll' }] },
    { label: '&View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'toggleDevTools' }] },
    {
      label: '&Help',
      submenu: [
        { label: 'AutoEntry help centre', click: () => commands.openExternal(AUTOENTRY_HELP_CENTRE) },
        { label: 'Open AutoEntry', click: () => commands.openExternal(AUTOENTRY_WEB_APP) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
