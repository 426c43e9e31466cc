// @vitest-environment jsdom
/**
 * The desktop menu's commands reach the newest handler, through one subscription for the life
 * of the app, which ends with it.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useMenuCommands, type MenuCommand } from '../../../renderer/src/useMenuCommands';
import { fakeClient, renderHook } from './harness';

describe('useMenuCommands', () => {
  it('runs each command with the newest handler and unsubscribes on unmount', () => {
    const fake = fakeClient({});
    const ran: string[] = [];
    const probe = renderHook(
      fake.client,
      (tag: string) => {
        useMenuCommands((command: MenuCommand) => {
          ran.push(`${tag}:${command}`);
        });
      },
      'first',
    );
    expect(fake.listeners('menu-command')).toBe(1);
    act(() => {
      fake.emit('menu-command', { command: 'export' });
    });
    probe.rerender('second');
    expect(fake.listeners('menu-command')).toBe(1);
    act(() => {
      fake.emit('menu-command', { command: 'sync' });
      fake.emit('menu-command', { command: 'settings' });
    });
    expect(ran).toEqual(['first:export', 'second:sync', 'second:settings']);
    probe.unmount();
    expect(fake.listeners('menu-command')).toBe(0);
  });
});
