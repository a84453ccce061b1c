-- What both wrk scripts share (loaded with dofile): need(), and done(), which prints one
-- machine-readable RESULT line besides wrk's own report (read by run-benchmarks.sh).

function need(name)
  local value = os.getenv(name)
  if not value or value == "" then
    error("set " .. name .. " (see the usage at the top of the wrk script)")
  end
  return value
end

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
