-- wrk script: POSTs one valid edit body with pre-signed headers, over and over.
--
-- Usage:
--   APP_ID=... TIMESTAMP=... SIGN=... BODY_FILE=edit-body.json \
--     wrk -t1 -c16 -d20s --latency -s edit.lua http://127.0.0.1:PORT
--
-- The sign covers appId + timestamp only (not the body, URL or method), so one sign stays valid
-- for every request while the timestamp is inside the server's window. The request is set on
-- the wrk table at load time and no request() function is defined, so wrk builds it once and
-- sends it as is (a static request: the client spends the least CPU per request, which matters
-- when client and server share two cores).

dofile((os.getenv("BENCH_DIR") or "src/mock/src/test/bench") .. "/common.lua") -- need(), done()

local f = assert(io.open(need("BODY_FILE"), "rb"))
wrk.body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.path = "/speech/openapi/v1/task/outbound/edit"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["appId"] = need("APP_ID")
wrk.headers["timestamp"] = need("TIMESTAMP")
wrk.headers["sign"] = need("SIGN")
