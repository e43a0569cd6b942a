/** Web security: headers, per-address rate limits and batch limits. */
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../server/rate-limit.ts';
import { app, appWith } from './app.ts';

const post = async (target: typeof app, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  target.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('security headers', () => {
  it('the API answers with nosniff, a closed policy, no framing and no referrer', async () => {
    const response = await post(app, { query: '{ stats { entityCount } }' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('pages get a policy that allows only their own scripts', async () => {
    const page = await app.fetch('http://test/');
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
    for (const path of ['/healthz', '/readyz']) expect((await app.fetch(`http://test${path}`)).headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('rate limiting', () => {
  it('is off by default', async () => {
    const statuses = await Promise.all(Array.from({ length: 30 }, () => post(app, { query: '{ stats { entityCount } }' }).then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('when on, answers 429 with Retry-After past the allowance of an address', async () => {
    const limited = appWith({ RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: 'true' });
    const from = (address: string) => post(limited, { query: '{ stats { entityCount } }' }, { 'x-forwarded-for': address });
    const first = await Promise.all(Array.from({ length: 5 }, () => from('203.0.113.7').then((r) => r.status)));
    expect(first).toEqual([200, 200, 200, 200, 200]);
    const refused = await from('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await from('198.51.100.1')).status).toBe(200);
  });

  it('refills over time', () => {
    const limiter = new RateLimiter(60);
    for (let i = 0; i < 60; i++) expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 0).allowed).toBe(false);
    expect(limiter.take('a', 1_000).allowed).toBe(true);
  });
});

describe('batched operations', () => {
  it('runs a small batch and refuses one over the limit', async () => {
    const ok = await post(app, [{ query: '{ stats { entityCount } }' }, { query: '{ entity(id: "town:pingshi") { name } }' }]);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(2);
    const tooMany = await post(app, Array.from({ length: 11 }, () => ({ query: '{ stats { entityCount } }' })));
    expect(tooMany.status).toBe(413);
    expect((await tooMany.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
