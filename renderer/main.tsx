import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './components/app/App';
import { createI18n } from './i18n/i18n';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/meeting.css';
import './styles/content.css';
import './styles/settings.css';
import './styles/editor.css';
import './styles/agenda.css';
import './styles/bilag.css';
import './styles/fixes.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root mangler i index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
