/** The PNG signature and IHDR of a file, read by hand (no image library in the project). */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

export function readPngHeader(bytes: Uint8Array): PngHeader {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error("not a PNG: bad signature");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8);
  const type = String.fromCharCode(...bytes.slice(12, 16));
  if (type !== "IHDR" || length !== 13)
    throw new Error(`not a PNG: first chunk is ${type} (${length} bytes), not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24]!, colorType: bytes[25]! };
}

/** Every chunk type in order, so a test can see the file ends with IEND. */
export function chunkTypes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = view.getUint32(offset);
    types.push(String.fromCharCode(...bytes.slice(offset + 4, offset + 8)));
    offset += 12 + length;
  }
  return types;
}
