import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { REPO_ROOT } from '../support/store-process.js';
import {
  CHART_DIR,
  helm,
  helmArgs,
  render,
  renderError,
  type K8sObject,
  type RenderCase,
  type Rendering,
} from './helm.js';
import {
  containers,
  egressAllowedToIp,
  egressAllowedToPod,
  envOf,
  ingressAllowed,
  podTemplates,
  policiesFor,
  selects,
  validateObject,
  type PodTemplate,
} from './k8s.js';

/** Every secret as an existing Secret: what a production install gives. */
const SECRETS = {
  'editor.adminAuth.existingSecret': 'ragwire-admin',
  'nodeRed.credentialSecret.existingSecret': 'ragwire-secrets',
  'nodeRed.endpointToken.existingSecret': 'ragwire-secrets',
  'nodeRed.conversationKey.existingSecret': 'ragwire-secrets',
  'qdrant.apiKey.existingSecret': 'ragwire-secrets',
};

/** Flows exported from an editor: one of the templates. */
const EXPORTED_FLOWS = path.join(REPO_ROOT, 'flows', 'node-red', '2 Semantic search API.json');
const AZURE_CIDR = '203.0.113.0/24';
const AZURE_IP = '203.0.113.10';
const MODEL_REGISTRY_CIDR = '198.51.100.0/24';

/** Every component and option on; the runtime replicas may not use the cloud route, the editor may. */
const ALL_ON: RenderCase = {
  set: {
    ...SECRETS,
    'runtime.enabled': true,
    'runtime.cloudRoute': false,
    'vllm.enabled': true,
    'vllm.hfToken.existingSecret': 'ragwire-secrets',
    'azureOpenAI.enabled': true,
    'azureOpenAI.endpoint': 'https://example.openai.azure.com',
    'azureOpenAI.deployment': 'gpt-4o',
    'azureOpenAI.apiKey.existingSecret': 'ragwire-secrets',
    'azureOpenAI.egress.cidrs[0]': AZURE_CIDR,
    'qdrant.replicas': 3,
    'qdrant.cluster.enabled': true,
    'ollama.gpu.enabled': true,
    'ollama.runtimeClassName': 'nvidia',
    'ollama.egressAllowList[0].cidr': MODEL_REGISTRY_CIDR,
    'gpuScheduling.preset': 'aks',
    'nodeRed.metricsToken.existingSecret': 'ragwire-secrets',
    'networkPolicy.defaultDeny': true,
    'ingress.enabled': true,
    'ingress.editorHost': 'editor.ragwire.example',
    'ingress.endpointsHost': 'api.ragwire.example',
    'networkPolicy.nodeRedIngressFrom[0].namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name':
      'ingress-nginx',
    'flowise.enabled': true,
    'flowise.adminAuth.email': 'admin@ragwire.example',
    'flowise.adminAuth.existingSecret': 'ragwire-flowise-admin',
    'flowise.encryptionKey.existingSecret': 'ragwire-secrets',
    'ingress.flowiseHost': 'flowise.ragwire.example',
  },
  setFile: { 'runtime.flows.json': EXPORTED_FLOWS },
};

/** Everything optional off: the editor alone, on the embedded store. */
const ALL_OFF: RenderCase = {
  set: {
    'nodeRed.credentialSecret.existingSecret': 'ragwire-secrets',
    'nodeRed.insecureOpenEndpoints': true,
    'editor.adminAuth.enabled': false,
    'editor.preloadTemplates': false,
    'qdrant.enabled': false,
    'ollama.enabled': false,
    'vllm.enabled': false,
    'runtime.enabled': false,
    'networkPolicy.enabled': false,
    'monitoring.serviceMonitor.enabled': false,
    'monitoring.prometheusRule.enabled': false,
    'monitoring.dashboard.enabled': false,
    'backup.enabled': false,
    'tests.enabled': false,
    'serviceAccount.create': false,
  },
};

const CASES: Record<string, RenderCase> = {
  default: { set: SECRETS },
  'values-dev.yaml': { files: ['values-dev.yaml'], set: SECRETS },
  'values-aks.yaml': { files: ['values-aks.yaml'], set: SECRETS },
  'values-eks.yaml': { files: ['values-eks.yaml'], set: SECRETS },
  'all on': ALL_ON,
  'all off': ALL_OFF,
};

const renderings = new Map<string, Promise<Rendering>>();
/** Each case is rendered once per run. */
function rendered(name: string): Promise<Rendering> {
  if (!renderings.has(name)) renderings.set(name, render(CASES[name]));
  return renderings.get(name)!;
}

const byKind = (r: Rendering, kind: string) => r.docs.filter((d) => d.kind === kind);
function one(r: Rendering, kind: string, nameEnd: string): K8sObject {
  const found = r.docs.filter((d) => d.kind === kind && String(d.metadata.name).endsWith(nameEnd));
  assert.equal(found.length, 1, `expected one ${kind} named *${nameEnd}, found ${found.length}`);
  return found[0];
}
function pod(r: Rendering, component: string): PodTemplate {
  const found = podTemplates(r.docs).filter((p) => p.component === component);
  assert.ok(found.length >= 1, `no pod of component ${component}`);
  return found[0];
}
function container(p: PodTemplate, name: string): K8sObject {
  const c = containers(p.spec).find((x) => x.name === name);
  assert.ok(c, `${p.owner} has no container ${name}`);
  return c;
}

describe('Helm chart deploy/helm/ragwire', function () {
  this.timeout(120_000);

  describe('lint and template for each profile and the toggle matrix', () => {
    for (const [name, c] of Object.entries(CASES)) {
      it(`${name}: helm lint passes and every rendered object is valid for its kind`, async () => {
        const lint = await helm(['lint', CHART_DIR, '--strict', ...helmArgs(c, true)]);
        assert.equal(lint.code, 0, lint.stdout + lint.stderr);
        const r = await rendered(name);
        assert.ok(r.docs.length > 0);
        for (const doc of r.docs) await validateObject(doc);
        for (const doc of r.docs) {
          const labels = doc.metadata.labels ?? {};
          assert.equal(labels['app.kubernetes.io/part-of'], 'ragwire', `${doc.kind} ${doc.metadata.name}: labels`);
          assert.equal(labels['app.kubernetes.io/instance'], 'rw');
          assert.equal(labels['app.kubernetes.io/managed-by'], 'Helm');
        }
      });
    }

    it('all off: the editor alone, with its config (no Qdrant, model servers, policies, jobs or Secret)', async () => {
      const r = await rendered('all off');
      assert.deepEqual(r.docs.map((d) => d.kind).sort(), ['ConfigMap', 'Service', 'StatefulSet']);
      const env = container(pod(r, 'editor'), 'node-red').env.map((e: K8sObject) => e.name);
      assert.ok(!env.includes('QDRANT_URL') && !env.includes('OLLAMA_HOST'), 'the embedded store and no model URL');
      assert.ok(!env.includes('RAGWIRE_HTTP_TOKEN') && !env.includes('RAGWIRE_ADMIN_PASSWORD'));
      assert.ok(env.includes('RAGWIRE_INSECURE_NO_LOGIN') && env.includes('RAGWIRE_PRELOAD_TEMPLATES'));
    });

    it('all on: every component is there', async () => {
      const r = await rendered('all on');
      const components = new Set(podTemplates(r.docs).map((p) => p.component));
      for (const c of ['editor', 'runtime', 'flowise', 'qdrant', 'ollama', 'vllm', 'backup', 'test'])
        assert.ok(components.has(c), `no ${c} pod`);
      for (const kind of ['HorizontalPodAutoscaler', 'PodDisruptionBudget', 'ServiceMonitor', 'PrometheusRule'])
        assert.ok(byKind(r, kind).length > 0, `no ${kind}`);
    });

    it('renders the same text twice (no lookup, no random values)', async () => {
      const again = await render(ALL_ON);
      assert.equal(again.text, (await rendered('all on')).text);
      const dev = await render(CASES['values-dev.yaml']);
      assert.equal(dev.text, (await rendered('values-dev.yaml')).text);
    });
  });

  describe('GPU model servers per profile', () => {
    it('AKS: nvidia.com/gpu limit, runtime class nvidia, the sku=gpu toleration and the accelerator node label', async () => {
      const r = await rendered('values-aks.yaml');
      const p = pod(r, 'ollama');
      assert.equal(container(p, 'ollama').resources.limits['nvidia.com/gpu'], 1);
      assert.equal(p.spec.runtimeClassName, 'nvidia');
      assert.deepEqual(p.spec.tolerations, [{ effect: 'NoSchedule', key: 'sku', operator: 'Equal', value: 'gpu' }]);
      assert.deepEqual(p.spec.nodeSelector, { 'kubernetes.azure.com/accelerator': 'nvidia' });
    });

    it('EKS: nvidia.com/gpu limit, runtime class nvidia and the nvidia.com/gpu toleration', async () => {
      const r = await rendered('values-eks.yaml');
      const p = pod(r, 'ollama');
      assert.equal(container(p, 'ollama').resources.limits['nvidia.com/gpu'], 1);
      assert.equal(p.spec.runtimeClassName, 'nvidia');
      assert.deepEqual(p.spec.tolerations, [{ effect: 'NoSchedule', key: 'nvidia.com/gpu', operator: 'Exists' }]);
    });

    it('dev and default: CPU only, no runtime class, no GPU tolerations', async () => {
      for (const name of ['values-dev.yaml', 'default']) {
        const p = pod(await rendered(name), 'ollama');
        const limits = container(p, 'ollama').resources.limits;
        assert.ok(!('nvidia.com/gpu' in limits) && !('amd.com/gpu' in limits), `${name}: ${JSON.stringify(limits)}`);
        assert.equal(p.spec.runtimeClassName, undefined, name);
        assert.equal(p.spec.tolerations, undefined, name);
      }
    });

    it('vLLM gets the same scheduling as Ollama; AMD GPUs are requested as amd.com/gpu', async () => {
      const r = await rendered('all on');
      const v = pod(r, 'vllm');
      assert.equal(container(v, 'vllm').resources.limits['nvidia.com/gpu'], 1);
      assert.deepEqual(v.spec.tolerations, pod(r, 'ollama').spec.tolerations);
      const amd = await render({ set: { ...SECRETS, 'ollama.gpu.enabled': true, 'ollama.gpu.type': 'amd' } });
      const limits = container(pod(amd, 'ollama'), 'ollama').resources.limits;
      assert.equal(limits['amd.com/gpu'], 1);
      assert.ok(!('nvidia.com/gpu' in limits));
    });

    it('pulls the listed models when Ollama starts, onto the models volume', async () => {
      const o = container(pod(await rendered('values-dev.yaml'), 'ollama'), 'ollama');
      const script = o.lifecycle.postStart.exec.command.join(' ');
      assert.match(script, /ollama pull qwen2\.5:0\.5b && ollama pull nomic-embed-text/);
      assert.equal(envOf(o, 'OLLAMA_MODELS')?.value, '/models');
      assert.ok(o.volumeMounts.some((m: K8sObject) => m.name === 'models' && m.mountPath === '/models'));
    });
  });

  describe('NetworkPolicies', () => {
    const instance = { 'app.kubernetes.io/name': 'ragwire', 'app.kubernetes.io/instance': 'rw' };

    it('every pod of the chart is isolated for ingress and egress', async () => {
      for (const name of ['default', 'all on', 'values-aks.yaml']) {
        const r = await rendered(name);
        const nps = byKind(r, 'NetworkPolicy');
        for (const p of podTemplates(r.docs)) {
          assert.ok(policiesFor(nps, p.labels, 'Ingress').length > 0, `${name}: ${p.owner} ingress is open`);
          assert.ok(policiesFor(nps, p.labels, 'Egress').length > 0, `${name}: ${p.owner} egress is open`);
        }
      }
    });

    it('Qdrant accepts the Ragwire pods only; its peers reach each other on the p2p port', async () => {
      const r = await rendered('all on');
      const nps = byKind(r, 'NetworkPolicy');
      const qdrant = pod(r, 'qdrant').labels;
      for (const c of ['editor', 'runtime', 'backup'])
        assert.ok(ingressAllowed(nps, qdrant, { labels: pod(r, c).labels }, 6333), `${c} → Qdrant`);
      for (const c of ['ollama', 'vllm'])
        assert.ok(!ingressAllowed(nps, qdrant, { labels: pod(r, c).labels }, 6333), `${c} must not reach Qdrant`);
      const stranger = { labels: { app: 'other', 'ragwire.io/qdrant-client': 'true' } };
      assert.ok(!ingressAllowed(nps, qdrant, stranger, 6333), 'a pod of another app, even with the label');
      const otherRelease = { labels: { ...pod(r, 'editor').labels, 'app.kubernetes.io/instance': 'other' } };
      assert.ok(!ingressAllowed(nps, qdrant, otherRelease, 6333), 'a pod of another release');
      assert.ok(!ingressAllowed(nps, qdrant, { labels: {}, namespaceLabels: {} }, 6333), 'another namespace');
      assert.ok(ingressAllowed(nps, qdrant, { labels: qdrant }, 6335), 'peer to peer');
      assert.ok(egressAllowedToPod(nps, qdrant, { labels: qdrant }, 6335), 'peer to peer (egress)');
      assert.ok(!ingressAllowed(nps, qdrant, { labels: pod(r, 'editor').labels }, 6335), 'p2p is for peers');
      assert.ok(!egressAllowedToIp(nps, qdrant, '93.184.216.34', 443), 'Qdrant calls nobody outside');
    });

    it('model servers accept the Ragwire pods only and reach nothing but their allow-list', async () => {
      const r = await rendered('all on');
      const nps = byKind(r, 'NetworkPolicy');
      const ollama = pod(r, 'ollama').labels;
      const vllm = pod(r, 'vllm').labels;
      for (const c of ['editor', 'runtime']) {
        assert.ok(ingressAllowed(nps, ollama, { labels: pod(r, c).labels }, 11434), `${c} → Ollama`);
        assert.ok(ingressAllowed(nps, vllm, { labels: pod(r, c).labels }, 8000), `${c} → vLLM`);
      }
      for (const c of ['qdrant', 'backup'])
        assert.ok(!ingressAllowed(nps, ollama, { labels: pod(r, c).labels }, 11434), `${c} must not reach Ollama`);
      assert.ok(!ingressAllowed(nps, ollama, { labels: { app: 'other' } }, 11434));
      assert.ok(egressAllowedToIp(nps, ollama, '198.51.100.7', 443), 'Ollama reaches its allow-list');
      assert.ok(!egressAllowedToIp(nps, ollama, '93.184.216.34', 443), 'and nothing else');
      assert.ok(!egressAllowedToIp(nps, ollama, AZURE_IP, 443));
      assert.ok(!egressAllowedToIp(nps, vllm, '198.51.100.7', 443), 'vLLM has an empty allow-list');
      const vllmPolicy = one(r, 'NetworkPolicy', '-vllm');
      assert.deepEqual(vllmPolicy.spec.egress, [], 'no egress at all, not even DNS');
    });

    it('only cloud-route pods reach the Azure endpoint, and they get its settings', async () => {
      const r = await rendered('all on');
      const nps = byKind(r, 'NetworkPolicy');
      const editor = pod(r, 'editor');
      const runtime = pod(r, 'runtime');
      assert.equal(editor.labels['ragwire.io/cloud-route'], 'true');
      assert.equal(runtime.labels['ragwire.io/cloud-route'], undefined);
      assert.ok(egressAllowedToIp(nps, editor.labels, AZURE_IP, 443), 'editor (cloudRoute: true) → Azure');
      assert.ok(!egressAllowedToIp(nps, editor.labels, AZURE_IP, 80), 'only on the port given');
      assert.ok(!egressAllowedToIp(nps, editor.labels, '93.184.216.34', 443), 'nowhere else outside');
      assert.ok(!egressAllowedToIp(nps, runtime.labels, AZURE_IP, 443), 'runtime (cloudRoute: false) ↛ Azure');
      for (const p of ['ollama', 'vllm', 'qdrant', 'backup', 'test'])
        assert.ok(!egressAllowedToIp(nps, pod(r, p).labels, AZURE_IP, 443), `${p} ↛ Azure`);
      assert.ok(envOf(container(editor, 'node-red'), 'AZURE_OPENAI_API_KEY'));
      assert.equal(envOf(container(runtime, 'node-red'), 'AZURE_OPENAI_API_KEY'), undefined);
      assert.equal(envOf(container(runtime, 'node-red'), 'AZURE_OPENAI_ENDPOINT'), undefined);
    });

    it('the editor and runtime replicas reach DNS, Qdrant and the model servers; ingress from the listed peers', async () => {
      const r = await rendered('all on');
      const nps = byKind(r, 'NetworkPolicy');
      const runtime = pod(r, 'runtime').labels;
      const dns = {
        labels: { 'k8s-app': 'kube-dns' },
        namespaceLabels: { 'kubernetes.io/metadata.name': 'kube-system' },
      };
      assert.ok(egressAllowedToPod(nps, runtime, dns, 53));
      assert.ok(egressAllowedToPod(nps, runtime, { labels: pod(r, 'qdrant').labels }, 6333));
      assert.ok(egressAllowedToPod(nps, runtime, { labels: pod(r, 'ollama').labels }, 11434));
      assert.ok(egressAllowedToPod(nps, runtime, { labels: pod(r, 'vllm').labels }, 8000));
      assert.ok(!egressAllowedToPod(nps, runtime, { labels: { app: 'other' } }, 5432), 'nothing else in the cluster');
      const ingress = { labels: {}, namespaceLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } };
      assert.ok(ingressAllowed(nps, runtime, ingress, 1880), 'the ingress controller');
      assert.ok(!ingressAllowed(nps, runtime, { labels: { app: 'other' } }, 1880), 'not other pods');
      assert.ok(ingressAllowed(nps, runtime, { labels: pod(r, 'test').labels }, 1880), 'helm test pods');
      const open = byKind(await rendered('default'), 'NetworkPolicy');
      assert.ok(ingressAllowed(open, { ...instance, 'app.kubernetes.io/component': 'editor' }, { labels: {} }, 1880));
    });

    it('default-deny selects every pod of the namespace, only when asked for', async () => {
      const deny = one(await rendered('all on'), 'NetworkPolicy', '-default-deny');
      assert.deepEqual(deny.spec.podSelector, {});
      assert.deepEqual(deny.spec.policyTypes, ['Ingress', 'Egress']);
      assert.ok(!deny.spec.ingress && !deny.spec.egress);
      assert.ok(
        !byKind(await rendered('default'), 'NetworkPolicy').some((n) => n.metadata.name.endsWith('default-deny')),
      );
    });
  });

  describe('hardening', () => {
    for (const name of ['default', 'all on', 'all off', 'values-aks.yaml']) {
      it(`${name}: every container is non-root, drops ALL capabilities, no privilege escalation, seccomp RuntimeDefault, requests and limits`, async () => {
        const r = await rendered(name);
        for (const p of podTemplates(r.docs)) {
          assert.equal(p.spec.securityContext?.runAsNonRoot, true, `${p.owner}: pod runAsNonRoot`);
          assert.equal(p.spec.securityContext?.seccompProfile?.type, 'RuntimeDefault', `${p.owner}: seccomp`);
          assert.equal(p.spec.automountServiceAccountToken, false, `${p.owner}: no API token`);
          for (const c of containers(p.spec)) {
            const where = `${p.owner} container ${c.name}`;
            const sc = c.securityContext ?? {};
            assert.equal(sc.allowPrivilegeEscalation, false, `${where}: allowPrivilegeEscalation`);
            assert.equal(sc.privileged, false, `${where}: privileged`);
            assert.equal(sc.runAsNonRoot, true, `${where}: runAsNonRoot`);
            assert.deepEqual(sc.capabilities?.drop, ['ALL'], `${where}: capabilities`);
            assert.equal(sc.seccompProfile?.type, 'RuntimeDefault', `${where}: seccomp`);
            // vLLM writes caches outside its volumes: its read-only root is a value, off by default.
            if (c.name !== 'vllm') assert.equal(sc.readOnlyRootFilesystem, true, `${where}: readOnlyRootFilesystem`);
            assert.ok(c.resources?.requests?.cpu && c.resources?.requests?.memory, `${where}: requests`);
            assert.ok(c.resources?.limits?.cpu && c.resources?.limits?.memory, `${where}: limits`);
            assert.ok(!/:latest$/.test(c.image) && /:.+$/.test(c.image), `${where}: a pinned image tag`);
          }
        }
      });
    }

    it('long-running containers have readiness and liveness probes', async () => {
      const r = await rendered('all on');
      for (const p of podTemplates(r.docs).filter((x) => ['StatefulSet', 'Deployment'].includes(x.kind)))
        for (const c of p.spec.containers) {
          assert.ok(c.readinessProbe, `${p.owner} ${c.name}: readiness`);
          assert.ok(c.livenessProbe, `${p.owner} ${c.name}: liveness`);
        }
    });

    it('secret values given in values appear nowhere in plain text; existing Secrets render no Secret at all', async () => {
      const plain = {
        credentialSecret: 'cred-5ecret-ZX81-credential',
        endpointToken: 'tok-5ecret-ZX81-endpoint-token',
        metricsToken: 'met-5ecret-ZX81-metrics-token',
        conversationKey: 'conv-5ecret-ZX81-conversation',
        qdrant: 'qd-5ecret-ZX81-qdrant-api-key',
        azure: 'az-5ecret-ZX81-azure-openai-key',
        hf: 'hf-5ecret-ZX81-hugging-face',
      };
      const r = await render({
        set: {
          ...ALL_ON.set,
          'nodeRed.credentialSecret.existingSecret': '',
          'nodeRed.credentialSecret.value': plain.credentialSecret,
          'nodeRed.endpointToken.existingSecret': '',
          'nodeRed.endpointToken.value': plain.endpointToken,
          'nodeRed.metricsToken.existingSecret': '',
          'nodeRed.metricsToken.value': plain.metricsToken,
          'nodeRed.conversationKey.existingSecret': '',
          'nodeRed.conversationKey.value': plain.conversationKey,
          'qdrant.apiKey.existingSecret': '',
          'qdrant.apiKey.value': plain.qdrant,
          'azureOpenAI.apiKey.existingSecret': '',
          'azureOpenAI.apiKey.value': plain.azure,
          'vllm.hfToken.existingSecret': '',
          'vllm.hfToken.value': plain.hf,
        },
        setFile: ALL_ON.setFile,
      });
      for (const [name, value] of Object.entries(plain)) {
        assert.ok(!r.text.includes(value), `${name} is in the rendered output in plain text`);
        assert.ok(!r.text.includes(value.slice(4, 20)), `${name}: part of it is in the rendered output`);
      }
      const secret = one(r, 'Secret', 'rw-ragwire');
      const decoded = Object.values(secret.data as Record<string, string>).map((v) =>
        Buffer.from(v, 'base64').toString(),
      );
      assert.deepEqual(decoded.sort(), Object.values(plain).sort(), 'the chart Secret holds each value');
      // Every env var that carries one of them reads it from that Secret.
      for (const p of podTemplates(r.docs))
        for (const c of containers(p.spec))
          for (const e of c.env ?? [])
            if (e.valueFrom?.secretKeyRef?.name === 'rw-ragwire')
              assert.ok(e.valueFrom.secretKeyRef.key in secret.data, `${p.owner}: ${e.name}`);
      assert.equal(byKind(await rendered('all on'), 'Secret').length, 0);
    });

    it('the defaults and profiles hold no secret value', () => {
      for (const file of ['values.yaml', 'values-dev.yaml', 'values-aks.yaml', 'values-eks.yaml']) {
        const values = yaml.load(fs.readFileSync(path.join(CHART_DIR, file), 'utf8'));
        const walk = (node: unknown, at: string): void => {
          if (!node || typeof node !== 'object') return;
          for (const [k, v] of Object.entries(node)) {
            if (['value', 'password', 'token'].includes(k)) assert.equal(v, '', `${file}: ${at}${k} has a value`);
            walk(v, `${at}${k}.`);
          }
        };
        walk(values, '');
      }
    });

    it('the admin password can only come from a Secret', async () => {
      const err = await renderError({ set: { ...SECRETS, 'editor.adminAuth.password': 'a-password-in-values' } });
      assert.match(err, /at '\/editor\/adminAuth': additional properties 'password' not allowed/);
    });
  });

  describe('missing secrets and wrong values fail with a message naming the value', () => {
    const without = (key: string): Record<string, string> => {
      const s: Record<string, string> = { ...SECRETS };
      delete s[key];
      return s;
    };
    const cases: [string, RenderCase, RegExp][] = [
      [
        'the admin password',
        { set: without('editor.adminAuth.existingSecret') },
        /editor\.adminAuth\.existingSecret: .*Secret/,
      ],
      [
        'the credential secret',
        { set: without('nodeRed.credentialSecret.existingSecret') },
        /nodeRed\.credentialSecret: .* is required/,
      ],
      [
        'the endpoint token',
        { set: without('nodeRed.endpointToken.existingSecret') },
        /nodeRed\.endpointToken: .*nodeRed\.insecureOpenEndpoints/,
      ],
      [
        'the Qdrant API key',
        { set: without('qdrant.apiKey.existingSecret') },
        /qdrant\.apiKey: the Qdrant API key is required/,
      ],
      [
        'the conversation key with runtime replicas',
        {
          set: { ...without('nodeRed.conversationKey.existingSecret'), 'runtime.enabled': true },
          setFile: { 'runtime.flows.json': EXPORTED_FLOWS },
        },
        /nodeRed\.conversationKey: .*shared conversation store/,
      ],
      [
        'the Azure key',
        {
          set: {
            ...SECRETS,
            'azureOpenAI.enabled': true,
            'azureOpenAI.endpoint': 'https://x.openai.azure.com',
            'azureOpenAI.deployment': 'd',
            'azureOpenAI.egress.cidrs[0]': AZURE_CIDR,
          },
        },
        /azureOpenAI\.apiKey: the Azure OpenAI key is required/,
      ],
      [
        "the Azure endpoint's addresses with NetworkPolicies",
        {
          set: {
            ...SECRETS,
            'azureOpenAI.enabled': true,
            'azureOpenAI.endpoint': 'https://x.openai.azure.com',
            'azureOpenAI.deployment': 'd',
            'azureOpenAI.apiKey.existingSecret': 's',
          },
        },
        /azureOpenAI\.egress\.cidrs: list the address ranges/,
      ],
      [
        'several Qdrant replicas without cluster mode',
        { set: { ...SECRETS, 'qdrant.replicas': 3 } },
        /qdrant\.replicas: .*qdrant\.cluster\.enabled=true/,
      ],
      [
        'runtime flows from a ConfigMap without its name',
        { set: { ...SECRETS, 'runtime.enabled': true, 'runtime.flows.source': 'configMap' } },
        /runtime\.flows\.configMap: name the ConfigMap/,
      ],
      [
        'runtime replicas without flows',
        { set: { ...SECRETS, 'runtime.enabled': true } },
        /runtime\.flows\.json: give the flows .*--set-file runtime\.flows\.json=flows\.json/,
      ],
    ];
    for (const [what, c, message] of cases)
      it(`${what}`, async () => {
        assert.match(await renderError(c), message);
      });
  });

  describe('values.schema.json', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(CHART_DIR, 'values.schema.json'), 'utf8'));
    /** A schema node with its $ref followed; the referring node's description wins. */
    const refOf = (node: K8sObject): K8sObject => {
      if (!node.$ref) return node;
      const target = schema.$defs[node.$ref.replace('#/$defs/', '')];
      return { ...target, description: node.description ?? target.description };
    };

    it('describes every value of values.yaml, and every object refuses unknown keys', () => {
      const values = yaml.load(fs.readFileSync(path.join(CHART_DIR, 'values.yaml'), 'utf8'));
      const walk = (value: unknown, node: K8sObject, at: string): void => {
        node = refOf(node);
        assert.ok(node.description, `${at || '(root)'}: no description`);
        if (!value || typeof value !== 'object' || Array.isArray(value) || !node.properties) return;
        assert.equal(node.additionalProperties, false, `${at}: unknown keys must be refused`);
        for (const [k, v] of Object.entries(value)) {
          assert.ok(node.properties[k], `${at}${k}: not in the schema`);
          walk(v, node.properties[k], `${at}${k}.`);
        }
      };
      walk(values, schema, '');
    });

    const rejections: [string, Record<string, string | number | boolean>, RegExp][] = [
      ['a string for a number', { 'qdrant.replicas': 'three' }, /at '\/qdrant\/replicas': got string, want integer/],
      ['a number for a boolean', { 'runtime.enabled': 1 }, /at '\/runtime\/enabled': got number, want boolean/],
      ['an unknown top-level key', { qdrnt: 'x' }, /additional properties 'qdrnt' not allowed/],
      [
        'an unknown nested key',
        { 'ollama.gpu.vendor': 'nvidia' },
        /at '\/ollama\/gpu': additional properties 'vendor' not allowed/,
      ],
      [
        'a preset that does not exist',
        { 'gpuScheduling.preset': 'gke' },
        /at '\/gpuScheduling\/preset': value must be one of/,
      ],
      [
        'a model name that could run a command',
        { 'ollama.models[0]': 'llama3;reboot' },
        /at '\/ollama\/models\/0': .* does not match pattern/,
      ],
      [
        'a CIDR that is not one',
        { 'azureOpenAI.egress.cidrs[0]': 'openai.azure.com' },
        /at '\/azureOpenAI\/egress\/cidrs\/0'/,
      ],
    ];
    for (const [what, set, message] of rejections)
      it(`rejects ${what} with a message naming the value`, async () => {
        const c: RenderCase = { set: { ...SECRETS, ...set } };
        assert.match(await renderError(c), message);
        const lint = await helm(['lint', CHART_DIR, ...helmArgs(c, true)]);
        assert.notEqual(lint.code, 0);
      });
  });

  describe('the editor and runtime replicas', () => {
    it('editor: one replica, /data on a claim, settings.js from the ConfigMap, login password from the Secret', async () => {
      const r = await rendered('default');
      const sts = one(r, 'StatefulSet', '-editor');
      assert.equal(sts.spec.replicas, 1);
      assert.equal(sts.spec.volumeClaimTemplates[0].metadata.name, 'data');
      const nr = container(pod(r, 'editor'), 'node-red');
      assert.ok(nr.volumeMounts.some((m: K8sObject) => m.name === 'data' && m.mountPath === '/data'));
      assert.deepEqual(nr.command.slice(-4), ['--userDir', '/data', '--settings', '/usr/src/node-red/settings.js']);
      assert.deepEqual(
        nr.volumeMounts.find((m: K8sObject) => m.mountPath === '/usr/src/node-red/settings.js'),
        { name: 'config', mountPath: '/usr/src/node-red/settings.js', subPath: 'settings.js', readOnly: true },
        "the chart's settings.js sits where the image's is, beside the Ragwire package it loads",
      );
      assert.deepEqual(envOf(nr, 'RAGWIRE_ADMIN_PASSWORD')?.valueFrom, {
        secretKeyRef: { name: 'ragwire-admin', key: 'password' },
      });
      assert.equal(envOf(nr, 'RAGWIRE_PRELOAD_TEMPLATES'), undefined, 'templates are preloaded (the default)');
      const cm = one(r, 'ConfigMap', '-node-red');
      assert.equal(
        cm.data['settings.js'],
        fs.readFileSync(path.join(CHART_DIR, 'files', 'settings.js'), 'utf8').trimEnd(),
      );
      assert.deepEqual(JSON.parse(cm.data['endpoints.json']), {
        maxBody: '1mb',
        contentTypes: ['application/json'],
        routes: {},
      });
      assert.equal(envOf(nr, 'RAGWIRE_ENDPOINTS_FILE')?.value, '/config/endpoints.json');
    });

    it('the service URLs in the Ragwire pods name services and ports the chart renders', async () => {
      const r = await rendered('all on');
      const services = new Map(byKind(r, 'Service').map((s) => [s.metadata.name, s]));
      for (const component of ['editor', 'runtime']) {
        const nr = container(pod(r, component), 'node-red');
        for (const name of ['QDRANT_URL', 'OLLAMA_HOST', 'OPENAI_BASE_URL']) {
          const url = new URL(envOf(nr, name)?.value);
          const svc = services.get(url.hostname);
          assert.ok(svc, `${component} ${name}: no Service ${url.hostname}`);
          assert.ok(
            svc.spec.ports.some((p: K8sObject) => p.port === Number(url.port)),
            `${name}: port ${url.port}`,
          );
          const target = podTemplates(r.docs).find((p) => selects({ matchLabels: svc.spec.selector }, p.labels));
          assert.ok(target, `${name}: Service ${url.hostname} selects no pod`);
        }
        for (const name of [
          'QDRANT_API_KEY',
          'RAGWIRE_HTTP_TOKEN',
          'RAGWIRE_CREDENTIAL_SECRET',
          'RAGWIRE_CONVERSATION_KEY',
          'RAGWIRE_METRICS_TOKEN',
        ])
          assert.equal(envOf(nr, name)?.valueFrom?.secretKeyRef?.name, 'ragwire-secrets', `${component} ${name}`);
      }
    });

    it('runtime replicas: editor disabled, a Service and an autoscaler on the Deployment', async () => {
      const r = await rendered('all on');
      const deploy = one(r, 'Deployment', '-runtime');
      const runtime = pod(r, 'runtime');
      assert.equal(envOf(container(runtime, 'node-red'), 'RAGWIRE_RUNTIME_ONLY')?.value, 'true');
      assert.equal(envOf(container(pod(r, 'editor'), 'node-red'), 'RAGWIRE_RUNTIME_ONLY'), undefined);
      const hpa = one(r, 'HorizontalPodAutoscaler', '-runtime');
      assert.deepEqual(hpa.spec.scaleTargetRef, {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: deploy.metadata.name,
      });
      assert.equal(deploy.spec.replicas, undefined, 'the autoscaler owns the replica count');
      const svc = one(r, 'Service', '-runtime');
      assert.ok(selects({ matchLabels: svc.spec.selector }, runtime.labels));
      assert.ok(!selects({ matchLabels: svc.spec.selector }, pod(r, 'editor').labels), 'the editor is not behind it');
    });

    it('runtime flows from values, a ConfigMap or the editor volume are mounted read-only as the flows file', async () => {
      const fromValues = await rendered('all on');
      const p = pod(fromValues, 'runtime');
      const nr = container(p, 'node-red');
      assert.equal(envOf(nr, 'RAGWIRE_FLOWS_FILE')?.value, '/flows/flows.json');
      assert.deepEqual(
        nr.volumeMounts.find((m: K8sObject) => m.name === 'flows'),
        { name: 'flows', mountPath: '/flows', readOnly: true },
      );
      const flowsMap = one(fromValues, 'ConfigMap', '-runtime-flows');
      assert.equal(p.spec.volumes.find((v: K8sObject) => v.name === 'flows').configMap.name, flowsMap.metadata.name);
      assert.deepEqual(JSON.parse(flowsMap.data['flows.json']), JSON.parse(fs.readFileSync(EXPORTED_FLOWS, 'utf8')));
      const other = await render({
        ...ALL_ON,
        setFile: {
          'runtime.flows.json': path.join(REPO_ROOT, 'flows', 'node-red', '3 RAG question answering API.json'),
        },
      });
      const checksum = (x: Rendering) =>
        one(x, 'Deployment', '-runtime').spec.template.metadata.annotations['checksum/flows'];
      assert.notEqual(checksum(other), checksum(fromValues), 'new flows roll the replicas');

      const base = { ...SECRETS, 'runtime.enabled': true };
      const cm = await render({
        set: { ...base, 'runtime.flows.source': 'configMap', 'runtime.flows.configMap': 'ragwire-flows' },
      });
      assert.deepEqual(pod(cm, 'runtime').spec.volumes.find((v: K8sObject) => v.name === 'flows').configMap, {
        name: 'ragwire-flows',
        items: [{ key: 'flows.json', path: 'flows.json' }],
      });
      assert.equal(byKind(cm, 'ConfigMap').filter((c) => c.metadata.name.endsWith('-runtime-flows')).length, 0);
      const shared = await render({
        set: {
          ...base,
          'runtime.flows.source': 'editorVolume',
          'runtime.flows.existingClaim': 'ragwire-shared',
          'editor.persistence.existingClaim': 'ragwire-shared',
          'editor.persistence.accessModes[0]': 'ReadWriteMany',
        },
      });
      const claim = pod(shared, 'runtime').spec.volumes.find(
        (v: K8sObject) => v.name === 'flows',
      ).persistentVolumeClaim;
      assert.deepEqual(claim, { claimName: 'ragwire-shared', readOnly: true });
      assert.equal(one(shared, 'StatefulSet', '-editor').spec.volumeClaimTemplates, undefined);
    });
  });

  describe('Ingress', () => {
    it('publishes the editor on its host and only the endpoint paths of the runtime replicas on the other', async () => {
      const r = await rendered('all on');
      const ingress = one(r, 'Ingress', 'rw-ragwire');
      const services = new Map(byKind(r, 'Service').map((s) => [s.metadata.name, s]));
      const rules = Object.fromEntries(
        ingress.spec.rules.map((rule: K8sObject) => [
          rule.host,
          rule.http.paths.map(
            (p: K8sObject) => `${p.path} -> ${p.backend.service.name}:${p.backend.service.port.name}`,
          ),
        ]),
      );
      assert.deepEqual(rules, {
        'editor.ragwire.example': ['/ -> rw-ragwire-editor:http'],
        'api.ragwire.example': ['/ragwire -> rw-ragwire-runtime:http'],
        'flowise.ragwire.example': ['/ -> rw-ragwire-flowise:http'],
      });
      for (const rule of ingress.spec.rules)
        for (const p of rule.http.paths) {
          const svc = services.get(p.backend.service.name);
          assert.ok(svc?.spec.ports.some((port: K8sObject) => port.name === p.backend.service.port.name));
        }
      assert.equal(byKind(await rendered('default'), 'Ingress').length, 0, 'off by default');
      const noHost = await renderError({ set: { ...SECRETS, 'ingress.enabled': true } });
      assert.match(noHost, /ingress\.editorHost, ingress\.endpointsHost, ingress\.flowiseHost: name at least one host/);
    });
  });

  describe('Qdrant', () => {
    it('a StatefulSet with storage, a snapshots volume, the API key from the Secret and readiness on /readyz', async () => {
      const r = await rendered('default');
      const sts = one(r, 'StatefulSet', '-qdrant');
      assert.deepEqual(
        sts.spec.volumeClaimTemplates.map((v: K8sObject) => v.metadata.name),
        ['storage', 'snapshots'],
      );
      const q = container(pod(r, 'qdrant'), 'qdrant');
      assert.deepEqual(envOf(q, 'QDRANT__SERVICE__API_KEY')?.valueFrom, {
        secretKeyRef: { name: 'ragwire-secrets', key: 'api-key' },
      });
      assert.equal(q.readinessProbe.httpGet.path, '/readyz');
      assert.ok(q.volumeMounts.some((m: K8sObject) => m.name === 'snapshots' && m.mountPath === '/qdrant/snapshots'));
      assert.equal(envOf(q, 'QDRANT__CLUSTER__ENABLED'), undefined);
    });

    it('cluster mode: Parallel pod management, the p2p port 6335 on the pods and the headless Service, peers join peer 0', async () => {
      const r = await rendered('values-aks.yaml');
      const sts = one(r, 'StatefulSet', '-qdrant');
      assert.equal(sts.spec.replicas, 3);
      assert.equal(sts.spec.podManagementPolicy, 'Parallel');
      const q = container(pod(r, 'qdrant'), 'qdrant');
      assert.equal(envOf(q, 'QDRANT__CLUSTER__ENABLED')?.value, 'true');
      assert.ok(q.ports.some((p: K8sObject) => p.name === 'p2p' && p.containerPort === 6335));
      const headless = one(r, 'Service', '-qdrant-headless');
      assert.equal(headless.spec.clusterIP, 'None');
      assert.equal(headless.spec.publishNotReadyAddresses, true);
      assert.equal(sts.spec.serviceName, headless.metadata.name);
      assert.ok(headless.spec.ports.some((p: K8sObject) => p.port === 6335));
      assert.match(q.args[0], /--bootstrap "http:\/\/rw-ragwire-qdrant-0\.rw-ragwire-qdrant-headless:6335"/);
      const spread = pod(r, 'qdrant').spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0];
      assert.equal(spread.podAffinityTerm.topologyKey, 'kubernetes.io/hostname');
      assert.ok(selects(spread.podAffinityTerm.labelSelector, pod(r, 'qdrant').labels), 'peers avoid each other');
    });
  });

  describe('monitoring and backups', () => {
    it('ServiceMonitor and PrometheusRule only when the Prometheus Operator CRDs exist; the dashboard always', async () => {
      const without = await render({ set: SECRETS, monitoringCrds: false });
      assert.equal(byKind(without, 'ServiceMonitor').length, 0);
      assert.equal(byKind(without, 'PrometheusRule').length, 0);
      const dashboard = one(without, 'ConfigMap', '-dashboard');
      assert.equal(dashboard.metadata.labels.grafana_dashboard, '1');
      assert.deepEqual(
        JSON.parse(dashboard.data['ragwire-dashboard.json']),
        JSON.parse(fs.readFileSync(path.join(CHART_DIR, 'files', 'dashboard.json'), 'utf8')),
      );
      // Grafana's sidecar loads dashboards as they are: no import-time inputs (${DS_...}) to fill in.
      const json = JSON.parse(dashboard.data['ragwire-dashboard.json']);
      assert.ok(!dashboard.data['ragwire-dashboard.json'].includes('${DS_'), 'no ${DS_...} import inputs');
      assert.ok(json.uid && json.title, 'a stable uid and a title');
    });

    it('the ServiceMonitor scrapes GET /metrics of the editor and runtime Services, with the metrics token', async () => {
      const r = await rendered('all on');
      const sm = one(r, 'ServiceMonitor', 'rw-ragwire');
      const scraped = byKind(r, 'Service').filter((s) => selects(sm.spec.selector, s.metadata.labels));
      assert.deepEqual(scraped.map((s) => s.metadata.name).sort(), ['rw-ragwire-editor', 'rw-ragwire-runtime']);
      for (const s of scraped) assert.ok(s.spec.ports.some((p: K8sObject) => p.name === sm.spec.endpoints[0].port));
      assert.equal(sm.spec.endpoints[0].path, '/metrics');
      assert.deepEqual(sm.spec.endpoints[0].authorization, {
        type: 'Bearer',
        credentials: { name: 'ragwire-secrets', key: 'metrics-token' },
      });
      const rule = one(r, 'PrometheusRule', 'rw-ragwire');
      const alerts = yaml.load(fs.readFileSync(path.join(CHART_DIR, 'files', 'alerts.yaml'), 'utf8')) as K8sObject;
      assert.deepEqual(rule.spec.groups, alerts.groups);
      assert.ok(rule.spec.groups.length > 0);
    });

    it("the chart's copies of the dashboard and the alert rules equal deploy/observability's", function () {
      const dir = path.join(REPO_ROOT, 'deploy', 'observability');
      if (!fs.existsSync(dir)) this.skip();
      assert.equal(
        fs.readFileSync(path.join(CHART_DIR, 'files', 'dashboard.json'), 'utf8'),
        fs.readFileSync(path.join(dir, 'ragwire-dashboard.json'), 'utf8'),
      );
      assert.equal(
        fs.readFileSync(path.join(CHART_DIR, 'files', 'alerts.yaml'), 'utf8'),
        fs.readFileSync(path.join(dir, 'ragwire-alerts.yml'), 'utf8'),
      );
    });

    it('the backup CronJob runs ragwire backup against Qdrant into the backup claim, keeping N', async () => {
      const r = await rendered('default');
      const job = one(r, 'CronJob', '-backup');
      const c = container(pod(r, 'backup'), 'backup');
      assert.deepEqual(c.command, [
        '/usr/src/node-red/node_modules/.bin/ragwire',
        'backup',
        '--url',
        'http://rw-ragwire-qdrant:6333',
        '--api-key-env',
        'QDRANT_API_KEY',
        '--collections',
        'all',
        '--dest',
        '/backups',
        '--keep',
        '7',
      ]);
      assert.equal(job.spec.concurrencyPolicy, 'Forbid');
      const claim = pod(r, 'backup').spec.volumes.find((v: K8sObject) => v.name === 'backups').persistentVolumeClaim;
      const pvc = one(r, 'PersistentVolumeClaim', '-backup');
      assert.equal(claim.claimName, pvc.metadata.name);
      assert.equal(pvc.metadata.annotations['helm.sh/resource-policy'], 'keep');
    });

    it('in cluster mode the backup covers every peer (a snapshot holds that peer’s shards)', async () => {
      const r = await rendered('values-eks.yaml');
      const urls = pod(r, 'backup').spec.containers.map((c: K8sObject) => c.command[c.command.indexOf('--url') + 1]);
      assert.deepEqual(
        urls,
        [0, 1, 2].map((i) => `http://rw-ragwire-qdrant-${i}.rw-ragwire-qdrant-headless:6333`),
      );
    });
  });

  describe('helm test pods', () => {
    it('check Qdrant, the model server and a Ragwire endpoint, as Ragwire pods the policies let through', async () => {
      const r = await rendered('all on');
      const tests = byKind(r, 'Pod');
      assert.deepEqual(tests.map((p) => p.metadata.name).sort(), [
        'rw-ragwire-test-endpoint',
        'rw-ragwire-test-ollama',
        'rw-ragwire-test-qdrant',
        'rw-ragwire-test-vllm',
      ]);
      for (const t of tests) assert.equal(t.metadata.annotations['helm.sh/hook'], 'test');
      const script = (name: string) => tests.find((t) => t.metadata.name.endsWith(name))!.spec.containers[0].args[0];
      assert.match(script('qdrant'), /http:\/\/rw-ragwire-qdrant:6333\/readyz/);
      assert.match(script('ollama'), /\/api\/version/);
      assert.match(script('endpoint'), /http:\/\/rw-ragwire-runtime:1880\/ragwire\/search/);
      const nps = byKind(r, 'NetworkPolicy');
      const labelsOf = (name: string) => tests.find((t) => t.metadata.name.endsWith(name))!.metadata.labels;
      assert.ok(ingressAllowed(nps, pod(r, 'qdrant').labels, { labels: labelsOf('qdrant') }, 6333));
      assert.ok(egressAllowedToPod(nps, labelsOf('qdrant'), { labels: pod(r, 'qdrant').labels }, 6333));
      assert.ok(ingressAllowed(nps, pod(r, 'ollama').labels, { labels: labelsOf('ollama') }, 11434));
      assert.ok(egressAllowedToPod(nps, labelsOf('endpoint'), { labels: pod(r, 'runtime').labels }, 1880));
    });
  });
});
