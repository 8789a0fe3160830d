// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME, injectPageStyle } from './highlight-styles';

const styles = () => [...document.querySelectorAll('style#parallax-highlight-style')];

describe('injectPageStyle', () => {
  it('adds one element that colours both highlights and the mark fallback', () => {
    document.head.innerHTML = '';
    const s = injectPageStyle(document);
    expect(styles()).toHaveLength(1);
    const css = styles()[0]!.textContent ?? '';
    expect(css).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    expect(css).toContain(`::highlight(${ACTIVE_HIGHLIGHT_NAME})`);
    expect(css).toContain('mark[data-parallax]');
    s.remove();
    expect(styles()).toHaveLength(0);
  });

  it('replaces the element a previous highlighter left behind instead of adding a second', () => {
    document.head.innerHTML = '';
    injectPageStyle(document).setPageCss('html { margin: 1px; }');
    const s = injectPageStyle(document);
    expect(styles()).toHaveLength(1);
    expect(styles()[0]!.textContent).not.toContain('margin');
    s.remove();
  });

  it('carries page CSS after the highlight rules and takes it out again', () => {
    document.head.innerHTML = '';
    const s = injectPageStyle(document);
    const base = styles()[0]!.textContent;
    const rule = 'html { margin-right: 416px !important; }';
    s.setPageCss(rule);
    expect(styles()[0]!.textContent).toBe(base + rule);
    s.setPageCss('');
    expect(styles()[0]!.textContent).toBe(base);
    s.setPageCss(null as unknown as string); // bad input: the highlight rules alone, not a crash
    expect(styles()[0]!.textContent).toBe(base);
    s.remove();
  });
});
