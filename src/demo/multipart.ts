/** A multipart/form-data part: a field value, or a file with its bytes. */
export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/**
 * Parses multipart/form-data as grammY (and curl, and browsers) write it. Written here rather than
 * with `Request.formData()` because grammY's headers are terse (`content-disposition:form-data;
 * name="x";filename=y`), which strict parsers refuse.
 */
export function parseMultipart(body: Buffer, contentType: string): Part[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!m) throw new Error('multipart body without a boundary');
  const delimiter = Buffer.from(`--${m[1] ?? m[2]}`);
  const parts: Part[] = [];
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // closing delimiter
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    let end = next;
    if (body[end - 2] === 0x0d && body[end - 1] === 0x0a) end -= 2;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    if (headerEnd !== -1 && headerEnd < end) {
      const headers = body.subarray(start, headerEnd).toString('utf8');
      const disposition = /content-disposition:\s*([^\r\n]*)/i.exec(headers)?.[1] ?? '';
      const name = /\bname="?([^";]*)"?/i.exec(disposition)?.[1];
      const filename = /\bfilename="?([^";]*)"?/i.exec(disposition)?.[1];
      const type = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1];
      if (name !== undefined) {
        parts.push({ name, data: body.subarray(headerEnd + 4, end), ...(filename !== undefined ? { filename } : {}), ...(type ? { contentType: type.trim() } : {}) });
      }
    }
    pos = next;
  }
  return parts;
}
