import { useTranslation } from 'react-i18next';
import { settingsTabs, useUiStore, type SettingsTab } from '../../stores/ui-store';
import { CertificateSettings } from './CertificateSettings';
import { CommitteeSettings } from './CommitteeSettings';
import { LanguageSettings } from './LanguageSettings';
import { MunicipalitySettings } from './MunicipalitySettings';
import { PartySettings } from './PartySettings';
import { PeopleSettings } from './PeopleSettings';
import { SectionTemplateSettings } from './SectionTemplateSettings';
import { StandardItemSettings } from './StandardItemSettings';

const panels: Record<SettingsTab, () => React.JSX.Element> = {
  municipality: MunicipalitySettings,
  parties: PartySettings,
  people: PeopleSettings,
  committees: CommitteeSettings,
  sections: SectionTemplateSettings,
  standardItems: StandardItemSettings,
  certificates: CertificateSettings,
  language: LanguageSettings,
};

/** Settings: a list of areas on the left, the chosen area's forms on the right. */
export function SettingsView() {
  const { t } = useTranslation();
  const tab = useUiStore((s) => s.settingsTab);
  const setTab = useUiStore((s) => s.setSettingsTab);
  const Panel = panels[tab];
  return (
    <div className="settings">
      <nav className="settings-tabs" aria-label={t('settings.navLabel')}>
        <ul>
          {settingsTabs.map((id) => (
            <li key={id}>
              <button type="button" className="settings-tab" aria-current={tab === id ? 'page' : undefined} onClick={() => setTab(id)}>
                {t(`settings.tabs.${id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="settings-panel">
        <Panel />
      </div>
    </div>
  );
}

export function SettingsHeader({ title, intro }: { title: string; intro?: string }) {
  return (
    <header className="page-header">
      <h1 className="page-title">{title}</h1>
      {intro ? <p className="page-intro">{intro}</p> : null}
    </header>
  );
}
