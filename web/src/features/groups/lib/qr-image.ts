// The QR code's geometry and its PNG file. A scanner needs a quiet zone of four light modules around the
// code (ISO/IEC 18004) and modules large enough to resolve: at least 4 CSS px each on screen, a whole
// number of pixels so every module edge is sharp, and 8 px each in the downloaded file so a print stays
// sharp too.

export const quietZoneModules = 4;
const minModulePx = 4;
const fileModulePx = 8;

/** The on-screen size for a code `cells` wide (modules plus quiet zone): whole pixels per module, never
 * under 4, and at least `minSizePx` overall so a short link does not make a tiny code. */
export function qrDisplaySize(cells: number, minSizePx = 176): number {
  const modulePx = Math.max(minModulePx, Math.ceil(minSizePx / cells));
  return cells * modulePx;
}

/** The downloaded file's name: what it is and which session it belongs to (a sid is [A-Za-z0-9_.-]). */
export function qrFileName(sid: string): string {
  return `dingtalk-group-qr-${sid}.png`;
}

/** Draws the rendered SVG code onto a canvas at 8 px per cell and returns it as a PNG. */
export async function qrPng(svg: SVGSVGElement, cells: number): Promise<Blob> {
  const size = cells * fileModulePx;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("width", String(size));
  copy.setAttribute("height", String(size));
  const image = new Image();
  // A data: URL, not a blob: one: the console's CSP allows data: images.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2d canvas");
  context.imageSmoothingEnabled = false;
  context.drawImage(image, 0, 0, size, size);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("canvas.toBlob gave nothing"))), "image/png");
  });
}

/** Saves a blob under a file name through a temporary link (the browser's own download). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once it started; the next task is late enough to let the URL go.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
