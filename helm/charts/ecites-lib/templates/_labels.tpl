{{/* The four recommended labels plus part-of and component, on every object. */}}
{{- define "ecites-lib.labels" -}}
{{ include "ecites-lib.selectorLabels" . }}
helm.sh/chart: {{ include "ecites-lib.chart" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: ecites
app.kubernetes.io/component: {{ include "ecites-lib.name" . }}
{{- end -}}

{{/* Selectors are immutable: name and instance only, never a version. */}}
{{- define "ecites-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ecites-lib.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Labels of the suite's objects that belong to no one service (gateway, alerts, dashboards). */}}
{{- define "ecites-lib.suiteLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ include "ecites-lib.chart" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: ecites
{{- end -}}
