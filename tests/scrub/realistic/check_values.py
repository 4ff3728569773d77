#!/usr/bin/env python3
"""check_values.py — every checksum-defined value in a half, validated by python-stdnum.

    /usr/bin/python3 check_values.py dev.jsonl heldout.jsonl     (Debian: apt-get install python3-stdnum)

values.py computes its check digits from the published definitions; this re-checks them with an
independent implementation, so a wrong checksum in the generator cannot pass as a miss of the
scrubber. Not run in CI (python-stdnum is not a build dependency); run it after changing values.py."""
import json
import re
import sys

from stdnum import iban, luhn
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.no import fodselsnummer
from stdnum.se import personnummer
from stdnum.us import rtn, ssn

CHECKS = {
    "CREDIT_CARD": lambda v: luhn.validate(re.sub(r"[ -]", "", v)),
    "IBAN": iban.validate,
    "SIN_CA": sin.validate,
    "DE_TAX_ID": idnr.validate,
    "NO_FNR": fodselsnummer.validate,
    "SE_PERSONNUMMER": personnummer.validate,
    "US_ABA_ROUTING": lambda v: rtn.validate(re.sub(r"[ -]", "", v)),     # dev2 writes some as 3-3-3
    "SSN_US": lambda v: ssn.validate(re.sub(r"[ -]", "", v)),             # and some SSNs as 3 2 4
}


def main(paths):
    checked = failed = 0
    for path in paths:
        for line in open(path, encoding="utf-8"):
            for entity in json.loads(line)["entities"]:
                check = CHECKS.get(entity["type"])
                if check is None:
                    continue
                checked += 1
                try:
                    check(entity["value"])
                except Exception as error:          # stdnum raises ValidationError subclasses
                    failed += 1
                    print("invalid %s %s: %s" % (entity["type"], entity["value"], error))
    print("%d checksum values checked, %d invalid" % (checked, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
