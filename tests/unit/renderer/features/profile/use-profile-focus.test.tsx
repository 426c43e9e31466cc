// @vitest-environment jsdom
/**
 * Where focus goes around the profile panel: closing returns it to the result row when the list
 * shows it, else to what opened the profile (not to a link inside the profile that replaced it),
 * else to the fallback; Escape closes, except inside a dialog or where something handled it.
 */
import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useProfileFocus } from '../../../../../renderer/src/features/profile/useProfileFocus';
import { fakeClient, renderHook } from '../../harness';

function button(label: string, parent: HTMLElement = document.body): HTMLButtonElement {
  const b = document.createElement('button');
  b.textContent = label;
  parent.append(b);
  return b;
}

function setUp(rowShows: (id: string) => boolean = () => false) {
  const fallbacks: string[] = [];
  const { client } = fakeClient({});
  const probe = renderHook(
    client,
    () => {
      const [openId, setOpenId] = useState<string | null>(null);
      const focus = useProfileFocus({
        openId,
        setOpenId,
        focusRow: rowShows,
        focusFallback: () => {
          fallbacks.push('fallback');
        },
      });
      return { openId, ...focus };
    },
    {},
  );
  return { probe, fallbacks };
}

function press(key: string, target: EventTarget = document.body) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('useProfileFocus', () => {
  it('returns focus to the opener, not to a link inside the profile', () => {
    const { probe } = setUp();
    const opener = button('open');
    opener.focus();
    act(() => {
      probe.current().open('a', true);
    });
    expect(probe.current()).toMatchObject({ openId: 'a', focusRequested: true });
    const panel = document.createElement('aside');
    panel.className = 'profile-panel';
    document.body.append(panel);
    button('member b', panel).focus();
    act(() => {
      probe.current().open('b');
    });
    expect(probe.current()).toMatchObject({ openId: 'b', focusRequested: false });
    press('Escape', document.activeElement ?? document.body);
    expect(probe.current().openId).toBeNull();
    expect(document.activeElement).toBe(opener);
    probe.unmount();
  });

  it('prefers the result row, and falls back when the opener is gone', () => {
    const rows: string[] = [];
    const shown = setUp((id) => {
      rows.push(id);
      return id === 'in-list';
    });
    act(() => {
      shown.probe.current().open('in-list');
    });
    act(() => {
      shown.probe.current().close();
    });
    expect(rows).toEqual(['in-list']);
    expect(shown.fallbacks).toEqual([]);
    shown.probe.unmount();

    const { probe, fallbacks } = setUp();
    const opener = button('gone');
    opener.focus();
    act(() => {
      probe.current().open('x');
    });
    opener.remove();
    act(() => {
      probe.current().close();
    });
    expect(fallbacks).toEqual(['fallback']);
    probe.unmount();
  });

  it('leaves Escape to a dialog, and to whatever already handled it', () => {
    const { probe } = setUp();
    act(() => {
      probe.current().open('a');
    });
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    press('Escape', button('in dialog', dialog));
    expect(probe.current().openId).toBe('a');
    const handled = button('menu');
    handled.addEventListener('keydown', (e) => {
      e.preventDefault();
    });
    press('Escape', handled);
    expect(probe.current().openId).toBe('a');
    press('Enter');
    expect(probe.current().openId).toBe('a');
    press('Escape');
    expect(probe.current().openId).toBeNull();
    probe.unmount();
  });
});
