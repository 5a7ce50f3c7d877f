"use client";

import {
  type ComponentPropsWithoutRef,
  type ComponentType,
  type ReactNode,
  type Ref,
  useEffect,
  useRef,
  useState,
} from "react";

export type MenuTriggerProps = Omit<ComponentPropsWithoutRef<"button">, "children"> & { "data-testid"?: string };

/** What a deferred menu receives besides its own props: its trigger, and what happened before it loaded. */
export interface LoadedMenuProps {
  trigger: MenuTriggerProps;
  triggerContent: ReactNode;
  /** Pressed while the menu's code was loading: open at once. */
  defaultOpen: boolean;
  /** The look-alike trigger had keyboard focus: the real one takes it over. */
  focusTrigger: boolean;
}

/**
 * A dropdown menu that loads its code (Radix's menu and popper, ~34 KB gzipped, the biggest part of the shell)
 * only when someone is about to use it: the pointer over its trigger, keyboard focus on it, or a press. Until
 * then a look-alike button stands in, so no page pays for the shell's menus in its first-load JS. A press before
 * the code arrived opens the menu as soon as it has (Radix opens on pointer down; so does this).
 */
export function DeferredMenu<P extends object>({
  load,
  props,
  trigger,
  children,
}: {
  load: () => Promise<ComponentType<P & LoadedMenuProps>>;
  props: P;
  trigger: MenuTriggerProps;
  children: ReactNode;
}) {
  const [Menu, setMenu] = useState<ComponentType<P & LoadedMenuProps> | null>(null);
  const [openRequested, setOpenRequested] = useState(false);
  const [focusTrigger, setFocusTrigger] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const loading = useRef(false);

  function prepare() {
    if (loading.current) return;
    loading.current = true;
    load().then(
      (component) => {
        setFocusTrigger(button.current !== null && document.activeElement === button.current);
        setMenu(() => component);
      },
      () => {
        loading.current = false; // offline for a moment: the next hover or press tries again
      },
    );
  }
  function requestOpen() {
    setOpenRequested(true);
    prepare();
  }

  if (Menu) {
    return (
      <Menu
        {...props}
        trigger={trigger}
        triggerContent={children}
        defaultOpen={openRequested}
        focusTrigger={focusTrigger}
      />
    );
  }
  return (
    <button
      {...trigger}
      ref={button}
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={prepare}
      onFocus={prepare}
      onPointerDown={(event) => {
        if (event.button === 0 && !event.ctrlKey) requestOpen();
      }}
      onClick={requestOpen}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown") {
          event.preventDefault();
          requestOpen();
        }
      }}
    >
      {children}
    </button>
  );
}

/** For the loaded menu: its trigger takes over keyboard focus from the look-alike it replaced. */
export function useTakeOverFocus(focusTrigger: boolean, defaultOpen: boolean): Ref<HTMLButtonElement> {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // An open menu moves focus into itself (and back to the trigger when it closes).
    if (focusTrigger && !defaultOpen) ref.current?.focus();
    // Only on mount: later focus is the menu's business.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
