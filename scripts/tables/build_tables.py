#!/usr/bin/env python3
"""Builds a tax year's published tables for Benefit Bridge from policyengine-uk.

The Python package policyengine-uk ships copies of the publishers' tables: the
Local Housing Allowance for every Broad Rental Market Area (DWP for England,
Scotland and Wales; the Department for Communities on nidirect for Northern
Ireland) and every council's Band D council tax (MHCLG, the Welsh Government, the
Scottish Government). This script reads those copies out of the package's wheel and
writes them as Rust:

    src/rules/yYYYY_YY/lha_areas.rs           LHA_AREAS and their SOURCES
    src/rules/yYYYY_YY/council_tax_band_d.rs  COUNCILS and their SOURCES

The files cite the original publishers, never the package. Running the script
again with the same package version reproduces them byte for byte; they are
written already formatted as rustfmt would.

    python3 scripts/tables/build_tables.py --year 2026
    python3 scripts/tables/build_tables.py --year 2026 --wheel /tmp/policyengine_uk-2.162.10-py3-none-any.whl

Python 3 standard library only. No floats: amounts go from their decimal text to
whole pence by splitting on the point.
"""

import argparse
import csv
import gzip
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "policyengine-uk"
PACKAGE_VERSION = "2.162.10"

REPO = Path(__file__).resolve().parents[2]

GOV = "policyengine_uk/parameters/gov/"
LHA_RATES = GOV + "dwp/LHA/lha_published_rates.csv.gz"
LHA_SOURCES = GOV + "dwp/LHA/lha_published_rates_sources.csv"
LHA_REGIONS = GOV + "dwp/LHA/brma_private_rented_households.csv.gz"
GB_FREEZE = GOV + "dwp/LHA/freeze.yaml"
NI_FREEZE = GOV + "dfc/LHA/freeze.yaml"
BAND_D = GOV + "local_authorities/council_tax/band_d/amounts.yaml"
LOCATIONS = "policyengine_uk/variables/household/demographic/locations.py"

CATEGORIES = ["A", "B", "C", "D", "E"]

# The Rust `Country` variants, in the order sources are listed.
NATIONS = ["England", "Scotland", "Wales", "NorthernIreland"]
NATION_WORDS = {
    "England": "England",
    "Scotland": "Scotland",
    "Wales": "Wales",
    "NorthernIreland": "Northern Ireland",
}
# The region column of brma_private_rented_households: every other region is English.
REGION_NATIONS = {
    "SCOTLAND": "Scotland",
    "WALES": "Wales",
    "NORTHERN_IRELAND": "NorthernIreland",
}
# The nation column of lha_published_rates_sources.
SOURCE_NATIONS = {
    "ENGLAND": "England",
    "SCOTLAND": "Scotland",
    "WALES": "Wales",
    "NORTHERN_IRELAND": "NorthernIreland",
}
# How the cite names each publisher. A publisher not listed stops the script.
PUBLISHERS = {
    "Department for Work and Pensions": "DWP",
    "nidirect (Department for Communities)": "DfC (nidirect)",
}
COUNCIL_TAX_PUBLISHERS = {
    "England": "MHCLG",
    "Wales": "Welsh Government",
    "Scotland": "Scottish Government",
}

# The 32 Scottish council areas (Local Government etc. (Scotland) Act 1994 Sch 1).
SCOTTISH_COUNCILS = [
    "ABERDEEN_CITY", "ABERDEENSHIRE", "ANGUS", "ARGYLL_AND_BUTE", "CITY_OF_EDINBURGH",
    "CLACKMANNANSHIRE", "DUMFRIES_AND_GALLOWAY", "DUNDEE_CITY", "EAST_AYRSHIRE",
    "EAST_DUNBARTONSHIRE", "EAST_LOTHIAN", "EAST_RENFREWSHIRE", "FALKIRK", "FIFE",
    "GLASGOW_CITY", "HIGHLAND", "INVERCLYDE", "MIDLOTHIAN", "MORAY", "NA_H_EILEANAN_SIAR",
    "NORTH_AYRSHIRE", "NORTH_LANARKSHIRE", "ORKNEY_ISLANDS", "PERTH_AND_KINROSS",
    "RENFREWSHIRE", "SCOTTISH_BORDERS", "SHETLAND_ISLANDS", "SOUTH_AYRSHIRE",
    "SOUTH_LANARKSHIRE", "STIRLING", "WEST_DUNBARTONSHIRE", "WEST_LOTHIAN",
]
# The 22 Welsh principal areas (Local Government Act 1972 Sch 4 Part 1, as substituted).
WELSH_COUNCILS = [
    "BLAENAU_GWENT", "BRIDGEND", "CAERPHILLY", "CARDIFF", "CARMARTHENSHIRE", "CEREDIGION",
    "CONWY", "DENBIGHSHIRE", "FLINTSHIRE", "GWYNEDD", "ISLE_OF_ANGLESEY", "MERTHYR_TYDFIL",
    "MONMOUTHSHIRE", "NEATH_PORT_TALBOT", "NEWPORT", "PEMBROKESHIRE", "POWYS",
    "RHONDDA_CYNON_TAF", "SWANSEA", "TORFAEN", "VALE_OF_GLAMORGAN", "WREXHAM",
]
# Northern Ireland's 11 districts: domestic rates, no council tax, so none may have a
# Band D figure.
NI_COUNCILS = [
    "ANTRIM_AND_NEWTOWNABBEY", "ARDS_AND_NORTH_DOWN", "ARMAGH_CITY_BANBRIDGE_AND_CRAIGAVON",
    "BELFAST", "CAUSEWAY_COAST_AND_GLENS", "DERRY_CITY_AND_STRABANE", "FERMANAGH_AND_OMAGH",
    "LISBURN_AND_CASTLEREAGH", "MID_AND_EAST_ANTRIM", "MID_ULSTER", "NEWRY_MOURNE_AND_DOWN",
]

# rustfmt's defaults: max_width, and fn_call_width (the arguments of a call on one line).
MAX_WIDTH = 100
FN_CALL_WIDTH = 60


class TableError(Exception):
    pass


def fail(message):
    raise TableError(message)


# --- Reading the wheel -------------------------------------------------------------


def download_wheel(directory):
    spec = f"{PACKAGE}=={PACKAGE_VERSION}"
    print(f"downloading {spec} (pip download --no-deps)")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
         spec, "-d", str(directory)],
        check=True,
    )
    wheels = sorted(Path(directory).glob("*.whl"))
    if len(wheels) != 1:
        fail(f"expected one wheel from pip download, found {wheels}")
    return wheels[0]


class Wheel:
    def __init__(self, path):
        self.path = Path(path)
        self.zip = zipfile.ZipFile(self.path)
        name = self.path.name
        if f"-{PACKAGE_VERSION}-" not in name:
            fail(f"{name} is not {PACKAGE} {PACKAGE_VERSION}")

    def bytes(self, member):
        try:
            return self.zip.read(member)
        except KeyError:
            fail(f"{member} is not in {self.path.name}")

    def text(self, member):
        data = self.bytes(member)
        if member.endswith(".gz"):
            data = gzip.decompress(data)
        return data.decode("utf-8")

    def csv(self, member):
        return list(csv.DictReader(io.StringIO(self.text(member))))


# --- Small parsers -----------------------------------------------------------------


def pence(text, what):
    """Whole pence from a decimal amount such as "1747.54", without floats."""
    match = re.fullmatch(r"(\d+)(?:\.(\d{1,2}))?", text.strip())
    if not match:
        fail(f"{what}: {text!r} is not an amount in pounds and pence")
    pounds, fraction = match.group(1), (match.group(2) or "")
    return int(pounds) * 100 + int(fraction.ljust(2, "0"))


def python_enum(source, name):
    """The members of `class NAME(Enum)` as {KEY: "Display name"}, in order."""
    match = re.search(rf"^class {name}\(Enum\):\n(.*?)(?=^\S)", source, re.M | re.S)
    if not match:
        fail(f"class {name}(Enum) not found in {LOCATIONS}")
    members = {}
    for line in match.group(1).splitlines():
        if not line.strip() or line.strip().startswith("#"):
            continue
        member = re.fullmatch(r'    ([A-Z0-9_]+) = "([^"\\]+)"', line)
        if not member:
            fail(f"{name}: cannot read the line {line!r}")
        members[member.group(1)] = member.group(2)
    return members


def enum_sections(source, name):
    """The `# Scotland` style comment each member of an enum sits under, if any."""
    match = re.search(rf"^class {name}\(Enum\):\n(.*?)(?=^\S)", source, re.M | re.S)
    section, sections = None, {}
    for line in match.group(1).splitlines():
        comment = re.fullmatch(r"    # (.+)", line)
        if comment:
            section = comment.group(1).strip()
        member = re.match(r"    ([A-Z0-9_]+) =", line)
        if member:
            sections[member.group(1)] = section
    return sections


def yaml_references(lines):
    """(title, href) pairs from `- title: ...` / `href: ...` lines."""
    references, title = [], None
    for line in lines:
        found = re.fullmatch(r"\s*- title: (.*)", line)
        if found:
            title = unquote(found.group(1))
            continue
        found = re.fullmatch(r"\s*href: (.*)", line)
        if found and title is not None:
            references.append((title, unquote(found.group(1))))
            title = None
    return references


def unquote(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def freeze_in(text, year):
    """From a PolicyEngine freeze.yaml: whether rates are frozen in the year from
    6 April `year`, and the references given for the entry in force then."""
    entries = []
    for line in text.splitlines():
        start = re.fullmatch(r"  (\d{4})-(\d{2})-(\d{2}):\s*(true|false)?\s*", line)
        if start:
            date = tuple(int(part) for part in start.groups()[:3])
            entries.append({"date": date, "value": start.group(4), "lines": []})
            continue
        if line and not line.startswith(" "):
            if entries and line.startswith("metadata:"):
                break
            continue
        if entries:
            value = re.fullmatch(r"    value: (true|false)\s*", line)
            if value:
                entries[-1]["value"] = value.group(1)
            entries[-1]["lines"].append(line)
    in_force = [entry for entry in entries if entry["date"] <= (year, 4, 6)]
    if not in_force or in_force[-1]["value"] not in ("true", "false"):
        fail(f"cannot read the freeze for {year} from a freeze.yaml")
    entry = in_force[-1]
    return entry["value"] == "true", yaml_references(entry["lines"])


def band_d_amounts(text, date):
    """{KEY: "amount text"} for every authority with a value on `date`."""
    amounts, key = {}, None
    for line in text.splitlines():
        top = re.fullmatch(r"([A-Z0-9_]+):\s*", line)
        if top:
            key = top.group(1)
            continue
        if line and not line.startswith(" "):
            key = None
            continue
        value = re.fullmatch(r"  (\d{4}-\d{2}-\d{2}): (\S+)\s*", line)
        if key and value and value.group(1) == date:
            if key in amounts:
                fail(f"{BAND_D}: {key} has two values on {date}")
            amounts[key] = value.group(2)
    return amounts


def top_metadata_references(text):
    block = re.search(r"^metadata:\n((?:[ \t].*\n)+)", text, re.M)
    if not block:
        fail(f"{BAND_D}: no metadata block")
    return yaml_references(block.group(1).splitlines())


# --- The Local Housing Allowance ---------------------------------------------------


def lha_tables(wheel, year, brma_names, brma_sections):
    rates = wheel.csv(LHA_RATES)

    def by_area(for_year):
        areas = {}
        for row in rates:
            if row["year"] != str(for_year):
                continue
            category, value = row["lha_category"], row["uc_rate"].strip()
            if category not in CATEGORIES:
                fail(f"{for_year} {row['brma']}: unknown category {category!r}")
            if not value:
                fail(f"{for_year} {row['brma']} {category}: no uc_rate")
            area = areas.setdefault(row["brma"], {})
            if category in area:
                fail(f"{for_year} {row['brma']} {category}: two rows")
            area[category] = pence(value, f"{for_year} {row['brma']} {category}")
        for brma, area in areas.items():
            if sorted(area) != CATEGORIES:
                fail(f"{for_year} {brma}: categories {sorted(area)}, not A to E")
        return areas

    this_year = by_area(year)
    last_year = by_area(year - 1)
    if not this_year:
        fail(f"no LHA rates for {year}")

    # The nation of each area: the nation of most of its private renters.
    households = {}
    for row in wheel.csv(LHA_REGIONS):
        nation = REGION_NATIONS.get(row["region"], "England")
        by_nation = households.setdefault(row["brma"], {})
        by_nation[nation] = by_nation.get(nation, 0) + int(row["households"])
    nations = {}
    for brma in sorted(this_year):
        if brma not in households:
            fail(f"{brma} has no region in {LHA_REGIONS}")
        if brma not in brma_names:
            fail(f"{brma} has no display name in BRMAName")
        counts = households[brma]
        nation = max(counts, key=lambda n: (counts[n], n))
        if len(counts) > 1:
            shares = ", ".join(f"{NATION_WORDS[n]} {counts[n]}" for n in sorted(counts))
            print(f"  {brma_names[brma]} crosses a border (households: {shares}): "
                  f"{NATION_WORDS[nation]}")
        # PolicyEngine's own grouping of the BRMAName enum agrees, or stop.
        section = brma_sections.get(brma)
        expected = {"Scotland": "Scotland", "Wales": "Wales",
                    "Northern Ireland": "NorthernIreland"}.get(section, "England")
        if expected != nation:
            fail(f"{brma}: households say {nation}, the BRMAName enum says {expected}")
        nations[brma] = nation

    # The freeze: every rate equals last year's where the freeze says so.
    gb_frozen, gb_refs = freeze_in(wheel.text(GB_FREEZE), year)
    ni_frozen, ni_refs = freeze_in(wheel.text(NI_FREEZE), year)
    changed = {}
    for brma, area in this_year.items():
        frozen = ni_frozen if nations[brma] == "NorthernIreland" else gb_frozen
        before = last_year.get(brma)
        if before != area:
            changed[brma] = frozen
    frozen_changed = sorted(brma for brma, frozen in changed.items() if frozen)
    if frozen_changed:
        fail(f"rates are frozen in {year} but these areas differ from {year - 1}: "
             f"{frozen_changed}")
    same = len(this_year) - len(changed)
    print(f"LHA {year} uc_rate equal to {year - 1} in {same} of {len(this_year)} areas"
          + (" (all: the freeze held)" if not changed else ""))

    freeze_note = None
    if gb_frozen and ni_frozen and not changed:
        gb = order_reference(gb_refs, rf"Order {year}$", "Great Britain")
        ni = order_reference(ni_refs, rf"\(Northern Ireland\) {year}$", "Northern Ireland")
        freeze_note = (gb, ni)

    sources = lha_sources(wheel, year, set(nations.values()))
    areas = sorted(
        ((brma_names[brma], nations[brma], [this_year[brma][c] for c in CATEGORIES])
         for brma in this_year),
        key=lambda area: area[0],
    )
    names = [area[0] for area in areas]
    if len(set(names)) != len(names):
        fail("two areas share a display name")
    return areas, sources, freeze_note


def order_reference(references, pattern, where):
    found = [(t, h) for t, h in references if re.search(pattern, t)]
    if len(found) != 1:
        fail(f"the {where} freeze: expected one reference matching {pattern!r}, "
             f"found {found}")
    title, href = found[0]
    match = re.search(r"legislation\.gov\.uk/(uksi|nisr)/(\d{4})/(\d+)/", href)
    if not match:
        fail(f"the {where} freeze reference {href} is not on legislation.gov.uk")
    kind = {"uksi": "SI", "nisr": "SR"}[match.group(1)]
    return f"{kind}~{match.group(2)}/{match.group(3)}", href


def lha_sources(wheel, year, nations_used):
    chosen = {}
    for row in wheel.csv(LHA_SOURCES):
        if row["year"] != str(year):
            continue
        # The monthly tables for UC: DWP's for Great Britain, nidirect's for NI.
        if not (row["parser"] == "dwp_uc" or row["location"] == "uc_table"):
            continue
        nation = SOURCE_NATIONS.get(row["nation"])
        if nation is None:
            fail(f"{LHA_SOURCES}: unknown nation {row['nation']!r}")
        if nation in chosen:
            fail(f"{LHA_SOURCES}: two UC sources for {nation} in {year}")
        chosen[nation] = row
    sources = []
    for nation in NATIONS:
        if nation not in nations_used:
            continue
        row = chosen.get(nation)
        if row is None:
            fail(f"{LHA_SOURCES}: no UC source for {nation} in {year}")
        publisher = PUBLISHERS.get(row["publisher"])
        if publisher is None:
            fail(f"{LHA_SOURCES}: add a short name for {row['publisher']!r} to PUBLISHERS")
        title = row["title"].strip()
        words = NATION_WORDS[nation]
        if not title.startswith(words):
            title = f"{words}: {title}"
        if str(year) not in title:
            title = f"{title} ({year} to {year + 1})"
        sources.append((f"{publisher}, {title}", official(row["landing_page"])))
        print(f"  source {row['id']}: {row['landing_page']}")
    return sources


def official(url):
    url = url.strip()
    if not url.startswith("https://") or "policyengine" in url.lower():
        fail(f"{url} is not a publisher's address")
    return url


# --- Council tax -------------------------------------------------------------------


def council_tables(wheel, year, authority_names):
    text = wheel.text(BAND_D)
    amounts = band_d_amounts(text, f"{year}-01-01")
    if not amounts:
        fail(f"{BAND_D}: no values for {year}-01-01")
    nation_of = {}
    for keys, nation in ((SCOTTISH_COUNCILS, "Scotland"), (WELSH_COUNCILS, "Wales")):
        for key in keys:
            if key not in amounts:
                fail(f"{key} ({nation}) has no Band D for {year}")
            nation_of[key] = nation
    with_rates = [key for key in NI_COUNCILS if key in amounts]
    if with_rates:
        fail(f"Northern Ireland has rates, not council tax, but {with_rates} have Band D")
    councils = []
    for key, amount in amounts.items():
        if key not in authority_names:
            fail(f"{key} has no display name in LocalAuthority")
        nation = nation_of.get(key, "England")
        councils.append((authority_names[key], nation, pence(amount, f"Band D {key}")))
    councils.sort(key=lambda council: council[0])
    names = [council[0] for council in councils]
    if len(set(names)) != len(names):
        fail("two councils share a display name")

    short = f"{year}-{(year + 1) % 100:02d}"
    references = top_metadata_references(text)
    sources = []
    for nation in NATIONS:
        if nation not in COUNCIL_TAX_PUBLISHERS:
            continue
        found = [(t, h) for t, h in references if t.startswith(f"{nation} {short}")]
        if len(found) != 1:
            fail(f"{BAND_D}: expected one {nation} {short} reference, found {found}")
        title, href = found[0]
        # The title up to its parenthesis (which table, sheet and line), naming only
        # this year: "Wales 2026-27 and 2025-26: ..." cites "Wales 2026-27: ...".
        title = title.split(" (")[0].strip()
        title = re.sub(rf"^({nation} {short}) and \d{{4}}-\d{{2}}:", r"\1:", title)
        sources.append((f"{COUNCIL_TAX_PUBLISHERS[nation]}, {title}", official(href)))
    return councils, sources


# --- Writing Rust ------------------------------------------------------------------


def rust_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def call(name, arguments, indent):
    """`Name::new(a, b, c),` on one line if it fits, else one argument a line, as
    rustfmt writes it."""
    pad = " " * indent
    joined = ", ".join(arguments)
    line = f"{pad}{name}::new({joined}),"
    if len(joined) <= FN_CALL_WIDTH and len(line) <= MAX_WIDTH:
        return [line]
    inner = " " * (indent + 4)
    return [f"{pad}{name}::new("] + [f"{inner}{a}," for a in arguments] + [f"{pad}),"]


def array(name, kind, items):
    lines = [f"pub const {name}: [{kind}; {len(items)}] = ["]
    for item in items:
        lines.extend(item)
    lines.append("];")
    return lines


def sources_lines(sources):
    return array("SOURCES", "Source", [
        call("Source", [rust_string(cite), rust_string(url)], 4) for cite, url in sources
    ])


def country_import(nations):
    used = [n for n in sorted(NATIONS) if n in nations]
    if len(used) == 1:
        return f"use crate::country::Country::{used[0]};"
    return f"use crate::country::Country::{{{', '.join(used)}}};"


def wrap_comment(text, prefix="//! "):
    """Comment lines of words; "~" joins two words that must stay on one line."""
    lines, line = [], ""
    for word in text.split():
        if line and len(prefix) + len(line) + 1 + len(word) > MAX_WIDTH - 8:
            lines.append(prefix + line.replace("~", " "))
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(prefix + line.replace("~", " "))
    return lines


def generated_line(year):
    return (f"//! GENERATED by scripts/tables/build_tables.py --year {year}: "
            "do not edit by hand.")


def lha_file(year, areas, sources, freeze_note):
    span = f"{year}/{(year + 1) % 100:02d}"
    before = f"{year - 1}/{year % 100:02d}"
    about = (f"The Local Housing Allowance for UC in {span}, a calendar month for each "
             "category A to E, for every Broad Rental Market Area: the DWP's monthly "
             "tables for England, Scotland and Wales and the Department for "
             f"Communities' (nidirect) for Northern Ireland, as copied in {PACKAGE} "
             f"{PACKAGE_VERSION}.")
    if freeze_note:
        (gb, gb_url), (ni, ni_url) = freeze_note
        about += (f" {span} equals {before}: the rates stay frozen under {gb}, {gb_url} "
                  f"(Northern Ireland: {ni}, {ni_url}).")
    nations = {area[1] for area in areas}
    lines = [generated_line(year)] + wrap_comment(about) + [
        country_import(nations),
        "use crate::rules::LhaArea;",
        "use crate::source::Source;",
        "",
    ]
    lines += sources_lines(sources)
    lines += array("LHA_AREAS", "LhaArea", [
        call("LhaArea", [rust_string(name), nation,
                         "[" + ", ".join(str(p) for p in rates) + "]"], 4)
        for name, nation, rates in areas
    ])
    return "\n".join(lines) + "\n"


def council_file(year, councils, sources):
    span = f"{year}/{(year + 1) % 100:02d}"
    about = (f"The Band D council tax for {span} of every billing authority in England, "
             "Wales and Scotland, in pence, from MHCLG's Table 10 (the area of the "
             "billing authority, with all precepts), the Welsh Government's council tax "
             "levels (overall average Band D) and the Scottish Government's Band D "
             f"dataset (no water or waste water charges), as copied in {PACKAGE} "
             f"{PACKAGE_VERSION}. Northern Ireland has domestic rates, not council tax.")
    nations = {council[1] for council in councils}
    lines = [generated_line(year)] + wrap_comment(about) + [
        country_import(nations),
        "use crate::rules::CouncilArea;",
        "use crate::source::Source;",
        "",
    ]
    lines += sources_lines(sources)
    lines += array("COUNCILS", "CouncilArea", [
        call("CouncilArea", [rust_string(name), nation, str(amount)], 4)
        for name, nation, amount in councils
    ])
    return "\n".join(lines) + "\n"


def counts(rows):
    found = {}
    for row in rows:
        found[row[1]] = found.get(row[1], 0) + 1
    return ", ".join(f"{NATION_WORDS[n]} {found[n]}" for n in NATIONS if n in found)


# --- Main --------------------------------------------------------------------------


def build(wheel_path, year, repo):
    wheel = Wheel(wheel_path)
    print(f"reading {wheel.path.name}")
    locations = wheel.text(LOCATIONS)
    brma_names = python_enum(locations, "BRMAName")
    brma_sections = enum_sections(locations, "BRMAName")
    authority_names = python_enum(locations, "LocalAuthority")

    areas, lha_cited, freeze_note = lha_tables(wheel, year, brma_names, brma_sections)
    print(f"LHA areas: {len(areas)} ({counts(areas)})")
    councils, council_cited = council_tables(wheel, year, authority_names)
    print(f"councils with a Band D for {year}: {len(councils)} ({counts(councils)})")

    folder = repo / "src" / "rules" / f"y{year}_{(year + 1) % 100:02d}"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (
        ("lha_areas.rs", lha_file(year, areas, lha_cited, freeze_note)),
        ("council_tax_band_d.rs", council_file(year, councils, council_cited)),
    ):
        path = folder / name
        path.write_bytes(text.encode("utf-8"))
        print(f"wrote {path.relative_to(repo)} ({len(text.encode('utf-8'))} bytes)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--year", type=int, required=True,
                        help="the tax year's first calendar year: 2026 for 2026/27")
    parser.add_argument("--wheel", type=Path,
                        help=f"a {PACKAGE} {PACKAGE_VERSION} wheel already downloaded")
    parser.add_argument("--repo", type=Path, default=REPO,
                        help="the Benefit Bridge checkout to write into")
    args = parser.parse_args()
    try:
        if args.wheel:
            build(args.wheel, args.year, args.repo)
        else:
            with tempfile.TemporaryDirectory() as directory:
                build(download_wheel(directory), args.year, args.repo)
    except TableError as error:
        print(f"build_tables.py: FAILED: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
