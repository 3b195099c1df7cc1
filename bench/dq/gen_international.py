#!/usr/bin/env python3
"""An international Salesforce-style Contact export with planted duplicates
of known truth, for measuring the fuzzy rule's precision and recall where
people write from free-mail and internet-provider addresses.

usage: gen_international.py ROWS OUT.csv TRUTH.csv [--seed N]

TRUTH.csv has `row,person,kind` (rows count data rows from 1): records of
the same person are one contact. What makes it hard, as in real exports:
- names follow national frequencies (a few very common first and family
  names), so different people share a name, or come within one edit of
  each other, at different accounts: "James Shah" at two accounts, both
  writing from @yahoo.fr, are two people;
- about a third of the people of France, Germany, Italy, Russia, Spain and
  the UK, and a fifth elsewhere, use a national free-mail or internet-
  provider address; some providers are on crmready's shipped list, some
  (regional providers) are not and must be recognised from the data;
- companies: one domain per account, 3% of accounts have a duplicate
  account record (same company domain), some groups own several accounts
  under one domain;
- Persian and Arabic names, with Arabic letters, ZWNJ and tatweel variants.
Duplicates (about 8% of people): a name typo or format change at the same
account; the same person under the company's duplicate account; the same
e-mail address (any domain) with the name written differently; the same
mobile in Persian digits; Arabic-letter and ZWNJ variants of Persian names;
and what an independent tester found in real exports: accents dropped
(José García / Jose Garcia, Ayşe Yılmaz / Ayse Yilmaz), first and last name
swapped (Latin and Persian), the mobile written nationally at another
account (+49 171 ... / 0171 ...; Russia's trunk 8 is not modelled).
Traps beside the common names: namesakes at two accounts writing from a
small regional provider that no list holds and that is too small to be
found from the data (different addresses and phones), and different
people of one company sharing its info@ mailbox.
Within one company (all its accounts) no two different people are within
two edits of each other, accents aside, nor have the same names in another
order: such pairs could not be told apart by anyone.
"""
import random
import sys
import unicodedata

# (country code, calling code, share of free mail, first names, family names,
#  free-mail domains: listed in content/dq/public-domains.yaml, then unlisted)
COUNTRIES = [
    ("FR", "33", 0.35,
     ["Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Isabelle", "Philippe", "Nathalie",
      "Michel", "Camille", "Julien", "Céline", "Thomas", "Claire", "Antoine", "Émilie",
      "François", "Sandrine", "Laurent", "Valérie", "Olivier", "Aurélie", "Christophe", "Manon"],
     ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
      "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
      "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
      "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc",
      "Guerin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu"],
     ["yahoo.fr", "hotmail.fr", "orange.fr", "free.fr", "sfr.fr", "laposte.net", "wanadoo.fr",
      "gmail.com"], ["cegetel.net", "nordnet.fr", "9online.fr"]),
    ("DE", "49", 0.35,
     ["Thomas", "Michael", "Andreas", "Stefan", "Sabine", "Susanne", "Petra", "Julia", "Lukas",
      "Anna", "Jürgen", "Uwe", "Klaus", "Monika", "Christian", "Katrin", "Markus", "Birgit",
      "Tobias", "Claudia", "Matthias", "Nicole", "Frank", "Heike"],
     ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
      "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
      "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
      "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
      "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters"],
     ["web.de", "gmx.de", "gmx.net", "t-online.de", "freenet.de", "yahoo.de", "gmail.com"],
     ["netcologne.de", "ewetel.net", "kabelmail.de", "htp-tel.de"]),
    ("IT", "39", 0.35,
     ["Marco", "Giuseppe", "Luca", "Francesca", "Giulia", "Alessandro", "Chiara", "Andrea",
      "Paolo", "Sara", "Giovanni", "Valentina", "Roberto", "Federica", "Stefano", "Elena",
      "Matteo", "Silvia", "Davide", "Laura"],
     ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
      "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini",
      "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
      "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli"],
     ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "yahoo.it", "hotmail.it",
      "gmail.com"], ["tiscalinet.it", "ngi.it"]),
    ("RU", "7", 0.35,
     ["Aleksandr", "Sergey", "Dmitry", "Andrey", "Elena", "Olga", "Natalia", "Tatiana", "Ivan",
      "Irina", "Mikhail", "Svetlana", "Alexey", "Anna", "Nikolay", "Yulia", "Vladimir", "Maria"],
     ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov",
      "Novikov", "Fedorov", "Morozov", "Volkov", "Alekseev", "Lebedev", "Semenov", "Egorov",
      "Pavlov", "Kozlov", "Stepanov", "Nikolaev", "Orlov", "Andreev", "Makarov", "Nikitin",
      "Zakharov", "Zaitsev", "Soloviev", "Borisov", "Yakovlev", "Grigoriev"],
     ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com"],
     ["pochta.ru", "nm.ru"]),
    ("ES", "34", 0.3,
     ["José", "Juan", "María", "Carmen", "Antonio", "Francisco", "Laura", "Ana", "Javier",
      "Lucía", "Manuel", "Isabel", "David", "Marta", "Carlos", "Cristina", "Pablo", "Elena"],
     ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
      "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Muñoz",
      "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos"],
     ["hotmail.es", "yahoo.es", "telefonica.net", "gmail.com"], ["ya.com", "wanadoo.es"]),
    ("GB", "44", 0.3,
     ["James", "John", "David", "Sarah", "Emma", "Michael", "Daniel", "Sophie", "Oliver",
      "Charlotte", "Mohammed", "Priya", "Raj", "Aisha", "Thomas", "Jessica", "William", "Amelia"],
     ["Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Thomas",
      "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
      "Hughes", "Green", "Hall", "Shah", "Patel", "Khan", "Ali", "Begum", "Hussain", "Singh",
      "Clarke", "Jackson", "Wood", "Turner", "Harris", "Martin", "Cooper", "Hill", "Ward"],
     ["hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "sky.com", "outlook.com", "gmail.com",
      "yahoo.fr"], ["plus.com", "talk21.com"]),
    ("US", "1", 0.2,
     ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "William",
      "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica"],
     ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
      "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
      "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Shah"],
     ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "comcast.net", "icloud.com"],
     ["frontier.com", "windstream.net"]),
    ("IR", "98", 0.3,
     ["علی", "رضا", "محمد", "حسین", "مهدی", "امیر", "حمید", "سعید", "مجید", "بهنام", "کاوه",
      "سارا", "مریم", "فاطمه", "زهرا", "ندا", "لیلا", "شیرین", "پریسا", "مهسا"],
     ["رضایی", "محمدی", "حسینی", "احمدی", "کریمی", "مرادی", "جعفری", "صادقی", "رحیمی", "هاشمی",
      "کاظمی", "ابراهیمی", "موسوی", "قاسمی", "نجفی", "تهرانی", "شیرازی", "اصفهانی", "تبریزی",
      "کرمانی", "باقری", "اکبری", "سلطانی", "نوری", "یزدانی", "کیانی", "زمانی", "شریفی"],
     ["yahoo.com", "gmail.com", "chmail.ir", "mailfa.com"], ["parsonline.net", "ravand.ir"]),
    ("AE", "971", 0.25,
     ["محمد", "أحمد", "علي", "عمر", "خالد", "فاطمة", "عائشة", "مريم", "يوسف", "إبراهيم",
      "سارة", "نور", "حسن", "ليلى"],
     ["الحسن", "المنصوري", "الهاشمي", "الكعبي", "الشامسي", "النعيمي", "الظاهري", "المهيري",
      "السويدي", "القاسمي", "الفلاسي", "البلوشي", "العامري", "الزعابي", "الكتبي", "المزروعي"],
     ["hotmail.com", "gmail.com", "yahoo.com", "emirates.net.ae", "outlook.sa"],
     ["eim.net.ae"]),
]
WEIGHTS = [0.12, 0.16, 0.10, 0.10, 0.08, 0.14, 0.08, 0.14, 0.08]
# The same columns and distance as the main generator (gen_contacts.py, beside
# this file: Python puts a script's folder first on its import path).
from gen_contacts import HEADER, distance


FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ـ": None,
                      "\u200c": None, " ": None, "-": None, ".": None})


SPECIAL = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ð": "d",
                         "þ": "th", "œ": "oe", "ß": "ss"})


def strip_accents(s):
    """Latin letters without diacritics, as people type them without the keys."""
    s = "".join(c for c in unicodedata.normalize("NFD", s.translate(SPECIAL))
                if not ("\u0300" <= c <= "\u036f"))
    return unicodedata.normalize("NFC", s.translate(SPECIAL))


def key(first, last):
    """About crmready's fuzzy name key: case, accents and Arabic forms folded,
    no spaces."""
    return strip_accents((first + last).lower()).translate(FOLD)


def swapped_key(first, last):
    return key(last, first)


def zipf_choice(rnd, pool):
    # rank r has weight 1/(r+1): a few names are very common
    weights = [1.0 / (r + 1) for r in range(len(pool))]
    return rnd.choices(pool, weights)[0]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--seed")]
    seed = 17
    for a in sys.argv[1:]:
        if a.startswith("--seed="):
            seed = int(a.split("=", 1)[1])
    rows = int(args[0])
    rnd = random.Random(seed)
    out = open(args[1], "w", encoding="utf-8", newline="")
    truth = open(args[2], "w", encoding="utf-8")

    def cell(s):
        if any(c in s for c in ',"\n\r'):
            return '"' + s.replace('"', '""') + '"'
        return s

    out.write(",".join(HEADER) + "\n")
    truth.write("row,person,kind\n")
    state = {"row": 0, "person": 0, "account": 0, "mail": 0, "mobile": 10000000}

    def new_account():
        state["account"] += 1
        return "001" + format(state["account"], "012d") + "AAA"

    def emit(rec, person, kind):
        state["row"] += 1
        r = state["row"]
        out.write(",".join(cell(x) for x in [
            "003" + format(r, "012d") + "BBB", rnd.choice(["Mr.", "Ms.", "Dr.", ""]),
            rec["first"], rec["last"], rnd.choice(["Sales Manager", "CEO", "Buyer", ""]),
            rec["email"], rec["phone"], rec["mobile"], rec["acc"], "", rec["city"],
            rec["country"], rnd.choice(["Web", "Trade Show", "Partner Referral"]),
            "005" + format(rnd.randint(1, 40), "012d"),
            "2023-%02d-%02dT09:00:00.000Z" % (rnd.randint(1, 12), rnd.randint(1, 28)),
            "2026-%02d-%02dT10:00:00.000Z" % (rnd.randint(1, 10), rnd.randint(1, 28))]) + "\n")
        truth.write("%d,%d,%s\n" % (r, person, kind))

    def typo(name):
        if len(name) < 4:
            return name + ("e" if name.isascii() else "ی")
        i = rnd.randrange(1, len(name) - 1)
        op = rnd.randrange(3)
        if op == 0:
            c = rnd.choice("aeiounrst") if name.isascii() else rnd.choice("اوینمرس")
            return name[:i] + (c if c != name[i] else "x") + name[i + 1:]
        if op == 1:
            return name[:i] + name[i + 1:]
        if name[i] == name[i - 1]:
            return name[:i] + name[i + 1:]
        return name[:i - 1] + name[i] + name[i - 1] + name[i + 1:]

    while state["row"] < rows:
        ci = rnd.choices(range(len(COUNTRIES)), WEIGHTS)[0]
        code, calling, free_share, firsts, lasts, listed, unlisted = COUNTRIES[ci]
        arabic = code in ("IR", "AE")
        company = "c%d" % (state["account"] + 1)
        domain = "%s.example.%s" % (company, code.lower())
        # a company: one account, its duplicate account record (3%), or a
        # group of several accounts under one domain (2%)
        r = rnd.random()
        naccounts = 2 if r < 0.03 else rnd.randint(3, 6) if r < 0.05 else 1
        accounts = [new_account() for _ in range(naccounts)]
        dup_account = accounts[1] if naccounts == 2 else None
        if naccounts == 2:
            accounts = accounts[:1]  # people sit at the first; duplicates go to the second
        phone = "+%s %d %04d" % (calling, rnd.randint(10, 99), state["account"] % 10000)
        size = rnd.randint(2, 12) * len(accounts)
        people = []  # keys of the company's people: none within two edits
        for k in range(size):
            if state["row"] >= rows:
                break
            for _ in range(50):
                first, last = zipf_choice(rnd, firsts), zipf_choice(rnd, lasts)
                kk = key(first, last)
                if all(distance(kk, p) > 2 and swapped_key(first, last) != p for p in people):
                    break
            else:
                continue
            people.append(kk)
            state["person"] += 1
            person = state["person"]
            acc = accounts[k % len(accounts)]
            state["mail"] += 1
            if rnd.random() < free_share:
                pool = listed if rnd.random() < 0.8 else unlisted
                email = "p%d@%s" % (state["mail"], rnd.choice(pool))
            else:
                email = "p%d@%s" % (state["mail"], domain)
            state["mobile"] += 1
            mobile = "+%s 9%08d" % (calling, state["mobile"]) if rnd.random() < 0.5 else ""
            base = {"first": first, "last": last, "email": email, "phone": phone,
                    "mobile": mobile, "acc": acc, "city": "", "country": code}
            emit(base, person, "base")
            if k == 0 and rnd.random() < 0.02 and state["row"] < rows - 2:
                # two other people of the company share its info@ mailbox
                shared = "info@" + domain
                for _ in range(2):
                    f2, l2 = zipf_choice(rnd, firsts), zipf_choice(rnd, lasts)
                    kk = key(f2, l2)
                    if any(distance(kk, p) <= 2 or swapped_key(f2, l2) == p for p in people):
                        continue
                    people.append(kk)
                    state["person"] += 1
                    emit(dict(base, first=f2, last=l2, email=shared, mobile=""), state["person"],
                         "base")
            if rnd.random() < 0.004 and state["row"] < rows - 2:
                # namesakes at two new accounts of a small regional provider
                state["mail"] += 1
                isp = "mail.regionet%d.example-isp.%s" % (state["mail"], code.lower())
                for _ in range(2):
                    state["person"] += 1
                    state["mail"] += 1
                    state["mobile"] += 1
                    emit({"first": first, "last": last, "email": "u%d@%s" % (state["mail"], isp),
                          "phone": "+%s %d %04d" % (calling, rnd.randint(10, 99), state["mail"] % 10000),
                          "mobile": "+%s 9%08d" % (calling, state["mobile"]), "acc": new_account(),
                          "city": "", "country": code}, state["person"], "base")
            if rnd.random() >= 0.08:
                continue
            # a duplicate under the duplicate account shares the company's
            # domain only when the person wrote from it
            other = dup_account and email.endswith("@" + domain)
            kinds = ["typo", "name-format", "email-same", "other-account" if other else "typo",
                     "mobile-persian" if mobile else "name-format", "swapped",
                     "accents" if strip_accents(first + last) != first + last else "typo",
                     "mobile-national" if mobile and code != "RU" else "swapped"]
            if arabic:
                kinds += ["arabic-letters", "zwnj", "arabic-letters"]
            kind = rnd.choice(kinds)
            d = dict(base)
            d["email"], d["mobile"] = "", ""
            if kind == "typo":
                if rnd.random() < 0.5 and len(last) > 3:
                    d["last"] = typo(last)
                else:
                    d["first"] = typo(first)
            elif kind == "name-format":
                style = rnd.randrange(3)
                if style == 0:
                    d["first"], d["last"] = first.upper(), last.upper()
                elif style == 1:
                    d["first"], d["last"] = " " + first.lower(), last.lower() + " "
                else:
                    d["first"], d["last"] = "", first + "  " + last
            elif kind == "email-same":
                d["email"] = email.upper()
                d["first"], d["last"] = first.upper(), last.upper()
                d["acc"] = new_account() if rnd.random() < 0.5 else acc
            elif kind == "other-account":
                d["acc"] = dup_account
                d["email"] = "q%d@%s" % (state["mail"], domain)
                d["last"] = typo(last) if rnd.random() < 0.5 else last
            elif kind == "mobile-persian":
                d["mobile"] = mobile.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
                d["acc"] = new_account()
                d["first"], d["last"] = first.lower(), last.lower()
            elif kind == "arabic-letters":
                tr = str.maketrans({"ی": "ي", "ک": "ك", "ا": "أ"})
                d["first"], d["last"] = first.translate(tr), last.translate(tr)
                if (d["first"], d["last"]) == (first, last):
                    d["last"] = last[:2] + "ـ" + last[2:]
            elif kind == "swapped":
                d["first"], d["last"] = last, first
            elif kind == "accents":
                d["first"], d["last"] = strip_accents(first), strip_accents(last)
            elif kind == "mobile-national":
                # the national form: a trunk 0 where the country dials one
                national = mobile.split(" ", 1)[1]
                trunk = "0" if code in ("FR", "DE", "GB", "IR", "AE") else ""
                d["mobile"] = trunk + national
                d["acc"] = new_account()
                d["first"] = first[0] + "."
            elif kind == "zwnj":
                i = rnd.randrange(1, len(last))
                d["last"] = last[:i] + "\u200c" + last[i:]
            if state["row"] < rows:
                emit(d, person, kind)
    out.close()
    truth.close()


if __name__ == "__main__":
    main()
