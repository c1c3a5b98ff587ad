-- wrk script for bench/outage.sh: a mix of public pages, with answers counted by status.
local paths = {}
for path in string.gmatch(os.getenv("PAGES"), "%S+") do table.insert(paths, path) end
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "statuses.lua")

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], {["Accept-Encoding"] = "gzip"})
end

function done(summary, latency, requests)
  report_statuses()
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max: %.2f ms\n", latency.max / 1000))
end
