-- Authenticated GET: the session cookie comes from run.sh through the environment.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE") or ""
