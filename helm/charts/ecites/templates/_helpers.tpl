{{/* The Service name of one of the suite's services, as its own chart names it. */}}
{{- define "ecites.serviceName" -}}
{{- $root := index . 0 -}}{{- $service := index . 1 -}}
{{- include "ecites-lib.fullname" (dict "Chart" (dict "Name" $service) "Release" $root.Release "Values" (index $root.Values $service)) -}}
{{- end -}}

{{/* The services this release deploys. */}}
{{- define "ecites.enabledServices" -}}
{{- range $service := list "permit-registry" "signing" "exchange" "customs-endorsement" "annual-report" -}}
{{- if (index $.Values $service).enabled }}{{ $service }} {{ end -}}
{{- end -}}
{{- end -}}

{{/*
Which paths of each service partner systems and officers reach through the gateway (bearer token), and which
anyone may call (public verification). Operations endpoints (/api/v1/operations) stay inside the cluster.
*/}}
{{- define "ecites.apiRoutes" -}}
permit-registry: [/api/v1/permits, /api/v1/applications, /api/v1/reference, /api/v1/parties, /api/v1/users]
signing: [/api/v1/signed-permits, /api/v1/keys]
exchange: [/api/v1/inbox, /api/v1/deliveries, /api/v1/partners]
customs-endorsement: [/api/v1/endorsements, /api/v1/clearances, /api/v1/consignments, /api/v1/endorsable-permits, /api/v1/misdirected-arrivals]
annual-report: [/api/v1/reports, /api/v1/tabulations]
{{- end -}}

{{- define "ecites.publicRoutes" -}}
[/api/v1/verifications, /api/v1/trust-list]
{{- end -}}

{{/* A refused request says when to come back (429 with Retry-After), as the services' own limiter does. */}}
{{- define "ecites.retryAfter" -}}
responseOverride:
  - match:
      statusCodes: [{type: Value, value: 429}]
    response:
      statusCode: 429
      contentType: application/problem+json
      body:
        type: Inline
        inline: '{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"this client''s quota for the route is used up"}'
      header:
        add:
          - {name: Retry-After, value: "{{ .Values.gateway.rateLimits.retryAfterSeconds }}"}
{{- end -}}

{{/*
A service's database, roles and password Secrets as its own chart names them. The parent chart sees only the
overrides given here, so it applies the service charts' defaults itself; a test compares both renders.
*/}}
{{- define "ecites.database" -}}
{{- $root := index . 0 -}}{{- $service := index . 1 -}}
{{- $values := index $root.Values $service -}}
{{- $name := dig "database" "name" ($service | replace "-" "_") $values -}}
{{- $fullname := include "ecites.serviceName" (list $root $service) -}}
name: {{ $name }}
user: {{ dig "database" "user" (printf "%s_app" $name) $values }}
owner: {{ dig "database" "owner" (printf "%s_owner" $name) $values }}
userSecret: {{ dig "database" "existingSecret" "" $values | default (printf "%s-db" $fullname) }}
ownerSecret: {{ dig "database" "ownerExistingSecret" "" $values | default (printf "%s-db-owner" $fullname) }}
{{- end -}}
