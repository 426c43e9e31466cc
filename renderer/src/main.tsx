/**
 * Renderer entry: picks the transport (desktop preload or web mode), sets up the language and
 * renders the app. Styles are separate files (the CSP allows no inline styles).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api-client';
import { ApiProvider } from './api-context';
import { App } from './App';
import { initI18n, systemLocale } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/search.css';
import './styles/results.css';
import './styles/profile.css';
import './styles/pages.css';
import './styles/selection.css';
import './styles/updates.css';

const locale = systemLocale();
initI18n(locale);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ApiProvider client={createApiClient()}>
      <App initialLocale={locale} />
    </ApiProvider>
  </StrictMode>,
);
