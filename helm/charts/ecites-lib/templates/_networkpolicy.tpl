{{- define "ecites-lib.namespaceSelector" -}}
- namespaceSelector:
    matchLabels:
      kubernetes.io/metadata.name: {{ . }}
{{- end -}}

{{/*
The flows one service needs, on top of the namespace's default deny: in from the gateway and Prometheus;
out to DNS, PostgreSQL, Kafka, Keycloak, the trace collector and, for the exchange, the partner systems.
*/}}
{{- define "ecites-lib.networkPolicy" -}}
{{- $np := .Values.global.networkPolicy -}}
{{- $g := .Values.global -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "ecites-lib.fullname" . }}
  labels:
    {{- include "ecites-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "ecites-lib.selectorLabels" . | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
        {{- include "ecites-lib.namespaceSelector" $np.gatewayNamespace | nindent 8 }}
        - podSelector:
            matchLabels:
              app.kubernetes.io/instance: {{ .Release.Name }}
              ecites.org/client: "true"
      ports:
        - {port: http, protocol: TCP}
        {{- if include "ecites-lib.tlsSecret" . }}
        - {port: partner-tls, protocol: TCP}
        {{- end }}
    - from:
        {{- include "ecites-lib.namespaceSelector" $np.prometheusNamespace | nindent 8 }}
      ports:
        - {port: http, protocol: TCP}
  egress:
    - to:
        - namespaceSelector: {}
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:
        - {port: 53, protocol: UDP}
        - {port: 53, protocol: TCP}
    - to:
        {{- include "ecites-lib.namespaceSelector" $np.postgresNamespace | nindent 8 }}
      ports:
        - {port: {{ $g.postgres.port }}, protocol: TCP}
    - to:
        {{- include "ecites-lib.namespaceSelector" $np.kafkaNamespace | nindent 8 }}
      ports:
        - {port: {{ $np.kafkaPort }}, protocol: TCP}
    - to:
        {{- include "ecites-lib.namespaceSelector" $np.keycloakNamespace | nindent 8 }}
      ports:
        - {port: {{ $np.keycloakPort }}, protocol: TCP}
    {{- if $g.tracing.enabled }}
    - to:
        {{- include "ecites-lib.namespaceSelector" $np.collectorNamespace | nindent 8 }}
      ports:
        - {port: 4317, protocol: TCP}
    {{- end }}
    {{- with .Values.partnerEgress }}
    {{- if .enabled }}
    - to:
        {{- range .cidrs }}
        - ipBlock: {cidr: {{ . }}}
        {{- end }}
      ports:
        - {port: 443, protocol: TCP}
    {{- end }}
    {{- end }}
{{- end -}}
