{{/* Names */}}
{{- define "ragwire.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "ragwire.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* A component's object name: (dict "root" $ "component" "qdrant") */}}
{{- define "ragwire.componentName" -}}
{{- printf "%s-%s" (include "ragwire.fullname" .root | trunc 50 | trimSuffix "-") .component -}}
{{- end -}}

{{- define "ragwire.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Kubernetes recommended labels: (dict "root" $ "component" "editor") */}}
{{- define "ragwire.labels" -}}
helm.sh/chart: {{ include "ragwire.chart" .root }}
{{ include "ragwire.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: ragwire
{{- with .root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "ragwire.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ragwire.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- if .component }}
app.kubernetes.io/component: {{ .component }}
{{- end }}
{{- end -}}

{{/*
Labels that NetworkPolicies admit by: a pod carrying them may reach Qdrant, the model servers, the cloud route.
(dict "root" $ "qdrant" true "models" true "cloud" false)
*/}}
{{- define "ragwire.clientLabels" -}}
{{- if .qdrant }}
ragwire.io/qdrant-client: "true"
{{- end }}
{{- if .models }}
ragwire.io/model-client: "true"
{{- end }}
{{- if .cloud }}
ragwire.io/cloud-route: "true"
{{- end }}
{{- end -}}

{{- define "ragwire.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "ragwire.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "ragwire.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* The Secret the chart creates from secret values given in values (only when there is one). */}}
{{- define "ragwire.secretName" -}}
{{- include "ragwire.fullname" . -}}
{{- end -}}

{{/*
Secret values given in values, by key of the chart's Secret: only those without an existingSecret.
*/}}
{{- define "ragwire.secretValues" -}}
{{- $v := .Values -}}
{{- $out := dict -}}
{{- $refs := list $v.nodeRed.credentialSecret $v.nodeRed.endpointToken $v.nodeRed.metricsToken $v.nodeRed.conversationKey -}}
{{- if $v.qdrant.enabled }}{{- $refs = append $refs $v.qdrant.apiKey -}}{{- end -}}
{{- if $v.azureOpenAI.enabled }}{{- $refs = append $refs $v.azureOpenAI.apiKey -}}{{- end -}}
{{- if $v.vllm.enabled }}{{- $refs = append $refs $v.vllm.hfToken -}}{{- end -}}
{{- if $v.flowise.enabled }}{{- $refs = append $refs $v.flowise.encryptionKey -}}{{- end -}}
{{- range $refs -}}
{{- if and .value (not .existingSecret) -}}
{{- $_ := set $out .key .value -}}
{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/*
Whether a secret reference is set: (dict "root" $ "ref" .Values.x.y).
*/}}
{{- define "ragwire.secretSet" -}}
{{- if or .ref.existingSecret .ref.value -}}true{{- end -}}
{{- end -}}

{{/*
valueFrom of a secret reference {existingSecret, key, value}; fails naming the value when neither is set.
(dict "root" $ "ref" .Values.qdrant.apiKey "path" "qdrant.apiKey" "hint" "the Qdrant API key")
*/}}
{{- define "ragwire.secretKeyRef" -}}
{{- if .ref.existingSecret -}}
secretKeyRef:
  name: {{ .ref.existingSecret }}
  key: {{ .ref.key }}
{{- else if .ref.value -}}
secretKeyRef:
  name: {{ include "ragwire.secretName" .root }}
  key: {{ .ref.key }}
{{- else -}}
{{- fail (printf "%s: %s is required: name a Secret you created in %s.existingSecret (key %s.key, default %q), or give it in %s.value for a test install" .path .hint .path .path .ref.key .path) -}}
{{- end -}}
{{- end -}}

{{/* Pod security context shared by every pod: (dict "uid" 1000 "fsGroup" 1000) */}}
{{- define "ragwire.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .uid }}
fsGroup: {{ .fsGroup }}
fsGroupChangePolicy: OnRootMismatch
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Container security context: (dict "readOnly" true) */}}
{{- define "ragwire.containerSecurityContext" -}}
allowPrivilegeEscalation: false
privileged: false
readOnlyRootFilesystem: {{ .readOnly }}
runAsNonRoot: true
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "ragwire.qdrantUrl" -}}
{{- printf "http://%s:6333" (include "ragwire.componentName" (dict "root" . "component" "qdrant")) -}}
{{- end -}}

{{- define "ragwire.ollamaUrl" -}}
{{- printf "http://%s:11434" (include "ragwire.componentName" (dict "root" . "component" "ollama")) -}}
{{- end -}}

{{- define "ragwire.vllmUrl" -}}
{{- printf "http://%s:8000/v1" (include "ragwire.componentName" (dict "root" . "component" "vllm")) -}}
{{- end -}}

{{/*
Environment of the editor and the runtime replicas, as the image's settings.js (files/settings.js) reads it:
(dict "root" $ "role" "editor" "cloud" true)
*/}}
{{- define "ragwire.nodeRedEnv" -}}
{{- $v := .root.Values -}}
{{- if eq .role "runtime" }}
- name: RAGWIRE_RUNTIME_ONLY
  value: "true"
{{- end }}
- name: PORT
  value: {{ $v.nodeRed.port | quote }}
- name: RAGWIRE_LOG_FORMAT
  value: {{ $v.nodeRed.logFormat }}
- name: RAGWIRE_LOG_LEVEL
  value: {{ $v.nodeRed.logLevel }}
- name: RAGWIRE_ENDPOINTS_FILE
  value: /config/endpoints.json
- name: RAGWIRE_CREDENTIAL_SECRET
  valueFrom:
    {{- include "ragwire.secretKeyRef" (dict "root" .root "ref" $v.nodeRed.credentialSecret "path" "nodeRed.credentialSecret" "hint" "the key that encrypts the flows' credentials") | nindent 4 }}
{{- if not $v.nodeRed.insecureOpenEndpoints }}
- name: RAGWIRE_HTTP_TOKEN
  valueFrom:
    {{- include "ragwire.secretKeyRef" (dict "root" .root "ref" $v.nodeRed.endpointToken "path" "nodeRed.endpointToken" "hint" "the bearer token of the flow endpoints (or set nodeRed.insecureOpenEndpoints)") | nindent 4 }}
{{- end }}
{{- if include "ragwire.secretSet" (dict "ref" $v.nodeRed.metricsToken) }}
- name: RAGWIRE_METRICS_TOKEN
  valueFrom:
    {{- include "ragwire.secretKeyRef" (dict "root" .root "ref" $v.nodeRed.metricsToken "path" "nodeRed.metricsToken" "hint" "the metrics token") | nindent 4 }}
{{- end }}
{{- if or $v.runtime.enabled (include "ragwire.secretSet" (dict "ref" $v.nodeRed.conversationKey)) }}
- name: RAGWIRE_CONVERSATION_KEY
  valueFrom:
    {{- include "ragwire.secretKeyRef" (dict "root" .root "ref" $v.nodeRed.conversationKey "path" "nodeRed.conversationKey" "hint" "the key of the shared conversation store (runtime replicas share pseudonymization state through it)") | nindent 4 }}
{{- end }}
{{- include "ragwire.backendEnv" (dict "root" .root "cloud" .cloud) }}
{{- with $v.nodeRed.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
Where the Ragwire pods find Qdrant, the model servers and (for cloud-route pods) Azure OpenAI; shared by
the Node-RED editor, the runtime replicas and Flowise: (dict "root" $ "cloud" true)
*/}}
{{- define "ragwire.backendEnv" -}}
{{- $v := .root.Values -}}
{{- if $v.qdrant.enabled }}
- name: QDRANT_URL
  value: {{ include "ragwire.qdrantUrl" .root }}
- name: QDRANT_API_KEY
  valueFrom:
    {{- include "ragwire.secretKeyRef" (dict "root" .root "ref" $v.qdrant.apiKey "path" "qdrant.apiKey" "hint" "the Qdrant API key") | nindent 4 }}
{{- end }}
{{- if $v.ollama.enabled }}
- name: OLLAMA_HOST
  value: {{ include "ragwire.ollamaUrl" .root }}
{{- $model := $v.nodeRed.ollamaModel | default (first $v.ollama.models) }}
{{- if $model }}
- name: RAGWIRE_OLLAMA_MODEL
  value: {{ $model | quote }}
{{- end }}
{{- end }}
{{- if $v.vllm.enabled }}
- name: OPENAI_BASE_URL
  value: {{ include "ragwire.vllmUrl" .root }}
{{- end }}
{{- if and $v.azureOpenAI.enabled .cloud }}
- name: AZURE_OPENAI_ENDPOINT
  value: {{ required "azureOpenAI.endpoint: the Azure OpenAI endpoint (https://<resource>.openai.azure.com) is required when azureOpenAI.enabled" $v.azureOpenAI.endpoint | quote }}
- name: AZURE_OPENAI_DEPLOYMENT
  value: {{ required "azureOpenAI.deployment: the Azure OpenAI deployment name is required when azureOpenAI.enabled" $v.azureOpenAI.deployment | quote }}
{{- with $v.azureOpenAI.apiVersion }}
- name: OPENAI_API_VERSION
  value: {{ . | quote }}
{{- end }}
- name: AZURE_OPENAI_API_KEY
  valueFrom:
    {{- include "ragwire.secretKeyRef" (dict "root" .root "ref" $v.azureOpenAI.apiKey "path" "azureOpenAI.apiKey" "hint" "the Azure OpenAI key") | nindent 4 }}
{{- end }}
{{- end -}}

{{/* Scheduling of a GPU model server: (dict "root" $ "server" .Values.ollama) */}}
{{- define "ragwire.gpuScheduling" -}}
{{- $g := .root.Values.gpuScheduling -}}
{{- $nodeSelector := dict -}}
{{- $tolerations := list -}}
{{- if .server.gpu.enabled -}}
{{- if eq $g.preset "aks" -}}
{{- $_ := set $nodeSelector "kubernetes.azure.com/accelerator" "nvidia" -}}
{{- $tolerations = append $tolerations (dict "key" "sku" "operator" "Equal" "value" "gpu" "effect" "NoSchedule") -}}
{{- else if eq $g.preset "eks" -}}
{{- $tolerations = append $tolerations (dict "key" "nvidia.com/gpu" "operator" "Exists" "effect" "NoSchedule") -}}
{{- end -}}
{{- $nodeSelector = merge (deepCopy $g.nodeSelector) $nodeSelector -}}
{{- $tolerations = concat $tolerations $g.tolerations -}}
{{- end -}}
{{- $nodeSelector = merge (deepCopy .server.nodeSelector) $nodeSelector -}}
{{- $tolerations = concat $tolerations .server.tolerations -}}
{{- with .server.runtimeClassName }}
runtimeClassName: {{ . }}
{{- end }}
{{- with $nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .server.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* GPU resources of a model server: (dict "server" .Values.ollama) */}}
{{- define "ragwire.gpuResources" -}}
{{- $r := deepCopy .server.resources -}}
{{- if .server.gpu.enabled -}}
{{- $name := ternary "amd.com/gpu" "nvidia.com/gpu" (eq .server.gpu.type "amd") -}}
{{- $limits := default dict $r.limits -}}
{{- $_ := set $limits $name (.server.gpu.count | int) -}}
{{- $_ := set $r "limits" $limits -}}
{{- end -}}
{{- toYaml $r -}}
{{- end -}}

{{/* Scheduling fields of a component: (dict "c" .Values.editor) */}}
{{- define "ragwire.scheduling" -}}
{{- with .c.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .c.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .c.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* An egress allow-list ([{cidr, except, ports}]) as NetworkPolicy egress rules. */}}
{{- define "ragwire.egressAllowList" -}}
{{- range . }}
- to:
    - ipBlock:
        cidr: {{ .cidr }}
        {{- with .except }}
        except:
          {{- toYaml . | nindent 10 }}
        {{- end }}
  ports:
    {{- range (.ports | default (list 443)) }}
    - protocol: TCP
      port: {{ . }}
    {{- end }}
{{- end }}
{{- end -}}

{{/* Egress to DNS. */}}
{{- define "ragwire.dnsEgress" -}}
- to:
    - namespaceSelector:
        matchLabels:
          {{- toYaml .Values.networkPolicy.dns.namespaceSelector | nindent 10 }}
      podSelector:
        matchLabels:
          {{- toYaml .Values.networkPolicy.dns.podSelector | nindent 10 }}
  ports:
    - protocol: UDP
      port: 53
    - protocol: TCP
      port: 53
{{- end -}}

{{/* Egress from Ragwire pods to the chart's Qdrant and model servers. */}}
{{- define "ragwire.internalEgress" -}}
{{- if .Values.qdrant.enabled }}
- to:
    - podSelector:
        matchLabels:
          {{- include "ragwire.selectorLabels" (dict "root" . "component" "qdrant") | nindent 10 }}
  ports:
    - protocol: TCP
      port: 6333
    - protocol: TCP
      port: 6334
{{- end }}
{{- if .Values.ollama.enabled }}
- to:
    - podSelector:
        matchLabels:
          {{- include "ragwire.selectorLabels" (dict "root" . "component" "ollama") | nindent 10 }}
  ports:
    - protocol: TCP
      port: 11434
{{- end }}
{{- if .Values.vllm.enabled }}
- to:
    - podSelector:
        matchLabels:
          {{- include "ragwire.selectorLabels" (dict "root" . "component" "vllm") | nindent 10 }}
  ports:
    - protocol: TCP
      port: 8000
{{- end }}
{{- end -}}

{{/* How the editor and runtime replicas start: the image's entry point, with the chart's settings.js. */}}
{{- define "ragwire.nodeRedCommand" -}}
workingDir: {{ .Values.nodeRed.appDir }}
command: ["node", "node_modules/node-red/red.js", "--userDir", "/data", "--settings", {{ printf "%s/settings.js" .Values.nodeRed.appDir | quote }}]
{{- end -}}

{{/*
The chart's settings.js replaces the image's (same file, same folder: it resolves Ragwire from beside itself);
the endpoint rules are /config/endpoints.json.
*/}}
{{- define "ragwire.nodeRedConfigMounts" -}}
- name: config
  mountPath: {{ printf "%s/settings.js" .Values.nodeRed.appDir }}
  subPath: settings.js
  readOnly: true
- name: config
  mountPath: /config/endpoints.json
  subPath: endpoints.json
  readOnly: true
{{- end -}}
