import type { Schemas } from "../api/client";

/** What an upload came to: the stored document, or the server's reason for refusing it. */
export type UploadResult = { ok: true; document: Schemas["Document"] } | { ok: false; reason: string };

/**
 * Uploads a file to a claim as multipart/form-data, reporting progress (fetch cannot, hence XHR).
 * The server decides everything about the file (type from its bytes, size, pages, duplicates): its
 * problem's detail is what the passenger is shown when it refuses.
 */
export function uploadDocument(claimId: string, type: string, file: File, token: string,
    onProgress: (fraction: number) => void, fallbackReason: string): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/claims/${encodeURIComponent(claimId)}/documents?type=${encodeURIComponent(type)}`);
    xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: the fallback reason */
      }
      resolve(xhr.status === 200 || xhr.status === 201
        ? { ok: true, document: body as Schemas["Document"] }
        : { ok: false, reason: (body.detail as string) ?? fallbackReason });
    };
    xhr.onerror = () => resolve({ ok: false, reason: fallbackReason });
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}
