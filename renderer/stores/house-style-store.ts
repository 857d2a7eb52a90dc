import { useEffect } from 'react';
import { create } from 'zustand';
import type { ApiArgs } from '../../shared/api/contract';
import type { HouseStyle } from '../../shared/domain/entities';
import { api } from '../api/api';

/** The municipality's house style for the documents (Indstilling's lead, the decision heading's colon). */
export interface HouseStyleState {
  /** Null until read: the previews wait for it rather than print with a guess. */
  style: HouseStyle | null;
  load(): Promise<HouseStyle>;
  update(args: ApiArgs<'houseStyle:update'>): Promise<HouseStyle>;
}

export const useHouseStyleStore = create<HouseStyleState>()((set, get) => {
  let loading: Promise<HouseStyle> | null = null;
  return {
    style: null,
    load() {
      const current = get().style;
      if (current) return Promise.resolve(current);
      loading ??= api()
        .call('houseStyle:get', {})
        .then((style) => {
          set({ style });
          return style;
        })
        .finally(() => {
          loading = null;
        });
      return loading;
    },
    async update(args) {
      const style = await api().call('houseStyle:update', args);
      set({ style });
      return style;
    },
  };
});

/** The house style, read the first time a screen needs it; null while it is read. */
export function useHouseStyle(): HouseStyle | null {
  const style = useHouseStyleStore((s) => s.style);
  useEffect(() => {
    if (!style) void useHouseStyleStore.getState().load().catch(() => undefined);
  }, [style]);
  return style;
}
