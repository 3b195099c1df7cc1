# Adoption (issue 7): a roster of 60 licensed users in six departments, rolled
# out in two waves, and twelve weeks of Salesforce LoginHistory, generated
# deterministically (Park-Miller random numbers in awk: same bytes on every
# awk). Finance, in wave 2, lags.
step "adoption: generate a roster and 12 weeks of LoginHistory"
awk -v roster="$out/roster.csv" -v logf="$out/LoginHistory.csv" '
function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }
function ymd(day,   y, m, d, dim) {   # day 0 = 2026-01-05 (a Monday)
	y = 2026; m = 1; d = 5 + day
	split("31 28 31 30 31 30 31 31 30 31 30 31", dim, " ")
	while (d > dim[m]) { d -= dim[m]; m++ }
	return sprintf("%04d-%02d-%02d", y, m, d)
}
BEGIN {
	seed = 20260105
	split("Sales Marketing Service Finance IT Executive", dept, " ")
	split("16 8 14 9 8 5", size, " ")        # 60 users
	split("1 2 1 2 2 1", wave, " ")          # wave 1 starts week 1, wave 2 week 5
	split("0.85 0.75 0.8 0.3 0.8 0.7", keen, " ")   # Finance lags
	split("Sara Reza Maryam Ali Nina Omid Laleh Kian Anna Jonas Mina David Leila Peter Shirin Amir", first, " ")
	split("Ahmadi Karimi Novak Schmidt Rahimi Berg Hosseini Moradi Larsen Tehrani Weber Jafari", last, " ")
	print "Id,Name,Department,Role,LicenseStart,Wave" > roster
	print "\"Id\",\"UserId\",\"LoginTime\",\"LoginType\",\"Status\",\"Application\"" > logf
	n = 0
	for (k = 1; k <= 6; k++)
		for (i = 1; i <= size[k]; i++) {
			n++
			id[n] = sprintf("005Dm00000%05dAAE", 1000 + n)
			dep[n] = k
			start[n] = (wave[k] == 1 ? 0 : 28) + int(rnd() * 3)
			role = i == 1 ? "Manager" : (dept[k] == "Service" ? "Agent" : "User")
			printf "%s,%s %s,%s,%s,%s,%d\n", id[n], first[1 + int(rnd() * 16)],
				last[1 + int(rnd() * 12)], dept[k], role, ymd(start[n]), wave[k] > roster
		}
	ev = 0
	for (day = 0; day < 84; day++) {
		if (day % 7 >= 5) continue                       # weekends off
		for (u = 1; u <= n; u++) {
			if (day < start[u]) continue
			k = dep[u]
			weeks_in = (day - start[u]) / 7
			p = keen[k] * (weeks_in < 3 ? 0.4 + 0.2 * weeks_in : 1) * 0.6
			if (u % 19 == 0) p = 0                   # a few never log in
			if (rnd() >= p) continue
			h = 7 + int(rnd() * 10); mi = int(rnd() * 60); s = int(rnd() * 60)
			status = rnd() < 0.1 ? "Invalid Password" : "Success"
			printf "\"0Ya%08d\",\"%s\",\"%sT%02d:%02d:%02d.000+0000\",\"Application\",\"%s\",\"Browser\"\n",
				++ev, id[u], ymd(day), h, mi, s, status > logf
		}
	}
	# A contractor missing from the roster.
	printf "\"0Ya%08d\",\"005Dm0000099999AAE\",\"%sT10:00:00.000+0000\",\"Application\",\"Success\",\"Browser\"\n", ++ev, ymd(30) > logf
}'
step "crmready roster import roster.csv"
"$bin" roster import "$out/roster.csv"
step "crmready adoption import LoginHistory.csv"
"$bin" adoption import "$out/LoginHistory.csv" --unknown-out "$out/unknown-users.csv"
step "crmready adoption import LoginHistory.csv (again: adds nothing)"
"$bin" adoption import "$out/LoginHistory.csv"
step "crmready adoption report"
"$bin" adoption report
step "crmready adoption report --by wave --weeks 6"
"$bin" adoption report --by wave --weeks 6
