# gen-sample.awk: a deterministic sample organisation's survey answers.
#
#   awk -v what=readiness [-v n=60] -f scripts/gen-sample.awk > readiness.csv
#   awk -v what=capabilities -f scripts/gen-sample.awk > capabilities.csv
#
# About 60 respondents in 6 departments and 4 roles with the patterns seen in
# real CRM programmes: executives rate readiness far higher than sales;
# sales resist sharing customer data and are paid on individual targets;
# customer data quality is weak and unmeasured; training is thin. With a
# larger n (the benchmark) names become R000001... and departments cycle.
# Park-Miller random numbers keep the output identical on every awk.

function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }
function noise(w) { return (rnd() + rnd() - 1) * w }
function clamp(x, lo, hi) { return x < lo ? lo : x > hi ? hi : x }
function likert(g) { return int(clamp(g + 0.5, 1, 5)) }

function setup_org(   i, k) {
	split("Sales Marketing Service Finance IT Executive", depts, " ")
	split("14 9 12 8 9 8", dsize, " ")
	dbias["Sales"] = -0.55; dbias["Marketing"] = 0.1; dbias["Service"] = -0.3
	dbias["Finance"] = 0.1; dbias["IT"] = 0.4; dbias["Executive"] = 0.85
	rbias["Executive"] = 0.35; rbias["Manager"] = 0.2; rbias["Team lead"] = 0; rbias["Staff"] = -0.2
	split("Sara Reza Maryam Ali Neda Hamid Leila Omid Parisa Kaveh Anna James Maria David Laura Peter Elena Tom Nina Sam", first, " ")
	split("Ahmadi Karimi Hosseini Rahimi Moradi Smith Jones Brown Taylor Wilson Clark Lewis", last, " ")
	i = 0
	for (k = 1; k <= 6; k++)
		for (j = 1; j <= dsize[k]; j++) {
			i++
			pdept[i] = depts[k]
			if (depts[k] == "Executive")
				prole[i] = j <= 6 ? "Executive" : "Manager"
			else
				prole[i] = j == 1 ? "Manager" : j <= 3 ? "Team lead" : "Staff"
			pname[i] = first[(i * 7) % 20 + 1] " " last[(i * 5) % 12 + 1]
		}
	npeople = i
}

function person(i) {
	if (n > npeople) {
		dept = depts[(i - 1) % 6 + 1]
		role = (i % 10 == 0) ? "Manager" : (i % 10 == 1) ? "Team lead" : (i % 50 == 7) ? "Executive" : "Staff"
		name = sprintf("R%06d", i)
	} else {
		dept = pdept[i]; role = prole[i]; name = pname[i]
	}
}

# How good things look to this person in dimension dim, 1..5 before rounding.
function good(dim) { return base[dim] + dbias[dept] + rbias[role] + noise(1.2) }

function options(id, list,   t, k, m) { m = split(list, t, " "); for (k = 1; k <= m; k++) opt[id, k] = t[k] }

function readiness_header() {
	nq = split("crm-vision:strategy:likert strategy-alignment:strategy:likert business-case:strategy:likert phased-rollout:strategy:likert pilot-planned:strategy:yesno exec-sponsor:leadership:likert steering-committee:leadership:yesno leaders-use-crm:leadership:likert resources-committed:leadership:likert business-led:leadership:likert training-days:people:number training-scheduling:people:choice training-by-role:people:likert super-users:people:likert trained-staff-retention:people:likert admin-skills:people:likert share-customer-data:culture:likert data-personal-asset:culture:reverse crm-as-control:culture:reverse sales-incentives:culture:choice change-communication:culture:likert biggest-obstacle:culture:text processes-documented:processes:likert redesign-before-automation:processes:likert automate-as-is:processes:reverse process-owners:processes:likert cross-department-handoffs:processes:likert has-crm:technology:yesno current-crm-usage:technology:likert integration-systems:technology:multi it-infrastructure:technology:likert it-business-alignment:technology:likert data-quality-known:data:choice duplicates-rare:data:likert single-customer-view:data:likert data-owners:data:likert cleansing-planned:data:likert data-entry-standards:data:likert measurable-goals:governance:likert kpis-baselined:governance:likert roi-tracking:governance:likert adoption-tracking:governance:likert", qs, " ")
	# The method's further practices (issue 23) come after the first 42 and
	# draw from their own random stream, so the earlier answers stay as
	# they were.
	nfirst = nq
	nq += split("setup-cost-known:strategy:likert quick-visible-return:strategy:likert department-cooperation:leadership:likert customer-skills-training:people:likert proficiency-time-planned:people:likert knowledge-sharing:culture:likert carrot-and-stick:culture:likert use-by-order:culture:reverse productivity-dip-expected:culture:likert crm-in-daily-processes:processes:likert data-needs-settled:processes:likert back-office-in-conversations:processes:likert feedback-to-products:processes:likert four-forces-redesign:processes:likert integrated-tool:technology:likert product-selection-criteria:technology:likert it-leaders-integration:technology:likert messenger-channels:technology:likert csat-baseline:governance:likert coordinating-methodology:governance:likert because-competitors:strategy:reverse champions-recognised:people:likert users-involved:culture:likert", more, " ")
	for (k = nfirst + 1; k <= nq; k++) qs[k] = more[k - nfirst]
	base["strategy"] = 3.4; base["leadership"] = 3.2; base["people"] = 2.4; base["culture"] = 2.9
	base["processes"] = 2.9; base["technology"] = 3.1; base["data"] = 2.2; base["governance"] = 2.8
	required["crm-vision"] = required["pilot-planned"] = required["exec-sponsor"] = 1
	required["steering-committee"] = required["training-days"] = required["share-customer-data"] = 1
	required["sales-incentives"] = required["processes-documented"] = 1
	required["redesign-before-automation"] = required["data-quality-known"] = required["measurable-goals"] = 1
	options("training-scheduling", "not-planned long-block full-days around-work")
	options("sales-incentives", "individual mostly-individual mixed team-scorecard")
	options("data-quality-known", "unknown anecdotal one-off measured")
	split("Sales will not share their accounts|Nobody trusts the data|No time for training|IT and the business do not talk|Too many spreadsheets|Targets reward individuals", obstacles, "|")
	line = "respondent,department,role"
	for (k = 1; k <= nq; k++) { split(qs[k], f, ":"); line = line "," f[1] }
	print line
}

function readiness_answer(id, dim, type,   g, k, s) {
	g = good(dim)
	if (dept == "Sales" && (id == "share-customer-data" || id == "data-personal-asset" || id == "crm-as-control"))
		g -= 1.2
	if (dept == "Executive" && dim == "leadership")
		g += 0.5
	if (!required[id] && type != "text" && rnd() < 0.04)
		return "na"
	if (!required[id] && type != "text" && rnd() < 0.03)
		return ""
	if (type == "likert") return likert(g)
	if (type == "reverse") return likert(6 - g)
	if (type == "yesno") return g + noise(0.8) > 3.1 ? "yes" : "no"
	if (type == "number") return g < 2.4 ? 0 : g < 3.1 ? 1 : g < 4.2 ? 2 : 5
	if (type == "choice") {
		if (id == "sales-incentives" && dept == "Sales") g -= 1.5
		if (id == "data-quality-known") g -= 0.6
		k = int(clamp((g - 1) / 4 * 4, 0, 3)) + 1
		return opt[id, k]
	}
	if (type == "multi") {
		s = ""
		if (g > 2.6) s = s ";erp"
		if (g > 3.2) s = s ";billing"
		if (g > 3.0) s = s ";products"
		if (g > 3.6) s = s ";support"
		if (g > 2.2) s = s ";directory"
		return s == "" ? "none" : substr(s, 2)
	}
	if (type == "text") return rnd() < 0.35 ? obstacles[int(rnd() * 6) + 1] : ""
	return ""
}

function csv(s) { return s ~ /[",\n]/ ? "\"" gensub_quote(s) "\"" : s }
function gensub_quote(s,   t) { t = s; gsub(/"/, "\"\"", t); return t }

function readiness_row(i,   k, line, v, hascrm, s1) {
	person(i)
	line = csv(name) "," csv(dept) "," csv(role)
	hascrm = ""
	for (k = 1; k <= nq; k++) {
		split(qs[k], f, ":")
		if (f[1] == "has-crm") { v = (dept != "Finance" && rnd() < 0.8) ? "yes" : "no"; hascrm = v }
		else if (f[1] == "current-crm-usage") v = hascrm == "yes" ? readiness_answer(f[1], f[2], f[3]) : ""
		else if (k > nfirst) { s1 = seed; seed = seed2; v = readiness_answer(f[1], f[2], f[3]); seed2 = seed; seed = s1 }
		else v = readiness_answer(f[1], f[2], f[3])
		line = line "," csv(v)
	}
	print line
}

function capabilities_all(   k, i, line, g, nc) {
	nc = split("account-contact-management:2.7 opportunity-management:2.0 sales-forecasting:1.8 call-centre-service:2.6 field-service:1.7 marketing-campaigns:2.3 partner-channel:1.5 web-self-service:1.8 analytics-reporting:2.1 data-quality-management:1.4 back-office-integration:1.8 mobile-access:2.0", caps, " ")
	line = "respondent,department,role"
	for (k = 1; k <= nc; k++) { split(caps[k], f, ":"); line = line "," f[1] "-level" }
	print line
	for (i = 1; i <= (n ? n : npeople); i++) {
		person(i)
		if (n <= npeople && role == "Staff") continue
		line = csv(name) "," csv(dept) "," csv(role)
		for (k = 1; k <= nc; k++) {
			split(caps[k], f, ":")
			g = f[2] + (dept == "Executive" ? 0.8 : dept == "Sales" ? -0.3 : 0) + noise(1.0)
			line = line "," (rnd() < 0.05 ? "na" : likert(g))
		}
		print line
	}
}

BEGIN {
	seed = 20261123
	seed2 = 20261203
	if (n == "") n = 60
	n += 0
	setup_org()
	if (what == "capabilities") { capabilities_all(); exit }
	readiness_header()
	for (i = 1; i <= n; i++) readiness_row(i)
}
