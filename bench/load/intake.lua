-- The intake POST shared by mix.lua and post.lua: /api/v1/signals with a unique clientId per request (no idempotent
-- replays). Every thread numbers its own clientIds; both threads use the same phone numbers and names, so the
-- linking index finds candidates as it would for repeated signals about the same people.
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

function next_number()
  counter = counter + 1
  return counter
end

function intake_request(n)
  return wrk.format("POST", "/api/v1/signals",
    { ["Content-Type"] = "application/json", ["X-Api-Key"] = os.getenv("BENCH_API_KEY") }, body(n))
end
