"use client";
/**
 * false during the server render and hydration, true once React handles events. A submit
 * button disabled until then cannot be clicked into a native form submission (a reload that
 * loses what was typed) on a slow device or a loaded machine.
 */
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
