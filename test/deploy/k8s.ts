import type { K8sObject } from './helm.js';

/** The module of kubernetes-models (or the Prometheus Operator's models) that defines an apiVersion's kinds. */
function modelModule(apiVersion: string): string {
  if (apiVersion.startsWith('monitoring.coreos.com/')) return `@kubernetes-models/prometheus-operator/${apiVersion}`;
  return `kubernetes-models/${apiVersion}`;
}

type ModelClass = new (data: K8sObject) => { validate(): void };
const modules = new Map<string, Promise<Record<string, ModelClass>>>();

/**
 * Validates a rendered object against the OpenAPI schema of its kind (kubernetes-models); throws naming the object
 * and the field. An apiVersion or kind without a model is an error too: the chart must render only known kinds.
 */
export async function validateObject(doc: K8sObject): Promise<void> {
  const where = `${doc.kind} ${doc.metadata?.name}`;
  const spec = modelModule(String(doc.apiVersion));
  if (!modules.has(spec)) modules.set(spec, import(spec) as Promise<Record<string, ModelClass>>);
  let mod: Record<string, ModelClass>;
  try {
    mod = await modules.get(spec)!;
  } catch (err) {
    throw new Error(`${where}: no models for apiVersion ${doc.apiVersion} (${(err as Error).message})`, { cause: err });
  }
  const Model = mod[doc.kind];
  if (typeof Model !== 'function') throw new Error(`${where}: ${doc.apiVersion} has no kind ${doc.kind}`);
  try {
    new Model(doc).validate();
  } catch (err) {
    throw new Error(`${where}: ${(err as Error).message}`, { cause: err });
  }
}

export interface PodTemplate {
  /** The workload that creates the pods: "StatefulSet rw-ragwire-qdrant". */
  owner: string;
  kind: string;
  component: string;
  labels: Record<string, string>;
  spec: K8sObject;
}

/** Every pod the rendering creates, as pod templates of workloads or bare pods. */
export function podTemplates(docs: K8sObject[]): PodTemplate[] {
  const pods: PodTemplate[] = [];
  for (const d of docs) {
    let template: K8sObject | undefined;
    if (['Deployment', 'StatefulSet', 'DaemonSet', 'Job'].includes(d.kind)) template = d.spec.template;
    else if (d.kind === 'CronJob') template = d.spec.jobTemplate.spec.template;
    else if (d.kind === 'Pod') template = d;
    if (!template) continue;
    const labels = (template.metadata?.labels ?? {}) as Record<string, string>;
    pods.push({
      owner: `${d.kind} ${d.metadata.name}`,
      kind: d.kind,
      component: labels['app.kubernetes.io/component'],
      labels,
      spec: template.spec,
    });
  }
  return pods;
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** Whether a label selector selects these labels (Kubernetes semantics; {} selects everything). */
export function selects(selector: LabelSelector | undefined, labels: Record<string, string>): boolean {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    if (e.operator === 'In' && !(has && e.values!.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && e.values!.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** A pod as NetworkPolicies see it: its labels (same namespace as the policies unless namespaceLabels is given). */
export interface Peer {
  labels: Record<string, string>;
  namespaceLabels?: Record<string, string>;
}

type PolicyPeer = { podSelector?: LabelSelector; namespaceSelector?: LabelSelector; ipBlock?: { cidr: string } };
type PolicyPort = { protocol?: string; port?: number | string };

function peerMatches(rulePeers: PolicyPeer[] | undefined, peer: Peer): boolean {
  if (!rulePeers || rulePeers.length === 0) return true;
  return rulePeers.some((p) => {
    if (p.ipBlock) return false;
    const nsOk = p.namespaceSelector
      ? selects(p.namespaceSelector, peer.namespaceLabels ?? {})
      : peer.namespaceLabels === undefined;
    const podOk = p.podSelector ? selects(p.podSelector, peer.labels) : true;
    return nsOk && podOk;
  });
}

function portMatches(ports: PolicyPort[] | undefined, port: number): boolean {
  return !ports || ports.length === 0 || ports.some((p) => p.port === undefined || Number(p.port) === port);
}

/** The NetworkPolicies that select a pod, by direction. */
export function policiesFor(policies: K8sObject[], labels: Record<string, string>, type: 'Ingress' | 'Egress') {
  return policies.filter((np) => selects(np.spec.podSelector, labels) && (np.spec.policyTypes ?? []).includes(type));
}

/** Whether `from` may open a TCP connection to `to` on `port` as far as the policies say (ingress side only). */
export function ingressAllowed(policies: K8sObject[], to: Record<string, string>, from: Peer, port: number): boolean {
  const applying = policiesFor(policies, to, 'Ingress');
  if (applying.length === 0) return true;
  return applying.some((np) =>
    (np.spec.ingress ?? []).some(
      (rule: { from?: PolicyPeer[]; ports?: PolicyPort[] }) =>
        peerMatches(rule.from, from) && portMatches(rule.ports, port),
    ),
  );
}

/** Whether a pod may send to a pod (`to`) on a port, as far as its egress policies say. */
export function egressAllowedToPod(policies: K8sObject[], from: Record<string, string>, to: Peer, port: number) {
  const applying = policiesFor(policies, from, 'Egress');
  if (applying.length === 0) return true;
  return applying.some((np) =>
    (np.spec.egress ?? []).some(
      (rule: { to?: PolicyPeer[]; ports?: PolicyPort[] }) => peerMatches(rule.to, to) && portMatches(rule.ports, port),
    ),
  );
}

function ipv4(addr: string): number {
  return addr.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ipv4(ip) / size) === Math.floor(ipv4(base) / size);
}

/** Whether a pod may send to an outside IPv4 address on a port, as far as its egress policies say. */
export function egressAllowedToIp(policies: K8sObject[], from: Record<string, string>, ip: string, port: number) {
  const applying = policiesFor(policies, from, 'Egress');
  if (applying.length === 0) return true;
  return applying.some((np) =>
    (np.spec.egress ?? []).some(
      (rule: { to?: PolicyPeer[]; ports?: PolicyPort[] }) =>
        portMatches(rule.ports, port) && (!rule.to || rule.to.some((p) => p.ipBlock && inCidr(ip, p.ipBlock.cidr))),
    ),
  );
}

/** Every container of a pod, init containers included. */
export function containers(spec: K8sObject): K8sObject[] {
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
}

/** The environment variable `name` of a container. */
export function envOf(container: K8sObject, name: string): K8sObject | undefined {
  return (container.env ?? []).find((e: K8sObject) => e.name === name);
}
