import { ColorInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { schedulingSetupNamespace } from '../i18n.ts';

// Calendar colours that stay readable with white text and apart from each other.
const swatches = ['#1c7ed6', '#0ca678', '#f08c00', '#e03131', '#7048e8', '#c2255c', '#1098ad', '#5c940d'];

type Props = { value: string; onChange: (value: string) => void; error?: string | undefined };

/** The colour as a typed hex code with a preview swatch and a palette; the code itself is the text. */
export function ColourField({ value, onChange, error }: Props) {
  const { t } = useTranslation(schedulingSetupNamespace);
  // Held here rather than inside ColorInput so that Escape can close just the palette: the
  // dialog around the field listens for Escape on the window and would close, losing the form,
  // unless the key's target carries Mantine's stop-propagation mark.
  const [pickerOpen, setPickerOpen] = useState(false);
  return (
    <ColorInput
      label={t('shared.colourHex')}
      description={t('shared.colourDescription')}
      value={value}
      onChange={onChange}
      error={error}
      format="hex"
      swatches={swatches}
      swatchesPerRow={8}
      // The browser's eye dropper button carries no label of its own.
      withEyeDropper={false}
      // Kept as typed, so a mistyped code is explained rather than silently put back.
      fixOnBlur={false}
      popoverProps={{ opened: pickerOpen }}
      data-mantine-stop-propagation={pickerOpen ? 'true' : undefined}
      onFocus={() => setPickerOpen(true)}
      onClick={() => setPickerOpen(true)}
      onBlur={() => setPickerOpen(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && pickerOpen) setPickerOpen(false);
      }}
    />
  );
}
