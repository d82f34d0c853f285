-- Shared by every scenario: prints one machine-readable line after the run, including p95 which wrk's
-- --latency table leaves out, and the non-2xx answers per status so errors show next to throughput.
-- Responses are counted in each thread's own Lua state; done() collects them through thread:get.
statuses = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  if thread_setup then thread_setup(thread, #threads) end
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local totals, non2xx = {}, 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses") or {}) do
      totals[status] = (totals[status] or 0) + count
      non2xx = non2xx + count
    end
  end
  local detail = ""
  for status, count in pairs(totals) do detail = detail .. status .. "x" .. count .. "," end
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f connect_errors=%d read_errors=%d write_errors=%d timeouts=%d non2xx=%d statuses=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.connect, errors.read, errors.write, errors.timeout, non2xx, detail == "" and "-" or detail))
end
