import { describe, expect, it } from 'vitest';
import { joinBase, routes } from './routes';

describe('routes', () => {
  it('builds the contract routes', () => {
    expect(routes.exercise('squats')).toBe('/exercises/squats/');
    expect(routes.category('bone')).toBe('/training/bone-stability/');
    expect(routes.guide('safety')).toBe('/safety/');
  });
});

describe('joinBase', () => {
  it('leaves root deploys alone', () => expect(joinBase('/', '/plan/')).toBe('/plan/'));
  it('prefixes a sub-path with or without its trailing slash', () => {
    expect(joinBase('/osteomove/', '/plan/')).toBe('/osteomove/plan/');
    expect(joinBase('/osteomove', '/plan/')).toBe('/osteomove/plan/');
  });
  it('does not touch relative, protocol-relative or absolute addresses', () => {
    expect(joinBase('/osteomove/', '#steps')).toBe('#steps');
    expect(joinBase('/osteomove/', '//example.org/x')).toBe('//example.org/x');
    expect(joinBase('/osteomove/', 'https://example.org/')).toBe('https://example.org/');
  });
});
