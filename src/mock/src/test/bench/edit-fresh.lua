-- wrk script: POSTs the valid edit body with a fresh timestamp and sign on every request,
-- taken in turn from a file of pre-signed pairs made before the run (SignPairs.java), so that
-- the mock verifies an RSA signature it has not seen for every request.
--
-- Usage:
--   APP_ID=... PAIRS_FILE=pairs.txt BODY_FILE=edit-body.json \
--     wrk -t1 -c16 -d20s --latency -s edit-fresh.lua http://127.0.0.1:PORT
--
-- PAIRS_FILE has one "timestamp sign" pair a line. The pairs are used in a cycle; with more
-- pairs than the mock's verified-sign cache holds (20 000 against 4 096 by default), a pair comes
-- back only after the cache has been emptied, so every request is verified.

dofile((os.getenv("BENCH_DIR") or "src/mock/src/test/bench") .. "/common.lua") -- need(), done()

local f = assert(io.open(need("BODY_FILE"), "rb"))
local body = f:read("*a")
f:close()
local app_id = need("APP_ID")

local timestamps, signs = {}, {}
for line in io.lines(need("PAIRS_FILE")) do
  local timestamp, sign = line:match("^(%d+) (%S+)$")
  if timestamp then
    timestamps[#timestamps + 1] = timestamp
    signs[#signs + 1] = sign
  end
end
assert(#timestamps > 0, "edit-fresh.lua: no pairs in PAIRS_FILE")

local next_pair = 1
local headers = { ["Content-Type"] = "application/json", ["appId"] = app_id }

function request()
  headers["timestamp"] = timestamps[next_pair]
  headers["sign"] = signs[next_pair]
  next_pair = next_pair % #timestamps + 1
  return wrk.format("POST", "/speech/openapi/v1/task/outbound/edit", headers, body)
end
