import './zod-without-eval.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { AnnouncerProvider } from './app/announcer.js';
import { BridgeProvider } from './bridge/bridge-context.js';
import { pickBridge } from './bridge/pick-bridge.js';
import { ReportProvider } from './bridge/report-context.js';
import './styles/app.css';
import './styles/long-text.css';
import './styles/high-contrast.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BridgeProvider bridge={pickBridge(window as unknown as Parameters<typeof pickBridge>[0])}>
        <AnnouncerProvider>
          <ReportProvider>
            <App />
          </ReportProvider>
        </AnnouncerProvider>
      </BridgeProvider>
    </StrictMode>,
  );
}
