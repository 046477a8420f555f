import { ColorSwatch, Group, Text } from '@mantine/core';

/** A colour shown as a swatch with its hex code beside it, so it never depends on seeing colour. */
export function ColourLabel({ color }: { color: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <ColorSwatch color={color} size={18} aria-hidden />
      <Text size="sm" ff="monospace">
        {color}
      </Text>
    </Group>
  );
}
