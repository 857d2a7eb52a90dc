import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from './Icon';
import '../../styles/menu.css';

export interface MenuEntry {
  id: string;
  label: string;
  onSelect(): void;
  /** Why the step cannot be taken now: the item is shown disabled, with this as its tooltip and description. */
  disabledReason?: string | null;
  danger?: boolean;
}

/**
 * A menu button (the ARIA menu pattern): Enter, Space or ↓ opens the menu on its first item, ↑ on
 * its last; ↓/↑ move with wrap-around, Home/End jump, a letter goes to the next item starting with
 * it; Enter or Space takes the item (the item's own click, so a key is never seen twice); Escape or
 * Tab closes the menu and returns the focus to the button.
 * A disabled item keeps the focus, and while it has it the reason stands under the items.
 */
export function MenuButton({ label, items, className, icon }: { label: string; items: readonly MenuEntry[]; className?: string; icon?: ReactNode }) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  // A click anywhere else closes the menu (the focus goes where the click went).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  function openAt(index: number) {
    setActive(index);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function choose(entry: MenuEntry) {
    if (entry.disabledReason) return;
    close();
    entry.onSelect();
  }

  function onButtonKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    // Enter and Space are the button's own click (below).
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(items.length - 1);
    }
  }

  function onMenuKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const count = items.length;
    let next: number | null = null;
    switch (e.key) {
      case 'ArrowDown':
        next = (active + 1) % count;
        break;
      case 'ArrowUp':
        next = (active - 1 + count) % count;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
      case 'Tab':
        e.preventDefault();
        e.stopPropagation();
        close();
        return;
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          const letter = e.key.toLocaleLowerCase();
          for (let step = 1; step <= count; step++) {
            const index = (active + step) % count;
            if (items[index]?.label.toLocaleLowerCase().startsWith(letter)) {
              next = index;
              break;
            }
          }
        }
    }
    if (next !== null) {
      e.preventDefault();
      setActive(next);
    }
  }

  const activeEntry = open ? items[active] : undefined;
  return (
    <div ref={rootRef} className={`menu-root${className ? ` ${className}` : ''}`}>
      <button
        ref={buttonRef}
        type="button"
        className="button button-small menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close() : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {icon}
        {label}
        <Icon name="down" size={14} />
      </button>
      {open ? (
        <div className="menu-popup">
          <ul id={menuId} role="menu" aria-label={label} className="menu-list" onKeyDown={onMenuKeyDown}>
            {items.map((entry, index) => (
              <li key={entry.id} role="none">
                <button
                  ref={(el) => {
                    itemRefs.current[index] = el;
                  }}
                  type="button"
                  role="menuitem"
                  tabIndex={index === active ? 0 : -1}
                  className={`menu-item${entry.danger ? ' is-danger' : ''}${index === active ? ' is-active' : ''}`}
                  aria-disabled={entry.disabledReason ? true : undefined}
                  aria-describedby={entry.disabledReason ? `${menuId}-reason-${index}` : undefined}
                  title={entry.disabledReason ?? undefined}
                  onClick={() => choose(entry)}
                  onMouseEnter={() => setActive(index)}
                >
                  {entry.label}
                </button>
              </li>
            ))}
          </ul>
          {/* Each disabled item's reason, described by it; the focused one's stands visibly under the items. */}
          {items.map((entry, index) =>
            entry.disabledReason ? (
              <p key={entry.id} id={`${menuId}-reason-${index}`} className="menu-reason" hidden={activeEntry !== entry}>
                {entry.disabledReason}
              </p>
            ) : null,
          )}
        </div>
      ) : null}
    </div>
  );
}
