"""The knowledge base: countries, cities, organisations, people with dated roles, weapon systems.

The data are tab-separated files in ``sambandh/kb/`` written from public facts (see
``docs/kb.md``). A user can point ``Config.kb_dir`` (``SAMBANDH_KB_DIR``) at a folder with
the same files to use a bigger knowledge base; ``sambandh.wikidata`` builds one from a dump.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .normalize import fold, normalize
from .script import DEVANAGARI

KB_DIR = Path(__file__).with_name("kb")
# the kinds of listed places a Hindi spelling is matched to by the sound of their English name
_SOUND_KINDS = frozenset({"city", "capital", "state", "province", "territory"})
_DEVANAGARI = re.compile(r"[" + DEVANAGARI + r"]")
# a country's initials in Latin capitals ("US", "UK", "UAE"): two or three letters
_LATIN_INITIALS = re.compile(r"[A-Z]{2,3}")


@dataclass(frozen=True, slots=True)
class Role:
    """A dated role: ``defence_minister`` of ``ru`` from ``2024-05-14`` (``to`` None: still held)."""

    role: str
    of: str
    start: str | None = None
    end: str | None = None

    def active(self, date: dt.date | None) -> bool:
        """Whether the role was held on ``date`` (True when no date is known)."""
        if date is None:
            return True
        day = date.isoformat()
        if self.start and day < _pad(self.start, "01"):
            return False
        return not (self.end and day > _pad(self.end, "31"))

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "of": self.of, "from": self.start, "to": self.end}


def _pad(value: str, day: str) -> str:
    """``2021`` → ``2021-01-01`` (or ``-12-31``); ``2021-04`` → ``2021-04-01`` (or ``-31``)."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-01-01" if day == "01" else f"{value}-12-31"
    if len(parts) == 2:
        return f"{value}-{day}"
    return value


@dataclass(frozen=True, slots=True)
class KBEntity:
    """One knowledge-base entity."""

    id: str
    label: str
    name: str
    name_en: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    country: str | None = None
    kind: str | None = None
    demonyms: tuple[str, ...] = ()
    weak: bool = False  # a generated entry: a one-word name is taken only where the NER model reads a name
    # Hindi names generated from the English name (world_places_en.tsv): taken only where the model reads a place
    spelled: bool = False
    # a border line between countries (regions.tsv kind ``line``, ``in|pk`` in the code column): the
    # countries on either side, whose towns it may hold; ``country`` stays empty (it is no one country's)
    divides: tuple[str, ...] = ()

    def names(self) -> Iterator[str]:
        """Every name: Hindi, English and aliases."""
        yield self.name
        yield self.name_en
        yield from self.aliases

    def hindi_names(self) -> list[str]:
        """The names written in Devanagari."""
        return [n for n in self.names() if _DEVANAGARI.search(n)]

    def roles_on(self, date: dt.date | None) -> list[Role]:
        """The roles held on ``date``."""
        return [r for r in self.roles if r.active(date)]


@dataclass(frozen=True, slots=True)
class ChairTerm:
    """One rotating chairmanship: ``country`` chairs ``org`` in the term known as ``year``."""

    org: str
    country: str
    year: int
    start: str
    end: str | None

    def bounds(self) -> tuple[str, str]:
        """First and last day of the term (an open term runs to the end of time)."""
        return _pad(self.start, "01"), _pad(self.end, "31") if self.end else "9999-12-31"


@dataclass
class KnowledgeBase:
    """Entities by id, with a lookup from folded names to ids, rotating chairmanships, and
    the dates of recurring summits by series (``in+ru``).
    """

    entities: dict[str, KBEntity] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    demonyms: dict[str, str] = field(default_factory=dict)
    by_sound: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_skeleton: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    max_tokens: int = 1
    chairs: dict[tuple[str, str], list[ChairTerm]] = field(default_factory=lambda: defaultdict(list))
    summits: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # member countries of small groupings by grouping id: (country id, from, to), ``members.tsv``
    members: dict[str, list[tuple[str, str, str]]] = field(default_factory=lambda: defaultdict(list))
    # places listed by their English name alone (world_places_en.tsv), largest first: linked by sound
    unlisted_places: list[KBEntity] = field(default_factory=list)
    _place_sounds: dict[str, list[KBEntity]] | None = field(default=None, repr=False)
    # the long keys of _place_sounds by their first letter, for the near matches
    _long_sounds: dict[str, list[str]] = field(default_factory=dict, repr=False)
    # per first letter, its long keys' lengths and letter counts (:func:`_letter_counts`)
    _long_counts: dict[str, tuple[Any, Any]] = field(default_factory=dict, repr=False)
    # a country's own word for an institution (institution_names.tsv), folded -> (the institution's
    # id, the folded cue words that make the word alone that institution)
    local_names: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=lambda: defaultdict(list))
    # surface -> the id place_by_sound found for it (None: none); the answer depends on the surface alone
    # each surface's place id (None: none) and whether it was found only near a listed sound, not equal to one
    _sound_answers: dict[str, tuple[str | None, bool]] = field(default_factory=dict, repr=False)
    # the last surface worked out once the answers above are full, with its answer
    _last_sound: tuple[str, str | None, bool] = field(default=("", None, False), repr=False)

    def add(self, ent: KBEntity, latin: bool = True) -> None:
        """Add an entity and index its names (with ``latin`` False, its Devanagari names alone)."""
        self.entities[ent.id] = ent
        for name in ent.names() if latin else ent.hindi_names():
            key = fold(name)
            if key and ent.id not in self.by_name[key]:
                ids = self.by_name[key]
                # a listed entity comes before generated ones of its name, whichever table was read first
                # (गुजरात: India's state, not the Pakistani city GeoNames spells the same)
                at = len(ids) if ent.weak or ent.spelled else next(
                    (i for i, x in enumerate(ids) if self.entities[x].weak or self.entities[x].spelled), len(ids))
                ids.insert(at, ent.id)
                self.max_tokens = max(self.max_tokens, len(key.split()))
        if ent.label in ("PERSON", "ORG", "GPE") and ent.kind != "institution":  # generated names: exact only
            from .phonetic import phonetic_key

            for name in ent.names() if latin else ent.hindi_names():
                pk = phonetic_key(name)
                # several words only: one word alone sounds like too many ordinary words
                if len(pk.split()) >= 2 and ent.id not in self.by_sound[pk]:
                    self.by_sound[pk].append(ent.id)
                    skel = skeleton(pk)
                    if skel and ent.id not in self.by_skeleton[skel]:
                        self.by_skeleton[skel].append(ent.id)
        for dem in ent.demonyms:
            self.demonyms[fold(dem)] = ent.id

    def members_of(self, org: str, day: str | None = None) -> list[str]:
        """The member countries of a grouping (``members.tsv``) on ``day`` (YYYY-MM-DD), today's without one."""
        return [c for c, start, end in self.members.get(org, ())
                if (not start or not day or start <= day)
                and (not end or (day is not None and day <= end))]  # fmt: skip

    def lookup(self, name: str) -> list[KBEntity]:
        """Entities with this name (any script or spelling the knowledge base lists)."""
        return [self.entities[i] for i in self.by_name.get(fold(name), ())]

    def place_by_sound(self, surface: str) -> KBEntity | None:
        """The city or state a Devanagari place name is a spelling of, by the sound of its English name.

        For a name no table lists in this spelling (``मांट्रियल``, ``जोहानिसबर्ग``): the listed
        cities, states and provinces, then ``world_places_en.tsv``, whose English name (accents and
        hyphens aside) equals one of the transliteration model's best Latin spellings of its words
        (of a name under six letters, one of the two best), or, for a name of eight letters or
        more, differs from one of those spellings by at most one letter in ten (phonetic keys are
        too lossy here: ``Taoyuan`` and ``तान`` share one). Of several places, a listed one, then the
        largest. An unlisted place found is added to ``entities`` so that its id resolves.

        >>> kb = KnowledgeBase(unlisted_places=[KBEntity("city:minya", "GPE", "Minya", "Minya", country="eg")])
        >>> kb.place_by_sound("मिन्या").id
        'city:minya'
        """
        if not surface.strip() or not _DEVANAGARI.search(surface):
            return None
        if self._place_sounds is None:
            self._place_sounds = defaultdict(list)
            listed = [e for e in self.entities.values() if e.label == "GPE" and e.kind in _SOUND_KINDS]
            for place in [*listed, *self.unlisted_places]:
                for name in {place.name_en, *(a for a in place.aliases if not _DEVANAGARI.search(a))}:
                    plain = _latin_key(name)
                    if len(plain) < 4:
                        continue
                    key = f"s:{plain.replace(' ', '')}"
                    if place not in self._place_sounds[key]:
                        self._place_sounds[key].append(place)
            for key in self._place_sounds:
                if len(key) >= 10:
                    self._long_sounds.setdefault(key[2], []).append(key)
            for first, keys in self._long_sounds.items():
                self._long_counts[first] = _letter_counts(keys)
        if surface in self._sound_answers:
            known = self._sound_answers[surface][0]
            return self.entities[known] if known is not None else None
        ent, near = self._place_by_sound(surface)
        if len(self._sound_answers) < 100_000:
            self._sound_answers[surface] = (ent.id if ent is not None else None, near)
        else:
            self._last_sound = (surface, ent.id if ent is not None else None, near)
        if ent is None:
            return None
        self.entities.setdefault(ent.id, ent)
        return self.entities[ent.id]

    def heard_near(self, surface: str) -> bool:
        """Whether :meth:`place_by_sound` found the place of ``surface`` only near one of its
        listed sounds (one letter in ten apart), not equal to one.
        """
        if surface in self._sound_answers:
            return self._sound_answers[surface][1]
        return self._last_sound[0] == surface and self._last_sound[2]

    def _place_by_sound(self, surface: str) -> tuple[KBEntity | None, bool]:
        """:meth:`place_by_sound`, worked out; and whether the place was found only near a listed sound."""
        from itertools import islice, product

        from .translit import spellings

        assert self._place_sounds is not None
        words = surface.split()
        if len(words) > 3:
            return None, False
        options = [spellings(w, 8 if len(words) == 1 else 4) for w in words]
        # a short name is a place only by one of the model's two best spellings: "हैंड" is "hand"
        # before it is Handa
        keys = [key for r, c in enumerate(islice(product(*options), 64))
                if len(key := f"s:{''.join(c)}") >= 8 or r < 2]
        ent: KBEntity | None = next((hits[0] for key in keys if (hits := self._place_sounds.get(key))), None)
        if ent is None:
            spelled = [k for k in keys if k.startswith("s:") and len(k) >= 10]
            for key in spelled:
                close = self._near_sound(key)
                if close is not None:
                    return self._place_sounds[close][0], True
        return ent, False

    def _near_sound(self, key: str) -> str | None:
        """The long sound key (of ``_long_sounds``, the same first letter) nearest ``key`` with a
        difflib ratio of 0.9 or more, as ``get_close_matches(key, keys, n=1, cutoff=0.9)`` finds it.

        The ratio is 2 * matches / (sum of lengths), and the matches are at most the letters the two
        keys share (difflib's ``quick_ratio``): that bound, worked out for every key of the letter at
        once, leaves ``get_close_matches`` the few that can reach 0.9 (the same answer for a tenth
        of the work; this was most of the linking stage's time).
        """
        from difflib import get_close_matches

        import numpy as np

        keys = self._long_sounds.get(key[2:3])
        if not keys:
            return None
        lengths, counts = self._long_counts[key[2]]
        # the letters shared, summed over the columns of the key's own letters alone (the others add nothing)
        kcounts: dict[int, int] = {}
        for ch in key:
            col = min(ord(ch), 127)
            kcounts[col] = kcounts.get(col, 0) + 1
        shared = np.minimum(counts[:, list(kcounts)], np.array(list(kcounts.values()), dtype=np.int32)).sum(axis=1)
        # (a hair below 0.9: the bound in numpy's floats must never drop a key difflib keeps)
        can = np.flatnonzero(2.0 * shared >= 0.9 * (lengths + len(key)) - 1e-9)
        close = get_close_matches(key, [keys[i] for i in can], n=1, cutoff=0.9)
        return close[0] if close else None

    def country_of(self, word: str) -> str | None:
        """The country id for a country name or a demonym (``रूस``, ``रूसी``, ``Russian``)."""
        key = fold(word)
        for eid in self.by_name.get(key, ()):
            if eid.startswith("country:"):
                return eid
        return self.demonyms.get(key)

    def country_id(self, eid: str) -> str | None:
        """The country entity id an entity belongs to (a country itself, a city's, a person's)."""
        ent = self.entities.get(eid)
        if ent is None or not ent.country:
            return None
        return ent.country if ent.country.startswith("country:") else f"country:{ent.country}"

    def holders(self, role: str, of: str, date: dt.date | None) -> list[KBEntity]:
        """People who held ``role`` of ``of`` on ``date``."""
        return [
            e
            for e in self.entities.values()
            if e.label == "PERSON" and any(r.role == role and r.of == of and r.active(date) for r in e.roles)
        ]


def skeleton(key: str) -> str | None:
    """A several-word phonetic key with the vowels of every word but the first dropped
    (``sergei lavrov`` and ``sergei lovrov`` → ``sergei lvrv``); ``None`` when a later word
    keeps fewer than three consonants, too little to tell names apart.
    """
    first, *rest = key.split()
    bare = [re.sub(r"[aeiou]", "", w) for w in rest]
    if not bare or any(len(b) < 3 for b in bare):
        return None
    return " ".join([first, *bare])


def _letter_counts(keys: list[str]) -> tuple[Any, Any]:
    """The lengths of sound keys (``s:`` and lower-case letters) and how often each holds each
    character, as numpy arrays of one row a key (characters past ASCII share the last column:
    the letters two keys share are then overcounted, never undercounted, as a bound must be).
    """
    import numpy as np

    counts = np.zeros((len(keys), 128), dtype=np.int32)
    for i, key in enumerate(keys):
        for ch in key:
            counts[i, min(ord(ch), 127)] += 1
    return np.array([len(k) for k in keys], dtype=np.int32), counts


def _latin_key(name: str) -> str:
    """An English place name in plain lower-case letters (``Montréal`` → ``montreal``)."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z ]", " ", plain.lower()).split())


def _rows(path: Path, ncols: int) -> Iterator[list[str]]:
    """Data rows of a tab-separated file (``#`` comments and the header skipped), padded to ``ncols``."""
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [normalize(c.strip()) for c in line.split("\t")]
        if lineno == 1 and cols[0] in ("code", "id", "name_hi", "name_en"):
            continue
        if len(cols) > ncols:
            raise ConfigError(f"{path.name}:{lineno}: {len(cols)} columns, expected at most {ncols}")
        yield cols + [""] * (ncols - len(cols))


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def slug(text: str) -> str:
    """``Andrey Belousov`` → ``andrey-belousov``."""
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def parse_roles(value: str) -> tuple[Role, ...]:
    """``defence_minister@ru:2024-05-14:;…`` → roles."""
    roles = []
    for item in value.split(";"):
        item = item.strip()
        if not item:
            continue
        m = re.fullmatch(r"([a-z_]+)@([a-z0-9_-]+):([0-9-]*):([0-9-]*)", item)
        if not m:
            raise ConfigError(f"bad role {item!r}: expected role@of:from:to")
        roles.append(Role(m.group(1), m.group(2), m.group(3) or None, m.group(4) or None))
    return tuple(roles)


def _of_id(of: str, kb: KnowledgeBase | None = None) -> str:
    """A role's ``of`` as an entity id: a country code the knowledge base has, a region it has
    (``uttar-pradesh``: a state's chief minister), else an organisation.
    """
    if kb is not None and f"org:{of}" in kb.entities and f"country:{of}" not in kb.entities:
        return f"org:{of}"
    if kb is not None and len(of) > 2 and f"region:{of}" in kb.entities:
        return f"region:{of}"
    return f"country:{of}" if len(of) == 2 else f"org:{of}"


# administered units are GPE (like countries and cities); areas, seas and lines are LOC
_REGION_KINDS = {
    "state": "GPE", "territory": "GPE", "province": "GPE",
    "region": "LOC", "sea": "LOC", "line": "LOC", "valley": "LOC", "lake": "LOC", "glacier": "LOC", "continent": "LOC",
    "river": "LOC",
}  # fmt: skip


def _add_institutions(kb: KnowledgeBase, table: Path, extra: dict[str, list[str]]) -> None:
    """One ORG entity per country with a demonym and institution (``institutions.tsv``): its
    names are the demonym or the country's name before the institution's word, in both scripts.
    """
    if not table.exists():
        return
    rows = list(_rows(table, 4))
    local = table.with_name("institution_names.tsv")
    own = {(c, k): (hi, en) for c, k, hi, en, _cues in (_rows(local, 5) if local.exists() else ())}
    for code, (_aliases, dem_hi, dem_en) in extra.items():
        country = kb.entities.get(f"country:{code}")
        if country is None or not (dem_hi or dem_en):
            continue
        for key, words_hi, word_en, how in rows:
            forms = set(_split(how))
            names_hi = [n for n in country.hindi_names() if " " not in n] if "name" in forms else []
            hi = [f"{d} {w}" for d in (_split(dem_hi) if "dem" in forms else ()) for w in _split(words_hi)]
            hi += [f"{n} {w}" for n in names_hi for w in _split(words_hi)]
            en = [f"{d} {word_en}" for d in (_split(dem_en) if "dem" in forms else ())]
            en += [f"{country.name_en} {word_en}"] if "name" in forms else []
            # the country's Latin initials name it before the word as its name does ("US Navy", "UK Parliament")
            en += [f"{a} {word_en}" for a in country.aliases if "name" in forms and _LATIN_INITIALS.fullmatch(a)]
            # "of": the word before the country's English name or a longer Latin alias of it ("Embassy of
            # China", "Embassy of the People's Republic of China"; an apostrophe either way)
            if "of" in forms:
                longer = [a for a in country.aliases if a.isascii() and " " in a]
                for n in dict.fromkeys([country.name_en, *longer, *(a.replace("'", "’") for a in longer if "'" in a)]):
                    en += [f"{word_en} of {n}", f"{word_en} of the {n}"]
            if (code, key) in own:  # the country's own word for it, after the same words ("अमेरिकी कांग्रेस")
                own_hi, own_en = own[code, key]
                hi += [f"{n.rsplit(' ', 1)[0]} {w}" for n in hi for w in _split(own_hi) if " " in n]
                en += [f"{n.removesuffix(' ' + word_en)} {own_en}" for n in en if own_en and n.endswith(" " + word_en)]
            if not hi and not en:
                continue
            name_en = en[0] if en else f"{country.name_en} {word_en}"
            aliases = tuple(dict.fromkeys(hi[1:] + en[1:]))
            kb.add(KBEntity(id=f"org:{code}-{key}", label="ORG", name=hi[0] if hi else name_en, name_en=name_en,
                            aliases=aliases, country=code, kind="institution"))  # fmt: skip
    for code, key, own_hi, own_en, cues in _rows(local, 5) if local.exists() else ():
        if f"org:{code}-{key}" in kb.entities:
            for word in (*_split(own_hi), own_en):
                if word:
                    kb.local_names[fold(word)].append((f"org:{code}-{key}", frozenset(fold(c) for c in _split(cues))))


def load_dir(path: Path) -> KnowledgeBase:
    """Read a knowledge-base folder."""
    if not path.is_dir():
        raise ConfigError(f"knowledge base folder not found: {path}")
    kb = KnowledgeBase()
    extra = _country_extras(path)
    _add_countries(kb, path, extra)
    _add_places(kb, path)
    _add_orgs(kb, path)
    _add_institutions(kb, path / "institutions.tsv", extra)
    _add_named_things(kb, path)
    _add_people(kb, path)
    _add_calendar(kb, path)
    _add_unlisted_places(kb, path / "world_places_en.tsv")
    return kb


def _add_unlisted_places(kb: KnowledgeBase, table: Path) -> None:
    """The English-only places (generated by ``training/kb/cities.py``), except any listed by name or id."""
    if not table.exists():
        return
    seen: set[str] = set()
    for name_en, code, kind, _pop, names_hi in _rows(table, 5):
        pid = f"{'region' if kind == 'state' else 'city'}:{slug(name_en)}"
        if pid in kb.entities or pid in seen or kb.lookup(name_en):
            continue
        seen.add(pid)
        names = [n for n in _split(names_hi) if not kb.lookup(n)]
        if names:
            # Hindi spellings generated from the English name: found in text as the generated world
            # cities are (weak); the English name is not matched (a "Reading" is mostly no town)
            ent = KBEntity(id=pid, label="GPE", name=names[0], name_en=name_en, aliases=tuple(names[1:]),
                           country=code or None, kind=kind, spelled=True)
            kb.add(ent, latin=False)
        else:
            ent = KBEntity(id=pid, label="GPE", name=name_en, name_en=name_en, country=code or None, kind=kind)
        kb.unlisted_places.append(ent)


def _country_extras(path: Path) -> dict[str, list[str]]:
    """Per country code, more aliases and the Hindi and English demonyms (``country_aliases.tsv``)."""
    extra: dict[str, list[str]] = {}
    alias_file = path / "country_aliases.tsv"
    if alias_file.exists():
        for code, aliases, dem_hi, dem_en in _rows(alias_file, 4):
            extra[code] = [aliases, dem_hi, dem_en]
    return extra


def _add_countries(kb: KnowledgeBase, path: Path, extra: dict[str, list[str]]) -> None:
    """Countries (``countries.tsv``), with the aliases and demonyms of ``extra``."""
    for code, name_hi, name_en, aliases in _rows(path / "countries.tsv", 4):
        more = extra.get(code, ["", "", ""])
        kb.add(
            KBEntity(
                id=f"country:{code}",
                label="GPE",
                name=name_hi,
                name_en=name_en,
                aliases=_split(aliases) + _split(more[0]),
                country=code,
                kind="country",
                demonyms=_split(more[1]) + _split(more[2]),
            )
        )


@lru_cache(maxsize=1)
def _joined_endings() -> frozenset[str]:
    """The last words of towns' names written apart or joined (``lang/*/joined_place_endings.tsv``)."""
    from .lexicon import every_language_rows

    return frozenset(r[0] for r in every_language_rows("joined_place_endings.tsv") if r)


def _joined_forms(names: list[str]) -> tuple[str, ...]:
    """The one-word spellings of two-word Hindi town names that end in a word written apart or
    joined (``मुज़फ़्फ़र नगर`` → ``मुज़फ़्फ़रनगर``), for the names that lack them.
    """
    out = []
    for name in names:
        words = name.split()
        if len(words) == 2 and words[1] in _joined_endings() and "".join(words) not in names:
            out.append("".join(words))
    return tuple(out)


_TOWN_KINDS = ("city", "locality")


def _add_india_towns(kb: KnowledgeBase, table: Path) -> None:
    """Towns, district seats and city neighbourhoods of India (``india_towns.tsv``, by hand), after the hand
    city table (which wins by id) and before the generated world cities (which they replace by id): full
    names, except those the table marks common (an everyday word too, or a thing named after the town),
    taken as generated spellings are (``spelled``): only where the NER model reads a place.
    """
    if not table.exists():
        return
    for name_hi, name_en, _state, kind, common, aliases in _rows(table, 6):
        if kind not in _TOWN_KINDS:
            raise ConfigError(f"{table.name}: unknown kind {kind!r} for {name_en}")
        cid = f"city:{slug(name_en)}"
        if cid in kb.entities:
            continue
        others = _split(aliases)
        kb.add(KBEntity(id=cid, label="GPE", name=name_hi, name_en=name_en,
                        aliases=others + _joined_forms([name_hi, *others]), country="in", kind=kind,
                        spelled=common == "1"))  # fmt: skip


def _add_places(kb: KnowledgeBase, path: Path) -> None:
    """Cities (the hand table, then the generated world table where it adds a city) and regions."""
    for name_hi, name_en, code, capital, aliases in _rows(path / "cities.tsv", 5):
        kb.add(
            KBEntity(
                id=f"city:{slug(name_en)}",
                label="GPE",
                name=name_hi,
                name_en=name_en,
                aliases=_split(aliases) + _joined_forms([name_hi, *_split(aliases)]),
                country=code or None,
                kind="capital" if capital == "1" else "city",
            )
        )
    _add_india_towns(kb, path / "india_towns.tsv")
    world = path / "world_cities.tsv"  # generated from GeoNames by training/kb/cities.py; the hand table wins
    for name_hi, name_en, code, capital, aliases in _rows(world, 5) if world.exists() else ():
        cid = f"city:{slug(name_en)}"
        if cid in kb.entities:
            continue
        names = _split(aliases) + _joined_forms([name_hi, *_split(aliases)])
        kb.add(KBEntity(id=cid, label="GPE", name=name_hi, name_en=name_en, aliases=names,
                        country=code or None, kind="capital" if capital == "1" else "city", weak=True))  # fmt: skip
    region_file = path / "regions.tsv"
    for name_hi, name_en, code, kind, aliases in _rows(region_file, 5) if region_file.exists() else ():
        if kind not in _REGION_KINDS:
            raise ConfigError(f"{region_file.name}: unknown kind {kind!r} for {name_en}")
        sides = _split(code)  # a border line names the countries it divides (``in|pk``): no one country's
        if len(sides) > 1 and kind != "line":
            raise ConfigError(f"{region_file.name}: only a line divides countries ({code!r} for {name_en})")
        kb.add(
            KBEntity(
                id=f"region:{slug(name_en)}",
                label=_REGION_KINDS[kind],
                name=name_hi,
                name_en=name_en,
                aliases=_split(aliases),
                country=sides[0] if len(sides) == 1 else None,
                kind=kind,
                divides=tuple(f"country:{c}" for c in sides) if len(sides) > 1 else (),
            )
        )


def _add_orgs(kb: KnowledgeBase, path: Path) -> None:
    """Organisations; those ``national_bodies.tsv`` lists belong to one country, those ``media.tsv`` lists
    are news media (kind ``media``).
    """
    bodies = path / "national_bodies.tsv"
    national = {oid: code for oid, code in _rows(bodies, 2)} if bodies.exists() else {}
    media_file = path / "media.tsv"  # news media: kind "media"
    media = {row[0] for row in _rows(media_file, 1)} if media_file.exists() else set()
    for oid, name_hi, name_en, aliases in _rows(path / "orgs.tsv", 4):
        home = national.get(oid)
        kb.add(KBEntity(id=f"org:{oid}", label="ORG", name=name_hi, name_en=name_en, aliases=_split(aliases),
                        country=home, kind="national" if home else "media" if oid in media else None))  # fmt: skip


def _add_named_things(kb: KnowledgeBase, path: Path) -> None:
    """Facilities, treaties, named events and weapons."""
    fac_file = path / "facilities.tsv"
    for name_hi, name_en, code, aliases in _rows(fac_file, 4) if fac_file.exists() else ():
        kb.add(KBEntity(id=f"fac:{slug(name_en)}", label="FAC", name=name_hi, name_en=name_en, aliases=_split(aliases),
                        country=code or None, kind="facility"))  # fmt: skip
    treaty_file = path / "treaties.tsv"
    for tid, name_hi, name_en, aliases in _rows(treaty_file, 4) if treaty_file.exists() else ():
        kb.add(KBEntity(id=f"treaty:{tid}", label="TREATY", name=name_hi, name_en=name_en, aliases=_split(aliases),
                        kind="treaty"))  # fmt: skip
    event_file = path / "named_events.tsv"
    for eid, name_hi, name_en, aliases in _rows(event_file, 4) if event_file.exists() else ():
        kb.add(KBEntity(id=f"event:{eid}", label="EVENT", name=name_hi, name_en=name_en, aliases=_split(aliases),
                        kind="event"))  # fmt: skip
    for wid, name_hi, name_en, origin, kind, aliases in _rows(path / "weapons.tsv", 6):
        kb.add(
            KBEntity(
                id=f"weapon:{wid}",
                label="WEAPON",
                name=name_hi,
                name_en=name_en,
                aliases=_split(aliases),
                country=origin or None,
                kind=kind or None,
            )
        )


def _add_people(kb: KnowledgeBase, path: Path) -> None:
    """People, with their roles; the first role's country is theirs (a region's country, for a
    role of a region).
    """
    for name_en, name_hi, aliases, roles in _rows(path / "people.tsv", 4):
        parsed = parse_roles(roles)
        first = _of_id(parsed[0].of, kb) if parsed else None
        if first is not None and first.startswith("region:"):
            first = kb.country_id(first)
        kb.add(
            KBEntity(
                id=f"person:{slug(name_en)}",
                label="PERSON",
                name=name_hi,
                name_en=name_en,
                aliases=_split(aliases),
                roles=tuple(Role(r.role, _of_id(r.of, kb), r.start, r.end) for r in parsed),
                country=first,
            )
        )


def _add_calendar(kb: KnowledgeBase, path: Path) -> None:
    """Rotating chairs (``chairs.tsv``), members of groupings (``members.tsv``) and summit dates (``summits.tsv``)."""
    chair_file = path / "chairs.tsv"
    if chair_file.exists():
        for org, code, year, start, end in _rows(chair_file, 5):
            if not (year.isdigit() and start):
                raise ConfigError(f"{chair_file.name}: bad row for {org}/{code}: year and from are required")
            term = ChairTerm(f"org:{org}", f"country:{code}", int(year), start, end or None)
            kb.chairs[(term.org, term.country)].append(term)
    member_file = path / "members.tsv"
    if member_file.exists():
        for org, code, start, end in _rows(member_file, 4):
            if not (org and re.fullmatch(r"[a-z]{2}", code)):
                raise ConfigError(f"{member_file.name}: bad row for {org}/{code}: org and a country code are required")
            if not all(not d or re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in (start, end)):
                # members_of compares the dates as text: only YYYY-MM-DD orders as the days do
                raise ConfigError(f"{member_file.name}: bad row for {org}/{code}: from and to are YYYY-MM-DD")
            kb.members[f"org:{org}"].append((f"country:{code}", start, end))
    summit_file = path / "summits.tsv"
    if summit_file.exists():
        for series, date, _place in _rows(summit_file, 3):
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
                raise ConfigError(f"{summit_file.name}: bad date {date!r} for {series}")
            kb.summits[series].append(date)


def load(path: str | None = None) -> KnowledgeBase:
    """The knowledge base in ``path`` (default: the one shipped with Sambandh), read once per process
    (``load()``, ``load(None)`` and ``load("")`` are the same one).
    """
    return _load(path or "")


@lru_cache(maxsize=4)
def _load(path: str) -> KnowledgeBase:
    if path:
        return load_dir(Path(path))
    return _shipped()


def _shipped_key() -> str:
    """What the shipped knowledge base's index is built from: its tables, the language tables and
    the package's own modules (spelling folds and sound keys), hashed; a change to any rebuilds it.
    """
    import hashlib
    import sys

    h = hashlib.sha1(f"{sys.version_info[:2]}".encode())
    package = Path(__file__).parent
    for path in sorted([*KB_DIR.rglob("*.tsv"), *(package / "lang").rglob("*.tsv"), *package.glob("*.py")]):
        h.update(str(path.relative_to(package)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:20]


def _shipped() -> KnowledgeBase:
    """The shipped knowledge base, its built index read from the cache folder where an earlier
    process kept it (building it folds and sound-keys every name: about 2 s on one core).

    The cached file is a pickle in the user's own cache folder (``config.cache_dir``), written
    atomically; one that cannot be read or written is ignored and the index is built.
    """
    import os
    import pickle

    from .config import cache_dir

    try:
        cached = cache_dir() / f"kb-{_shipped_key()}.pickle"
    except OSError:
        return load_dir(KB_DIR)
    try:
        with cached.open("rb") as f:
            kb = pickle.load(f)
        if isinstance(kb, KnowledgeBase):
            return kb
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        pass  # absent, or unreadable: built again below
    kb = load_dir(KB_DIR)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        part = cached.with_name(f"{cached.name}.{os.getpid()}.part")
        part.write_bytes(pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(part, cached)
    except OSError:  # a read-only cache folder: the next process builds it again
        pass
    return kb
