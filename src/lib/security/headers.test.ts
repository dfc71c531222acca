import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerOnlyDirectives, headerPolicy, metaDirectives, parsePolicy, securityHeaders } from './headers';
import { parseHeadersFile } from './headersFile';

/** `add_header Name "value" always;` lines of an nginx snippet. */
function nginxHeaders(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map(([, name = '', value = '']) => [name, value]));
}

const withParsedPolicy = (headers: Record<string, string>) => ({
  ...headers,
  'Content-Security-Policy': parsePolicy(headers['Content-Security-Policy'] ?? ''),
});

describe('the security headers', () => {
  it('forbid everything the site does not use: other hosts, plugins, framing, foreign forms', () => {
    const policy = parsePolicy(headerPolicy());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect([...policy.values()].flat().filter((source) => !source.startsWith("'") && source !== 'data:')).toEqual([]);
  });

  it('keep frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(metaDirectives.some((d) => headerOnlyDirectives.some((h) => d.split(' ')[0] === h.split(' ')[0]))).toBe(false);
  });

  it('are the ones public/_headers sends for every path', () => {
    const file = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(withParsedPolicy(file.get('/*') ?? {})).toEqual(withParsedPolicy(securityHeaders()));
  });

  it('are the ones the README nginx snippet sends', () => {
    const readme = readFileSync('README.md', 'utf8');
    const snippet = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
    expect(withParsedPolicy(nginxHeaders(snippet))).toEqual(withParsedPolicy(securityHeaders()));
  });
});
