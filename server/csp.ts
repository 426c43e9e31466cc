/**
 * The renderer's Content Security Policy, one definition for both hosts (web mode's HTTP
 * headers and the desktop shell's app:// responses): no inline script or style, no eval,
 * nothing loaded from anywhere but the app itself (QR codes are data: images).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
