import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isEmbeddablePath, withScriptHashes } from '@/lib/security/content-security-policy';

function frameAncestors(policy: string): string | undefined {
  return policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('frame-ancestors'));
}

describe('framing per path', () => {
  it('lets other sites frame /embed alone', () => {
    expect(isEmbeddablePath('/embed')).toBe(true);
    expect(isEmbeddablePath('/embed/')).toBe(true);
    for (const path of ['/', '/events/2507-062601', '/statements/x', '/embedded', '/embed/x', '/api/events', '/search']) {
      expect(isEmbeddablePath(path)).toBe(false);
    }
  });

  it("keeps frame-ancestors 'none' unless the page is embeddable", () => {
    expect(frameAncestors(contentSecurityPolicy())).toBe("frame-ancestors 'none'");
    expect(frameAncestors(contentSecurityPolicy({ embeddable: true }))).toBe('frame-ancestors https: http:');
  });

  it('keeps the strict script policy on the embeddable page: this origin and the page\'s own hashes', () => {
    const policy = withScriptHashes(contentSecurityPolicy({ embeddable: true }), ["'sha256-abc='"]);
    const scripts = policy.split('; ').find((part) => part.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self' 'sha256-abc='");
    expect(frameAncestors(policy)).toBe('frame-ancestors https: http:');
  });
});
