/** A filter of a GET form: a labelled select whose first choice, "any", sends nothing. */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
  className = "",
}: {
  label: string;
  name: string;
  value: string | null | undefined;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  className?: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <select
        name={name}
        defaultValue={value ?? ""}
        className={`rounded-md border border-slate-400 bg-white px-3 py-2 font-normal ${className}`}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
