// `npm run icons`: rasterizes app/icon.svg (the one drawing of the site icon) into
// app/favicon.ico (16, 32 and 48 px, PNG-compressed entries, which every current browser and
// Windows Vista onwards read) and app/apple-icon.png (180 px, for iOS home screens), with the same
// Chromium the end-to-end tests use. Next.js serves all three through its file conventions and
// links them from every page. Rerun after editing the SVG and commit the outputs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const APP = path.resolve('app');
const svg = readFileSync(path.join(APP, 'icon.svg'), 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function rasterize(size: number, drawing = svg): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${drawing.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await browser.close();
  }
}

/** ICO container: a 6-byte header, one 16-byte directory entry per image, then the PNGs. */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const sizes = [16, 32, 48];
const images = [];
for (const size of sizes) images.push({ size, png: await rasterize(size) });
writeFileSync(path.join(APP, 'favicon.ico'), ico(images));
// iOS rounds the corners itself and fills transparent ones with black: a square tile there.
writeFileSync(path.join(APP, 'apple-icon.png'), await rasterize(180, svg.replace(/ rx="[\d.]+"/, '')));
console.log(`wrote app/favicon.ico (${sizes.join(', ')} px) and app/apple-icon.png (180 px)`);
