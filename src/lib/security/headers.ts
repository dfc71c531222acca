/**
 * The site's Content-Security-Policy and security headers, in one place for Astro's `<meta>`
 * tag (astro.config.mjs) and for hosts that send headers (public/_headers, the README's nginx
 * snippet; a unit test keeps both in step with this file).
 *
 * Everything the site runs or styles is a file of its own ('self'): no inline script or style,
 * so the header policy needs no per-page hashes. Pagefind compiles WebAssembly
 * ('wasm-unsafe-eval'); its optional worker (`pagefind-worker.js`, off on this site's search
 * page) would be a same-origin file, which `worker-src 'self'` allows.
 */

/** Sources for `script-src`; Astro adds the hashes of any inline script to its meta tag. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** Sources for `style-src`; Astro adds the hashes of any inline style to its meta tag. */
export const styleSources = ["'self'"];

/** Directives that a `<meta>` tag can carry, besides `script-src` and `style-src`. */
export const metaDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Browsers ignore `frame-ancestors` in a `<meta>` tag, so only a response header can forbid framing. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** The whole policy as one header value. */
export function headerPolicy(): string {
  return [
    ...metaDirectives,
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    ...headerOnlyDirectives,
  ].join('; ');
}

/**
 * Every security header the site's responses carry. Referrers are never sent: which
 * health page someone read is nobody else's business.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The directives of a policy as a map from name to its sources, for comparing policies written in any order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts): parts is [string, ...string[]] => parts[0] !== undefined && parts[0] !== '')
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}
