import { join } from 'node:path';
import { Menu, nativeImage, Tray } from 'electron';
import type { Report } from '../../src-shared/model/report-schema.js';
import { trayIconFile, trayMenu, trayTooltip, type TrayCommand } from '../app/tray-model.js';

export interface AppTray {
  show(report: Report | undefined, demo: boolean): void;
  destroy(): void;
}

/** The tray icon: colour per status, one-line tooltip, and the menu; a click opens the window. */
export function createAppTray(trayIconDir: string, onCommand: (command: TrayCommand) => void): AppTray {
  const icon = (report: Report | undefined) => nativeImage.createFromPath(join(trayIconDir, trayIconFile(report?.status ?? 'checking')));
  const tray = new Tray(icon(undefined));
  tray.on('click', () => onCommand('open'));
  const show = (report: Report | undefined, demo: boolean) => {
    tray.setImage(icon(report));
    tray.setToolTip(trayTooltip(report, demo));
    tray.setContextMenu(
      Menu.buildFromTemplate(
        trayMenu(report).map((item) => ({ label: item.label, enabled: item.enabled, click: () => onCommand(item.command) })),
      ),
    );
  };
  show(undefined, false);
  return { show, destroy: () => tray.destroy() };
}
