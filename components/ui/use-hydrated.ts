'use client';

import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/** False while the server renders and the page hydrates, true after: for what only the browser may render. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
