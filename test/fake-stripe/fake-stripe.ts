import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { checkoutPage } from './checkout-page.ts';
import {
  createRefund,
  createSession,
  expanded,
  invalid,
  notFound,
  StripeApiError,
} from './fake-stripe-objects.ts';
import {
  type FakeCheckoutSession,
  type FakeEvent,
  type FakeRefund,
  FakeStripeState,
  fakeId,
} from './fake-stripe-state.ts';
import { decodeForm, type FormObject, listOf, textOf } from './form-body.ts';

/** Where signed events go: an HTTP URL (a running server) or a function (app.inject in Vitest). */
export type WebhookSink = (body: string, signature: string) => Promise<{ statusCode: number }>;

export type FakeStripeOptions = {
  port?: number;
  host?: string;
  webhookSecret: string;
  /** Signed events are delivered here as they happen; without it they are only recorded. */
  webhook?: WebhookSink | string;
  /** Stripe's clock: object timestamps and signature times (tests pass the app's clock). */
  now?: () => Date;
  /** Refunds settle as soon as they are created (the standalone fake does this). */
  settleRefundsAtOnce?: boolean;
};

export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  stripeVersion: string | undefined;
  body: FormObject;
};

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>;

/**
 * A stateful stand-in for the slice of Stripe's API we use (Checkout Sessions, PaymentIntents,
 * Charges, Refunds, Events), spoken to by the real SDK over HTTP, plus a hosted checkout page
 * with Pay and Decline, and signed webhook delivery.
 */
export async function startFakeStripe(options: FakeStripeOptions) {
  const now = options.now ?? (() => new Date());
  const state = new FakeStripeState(now);
  const requests: RecordedRequest[] = [];
  const idempotent = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  let sink: WebhookSink | undefined =
    typeof options.webhook === 'string' ? urlSink(options.webhook) : options.webhook;
  let baseUrl = '';

  function emit(type: string, object: unknown): FakeEvent {
    const event: FakeEvent = {
      id: fakeId('evt'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: state.seconds(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    state.events.push(event);
    return event;
  }

  /** Signs an event's JSON as Stripe does (`t=…,v1=…`), at `timestamp` seconds (default: now). */
  function sign(body: string, timestamp = state.seconds(), secret = options.webhookSecret): string {
    return Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
  }

  async function deliver(event: FakeEvent, times = 1): Promise<number[]> {
    if (!sink) return [];
    const target = sink;
    const body = JSON.stringify(event, null, 2);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < times; attempt++) {
      statuses.push((await target(body, sign(body))).statusCode);
    }
    return statuses;
  }

  async function emitAndDeliver(type: string, object: unknown): Promise<FakeEvent> {
    const event = emit(type, object);
    await deliver(event);
    return event;
  }

  function session(id: string): FakeCheckoutSession {
    const found = state.sessions.get(id);
    if (!found) throw notFound(id);
    return found;
  }

  async function settleRefund(refund: FakeRefund): Promise<FakeEvent[]> {
    const charge = state.settle(refund);
    const events = [await emitAndDeliver('refund.updated', refund)];
    if (refund.status === 'failed') events.push(await emitAndDeliver('refund.failed', refund));
    else if (charge) events.push(await emitAndDeliver('charge.refunded', charge));
    return events;
  }

  const helpers = {
    state,
    requests,
    events: state.events,
    sign,
    deliver,
    /** From now on, signed events go here (tests set it once the app exists). */
    setWebhook(target: WebhookSink | string | undefined) {
      sink = typeof target === 'string' ? urlSink(target) : target;
    },
    /** What the hosted page's Pay button does: pays, then delivers `checkout.session.completed`. */
    async pay(sessionId: string, deliverNow = true): Promise<FakeEvent> {
      const paid = session(sessionId);
      if (paid.status !== 'open') throw new Error(`session ${sessionId} is ${paid.status}`);
      state.pay(paid);
      const event = emit('checkout.session.completed', paid);
      if (deliverNow) await deliver(event);
      return event;
    },
    /** The Decline button: the card is refused, `payment_intent.payment_failed` is delivered. */
    async decline(
      sessionId: string,
      message = 'Your card was declined.',
      deliverNow = true,
    ): Promise<FakeEvent> {
      const intent = state.decline(session(sessionId), message);
      const event = emit('payment_intent.payment_failed', intent);
      if (deliverNow) await deliver(event);
      return event;
    },
    async expire(sessionId: string): Promise<FakeEvent> {
      const expired = session(sessionId);
      Object.assign(expired, { status: 'expired', url: null });
      return emitAndDeliver('checkout.session.expired', expired);
    },
    /** The next refund created is accepted (pending) and then fails with this reason. */
    failNextRefund(reason = 'insufficient_funds') {
      state.refundOutcomes.push({ fail: true, reason });
    },
    /** Settles every pending refund (success unless queued to fail), delivering the events. */
    async settleRefunds(): Promise<FakeEvent[]> {
      const events: FakeEvent[] = [];
      for (const refund of state.refunds.values()) {
        if (refund.status === 'pending') events.push(...(await settleRefund(refund)));
      }
      return events;
    },
    /** A refund made outside our server (the Stripe dashboard), settled at once. */
    async refundFromDashboard(
      paymentIntentId: string,
      amount: number,
      deliverNow = true,
    ): Promise<FakeEvent[]> {
      const refund = createRefund(state, { payment_intent: paymentIntentId, amount: String(amount) });
      const charge = state.settle(refund);
      const events = [emit('charge.refunded', charge)];
      if (deliverNow) await deliver(events[0] as FakeEvent);
      return events;
    },
    sessionByPaymentId(paymentId: string): FakeCheckoutSession | undefined {
      return [...state.sessions.values()].find((candidate) => candidate.metadata.paymentId === paymentId);
    },
    get url() {
      return baseUrl;
    },
  };

  async function api(
    method: string,
    path: string,
    body: FormObject,
  ): Promise<{ status: number; body: unknown }> {
    const expand = listOf(body.expand).map((value) => textOf(value) ?? '');
    let match = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    if (method === 'POST' && path === '/v1/checkout/sessions')
      return { status: 200, body: expanded(state, createSession(state, body, baseUrl), expand) };
    if (match?.[1] && method === 'GET' && !match[2])
      return { status: 200, body: expanded(state, session(match[1]), expand) };
    if (match?.[1] && method === 'POST' && match[2]) {
      const target = session(match[1]);
      if (target.status !== 'open') throw invalid('session', `This Checkout Session is ${target.status}.`);
      await helpers.expire(target.id);
      return { status: 200, body: expanded(state, target, expand) };
    }
    match = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (match?.[1] && method === 'GET') {
      const intent = state.paymentIntents.get(match[1]);
      if (!intent) throw notFound(match[1]);
      return { status: 200, body: intent };
    }
    match = /^\/v1\/charges\/([^/]+)$/.exec(path);
    if (match?.[1] && method === 'GET') {
      const charge = state.charges.get(match[1]);
      if (!charge) throw notFound(match[1]);
      return { status: 200, body: charge };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const refund = createRefund(state, body);
      if (options.settleRefundsAtOnce) {
        // Answer first, as Stripe does; the webhook follows.
        setTimeout(() => void settleRefund(refund).catch(() => undefined), 50);
      }
      return { status: 200, body: { ...refund } };
    }
    if (method === 'GET' && path === '/v1/refunds') {
      const intentId = textOf(body.payment_intent);
      const data = [...state.refunds.values()].filter(
        (refund) => !intentId || refund.payment_intent === intentId,
      );
      return { status: 200, body: { object: 'list', data, has_more: false, url: '/v1/refunds' } };
    }
    match = /^\/v1\/refunds\/([^/]+)$/.exec(path);
    if (match?.[1] && method === 'GET') {
      const refund = state.refunds.get(match[1]);
      if (!refund) throw notFound(match[1]);
      return { status: 200, body: refund };
    }
    match = /^\/v1\/events\/([^/]+)$/.exec(path);
    if (match?.[1] && method === 'GET') {
      const event = state.events.find((candidate) => candidate.id === match?.[1]);
      if (!event) throw notFound(match[1]);
      return { status: 200, body: event };
    }
    throw new StripeApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}).`,
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const raw = await readBody(request);
    const page = /^\/checkout\/([^/]+)(?:\/(pay|decline))?$/.exec(url.pathname);
    if (page?.[1]) return hostedCheckout(request.method ?? 'GET', page[1], page[2], response);
    const body = request.method === 'GET' ? decodeForm(url.search.slice(1)) : decodeForm(raw);
    const idempotencyKey = header(request, 'idempotency-key');
    requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      idempotencyKey,
      stripeVersion: header(request, 'stripe-version'),
      body,
    });
    if (!/^Bearer sk_(test|live)_\S+$/.test(header(request, 'authorization') ?? '')) {
      return json(response, 401, {
        error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' },
      });
    }
    const fingerprint = createHash('sha256').update(`${request.method} ${url.pathname} ${raw}`).digest('hex');
    const replay = idempotencyKey && request.method === 'POST' ? idempotent.get(idempotencyKey) : undefined;
    if (replay) {
      if (replay.fingerprint !== fingerprint) {
        return json(response, 400, {
          error: {
            type: 'idempotency_error',
            message:
              'Keys for idempotent requests can only be used with the same parameters they were first used with.',
          },
        });
      }
      response.setHeader('idempotent-replayed', 'true');
      return json(response, replay.status, replay.body);
    }
    let answer: { status: number; body: unknown };
    try {
      answer = await api(request.method ?? 'GET', url.pathname, body);
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      answer = { status: error.status, body: { error: error.body } };
    }
    if (idempotencyKey && request.method === 'POST')
      idempotent.set(idempotencyKey, { fingerprint, ...answer });
    json(response, answer.status, answer.body);
  }

  async function hostedCheckout(
    method: string,
    id: string,
    action: string | undefined,
    response: ServerResponse,
  ) {
    const found = state.sessions.get(id);
    if (!found) return html(response, 404, '<h1>No such checkout session</h1>');
    if (method === 'GET' && !action) return html(response, 200, checkoutPage(found));
    if (method !== 'POST' || found.status !== 'open')
      return html(response, 409, '<h1>This checkout is closed</h1>');
    if (action === 'pay') {
      await helpers.pay(id);
      return redirect(response, found.success_url.replace('{CHECKOUT_SESSION_ID}', id));
    }
    await helpers.decline(id);
    return redirect(response, (found.cancel_url ?? found.success_url).replace('{CHECKOUT_SESSION_ID}', id));
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      json(response, 500, { error: { type: 'api_error', message: String(error) } });
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const address = server.address() as AddressInfo;
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${address.port}`;

  return {
    ...helpers,
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'request-id': fakeId('req') });
  response.end(JSON.stringify(body));
}

function html(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(body);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { location });
  response.end();
}

function urlSink(url: string): WebhookSink {
  return async (body, signature) => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
        body,
      });
      return { statusCode: response.status };
    } catch {
      // Stripe would retry later; the fake records the event and moves on (see `deliver`).
      return { statusCode: 0 };
    }
  };
}
