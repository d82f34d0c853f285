-- Static file of the same app: the ceiling for this machine without a database or Razor in the path.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
