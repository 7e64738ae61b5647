{{- define "ecites-lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "ecites-lib.fullname" . }}
  labels:
    {{- include "ecites-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "ecites-lib.selectorLabels" . | nindent 4 }}
  ports:
    - {name: http, port: 8080, targetPort: http, protocol: TCP}
    {{- if include "ecites-lib.tlsSecret" . }}
    - {name: partner-tls, port: {{ .Values.tls.port }}, targetPort: partner-tls, protocol: TCP}
    {{- end }}
{{- end -}}

{{- define "ecites-lib.pdb" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "ecites-lib.fullname" . }}
  labels:
    {{- include "ecites-lib.labels" . | nindent 4 }}
spec:
  maxUnavailable: {{ .Values.pdb.maxUnavailable }}
  selector:
    matchLabels:
      {{- include "ecites-lib.selectorLabels" . | nindent 6 }}
{{- end -}}

{{- define "ecites-lib.hpa" -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "ecites-lib.fullname" . }}
  labels:
    {{- include "ecites-lib.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "ecites-lib.fullname" . }}
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: {{ .Values.autoscaling.targetCPUUtilizationPercentage }}}
{{- end -}}

{{- define "ecites-lib.serviceMonitor" -}}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "ecites-lib.fullname" . }}
  labels:
    {{- include "ecites-lib.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "ecites-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: /q/metrics
      interval: {{ .Values.serviceMonitor.interval }}
      scrapeTimeout: 10s
{{- end -}}
