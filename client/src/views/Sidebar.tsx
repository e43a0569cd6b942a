/**
 * The left column: the modes as tabs (WAI-ARIA tabs; arrows switch), each with its panel. On a
 * narrow screen the tabs sit at the bottom and a tab's panel opens as a sheet above them
 * (`sheetOpen`), so the canvas keeps the screen until the reader asks for a mode.
 */
import { useRef, type Dispatch, type KeyboardEvent, type ReactNode } from 'react';
import type { ViewAction } from '../core/view-state/index.ts';
import { SIDEBAR_TABS, type SidebarTab, type ViewState } from '../core/view-state/types.ts';

const TAB_NAMES: Record<SidebarTab, string> = { filters: 'Filters', path: 'Path', outline: 'Report', targets: 'Targets', briefing: 'Briefing' };

export interface SidebarProps {
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  panels: Record<SidebarTab, ReactNode>;
  /** Whether the mode's panel is open as a sheet (narrow screens only; wide ones always show it). */
  sheetOpen: boolean;
  onSheet(open: boolean): void;
}

export function Sidebar({ view, dispatch, panels, sheetOpen, onSheet }: SidebarProps) {
  const tabs = useRef<Partial<Record<SidebarTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const at = SIDEBAR_TABS.indexOf(view.tab);
    const next =
      event.key === 'ArrowRight' ? SIDEBAR_TABS[(at + 1) % SIDEBAR_TABS.length]
      : event.key === 'ArrowLeft' ? SIDEBAR_TABS[(at + SIDEBAR_TABS.length - 1) % SIDEBAR_TABS.length]
      : event.key === 'Home' ? SIDEBAR_TABS[0]
      : event.key === 'End' ? SIDEBAR_TABS[SIDEBAR_TABS.length - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    dispatch({ type: 'setTab', tab: next });
    onSheet(true);
    tabs.current[next]?.focus();
  };
  return (
    <nav className={`sidebar${sheetOpen ? ' sidebar--open' : ''}`} aria-label="Explore">
      <div role="tablist" aria-label="Modes" className="tabs" onKeyDown={onKeyDown}>
        {SIDEBAR_TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              tabs.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={view.tab === tab}
            aria-controls={`tabpanel-${tab}`}
            tabIndex={view.tab === tab ? 0 : -1}
            className="tabs__tab"
            onClick={() => {
              // On a narrow screen, the open tab's button closes its sheet again.
              onSheet(!(sheetOpen && view.tab === tab));
              dispatch({ type: 'setTab', tab });
            }}
          >
            {TAB_NAMES[tab]}
          </button>
        ))}
      </div>
      {SIDEBAR_TABS.map((tab) => (
        <div key={tab} role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} hidden={view.tab !== tab} className="tabpanel">
          <button type="button" className="sheet__close" onClick={() => onSheet(false)}>
            Back to the graph
          </button>
          {view.tab === tab && panels[tab]}
        </div>
      ))}
    </nav>
  );
}
