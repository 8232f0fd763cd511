import { csrfHeader } from './client';

/**
 * Sends a file as the request body and reports upload progress (fetch cannot, XMLHttpRequest
 * can). Resolves with the status and parsed JSON answer; rejects only when the server is unreachable.
 */
export function uploadFile(
  url: string,
  file: Blob,
  options: { contentType: string; onProgress: (fraction: number) => void },
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', options.contentType);
    xhr.setRequestHeader('accept', 'application/json');
    for (const [k, v] of Object.entries(csrfHeader())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && options.onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: the caller sees a null body with the status.
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(null);
    xhr.send(file);
  });
}
