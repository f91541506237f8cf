import type {
  Extensions,
  Flow,
  MessageFlow,
  Participant,
  Point,
  ScriptResource,
  SequenceFlow,
  Step,
} from '../../model/flow';
import { newFlow } from '../../model/factory';
import type { CpiEventDefinition, CpiReadContext } from '../../registry/cpiCodec';
import { nextOwnPoolPosition, participantSize, stepSize } from '../../layout/sizes';
import { adapterCodecFor, processCodec, stepCodecFor, stepCodecOf } from './codecs';
import { CpiImportError } from './errors';
import { asReadOf, isParameterRef, type AsRead } from './asRead';
import { cpiExt, withCpi, type CpiExt } from './ext';
import { keepShapes, type Box } from './shapes';
import { settingsProps } from './writeIflw';
import { META_KEYS, otherAttributes, propsReader, readProps } from './props';
import type { ImportReportEntry } from './report';
import { attr, childTags, kid, kids, parseXml, textOf, type XNode } from './xml';
import { absoluteElementPosition } from '../../model/geometry';

/** Child elements of a process that are not flow steps. */
const NOT_STEPS = new Set([
  'extensionElements',
  'sequenceFlow',
  'incoming',
  'outgoing',
  'documentation',
  'laneSet',
  'textAnnotation',
  'association',
  'dataObject',
  'dataObjectReference',
  'ioSpecification',
]);
const EVENT_DEFINITIONS: [string, CpiEventDefinition][] = [
  ['messageEventDefinition', 'message'],
  ['errorEventDefinition', 'error'],
  ['timerEventDefinition', 'timer'],
  ['escalationEventDefinition', 'escalation'],
  ['terminateEventDefinition', 'terminate'],
];
const STEP_ATTRS = ['id', 'name', 'default', 'type'];

export interface IflwInput {
  file: string;
  id: string;
  name: string;
  scripts?: ScriptResource[];
}

export interface ReadIflwResult {
  flow: Flow;
  warnings: string[];
  entries: ImportReportEntry[];
  /** True when the file had no diagram: the caller lays the flow out. */
  needsLayout: boolean;
}

const num = (v: string | undefined) => {
  const n = v === undefined ? NaN : Number.parseFloat(v);
  return Number.isFinite(n) ? n : 0;
};

/** Reads one .iflw into a flow (not yet through the load door; see importIflw). */
export function readIflw(xml: string, input: IflwInput): ReadIflwResult {
  const { file } = input;
  const root = parseXml(xml, file);
  const defs = kid(root, 'definitions');
  if (!defs)
    throw new CpiImportError(
      file,
      'has no bpmn2:definitions element; it is not an integration flow',
    );
  const processes = kids(defs, 'process');
  if (processes.length === 0)
    throw new CpiImportError(file, 'has no bpmn2:process; it is not an integration flow');
  const collab = kid(defs, 'collaboration');
  const warnings: string[] = [];
  const entries: ImportReportEntry[] = [];
  const scripts = input.scripts ?? [];

  // Diagram: absolute bounds per element id.
  const bounds = new Map<string, Box>();
  for (const diagram of kids(defs, 'BPMNDiagram'))
    for (const plane of kids(diagram, 'BPMNPlane'))
      for (const shape of kids(plane, 'BPMNShape')) {
        const b = kid(shape, 'Bounds');
        const id = attr(shape, 'bpmnElement');
        if (id && b)
          bounds.set(id, {
            x: num(attr(b, 'x')),
            y: num(attr(b, 'y')),
            width: num(attr(b, 'width')),
            height: num(attr(b, 'height')),
          });
      }
  const needsLayout = bounds.size === 0;
  // Edge waypoints, kept so an export draws each link as CPI did while its ends stay put.
  const waypoints = new Map<string, [number, number][]>();
  for (const diagram of kids(defs, 'BPMNDiagram'))
    for (const plane of kids(diagram, 'BPMNPlane'))
      for (const edge of kids(plane, 'BPMNEdge')) {
        const id = attr(edge, 'bpmnElement');
        const points = kids(edge, 'waypoint').map(
          (w) => [num(attr(w, 'x')), num(attr(w, 'y'))] as [number, number],
        );
        if (id && points.length >= 2) waypoints.set(id, points);
      }

  const flow = newFlow({ id: input.id, name: input.name });
  flow.participants = [];
  flow.messageFlows = [];
  flow.resources = { scripts: [...scripts] };

  // Flow-level settings from the collaboration.
  const flowProps = propsReader(readProps(collab ?? {}));
  const allowed = flowProps.get('allowedHeaderList');
  if (allowed !== undefined) flow.settings.allowedHeaders = allowed;
  flow.settings.returnExceptionToSender = flowProps.get('returnExceptionToSender') === 'true';
  // CPI writes "xmlns:p=uri" entries joined by ";"; the studio shows one per line.
  const namespaces = flowProps.get('namespaceMapping');
  if (namespaces !== undefined)
    flow.settings.namespaceMapping = namespaces
      .split(';')
      .map((n) => n.trim())
      .filter(Boolean)
      .join('\n');
  const doc = collab ? kid(collab, 'documentation') : undefined;
  if (doc && !flow.description) flow.description = textOf(doc).slice(0, 20_000);
  flow.extensions = withCpi({
    documentation: doc ? { attributes: otherAttributes(doc, []), text: textOf(doc) } : undefined,
    properties: unused(readProps(collab ?? {}), flowProps.used),
    attributes: collab ? otherAttributes(collab, ['id', 'name']) : {},
    asRead: asReadOf(Object.fromEntries(readProps(collab ?? {})), settingsProps(flow.settings)),
  });

  // Participants: Sender, Receiver, and the pools of processes.
  const pools = new Map<string, { id: string; name: string; props: [string, string][] }>();
  for (const p of kids(collab, 'participant')) {
    const id = attr(p, 'id');
    if (!id) throw new CpiImportError(file, 'a bpmn2:participant has no id');
    const type = attr(p, 'type') ?? '';
    const name = attr(p, 'name') ?? '';
    const props = readProps(p);
    if (type === 'IntegrationProcess' || attr(p, 'processRef')) {
      pools.set(attr(p, 'processRef') ?? '', { id, name, props });
      continue;
    }
    const kind =
      type === 'EndpointSender'
        ? 'sender'
        : type === 'EndpointRecevier' || type === 'EndpointReceiver'
          ? 'receiver'
          : undefined;
    if (!kind) {
      warnings.push(`participant "${name || id}" of type "${type}" was not imported`);
      continue;
    }
    const size = participantSize(kind);
    const b = bounds.get(id);
    const participant: Participant = {
      id,
      kind,
      name,
      position: b ? centred(b, size) : { x: kind === 'sender' ? 40 : 900, y: 130 },
    };
    const ext = withCpi({
      properties: Object.fromEntries(props),
      attributes: otherAttributes(p, ['id', 'name', 'type']),
    });
    if (ext) participant.extensions = ext;
    flow.participants.push(participant);
  }

  // The Integration Process, and Local Integration Processes.
  const isLocal = (p: XNode) =>
    readProps(p).some(([k, v]) => k === 'cmdVariantUri' && /LocalIntegrationProcess/.test(v));
  const main =
    processes.find((p) =>
      readProps(p).some(([k, v]) => k === 'cmdVariantUri' && /cname::IntegrationProcess/.test(v)),
    ) ??
    processes.find((p) => !isLocal(p)) ??
    processes[0]!;
  const mainId = attr(main, 'id') ?? 'Process_1';
  const locals = processes.filter((p) => p !== main);
  const mainPool = pools.get(mainId);
  const poolBox = (mainPool && bounds.get(mainPool.id)) ?? {
    x: 220,
    y: 60,
    width: 600,
    height: 300,
  };
  const localBoxes = locals.map((p) => {
    const pool = pools.get(attr(p, 'id') ?? '');
    return (pool && bounds.get(pool.id)) ?? undefined;
  });
  // Local Integration Processes are pools of their own, where CPI draws them (see isOwnPool).
  flow.process = {
    id: mainId,
    name: mainPool?.name || attr(main, 'name') || 'Integration Process',
    position: { x: Math.round(poolBox.x), y: Math.round(poolBox.y) },
    size: { width: Math.round(poolBox.width), height: Math.round(poolBox.height) },
    steps: [],
    sequenceFlows: [],
  };
  const mainProps = readProps(main);
  const processExt = withCpi({
    properties: Object.fromEntries(mainProps),
    attributes: otherAttributes(main, ['id', 'name']),
    participant: mainPool
      ? { id: mainPool.id, name: mainPool.name, properties: Object.fromEntries(mainPool.props) }
      : undefined,
  });
  if (processExt) flow.process.extensions = processExt;

  const steps = flow.process.steps;
  const links = flow.process.sequenceFlows;
  const scriptName = (ref: string) => {
    const base = ref.replace(/^.*[/\\]/, '');
    return scripts.find((s) => s.name === base)?.name;
  };

  function readScope(node: XNode, parentId: string | undefined, origin: Point) {
    let slot = 0;
    const defaults = new Map<string, string>();
    for (const tag of childTags(node)) {
      if (NOT_STEPS.has(tag)) continue;
      for (const el of kids(node, tag)) {
        const id = attr(el, 'id');
        if (!id) throw new CpiImportError(file, `a bpmn2:${tag} element has no id`);
        const props = readProps(el);
        const prop = (k: string) => props.find(([key]) => key === k)?.[1];
        const eventDef = EVENT_DEFINITIONS.find(([t]) => el[t] !== undefined);
        const eventDefinition = eventDef?.[1] ?? 'none';
        const activityType = prop('activityType');
        const subActivityType = prop('subActivityType');
        const { def, codec } = stepCodecFor({
          element: tag,
          eventDefinition,
          prop,
          ...(activityType !== undefined ? { activityType } : {}),
          ...(subActivityType !== undefined ? { subActivityType } : {}),
        });
        const reader = propsReader(props);
        const kept: Record<string, unknown> = {};
        const notes: string[] = [];
        const eventDefNode = eventDef ? kid(el, eventDef[0]) : undefined;
        const eventProperties = eventDefNode
          ? Object.fromEntries(readProps(eventDefNode))
          : undefined;
        const ctx: CpiReadContext = {
          element: tag,
          eventDefinition,
          all: props,
          eventProperties: eventProperties ?? {},
          scriptName,
          parseXml: (text) => parseXml(text, `property of ${id}`),
          keep: (k, v) => void (kept[k] = v),
          warn: (m) => void notes.push(m),
          ...(activityType !== undefined ? { activityType } : {}),
          ...(subActivityType !== undefined ? { subActivityType } : {}),
        };
        const config = codec.read(reader, ctx);
        const own = codec.fallback ? undefined : codec.write(config, { kept: (k) => kept[k] });
        const asRead = own && asReadOf(Object.fromEntries(props), own, written(own, reader.used));
        notes.push(...parameterNotes(asRead));
        const name = attr(el, 'name') ?? '';
        const step: Step = { id, type: def.type, name, position: { x: 0, y: 0 }, config };
        if (parentId !== undefined) step.parentId = parentId;
        const b = bounds.get(id);
        if (def.container && b)
          step.size = { width: Math.round(b.width), height: Math.round(b.height) };
        const size = stepSize(step);
        step.position = b
          ? relative(def.container ? { x: b.x, y: b.y } : centred(b, size), origin)
          : { x: 40 + 150 * slot++, y: 60 };
        const properties = unused(props, reader.used);
        const loop = loopOf(el);
        if (loop)
          notes.push(
            `loops while ${loop.condition?.text.trim() || 'its condition holds'} (at most ${loop.attributes.loopMaximum ?? '?'} times): the loop is kept for export; a simulation runs the call once`,
          );
        const ext = withCpi({
          properties,
          attributes: otherAttributes(el, STEP_ATTRS),
          // 'none' too: an End written without one (as CPI may) is written back without one.
          eventDefinition: eventDef || codec.eventDefinitions ? eventDefinition : undefined,
          eventProperties,
          eventAttributes: eventDefNode ? otherAttributes(eventDefNode, []) : undefined,
          kept,
          asRead,
          loop,
        });
        if (ext) step.extensions = ext;
        const def0 = attr(el, 'default');
        if (def0) defaults.set(id, def0);
        steps.push(step);
        const unmapped = Object.keys(properties).filter((k) => !META_KEYS.has(k));
        const placeholder = !!codec.fallback;
        if (placeholder || unmapped.length || notes.length)
          entries.push({
            elementId: id,
            elementKind: 'step',
            name,
            kind: def.look?.(config).label ?? def.label,
            ...(placeholder ? { placeholder } : {}),
            unmapped,
            notes,
          });
        if (def.container) readScope(el, id, b ? { x: b.x, y: b.y } : { x: 0, y: 0 });
      }
    }
    for (const sf of kids(node, 'sequenceFlow')) {
      const id = attr(sf, 'id');
      const source = attr(sf, 'sourceRef');
      const target = attr(sf, 'targetRef');
      if (!id || !source || !target)
        throw new CpiImportError(
          file,
          `sequence flow "${id ?? '?'}" lacks ${!id ? 'an id' : !source ? 'a sourceRef' : 'a targetRef'}`,
        );
      const link: SequenceFlow = { id, source, target };
      const name = attr(sf, 'name');
      if (name) link.name = name;
      // CPI writes name="" on many links; the model has no empty names, the export writes it back.
      const emptyName: Record<string, string> = name === '' ? { name: '' } : {};
      const props = readProps(sf);
      const sourceStep = steps.find((s) => s.id === source);
      const linkCodec = sourceStep && stepCodecOf(sourceStep.type)?.codec.link;
      const condNode = kid(sf, 'conditionExpression');
      let rest = props;
      let asRead: AsRead | undefined;
      if (linkCodec) {
        const config = linkCodec.read({
          props: Object.fromEntries(props),
          ...(condNode ? { condition: textOf(condNode) } : {}),
          isDefault: defaults.get(source) === id,
          ...(name ? { name } : {}),
        });
        link.config = config;
        // What the route does not write (a default route's expressionType) stays as it came.
        const own = linkCodec.write(config).props;
        rest = props.filter(([k]) => !Object.hasOwn(own, k));
        asRead = asReadOf(Object.fromEntries(props), own);
      }
      const ext = withCpi({
        properties: Object.fromEntries(rest),
        attributes: {
          ...emptyName,
          ...otherAttributes(sf, ['id', 'name', 'sourceRef', 'targetRef']),
        },
        condition: condNode ? otherAttributes(condNode, ['type']) : undefined,
        asRead,
      });
      if (ext) link.extensions = ext;
      links.push(link);
    }
  }

  readScope(main, undefined, flow.process.position);

  const local = processCodec();
  locals.forEach((p, i) => {
    const id = attr(p, 'id');
    if (!id) throw new CpiImportError(file, 'a bpmn2:process has no id');
    if (!local) {
      warnings.push(`Local Integration Process "${id}" was not imported`);
      return;
    }
    const pool = pools.get(id);
    const origin = flow.process.position;
    const below = nextOwnPoolPosition(flow.process);
    const b = localBoxes[i] ?? {
      x: origin.x + below.x,
      y: origin.y + below.y,
      ...local.def.size,
    };
    const step: Step = {
      id,
      type: local.def.type,
      name: pool?.name || attr(p, 'name') || 'Local Integration Process',
      position: relative({ x: b.x, y: b.y }, origin),
      size: { width: Math.round(b.width), height: Math.round(b.height) },
      config: {},
    };
    const ext = withCpi({
      properties: Object.fromEntries(readProps(p)),
      attributes: otherAttributes(p, ['id', 'name']),
      participant: pool
        ? { id: pool.id, name: pool.name, properties: Object.fromEntries(pool.props) }
        : undefined,
    });
    if (ext) step.extensions = ext;
    steps.push(step);
    readScope(p, id, { x: b.x, y: b.y });
  });

  // Message flows carry the adapters.
  const kindOf = new Map(flow.participants.map((p) => [p.id, p.kind]));
  for (const mf of kids(collab, 'messageFlow')) {
    const id = attr(mf, 'id');
    const source = attr(mf, 'sourceRef');
    const target = attr(mf, 'targetRef');
    if (!id || !source || !target)
      throw new CpiImportError(
        file,
        `message flow "${id ?? '?'}" lacks ${!id ? 'an id' : !source ? 'a sourceRef' : 'a targetRef'}`,
      );
    const props = readProps(mf);
    const componentType = props.find(([k]) => k === 'ComponentType')?.[1] ?? '';
    // CPI draws some receiver channels from the Receiver to the step (a Request Reply or
    // Content Enricher whose arrow points in); the model always runs step → Receiver, and the
    // export draws it back the way it came.
    const reversed = kindOf.get(source) === 'receiver' && !kindOf.has(target) ? true : undefined;
    const [from, to] = reversed ? [target, source] : [source, target];
    const direction = kindOf.get(from) === 'sender' ? 'sender' : 'receiver';
    const { def, codec } = adapterCodecFor(componentType, direction);
    const reader = propsReader(props);
    const config = codec.read(reader, props);
    const properties = unused(props, reader.used);
    const own = codec.write(config);
    const adapterAsRead = asReadOf(Object.fromEntries(props), own, written(own, reader.used));
    const link: MessageFlow = {
      id,
      source: from,
      target: to,
      adapter: { type: def.type, config },
    };
    const adapterExt = withCpi({ properties, asRead: adapterAsRead });
    if (adapterExt) link.adapter.extensions = adapterExt;
    const ext = withCpi({
      attributes: otherAttributes(mf, ['id', 'sourceRef', 'targetRef']),
      reversed,
    });
    if (ext) link.extensions = ext;
    flow.messageFlows.push(link);
    const unmapped = Object.keys(properties).filter(
      (k) => !META_KEYS.has(k) && !ADAPTER_META.has(k),
    );
    const paramNotes = parameterNotes(adapterAsRead);
    if (codec.componentType === '*' || unmapped.length || paramNotes.length)
      entries.push({
        elementId: id,
        elementKind: 'messageFlow',
        name: attr(mf, 'name') ?? componentType,
        kind: `${componentType || 'Unknown'} adapter`,
        unmapped: codec.componentType === '*' ? [] : unmapped,
        notes: [
          ...(codec.componentType === '*'
            ? [`${componentType} adapter kept with all its properties; it cannot be simulated`]
            : []),
          ...paramNotes,
        ],
      });
  }
  if (!needsLayout) {
    // Steps in document order (the parser groups them by element kind): the Integration
    // Process's first, then each Local Integration Process with its own, as the export writes
    // them (so an export imports in the same order whatever order CPI wrote the processes in).
    const order = documentOrder(xml);
    const at = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
    const byId = new Map(flow.process.steps.map((s) => [s.id, s]));
    const poolOf = (s: Step): number => {
      for (let p: Step | undefined = s, guard = 0; p && guard < 50; guard++) {
        if (p.type === local?.def.type) return at(p.id);
        p = p.parentId === undefined ? undefined : byId.get(p.parentId);
      }
      return -1;
    };
    flow.process.steps.sort((a, b) => poolOf(a) - poolOf(b) || at(a.id) - at(b.id));
    keepWaypoints(flow, waypoints, bounds);
    keepShapes(flow, bounds);
  }
  return { flow, warnings, entries, needsLayout };
}

/** The keys whose write to compare with the file: those written and those read. */
function written(own: Record<string, string>, used: Set<string>): Set<string> {
  return new Set([...Object.keys(own), ...used]);
}

/** Import report notes for externalised parameters a field cannot show as they are. */
function parameterNotes(asRead: AsRead | undefined): string[] {
  return Object.entries(asRead ?? {})
    .filter(([, [was]]) => isParameterRef(was))
    .map(
      ([k, [was, now]]) =>
        `${k} is the externalised parameter ${was!.trim()}, shown as ${now === null ? 'empty' : `"${now}"`}; the export writes ${was!.trim()} back while the field is left as it is`,
    );
}

/** A Looping Process Call's loop (bpmn2:standardLoopCharacteristics), kept as it came. */
function loopOf(el: XNode): CpiExt['loop'] {
  const loop = kid(el, 'standardLoopCharacteristics');
  if (!loop) return undefined;
  const condition = kid(loop, 'loopCondition');
  return {
    attributes: otherAttributes(loop, []),
    ...(condition
      ? { condition: { attributes: otherAttributes(condition, ['type']), text: textOf(condition) } }
      : {}),
  };
}

/** Adapter properties that describe the adapter itself rather than its settings. */
const ADAPTER_META = new Set([
  'ComponentType',
  'ComponentNS',
  'ComponentSWCVName',
  'ComponentSWCVId',
  'Name',
  'Description',
  'TransportProtocol',
  'TransportProtocolVersion',
  'MessageProtocol',
  'MessageProtocolVersion',
  'direction',
  'system',
]);

function unused(props: [string, string][], used: Set<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of props) if (!used.has(k)) out[k] = v;
  return out;
}

/** Top-left of our shape so its centre sits where CPI's shape's centre is. */
function centred(b: Box, size: { width: number; height: number }): Point {
  return {
    x: Math.round(b.x + b.width / 2 - size.width / 2),
    y: Math.round(b.y + b.height / 2 - size.height / 2),
  };
}

function relative(p: Point, origin: Point): Point {
  return { x: Math.round(p.x - origin.x), y: Math.round(p.y - origin.y) };
}

/** Index of each element id in the document, from the raw text (ids are plain NCNames). */
function documentOrder(xml: string): Map<string, number> {
  const order = new Map<string, number>();
  for (const m of xml.matchAll(/<[A-Za-z][\w.:-]*\s[^>]*?\bid="([^"]+)"/g))
    if (!order.has(m[1]!)) order.set(m[1]!, order.size);
  return order;
}

/**
 * Stores each link's CPI waypoints in `extensions.cpi.diagram` with the absolute top-left of its
 * two ends as they were imported; the writer uses them while both ends are still there.
 */
function keepWaypoints(
  flow: Flow,
  waypoints: Map<string, [number, number][]>,
  bounds: ReadonlyMap<string, Box>,
): void {
  if (waypoints.size === 0) return;
  const steps = new Map(flow.process.steps.map((s) => [s.id, s]));
  // A Local Integration Process's shape is its participant's.
  const poolOf = (id: string) => cpiExt(steps.get(id)?.extensions).participant?.id ?? id;
  const size = (id: string) => {
    const p = flow.participants.find((x) => x.id === id);
    const s = steps.get(id);
    return p ? participantSize(p.kind) : s ? stepSize(s) : { width: 0, height: 0 };
  };
  const abs = (id: string): [number, number] | undefined => {
    const at = absoluteElementPosition(flow, id);
    return at && [at.x, at.y];
  };
  const keep = <T extends { id: string; source: string; target: string; extensions?: Extensions }>(
    link: T,
  ) => {
    const points = waypoints.get(link.id);
    const from = abs(link.source);
    const to = abs(link.target);
    if (!points || !from || !to) return;
    // A straight line between the centres of CPI's shapes is what the writer draws anyway while
    // the shapes stay where they were (see shapes.ts): nothing to keep.
    const centre = (at: [number, number], id: string) => {
      const b = bounds.get(poolOf(id)) ?? { x: at[0], y: at[1], ...size(id) };
      return [b.x + b.width / 2, b.y + b.height / 2];
    };
    const near = (p: [number, number] | undefined, q: number[]) =>
      !!p && p[0] === q[0] && p[1] === q[1];
    const [head, tail] = cpiExt(link.extensions).reversed ? [points[1], points[0]] : points;
    if (
      points.length === 2 &&
      near(head, centre(from, link.source)) &&
      near(tail, centre(to, link.target))
    )
      return;
    const cpi = { ...cpiExt(link.extensions), diagram: { waypoints: points, ends: [from, to] } };
    link.extensions = { ...link.extensions, cpi };
  };
  flow.process.sequenceFlows.forEach(keep);
  flow.messageFlows.forEach(keep);
}
