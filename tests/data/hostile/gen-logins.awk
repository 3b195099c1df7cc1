# gen-logins.awk: n LoginHistory rows for users u0..u(users-1), from
# 2025-01-06 08:00Z on, 37 s apart (any awk: no strftime).
#   awk -v n=1000000 -v users=2000 -f gen-logins.awk > log.csv
function civil(z,    era, doe, yoe, y, doy, mp, d, m) {
	z += 719468; era = int(z / 146097); doe = z - era * 146097
	yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
	y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
	mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
	m = mp < 10 ? mp + 3 : mp - 9; if (m <= 2) y++
	return sprintf("%04d-%02d-%02d", y, m, d)
}
BEGIN {
	print "UserId,LoginTime,Status"
	for (i = 0; i < n; i++) {
		s = 1736150400 + i * 37; day = int(s / 86400); r = s % 86400
		printf "u%d,%sT%02d:%02d:%02dZ,Success\n", (i * 7919) % users, civil(day), int(r / 3600), int(r % 3600 / 60), r % 60
	}
}
