import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { applyTheme, loadTheme } from './ui/shell/theme';
import { initWorkspace } from './platform/initWorkspace';
import { registerServiceWorker } from './platform/tenant/registerServiceWorker';
import { whenIdle } from './platform/whenIdle';
import { prefetchLaterFeatures } from './platform/prefetch';
import { resumeSchedulesWhenIdle } from './platform/tenant/resumeSchedules';

// Before the first render, so the page never flashes in the wrong theme.
applyTheme(loadTheme(), false);

// Once per page, outside React so StrictMode's double effects cannot start autosave twice.
initWorkspace();

// The simulated tenant's Service Worker (fetch ./http/… and ./oauth/token); skipped where
// unsupported. Registered once the app is idle: the first screen does not need it.
whenIdle(registerServiceWorker);

// What later features load on first use (Monaco, the simulator, the tenant views, the layout,
// QuickJS), fetched into the HTTP cache a few seconds after the app is first idle.
prefetchLaterFeatures();

// Deployed Timer Start schedules fire while the studio is open, whatever page it shows.
resumeSchedulesWhenIdle();

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
