/**
 * WXT's ContentScriptContext, reimplemented for the one script every page runs, and swapped in for
 * WXT's own in that build only (wxt.config.ts). WXT's constructor posts a window message naming the
 * extension's id to every page (which any page script can read: a fingerprint), dispatches a
 * document event, and builds an AbortController with a listener per timer: together about a
 * quarter of what the gate script cost on a real page (npm run bench:pages). This one keeps the
 * same surface (the story module's createShadowRootUi gets it too) and pays only for what is used:
 * callbacks in a list, and the Navigation API listener only once something asks for
 * wxt:locationchange.
 *
 * What it drops is WXT's development aid: a newly injected copy of the script stopping the old one.
 * A script orphaned by an extension update is still caught: the extension's runtime id is gone.
 */
import { browser } from 'wxt/browser';

type Options = Record<string, unknown>;
type LocationHandler = (e: { newUrl: URL; oldUrl: URL }) => void;

export class ContentScriptContext {
  private invalid = false;
  private readonly onInvalid: (() => void)[] = [];
  private controller: AbortController | undefined;
  private locationHandlers: LocationHandler[] | undefined;

  constructor(
    readonly contentScriptName: string,
    readonly options?: Options,
  ) {}

  /** Made on first use only: nothing in the gate script needs it. */
  get signal(): AbortSignal {
    if (!this.controller) {
      const controller = (this.controller = new AbortController());
      if (this.invalid) controller.abort();
      else this.onInvalid.push(() => controller.abort());
    }
    return this.controller.signal;
  }

  abort(): void {
    this.notifyInvalidated();
  }

  get isInvalid(): boolean {
    if (!this.invalid && browser.runtime?.id == null) this.notifyInvalidated();
    return this.invalid;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.onInvalid.push(cb);
    return () => {
      const i = this.onInvalid.indexOf(cb);
      if (i >= 0) this.onInvalid.splice(i, 1);
    };
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    return window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
      else clearInterval(id);
    }, timeout);
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    return requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    return requestIdleCallback((deadline) => {
      if (this.isValid) callback(deadline);
    }, options);
  }

  addEventListener(target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') return this.watchLocation(handler as LocationHandler);
    const listener = handler as EventListener;
    target.addEventListener(type, listener, options);
    this.onInvalidated(() => target.removeEventListener(type, listener, options));
  }

  notifyInvalidated(): void {
    if (this.invalid) return;
    this.invalid = true;
    for (const cb of this.onInvalid.splice(0)) cb();
  }

  /** SPA navigations: the Navigation API where there is one, else a look at the URL every second (as WXT does). */
  private watchLocation(handler: LocationHandler): void {
    if (this.locationHandlers) {
      this.locationHandlers.push(handler);
      return;
    }
    const handlers = (this.locationHandlers = [handler]);
    let last = new URL(location.href);
    const changedTo = (url: string) => {
      const next = new URL(url);
      if (next.href === last.href || this.isInvalid) return;
      const old = last;
      last = next;
      for (const h of handlers) h({ newUrl: next, oldUrl: old });
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof nav?.addEventListener === 'function') {
      const onNavigate = (e: Event) => changedTo((e as Event & { destination: { url: string } }).destination.url);
      nav.addEventListener('navigate', onNavigate);
      this.onInvalidated(() => nav.removeEventListener('navigate', onNavigate));
    } else {
      this.setInterval(() => changedTo(location.href), 1000);
    }
  }
}
