// Writes app/favicon.ico (16, 32 and 48 px PNGs in one ICO) and app/apple-icon.png (180 px) from
// app/icon.svg, so the icons never drift from the SVG. Run after editing the SVG: node scripts/write-icons.mjs
import { readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';

const svg = await readFile(new URL('../app/icon.svg', import.meta.url));
const png = (size) =>
  sharp(svg, { density: 72 * (size / 64) * 4 })
    .resize(size, size)
    .png()
    .toBuffer();

// ICO: a 6-byte header, a 16-byte entry per image, then the images (PNG payloads, as Vista+ allow).
const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map(png));
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = 6 + 16 * images.length;
const entries = images.map((image, i) => {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(sizes[i] % 256, 0);
  entry.writeUInt8(sizes[i] % 256, 1);
  entry.writeUInt8(0, 2);
  entry.writeUInt8(0, 3);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(image.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += image.length;
  return entry;
});
await writeFile(new URL('../app/favicon.ico', import.meta.url), Buffer.concat([header, ...entries, ...images]));
await writeFile(new URL('../app/apple-icon.png', import.meta.url), await png(180));
