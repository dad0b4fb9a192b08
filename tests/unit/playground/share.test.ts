import { describe, expect, it } from 'vitest';
import { detectFormat } from '@/lib/playground/detect-format';
import { MAX_SHARE_FRAGMENT, shareFragment, textFromFragment } from '@/lib/playground/share';
import { generateDigest } from '@/lib/generate/digest';

describe('share links and formats', () => {
  it('carries a small text in the fragment and reads it back', async () => {
    const text = '年 月 日 出 典 標 題 要 旨 2025.06.26 日経新聞 見出し <2507-062601> 要旨。';
    const fragment = await shareFragment(text);
    expect(fragment).toMatch(/^text=[A-Za-z0-9_-]+$/);
    expect(await textFromFragment(`#${fragment}`)).toBe(text);
    expect(await textFromFragment('#text=AAAA')).toBeNull();
  });

  it('refuses a text whose link would pass the limit', async () => {
    const { text } = generateDigest(400);
    expect(await shareFragment(text)).toBeNull();
    expect(MAX_SHARE_FRAGMENT).toBe(8192);
  });

  it('tells a digest from a statement article', () => {
    expect(detectFormat('年 月 日 出 典 標 題 要 旨')).toBe('digest');
    expect(detectFormat('見出し <2507-062601> 要旨')).toBe('digest');
    expect(detectFormat('日米「2+2」を実施\n- 防衛省関連\n2024-7-31 10:10\n防衛省は…')).toBe('statement');
    expect(detectFormat('ただのメモ')).toBe('digest');
  });
});
