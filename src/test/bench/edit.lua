-- wrk script: POSTs one valid edit body with pre-signed headers, over and over.
--
-- Usage: wrk -t1 -c16 -d20s --latency -s edit.lua http://127.0.0.1:PORT -- APP_ID TIMESTAMP SIGN BODY_FILE
--
-- The sign covers appId + timestamp only (not the body, URL or method), so one sign stays valid
-- for every request while the timestamp is inside the server's window; the request is built once.

local path = "/speech/openapi/v1/task/outbound/edit"
local req

function init(args)
  local app_id, timestamp, sign, body_file = args[1], args[2], args[3], args[4]
  if not body_file then
    error("usage: -s edit.lua URL -- APP_ID TIMESTAMP SIGN BODY_FILE")
  end
  local f = assert(io.open(body_file, "rb"))
  local body = f:read("*a")
  f:close()
  req = wrk.format("POST", path, {
    ["Content-Type"] = "application/json",
    ["appId"] = app_id,
    ["timestamp"] = timestamp,
    ["sign"] = sign,
  }, body)
end

function request()
  return req
end

-- One machine-readable line besides wrk's own report.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
