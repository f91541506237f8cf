import type { Flow } from '../../model/flow';

/** One end of a message mapping: the message's name and the file that describes it. */
function ends(mmap: string, role: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<lnkRole[^>]*role="${role}"[^>]*>([\\s\\S]*?)</lnkRole>`, 'g');
  for (const m of mmap.matchAll(re)) {
    const elems = [...m[1]!.matchAll(/<elem>([^<]*)<\/elem>/g)].map((e) => e[1]!);
    // CPI writes [file, folder, message, namespace] (wsdl) or [file, folder, element …] (xsd).
    if (elems.length) out.push(elems[2] ? `${elems[2]} in ${elems[0]}` : elems[0]!);
  }
  return out;
}

/**
 * What a Message Mapping step maps, read from its graphical mapping (.mmap) in the flow's
 * resources: "MM01.mmap: source Add in calculator.wsdl, target AddResponse in calculator.wsdl".
 */
export function messageMappingSummary(
  flow: Pick<Flow, 'resources'>,
  properties: Record<string, string>,
): string {
  const uri = properties.mappinguri ?? '';
  const path = uri.startsWith('dir://mmap/')
    ? uri.slice('dir://mmap/'.length)
    : properties.mappingpath
      ? `${properties.mappingpath}.mmap`
      : '';
  const name = path.replace(/^.*\//, '') || properties.mappingname || 'its mapping';
  const file = path ? flow.resources.files?.find((f) => f.path === path) : undefined;
  if (!file) return `${name}${path ? ' (not in the archive)' : ''}`;
  const text = new TextDecoder().decode(
    Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)),
  );
  const source = ends(text, 'SOURCE_IFR_MESS');
  const target = ends(text, 'TARGET_IFR_MESS');
  return `${name}: source ${source.join(', ') || '?'}, target ${target.join(', ') || '?'}`;
}

/** Why a run stops at a Message Mapping, with what it maps. */
export function messageMappingError(
  stepName: string,
  flow: Pick<Flow, 'resources'>,
  properties: Record<string, string>,
): string {
  return `Step '${stepName}' (Message Mapping) cannot be simulated: ${messageMappingSummary(flow, properties)}. It is a graphical mapping that CPI compiles to Java, which the studio does not run; an XSLT Mapping runs here`;
}
