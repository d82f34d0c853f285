-- Half the requests are intake POSTs to /api/v1/signals (intake.lua), the other half the signal queue GET of a
-- signed-in user.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
dofile(os.getenv("BENCH_DIR") .. "/intake.lua")

function request()
  local n = next_number()
  if n % 2 == 0 then
    return intake_request(n)
  end
  return wrk.format("GET", os.getenv("BENCH_READ_PATH") or "/meldingen", { ["Cookie"] = os.getenv("BENCH_COOKIE") or "" })
end
