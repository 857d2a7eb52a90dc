import { useTranslation } from 'react-i18next';
import { useOrganisationStore } from '../../stores/organisation-store';
import { useUiStore } from '../../stores/ui-store';

export function TopBar() {
  const { t } = useTranslation();
  const municipality = useOrganisationStore((s) => s.municipality);
  const loaded = useOrganisationStore((s) => s.loaded);
  const openSettings = useUiStore((s) => s.openSettings);
  return (
    <header className="topbar">
      <div className="topbar-brand">
        <span className="app-mark" aria-hidden="true">
          D
        </span>
        <span className="app-name">{t('app.name')}</span>
      </div>
      <div className="topbar-municipality">
        {municipality.logoDataUrl ? <img className="topbar-logo" src={municipality.logoDataUrl} alt="" /> : null}
        {municipality.name ? (
          <span className="municipality-name">{municipality.name}</span>
        ) : loaded ? (
          <button type="button" className="link-button topbar-setup" onClick={() => openSettings('municipality')}>
            {t('topbar.noMunicipality')}
          </button>
        ) : null}
      </div>
    </header>
  );
}
