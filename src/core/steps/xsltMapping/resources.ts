import type { FileResource, Flow } from '../../model/flow';

/** Where CPI keeps an integration flow's mappings inside its archive. */
export const MAPPING_DIR = 'src/main/resources/mapping/';

/** Is this archive file an XSLT stylesheet of the flow's mapping folder? */
export const isStylesheetPath = (path: string): boolean =>
  path.startsWith(MAPPING_DIR) &&
  /\.xslt?$/i.test(path) &&
  !path.slice(MAPPING_DIR.length).includes('/');

/** The stylesheets of the flow's mapping folder, by file name ("RemoveNamespaces.xsl"). */
export function stylesheetNames(flow: Pick<Flow, 'resources'>): string[] {
  return (flow.resources.files ?? [])
    .filter((f) => isStylesheetPath(f.path))
    .map((f) => f.path.slice(MAPPING_DIR.length));
}

/** The resource of a stylesheet named by file name, path or CPI reference. */
export function findStylesheet(
  flow: Pick<Flow, 'resources'>,
  name: string,
): FileResource | undefined {
  const base = name
    .trim()
    .replace(/^dir:\/\/mapping\/xslt\//, '')
    .replace(/^.*\//, '');
  if (!base) return undefined;
  const files = flow.resources.files ?? [];
  const exact = files.find((f) => f.path === MAPPING_DIR + base);
  // CPI's mappingname has no extension: "RemoveNamespaces" names RemoveNamespaces.xsl.
  return (
    exact ??
    files.find(
      (f) =>
        isStylesheetPath(f.path) &&
        f.path.slice(MAPPING_DIR.length).replace(/\.xslt?$/i, '') === base,
    )
  );
}

/** A resource file's text (files are kept as base64 of their bytes, UTF-8 here). */
export function fileText(file: FileResource): string {
  const bin = atob(file.content);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
}

/** Base64 of text as UTF-8, as resource files keep it. */
export function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** A new stylesheet: the identity transform, which copies the message unchanged. */
export const STYLESHEET_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" indent="yes"/>
  <xsl:template match="@*|node()">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()"/>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
`;

/** The first free "XSLTMapping<N>.xsl" (CPI's own default names). */
export function nextStylesheetName(flow: Pick<Flow, 'resources'>): string {
  const taken = new Set(stylesheetNames(flow));
  let n = 1;
  while (taken.has(`XSLTMapping${n}.xsl`)) n++;
  return `XSLTMapping${n}.xsl`;
}
