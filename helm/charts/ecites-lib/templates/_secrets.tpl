{{/*
The Secret a credential is read from: existingSecret when set, else "<fullname>-<suffix>", which the operators
(CloudNativePG, Strimzi) or the platform's secret store create. The charts never render a secret's value.
*/}}
{{- define "ecites-lib.secretName" -}}
{{- $ctx := index . 0 -}}{{- $existing := index . 1 -}}{{- $suffix := index . 2 -}}
{{- if $existing -}}{{- $existing -}}{{- else -}}{{- printf "%s-%s" (include "ecites-lib.fullname" $ctx) $suffix -}}{{- end -}}
{{- end -}}

{{/* An environment variable read from a key of a Secret. */}}
{{- define "ecites-lib.secretEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ index . 1 }}
      key: {{ index . 2 }}
{{- end -}}

{{/* The Secret (tls.crt, tls.key, ca.crt) of the mutual-TLS partner port, or nothing when the service has none. */}}
{{- define "ecites-lib.tlsSecret" -}}
{{- tpl .Values.tls.existingSecret . -}}
{{- end -}}
