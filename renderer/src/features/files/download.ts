// Hands a file to the browser's downloads. The CSP has no rule for navigations, so an <a download> pointing at a
// blob: URL is allowed (img-src lists blob: only for images); checked by tests/e2e/export.test.ts.
const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
} as const;

/** Some browsers read the blob after `click()` returns: keep the URL alive a while instead of revoking at once. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(fileName: string, content: BlobPart, type: keyof typeof MIME) {
  const url = URL.createObjectURL(new Blob([content], { type: MIME[type] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
