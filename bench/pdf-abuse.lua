-- wrk script for bench/pdf-abuse.sh: PDF requests from 64 client addresses (as nginx would name them
-- in X-Forwarded-For), counting answers by status.
local token = os.getenv("CSRF_TOKEN")
local cookie = os.getenv("CSRF_COOKIE")
local prefix = os.getenv("ADDRESS_PREFIX") or "10.64."
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "statuses.lua")

function request()
  counter = counter + 1
  return wrk.format("POST", "/handouts", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "XSRF-TOKEN=" .. cookie,
    ["X-XSRF-TOKEN"] = token,
    ["X-Forwarded-For"] = prefix .. (counter % 64) .. ".1",
  }, "topic=symptoms&paper=letter&size=regular&lang=en&qr=true&questions=false&output=pdf")
end
