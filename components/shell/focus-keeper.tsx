"use client";

import { useEffect } from "react";

/** Where focus may come back to when the control a person used is gone: the heading of its part of the page. */
const SECTION = "section, aside, form, article, [role='region'], [role='dialog']";

/**
 * Keeps keyboard users where they were. A control disabled while its action runs (a form's
 * fieldset during a save) or replaced when the page refreshes drops focus to the page body, and
 * the next Tab starts again from the top. This watches for that: focus goes back to the control
 * once it is enabled again, or, when the action removed the control itself, to the heading of the
 * section it was in. A person who clicks elsewhere has chosen where they are, and is left alone.
 */
export function FocusKeeper() {
  useEffect(() => {
    let last: HTMLElement | null = null;
    let section: HTMLElement | null = null;
    // The control the person last activated (click, or Enter/Space, which click too).
    let activated: EventTarget | null = null;
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement) || event.target === document.body) return;
      last = event.target;
      section = last.closest<HTMLElement>(SECTION);
    };
    const forget = () => {
      last = null;
      section = null;
    };
    const onClick = (event: MouseEvent) => {
      activated = event.target instanceof Element ? event.target.closest("button, a, [role='button']") : null;
    };
    const restore = () => {
      if (!last || (document.activeElement && document.activeElement !== document.body)) return;
      if (last.isConnected) {
        if (!last.matches(":disabled")) last.focus({ preventScroll: true });
        return;
      }
      // Gone because of what it did (a workflow step replaced its own button): to its section's heading.
      // Gone otherwise (a popup closed behind Tab), the browser's own next Tab already continues from there.
      const fallback = last === activated && section?.isConnected ? focusableHeadingOf(section) : null;
      forget();
      fallback?.focus({ preventScroll: true });
    };
    // Checked a task later, never inside a focus change: between a field's blur and the next one's
    // focus the page body is briefly the active element, and a popup closing on blur mutates the DOM.
    let pending = 0;
    const observer = new MutationObserver(() => {
      window.clearTimeout(pending);
      pending = window.setTimeout(restore, 0);
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["disabled"],
    });
    document.addEventListener("focusin", onFocusIn, true);
    document.addEventListener("pointerdown", forget, true);
    document.addEventListener("click", onClick, true);
    return () => {
      window.clearTimeout(pending);
      document.removeEventListener("click", onClick, true);
      observer.disconnect();
      document.removeEventListener("focusin", onFocusIn, true);
      document.removeEventListener("pointerdown", forget, true);
    };
  }, []);
  return null;
}

function focusableHeadingOf(section: HTMLElement): HTMLElement {
  const heading = section.querySelector<HTMLElement>("h1, h2, h3") ?? section;
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  return heading;
}
