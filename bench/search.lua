-- wrk script for bench/search.sh: GET the results page for a rotating mix of real queries (the kinds readers
-- type: lay words, misspellings, UK and US spellings, phrases, one emergency phrase), each request from its own
-- client address in X-Forwarded-For (the app trusts it from loopback, as from nginx), so the per-client search
-- allowance measures many readers, not one script. Counts answers by status.
local path = os.getenv("SEARCH_PATH") or "/search"
local queries = {
  "back%20pain", "backache", "tumer", "tumour", "tumor", "myeloma", "myloma", "chemo", "radiotherapy",
  "radiation%20therapy", "bone%20scan", "MRI", "MRI%20scan", "ct%20scan", "xray", "biopsy", "can%27t%20pee",
  "pins%20and%20needles", "numb%20legs", "steroids%20side%20effects", "dexamethasone", "painkillers",
  "haematologist", "hematologist", "diarrhea", "constipation", "can%20I%20drive", "sex", "fertility",
  "pressure%20sores", "DVT", "life%20expectancy", "how%20long%20do%20I%20have", "secondary%20cancer%20in%20my%20spine",
  "what%20is%20a%20metastasis", "chordoma", "vertebroplasty", "back%20brace", "physio", "feeling%20low",
}

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "statuses.lua")

function request()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  local client = counter % 65536
  return wrk.format("GET", path .. "?q=" .. q, {
    ["X-Forwarded-For"] = "10.77." .. math.floor(client / 256) .. "." .. (client % 256),
  })
end
