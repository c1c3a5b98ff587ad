-- Shared by the wrk scripts (search.lua, pdf-abuse.lua, outage.lua): counts answers by status in each wrk thread
-- and prints the totals at the end ("status 200: 1234"), which the shell scripts read. A script loads it with
--   dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "statuses.lua")
-- and then defines only its own request(); it may call report_statuses() from its own done().
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  counter = id * 1000003
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function report_statuses()
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("status %d: %d\n", status, count))
  end
end

function done(summary, latency, requests)
  report_statuses()
end
