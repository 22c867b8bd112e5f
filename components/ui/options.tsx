/** <option>s for a <select> from a value → label map, with an optional empty first choice. */
export function Options({ items, empty }: { items: Record<string, string> | { id: number | string; label: string }[]; empty?: string }) {
  const pairs = Array.isArray(items) ? items.map((i) => [String(i.id), i.label] as const) : Object.entries(items);
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {pairs.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
