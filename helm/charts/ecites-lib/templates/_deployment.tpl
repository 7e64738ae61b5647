{{- define "ecites-lib.deployment" -}}
{{- $fullname := include "ecites-lib.fullname" . -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "ecites-lib.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
  selector:
    matchLabels:
      {{- include "ecites-lib.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "ecites-lib.labels" . | nindent 8 }}
      annotations:
        checksum/config: {{ include "ecites-lib.configMap" . | sha256sum }}
        {{- with .Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ $fullname }}
      automountServiceAccountToken: false
      securityContext:
        {{- include "ecites-lib.podSecurityContext" . | nindent 8 }}
      topologySpreadConstraints:
        {{- include "ecites-lib.topologySpread" . | nindent 8 }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      terminationGracePeriodSeconds: 30
      containers:
        - name: {{ include "ecites-lib.name" . }}
          image: {{ include "ecites-lib.image" . }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - {name: http, containerPort: 8080, protocol: TCP}
            {{- if include "ecites-lib.tlsSecret" . }}
            - {name: partner-tls, containerPort: {{ .Values.tls.port }}, protocol: TCP}
            {{- end }}
          env:
            - name: JAVA_TOOL_OPTIONS
              value: {{ .Values.javaToolOptions | quote }}
            {{- include "ecites-lib.secretEnv" (list "ECITES_DB_PASSWORD" (include "ecites-lib.secretName" (list . .Values.database.existingSecret "db")) .Values.database.passwordKey) | nindent 12 }}
            {{- include "ecites-lib.secretEnv" (list "ECITES_DB_OWNER_PASSWORD" (include "ecites-lib.secretName" (list . .Values.database.ownerExistingSecret "db-owner")) .Values.database.passwordKey) | nindent 12 }}
            {{- include "ecites-lib.secretEnv" (list "ECITES_KAFKA_PASSWORD" (.Values.kafka.existingSecret | default .Values.kafka.user) .Values.kafka.passwordKey) | nindent 12 }}
            {{- range $name, $ref := .Values.secretEnv }}
            {{- include "ecites-lib.secretEnv" (list $name (tpl $ref.secretName $) $ref.key) | nindent 12 }}
            {{- end }}
          {{- include "ecites-lib.probes" . | nindent 10 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            {{- include "ecites-lib.containerSecurityContext" . | nindent 12 }}
          volumeMounts:
            - {name: tmp, mountPath: /tmp}
            - {name: config, mountPath: /deployments/config, readOnly: true}
            {{- if .Values.global.kafka.caSecret }}
            - {name: kafka-ca, mountPath: /etc/ecites/kafka-ca, readOnly: true}
            {{- end }}
            {{- if include "ecites-lib.tlsSecret" . }}
            - {name: partner-tls, mountPath: /etc/ecites/partner-tls, readOnly: true}
            {{- end }}
      volumes:
        - name: tmp
          emptyDir: {sizeLimit: {{ .Values.tmpSizeLimit }}}
        - name: config
          configMap: {name: {{ $fullname }}}
        {{- if .Values.global.kafka.caSecret }}
        - name: kafka-ca
          secret: {secretName: {{ .Values.global.kafka.caSecret }}, items: [{key: ca.crt, path: ca.crt}]}
        {{- end }}
        {{- if include "ecites-lib.tlsSecret" . }}
        - name: partner-tls
          secret: {secretName: {{ include "ecites-lib.tlsSecret" . }}}
        {{- end }}
{{- end -}}
