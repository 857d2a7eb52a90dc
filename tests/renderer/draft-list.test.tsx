// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDraftList } from '../../renderer/hooks/use-draft-list';

afterEach(cleanup);

interface Draft {
  key: number;
  text: string;
}

function setUp(texts: string[]) {
  const onChange = vi.fn<(next: Draft[]) => void>();
  const hook = renderHook(() => useDraftList<Draft>(() => texts.map((text) => ({ text })), onChange));
  return { ...hook, onChange, texts: () => hook.result.current.drafts.map((d) => d.text) };
}

describe('useDraftList', () => {
  it('numbers the keys from 0 and hands every change to onChange', () => {
    const { result, onChange, texts } = setUp(['Budgettet godkendes', 'Sagen sendes i høring']);
    expect(result.current.drafts.map((d) => d.key)).toEqual([0, 1]);

    act(() => result.current.update(1, { text: 'Sagen sendes i offentlig høring' }));
    expect(texts()).toEqual(['Budgettet godkendes', 'Sagen sendes i offentlig høring']);
    act(() => result.current.move(1, -1));
    expect(texts()).toEqual(['Sagen sendes i offentlig høring', 'Budgettet godkendes']);
    act(() => result.current.remove(0));
    expect(texts()).toEqual(['Sagen sendes i offentlig høring']);

    expect(onChange).toHaveBeenCalledTimes(3);
    expect(onChange.mock.lastCall?.[0].map((d) => d.key)).toEqual([1]);
  });

  it('sees the newest list when two changes come before a render', () => {
    const { result, texts } = setUp(['a', 'b']);
    act(() => {
      const { update } = result.current;
      update(0, { text: 'A' });
      update(1, { text: 'B' });
    });
    expect(texts()).toEqual(['A', 'B']);
  });

  it('adds a draft with a new key and focuses its field once rendered, without a change to save', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const { result, onChange } = setUp(['a']);
    act(() => result.current.add({ text: '' }));
    const added = result.current.drafts[1]!;
    expect(added.key).toBe(1);
    expect(onChange).not.toHaveBeenCalled();

    const field = document.createElement('textarea');
    document.body.append(field);
    result.current.fieldRef(added.key)(field);
    for (const frame of frames) frame(0);
    expect(document.activeElement).toBe(field);
    field.remove();
    vi.unstubAllGlobals();
  });
});
