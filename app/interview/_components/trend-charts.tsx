'use client';

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { taipeiDateTime } from '@/lib/i18n/format';
import type { TrendPoint } from '@/lib/interviews/trends';

export interface TrendLabels {
  score: string;
  rate: string;
  cpm: string;
  wpm: string;
  fillers: string;
  /** The y axes' units: 分, 字／分鐘, 次／題. */
  axisScore: string;
  axisRate: string;
  axisFillers: string;
}

function Chart({
  title,
  data,
  lines,
  domain,
  unit,
  testId,
}: {
  title: string;
  unit: string;
  data: Array<Record<string, number | string | null>>;
  lines: Array<{ key: string; name: string; color: string }>;
  domain?: [number, number];
  testId: string;
}) {
  return (
    <figure className="space-y-1" data-testid={testId}>
      <figcaption className="text-sm font-medium text-slate-700">
        {title}
        {unit && <span className="ml-1 text-xs font-normal text-slate-500">（{unit}）</span>}
      </figcaption>
      <div className="h-48">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="date" fontSize={12} />
            <YAxis
              fontSize={12}
              width={40}
              domain={domain ?? ['auto', 'auto']}
              allowDecimals={false}
              label={
                unit ? { value: unit, angle: -90, position: 'insideLeft', fontSize: 11, dx: 4, style: { textAnchor: 'middle' } } : undefined
              }
            />
            <Tooltip />
            {lines.map((line) => (
              <Line
                key={line.key}
                type="monotone"
                dataKey={line.key}
                name={line.name}
                stroke={line.color}
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Score, speech rate and filler words across the user's interviews, oldest to newest: is it getting better? */
export function TrendCharts({ points, labels }: { points: TrendPoint[]; labels: TrendLabels }) {
  const data = points.map((p) => ({
    date: taipeiDateTime(p.at),
    score: p.score,
    cpm: p.cpm,
    wpm: p.wpm,
    fillers: p.fillersPerAnswer,
  }));
  const rateLines = [
    ...(points.some((p) => p.cpm !== null) ? [{ key: 'cpm', name: labels.cpm, color: '#0891b2' }] : []),
    ...(points.some((p) => p.wpm !== null) ? [{ key: 'wpm', name: labels.wpm, color: '#7c3aed' }] : []),
  ];
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <Chart
        title={labels.score}
        data={data}
        lines={[{ key: 'score', name: labels.score, color: '#2563eb' }]}
        domain={[0, 100]}
        unit={labels.axisScore}
        testId="trend-score"
      />
      <Chart title={labels.rate} data={data} lines={rateLines} unit={labels.axisRate} testId="trend-rate" />
      <Chart
        title={labels.fillers}
        data={data}
        lines={[{ key: 'fillers', name: labels.fillers, color: '#d97706' }]}
        unit={labels.axisFillers}
        testId="trend-fillers"
      />
    </div>
  );
}
