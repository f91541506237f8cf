import type {
  Extensions,
  Flow,
  MessageFlow,
  Participant,
  Point,
  SequenceFlow,
  Step,
} from '../../model/flow';
import type { CpiLink } from '../../registry/cpiCodec';
import { participantSize, stepSize } from '../../layout/sizes';
import { isSecretEntry } from '../secrets';
import { adapterCodecOf, stepCodecOf } from './codecs';
import { loadCodecs } from '../../registry/codecs';
import { restoreAsRead } from './asRead';
import { cpiExt, stringRecord } from './ext';
import { cpiBox, type Box } from './shapes';
import { esc } from './xml';
import { absoluteStepPosition } from '../../model/geometry';

const NS =
  'xmlns:bpmn2="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:ifl="http:///com.sap.ifl.model/Ifl.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** The Namespace Mapping as CPI writes it: "xmlns:p=uri" entries joined by ";". */
function cpiNamespaceMapping(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (l.startsWith('xmlns:') ? l : `xmlns:${l.replace(/\s*=\s*/, '=')}`))
    .join(';');
}

const FLOW_DEFAULTS: Record<string, string> = {
  namespaceMapping: '',
  httpSessionHandling: 'None',
  ServerTrace: 'false',
  log: 'All events',
  componentVersion: '1.1',
  cmdVariantUri: 'ctype::IFlowVariant/cname::IFlowConfiguration/version::1.1.16',
};
const PROCESS_DEFAULTS: Record<string, string> = {
  transactionTimeout: '30',
  componentVersion: '1.1',
  cmdVariantUri: 'ctype::FlowElementVariant/cname::IntegrationProcess/version::1.1.3',
  transactionalHandling: 'Not Required',
};

const attrs = (a: Record<string, string | undefined>) =>
  Object.entries(a)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');

/** The extensionElements block; secret values never leave (isSecretEntry). */
function props(p: Record<string, string>, indent: string): string {
  const rows = Object.entries(p).filter(([k, v]) => !isSecretEntry(k, v));
  if (rows.length === 0) return `${indent}<bpmn2:extensionElements/>\n`;
  const inner = rows
    .map(
      ([k, v]) =>
        `${indent}    <ifl:property>\n${indent}        <key>${esc(k)}</key>\n${indent}        ${v === '' ? '<value/>' : `<value>${esc(v)}</value>`}\n${indent}    </ifl:property>\n`,
    )
    .join('');
  return `${indent}<bpmn2:extensionElements>\n${inner}${indent}</bpmn2:extensionElements>\n`;
}

/** The collaboration properties the flow's settings stand for. */
export function settingsProps(settings: Flow['settings']): Record<string, string> {
  return {
    allowedHeaderList: settings.allowedHeaders,
    returnExceptionToSender: String(settings.returnExceptionToSender),
    ...(settings.namespaceMapping !== undefined
      ? { namespaceMapping: cpiNamespaceMapping(settings.namespaceMapping) }
      : {}),
  };
}

const n = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

/** Writes a flow as a CPI .iflw (BPMN 2.0 with ifl: properties and a bpmndi diagram). */
export async function writeIflw(flow: Flow): Promise<string> {
  await loadCodecs();
  return iflwXml(flow);
}

/** writeIflw once the codecs are loaded (the archive export writes each flow's .iflw so). */
export function iflwXml(flow: Flow): string {
  const out: string[] = [];
  const w = (s: string) => out.push(s);
  const ext = cpiExt(flow.extensions);
  const steps = flow.process.steps;
  const byId = new Map(steps.map((s) => [s.id, s]));
  const isProcessStep = (s: Step) => stepCodecOf(s.type)?.codec.element === 'process';
  const locals = steps.filter(isProcessStep);
  const processExt = cpiExt(flow.process.extensions);
  const mainParticipant = processExt.participant?.id ?? 'Participant_Process_1';
  const localParticipant = (s: Step) =>
    cpiExt(s.extensions).participant?.id ?? `Participant_${s.id}`;

  w(`<?xml version="1.0" encoding="UTF-8"?><bpmn2:definitions ${NS} id="Definitions_1">\n`);
  w(
    `    <bpmn2:collaboration id="Collaboration_1" name="Default Collaboration"${attrs(stringRecord(ext.attributes))}>\n`,
  );
  const doc = ext.documentation;
  if (doc && typeof doc.text === 'string')
    w(
      `        <bpmn2:documentation${attrs(stringRecord(doc.attributes))}>${esc(doc.text)}</bpmn2:documentation>\n`,
    );
  // Defaults only for what was drawn here; imported elements write back what they came with.
  const fresh = (e: { properties?: unknown }) => e.properties === undefined;
  w(
    props(
      {
        ...(fresh(ext) ? FLOW_DEFAULTS : {}),
        ...stringRecord(ext.properties),
        ...restoreAsRead(settingsProps(flow.settings), ext.asRead),
      },
      '        ',
    ),
  );
  for (const p of flow.participants) writeParticipant(p);
  w(
    `        <bpmn2:participant id="${esc(mainParticipant)}" ifl:type="IntegrationProcess" name="${esc(flow.process.name)}" processRef="${esc(flow.process.id)}">\n`,
  );
  w(props(stringRecord(processExt.participant?.properties), '            '));
  w('        </bpmn2:participant>\n');
  for (const l of locals) {
    const pe = cpiExt(l.extensions);
    w(
      `        <bpmn2:participant id="${esc(localParticipant(l))}" ifl:type="IntegrationProcess" name="${esc(l.name)}" processRef="${esc(l.id)}">\n`,
    );
    w(props(stringRecord(pe.participant?.properties), '            '));
    w('        </bpmn2:participant>\n');
  }
  for (const m of flow.messageFlows) writeMessageFlow(m);
  w('    </bpmn2:collaboration>\n');

  w(
    `    <bpmn2:process id="${esc(flow.process.id)}" name="${esc(flow.process.name)}"${attrs(stringRecord(processExt.attributes))}>\n`,
  );
  w(
    props(
      { ...(fresh(processExt) ? PROCESS_DEFAULTS : {}), ...stringRecord(processExt.properties) },
      '        ',
    ),
  );
  writeScope(undefined, '        ');
  w('    </bpmn2:process>\n');
  for (const l of locals) {
    const pe = cpiExt(l.extensions);
    const codec = stepCodecOf(l.type)!.codec;
    w(
      `    <bpmn2:process id="${esc(l.id)}" name="${esc(l.name)}"${attrs(stringRecord(pe.attributes))}>\n`,
    );
    const localDefaults = {
      transactionTimeout: '30',
      componentVersion: codec.componentVersion,
      cmdVariantUri: codec.cmdVariantUri(l.config),
      transactionalHandling: 'Not Required',
    };
    w(props({ ...(fresh(pe) ? localDefaults : {}), ...stringRecord(pe.properties) }, '        '));
    writeScope(l.id, '        ');
    w('    </bpmn2:process>\n');
  }
  writeDiagram();
  w('</bpmn2:definitions>\n');
  return out.join('');

  function writeParticipant(p: Participant) {
    const pe = cpiExt(p.extensions);
    const type = p.kind === 'sender' ? 'EndpointSender' : 'EndpointRecevier';
    w(
      `        <bpmn2:participant id="${esc(p.id)}" ifl:type="${type}" name="${esc(p.name)}"${attrs(stringRecord(pe.attributes))}>\n`,
    );
    w(
      props(
        { ...(fresh(pe) ? { 'ifl:type': type } : {}), ...stringRecord(pe.properties) },
        '            ',
      ),
    );
    w('        </bpmn2:participant>\n');
  }

  function writeMessageFlow(m: MessageFlow) {
    const entry = adapterCodecOf(m.adapter.type);
    const ae = cpiExt(m.adapter.extensions);
    const own = entry ? restoreAsRead(entry.codec.write(m.adapter.config), ae.asRead) : {};
    const p: Record<string, string> = {
      ...(entry && entry.codec.cmdVariantUri && fresh(ae)
        ? {
            cmdVariantUri: entry.codec.cmdVariantUri,
            componentVersion: entry.codec.componentVersion,
          }
        : {}),
      ...stringRecord(ae.properties),
      ...own,
    };
    const me = cpiExt(m.extensions);
    const a = stringRecord(me.attributes);
    const name = a.name ?? p.ComponentType ?? m.adapter.type;
    delete a.name;
    const [from, to] = me.reversed === true ? [m.target, m.source] : [m.source, m.target];
    w(
      `        <bpmn2:messageFlow id="${esc(m.id)}" name="${esc(name)}" sourceRef="${esc(from)}" targetRef="${esc(to)}"${attrs(a)}>\n`,
    );
    w(props(p, '            '));
    w('        </bpmn2:messageFlow>\n');
  }

  function linkOf(l: SequenceFlow): Omit<CpiLink, 'name'> | undefined {
    const source = byId.get(l.source);
    const codec = source && stepCodecOf(source.type)?.codec.link;
    return codec?.write(l.config);
  }

  function writeScope(parentId: string | undefined, indent: string) {
    const inScope = steps.filter((s) => s.parentId === parentId && !isProcessStep(s));
    const ids = new Set(inScope.map((s) => s.id));
    const links = flow.process.sequenceFlows.filter((l) => ids.has(l.source));
    for (const s of inScope) writeStep(s, indent);
    for (const l of links) {
      const le = cpiExt(l.extensions);
      const link = linkOf(l);
      const p = { ...stringRecord(le.properties), ...restoreAsRead(link?.props ?? {}, le.asRead) };
      const head = `${indent}<bpmn2:sequenceFlow id="${esc(l.id)}"${l.name ? ` name="${esc(l.name)}"` : ''} sourceRef="${esc(l.source)}" targetRef="${esc(l.target)}"${attrs(stringRecord(le.attributes))}`;
      const condition = link && !link.isDefault ? link.condition : undefined;
      if (Object.keys(p).length === 0 && condition === undefined) {
        w(`${head}/>\n`);
        continue;
      }
      w(`${head}>\n`);
      if (Object.keys(p).length) w(props(p, `${indent}    `));
      if (condition !== undefined)
        w(
          `${indent}    <bpmn2:conditionExpression${attrs({ id: `FormalExpression_${l.id}`, 'xsi:type': 'bpmn2:tFormalExpression', ...stringRecord(le.condition) })}>${esc(condition)}</bpmn2:conditionExpression>\n`,
        );
      w(`${indent}</bpmn2:sequenceFlow>\n`);
    }
  }

  function writeStep(s: Step, indent: string) {
    const entry = stepCodecOf(s.type);
    if (!entry) return;
    const { codec, def } = entry;
    const se = cpiExt(s.extensions);
    const tag = codec.elementOf?.(s.config) ?? codec.element;
    const kept = se.kept ?? {};
    const own = restoreAsRead(codec.write(s.config, { kept: (k) => kept[k] }), se.asRead);
    let base: Record<string, string> = {};
    // A step drawn in the studio: its variant on the element, or in its event definition.
    let freshEvent: Record<string, string> | undefined;
    if (!codec.fallback && fresh(se)) {
      if (codec.activityType) base.activityType = codec.activityType;
      const uri = codec.cmdVariantUri(s.config);
      if (uri) base.cmdVariantUri = uri;
      if (codec.componentVersion) base.componentVersion = codec.componentVersion;
      if (codec.eventProperties) {
        freshEvent = { ...base, ...codec.eventProperties(s.config, undefined) };
        base = {};
      }
    } else if (codec.eventProperties && se.eventProperties)
      freshEvent = codec.eventProperties(s.config, stringRecord(se.eventProperties));
    const p = { ...base, ...stringRecord(se.properties), ...own };
    const a = stringRecord(se.attributes);
    const outgoing = flow.process.sequenceFlows.filter((l) => l.source === s.id);
    const incoming = flow.process.sequenceFlows.filter((l) => l.target === s.id);
    const dflt = outgoing.find((l) => linkOf(l)?.isDefault);
    if (dflt) a.default = dflt.id;
    w(`${indent}<bpmn2:${tag} id="${esc(s.id)}" name="${esc(s.name)}"${attrs(a)}>\n`);
    w(props(p, `${indent}    `));
    for (const l of incoming) w(`${indent}    <bpmn2:incoming>${esc(l.id)}</bpmn2:incoming>\n`);
    for (const l of outgoing) w(`${indent}    <bpmn2:outgoing>${esc(l.id)}</bpmn2:outgoing>\n`);
    const parent = s.parentId === undefined ? undefined : byId.get(s.parentId);
    const inLocal = parent !== undefined && isProcessStep(parent);
    const eventDef =
      se.eventDefinition ??
      (codec.eventDefinitions
        ? inLocal && codec.eventDefinitions.includes('none')
          ? 'none'
          : codec.eventDefinitions[0]
        : undefined);
    if (eventDef && eventDef !== 'none') {
      const ep = freshEvent ?? stringRecord(se.eventProperties);
      const ea = attrs(stringRecord(se.eventAttributes));
      if (Object.keys(ep).length) {
        w(`${indent}    <bpmn2:${eventDef}EventDefinition${ea}>\n`);
        w(props(ep, `${indent}        `));
        w(`${indent}    </bpmn2:${eventDef}EventDefinition>\n`);
      } else w(`${indent}    <bpmn2:${eventDef}EventDefinition${ea}/>\n`);
    }
    const loop = se.loop;
    if (loop && typeof loop === 'object') {
      const c = loop.condition;
      w(
        `${indent}    <bpmn2:standardLoopCharacteristics${attrs(stringRecord(loop.attributes))}>\n`,
      );
      if (c && typeof c.text === 'string')
        w(
          `${indent}        <bpmn2:loopCondition${attrs(stringRecord(c.attributes))} xsi:type="bpmn2:tFormalExpression">${esc(c.text)}</bpmn2:loopCondition>\n`,
        );
      w(`${indent}    </bpmn2:standardLoopCharacteristics>\n`);
    }
    if (def.container) writeScope(s.id, `${indent}    `);
    w(`${indent}</bpmn2:${tag}>\n`);
  }

  function absolute(s: Step): Point {
    return absoluteStepPosition(flow, s, byId);
  }

  function writeDiagram() {
    w('    <bpmndi:BPMNDiagram id="BPMNDiagram_1" name="Default Collaboration Diagram">\n');
    w('        <bpmndi:BPMNPlane bpmnElement="Collaboration_1" id="BPMNPlane_1">\n');
    // CPI's boxes (for the lines' ends) and ours (to tell whether an element moved).
    const boxes = new Map<string, Box>();
    const ours = new Map<string, Box>();
    const shape = (element: string, box: Box, ext: Extensions | undefined, id = element) => {
      const b = cpiBox(box, ext);
      boxes.set(id, b);
      ours.set(id, box);
      w(
        `            <bpmndi:BPMNShape bpmnElement="${esc(element)}" id="BPMNShape_${esc(element)}">\n`,
      );
      w(
        `                <dc:Bounds height="${n(b.height)}" width="${n(b.width)}" x="${n(b.x)}" y="${n(b.y)}"/>\n`,
      );
      w('            </bpmndi:BPMNShape>\n');
    };
    for (const p of flow.participants)
      shape(p.id, { ...p.position, ...participantSize(p.kind) }, p.extensions);
    shape(
      mainParticipant,
      { ...flow.process.position, ...flow.process.size },
      flow.process.extensions,
    );
    for (const s of steps) {
      const box = { ...absolute(s), ...stepSize(s) };
      if (isProcessStep(s)) shape(localParticipant(s), box, s.extensions, s.id);
      else shape(s.id, box, s.extensions);
    }
    const edge = (id: string, from: string, to: string, ext: Extensions | undefined) => {
      const a = boxes.get(from);
      const b = boxes.get(to);
      const oa = ours.get(from);
      const ob = ours.get(to);
      if (!a || !b || !oa || !ob) return;
      const reversed = cpiExt(ext).reversed === true;
      const [head, tail] = reversed ? [to, from] : [from, to];
      w(
        `            <bpmndi:BPMNEdge bpmnElement="${esc(id)}" id="BPMNEdge_${esc(id)}" sourceElement="BPMNShape_${esc(head)}" targetElement="BPMNShape_${esc(tail)}">\n`,
      );
      // CPI's own waypoints while both ends are where they were imported; else centre to centre.
      const kept = cpiExt(ext).diagram;
      const still = (p: [number, number] | undefined, box: { x: number; y: number }) =>
        !!p && Math.abs(p[0] - box.x) < 0.5 && Math.abs(p[1] - box.y) < 0.5;
      // Stored data is checked (it came through the extensions bag).
      const stored = Array.isArray(kept?.waypoints)
        ? kept.waypoints.filter(
            (p): p is [number, number] =>
              Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]),
          )
        : [];
      const points: [number, number][] =
        stored.length >= 2 && still(kept?.ends?.[0], oa) && still(kept?.ends?.[1], ob)
          ? stored
          : [
              [a.x + a.width / 2, a.y + a.height / 2],
              [b.x + b.width / 2, b.y + b.height / 2],
            ];
      // Kept points are drawn as CPI had them; a fresh line runs from the Receiver too.
      if (reversed && points !== stored) points.reverse();
      for (const [x, y] of points)
        w(`                <di:waypoint x="${n(x)}" xsi:type="dc:Point" y="${n(y)}"/>\n`);
      w('            </bpmndi:BPMNEdge>\n');
    };
    for (const l of flow.process.sequenceFlows) edge(l.id, l.source, l.target, l.extensions);
    for (const m of flow.messageFlows) edge(m.id, m.source, m.target, m.extensions);
    w('        </bpmndi:BPMNPlane>\n');
    w('    </bpmndi:BPMNDiagram>\n');
  }
}
