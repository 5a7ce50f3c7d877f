import { useId, type SelectHTMLAttributes } from "react";

/** A labelled native select (keyboard and screen readers work as the platform does). */
export function SelectField({
  label,
  hint,
  className = "",
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; hint?: string }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        aria-describedby={hintId}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
        {...select}
      >
        {children}
      </select>
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}
