/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path pattern on its own line, then
 * indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const blocks = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      blocks.set(line.trim(), current);
    } else if (current) {
      const separator = line.indexOf(':');
      if (separator < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line.`);
      current[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
    } else {
      throw new Error(`_headers: "${line.trim()}" comes before any path.`);
    }
  }
  return blocks;
}
