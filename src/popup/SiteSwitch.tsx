import { useEffect, useId, useState } from 'preact/hooks';
import type { SiteSwitchService } from './services';
import type { Translate } from './translate';

type SwitchState = { status: 'loading' } | { status: 'ready'; enabled: boolean; error: string | null };

interface SiteSwitchProps {
  site: string;
  service: SiteSwitchService;
  tr: Translate;
}

/**
 * A checkbox that turns Leaderlens off (and back on) for the current site. The box shows the stored
 * value, not a hope: after a failed save it goes back to what storage holds and says why.
 */
export function SiteSwitch({ site, service, tr }: SiteSwitchProps) {
  const id = useId();
  const [state, setState] = useState<SwitchState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    service.isEnabled(site).then(
      (enabled) => live && setState({ status: 'ready', enabled, error: null }),
      (error: unknown) => live && setState({ status: 'ready', enabled: true, error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [site, service]);

  const toggle = async (enabled: boolean) => {
    setState({ status: 'ready', enabled, error: null });
    const saved = await service.setEnabled(site, enabled).catch((error: unknown) => ({ ok: false as const, reason: messageOf(error) }));
    if (saved.ok) return;
    const stored = await service.isEnabled(site).catch(() => !enabled);
    setState({ status: 'ready', enabled: stored, error: saved.reason });
  };

  const enabled = state.status === 'ready' ? state.enabled : true;
  return (
    <div class="llp-switch" data-site={site}>
      <input
        id={`${id}-switch`}
        type="checkbox"
        role="switch"
        class="llp-switch-box"
        checked={enabled}
        disabled={state.status === 'loading'}
        aria-describedby={`${id}-note`}
        onChange={(event) => void toggle((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={`${id}-switch`}>{tr('popup_siteSwitch', site)}</label>
      <p id={`${id}-note`} class="llp-switch-note" role="status">
        {state.status === 'ready' && state.error !== null
          ? tr('popup_siteSwitchFailed', state.error)
          : state.status === 'ready' && !state.enabled
            ? tr('popup_siteOffNote')
            : ''}
      </p>
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
