#!/usr/bin/env bash
# Signs a short-lived RS256 access token with the run command's development key, for calling the
# API before sign-in exists. Development only: the key is .flightclaim/keys/jwt-private.pem, made by
# the first `mvn -Prun verify`.
#   scripts/dev-token.sh admin                 # groups: admin
#   scripts/dev-token.sh customer ada@example.com
#   curl -H "Authorization: Bearer $(scripts/dev-token.sh admin)" localhost:8080/api/v1/me
set -euo pipefail
groups=${1:-admin}
upn=${2:-dev@flightclaim.local}
key=${FC_DEV_KEY:-$(dirname "$0")/../.flightclaim/keys/jwt-private.pem}
issuer=${FC_JWT_ISSUER:-https://flightclaim.local}
[ -f "$key" ] || { echo "no key at $key: run 'mvn -Prun verify' once first" >&2; exit 1; }
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
group_json=$(printf '"%s",' ${groups//,/ }); group_json="[${group_json%,}]"
# kid = the key's RFC 7638 thumbprint, as the server publishes it in /api/v1/auth/jwks
modulus=$(openssl rsa -in "$key" -noout -modulus 2>/dev/null | cut -d= -f2 | xxd -r -p | b64)
kid=$(printf '{"e":"AQAB","kty":"RSA","n":"%s"}' "$modulus" | openssl dgst -sha256 -binary | b64)
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "$kid" | b64)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":%s,"iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$upn" "$upn" "$group_json" "$now" $((now + 900)) "$(openssl rand -hex 16)" | b64)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" | b64)
echo "$header.$payload.$signature"
