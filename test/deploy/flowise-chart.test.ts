import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/store-process.js';
import { CHART_DIR, helm, helmArgs, render, renderError, type K8sObject, type RenderCase } from './helm.js';
import {
  containers,
  egressAllowedToIp,
  egressAllowedToPod,
  envOf,
  ingressAllowed,
  podTemplates,
  policiesFor,
  validateObject,
} from './k8s.js';

const SECRETS = {
  'editor.adminAuth.existingSecret': 'ragwire-admin',
  'nodeRed.credentialSecret.existingSecret': 'ragwire-secrets',
  'nodeRed.endpointToken.existingSecret': 'ragwire-secrets',
  'nodeRed.conversationKey.existingSecret': 'ragwire-secrets',
  'qdrant.apiKey.existingSecret': 'ragwire-secrets',
};
const FLOWISE = {
  'flowise.enabled': true,
  'flowise.adminAuth.email': 'admin@ragwire.example',
  'flowise.adminAuth.existingSecret': 'ragwire-flowise-admin',
};
const AZURE_CIDR = '203.0.113.0/24';
const AZURE = {
  'azureOpenAI.enabled': true,
  'azureOpenAI.endpoint': 'https://example.openai.azure.com',
  'azureOpenAI.deployment': 'gpt-4o',
  'azureOpenAI.apiKey.existingSecret': 'ragwire-secrets',
  'azureOpenAI.egress.cidrs[0]': AZURE_CIDR,
};
const WITH_FLOWISE: RenderCase = { set: { ...SECRETS, ...FLOWISE, ...AZURE } };
const FLOWISE_IMAGE_DIR = path.join(REPO_ROOT, 'deploy', 'docker', 'flowise');

function pod(docs: K8sObject[], component: string) {
  const found = podTemplates(docs).find((p) => p.component === component);
  assert.ok(found, `no pod of component ${component}`);
  return found;
}
const flowiseContainer = (docs: K8sObject[]) => containers(pod(docs, 'flowise').spec)[0];

describe('Helm chart: the Flowise option (flowise.enabled)', function () {
  this.timeout(120_000);

  it('is off by default: no Flowise object', async () => {
    const r = await render({ set: SECRETS });
    assert.ok(!r.docs.some((d) => String(d.metadata.name).includes('flowise')));
  });

  it('lints, and renders a StatefulSet, a Service and a NetworkPolicy, each valid for its kind', async () => {
    const lint = await helm(['lint', CHART_DIR, '--strict', ...helmArgs(WITH_FLOWISE, true)]);
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
    const r = await render(WITH_FLOWISE);
    const named = r.docs.filter((d) => d.metadata.name === 'rw-ragwire-flowise');
    assert.deepEqual(named.map((d) => d.kind).sort(), ['NetworkPolicy', 'Service', 'StatefulSet']);
    for (const doc of named) await validateObject(doc);
    const service = named.find((d) => d.kind === 'Service')!;
    assert.deepEqual(service.spec.ports, [{ name: 'http', port: 3000, targetPort: 'http', protocol: 'TCP' }]);
  });

  it("runs the image's entry point with the first account from a Secret (never from values)", async () => {
    const r = await render(WITH_FLOWISE);
    const c = flowiseContainer(r.docs);
    assert.equal(c.command, undefined, 'the image ENTRYPOINT (start.sh) runs: it creates the account');
    assert.equal(c.image, 'ghcr.io/ragwire/flowise-ragwire:0.1.0');
    assert.equal(envOf(c, 'FLOWISE_ADMIN_EMAIL')?.value, 'admin@ragwire.example');
    assert.deepEqual(envOf(c, 'FLOWISE_ADMIN_PASSWORD')?.valueFrom, {
      secretKeyRef: { name: 'ragwire-flowise-admin', key: 'password' },
    });
    // The names the chart sets are the ones the image's script reads.
    const script = fs.readFileSync(path.join(FLOWISE_IMAGE_DIR, 'create-admin.cjs'), 'utf8');
    for (const name of ['FLOWISE_ADMIN_EMAIL', 'FLOWISE_ADMIN_PASSWORD'])
      assert.ok(script.includes(`process.env.${name}`));
    const start = fs.readFileSync(path.join(FLOWISE_IMAGE_DIR, 'start.sh'), 'utf8');
    assert.match(start, /FLOWISE_ADMIN_EMAIL/);
    // Its data where the image keeps it, on the claim; the root filesystem read-only.
    assert.ok(c.volumeMounts.some((m: K8sObject) => m.name === 'data' && m.mountPath === '/data'));
    const dockerfile = fs.readFileSync(path.join(FLOWISE_IMAGE_DIR, 'Dockerfile'), 'utf8');
    for (const setting of ['DATABASE_PATH=/data', 'SECRETKEY_PATH=/data', 'HOME=/data'])
      assert.ok(dockerfile.includes(setting), setting);
    assert.equal(c.securityContext.readOnlyRootFilesystem, true);
    assert.equal(c.readinessProbe.httpGet.path, '/api/v1/ping');
  });

  it('refuses to render without the account email or its Secret, naming the value', async () => {
    const noEmail = await renderError({ set: { ...SECRETS, ...FLOWISE, 'flowise.adminAuth.email': '' } });
    assert.match(noEmail, /flowise\.adminAuth\.email: /);
    const noSecret = await renderError({ set: { ...SECRETS, ...FLOWISE, 'flowise.adminAuth.existingSecret': '' } });
    assert.match(noSecret, /flowise\.adminAuth\.existingSecret: .*Secret you create/);
    const schema = await renderError({ set: { ...SECRETS, ...FLOWISE, 'flowise.adminAuth.email': 'not an email' } });
    assert.match(schema, /flowise\.adminAuth\.email|adminAuth/);
    const unknown = await renderError({ set: { ...SECRETS, ...FLOWISE, 'flowise.username': 'admin' } });
    assert.match(unknown, /username/);
  });

  it('gets the same Qdrant, model and Azure settings as the Node-RED editor', async () => {
    const r = await render(WITH_FLOWISE);
    const flowise = flowiseContainer(r.docs);
    const editor = containers(pod(r.docs, 'editor').spec)[0];
    const names = [
      'QDRANT_URL',
      'QDRANT_API_KEY',
      'OLLAMA_HOST',
      'RAGWIRE_OLLAMA_MODEL',
      'AZURE_OPENAI_ENDPOINT',
      'AZURE_OPENAI_DEPLOYMENT',
      'AZURE_OPENAI_API_KEY',
    ];
    for (const name of names) {
      assert.ok(envOf(flowise, name), `Flowise has ${name}`);
      assert.deepEqual(envOf(flowise, name), envOf(editor, name), name);
    }
    // Flowise's own private-address check would refuse the chart's servers: off, with a deny list instead.
    assert.equal(envOf(flowise, 'HTTP_SECURITY_CHECK')?.value, 'false');
    assert.equal(envOf(flowise, 'HTTP_DENY_LIST')?.value, '169.254.169.254,fd00:ec2::254');
    const vllm = await render({ set: { ...SECRETS, ...FLOWISE, 'vllm.enabled': true, 'ollama.enabled': false } });
    assert.equal(envOf(flowiseContainer(vllm.docs), 'OPENAI_BASE_URL')?.value, 'http://rw-ragwire-vllm:8000/v1');
    assert.equal(envOf(flowiseContainer(vllm.docs), 'OLLAMA_HOST'), undefined);
  });

  it('cloudRoute off: no Azure settings and no way out to Azure', async () => {
    const r = await render({ set: { ...SECRETS, ...FLOWISE, ...AZURE, 'flowise.cloudRoute': false } });
    const p = pod(r.docs, 'flowise');
    assert.equal(envOf(containers(p.spec)[0], 'AZURE_OPENAI_API_KEY'), undefined);
    assert.equal(p.labels['ragwire.io/cloud-route'], undefined);
    const nps = r.docs.filter((d) => d.kind === 'NetworkPolicy');
    assert.ok(!egressAllowedToIp(nps, p.labels, '203.0.113.10', 443));
  });

  it('NetworkPolicies: Flowise reaches DNS, Qdrant, the model servers and (cloud route) Azure only; Qdrant and Ollama accept it', async () => {
    const r = await render({
      set: {
        ...SECRETS,
        ...FLOWISE,
        ...AZURE,
        'networkPolicy.flowiseIngressFrom[0].namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name':
          'ingress-nginx',
      },
    });
    const nps = r.docs.filter((d) => d.kind === 'NetworkPolicy');
    const flowise = pod(r.docs, 'flowise').labels;
    assert.ok(policiesFor(nps, flowise, 'Ingress').length > 0 && policiesFor(nps, flowise, 'Egress').length > 0);
    const dns = {
      labels: { 'k8s-app': 'kube-dns' },
      namespaceLabels: { 'kubernetes.io/metadata.name': 'kube-system' },
    };
    assert.ok(egressAllowedToPod(nps, flowise, dns, 53), 'DNS');
    assert.ok(egressAllowedToPod(nps, flowise, { labels: pod(r.docs, 'qdrant').labels }, 6333), 'Qdrant');
    assert.ok(egressAllowedToPod(nps, flowise, { labels: pod(r.docs, 'ollama').labels }, 11434), 'Ollama');
    assert.ok(!egressAllowedToPod(nps, flowise, { labels: { app: 'other' } }, 5432), 'nothing else in the cluster');
    assert.ok(egressAllowedToIp(nps, flowise, '203.0.113.10', 443), 'Azure (cloud route)');
    assert.ok(!egressAllowedToIp(nps, flowise, '93.184.216.34', 443), 'nowhere else outside');
    assert.ok(!egressAllowedToIp(nps, flowise, '169.254.169.254', 80), 'not the metadata endpoint');
    assert.ok(ingressAllowed(nps, pod(r.docs, 'qdrant').labels, { labels: flowise }, 6333), 'Qdrant accepts Flowise');
    assert.ok(ingressAllowed(nps, pod(r.docs, 'ollama').labels, { labels: flowise }, 11434), 'Ollama too');
    const controller = { labels: {}, namespaceLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } };
    assert.ok(ingressAllowed(nps, flowise, controller, 3000), 'the listed ingress controller');
    assert.ok(!ingressAllowed(nps, flowise, { labels: { app: 'other' } }, 3000), 'not other pods');
  });

  it('ingress.flowiseHost publishes Flowise on its own host', async () => {
    const r = await render({
      set: { ...SECRETS, ...FLOWISE, 'ingress.enabled': true, 'ingress.flowiseHost': 'flowise.ragwire.example' },
    });
    const ingress = r.docs.find((d) => d.kind === 'Ingress')!;
    await validateObject(ingress);
    const rule = ingress.spec.rules.find((x: K8sObject) => x.host === 'flowise.ragwire.example');
    assert.deepEqual(rule.http.paths[0].backend.service, { name: 'rw-ragwire-flowise', port: { name: 'http' } });
  });

  it('an encryption key given as a value goes through the chart Secret, never in plain text', async () => {
    const key = 'fl-5ecret-ZX81-encryption-key';
    const r = await render({ set: { ...SECRETS, ...FLOWISE, 'flowise.encryptionKey.value': key } });
    assert.ok(!r.text.includes(key));
    const secret = r.docs.find((d) => d.kind === 'Secret' && d.metadata.name === 'rw-ragwire')!;
    assert.equal(Buffer.from(secret.data['flowise-encryption-key'], 'base64').toString(), key);
    assert.deepEqual(envOf(flowiseContainer(r.docs), 'FLOWISE_SECRETKEY_OVERWRITE')?.valueFrom, {
      secretKeyRef: { name: 'rw-ragwire', key: 'flowise-encryption-key' },
    });
    const none = await render({ set: { ...SECRETS, ...FLOWISE } });
    assert.equal(envOf(flowiseContainer(none.docs), 'FLOWISE_SECRETKEY_OVERWRITE'), undefined, 'optional');
  });
});
