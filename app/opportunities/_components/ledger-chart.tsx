'use client';

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** The balance after each change, oldest first: a step line, as a balance moves. */
export function LedgerChart({ points, label }: { points: Array<{ date: string; balance: number }>; label: string }) {
  return (
    <div className="h-48" data-testid="ledger-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="date" fontSize={12} />
          <YAxis fontSize={12} allowDecimals={false} domain={[0, 'auto']} />
          <Tooltip />
          <Line type="stepAfter" dataKey="balance" name={label} stroke="#2563eb" strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
