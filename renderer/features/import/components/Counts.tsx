/** A row of labelled counts, the figures large. */
export function Counts({
  label,
  items,
  locale,
}: {
  label: string;
  items: { key: string; label: string; value: number }[];
  locale: string;
}) {
  const number = new Intl.NumberFormat(locale);
  return (
    <dl className="import-counts" aria-label={label}>
      {items.map((item) => (
        <div key={item.key} className={`import-counts__item import-counts__item--${item.key}`}>
          <dt>{item.label}</dt>
          <dd>{number.format(item.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
