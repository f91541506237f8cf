// Monaco for the XSLT editor: the same bundled editor core as the Script editor (no CDN), plus
// the XML tokenizer. Reached only through the lazily loaded stylesheet editor chunk.
import 'monaco-editor/languages/definitions/xml/register';
export { monaco } from '../script/monaco/setupMonaco';
