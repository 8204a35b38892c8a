-- Requests a random line of a sample file per call, with the bearer token, and prints the figures the
-- bench reads: "BENCH rps p50_ms p95_ms p99_ms errors".
-- Environment: BENCH_SAMPLE (file, one value per line), BENCH_PATH (with %s for the value), BENCH_TOKEN.
local values = {}
local path_format = os.getenv("BENCH_PATH")

function init(args)
  for line in io.lines(os.getenv("BENCH_SAMPLE")) do
    values[#values + 1] = line
  end
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  return wrk.format("GET", string.format(path_format, values[math.random(#values)]))
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH %.0f %.2f %.2f %.2f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
