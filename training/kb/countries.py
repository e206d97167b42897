"""Write src/sambandh/kb/countries.tsv from CLDR (via Babel): ISO code, Hindi and English names.

Usage: python training/kb/countries.py > src/sambandh/kb/countries.tsv

Hand-kept spellings, short forms and demonyms live in `country_aliases.tsv` beside it and are
merged by the loader, so this file can be regenerated when CLDR changes.
"""

from __future__ import annotations

import re
import sys

from babel import Locale

# CLDR pseudo-territories and groupings that are not countries or territories
SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"}


def main() -> int:
    """Print the table."""
    hi = Locale("hi").territories
    en = Locale("en").territories
    out = sys.stdout
    out.write("code\tname_hi\tname_en\taliases\n")
    for code in sorted(hi):
        if not re.fullmatch(r"[A-Z]{2}", code) or code in SKIP:
            continue
        name_hi = hi[code]
        aliases = []
        # "म्यांमार (बर्मा)": the bracketed form is an alias, the main name is the part before it
        m = re.fullmatch(r"(.+?)\s*\((.+)\)", name_hi)
        if m:
            name_hi, alt = m.group(1), m.group(2)
            if len(alt.split()) == 1:  # "(बर्मा)" is a name; "(चीन विशेष प्रशासनिक क्षेत्र)" is a gloss
                aliases.append(alt)
        name_en = en.get(code, code)
        m = re.fullmatch(r"(.+?)\s*\((.+)\)", name_en)
        if m:
            name_en = m.group(1)
        name_en = name_en.replace(" SAR China", "")
        out.write(f"{code.lower()}\t{name_hi}\t{name_en}\t{'|'.join(aliases)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
