-- Only intake POSTs (intake.lua): the write path on its own, for profiling and for the app CPU per intake.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
dofile(os.getenv("BENCH_DIR") .. "/intake.lua")

function request()
  return intake_request(next_number())
end
