-- wrk script for bench/outage.sh: a mix of public pages, with answers counted by status.
local paths = {}
for path in string.gmatch(os.getenv("PAGES"), "%S+") do table.insert(paths, path) end
local threads = {}

function setup(thread) table.insert(threads, thread) end

function init(args)
  statuses = {}
  i = 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], {["Accept-Encoding"] = "gzip"})
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do io.write(string.format("status %d: %d\n", status, count)) end
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max: %.2f ms\n", latency.max / 1000))
end
