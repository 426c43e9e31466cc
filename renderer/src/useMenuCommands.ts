/**
 * The desktop menu's commands (Export…, Sync now, Settings), which the shell sends as events.
 * Subscribed once per client; each command runs the newest `run`, so the owner need not keep
 * it stable. Web mode has no menu: its event stream never carries one.
 */
import { useEffect, useEffectEvent } from 'react';
import type { ApiEventPayload } from '../../contract';
import { useApi } from './api-context';

export type MenuCommand = ApiEventPayload<'menu-command'>['command'];

export function useMenuCommands(run: (command: MenuCommand) => void): void {
  const api = useApi();
  const onCommand = useEffectEvent(run);
  useEffect(
    () =>
      api.subscribe('menu-command', ({ command }) => {
        onCommand(command);
      }),
    [api],
  );
}
