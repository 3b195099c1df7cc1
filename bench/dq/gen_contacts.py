#!/usr/bin/env python3
"""Deterministic Salesforce-style Contact export with planted problems and
planted duplicates of known kinds, plus the ground truth.

usage: gen_contacts.py ROWS OUT.csv [TRUTH.csv] [--seed N]

TRUTH.csv has `row,person,kind`: records with the same person are the same
contact (row counts data rows from 1). Kinds: base, email-case, name-format,
arabic-letters, zwnj, typo, mobile-digits.

Within one account every base contact has a different last name, and the
name pools hold no two names within one edit of each other, so any two
different people of an account are more than one edit apart.
"""
import random
import sys

LATIN_FIRST = ["Ali", "Reza", "Mohammad", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed",
               "Majid", "Behnam", "Kaveh", "Babak", "Farhad", "Kamran", "Dariush", "Arash",
               "Sara", "Maryam", "Fatemeh", "Zahra", "Neda", "Leila", "Shirin", "Parisa",
               "Mahsa", "Roya", "Azadeh", "Elham", "Golnaz", "Samira", "Nasrin", "Yasaman",
               "John", "Michael", "David", "Robert", "James", "William", "Thomas", "Daniel",
               "Emma", "Olivia", "Sophia", "Isabella", "Charlotte", "Amelia", "Harper", "Evelyn"]
LATIN_LAST = ["Rezaei", "Mohammadi", "Hosseini", "Ahmadi", "Karimi", "Moradi", "Jafari",
              "Sadeghi", "Rahimi", "Hashemi", "Kazemi", "Ebrahimi", "Mousavi", "Ghasemi",
              "Najafi", "Tehrani", "Shirazi", "Esfahani", "Tabrizi", "Kermani", "Farahani",
              "Bagheri", "Akbari", "Ranjbar", "Soltani", "Nouri", "Salehi", "Yazdani",
              "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
              "Anderson", "Taylor", "Thomson", "Jackson", "Harris", "Martin", "Garcia",
              "Robinson", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright",
              "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson",
              "Baker", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
              "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook",
              "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Gomez",
              "Kelly", "Howard", "Ward", "Cox", "Diaz", "Richardson", "Wood", "Watson",
              "Brooks", "Bennett", "Gray", "James", "Reyes", "Cruz", "Hughes", "Price"]
# Persian names written with Persian letters (ی U+06CC, ک U+06A9).
FA_FIRST = ["علی", "رضا", "محمد", "حسین", "مهدی", "امیر", "حمید", "سعید", "مجید", "بهنام",
            "کاوه", "بابک", "فرهاد", "کامران", "سارا", "مریم", "فاطمه", "زهرا", "ندا", "لیلا",
            "شیرین", "پریسا", "مهسا", "رویا", "آزاده", "الهام", "گلناز", "سمیرا", "نسرین", "یاسمن"]
FA_LAST = ["رضایی", "محمدی", "حسینی", "احمدی", "کریمی", "مرادی", "جعفری", "صادقی", "رحیمی",
           "هاشمی", "کاظمی", "ابراهیمی", "موسوی", "قاسمی", "نجفی", "تهرانی", "شیرازی",
           "اصفهانی", "تبریزی", "کرمانی", "فراهانی", "باقری", "اکبری", "رنجبر", "سلطانی",
           "نوری", "صالحی", "یزدانی", "کیانی", "زمانی", "شریفی", "عباسی", "امینی", "ملکی",
           "یوسفی", "کامرانی", "نیکخواه", "پاکزاد", "دلاوری", "خسروی"]
CITIES = ["Tehran", "Shiraz", "Isfahan", "Tabriz", "Mashhad", "Karaj", "Ahvaz", "Qom",
          "تهران", "شیراز", "اصفهان", "Dubai", "Istanbul", "Berlin", "London"]
COUNTRIES = ["Iran", "Iran", "Iran", "IR", "Turkey", "United Arab Emirates", "Germany",
             "United Kingdom", "United States"]
SOURCES = ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other",
           "Advertisement", "Employee Referral", "Trade Show", "Word of mouth"]
FREE_MAIL = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEADER = ["Id", "Salutation", "FirstName", "LastName", "Title", "Email", "Phone",
          "MobilePhone", "AccountId", "MailingStreet", "MailingCity", "MailingCountry",
          "LeadSource", "OwnerId", "CreatedDate", "LastModifiedDate"]


def distance(a, b):
    """Optimal string alignment distance (as crmready's)."""
    n, m = len(a), len(b)
    prev2, prev = None, list(range(m + 1))
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            v = min(prev[j - 1] + (a[i - 1] != b[j - 1]), prev[j] + 1, cur[j - 1] + 1)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        prev2, prev = prev, cur
    return prev[m]


def spread(pool):
    """Keep names more than two edits from every name kept before."""
    kept = []
    for name in pool:
        key = name.lower()
        if all(distance(key, k.lower()) > 2 for k in kept):
            kept.append(name)
    return kept


def sf_id(prefix, n):
    return prefix + format(n, "012d")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--seed")]
    seed = 8
    for a in sys.argv[1:]:
        if a.startswith("--seed="):
            seed = int(a.split("=", 1)[1])
    rows = int(args[0])
    out = open(args[1], "w", encoding="utf-8", newline="")
    truth = open(args[2], "w", encoding="utf-8") if len(args) > 2 else None
    rnd = random.Random(seed)
    latin_last, fa_last = spread(LATIN_LAST), spread(FA_LAST)
    latin_first, fa_first = spread(LATIN_FIRST), spread(FA_FIRST)

    def cell(s):
        if any(c in s for c in ',"\n\r'):
            return '"' + s.replace('"', '""') + '"'
        return s

    def write(rec):
        out.write(",".join(cell(x) for x in rec) + "\n")

    write(HEADER)
    if truth:
        truth.write("row,person,kind\n")
    row = 0
    person = 0
    account = 0
    mobile_seq = 1000000
    email_seq = 0

    def mobile_text(number, style):
        # number: 10 digits starting with 9 (national without the 0)
        if style == 0:
            return "+98 %s %s %s" % (number[:3], number[3:6], number[6:])
        if style == 1:
            return "0" + number
        if style == 2:
            return "0%s-%s-%s" % (number[:3], number[3:6], number[6:])
        return "(+98) " + number

    def persian_digits(s):
        return s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))

    def typo(name):
        i = rnd.randrange(1, len(name) - 1)
        op = rnd.randrange(3)
        if op == 0:  # substitute
            c = rnd.choice("aeiouklmnrst") if name.isascii() else rnd.choice("اوینمرس")
            if c == name[i]:
                c = "x" if name.isascii() else "ژ"
            return name[:i] + c + name[i + 1:]
        if op == 1:  # delete
            return name[:i] + name[i + 1:]
        return name[:i - 1] + name[i] + name[i - 1] + name[i + 1:] if name[i] != name[i - 1] \
            else name[:i] + name[i + 1:]

    while row < rows:
        account += 1
        acc_id = sf_id("001", account) + "AAA"
        domain = "co%d.example.com" % account
        acc_phone = "021 %04d %04d" % (account // 10000 % 10000, account % 10000)
        city = rnd.choice(CITIES)
        country = rnd.choice(COUNTRIES)
        size = rnd.randint(2, 14)
        persian = rnd.random() < 0.3
        lasts = rnd.sample(fa_last if persian else latin_last, size)
        for k in range(size):
            if row >= rows:
                break
            person += 1
            first = rnd.choice(fa_first if persian else latin_first)
            last = lasts[k]
            email_seq += 1
            if rnd.random() < 0.12:
                email = "u%d@%s" % (email_seq, rnd.choice(FREE_MAIL))
            elif persian:
                email = "c%d@%s" % (email_seq, domain)
            else:
                email = "%s.%s%d@%s" % (first.lower(), last.lower(), email_seq, domain)
            mobile_seq += 1
            mobile = "912%07d" % mobile_seq
            has_mobile = rnd.random() < 0.7
            created_day = rnd.randint(1, 28)
            modified_year = rnd.choice([2023, 2024, 2025, 2026, 2026, 2026])
            base = {
                "first": first, "last": last, "email": email, "phone": acc_phone,
                "mobile": mobile_text(mobile, rnd.randrange(4)) if has_mobile else "",
                "acc": acc_id, "city": city, "country": country,
                "source": rnd.choice(SOURCES),
                "created": "2022-%02d-%02dT09:%02d:00.000Z" % (rnd.randint(1, 12), created_day,
                                                               rnd.randint(0, 59)),
                "modified": "%d-%02d-%02dT10:00:00.000Z" % (modified_year, rnd.randint(1, 10),
                                                            rnd.randint(1, 28)),
            }
            # Planted problems on base records.
            r = rnd.random()
            if r < 0.02:
                base["email"] = base["email"].replace("@", "")
            elif r < 0.03:
                base["email"] = ""
            if rnd.random() < 0.02:
                base["source"] = "Cold call"
            if rnd.random() < 0.01:
                base["modified"] = "31/12/2025"
            if rnd.random() < 0.05:
                base["city"] = ""
            records = [(base, "base")]
            # Planted duplicates: about 8% of people have one or two.
            if rnd.random() < 0.08:
                for _ in range(rnd.choice([1, 1, 1, 2])):
                    d = dict(base)
                    kinds = ["email-case", "name-format", "typo", "mobile-digits"]
                    if persian:
                        kinds += ["arabic-letters", "zwnj", "arabic-letters"]
                    kind = rnd.choice(kinds)
                    if kind == "email-case":
                        if not base["email"] or "@" not in base["email"]:
                            kind = "name-format"
                        else:
                            e = "".join(c.upper() if rnd.random() < 0.5 else c for c in base["email"])
                            d["email"] = rnd.choice([" ", "", "  "]) + e + rnd.choice([" ", " ", ""])
                            d["first"], d["last"] = rnd.choice([(first, last), (first[0] + ".", last)])
                            d["acc"] = sf_id("001", rnd.randint(1, account)) + "AAA"
                            d["mobile"] = ""
                    if kind == "name-format":
                        style = rnd.randrange(4)
                        if style == 0:
                            d["first"], d["last"] = first.upper(), last.upper()
                        elif style == 1:
                            d["first"], d["last"] = " " + first.lower(), last.lower() + " "
                        elif style == 2:
                            d["first"], d["last"] = first + ".", "-" + last
                        else:
                            d["first"], d["last"] = "", first + "  " + last
                        d["email"] = ""
                        d["mobile"] = ""
                    elif kind == "arabic-letters":
                        tr = str.maketrans({"ی": "ي", "ک": "ك"})
                        d["first"], d["last"] = first.translate(tr), last.translate(tr)
                        if d["first"] == first and d["last"] == last:
                            d["last"] = "ـ".join([last[:2], last[2:]])  # tatweel
                        d["email"] = ""
                        d["mobile"] = ""
                    elif kind == "zwnj":
                        i = rnd.randrange(1, len(last))
                        d["last"] = last[:i] + "\u200c" + last[i:]
                        d["email"] = ""
                        d["mobile"] = ""
                    elif kind == "typo":
                        if rnd.random() < 0.5:
                            d["last"] = typo(last)
                        else:
                            d["first"] = typo(first) if len(first) > 3 else first
                            if d["first"] == first:
                                d["last"] = typo(last)
                        d["email"] = ""
                        d["mobile"] = ""
                    elif kind == "mobile-digits":
                        if not has_mobile:
                            mobile_seq += 1
                            mobile = "912%07d" % mobile_seq
                            base["mobile"] = mobile_text(mobile, 1)
                            has_mobile = True
                        d["mobile"] = persian_digits(mobile_text(mobile, rnd.randrange(4)))
                        d["email"] = ""
                        d["acc"] = sf_id("001", rnd.randint(1, account)) + "AAA"
                        d["first"] = first
                        d["last"] = last
                    d["modified"] = "2026-%02d-%02dT11:00:00.000Z" % (rnd.randint(1, 10),
                                                                       rnd.randint(1, 28))
                    records.append((d, kind))
            for rec, kind in records:
                if row >= rows:
                    break
                row += 1
                cid = sf_id("003", row) + "BBB"
                write([cid, rnd.choice(["Mr.", "Ms.", "Dr.", ""]), rec["first"], rec["last"],
                       rnd.choice(["Sales Manager", "CEO", "Buyer", "Engineer", "مدیر فروش", ""]),
                       rec["email"], rec["phone"], rec["mobile"], rec["acc"],
                       "Valiasr St. %d" % rnd.randint(1, 999), rec["city"], rec["country"],
                       rec["source"], "005" + format(rnd.randint(1, 40), "012d"),
                       rec["created"], rec["modified"]])
                if truth:
                    truth.write("%d,%d,%s\n" % (row, person, kind))
    out.close()
    if truth:
        truth.close()


if __name__ == "__main__":
    main()
