/**
 * Electron's main process: the composition root of the desktop app. Everything with logic
 * lives outside this folder (src-main/app, actions, settings, logging) and is tested there.
 */
import { join } from 'node:path';
import { app, BrowserWindow, Notification, session, webContents } from 'electron';
import { REPORT_CHANGED_EVENT, type IpcHandlers } from '../../src-shared/ipc/contract.js';
import type { Report } from '../../src-shared/model/report-schema.js';
import { createAppActions } from '../actions/app-actions.js';
import type { AppService } from '../app/app-service.js';
import { createDesktopService } from '../app/desktop-service.js';
import { createCheckEngine, DEMO_ARGS, NO_ARGS } from '../app/host-check-engine.js';
import { HIDDEN_FLAG, launchMode } from '../app/launch-mode.js';
import { createLiveHost } from '../host/live-host.js';
import { createNotificationPolicy } from '../app/notification-policy.js';
import { TrustedSenders } from '../app/trusted-senders.js';
import { isAllowedExternalUrl, navigationDecision } from '../app/window-policy.js';
import { runCli } from '../cli/main.js';
import { createAppLogger, type AppLogger } from '../logging/app-logger.js';
import { bundledFile } from '../package-root.js';
import { defaultLogDirectory } from '../settings/app-paths.js';
import { openElectronSettingsStore } from './electron-settings-store.js';
import { installAppMenu } from './app-menu.js';
import { registerAppScheme, serveRendererFiles } from './app-protocol.js';
import { createElectronDesktop } from './electron-desktop.js';
import { registerIpcHandlers } from './ipc-main.js';
import { createAppTray, type AppTray } from './tray.js';
import { createMainWindow } from './window.js';

const mode = launchMode(process.argv);

if (mode.kind === 'cli') {
  // `sync-doctor.cmd` runs this executable with --cli: no window, no tray, just the CLI.
  void runCli(mode.args).then((code) => app.exit(code), () => app.exit(3));
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  startDesktop(mode.hidden, mode.demo);
}

function startDesktop(startHidden: boolean, startWithDemo: boolean): void {
  let window: BrowserWindow | undefined;
  let tray: AppTray | undefined;
  let service: AppService | undefined;
  let logger: AppLogger | undefined;
  let quitting = false;
  let cleanedUp = false;
  const senders = new TrustedSenders();
  const notifications = createNotificationPolicy();

  const showWindow = () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  app.on('second-instance', showWindow);
  // Closing the window keeps the app in the tray; only Quit ends it.
  app.on('window-all-closed', () => undefined);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (navigationDecision(url) !== 'allow') event.preventDefault();
    });
  });
  app.on('before-quit', (event) => {
    quitting = true;
    if (cleanedUp) return;
    event.preventDefault();
    void (async () => {
      tray?.destroy();
      await service?.close().catch(() => undefined);
      logger?.log('info', 'Sync Doctor stopped');
      await logger?.close().catch(() => undefined);
      cleanedUp = true;
      app.quit();
    })();
  });

  void app.whenReady().then(async () => {
    app.setAppLogsPath(defaultLogDirectory());
    const logDirectory = app.getPath('logs');
    const settings = openElectronSettingsStore();
    logger = createAppLogger({ directory: logDirectory, level: settings.get().logLevel });
    logger.log('info', `Sync Doctor ${app.getVersion()} started`);
    if (settings.notice) logger.log('warn', settings.notice);

    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    serveRendererFiles(bundledFile('dist', 'renderer'));

    const loadDemo = () => createCheckEngine(DEMO_ARGS, createLiveHost);
    // This PC where the build has a live host; else the demo machine (labelled as such).
    const engine = startWithDemo ? await loadDemo() : await createCheckEngine(NO_ARGS, createLiveHost).catch(() => loadDemo());
    logger.log('info', `checking ${engine.source}`);

    const applyLoginItem = (startAtLogin: boolean) =>
      app.setLoginItemSettings({ openAtLogin: startAtLogin, args: [HIDDEN_FLAG] });
    applyLoginItem(settings.get().startAtLogin);

    const appLogger = logger;
    service = createDesktopService({
      mode: 'electron',
      version: app.getVersion(),
      engine,
      loadDemoEngine: loadDemo,
      settings,
      logger: appLogger,
      logDirectory,
      actions: (current) => createAppActions(createElectronDesktop(() => !current()?.engine().demo), isAllowedExternalUrl),
      onSettingsSaved: (saved) => applyLoginItem(saved.startAtLogin),
      onAlarm: (alarm) => {
        appLogger.log('warn', alarm.message);
        if (settings.get().notifications) notify(alarm.title, alarm.message);
      },
    });
    const handlers: IpcHandlers = service.handlers;
    registerIpcHandlers(handlers, senders, (message) => appLogger.log('warn', message));

    tray = createAppTray(bundledFile('assets', 'tray'), (command) => {
      if (command === 'open') showWindow();
      else if (command === 'check-now') void handlers['report-check-now']({});
      else if (command === 'start-sync-app') void handlers['syncapp-start']({}).then((outcome) => outcome.message && notify('Sync App', outcome.message));
      else app.quit();
    });

    const notify = (title: string, body: string) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    };
    const onReport = (report: Report) => {
      for (const id of senders.ids()) webContents.fromId(id)?.send(REPORT_CHANGED_EVENT, report);
      tray?.show(report, service?.engine().demo ?? false);
      const text = notifications.decide(report, settings.get().notifications);
      if (text) notify(text.title, text.body);
      appLogger.log('info', `status ${report.status}: ${report.findings.map((f) => f.code).join(', ')}`);
    };
    service.reports.subscribe(onReport);
    const first = service.reports.current();
    if (first) onReport(first);

    installAppMenu({
      checkNow: () => void handlers['report-check-now']({}),
      openExternal: (url) => void handlers['open-external']({ url: url as never }),
      quit: () => app.quit(),
    });

    window = createMainWindow({
      preload: join(import.meta.dirname, 'preload.cjs'),
      icon: bundledFile('assets', 'icon.png'),
      senders,
      showWhenReady: !startHidden,
      isQuitting: () => quitting,
      onBlocked: (message) => appLogger.log('warn', message),
    });
  });
}
