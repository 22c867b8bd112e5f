import { formatYearMonth } from "@/lib/reports/monthly";

const BAR = 8;
const GAP = 3;
const HEIGHT = 24;

/** A unit's published counts of the last months as small bars, each to the unit's own largest month. */
export function MonthlyChart({ history }: { history: { month: string; published: number }[] }) {
  const max = Math.max(1, ...history.map((h) => h.published));
  const width = history.length * (BAR + GAP) - GAP;
  const label = `近${history.length}个月公开数量：${history.map((h) => `${formatYearMonth(h.month)} ${h.published} 条`).join("，")}`;
  return (
    <svg role="img" aria-label={label} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} className="text-brand-700">
      <line x1={0} x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} stroke="currentColor" strokeOpacity={0.3} />
      {history.map((h, i) => {
        const height = Math.round((h.published / max) * (HEIGHT - 2));
        const isLast = i === history.length - 1;
        return <rect key={h.month} x={i * (BAR + GAP)} y={HEIGHT - height} width={BAR} height={height} fill="currentColor" fillOpacity={isLast ? 1 : 0.45} />;
      })}
    </svg>
  );
}
