import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
  it('replaces each of & < > " \' with its entity', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(escapeHtml(`" onmouseover='steal()'`)).toBe('&quot; onmouseover=&#39;steal()&#39;');
  });

  it('escapes an ampersand that already starts an entity, so text shows as typed', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves other text, including non-ASCII, untouched', () => {
    expect(escapeHtml('Zoë Müller-Ødegård, São Paulo 😁')).toBe('Zoë Müller-Ødegård, São Paulo 😁');
    expect(escapeHtml('')).toBe('');
  });

  it('never lets a markup character through, and decoding gives back the input', () => {
    const decode = (html: string) =>
      html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => {
        const characters: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
        return characters[name] ?? '';
      });
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", 'a', ';', '#', ' ', 'é') }),
        (text) => {
          const escaped = escapeHtml(text);
          expect(escaped).not.toMatch(/[<>"']/);
          expect(escaped).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
          expect(decode(escaped)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
