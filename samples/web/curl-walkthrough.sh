#!/usr/bin/env bash
# Drives the interview4j web service with curl alone: a dev token, an interview answered to the end, its report, and
# a second account refused with 404 on the first account's session.
#
# Start the service first (the dev profile adds POST /api/dev/token):
#   java -jar samples/web/target/interview4j-web.jar --spring.profiles.active=dev [--server.port=8080]
# then run:
#   bash samples/web/curl-walkthrough.sh [base URL, default http://localhost:8080]
# Needs bash, curl and python3 (for reading JSON).
set -euo pipefail

BASE="${1:-${INTERVIEW4J_WEB_URL:-http://localhost:8080}}"
BASE="${BASE%/}"

json() { python3 -c 'import json,sys; v=json.load(sys.stdin)
for k in sys.argv[1].split("."):
    v = None if v is None else v.get(k)
print("" if v is None else (json.dumps(v) if isinstance(v,(dict,list,bool)) else v))' "$1"; }

# POST with a JSON body; prints the body, fails on a status other than 2xx.
post() {
  local path="$1" token="$2" body="$3"
  local auth=()
  [ -n "$token" ] && auth=(-H "Authorization: Bearer $token")
  curl -sS --fail-with-body -X POST "$BASE$path" "${auth[@]}" -H 'Content-Type: application/json' -d "$body"
}

token() {
  post /api/dev/token "" "{\"account\":\"$1\",\"role\":\"candidate\",\"organisation\":\"$2\"}" | json token
}

echo "== tokens from $BASE/api/dev/token"
ANA=$(token ana-curl acme)
BOB=$(token bob-curl acme)
echo "ana and bob each have a token (${#ANA} characters)"

echo "== POST /api/interviews (coaching preset)"
TURN=$(post /api/interviews "$ANA" '{"preset":"coaching","role":"backend engineer","level":"mid"}')
SESSION=$(echo "$TURN" | json sessionId)
echo "session $SESSION, status $(echo "$TURN" | json status)"

ANSWER="I would measure first with the slow query log, add an index on the filtered column, and check the plan; latency fell from 2 s to 200 ms and I added a regression test and an alert."
n=0
while [ "$(echo "$TURN" | json completed)" != "true" ]; do
  QID=$(echo "$TURN" | json question.id)
  LABEL=$(echo "$TURN" | json question.label)
  TEXT=$(echo "$TURN" | json question.text)
  n=$((n + 1))
  echo "-- $LABEL: ${TEXT:0:100}"
  BODY=$(python3 -c 'import json,sys; print(json.dumps({"questionId": sys.argv[1], "answer": sys.argv[2], "timeSeconds": 60}))' "$QID" "$ANSWER")
  TURN=$(curl -sS --fail-with-body -X POST "$BASE/api/interviews/$SESSION/answers" -H "Authorization: Bearer $ANA" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: curl-$SESSION-$n" -d "$BODY")
  echo "   answered; score $(echo "$TURN" | json evaluation.score), status $(echo "$TURN" | json status)"
done
echo "== completed after $n answers"

echo "== GET /api/interviews/$SESSION/report"
REPORT=$(curl -sS --fail-with-body "$BASE/api/interviews/$SESSION/report" -H "Authorization: Bearer $ANA" -H 'Accept: application/json')
echo "$REPORT" | python3 -c 'import json,sys; r=json.load(sys.stdin)
qs = r.get("questions") or []
print("report: %d questions; keys: %s" % (len(qs), ", ".join(sorted(r.keys()))))
for k in ("overall", "status", "preset", "recommendation"):
    if k in r: print("  %s: %s" % (k, r[k]))'

echo "== bob asks for ana's session"
for path in "/api/interviews/$SESSION" "/api/interviews/$SESSION/report"; do
  CODE=$(curl -sS -o /tmp/curl-walkthrough-$$.json -w '%{http_code}' "$BASE$path" -H "Authorization: Bearer $BOB")
  echo "GET $path as bob: HTTP $CODE ($(json type < /tmp/curl-walkthrough-$$.json))"
  rm -f /tmp/curl-walkthrough-$$.json
  [ "$CODE" = 404 ] || { echo "expected 404" >&2; exit 1; }
done
echo "== done: ana completed session $SESSION; bob got 404"
