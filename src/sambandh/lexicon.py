"""The predicate lexicon: event predicates as lemmas, with a small morphology that finds every
inflected form in text.

Each language has a folder ``lang/<code>/`` of tables (no rules in code):

- ``predicates.tsv``: one lemma a line with its PLOVER type, mode, CAMEO code and argument
  frame (the case marker of its target, whether its actors are alike);
- ``verbs.tsv``, ``inflection.tsv`` (Hindi): irregular perfectives and suffix tables for verbs
  and nouns, from which every form of a lemma is generated;
- ``verb_group.tsv``, ``particles.tsv``: auxiliaries and particles that may follow or
  interrupt a predicate, with what they tell (future, passive, progressive, negation);
- ``modality.tsv``: cue words for planned, demanded, conditional, denied and claimed events;
- ``agents.tsv``: generic actors (police, army, envoy, Maoists, farmers ...) with a sector code.

One Hindi entry ``निंदा + करना`` thus matches ``निंदा की``, ``निंदा करते हुए``, ``निंदा करेंगे``,
``निंदा की गई``, ``निंदा भी नहीं की``; one English entry ``condemn`` matches ``condemned``,
``condemns``, ``condemning``, ``will condemn``, and a verb + object entry ``hold talks`` its passive
``talks were held``. Matching is a dictionary look-up per token, so
it stays linear in the length of the text however many entries there are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .normalize import TOKEN_RE, search_fold

LANG_DIR = Path(__file__).parent / "lang"
# how many particles may stand between a predicate noun and its light verb
_MAX_ASIDE = 120  # characters a bracketed gloss between a noun and its light verb may take
_MAX_GAP = 2
# marks that end a clause between two words (``Lexicon._sense``): the marks of a sentence, a clause, a quotation and
# a bracket. Not grammar's _CLAUSE_BREAK (``sambandh.events.grammar``, which imports this module): that one ends a
# clause at a clause conjunction (और) too, which joins two nouns as often ("X और Y की कंपनियों को"), and leaves out
# the colon, quotation marks and brackets
_CLAUSE_MARKS = frozenset(",.;:!?।|\"“”‘’()\n")
# a numeral in digits, as senses.tsv's ``after=`` names it
_NUMERAL = "#"
_DIGITS = re.compile(r"[0-9०-९]+")


@dataclass(frozen=True, slots=True)
class Predicate:
    """One lemma of the lexicon.

    Attributes:
        lang: Language code of the table it came from.
        pred: The lemma (a noun or adjective of a conjunct, or a verb's infinitive/base form).
        light: The light verbs it takes (infinitives), empty for a simple verb.
        type: PLOVER type.
        mode: PLOVER mode (ours, see docs/events.md).
        cameo: CAMEO code.
        targets: Case markers of the target (``gen``, ``dat``, ``abl``, ``com``, ``on``,
            ``against``, ``loc``; English ``obj``, ``with``, ``to``, ``against``, ``on``, ``from``).
        symmetric: The actors take part alike (a meeting, a clash).
        bare: The noun alone states the event (``झड़प``, ``clash``).
        pos: ``v`` or ``n``.
    """

    lang: str
    pred: str
    light: tuple[str, ...]
    type: str
    mode: str
    cameo: str
    targets: frozenset[str]
    symmetric: bool
    bare: bool
    pos: str = "v"
    required: bool = False  # the event needs an actor in its target case ("X से बात की")
    # the verb group the entry needs (column 10 of the Hindi tables): ``irrealis`` a future, modal or
    # obligation ("परिणाम भुगतने होंगे", a warning given now), ``neg_irrealis`` that and a negation
    # ("बख्शा नहीं जाएगा"), ``finite`` any verb form but the conjunctive, ``armed`` any verb form, and the
    # act is one only when an armed force does it ("भारतीय सेना ने इसका जवाब दिया": a reply by arms; the
    # events stage checks the doer), ``asking`` any verb form, and कि after it opens a clause that asks for an act
    # (a duty or a subjunctive at its end: "X ने Y से कहा कि ... करें")
    mood: str = ""
    # the roles the act is told with (column 11 of the Hindi tables): ``charge`` an act that is itself a charge
    # against its doer ("X आतंकवाद को बढ़ावा देता है"): an accusation whose target is the clause's subject and whose
    # source is the one who says it (the events stage finds him), nobody where no one does
    frame: str = ""


@dataclass(slots=True)
class PredicateMatch:
    """A predicate found in text, with what its verb group tells.

    Attributes:
        start: Start of the predicate's first word.
        end: End of its last word (the verb group included).
        entry: The lexicon entry.
        form: ``pfv``, ``ipfv``, ``fut``, ``subj``, ``inf``, ``conj``, ``stem``, ``imp`` or
            ``nominal`` (a bare noun), for the verb that carries the predicate.
        features: What the verb group adds: ``passive``, ``future``, ``neg``, ``progressive``,
            ``participle`` (``करते हुए``), ``modal``, ``prospective``, ``obligation``, ``intent``, ...
        head_end: End of the predicate's own words (before the light verb).
    """

    start: int
    end: int
    entry: Predicate
    form: str
    features: set[str] = field(default_factory=set)
    head_end: int = -1
    light: str | None = None  # the light verb that carried it (a conjunct's), e.g. होना
    fronted_at: int = -1  # start of its verb when a headline puts the verb before the noun ("दागे ... रॉकेट")
    # a noun with no light verb that a participle before it states ("हुई बैठक"), not only a postposition after it
    prenominal: bool = False
    # the sense without a target that this one, whose case the clause marks, overruled (``Lexicon.find``):
    # the event stage goes back to it when no actor fills that case
    unframed: Predicate | None = None
    # start of the light verb when the doer stands between it and its noun ("X की मेजबानी चीन ने की थी"): the
    # words between are the clause's, read by the event stage as if they stood before the noun
    split_at: int = -1


@lru_cache(maxsize=200_000)  # (no wrapper around it: every token of every lookup calls this)
def word_key(word: str) -> str:
    """The key a word is looked up by: spelling variants merged (``किये``/``किए``, nukta, long/short vowels)."""
    k = search_fold(word)
    if "य" in k:
        k = k.replace("ये", "ए").replace("यि", "इ")
    return k


_word_key = word_key


def _rows(path: Path) -> Iterator[list[str]]:
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


def lang_rows(lang: str, name: str) -> list[list[str]]:
    """The rows of the table ``lang/<lang>/<name>`` (comments and blank lines left out; none when absent)."""
    return list(_rows(LANG_DIR / lang / name))


@lru_cache(maxsize=64)
def every_language_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``lang/<code>/<name>`` of every language folder that has it, folders in name order."""
    return tuple(tuple(r) for path in sorted(LANG_DIR.glob(f"*/{name}")) for r in _rows(path))


def words_of(kind: str) -> set[str]:
    """Every language's closed-class words of one kind (``lang/<code>/words.tsv``)."""
    return {w for r in every_language_rows("words.tsv") if len(r) >= 2 and r[0] == kind for w in r[1].split("|") if w}


def forms_alt(forms: Iterable[str]) -> str:
    """A regex alternation of ``forms``, longest first (a space in a form matches any whitespace)."""
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=lambda f: (-len(f), f)))


def case_forms(where: str) -> dict[str, str]:
    """Form → case of every language's ``lang/<code>/cases.tsv`` rows placed ``where`` (after/before the name)."""
    return {re.sub(r"\s+", " ", r[0]).lower(): r[1] for r in every_language_rows("cases.tsv")
            if len(r) >= 3 and r[2] == where}  # fmt: skip


_KAR = word_key("कर")


# ---- Hindi morphology -----------------------------------------------------------------
_VOWEL_SIGNS = set("\u093e\u093f\u0940\u0941\u0942\u0943\u0947\u0948\u094b\u094c\u0902\u0901") | set("अआइईउऊएऐओऔ")


@dataclass(frozen=True, slots=True)
class HindiMorphology:
    """Suffix tables and irregular perfectives of Hindi (``lang/hi``)."""

    verb_suffixes: dict[tuple[str, str], tuple[str, ...]]
    noun_suffixes: dict[tuple[str, str], tuple[str, ...]]
    irregular: dict[str, tuple[str, ...]]
    suppletive: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # verbs whose perfective takes the ergative (X ने दागे रॉकेट): a headline may put them before their noun
    transitive: frozenset[str] = frozenset()

    @classmethod
    def load(cls, folder: Path) -> HindiMorphology:
        """Read ``inflection.tsv`` and ``verbs.tsv`` from ``folder``."""
        verbs: dict[tuple[str, str], tuple[str, ...]] = {}
        nouns: dict[tuple[str, str], tuple[str, ...]] = {}
        for row in _rows(folder / "inflection.tsv"):
            kind, klass, feat, sufs = row[:4]
            table = verbs if kind == "verb" else nouns
            table[(klass, feat)] = tuple("" if s == "0" else s for s in sufs.split("|"))
        irregular: dict[str, tuple[str, ...]] = {}
        other: dict[str, tuple[tuple[str, str], ...]] = {}
        transitive: set[str] = set()
        for row in _rows(folder / "verbs.tsv"):
            if row[1] not in ("", "-"):  # "-": a regular perfective, listed for its other columns
                irregular[row[0]] = tuple(row[1].split("|"))
            if len(row) > 2 and row[2] not in ("", "-"):
                other[row[0]] = tuple((f.split(":")[0], f.split(":")[1]) for f in row[2].split("|") if ":" in f)
            if len(row) > 3 and row[3] == "erg":
                transitive.add(row[0])
        return cls(verbs, nouns, irregular, other, frozenset(transitive))

    def verb_forms(self, infinitive: str) -> dict[str, str]:
        """Every form of a verb (``करना``), mapped to its form name (``pfv``, ``fut``, ...)."""
        stem = infinitive[:-2] if infinitive.endswith("ना") else infinitive
        klass = "vowel" if stem and stem[-1] in _VOWEL_SIGNS else "cons"
        # a stem in -े (दे, ले) has its own future and subjunctive (देगा, दें); the rest as any vowel stem
        own = {feat for k, feat in self.verb_suffixes if k == "e"} if stem.endswith("\u0947") else set()
        out: dict[str, str] = {}
        for (k, feat), sufs in self.verb_suffixes.items():
            if not ((k == "e" and feat in own) or (k == klass and feat not in own)):
                continue
            for s in sufs:
                out.setdefault(stem + s, feat)
        if infinitive in self.irregular:
            for f in [w for w, feat in out.items() if feat == "pfv"]:
                del out[f]
            for f in self.irregular[infinitive]:
                out[f] = "pfv"
        for f, name in self.suppletive.get(infinitive, ()):
            out[f] = name
        # the perfective "की" of करना is also the genitive: keep it, the frame decides
        return out

    def noun_forms(self, noun: str) -> set[str]:
        """A noun and its oblique and plural forms (``हमला`` → ``हमले``, ``हमलों``)."""
        out = {noun}
        if noun.endswith("ा"):
            base, klass = noun[:-1], "a"
        elif noun.endswith(("ी", "ि")):
            base, klass = noun[:-1] + "ि", "i"
        elif noun.endswith(("ू", "ु")):  # गुरु and गुरू alike: गुरुओं
            base, klass = noun[:-1] + "ु", "u"
        else:
            base, klass = noun, "cons"
        for (k, _), sufs in self.noun_suffixes.items():
            if k == klass:
                out.update(base + s for s in sufs)
        return out


# ---- English morphology ---------------------------------------------------------------
def english_forms(base: str, pos: str) -> dict[str, str]:
    """Regular forms of an English verb or noun (``condemn`` → ``condemned``, ``condemning``)."""
    out = {base: "stem"}
    if pos == "n":
        out[base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s")] = "stem"
        return out
    if base.endswith("e"):
        ed, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        ed, ing = base[:-1] + "ied", base + "ing"
    elif (len(base) >= 3 and base[-1] in "bdgmnprt" and base[-2] in "aeiou" and base[-3] not in "aeiou"
          and not base.endswith(("en", "on", "er", "it")) and len(base) <= 4):  # fmt: skip
        ed, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        ed, ing = base + "ed", base + "ing"
    s = base[:-1] + "ies" if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u") else (
        base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else base + "s")  # fmt: skip
    out.update({ed: "pfv", ing: "ipfv", s: "present"})
    return out


# ---- the lexicon ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Sense:
    """A row of ``senses.tsv``: the class words that, before a predicate in its clause, give it another sense."""

    window: int  # how many words may stand between the class word and the predicate
    words: tuple[tuple[str, ...], ...]  # the class's words, each as its words' keys
    to: tuple[str, str, str] | None  # (type, mode, cameo) taken, or None: no coded act
    # the row's ``when`` column: the conditions on where the class word stands, all of them met
    after: frozenset[str] | None = None  # ``after=``: the word right before the class word is one of these
    only: frozenset[str] | None = None  # ``only=``: the words between it and the predicate are only these
    doer: bool = False  # ``doer``: the class word is the doer (an ergative or no case marker after it)
    passive: bool = False  # ``passive``: the predicate's verb group is passive
    nominal: bool = False  # ``nominal``: the predicate stands as a bare noun (a headline's frame)
    then: tuple[tuple[str, ...], ...] = ()  # ``then=``: the words right after the predicate begin with one of these
    frame: str = ""  # the roles the sense is told with (the ``frame`` column; ``Predicate.frame``)


def _sense_row(r: list[str]) -> _Sense:
    """A row of ``senses.tsv`` read: its words as keys, its ``when`` conditions (``lang/hi/senses.tsv``).

    Raises:
        ValueError: An unknown condition, or a row with no class word (``-``) and no condition.
    """
    # "-": no class word; the row's ``when`` alone decides (a ``then=`` row: "वापसी के दौरान", a return journey)
    words = tuple(tuple(word_key(t) for t in TOKEN_RE.findall(w)) for w in r[4].split("|") if w and r[4] != "-")
    sense = _Sense(int(r[2]), words, None if r[5] == "-" else (r[5], r[6], r[7]), frame=_optional(r, 9))
    when = r[8] if len(r) > 8 else "-"
    for cond in (c.strip() for c in when.split(";") if c.strip() and c.strip() != "-"):
        name, _, value = cond.partition("=")
        listed = frozenset(w if w == _NUMERAL else word_key(w) for w in value.split("|") if w)
        if name == "after":
            sense = replace(sense, after=listed)
        elif name == "only":
            sense = replace(sense, only=listed)
        elif name == "doer":
            sense = replace(sense, doer=True)
        elif name == "passive":
            sense = replace(sense, passive=True)
        elif name == "nominal":
            sense = replace(sense, nominal=True)
        elif name == "then":
            seqs = tuple(tuple(word_key(t) for t in TOKEN_RE.findall(w)) for w in value.split("|") if w)
            sense = replace(sense, then=tuple(q for q in seqs if q))
        else:
            raise ValueError(f"senses.tsv: unknown condition {cond!r} in row {r[:4]}")
    told = sense.after is not None or sense.only is not None or sense.doer or sense.passive or sense.nominal
    if not sense.words and not (told or sense.then):
        # no class word and no condition: the row would give every use of the predicate its sense
        raise ValueError(f"senses.tsv: a row with no class word needs a 'when' condition (then=...): {r[:4]}")
    return sense


@dataclass(slots=True)
class _Seq:
    entry: Predicate
    rest: tuple[str, ...]  # keys of the predicate's later words
    form: str  # form of the word that carries the predicate (for simple verbs / English)
    needs_light: bool
    fronted_only: bool = False  # a noun + verb entry's noun, found only with its verb fronted before it


class Lexicon:
    """The predicate lexicon of one language, compiled for matching.

    Args:
        lang: Language code (``hi``, ``en``).
        folder: The language folder (``lang/<lang>`` by default).
    """

    def __init__(self, lang: str, folder: Path | None = None) -> None:
        self.lang = lang
        self.folder = folder or LANG_DIR / lang
        if not (self.folder / "predicates.tsv").exists():
            raise FileNotFoundError(f"no predicate lexicon for {lang!r} in {self.folder}")
        self.entries: list[Predicate] = []
        self.first: dict[str, list[_Seq]] = {}
        self._next_index: dict[str, tuple[tuple[_Seq, ...], dict[str, tuple[_Seq, ...]]]] | None = None
        self._asking: frozenset[str] | None = None  # nouns that ask or threaten (``_asked_for``), built at first use
        # English verb + object entries by their object ("talks were held"): object → (entry, past participles)
        self.object_first: dict[str, list[tuple[Predicate, frozenset[str]]]] = {}
        # the first word after an object slot ("persona" of "declare _ persona non grata"): the object's
        # complement, which the object's last word does not modify as it does an event noun
        self.slot_tails: set[str] = set()
        self.light_forms: dict[str, dict[str, str]] = {}  # light verb → {key of form: form name}
        self.group = {word_key(r[0]): r[1] for r in _rows(self.folder / "verb_group.tsv")}
        self.particles = {word_key(r[0]): r[1] for r in _rows(self.folder / "particles.tsv")}
        self._cues: dict[str, list[tuple[str, str]]] = {}  # position → (folded cue, modality), built once
        for r in _rows(self.folder / "modality.tsv"):
            self._cues.setdefault(r[1], []).append((" ".join(word_key(w) for w in r[0].split()), r[2]))
        self.participles = {word_key(r[0]): r[1] for r in _rows(self.folder / "participles.tsv")}
        # the subject case a headline puts before a verb it moves to the front ("चीन ने दी ... चेतावनी")
        self.ergative = frozenset(
            word_key(r[0]) for r in _rows(self.folder / "cases.tsv") if len(r) > 1 and r[1] == "erg"
        )
        # case → the postpositions that mark it, as word keys ("on" → (("पर",),)): a sense whose
        # target case the clause marks wins over one that takes no target (``_frame_fits``)
        self.case_forms: dict[str, list[tuple[str, ...]]] = {}
        for r in _rows(self.folder / "cases.tsv"):
            if len(r) > 2 and r[2] == "after":
                self.case_forms.setdefault(r[1], []).append(tuple(word_key(w) for w in r[0].split()))
        # the one-word postpositions of the locative (cases.tsv loc: में): where an act happened (``_split_light``)
        self._locative = frozenset(f[0] for f in self.case_forms.get("loc", ()) if len(f) == 1)
        # words.tsv's closed classes by kind, read once for the sets below
        kinds: dict[str, list[str]] = {}
        for r in _rows(self.folder / "words.tsv"):
            if len(r) > 1:
                kinds.setdefault(r[0], []).extend(w for w in r[1].split("|") if w)
        # words that count or point at an act's noun fronted as its object (``_split_light``), as word keys
        self._counted = frozenset(word_key(w) for w in kinds.get("counted_object", ()))
        # words that join two names ("भारत और चीन"), as word keys
        self._coordinators = frozenset(word_key(w) for w in kinds.get("coordinator", ()))
        # a postposition after a pointing word is no argument of the act ("इस पर": thereupon)
        self.pointers = frozenset(word_key(w) for k in ("demonstrative", "answer_pointer") for w in kinds.get(k, ()))
        # the words of "jointly" that end in a verb's form ("साथ मिलकर": together), as word keys: a
        # predicate they end is that adverb, no act of its own
        self.jointly = frozenset(tuple(word_key(x) for x in w.split()) for w in kinds.get("jointly", ()) if " " in w)
        # a refusal of words ("टिप्पणी करने से इनकार", "refused to comment"), as word keys: declining to comment
        self.refused_saying = frozenset(tuple(word_key(x) for x in w.split()) for w in kinds.get("refused_saying", ()))
        # the subjunctives that end a clause of what someone is asked to do ("... भेजा जाए", "... जांच करें";
        # words.tsv asked_end), as word keys: an entry of mood ``asking`` needs them or a duty after its कि
        self.asked_end = frozenset(word_key(w) for w in kinds.get("asked_end", ()))
        # "कि", "that" (words.tsv complementizer), as written: folded, कि would be की
        self.complementizers = frozenset(w.lower() for w in kinds.get("complementizer", ()))
        # the light verb a two-sided act's noun takes with its other side between them (words.tsv met_light: होना;
        # "X की मुलाकात Y से हुई", ``_met_with``)
        self.met_lights = frozenset(kinds.get("met_light", ()))
        # the light verb of an act told by where it happened, a place in the locative before it (words.tsv
        # located_light: होना; "X की हत्या पटना में हुई", ``_split_light``)
        self.located_lights = frozenset(kinds.get("located_light", ()))
        # noun of announcing or offering → its kind ("announce", "offer")
        self.announce = {word_key(r[0]): (r[1] if len(r) > 1 and r[1] else "announce")
                         for r in _rows(self.folder / "announce.tsv")}  # fmt: skip
        # (marker, word) → light verb: "X में भाग लेना" takes part in X (attend.tsv)
        self.attend = {
            (word_key(r[0]), word_key(r[1])): r[2] for r in _rows(self.folder / "attend.tsv") if len(r) >= 3
        }
        self.equivalents = {
            r[0]: tuple(r[1].split("|")) for r in _rows(self.folder / "light_equivalents.tsv") if len(r) > 1
        }
        self.postnominal = [tuple(word_key(w) for w in r[0].split()) for r in _rows(self.folder / "postnominal.tsv")]
        # (noun key, where, words' keys): "निमंत्रण पर", "at the invitation": a circumstance, not an act
        self.circumstance = [(word_key(r[0]), r[1], tuple(word_key(w) for w in r[2].split()))
                             for r in _rows(self.folder / "circumstance.tsv") if len(r) >= 3]  # fmt: skip
        # the same rows by noun and by where, in file order: the events stage asks for one noun's rows or one
        # kind's for every predicate it reads, and a scan of every row each time was most of what those asks cost
        self.circumstance_of: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self.circumstance_where: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for noun, where, words in self.circumstance:
            self.circumstance_of.setdefault(noun, []).append((where, words))
            self.circumstance_where.setdefault(where, []).append((noun, words))
        self.morph = HindiMorphology.load(self.folder) if lang != "en" else None
        self._fronting_lights: set[str] = set()  # verbs of noun + verb entries, light verbs only when fronted
        # every form of the verbs that follow a bare stem as its auxiliary ("ले पाएंगे", "दे सकें")
        self._modal_forms = frozenset(
            word_key(f) for v in _STEM_AUXILIARIES for f in (self.morph.verb_forms(v) if self.morph else {})
        )
        # light verbs whose perfective takes ने: the shared list and the transitive verbs of verbs.tsv
        self.ergative_lights = _ERGATIVE_LIGHTS | (self.morph.transitive if self.morph else frozenset())
        # the passive auxiliary's stem (verb_group.tsv passive_stem: जा) and its infinitives by the morphology (जाना,
        # जाने, जानी), and the imperfective participle's endings (inflection.tsv ipfv: ता, ते, ती, तीं), as word keys:
        # the verb group's state is read with them (events/state.py ``_generic_group``)
        stems = [r[0] for r in _rows(self.folder / "verb_group.tsv") if len(r) > 1 and r[1] == "passive_stem"]
        self.passive_stems = frozenset(word_key(s) for s in stems)
        morph = self.morph
        self.passive_infinitives = frozenset(
            word_key(f) for s in stems for f, n in (morph.verb_forms(s).items() if morph else ()) if n == "inf"
        )
        self.imperfective_endings = tuple(sorted(
            {word_key(e) for (_, feat), sufs in (morph.verb_suffixes.items() if morph else ()) if feat == "ipfv"
             for e in sufs}))  # fmt: skip
        # predicates.tsv first: where two entries match the same words, the one read first wins
        for path in [self.folder / "predicates.tsv", *sorted(self.folder.glob("predicates_*.tsv"))]:
            for row in _rows(path):
                self._add(row)
        for row in _evaluative_rows(self.folder / "evaluative.tsv"):
            self._add(row)
        self.light_keys = frozenset(
            k for lv, forms in self.light_forms.items() if lv not in self._fronting_lights for k in forms
        )
        # each key of a form of any light verb (fronting ones too) → the names it has as a form of one: what
        # the events stage asks of a word against every light verb, in one look-up
        self.light_form_names: dict[str, frozenset[str]] = {}
        for forms in self.light_forms.values():
            for k, name in forms.items():
                self.light_form_names[k] = self.light_form_names.get(k, frozenset()) | {name}
        # words listed both as hosting and as praise (स्वागत): the object decides which (sambandh.events)
        self.support_preds = frozenset(e.pred for e in self.entries if e.type == "SUPPORT")
        # (pred, type) → the senses a class word before it in its clause gives it (senses.tsv, ``_sense``)
        self.senses: dict[tuple[str, str], list[_Sense]] = {}
        for r in _rows(self.folder / "senses.tsv"):
            if len(r) < 8:
                continue
            sense = _sense_row(r)
            for pred in r[0].split("|"):
                self.senses.setdefault((pred, r[1]), []).append(sense)

    # building ----------------------------------------------------------------------------
    def _add(self, row: list[str]) -> None:
        if self.lang == "en":
            if len(row) < 8:
                return
            pred, pos, forms, typ, mode, cameo, target, sym = row[:8]
            entry = Predicate(
                "en", pred, (), typ, mode, cameo, _targets(target), sym == "1", pos == "n", pos, "!" in target
            )
            words = pred.lower().split()
            head_forms = english_forms(words[0], pos)
            if forms not in ("", "-"):
                for f in forms.split("|"):
                    f = f.strip().lower()
                    head_forms[f] = "ipfv" if f.endswith("ing") else "present" if f.endswith("s") else "pfv"
            self.entries.append(entry)
            self._add_object_first(entry, words, head_forms)
            rest = tuple(word_key(w) for w in words[1:])
            if _SLOT in rest and rest.index(_SLOT) + 1 < len(rest):
                self.slot_tails.add(rest[rest.index(_SLOT) + 1])
            for f, name in head_forms.items():
                # an English event noun ("the clash") is read as Hindi bare nouns are
                seq = _Seq(entry, rest, "nominal" if pos == "n" else name, False)
                self.first.setdefault(word_key(f), []).append(seq)
            if pos == "n" and len(words) > 1 and words[-1].isalpha():
                # a multiword noun inflects its last word ("air strike" -> "air strikes")
                plural = next(f for f in english_forms(words[-1], "n") if f != words[-1])
                rest_plural = (*rest[:-1], word_key(plural))
                self.first.setdefault(word_key(words[0]), []).append(_Seq(entry, rest_plural, "nominal", False))
            return
        if len(row) < 8:
            return
        pred, light, typ, mode, cameo, target, sym, bare = row[:8]
        assert self.morph is not None
        lights = tuple(x for x in light.split("|") if x and x != "-")
        lights += tuple(e for lv in lights for e in self.equivalents.get(lv, ()) if e not in lights)
        entry = Predicate(self.lang, pred, lights, typ, mode, cameo, _targets(target), sym == "1", bare == "1",
                          "n" if lights else "v", "!" in target, _optional(row, 9), _optional(row, 10))  # fmt: skip
        self.entries.append(entry)
        words = pred.split()
        if lights:
            for lv in lights:
                self._fronting_lights.discard(lv)  # a conjunct's light verb after all
                if lv not in self.light_forms:
                    # a light verb may itself be two words (व्यक्त करना): its last word inflects
                    self.light_forms[lv] = {word_key(f): n for f, n in self.morph.verb_forms(lv.split()[-1]).items()}
            lasts = self.morph.noun_forms(words[-1])
            # a noun whose entry needs a mood of its verb is no event noun by itself ("कीमत", "कड़ी"): the
            # events stage, which asks the lexicon whether a word begins an event noun, must not take it for one
            noun_form = "verbal" if entry.mood else "nominal"
            for last in lasts:
                keys = [word_key(w) for w in words[:-1]] + [word_key(last)]
                self.first.setdefault(keys[0], []).append(_Seq(entry, tuple(keys[1:]), noun_form, True))
        else:
            # a noun object fused with its verb (छापा मारना, सेना भेजना) is a noun like any other: its oblique and
            # plural stand there too ("छापे मारे", "सेनाएं भेजीं"); longer phrases keep their earlier words fixed
            heads = sorted(self.morph.noun_forms(words[0])) if len(words) == 2 else words[:1]
            for f, name in self.morph.verb_forms(words[-1]).items():
                for head in heads:
                    before = [head, *words[1:-1]] if len(words) > 1 else []
                    keys = [word_key(w) for w in before] + [word_key(f)]
                    self.first.setdefault(keys[0], []).append(_Seq(entry, tuple(keys[1:]), name, False))
            if len(words) == 2 and words[-1] in self.morph.transitive:
                # headline order, the verb before its object: "किसानों ने फूंका प्रधानमंत्री का पुतला",
                # "तहसीलदार को सौंपा ज्ञापन": the noun is found with the verb fronted, as a conjunct's is
                fronting = replace(entry, light=(words[-1],))
                if words[-1] not in self.light_forms:
                    self.light_forms[words[-1]] = {word_key(f): n for f, n in self.morph.verb_forms(words[-1]).items()}
                    self._fronting_lights.add(words[-1])
                for head in heads:  # not "nominal": the object alone ("सेना", "ज्ञापन") is no event noun
                    self.first.setdefault(word_key(head), []).append(_Seq(fronting, (), "fronted", True, True))

    def _add_object_first(self, entry: Predicate, words: list[str], head_forms: dict[str, str]) -> None:
        """Index an English verb + object entry ("violate the ceasefire", "lodge protest") by its object, so
        that its passive, the object first, is found too ("the ceasefire was violated", "a protest was lodged").
        """
        content = [w for w in words[1:] if self.particles.get(word_key(w)) != "det"]
        if entry.pos != "v" or len(content) != 1 or content[0] in _EN_PREPOSITIONS:
            return
        pfv = frozenset(word_key(f) for f, name in head_forms.items() if name == "pfv")
        for obj in english_forms(content[0], "n"):
            self.object_first.setdefault(word_key(obj), []).append((entry, pfv))

    def _object_passive(self, toks: list[tuple[int, int, str]], i: int, text: str) -> tuple[PredicateMatch, int] | None:
        """"The ceasefire agreement was violated", "a protest has been lodged": a verb + object entry in the
        passive, its object (and a word or two of its phrase) before a form of *be* and the verb's past participle.
        """
        for entry, pfv in self.object_first.get(toks[i][2], ()):
            k = i + 1
            while k < len(toks) and k - i <= _MAX_MODIFIERS + 1 and _adjacent(text, toks[k - 1][1], toks[k][0]):
                if toks[k][2] in _BE or toks[k][2] in self.group:
                    # the auxiliaries ("has not been"), one of them a form of be, then the past participle
                    feats = {"passive"}
                    v, be = k, False
                    while v < len(toks) and (toks[v][2] in _BE or toks[v][2] in self.group
                                             or self.particles.get(toks[v][2]) in ("neg", "-")):  # fmt: skip
                        be = be or toks[v][2] in _BE
                        if self.particles.get(toks[v][2]) == "neg":
                            feats.add("neg")
                        elif self.group.get(toks[v][2]) == "future":
                            feats.add("future")
                        v += 1
                    if be and v < len(toks) and toks[v][2] in pfv and _adjacent(text, toks[v - 1][1], toks[v][0]):
                        return PredicateMatch(toks[i][0], toks[v][1], entry, "pfv", feats, toks[v][1]), v + 1
                    break
                if toks[k][2] in self.first or self.particles.get(toks[k][2]) is not None:
                    break  # another predicate or a verb's particle: not the object's own phrase
                k += 1
        return None

    # matching ----------------------------------------------------------------------------
    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PredicateMatch]:
        """Predicates in ``text[start:end]``, longest first where they overlap, in text order."""
        end = len(text) if end is None else end
        toks = [(m.start(), m.end(), word_key(m.group())) for m in TOKEN_RE.finditer(text, start, end)]
        if self.lang == "en":
            # "didn't", "won't": the negation is a token of its own
            toks = [(s, e, k[:-1] if k.endswith("n") and text[e : e + 3] == "'t " else k) for s, e, k in toks]
        found: list[PredicateMatch] = []
        n = len(toks)
        i = 0
        first = self.first
        # a word that opens no entry (nor, in English, a passive's object) starts no match: most words
        objects = self.object_first if self.lang == "en" else {}
        by_next = self._by_next() if self.lang != "en" else None
        while i < n:
            if toks[i][2] not in first and toks[i][2] not in objects:
                i += 1
                continue
            best: PredicateMatch | None = None
            best_j = i
            ties: list[PredicateMatch] = []  # other senses of the same words, as long as the best
            seqs: Sequence[_Seq]
            if by_next is not None:
                always, after = by_next[toks[i][2]]
                seqs = after.get(toks[i + 1][2], always) if i + 1 < n else always
            else:
                seqs = first.get(toks[i][2], ())
            for seq in seqs:
                j = i + 1
                ok = True
                negated = False
                slot_at = -1
                for n_key, key in enumerate(seq.rest):
                    if key == _SLOT:
                        # "declare _ persona non grata": the verb's object stands inside its words
                        slot_at = j
                        j = self._slot_end(toks, j, seq.rest[n_key + 1] if n_key + 1 < len(seq.rest) else "", text)
                        if j < 0:
                            ok = False
                            break
                        continue
                    # English: a determiner or an adjective may stand inside ("lodged a similar protest")
                    skipped = 0
                    while (self.lang == "en" and j < n and toks[j][2] != key and skipped < 2
                           and self.particles.get(toks[j][2]) in ("det", "gap")):  # fmt: skip
                        j += 1
                        skipped += 1
                    # Hindi: an emphatic particle before a multiword predicate's verb ("के लिए भी कहा"), or a
                    # negation ("सहमति नहीं बनी", "समझौते पर नहीं पहुंचे"), which the match then carries; so
                    # before the last fixed word of a noun and its light verb ("मुकदमा भी दर्ज करवा दिया", "आरोप
                    # भी तय कर दिए"); two of them too ("मांगों को पूरी तरह नजरअंदाज कर दिया", "समझौते पर भी नहीं पहुंचे")
                    if self.lang != "en" and key == seq.rest[-1]:
                        q = j
                        while q < min(n - 1, j + 2) and self.particles.get(toks[q][2]) in ("-", "neg"):
                            q += 1
                        if q > j and toks[q][2] == key:
                            negated = negated or any(self.particles.get(toks[x][2]) == "neg" for x in range(j, q))
                            j = q
                    # का/की/के inside a multiword predicate agree with the noun after them: any one will do
                    if j < n and (toks[j][2] == key or (key in _GENITIVE and toks[j][2] in _GENITIVE)):
                        j += 1
                    else:
                        ok = False
                        break
                if not ok:
                    continue
                # with an object inside, the predicate is its verb, as "expelled <object>" is: the object's
                # names stand after it, and the words after the object are the verb's, read no more
                m = self._complete(seq, toks, i, slot_at if slot_at > 0 else j, text)
                if m is None:
                    continue
                if negated:
                    m[0].features.add("neg")
                mj = max(m[1], j)
                cand = m[0]
                # longest first, then a verb over a bare noun; between two nouns alone, the entry whose
                # noun states its event by itself ("हुए हमले" is an attack, not "हमला बोलना", a verbal one)
                cand_rank = (cand.end - cand.start, seq.needs_light and cand.form != "nominal", cand.entry.bare)
                if best is None or cand_rank > _rank(best):
                    best, best_j, ties = cand, mj, []
                elif cand_rank == _rank(best) and mj == best_j and cand.entry.type != best.entry.type:
                    ties.append(cand)
            if best is not None and ties and not best.entry.targets:
                # "इजराइल पर मिसाइलें दागीं" fires at a target, "मिसाइल दागी" alone tests one: among senses
                # of the same words, one that takes a case the clause before marks wins over one that takes none
                framed = next((t for t in ties if self._frame_fits(t.entry, toks, i, text)), None)
                if framed is not None:
                    best = replace(framed, unframed=best.entry)
            passive = self._object_passive(toks, i, text) if self.lang == "en" else None
            if passive is not None and (best is None or passive[0].end - passive[0].start > best.end - best.start):
                best, best_j = passive
            if best is not None and self.senses:
                sensed = self._sense(best, toks, i, text, self._owned_until(found, text, best), best_j)
                if sensed is None:  # a sense of no coded act ("अखंडता से कोई समझौता नहीं"): its words are read
                    i = best_j
                    continue
                best = sensed
            if best is not None:
                found.append(best)
                i = best_j
            else:
                i += 1
        fronted = {m.fronted_at for m in found if m.fronted_at >= 0}
        if fronted:
            # the verb a headline put before its noun belongs to that predicate ("सौंपा ज्ञापन" is no handing over)
            found = [m for m in found if m.start not in fronted or m.fronted_at >= 0]
        return self._offers_folded(found, text)

    @staticmethod
    def _owned_until(found: list[PredicateMatch], text: str, m: PredicateMatch) -> int:
        """Where the class words that ``m`` may read begin (``_sense``): after the match found before it, unless that
        one is an infinitive in the genitive right before ``m`` ("बर्फीले तूफान आने की चेतावनी", "मछुआरों को समुद्र में
        जाने की चेतावनी"): the act warned of, ordered or asked is ``m``'s content, and the words before it are
        ``m``'s as well, up to the match before that one.
        """
        if not found:
            return 0
        prev = found[-1]
        if prev.form == "inf" and word_key(text[prev.end : m.start].strip() or "-") in _GENITIVE:
            return found[-2].end if len(found) > 1 else 0
        return prev.end

    def _sense(self, m: PredicateMatch, toks: list[tuple[int, int, str]], i: int, text: str,
               since: int = 0, after: int = -1) -> PredicateMatch | None:
        """The match in the sense that a class word before it in its clause gives it (``senses.tsv``): "दस करोड़
        रुपये में जहाजों का करार" is a purchase, "अंतरिम आदेश पर रोक" a rejection, "अखंडता से कोई समझौता नहीं" no
        act (``None``); the match itself where no row's class word stands there as its ``when`` asks. A class word
        belongs to the nearest predicate after it: none before ``since``, the end of the match found before this one.
        ``after`` is the index of the first word after the match (``then=`` rows read from there; -1: none known).
        A row with no class words (``-``) takes the match where its ``when`` alone is met.
        """
        rows = self.senses.get((m.entry.pred, m.entry.type))
        if not rows:
            return m
        # the clause before the predicate: back to a punctuation mark between two words, or to कि (as written:
        # folded, the genitive की would be कि)
        lo = i
        while lo > 0 and text[toks[lo - 1][0] : toks[lo - 1][1]] not in self.complementizers:
            between = text[toks[lo - 1][1] : toks[lo][0]]
            if any(c in _CLAUSE_MARKS for c in between):
                break
            lo -= 1
        while lo < i and toks[lo][0] < since:
            lo += 1
        for row in rows:
            if row.then and not self._then_fits(row, toks, text, after):
                continue
            if not row.words and self._sense_fits(row, m, toks, text, lo, i, i, i):
                if row.to is None:
                    return None
                typ, mode, cameo = row.to
                return replace(m, entry=replace(m.entry, type=typ, mode=mode, cameo=cameo, frame=row.frame))
            for words in row.words:
                n = len(words)
                # the class word's last word at most ``window`` words before the predicate
                for end in range(i, max(lo + n, i - row.window) - 1, -1):
                    if (end - n >= lo and tuple(t[2] for t in toks[end - n : end]) == words
                            and self._sense_fits(row, m, toks, text, lo, end - n, end, i)):  # fmt: skip
                        if row.to is None:
                            return None
                        typ, mode, cameo = row.to
                        return replace(m, entry=replace(m.entry, type=typ, mode=mode, cameo=cameo, frame=row.frame))
        return m

    @staticmethod
    def _then_fits(row: _Sense, toks: list[tuple[int, int, str]], text: str, after: int) -> bool:
        """Whether the words right after a match (from ``toks[after]``, in its clause: no punctuation mark before
        them) begin with one of ``row``'s ``then`` sequences ("वापसी के दौरान", "मिले पैसे").
        """
        if after <= 0 or after >= len(toks):
            return False
        if any(c in _CLAUSE_MARKS for c in text[toks[after - 1][1] : toks[after][0]]):
            return False
        return any(tuple(t[2] for t in toks[after : after + len(q)]) == q for q in row.then)

    def _sense_fits(self, row: _Sense, m: PredicateMatch, toks: list[tuple[int, int, str]], text: str, lo: int,
                    start: int, end: int, i: int) -> bool:
        """Whether a class word at ``toks[start:end]`` stands where ``row``'s ``when`` asks (``senses.tsv``): after
        one of its ``after`` words (``#`` a numeral in digits) in the clause, with only its ``only`` words before
        the predicate at ``toks[i]``, as the doer (an ergative or no case marker after it), before a passive or a
        bare noun.
        """
        if row.after is not None:
            if start <= lo:
                return False
            before = toks[start - 1]
            if before[2] not in row.after and not (
                    _NUMERAL in row.after and _DIGITS.fullmatch(text[before[0] : before[1]])):  # fmt: skip
                return False
        if row.only is not None and any(toks[k][2] not in row.only for k in range(end, i)):
            return False
        if row.passive and "passive" not in m.features:
            return False
        if row.nominal and m.form != "nominal":
            return False
        if row.doer and end < i:
            keys = tuple(t[2] for t in toks[end : min(i, end + 4)])

            def marks(case: str) -> bool:
                return any(keys[: len(f)] == f for f in self.case_forms.get(case, ()))

            # "सेना ने", "सैनिक राजधानी पर": the doer; "सेना पर", "सेना के": the one pressured, an owner
            if not marks("erg") and any(marks(c) for c in self.case_forms if c != "erg"):
                return False
        return True

    def _by_next(self) -> dict[str, tuple[tuple[_Seq, ...], dict[str, tuple[_Seq, ...]]]]:
        """``first``'s entries by the word after their first (a Hindi lexicon's): for each first word, the
        entries that can match whatever follows, and by next word, in ``first``'s order, those that can
        match when that word follows, so ``find`` tries only those (``के`` opens 28 entries, and most
        fail on the next word). An entry whose words go on can match only where the next word is its
        second word, or another genitive for a genitive (``का``/``की``/``के``), or, for a two-word entry,
        a particle or negation before its last word; built on first use.
        """
        if self._next_index is not None:
            return self._next_index
        skippable = frozenset(k for k, v in self.particles.items() if v in ("-", "neg"))
        index: dict[str, tuple[tuple[_Seq, ...], dict[str, tuple[_Seq, ...]]]] = {}
        for key, seqs in self.first.items():
            # each entry once: the next words it can match after (``None``: any), added in ``first``'s
            # order to each of those words' lists (built word by word over every entry, a worker spent
            # about a second of its start here)
            always: list[_Seq] = []
            after: dict[str, list[_Seq]] = {}
            fits: list[frozenset[str] | None] = []
            for seq in seqs:
                if not seq.rest or seq.rest[0] == _SLOT:
                    fits.append(None)
                    continue
                head = seq.rest[0]
                can = {head}
                if head in _GENITIVE:
                    can |= _GENITIVE
                if head == seq.rest[-1]:
                    can |= skippable
                fits.append(frozenset(can))
                for nxt in can:
                    after.setdefault(nxt, [])
            for seq, fit in zip(seqs, fits, strict=True):
                if fit is None:
                    always.append(seq)
                    for lst in after.values():
                        lst.append(seq)
                else:
                    for nxt in fit:
                        after[nxt].append(seq)
            index[key] = (tuple(always), {nxt: tuple(lst) for nxt, lst in after.items()})
        self._next_index = index
        return index

    def _offers_folded(self, found: list[PredicateMatch], text: str) -> list[PredicateMatch]:
        """An act offered in the infinitive ("रिहा करने की पेशकश की") is that act as its noun offered is ("मदद
        की पेशकश की": announce.tsv's ``offer``): one match over both, the offer's verb group its own, talks
        offered a request for them; the offering noun alone (an agreement) is no second act.
        """
        out: list[PredicateMatch] = []
        for m in found:
            prev = out[-1] if out else None
            if (prev is not None and prev.form == "inf" and m.form not in ("inf", "nominal")
                    and prev.entry.mode != "mediate"  # (an offer to mediate is the table's own entry, an agreement)
                    and self.announce.get(word_key(m.entry.pred.split()[0])) == "offer"
                    and word_key(text[m.start : m.start + len(m.entry.pred.split()[0])]) == word_key(
                        m.entry.pred.split()[0])
                    and word_key(text[prev.end : m.start].strip() or "-") in _GENITIVE):  # fmt: skip
                feats = prev.features | m.features | {"offered"}
                out[-1] = replace(prev, end=m.end, entry=_offered(prev.entry, feats), form=m.form, features=feats,
                                  light=m.light)  # fmt: skip
                continue
            out.append(m)
        return out

    def _frame_fits(self, entry: Predicate, toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
        """Whether the clause before token ``i`` marks one of ``entry``'s target cases with a
        postposition (``पर`` for ``on``); the clause starts after the last stop or comma.
        """
        lo = i
        while lo > 0 and not _CLAUSE_STOP.search(text, toks[lo - 1][1], toks[lo][0]):
            lo -= 1
        keys = [t[2] for t in toks[lo:i]]
        for case in entry.targets:
            for form in self.case_forms.get(case, ()):
                w = len(form)
                if any(tuple(keys[k : k + w]) == form and keys[k - 1] not in self.pointers
                       and (k + w == len(keys) or keys[k + w] not in _CASE_WORDS)
                       for k in range(1, len(keys) - w + 1)):  # fmt: skip
                    # after a word (a postposition, not the clause's first word) and not before another
                    # ("जापान के ऊपर से": over Japan, on its way elsewhere)
                    return True
        return False

    def _complete(self, seq: _Seq, toks: list[tuple[int, int, str]], i: int, j: int,
                  text: str) -> tuple[PredicateMatch, int] | None:  # fmt: skip
        """The verb group after a predicate's words, or ``None`` when the entry cannot stand there."""
        head_end = toks[j - 1][1]
        feats: set[str] = set()
        light_used: str | None = None
        form = seq.form
        if form == "nominal" and self._circumstance(toks, i, j):
            return None  # "at the invitation of"
        if seq.fronted_only:
            return self._nominal(seq, toks, i, j, text, feats)
        split_at = -1
        if seq.needs_light:
            light_form, k, light_used, split_at = self._light_verb(seq, toks, j, text, feats)
            if light_form is None and (split := self._split_light(seq, toks, i, j, text)) is not None:
                light_form, k, light_used = split
                split_at = toks[k][0]
            if light_form is None and (split := self._addressee_split(seq, toks, j, text)) is not None:
                light_form, k, light_used = split
                split_at = toks[k][0]
            if light_form is None:
                return self._nominal(seq, toks, i, j, text, feats)
            form = light_form
            j = k + 1
        elif self.lang != "en" and toks[i][2] in _CASE_WORDS:
            if not self._after_infinitive(toks, i, text):
                return None  # "के लिए कहा", "को कहा" ask someone to do what the infinitive before says
        elif self._auxiliary_of_verb_before(toks, i, text):
            # "जारी किया गया", "कर दिया": an auxiliary of the verb before, not a verb of its own; "लागू की जा
            # रही" too, where की is the verb and जा the passive's auxiliary (a predicate that begins with a
            # postposition, "देने के लिए कहा", follows its infinitive by design)
            return None
        k = self._verb_group(toks, j, text, form, feats)
        if form == "inf" and "inceptive" in feats:
            # "पीछे हटने लगे", "प्रदर्शन करने लगीं": began to, the act under way; लगना carries tense
            form = "fut" if "future" in feats else "pfv"
        if form == "fut":
            feats.add("future")
        if form == "stem" and self.lang != "en" and k == j:
            # the verb of a conjunct, or of a noun + verb entry ("ज्ञापन सौंपना"), whose noun anchors the stem
            verb = light_used if seq.needs_light else (seq.entry.pred.split()[-1] if " " in seq.entry.pred else None)
            if not ((seq.needs_light and toks[j - 1][2] == _KAR) or self._bare_conjunctive(toks, j, verb, text)):
                return None  # a bare stem ("मार", "मिल") is a verb only with an auxiliary after it
            form = "conj"  # "समन कर इस्लामाबाद में ...", "निंदा कर कहा": करना's stem alone is its conjunctive
        if not self._before_verb(seq, toks, i, text, form, feats):
            return None  # "the press release", "a visit": a noun, not the verb
        if (self.lang == "en" and form in ("stem", "present") and seq.entry.pos == "v" and k == j and k < len(toks)
                and _adjacent(text, toks[k - 1][1], toks[k][0]) and toks[k][2] in _EN_SPEECH_AFTER):  # fmt: skip
            return None  # "the MEA release said": a base form right before a verb of saying is its subject, a noun
        if self.lang == "en" and "passive" in feats and form != "pfv":
            feats.discard("passive")
        if (self.lang == "en" and form == "pfv" and "passive" not in feats and seq.entry.pos == "v" and k == j
                and "obj" in seq.entry.targets and k < len(toks) and toks[k][2] in _EN_REDUCED_PASSIVE
                and (i == 0 or toks[i - 1][2] not in _EN_PARTICIPLE_AUX)):  # fmt: skip
            # "Six Maoists killed in an encounter": a verb that takes an object, and none after it (not "farmers
            # protested in Delhi", whose verb takes none)
            feats.add("passive")
        if seq.entry.mood == "asking" and not self._asks(seq.entry, toks, i, k, text):
            return None  # "X ने Y से कहा कि ...": asking only when what was said asks for an act
        if seq.entry.mood:
            form = _mood_form(seq.entry.mood, form, feats, text[head_end : toks[k - 1][1]])
            if not form:
                return None
        if (self.lang != "en" and "progressive" in feats and not feats & _TENSED and k < len(toks)
                and _adjacent(text, toks[k - 1][1], toks[k][0]) and self._modifier(toks[k][2])
                and toks[k][2] not in _CLAUSE_WORDS):  # fmt: skip
            return None  # "मांग का समर्थन कर रहे संगठनों से": a participle that names who, no act told
        that = k < len(toks) and text[toks[k][0] : toks[k][1]].lower() in self.complementizers
        if seq.entry.type == "REJECT" and that:
            return None  # "इस बात से इनकार किया कि ...", "denied that ...": a denial of what is said, no rejection
        if seq.entry.type == "REJECT" and self._refused_saying(toks, i, k):
            return None  # "टिप्पणी करने से इनकार कर दिया", "refused to comment": declining to comment rejects nothing
        if any(k - i < len(w) and _words_at(toks, k - len(w), w) for w in self.jointly):
            return None  # "डीआरडीओ के साथ मिलकर परीक्षण किया": together with, no meeting
        if self.lang != "en" and form == "ipfv" and "present" in feats and not feats & _NOT_HABITUAL and (
                seq.entry.type in DEED_TYPES and seq.entry.mode not in SAID_MODES):  # fmt: skip
            return None  # "हमले होते हैं", "कार्रवाई होती है": a present of habit or a general truth tells no act
        if self.lang != "en" and form == "ipfv" and "progressive" in feats:
            # "आरोप लगाता रहा है", "ख़ारिज करती रही है": the imperfective participle before रहना is a continuative,
            # a habit or a repeated pattern (docs/events.md), no one act, whatever the type (session 32)
            return None
        entry = _offered(seq.entry, feats)
        return PredicateMatch(toks[i][0], toks[k - 1][1], entry, form, feats, head_end, light_used,
                              split_at=split_at), k  # fmt: skip

    def _slot_end(self, toks: list[tuple[int, int, str]], j: int, key: str, text: str) -> int:
        """Where the object slot of an English entry that begins at ``toks[j]`` ends: the index of the first
        of ``_MAX_SLOT`` words or fewer (none, commas, no sentence mark, no one-word verb of the lexicon) after which
        ``key``, the entry's next word, stands; ``-1`` when it does not follow so near.
        """
        for k in range(j, min(len(toks), j + _MAX_SLOT + 1)):
            if not re.fullmatch(r"[\s,]*", text[toks[k - 1][1] : toks[k][0]]):
                return -1  # a sentence's mark, a quotation or a bracket: the verb's clause has ended
            if toks[k][2] == key:
                return k  # (the object may stand elsewhere: "he was declared persona non grata")
            if any(s.entry.pos == "v" and not s.rest for s in self.first.get(toks[k][2], ())):
                return -1  # another verb: "accorded priority to the talks and welcomed ..."
        return -1

    def _bare_conjunctive(self, toks: list[tuple[int, int, str]], j: int, light: str | None, text: str) -> bool:
        """Whether a transitive light verb's bare stem ends at ``toks[j - 1]`` as a conjunctive, -कर left out as
        news Hindi leaves it ("को समन भेज पूछताछ के लिए बुलाया", "ज्ञापन सौंप मांग की"): another word of
        the same clause follows, no auxiliary, particle, case marker or conjunction (a subjunctive "मदद दे तो"
        or "धरना दे सकें" is no conjunctive).
        """
        if light is None or self.morph is None or light not in self.morph.transitive or j >= len(toks):
            return False
        key = toks[j][2]
        return _adjacent(text, toks[j - 1][1], toks[j][0]) and not (
            key in self.particles or key in self.group or key in _CLAUSE_WORDS or key in _CASE_WORDS
            or key in self.light_keys or key in self._modal_forms)  # fmt: skip

    def _light_verb(
        self, seq: _Seq, toks: list[tuple[int, int, str]], j: int, text: str, feats: set[str]
    ) -> tuple[str | None, int, str | None, int]:
        """The light verb after a noun predicate's words ``toks[:j]``: its form (``None`` when there is
        none), the index of its last word, the light verb the entry lists that matched (kept even
        when the match is dropped again, as the caller ignores it then), and the start of the words of
        taking part where a doer stands before them (``PredicateMatch.split_at``; -1: none).
        """
        k, aside_end = self._past_particles(toks, j, text, feats)
        light_form, k, light_used = self._light_at(seq, toks, k, aside_end, text)
        if light_form is not None and toks[k][2] == _KI and not self._ends_clause(toks, k, text):
            light_form = None  # "हमले की कड़ी निंदा": the genitive, not "did"
        if light_form is None and k < len(toks) - 1 and toks[k][2] in _GENITIVE and toks[k + 1][2] in self.announce:
            # "टैरिफ का ऐलान किया", "यात्रा की घोषणा की": announcing the act states it, as planned; "मदद की
            # पेशकश भी की", "बातचीत की पेशकश आई": an offer of it (docs/events.md: an offer of talks is a request)
            kind = self.announce[toks[k + 1][2]]
            w = k + 2
            while w < len(toks) and self.particles.get(toks[w][2]) == "-":
                w += 1
            lights = _OFFER_LIGHTS if kind == "offer" else ("करना",)
            f = next((f for lv in lights if w < len(toks) and (f := self.light_forms.get(lv, {}).get(toks[w][2]))),
                     None)  # fmt: skip
            if f:
                light_form, k = f, w
                feats.add("offered" if kind == "offer" else "announced")
        split_at = -1
        if light_form is None and (attended := self._attended(toks, k, text)) is not None:
            light_form, k, split_at = attended
            feats.add("attended")
        return light_form, k, light_used, split_at

    def _split_light(
        self, seq: _Seq, toks: list[tuple[int, int, str]], i: int, j: int, text: str
    ) -> tuple[str, int, str] | None:
        """The light verb of a noun whose object is fronted before it in the genitive, with the doer between
        them (``X की मेजबानी चीन ने की थी``, ``जिसका जवाब भारतीय जवानों ने दिया``, ``X का स्वागत Y करेंगे``):
        its form, the index of its word and the light verb; ``None`` when no such verb closes the phrase.

        A two-sided act's noun may have its other side between, in its case, before होना (``_met_with``).

        The gap holds a few words of one clause (no punctuation), begins with no case marker (``हमले की जांच
        पुलिस करेगी`` is an inquiry into the attack), holds no verb, auxiliary or predicate of its own, and
        ends in the ergative, or holds a future's subject with no case but the genitive (``सुरक्षा की मांग
        लगातार की गई``, ``फोन कॉल्स को इकट्ठा किए`` are no split conjunct).
        """
        if self.lang == "en" or i < 1 or j >= len(toks):
            return None
        # the object fronted in the genitive, or counted or pointed at ("यह अभ्यास X और Y की वायुसेनाएं कर रही हैं":
        # words.tsv counted_object), whose doer then stands in no case before a verb under way
        counted = toks[i - 1][2] in self._counted
        if not (toks[i - 1][2] in _GENITIVE or toks[i - 1][2] in _GENITIVE_PRONOUN or counted):
            return None
        first = toks[j][2]
        if first in _CASE_WORDS or first in _GENITIVE or first in self.particles or first in _CLAUSE_WORDS:
            return None
        for q in range(j, min(len(toks), j + _MAX_SPLIT + 1)):
            if not _adjacent(text, toks[q - 1][1], toks[q][0]):
                return None  # a comma or a stop: the noun's clause has ended
            key = toks[q][2]
            if q > j:
                for lv in seq.entry.light:
                    f = self.light_forms[lv].get(key) if " " not in lv else None
                    # the doer stands in the ergative right before a perfective ("मेजबानी चीन ने की"), or is
                    # the subject of a future ("स्वागत <name> करेंगे"); no other case marks a word between
                    doer = toks[q - 1][2] in self.ergative or (f == "fut" and not any(
                        t[2] in _CASE_WORDS and t[2] not in _GENITIVE for t in toks[j:q]))  # fmt: skip
                    # or where it happened, a place in the locative before होना ("X की हत्या पटना में हुई थी"): a
                    # name or two and its case, no other case between
                    doer = doer or (lv in self.located_lights and q - j <= 3 and toks[q - 1][2] in self._locative
                                    and not any(t[2] in _CASE_WORDS for t in toks[j : q - 1]))  # fmt: skip
                    # or is the subject, in no case, of a verb under way ("अभ्यास दोनों वायुसेनाएं कर रही हैं")
                    under_way = (counted and f == "stem" and q + 1 < len(toks)
                                 and self.group.get(toks[q + 1][2]) == "progressive"
                                 and _adjacent(text, toks[q][1], toks[q + 1][0])
                                 and not any(t[2] in _CASE_WORDS and t[2] not in _GENITIVE
                                             and t[2] not in self._coordinators for t in toks[j:q]))  # fmt: skip
                    if counted and not under_way:
                        continue
                    if f and (doer or under_way) and (f not in ("inf", "conj", "stem") or under_way) and (
                            key not in _GENITIVE or self._ends_clause(toks, q, text)):  # fmt: skip
                        return f, q, lv
            if q > j and (met := self._met_with(seq.entry, toks, j, q, text)) is not None:
                return met
            if counted and (key in self._coordinators or key in _GENITIVE):
                continue  # "भारत और X की सेनाएं": two doers joined, each in the genitive of the forces named
            if counted and not (key in self.light_keys or key in self.group or key in _CLAUSE_WORDS
                                or key in self.particles or key in self._modal_forms):  # fmt: skip
                continue  # a noun of the doer's phrase ("सेनाएं", itself the noun of "सेना भेजना"), no verb
            if self._closes_phrase(key):
                return None  # another verb, an auxiliary or another predicate: the noun is no act of this verb
        return None

    def _addressee_split(
        self, seq: _Seq, toks: list[tuple[int, int, str]], j: int, text: str
    ) -> tuple[str, int, str] | None:
        """The light verb of a directed act's noun with the one it is addressed to between them (``पुनर्विचार की
        अपील अदालत से की``, ``मांग पत्र मंत्री के सामने रखा``, ``ज्ञापन राज्यपाल को सौंपा``): its form, the index of
        its word and the light verb; ``None`` when no such verb closes the phrase.

        The gap holds a few words of one clause (no punctuation), begins with no case marker, holds no verb,
        auxiliary or predicate of its own, and ends, right before a finite form of one of the entry's light
        verbs, in a case the entry takes its target in (``से`` for ``abl``, ``को`` for ``dat``) or in a
        postposition of the one something is put before (``before_someone`` of ``words.tsv``). Not for a
        two-sided act (``_met_with``).
        """
        if self.lang == "en" or seq.entry.symmetric or j >= len(toks):
            return None
        ends = [w for case in ("abl", "dat") if case in seq.entry.targets for w in self.case_forms.get(case, ())]
        if not ends:
            return None
        ends += list(_BEFORE_SOMEONE)
        first = toks[j][2]
        if first in _CASE_WORDS or first in _GENITIVE or first in self.particles or first in _CLAUSE_WORDS:
            return None
        for q in range(j + 1, min(len(toks), j + _MAX_SPLIT + 1)):
            if not _adjacent(text, toks[q - 1][1], toks[q][0]):
                return None  # a comma or a stop: the noun's clause has ended
            key = toks[q][2]
            for lv in seq.entry.light:
                f = self.light_forms[lv].get(key) if " " not in lv else None
                if f and f not in ("inf", "conj", "stem") and any(
                        q - len(w) > j and _words_at(toks, q - len(w), w) for w in ends):  # fmt: skip
                    return f, q, lv
            if key not in _CASE_WORDS and key not in _GENITIVE and self._closes_phrase(key):
                return None  # another verb, an auxiliary or another predicate: the noun is no act of this verb
        return None

    def _closes_phrase(self, key: str) -> bool:
        """Whether the word ``key`` (a word key) is a verb, an auxiliary, a clause word, a particle, a modal's
        form or a whole predicate of its own: no word of a noun phrase that runs on to a light verb.
        """
        return (key in self.light_keys or key in self.group or key in _CLAUSE_WORDS or key in self.particles
                or key in self._modal_forms or any(not sq.rest for sq in self.first.get(key, ())))

    def _met_with(
        self, entry: Predicate, toks: list[tuple[int, int, str]], j: int, q: int, text: str
    ) -> tuple[str, int, str] | None:
        """"X की मुलाकात Y से हुई", "X की झड़प Y के साथ हुई": a two-sided act's noun, the other side between it
        and होना in the case the entry takes it in (``से``, ``के साथ``), ending at ``toks[q]``: the form of
        होना after it, its index and the light verb; ``None`` when the words do not end so.
        """
        if not entry.symmetric or q + 1 >= len(toks) or not _adjacent(text, toks[q][1], toks[q + 1][0]):
            return None
        ends = [w for case in ("abl", "com") if case in entry.targets for w in self.case_forms.get(case, ())]
        if not any(q - len(w) + 1 > j and _words_at(toks, q - len(w) + 1, w) for w in ends):
            return None
        for lv in entry.light:
            if lv in self.met_lights:
                f = self.light_forms[lv].get(toks[q + 1][2])
                if f and f not in ("inf", "conj", "stem"):
                    return f, q + 1, lv
        return None

    def _past_particles(
        self, toks: list[tuple[int, int, str]], j: int, text: str, feats: set[str]
    ) -> tuple[int, int]:
        """Where a light verb may stand after the noun ending at ``toks[j - 1]``, past a gloss in
        brackets and a few particles (a negation among them is noted), and where the gloss ends (-1: none).
        """
        head_end = toks[j - 1][1]
        k = j
        gap = 0
        aside_end = -1
        if k < len(toks) and text[head_end : toks[k][0]].strip() == "(":
            # a gloss in brackets between the noun and its verb: "डिमार्शे (कूटनीति में …) जारी किया"
            close = text.find(")", toks[k][0], toks[k][0] + _MAX_ASIDE)
            if close != -1:
                while k < len(toks) and toks[k][0] < close:
                    k += 1
                aside_end = close + 1
        while k < len(toks) and gap <= _MAX_GAP and toks[k][2] in self.particles and toks[k][2] not in self.light_keys:
            if self.particles[toks[k][2]] == "neg":
                feats.add("neg")
            k += 1
            gap += 1
        return k, aside_end

    def _light_at(
        self, seq: _Seq, toks: list[tuple[int, int, str]], k: int, aside_end: int, text: str
    ) -> tuple[str | None, int, str | None]:
        """The form of one of the entry's light verbs standing at ``toks[k]``, the index of its last
        word, and the light verb; ``(None, k, None)`` when none stands there.
        """
        before = max(toks[k - 1][1], aside_end) if k < len(toks) else 0
        if not (k < len(toks) and _adjacent(text, before, toks[k][0])):
            return None, k, None
        for lv in seq.entry.light:
            lv_words = lv.split()
            # a light verb of several words (व्यक्त करना, को अंजाम देना): its words before the verb must be
            # there too, one after another
            if len(lv_words) > 1:
                last = k + len(lv_words) - 1
                words_there = all(
                    toks[k + q][2] == word_key(w) and (q == 0 or _adjacent(text, toks[k + q - 1][1], toks[k + q][0]))
                    for q, w in enumerate(lv_words[:-1])
                ) if last < len(toks) else False  # fmt: skip
                if words_there:
                    f = self.light_forms[lv].get(toks[last][2])
                    if f:
                        return f, last, lv
                continue
            f = self.light_forms[lv].get(toks[k][2])
            if f:
                return f, k, lv
        return None, k, None

    def _attended(self, toks: list[tuple[int, int, str]], k: int, text: str) -> tuple[str, int, int] | None:
        """"बैठक में भाग लिया": taking part in the event states it, done by the clause's subject. The
        form of the light verb, its index and where the words of taking part begin when the doer stands
        before them ("बैठक में X ने भाग लिया"; -1 when not), or ``None``.
        """
        w = self._doer_between(toks, k, text)
        if w >= len(toks):
            return None  # the text ends with the doer ("बैठक में दोनों मंत्रियों ने"): no verb of taking part
        split_at = toks[w][0] if w > k + 1 else -1
        # "सम्मेलन में भी भाग लिया": a particle may stand between
        while w < len(toks) - 1 and toks[w][2] in self.particles and self.particles[toks[w][2]] != "neg":
            w += 1
        lv_att = self.attend.get((toks[k][2], toks[w][2])) if w < len(toks) - 1 else None
        if lv_att is None or not _adjacent(text, toks[w][1], toks[w + 1][0]):
            return None
        f = self.light_forms.get(lv_att, {}).get(toks[w + 1][2])
        # "बैठक में शामिल होने (के लिए) पहुंचे" is the aim of a journey: the noun keeps its own
        # reading; "भाग लेने की संभावना" is the act itself
        if f and (f != "inf" or (w + 2 < len(toks) and toks[w + 2][2] in _GENITIVE)):
            return f, w + 1, split_at
        return None

    def _doer_between(self, toks: list[tuple[int, int, str]], k: int, text: str) -> int:
        """Where the words of taking part may begin after the marker ``toks[k]`` of an attended noun: right
        after it, or after the doer that a fronted noun leaves between, its phrase ending in the ergative
        ("सम्मेलन में रूस के विदेश मंत्री ने भाग लिया"): a few words of one clause (names listed with commas
        and a coordinator among them) with no verb, auxiliary, conjunction or predicate of their own.
        """
        for q in range(k + 1, min(len(toks), k + 1 + _MAX_DOER)):
            if not (_adjacent(text, toks[q - 1][1], toks[q][0]) or (
                    q > k + 1 and text[toks[q - 1][1] : toks[q][0]].strip() == ",")):  # fmt: skip
                break  # a stop, a bracket or a quote: the noun's clause has ended (a comma joins a list of names)
            key = toks[q][2]
            if key in self.ergative:
                return q + 1 if q > k + 1 else k + 1
            if key in self._coordinators:
                continue  # "रूस और चीन के मंत्रियों ने": two names joined
            if self._closes_phrase(key):
                break
        return k + 1

    def _nominal(
        self, seq: _Seq, toks: list[tuple[int, int, str]], i: int, j: int, text: str, feats: set[str]
    ) -> tuple[PredicateMatch, int] | None:
        """A noun predicate with no light verb after it: a fronted light verb, a participle or
        postposition that states the event, or a noun that states it by itself; else ``None``.
        """
        head_end = toks[j - 1][1]
        fronted = self._fronted_light(seq, toks, i, j, text)
        if fronted is not None:
            form = _mood_form(seq.entry.mood, fronted[0], feats, "") if seq.entry.mood else fronted[0]
            if not form:
                return None
            return PredicateMatch(toks[i][0], head_end, seq.entry, form, feats, head_end,
                                  fronted_at=toks[fronted[1]][0]), j  # fmt: skip
        if seq.entry.mood or seq.fronted_only:
            return None  # a mood is a verb's: the noun alone ("चुनाव नतीजों") tells none; nor does a verb's object
        if self._asked_for(toks, j, text) or self._acted_against(toks, j, text):
            # "भारत से बैठक की मांग", "हमले की धमकी": what is asked for or threatened is not told as done; "फायरिंग
            # के खिलाफ प्रदर्शन": what is protested is told where it happened, if the article tells it
            return None
        told = self._prenominal(toks, i, j, text)
        if told is None and (headline := self._headline_light(seq, toks, i, j, text, feats)) is not None:
            return PredicateMatch(toks[i][0], head_end, seq.entry, headline[0], feats, head_end,
                                  fronted_at=toks[headline[1]][0]), j  # fmt: skip
        pre = told or self._postnominal(toks, j, text)
        if not seq.entry.bare and pre is None:
            return None
        feats.discard("neg")
        if pre:
            feats.add(pre)
        return PredicateMatch(toks[i][0], head_end, seq.entry, "nominal", feats, head_end,
                              prenominal=told is not None), j  # fmt: skip

    def _refused_saying(self, toks: list[tuple[int, int, str]], i: int, k: int) -> bool:
        """Whether words of ``refused_saying`` (words.tsv) end right before ``toks[i]`` or begin at ``toks[k]``."""
        return any(_words_at(toks, i - len(w), w) or _words_at(toks, k, w) for w in self.refused_saying)

    def _acted_against(self, toks: list[tuple[int, int, str]], j: int, text: str) -> bool:
        """Whether the noun ending at ``toks[j - 1]`` stands right before a postposition of the ``against`` case
        (``cases.tsv``: ``के खिलाफ``, ``के विरुद्ध``).
        """
        if self.lang == "en" or j >= len(toks) or not _adjacent(text, toks[j - 1][1], toks[j][0]):
            return False
        return any(tuple(t[2] for t in toks[j : j + len(f)]) == f for f in self.case_forms.get("against", ()))

    def _asked_for(self, toks: list[tuple[int, int, str]], j: int, text: str) -> bool:
        """Whether the noun ending at ``toks[j - 1]`` is, in the genitive, the object of a noun that asks or
        threatens: a one-word REQUEST or THREATEN noun of the lexicon with its light verb (``मांग``, ``अपील``,
        ``धमकी``), not one that is itself asked for (``जवाब मांगना``, ``समर्थन मांगना``: ``समर्थन`` is support too)
        or tells only in a mood (``परिणाम``).
        """
        if self.lang == "en" or j + 1 >= len(toks) or toks[j][2] not in _GENITIVE:
            return False
        if self._asking is None:
            self._asking = frozenset(
                key for key, seqs in self.first.items()
                if any(q.needs_light and not q.rest and " " not in q.entry.pred and not q.entry.mood
                       and q.entry.type in ("REQUEST", "THREATEN") for q in seqs)
                and not any(q.entry.type not in ("REQUEST", "THREATEN") for q in seqs if not q.rest))  # fmt: skip
        return toks[j + 1][2] in self._asking and _adjacent(text, toks[j - 1][1], toks[j][0]) and _adjacent(
            text, toks[j][1], toks[j + 1][0])  # fmt: skip

    @staticmethod
    def _after_infinitive(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
        """Whether an oblique infinitive (``करने``, ``छोड़ने``) stands right before ``toks[i]``."""
        return i > 0 and toks[i - 1][2].endswith(_INF_OBL) and len(toks[i - 1][2]) > 2 and _adjacent(
            text, toks[i - 1][1], toks[i][0])  # fmt: skip

    def _auxiliary_of_verb_before(self, toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
        """Whether ``toks[i]`` follows a light verb as its auxiliary (``जारी किया गया``)."""
        if self.lang == "en" or i <= 0:
            return False
        prev, key = toks[i - 1][2], toks[i][2]
        return bool(
            prev in self.light_keys
            and not self._postposition_verb(toks, i - 1)  # "के लिए सज़ा सुनाएंगे": लिए of "for", no verb
            and prev not in _REFLEXIVE  # "अपना फैसला सुनाया": the possessive, not अपनाना's stem
            and key not in _GENITIVE
            and (prev not in _GENITIVE or self.group.get(key, "").startswith("passive"))  # जा: passive_stem
            and _adjacent(text, toks[i - 1][1], toks[i][0])
        )

    def _postposition_verb(self, toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether ``toks[k]``, a form of a light verb, is part of a compound postposition after an
        oblique genitive (``के लिए``, "for"), not a verb.
        """
        return k >= 1 and toks[k][2] in self.light_keys and toks[k - 1][2] == _KE

    def _verb_group(self, toks: list[tuple[int, int, str]], j: int, text: str, form: str, feats: set[str]) -> int:
        """Read the auxiliaries and particles after the verb ending at ``toks[j - 1]`` into ``feats``;
        the index after the verb group.
        """
        k = j
        while k < len(toks) and _adjacent(text, toks[k - 1][1], toks[k][0]):
            key = toks[k][2]
            feat = self.group.get(key)
            if feat is None:
                pf = self.particles.get(key)
                if pf is None or pf == "det" or key in ("से", "तक", "on"):
                    break
                _add_particle(feats, pf)
                k += 1
                continue
            if self.lang == "en":
                break  # English auxiliaries stand before the verb
            _add_group_feat(feats, feat, form)
            if feat == "vector":
                # "रिहा कर दिया गया", "गिरफ्तार कर लिया गया": the vector verb's perfective carries the
                # compound, so a form of जाना after it makes the compound passive
                form = "pfv"
            k += 1
        return k

    def _before_verb(
        self, seq: _Seq, toks: list[tuple[int, int, str]], i: int, text: str, form: str, feats: set[str]
    ) -> bool:
        """Read negation and auxiliaries before the verb (नहीं मिले; will not meet, was summoned) into
        ``feats``; ``False`` when a determiner right before makes the word a noun.
        """
        if (self.lang == "en" and form in ("stem", "present") and seq.entry.pos == "v"
                and _EN_OWNED.search(text, max(0, toks[i][0] - 60), toks[i][0])):  # fmt: skip
            return False  # "Rajnath Singh's official visit", "his three-nation visit": a noun its owner has
        b = i - 1
        steps = 0
        closest = True
        while b >= 0 and steps < 4 and _adjacent(text, toks[b][1], toks[b + 1][0]):
            key = toks[b][2]
            pf = self.particles.get(key)
            gf = self.group.get(key) if self.lang == "en" else None
            if pf == "det":
                return not (closest and form in ("stem", "present") and seq.entry.pos == "v")
            if pf is not None:
                _add_particle(feats, pf)
            elif gf:
                if closest and key in _BE and form == "pfv":
                    feats.add("passive")
                if gf == "future":
                    feats.add("future")
                elif gf == "inf" and closest:
                    feats.add("to_inf")
                elif gf in ("prospective", "modal", "obligation"):
                    feats.add(gf)
                closest = False
            else:
                break
            b -= 1
            steps += 1
        return True

    def _fronted_light(
        self, seq: _Seq, toks: list[tuple[int, int, str]], i: int, j: int, text: str
    ) -> tuple[str, int] | None:
        """Headline order, the light verb before its noun: "चीन ने दी भारत को चेतावनी", "मोदी ने की पुतिन से
        मुलाकात", "मोदी करेंगे पुतिन से मुलाकात". The verb's form and index when it stands a few words before
        the noun, in the same clause, right after an ergative subject (a past form) or as a future; else ``None``.
        """
        if j < len(toks) and toks[j][2] in _GENITIVE and _adjacent(text, toks[j - 1][1], toks[j][0]):
            return None  # "ने की आतंकी हमले की निंदा": a genitive's noun; the verb's noun is further on
        for k in range(i - 1, max(-1, i - 1 - _MAX_FRONTED), -1):
            if not _adjacent(text, toks[k][1], toks[k + 1][0]):
                return None  # punctuation between: another clause
            if self._postposition_verb(toks, k):
                continue  # "के लिए": no verb, fronted or between
            for lv in seq.entry.light:
                first = k
                if lv.count(" ") > 1:
                    continue  # a light verb of three words (को अंजाम देना) is not fronted
                if " " in lv:  # a two-word light verb fronted whole: "जारी की चेतावनी"
                    first = k - 1
                    if first < 0 or toks[first][2] != word_key(lv.split()[0]):
                        continue
                form = self.light_forms[lv].get(toks[k][2])
                if form is None:
                    continue
                if form == "fut" or (form == "pfv" and first >= 1 and toks[first - 1][2] in self.ergative):
                    return form, first
                ergative = lv in self.ergative_lights or lv.split()[-1] in self.ergative_lights
                if (form == "pfv" and ergative and first >= 1 and toks[first - 1][2] in _OBJECT_CASES
                        and _adjacent(text, toks[first - 1][1], toks[first][0])
                        and not (j < len(toks) and toks[j][2] in _GENITIVE)):
                    # "दो बदमाशों को किया गिरफ्तार", "जयशंकर से की मुलाकात": a headline with its subject left
                    # out or far back; in prose order no finite verb follows a case marker before its noun
                    # (and a की after one is no genitive); "को दी गई राहत" stops at the auxiliary, above.
                    # Not when the noun is itself a genitive's ("से की शिखर सम्मेलन के आयोजन पर चर्चा": the
                    # verb's noun is further on)
                    return form, first
                if (form == "pfv" and ergative and toks[k][2] not in _GENITIVE
                        and self._ergative_before(toks, first, text)):
                    # "NIA ने देशभर में 18 जगहों पर किया गिरफ्तार", "भारत ने फिलिस्तीन के लिए भेजी ... सामग्री":
                    # the subject further back in the clause (a की could be a genitive: that one needs it adjacent)
                    return form, first
            if (k == i - 1 and toks[k][2] in _GENITIVE and k >= 1 and toks[k - 1][2] not in _CASE_WORDS
                    and toks[k - 1][2] not in self.light_keys and toks[k - 1][2] not in self.ergative):  # fmt: skip
                continue  # "ने दी टैरिफ की धमकी", "ने की हमले की निंदा": the noun's own genitive, no verb
            if toks[k][2] in self.light_keys:
                return None  # another verb stands between
        return None

    def _headline_light(
        self, seq: _Seq, toks: list[tuple[int, int, str]], i: int, j: int, text: str, feats: set[str]
    ) -> tuple[str, int] | None:
        """Headline order with no subject marked: "दोबारा लगा कर्फ्यू", "हुआ है समझौता", "MoU पर हो सकते हैं
        हस्ताक्षर". A light verb of any valency, its auxiliaries after it and up to two modifiers, stands right
        before a noun that ends its clause. The verb's form and index, its auxiliaries read into ``feats``;
        else ``None``. Prose puts a finite verb after its noun, so a noun after one ends no clause there: "हुए
        समझौते के तहत" names an earlier agreement, a participle's noun that goes on.
        """
        if j < len(toks) and not _HEADLINE_END.search(text, toks[j - 1][1], toks[j][0]):
            return None  # the noun's clause goes on: a participle before it, not a fronted verb
        b = i - 1
        while b >= 0 and i - 1 - b < _MAX_MODIFIERS and self._modifier(toks[b][2]) and _adjacent(
                text, toks[b][1], toks[b + 1][0]):  # fmt: skip
            b -= 1  # "हुआ बड़ा समझौता", "हो सकते हैं 4 अहम हस्ताक्षर"
        found: tuple[str, int, set[str], str] | None = None
        # walk back over the auxiliaries; the leftmost light verb whose auxiliaries reach the noun is the verb
        # ("हुआ है": हुआ, not है)
        while b >= 0 and (b == i - 1 or _adjacent(text, toks[b][1], toks[b + 1][0])):
            key = toks[b][2]
            for lv in seq.entry.light:
                if lv.count(" ") > 1:
                    continue  # a light verb of three words (को अंजाम देना) is not fronted
                first = b - 1 if " " in lv else b
                if first < 0 or (first < b and toks[first][2] != word_key(lv.split()[0])):
                    continue
                form = self.light_forms[lv].get(key)
                if form is None:
                    continue
                got: set[str] = set()
                end = self._verb_group(toks, b + 1, text, form, got)
                # a perfective or a future; a bare stem only with an auxiliary ("हो सकते हैं"); a copula alone
                # ("है समझौता") or a habitual is no act
                # की alone is the genitive ("कपड़ों की ख़रीद"); with an auxiliary a verb ("की गई निंदा")
                if end <= i and all(self._modifier(t[2]) for t in toks[end:i]) and (
                        (form in ("pfv", "fut") and (key not in _GENITIVE or end > b + 1))
                        or (form == "stem" and end > b + 1)):
                    found = (form, first, got, lv)
            if key not in self.group and key not in self.light_keys:
                break
            b -= 1
        if found is None:
            return None
        form, first, got, lv = found
        before = toks[first - 1][2] if first >= 1 and _adjacent(text, toks[first - 1][1], toks[first][0]) else ""
        if any(not s.rest and lv in s.entry.light for s in self.first.get(before, ())):
            return None  # "हस्ताक्षर किया गया समझौता": the verb is the noun's before it, this noun its object
        feats |= got
        return form, first

    def _ergative_before(self, toks: list[tuple[int, int, str]], k: int, text: str) -> bool:
        """An ergative postposition among the few words before ``toks[k]``, in the same clause."""
        for b in range(k - 1, max(-1, k - 1 - _MAX_ERGATIVE_GAP), -1):
            if not _adjacent(text, toks[b][1], toks[b + 1][0]) or (
                    toks[b][2] in self.light_keys and not self._postposition_verb(toks, b)):
                return False  # another clause, or another verb
            if toks[b][2] in self.ergative:
                return True
        return False

    def _prenominal(self, toks: list[tuple[int, int, str]], i: int, j: int, text: str) -> str | None:
        """A participle before an event noun states the event: ``हुई बातचीत`` (occurred), ``होने वाली
        बातचीत`` (planned); ``None`` when none stands there.
        """
        p = i - 1
        # a determiner or an adjective or two may stand between ("हुई टेलीफोन बातचीत", "किए गए एक गुप्त
        # समझौते"), never a case marker, particle or verb, which would end the participle's phrase
        while (p >= 0 and i - 1 - p < _MAX_MODIFIERS and toks[p][2] not in self.participles
               and self._modifier(toks[p][2])):  # fmt: skip
            p -= 1
        if p < i - 1 and not self._phrase_ends(toks, j, text):
            return None  # "हुए शंघाई सहयोग संगठन": the noun inside a longer name, not its head
        if p >= 0 and toks[p][2] in self.participles:
            feat = self.participles[toks[p][2]]
            if feat == "prospective" and p >= 1 and toks[p - 1][2] == _HONE:
                return "future"  # होने वाली
            return feat if feat != "prospective" else None
        return None

    def _phrase_ends(self, toks: list[tuple[int, int, str]], j: int, text: str) -> bool:
        """Whether the noun phrase ends before ``toks[j]``: punctuation, a case marker, a particle or an auxiliary."""
        return j >= len(toks) or not _adjacent(text, toks[j - 1][1], toks[j][0]) or not self._modifier(toks[j][2])

    def _modifier(self, key: str) -> bool:
        """Whether a word may stand inside a noun phrase before its head: not a case marker, particle,
        conjunction, auxiliary, or a one-word predicate of the lexicon.
        """
        return not (key in _NOT_MODIFIER or key in self.particles or key in self.group or key in self.light_keys
                    or any(not seq.rest and not seq.fronted_only for seq in self.first.get(key, ())))  # fmt: skip

    def _circumstance(self, toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
        """Whether the noun ``toks[i:j]`` stands as a circumstance (``निमंत्रण पर``, ``at the invitation``)."""
        head = toks[j - 1][2]
        for where, words in self.circumstance_of.get(head, ()):
            if where == "after" and tuple(t[2] for t in toks[j : j + len(words)]) == words:
                return True
            if where == "before" and i >= len(words) and tuple(t[2] for t in toks[i - len(words) : i]) == words:
                return True
        return False

    def _postnominal(self, toks: list[tuple[int, int, str]], j: int, text: str) -> str | None:
        """``बैठक में``, ``वार्ता के दौरान``: a postposition after an event noun that states it took place."""
        for words in self.postnominal:
            if j + len(words) <= len(toks) and all(toks[j + x][2] == w for x, w in enumerate(words)) and _adjacent(
                    text, toks[j - 1][1], toks[j][0]):  # fmt: skip
                return "occurred"
        return None

    def _asks(self, entry: Predicate, toks: list[tuple[int, int, str]], i: int, k: int, text: str) -> bool:
        """Whether a verb of saying at ``toks[i:k]`` asks someone for an act: its target's postposition right
        before it (``entry.targets``, cases.tsv: "Y से कहा", "Y को लिखा"; not "Y से मुलाकात के दौरान कहा"), and
        from ``toks[k]`` reported content that asks for an act: the complementizer, then a clause of the same
        sentence with a duty in it (``चाहिए``, verb_group.tsv obligation) or ending in a subjunctive (words.tsv
        asked_end): "X ने Y को लिखा है कि ... भेजा जाना चाहिए", "... से कहा कि ... जांच करें".
        """
        if (i == 0 or not _adjacent(text, toks[i - 1][1], toks[i][0])
                or not any(f == (toks[i - 1][2],) for t in entry.targets for f in self.case_forms.get(t, ()))):
            return False
        if k >= len(toks) or text[toks[k][0] : toks[k][1]] not in self.complementizers:
            return False
        words: list[str] = []
        for j in range(k + 1, len(toks)):
            if _SENTENCE_GAP.search(text, toks[j - 1][1], toks[j][0]):
                break
            words.append(toks[j][2])
        return any(self.group.get(w) == "obligation" for w in words) or bool(words and words[-1] in self.asked_end)

    def _ends_clause(self, toks: list[tuple[int, int, str]], k: int, text: str) -> bool:
        """Whether the word after ``toks[k]`` lets it be a verb: punctuation, an auxiliary, a conjunction."""
        if k + 1 >= len(toks) or not _adjacent(text, toks[k][1], toks[k + 1][0]):
            return True
        nxt = toks[k + 1][2]
        return nxt in self.group or nxt in _CLAUSE_WORDS or self.particles.get(nxt) == "neg"

    def cues(self, where: str) -> list[tuple[str, str]]:
        """Modality cues of one position (``before``, ``after``, ``inf_after``) as (folded cue, modality)."""
        return self._cues.get(where, [])


# light verbs of an offer: made ("पेशकश की") or received ("पेशकश आई")
_OFFER_LIGHTS = ("करना", "आना")


_STEM_AUXILIARIES = ("सकना", "पाना", "चुकना")  # can, manage to, have already: they follow a bare stem
_IRREALIS = frozenset({"future", "modal", "obligation", "compelled", "prospective"})
_FUTURE_ENDS = ("गा", "गी", "गे")  # a future ending on an auxiliary: "भुगतना पड़ेगा"


def _optional(row: list[str], at: int) -> str:
    """An optional column of a Hindi predicate row: its value, ``""`` where the row is shorter or writes ``-``."""
    return row[at] if len(row) > at and row[at] != "-" else ""


# a sentence's end between two words (reported content runs to it)
_SENTENCE_GAP = re.compile(r"[।॥?!\n]|\.(?!\d)")


def _mood_form(mood: str, form: str, feats: set[str], group: str) -> str:
    """The form of a predicate whose entry needs a mood of its verb group (``Predicate.mood``), or ``""``
    when the verb group has another. An ``irrealis`` entry states its act as made now ("भुगतने होंगे" warns
    today): the future, modal or obligation is the predicate's own, so it leaves the features.
    """
    if mood in ("armed", "asking"):
        return form  # the doer decides (events.state), or the words after (``Lexicon._asks``), not the verb group
    if mood == "finite":
        # "पत्र लिखा" asks; "पत्र लिखकर कहा" only says how something else was said
        return "" if form == "conj" else form
    irrealis = (bool(feats & {"future", "modal", "obligation"}) or form in ("fut", "subj")
                or ("compelled" in feats and any(w.endswith(_FUTURE_ENDS) for w in group.split())))  # fmt: skip
    if not irrealis or (mood == "neg_irrealis" and "neg" not in feats):
        return ""
    feats -= _IRREALIS
    if mood == "neg_irrealis":
        feats.discard("neg")  # "बख्शा नहीं जाएगा" is a warning made, not one denied
    return "present"


def _offered(entry: Predicate, feats: set[str]) -> Predicate:
    """What offering the act of ``entry`` is (docs/events.md): an offer of talks or a meeting is a
    request for them, made now; an offer of anything else (help, cooperation) is that act, planned.
    """
    if "offered" not in feats:
        return entry
    feats.discard("offered")
    if entry.type == "CONSULT":
        return replace(entry, type="REQUEST", mode="request", cameo="020")
    feats.add("announced")
    return entry


def _add_particle(feats: set[str], pf: str) -> None:
    """Note a particle's feature (``-``: none)."""
    if pf == "neg":
        feats.add("neg")
    elif pf != "-":
        feats.add(pf)


def _add_group_feat(feats: set[str], feat: str, form: str) -> None:
    """Note what an auxiliary after a verb of ``form`` adds (verb_group.tsv's feature ``feat``)."""
    if feat.startswith("passive") and form in ("pfv",):
        feats.add("passive")
        if feat.endswith("fut"):
            feats.add("future")
    elif feat.startswith("passive") and form != "pfv":
        if feat.endswith("fut"):
            feats.add("future")  # "बन जाएगा": जाना after a stem completes the verb, no passive
    elif feat in ("future", "modal_fut", "vector_fut", "able_fut") or feat.endswith("_fut"):
        feats.add("future")
        if feat == "inceptive_fut":
            feats.add("inceptive")
    elif feat == "participle" and form in ("ipfv", "pfv"):
        feats.add("participle")
    elif feat not in ("vector",):
        feats.add(feat)


# what calling someone by an evaluative word is (lang/<code>/evaluative.tsv): type, mode, CAMEO code
_EVALUATIVE = {"criticize": ("ACCUSE", "criticize", "111"), "blame": ("ACCUSE", "accuse", "112"),
               "praise": ("SUPPORT", "praise", "051")}  # fmt: skip


def _evaluative_rows(path: Path) -> Iterator[list[str]]:
    """Predicate rows (the columns of ``predicates.tsv``) for every evaluative word in every frame
    that calls something so: ``बेतुका बताना``, ``ऐतिहासिक करार`` + ``देना``. The one called stands
    in the dative or the genitive (``Y को``, ``Y के बयान को``).
    """
    if not path.exists():
        return
    rows = {r[0]: [w for w in r[1].split("|") if w] for r in _rows(path) if len(r) >= 2}
    for kind, words in rows.items():
        if kind not in _EVALUATIVE:
            continue
        typ, mode, cameo = _EVALUATIVE[kind]
        for word in words:
            for frame in rows.get("frame", ()):
                *noun, verb = frame.split()
                pred, light = (f"{word} {' '.join(noun)}", verb) if noun else (f"{word} {verb}", "-")
                yield [pred, light, typ, mode, cameo, "dat|gen", "0", "0", f"call {kind}"]


def _rank(m: PredicateMatch) -> tuple[int, bool, bool]:
    """How a match ranks among those at one word: longer, then a verb over a bare noun, then a noun
    that states its event by itself.
    """
    return (m.end - m.start, m.form != "nominal", m.entry.bare)


def _adjacent(text: str, a: int, b: int) -> bool:
    """Whether only spaces (no punctuation, no line break) stand between two tokens."""
    gap = text[a:b]
    return len(gap) <= 3 and gap.strip() == "" and "\n" not in gap


# a possessive, then up to two modifiers that are no plural subject ("India's ministers meet"): what follows is
# a noun ("Rajnath Singh's official visit", "his three-nation visit")
# (lang/en/words.tsv: the possessive determiners, and the words whose "'s" is "is": "he's no longer welcome"; an
# auxiliary of lang/en/verb_group.tsv is no modifier: "his government will meet", "asked her to visit")
_EN_AUX = "|".join(sorted(re.escape(r[0]) for r in _rows(LANG_DIR / "en" / "verb_group.tsv")) or ["(?!)"])
_EN_IS = "|".join(sorted(words_of("contracted_is") or {"(?!)"}))
_EN_OWNED = re.compile(r"(?:\b(?!(?:" + _EN_IS + r")['’])\w+['’]s|\b(?:"
                       + "|".join(sorted(words_of("possessive") or {"(?!)"})) + r"))\s+(?:(?!(?:" + _EN_AUX
                       + r")\s)[\w-]*[^\Ws]\s+){0,2}$", re.IGNORECASE)  # fmt: skip
# English verbs of saying (words.tsv speech_after): a verb's base form right before one is a noun, their subject
_EN_SPEECH_AFTER = frozenset(word_key(w) for w in words_of("speech_after"))
# a preposition right after a bare past participle with no object: "Six Maoists killed in an encounter", "with 100
# rebels killed across the state" (a reduced passive: the noun before is who suffered it)
_EN_REDUCED_PASSIVE = frozenset(word_key(w) for w in words_of("reduced_passive"))
# an auxiliary of the perfect or of the passive before a participle (its voice is told by the auxiliary)
_EN_PARTICIPLE_AUX = frozenset({"has", "have", "had", "having", "was", "were", "is", "are", "be", "been", "being"})
_SLOT = "_"  # an English entry's object, written inside its words ("declare _ persona non grata")
_MAX_SLOT = 14  # words an object slot may hold ("a Pakistani official, working at the ... in New Delhi,")
_MAX_MODIFIERS = 2  # words between a participle and the event noun it states ("हुई टेलीफोन बातचीत")
_MAX_DOER = 12  # words of the doer between an attended noun's marker and the words of taking part (a list of names)
_MAX_SPLIT = 6  # words of the doer between a fronted object's noun and its light verb ("मेजबानी चीन ने की")
_MAX_FRONTED = 5  # the fronted light verb within this many words before its noun ("की काबुल आतंकी हमले की निंदा")
_MAX_ERGATIVE_GAP = 12  # words between an ergative subject and a fronted light verb further on
# light verbs whose perfective takes an ergative subject (words.tsv): only these are fronted after a distant one
# ("मोदी ने भाषण में हाल ही में हुए हमले का": हुए is a participle, होना takes no ergative)
_ERGATIVE_LIGHTS = frozenset(words_of("ergative_light"))
_GENITIVE = frozenset({"का", "कि", "के"})  # keys of का, की, के
# what ends a clause between two words: a stop (danda, full stop, ! ?), a colon, semicolon, comma or new line
_CLAUSE_STOP = re.compile(r"[\u0964\u0965.!?;:,\n]")
_KI = "कि"
def _words_at(toks: list[tuple[int, int, str]], at: int, words: tuple[str, ...]) -> bool:
    """Whether the word keys ``words`` stand at ``toks[at:]`` (``at`` may be negative: then never)."""
    return at >= 0 and tuple(t[2] for t in toks[at : at + len(words)]) == words


# the types of deeds (docs/events.md): told in the present of habit (an imperfective participle and "है", no
# रहना, no participle's हुए) they are what happens as a rule, not an act; statements are not among them, since
# "हम ... का आग्रह करते हैं", "X ... का समर्थन करता है" make the appeal or the support as they are said
DEED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "CONSULT", "COOPERATE", "AID", "SANCTION",
                         "RETREAT", "CONCEDE"})  # fmt: skip
# the features of a verb group that tell a tense: a progressive without one stands before a noun as its participle
_TENSED = frozenset({"present", "past", "future", "passive", "modal", "obligation", "neg"})
# deeds done by saying them: "मैं ... आमंत्रित करता हूं", "हम माफी मांगते हैं" invite or apologise as they are said
SAID_MODES = frozenset({"host", "apologize"})
_NOT_HABITUAL = frozenset({"progressive", "participle", "modal", "future", "past"})
_HONE = "होने"  # the key of की (long and short i fold together)
# what ends a headline's clause after its noun: a stop, a comma, an ellipsis, a bar or a dash between spaces
_HEADLINE_END = re.compile(r"[\u0964\u0965.!?;:,\n|\u2026\u2013\u2014]|\s-\s")
# a conjunction or relative ends a noun's phrase (lang/<code>/words.tsv, kind clause_word)
_CLAUSE_WORDS = frozenset(_word_key(w) for w in words_of("clause_word"))
_CASE_WORDS = frozenset(_word_key(w) for w in words_of("case_word"))
_REFLEXIVE = frozenset(_word_key(w) for w in words_of("reflexive"))  # अपना, अपने, अपनी: a possessive
_GENITIVE_PRONOUN = frozenset(_word_key(w) for w in words_of("genitive_pronoun"))  # जिसका, इसकी: a fronted object
# the postpositions of the one something is put before (X के सामने, X के समक्ष: words.tsv before_someone), as keys
_BEFORE_SOMEONE = frozenset(tuple(_word_key(x) for x in w.split()) for w in words_of("before_someone"))
_KE = _word_key("के")  # the oblique genitive: "के लिए" is a postposition, its लिए no verb
# case markers after which a headline fronts its verb ("को किया", "से की", "का किया आग्रह", "की दी चेतावनी"):
# the case words less the conjunctions and the oblique genitive, whose "के लिए" is a postposition
_OBJECT_CASES = _CASE_WORDS - (_CLAUSE_WORDS - _GENITIVE) - {_KE}
_INF_OBL = _word_key("ने")  # the oblique infinitive's ending: करने, देने
_NOT_MODIFIER = frozenset(
    _word_key(w) for kind in ("postposition", "case_word", "clause_word", "copula", "negation", "say_verb")
    for w in words_of(kind)
)
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
_EN_PREPOSITIONS = frozenset({"in", "at", "near", "along", "across", "inside", "into", "of", "with", "to", "against",
                              "on", "by", "from", "for", "between", "up", "off", "down", "out", "over", "back"})
_TARGET_CODES = {
    "toward", "gen", "dat", "abl", "com", "on", "against", "loc", "obj", "with", "to", "from", "for", "between"
}


def _targets(value: str) -> frozenset[str]:
    return frozenset(x.strip(" !") for x in re.split(r"[|,]", value) if x.strip(" !") in _TARGET_CODES)


@lru_cache(maxsize=8)
def load_lexicon(lang: str) -> Lexicon | None:
    """The compiled lexicon of ``lang``, or ``None`` when the language has none."""
    try:
        return Lexicon(lang)
    except FileNotFoundError:
        return None


@dataclass(frozen=True, slots=True)
class Agent:
    """A generic actor word (``पुलिस``, ``envoy``): its sector code and the country it implies."""

    term: str
    sector: str
    country: str | None


class Agents:
    """The agent dictionary of one language, matched on token keys (plural and oblique forms included)."""

    def __init__(self, lang: str, folder: Path | None = None) -> None:
        folder = folder or LANG_DIR / lang
        self.first: dict[str, list[tuple[tuple[str, ...], Agent]]] = {}
        morph = HindiMorphology.load(folder) if lang != "en" else None
        for row in _rows(folder / "agents.tsv"):
            if len(row) < 2:
                continue
            term, sector = row[0], row[1]
            country = row[2].upper() if len(row) > 2 and row[2] not in ("", "-") else None
            agent = Agent(term, sector, country)
            words = term.split()
            lasts = morph.noun_forms(words[-1]) if morph else set(english_forms(words[-1].lower(), "n"))
            if lang == "en" and words[-1].lower().endswith("man"):
                lasts.add(words[-1].lower()[:-3] + "men")
            for last in lasts:
                keys = tuple(word_key(w) for w in [*words[:-1], last])
                self.first.setdefault(keys[0], []).append((keys[1:], agent))

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int, Agent]]:
        """Generic actors in ``text[start:end]`` as (start, end, agent), longest match at each place."""
        toks = [(m.start(), m.end(), word_key(m.group())) for m in TOKEN_RE.finditer(text, start, end)]
        out = []
        i = 0
        while i < len(toks):
            best = None
            for rest, agent in self.first.get(toks[i][2], ()):
                j = i + 1
                if all(j + x < len(toks) and toks[j + x][2] == r for x, r in enumerate(rest)):
                    e = j + len(rest)
                    if best is None or e > best[0]:
                        best = (e, agent)
            if best:
                out.append((toks[i][0], toks[best[0] - 1][1], best[1]))
                i = best[0]
            else:
                i += 1
        return out


@lru_cache(maxsize=4)
def _sectors(lang: str) -> dict[str, str]:
    return {r[0].lower(): r[1] for r in _rows(LANG_DIR / lang / "sectors.tsv") if len(r) > 1}


def agent_name(entity_id: str, country_name: str | None = None, lang: str = "hi") -> str | None:
    """A display name of a generic actor id (``agent:cop:in`` → ``पुलिस और सुरक्षा बल (भारत)``), else ``None``."""
    parts = entity_id.split(":")
    if len(parts) < 2 or parts[0] != "agent":
        return None
    name = _sectors(lang).get(parts[1], parts[1])
    return f"{name} ({country_name})" if country_name else name


@dataclass(frozen=True, slots=True)
class Pronoun:
    """A personal pronoun (``उन्होंने``, ``वह``, ``they``): the case it marks, its number, and whether
    it counts only at the head of a clause (``initial``: Hindi ``वह`` is also "that"), and whether
    it may stand for a group named without a name (``group``: ``उन्हें``, ``they``; not ``उसे``), or only
    for a country or a body (``thing``: English ``it``).
    """

    word: str
    case: str
    plural: bool
    initial: bool
    group: bool = False
    thing: bool = False


@lru_cache(maxsize=8)
def load_pronouns(lang: str) -> dict[str, Pronoun]:
    """The pronouns of ``lang`` (``lang/<lang>/pronouns.tsv``) by folded key (empty when none)."""
    out: dict[str, Pronoun] = {}
    for row in _rows(LANG_DIR / lang / "pronouns.tsv"):
        if len(row) >= 4:
            out[word_key(row[0])] = Pronoun(row[0], row[1], row[2] == "pl", row[3] == "initial",
                                            len(row) > 4 and row[4] == "group", len(row) > 4 and row[4] == "thing")
    return out


@lru_cache(maxsize=16)
def verb_forms_of(lang: str, kinds: frozenset[str]) -> frozenset[str]:
    """Word keys of the forms of the given kinds (``inf``, ``pfv``, ``conj``...: the kinds of
    ``HindiMorphology.verb_forms``) of every verb the lexicon of ``lang`` knows: its predicates' verbs, their
    light verbs and the morphology's irregular, suppletive and transitive verbs (empty without a morphology).
    """
    lex = load_lexicon(lang)
    if lex is None or lex.morph is None:
        return frozenset()
    verbs = {e.pred.split()[-1] for e in lex.entries if not e.light}
    verbs |= {lv.split()[-1] for e in lex.entries for lv in e.light}
    verbs |= set(lex.morph.irregular) | set(lex.morph.suppletive) | set(lex.morph.transitive)
    return frozenset(word_key(f) for v in verbs for f, n in lex.morph.verb_forms(v).items() if n in kinds)


@lru_cache(maxsize=8)
def load_agents(lang: str) -> Agents:
    """The compiled agent dictionary of ``lang`` (empty when the language has none)."""
    return Agents(lang)


__all__ = [
    "Agent",
    "Agents",
    "HindiMorphology",
    "Lexicon",
    "Predicate",
    "PredicateMatch",
    "Pronoun",
    "agent_name",
    "english_forms",
    "every_language_rows",
    "lang_rows",
    "load_agents",
    "load_lexicon",
    "load_pronouns",
    "verb_forms_of",
    "word_key",
]
