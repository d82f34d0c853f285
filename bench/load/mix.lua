-- Half the requests are intake POSTs to /api/v1/signals with a unique clientId per request (no idempotent replays),
-- the other half the signal queue GET of a signed-in user. Every thread numbers its own clientIds.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local counter = 0
thread_id = 0
local run = os.getenv("BENCH_RUN") or tostring(os.time())

function thread_setup(thread, n)
  thread:set("thread_id", n)
end

local function body(n)
  return string.format(
    '{"clientId":"load-%s-%d-%d","melderType":"POLITIE","municipality":"%s","forms":["ARBEID"],' ..
    '"description":"Belasting %d: werknemers slapen in het bedrijfspand.",' ..
    '"subjects":[{"role":"victim","fullName":"Werknemer %d","phones":["06%08d"]}]}',
    run, thread_id, n, n % 2 == 0 and "Zwolle" or "Deventer", n, n, n % 100000000)
end

function request()
  counter = counter + 1
  if counter % 2 == 0 then
    return wrk.format("POST", "/api/v1/signals",
      { ["Content-Type"] = "application/json", ["X-Api-Key"] = os.getenv("BENCH_API_KEY") }, body(counter))
  end
  return wrk.format("GET", os.getenv("BENCH_READ_PATH") or "/meldingen", { ["Cookie"] = os.getenv("BENCH_COOKIE") or "" })
end
