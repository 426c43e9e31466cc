/**
 * What the renderer's hook and component tests share: a client that answers only the methods a
 * test gives it (any other call fails the test, naming the method), answers the test settles
 * when it chooses, and a mount that renders under the API provider inside React's act().
 * Tests using it run in jsdom (`// @vitest-environment jsdom`).
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ApiEventName, ApiEventPayload, CatalogueClient } from '../../../contract';
import { ApiProvider } from '../../../renderer/src/api-context';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Listener = (payload: unknown) => void;

export interface FakeClient {
  client: CatalogueClient;
  /** Delivers a pushed event to every current subscriber. */
  emit: <E extends ApiEventName>(event: E, payload: ApiEventPayload<E>) => void;
  /** How many listeners are subscribed to an event now. */
  listeners: (event: ApiEventName) => number;
}

export function fakeClient(methods: Partial<Omit<CatalogueClient, 'subscribe'>>): FakeClient {
  const subscribers = new Map<ApiEventName, Set<Listener>>();
  const target = {
    ...methods,
    subscribe: (event: ApiEventName, listener: Listener) => {
      const set = subscribers.get(event) ?? new Set<Listener>();
      subscribers.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  const client = new Proxy(target, {
    get(object, name) {
      const value = (object as Record<string | symbol, unknown>)[name];
      if (value === undefined && typeof name === 'string' && name !== 'then') {
        throw new Error(`the test's client has no method ${name}()`);
      }
      return value;
    },
  }) as unknown as CatalogueClient;
  return {
    client,
    emit: (event, payload) => {
      for (const listener of subscribers.get(event) ?? []) listener(payload);
    },
    listeners: (event) => subscribers.get(event)?.size ?? 0,
  };
}

/** A promise the test settles: `resolve`/`reject` it between the steps it checks. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending answers and the renders they cause finish. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export interface Mounted {
  container: HTMLElement;
  render: (ui: ReactNode) => void;
  unmount: () => void;
}

/** Renders `ui` under the API provider into a container attached to the document. */
export function mount(client: CatalogueClient, ui: ReactNode): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const render = (next: ReactNode) => {
    act(() => {
      root.render(<ApiProvider client={client}>{next}</ApiProvider>);
    });
  };
  render(ui);
  return {
    container,
    render,
    unmount: () => {
      act(() => {
        root.unmount();
      });
      container.remove();
    },
  };
}

export interface HookProbe<P, R> {
  /** What the hook returned on its latest render. */
  current: () => R;
  /** Every value it returned, oldest first. */
  history: R[];
  rerender: (props: P) => void;
  unmount: () => void;
}

/** Runs a hook inside a component, recording what it returns on each render. */
export function renderHook<P, R>(
  client: CatalogueClient,
  hook: (props: P) => R,
  props: NoInfer<P>,
): HookProbe<P, R> {
  const history: R[] = [];
  function Probe({ hookProps }: { hookProps: P }) {
    history.push(hook(hookProps));
    return null;
  }
  const mounted = mount(client, <Probe hookProps={props} />);
  return {
    current: () => {
      const last = history.at(-1);
      if (last === undefined) throw new Error('the hook has not rendered');
      return last;
    },
    history,
    rerender: (next) => {
      mounted.render(<Probe hookProps={next} />);
    },
    unmount: mounted.unmount,
  };
}

/** Types into a text field as a person does: React sees an input event with the new value. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  // React tracks the value it last set; the prototype's setter goes around that tracker, as a
  // person's typing does, so React sees a change.
  const prototype = Object.getPrototypeOf(input) as object;
  act(() => {
    Reflect.set(prototype, 'value', text, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Clicks an element and lets the answers it starts settle. */
export async function click(element: Element): Promise<void> {
  act(() => {
    (element as HTMLElement).click();
  });
  await settle();
}
