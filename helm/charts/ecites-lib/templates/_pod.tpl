{{/* Meets the "restricted" Pod Security Standard: non-root, no privilege escalation, no capability, RuntimeDefault seccomp. */}}
{{- define "ecites-lib.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 185
runAsGroup: 185
fsGroup: 185
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "ecites-lib.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: 185
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Quarkus health groups: started gates the others, ready takes traffic, live restarts. */}}
{{- define "ecites-lib.probes" -}}
startupProbe:
  httpGet: {path: /q/health/started, port: http}
  periodSeconds: 2
  failureThreshold: 60
readinessProbe:
  httpGet: {path: /q/health/ready, port: http}
  periodSeconds: 5
  failureThreshold: 3
livenessProbe:
  httpGet: {path: /q/health/live, port: http}
  periodSeconds: 10
  failureThreshold: 3
{{- end -}}

{{/* Replicas spread over zones and nodes, selected by the immutable selector labels. */}}
{{- define "ecites-lib.topologySpread" -}}
{{- range list "topology.kubernetes.io/zone" "kubernetes.io/hostname" }}
- maxSkew: 1
  topologyKey: {{ . }}
  whenUnsatisfiable: ScheduleAnyway
  labelSelector:
    matchLabels:
      {{- include "ecites-lib.selectorLabels" $ | nindent 6 }}
{{- end }}
{{- end -}}
