{{/* Everything one service chart renders: each thin chart's only template includes this. */}}
{{- define "ecites-lib.workload" -}}
{{ include "ecites-lib.serviceAccount" . }}
---
{{ include "ecites-lib.configMap" . }}
---
{{ include "ecites-lib.deployment" . }}
---
{{ include "ecites-lib.service" . }}
{{- if .Values.pdb.create }}
---
{{ include "ecites-lib.pdb" . }}
{{- end }}
{{- if .Values.autoscaling.enabled }}
---
{{ include "ecites-lib.hpa" . }}
{{- end }}
{{- if .Values.global.networkPolicy.enabled }}
---
{{ include "ecites-lib.networkPolicy" . }}
{{- end }}
{{- if .Values.serviceMonitor.enabled }}
---
{{ include "ecites-lib.serviceMonitor" . }}
{{- end }}
{{- end -}}

{{- define "ecites-lib.serviceAccount" -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "ecites-lib.fullname" . }}
  labels:
    {{- include "ecites-lib.labels" . | nindent 4 }}
automountServiceAccountToken: false
{{- end -}}

{{/* Non-secret settings as the service's config/application.properties; secrets come as environment variables. */}}
{{- define "ecites-lib.configMap" -}}
{{- $g := .Values.global -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "ecites-lib.fullname" . }}
  labels:
    {{- include "ecites-lib.labels" . | nindent 4 }}
data:
  application.properties: |
    quarkus.http.port=8080
    ecites.db.url=jdbc:postgresql://{{ $g.postgres.host }}:{{ $g.postgres.port }}/{{ .Values.database.name }}?sslmode={{ $g.postgres.sslMode }}
    ecites.db.user={{ .Values.database.user }}
    ecites.db.owner={{ .Values.database.owner }}
    kafka.bootstrap.servers={{ $g.kafka.bootstrapServers }}
    ecites.kafka.security-protocol={{ $g.kafka.securityProtocol }}
    ecites.kafka.user={{ .Values.kafka.user }}
    {{- if $g.kafka.caSecret }}
    kafka.ssl.truststore.type=PEM
    kafka.ssl.truststore.location=/etc/ecites/kafka-ca/ca.crt
    {{- end }}
    ecites.oidc.url={{ $g.oidc.url }}
    ecites.oidc.audience={{ $g.oidc.audience }}
    ecites.tracing.disabled={{ not $g.tracing.enabled }}
    quarkus.otel.exporter.otlp.endpoint={{ $g.tracing.endpoint }}
    quarkus.otel.resource.attributes=deployment.environment={{ $g.environment }},cloud.region={{ $g.region }}
    {{- if include "ecites-lib.tlsSecret" . }}
    quarkus.http.ssl-port={{ .Values.tls.port }}
    quarkus.tls.key-store.pem.0.cert=/etc/ecites/partner-tls/tls.crt
    quarkus.tls.key-store.pem.0.key=/etc/ecites/partner-tls/tls.key
    quarkus.tls.trust-store.pem.certs=/etc/ecites/partner-tls/ca.crt
    quarkus.tls.partner-client.key-store.pem.0.cert=/etc/ecites/partner-tls/tls.crt
    quarkus.tls.partner-client.key-store.pem.0.key=/etc/ecites/partner-tls/tls.key
    {{- end }}
    {{- range $key, $value := .Values.config }}
    {{ $key }}={{ tpl (toString $value) $ }}
    {{- end }}
{{- end -}}
