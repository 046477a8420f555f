import { Paper, SimpleGrid, Text } from '@mantine/core';

export type Figure = { label: string; value: string };

/** Figures at a glance, as a description list: each value is read with its label. */
export function FigureCards({ figures }: { figures: Figure[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: figures.length }} m={0}>
      {figures.map((figure) => (
        <Paper key={figure.label} withBorder p="md" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700}>
            {figure.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
