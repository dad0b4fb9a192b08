/**
 * A share link carries the text itself, compressed (deflate-raw) and base64url-encoded, in the
 * URL's #fragment: browsers never send a fragment to a server. Long texts make links that mail
 * programs and chat tools cut: above MAX_SHARE_FRAGMENT the page says to share the file instead.
 */

/** The longest fragment a share link may carry, in characters. */
export const MAX_SHARE_FRAGMENT = 8 * 1024;
const PREFIX = 'text=';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function transform(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** The fragment (without `#`) that carries `text`, or null when it would be longer than the limit. */
export async function shareFragment(text: string): Promise<string | null> {
  const compressed = await transform(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  const fragment = `${PREFIX}${toBase64Url(compressed)}`;
  return fragment.length <= MAX_SHARE_FRAGMENT ? fragment : null;
}

/** The text a share fragment carries; null for a fragment that is not one, or that is damaged. */
export async function textFromFragment(fragment: string): Promise<string | null> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PREFIX) || body.length > MAX_SHARE_FRAGMENT + 1) return null;
  try {
    const bytes = await transform(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
