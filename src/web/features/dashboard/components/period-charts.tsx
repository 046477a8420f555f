import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';

// Recharts and Mantine's charts weigh more than the rest of the home screen together: this
// module is only ever imported lazily (see chart-figures.tsx), so the first load stays light.

export type ChartSeries = { name: string; label: string; color: string };

type Props = {
  data: Record<string, string | number>[];
  dataKey: string;
  series: ChartSeries[];
  valueFormatter: (value: number) => string;
};

// The chart is for the eye: its figures are in the table beside it, so it is kept out of the
// keyboard order and the accessibility tree (accessibilityLayer off, aria-hidden on the wrapper).

export function DailyLineChart({ data, dataKey, series, valueFormatter }: Props) {
  return (
    <div aria-hidden="true">
      <LineChart
        h={260}
        data={data}
        dataKey={dataKey}
        series={series}
        valueFormatter={valueFormatter}
        withLegend
        withDots={data.length <= 31}
        curveType="linear"
        accessibilityLayer={false}
        yAxisProps={{ width: 90 }}
      />
    </div>
  );
}

export function CountBarChart({ data, dataKey, series, valueFormatter }: Props) {
  return (
    <div aria-hidden="true">
      <BarChart
        h={260}
        data={data}
        dataKey={dataKey}
        series={series}
        valueFormatter={valueFormatter}
        accessibilityLayer={false}
        // Bars lying down leave room for every status's name, in either language.
        orientation="vertical"
        yAxisProps={{ width: 110, interval: 0 }}
      />
    </div>
  );
}
