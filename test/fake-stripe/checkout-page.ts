import type { FakeCheckoutSession } from './fake-stripe-state.ts';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);

/** The fake's hosted Checkout page: the amount, and Pay or Decline (a test card either way). */
export function checkoutPage(session: FakeCheckoutSession): string {
  const amount = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: session.currency.toUpperCase(),
  }).format(session.amount_total / 100);
  const open = session.status === 'open';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fake Stripe Checkout</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}button{font-size:1rem;padding:.6rem 1.4rem;margin-right:.5rem}</style></head>
<body>
<main>
<p>Test mode — fake Stripe Checkout</p>
<h1>${escapeHtml(session.line_item_name || 'Payment')}</h1>
<p>Amount due: <strong data-testid="checkout-amount">${escapeHtml(amount)}</strong></p>
${
  open
    ? `<form method="post" action="/checkout/${escapeHtml(session.id)}/pay" style="display:inline"><button type="submit">Pay</button></form>
<form method="post" action="/checkout/${escapeHtml(session.id)}/decline" style="display:inline"><button type="submit">Decline</button></form>`
    : `<p>This checkout is ${escapeHtml(session.status)}.</p>`
}
</main>
</body>
</html>`;
}
