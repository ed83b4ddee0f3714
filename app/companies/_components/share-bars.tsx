/** Shares (0–1) as horizontal bars with their percentages: plain CSS, no chart library. */
export function ShareBars({
  rows,
  label,
  testId,
}: {
  rows: Array<{ key: string; label: string; count: number; share: number; colour: string }>;
  label: string;
  testId: string;
}) {
  return (
    <ul className="space-y-2" aria-label={label} data-testid={testId}>
      {rows.map((row) => {
        const percent = Math.round(row.share * 100);
        return (
          <li key={row.key} className="space-y-1" data-testid={`${testId}-row`}>
            <div className="flex justify-between text-sm">
              <span>{row.label}</span>
              <span className="text-slate-500">
                {percent}% ({row.count})
              </span>
            </div>
            <div className="h-2 rounded-full bg-slate-100">
              <div className={`h-2 rounded-full ${row.colour}`} style={{ width: `${percent}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
