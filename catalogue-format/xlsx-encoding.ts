/**
 * An XLSX workbook is a zip of XML parts, which must be UTF-8 here. exceljs decodes them
 * leniently (an invalid byte becomes U+FFFD in a name), so each part is checked strictly
 * first, and a damaged one is named with the line and byte offset of its first bad byte.
 */
import JSZip from 'jszip';
import { utf8Problem } from './decode-utf8';

const XML_PART = /\.(xml|rels)$/i;

/** The first XML part that is not UTF-8, described; undefined when all are, or not a zip. */
export async function xlsxEncodingProblem(bytes: Uint8Array): Promise<string | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return undefined; // Not a zip: the workbook reader says so in its own words.
  }
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !XML_PART.test(entry.name)) continue;
    if (await isUtf8Stream(entry.nodeStream('nodebuffer'))) continue;
    // Only a damaged part is unpacked whole, to say where it breaks.
    const problem = utf8Problem(await entry.async('uint8array')) ?? 'it holds invalid bytes';
    return `its part ${entry.name} is not UTF-8 text: ${problem}`;
  }
  return undefined;
}

/**
 * Whether a part is UTF-8, checked chunk by chunk as it is unpacked (a sheet of 100,000 rows
 * unpacks to hundreds of MB): the streaming decoder carries a character split between chunks.
 */
function isUtf8Stream(stream: NodeJS.ReadableStream): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // JSZip's stream is a readable-stream v2 without async iteration: read it by its events.
  return new Promise((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        stream.pause();
        resolve(false);
      }
    });
    stream.on('end', () => {
      try {
        decoder.decode();
        resolve(true);
      } catch {
        resolve(false);
      }
    });
    stream.on('error', reject);
  });
}
