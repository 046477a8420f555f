import { Anchor, Text } from '@mantine/core';

// Only web links become anchors: a `javascript:` text in a mail must stay text.
const linkPattern = /(https?:\/\/[^\s<>"']+)/g;

/** The plain-text body with its web links clickable. Never renders the mail's HTML. */
export function MailText({ text }: { text: string }) {
  const parts = text.split(linkPattern);
  return (
    <Text component="pre" ff="inherit" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((part, index) =>
        // split() with a capturing group puts the matches at the odd positions.
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <Anchor key={index} href={part}>
            {part}
          </Anchor>
        ) : (
          part
        ),
      )}
    </Text>
  );
}
