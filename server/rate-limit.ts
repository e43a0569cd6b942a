/**
 * Requests per client address, as a token bucket per address: each address may spend
 * `perMinute` requests a minute, refilled continuously, so a short burst is fine and a flood
 * is not. Buckets of quiet addresses are dropped so memory stays bounded.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly ratePerMs: number;

  constructor(private readonly perMinute: number, private readonly maxAddresses = 100_000) {
    this.ratePerMs = perMinute / 60_000;
  }

  /** Takes one request from the address's bucket; returns the seconds to wait when it is empty. */
  take(address: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const bucket = this.buckets.get(address) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.ratePerMs);
    bucket.at = now;
    this.buckets.delete(address);
    this.buckets.set(address, bucket);
    if (this.buckets.size > this.maxAddresses) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.ratePerMs / 1000) };
  }
}
