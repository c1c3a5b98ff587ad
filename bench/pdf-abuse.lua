-- wrk script for bench/pdf-abuse.sh: PDF requests from 64 client addresses (as nginx would name them
-- in X-Forwarded-For), counting answers by status.
local token = os.getenv("CSRF_TOKEN")
local cookie = os.getenv("CSRF_COOKIE")
local prefix = os.getenv("ADDRESS_PREFIX") or "10.64."
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  counter = 0
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/handouts", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "XSRF-TOKEN=" .. cookie,
    ["X-XSRF-TOKEN"] = token,
    ["X-Forwarded-For"] = prefix .. (counter % 64) .. ".1",
  }, "topic=symptoms&paper=letter&size=regular&lang=en&qr=true&questions=false&output=pdf")
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
  for status, count in pairs(totals) do
    io.write(string.format("status %d: %d\n", status, count))
  end
end
