import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingMode } from './use-meeting-mode';

export const MODE_PANEL_ID = 'meeting-mode-panel';
export const modeTabId = (mode: MeetingMode): string => `meeting-mode-${mode}`;

/** "Dagsorden" | "Mødet" | "Godkendelse": tabs over the meeting's panes (the ARIA tabs pattern: arrows move and select). */
export function ModeSwitch({ modes: MODES, mode, onChange }: { modes: readonly MeetingMode[]; mode: MeetingMode; onChange(mode: MeetingMode): void }) {
  const { t } = useTranslation();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = MODES.indexOf(mode);
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? MODES.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = MODES[(next + MODES.length) % MODES.length]!;
    onChange(target);
    tabs.current[MODES.indexOf(target)]?.focus();
  }
  return (
    <div className="mode-switch" role="tablist" aria-label={t('conduct.modes.label')} onKeyDown={onKeyDown}>
      {MODES.map((m, i) => (
        <button
          key={m}
          ref={(el) => {
            tabs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={modeTabId(m)}
          aria-selected={mode === m}
          aria-controls={MODE_PANEL_ID}
          tabIndex={mode === m ? 0 : -1}
          className={`mode-tab${mode === m ? ' is-selected' : ''}`}
          onClick={() => onChange(m)}
        >
          {t(`conduct.modes.${m}`)}
        </button>
      ))}
    </div>
  );
}
