"""The event stage's work on a long run-on text grows with the text, not with its square (#21, session 49):
the parts of the persons named before a window (``arguments._name_parts``), the countries each sentence names
(``merge.told_countries``), the trigger starts told before a point (``base.told_starts_within``) and a long
evidence list's sentences (``merge.add_evidence``) are each read once, not once per act, sentence or retelling.
The bounds count calls and reads, not time."""

from __future__ import annotations

from conftest import annotate_text


class _Counted:
    """A compiled pattern whose ``findall`` calls are counted (the rest passes through)."""

    def __init__(self, rx):
        self.rx, self.findall_calls = rx, 0

    def findall(self, *args):
        self.findall_calls += 1
        return self.rx.findall(*args)

    def __getattr__(self, name):
        return getattr(self.rx, name)


def test_a_run_on_text_of_many_named_people_reads_each_name_once(monkeypatch) -> None:
    from sambandh.events import arguments

    counted = _Counted(arguments._NAME_WORD)
    monkeypatch.setattr(arguments, "_NAME_WORD", counted)
    n = 80
    out = annotate_text("नरेंद्र मोदी ने रूस के राष्ट्रपति से बात की और " * n, published="2024-05-02")
    persons = [m for m in out["entities"] if m["label"] == "PERSON"]
    assert len(persons) >= n // 2, len(persons)
    # once per person mention for the whole article (it was once per mention before each window: n * n / 2)
    assert counted.findall_calls <= len(out["entities"]) + 5, (counted.findall_calls, len(out["entities"]))


class _Mention:
    """A mention whose ``entity_id`` reads are counted."""

    reads = 0

    def __init__(self, start: int, entity_id: str):
        self.start, self.end, self._id = start, start + 4, entity_id

    @property
    def entity_id(self) -> str:
        _Mention.reads += 1
        return self._id


def test_the_countries_of_a_thousand_sentences_are_read_in_one_pass() -> None:
    from sambandh.events.merge import told_countries
    from sambandh.model import Span

    n = 1000
    sentences = [Span(10 * i, 10 * i + 10) for i in range(n)]
    mentions = [_Mention(10 * i + 2, "country:IND" if i % 2 else "city:x") for i in range(n)]
    _Mention.reads = 0
    told = told_countries(sentences, mentions, {"city:x": "country:NPL"})  # type: ignore[arg-type]
    assert [cs for _, _, cs in told[:2]] == [frozenset({"country:NPL"}), frozenset({"country:IND"})]
    assert _Mention.reads <= 4 * n, _Mention.reads  # every mention for every sentence was n * n


class _Act:
    """An event whose ``trigger_start`` reads are counted."""

    reads = 0

    def __init__(self, start: int):
        self._start = start

    @property
    def trigger_start(self) -> int:
        _Act.reads += 1
        return self._start


def test_the_acts_told_before_a_point_are_indexed_once_each() -> None:
    from sambandh.events.base import _Base

    state = object.__new__(_Base)
    state.told, state.told_starts, state.told_indexed = [], [], 0
    _Act.reads = 0
    n = 2000
    for i in range(n):
        state.told.append(_Act(5 * i))
        assert state.told_starts_within(5 * i - 10, 5 * i) == {5 * i - 10, 5 * i - 5} - {-10, -5}
    assert _Act.reads == n  # each act once (the whole list was read for each question: n * n / 2)


class _Evidence(list):
    """An evidence list whose passes over it are counted."""

    passes = 0

    def __iter__(self):
        _Evidence.passes += 1
        return super().__iter__()


def test_a_long_evidence_list_is_not_read_over_for_each_retelling() -> None:
    from sambandh.events.merge import add_evidence
    from sambandh.model import Event, Span

    def event(i: int) -> Event:
        return Event("CONSULT", "discuss", "040", [], 10 * i, 10 * i + 4, [Span(10 * i, 10 * i + 9)])

    host = event(0)
    host.evidence = _Evidence(host.evidence)
    n = 3000
    _Evidence.passes = 0
    for ev in [event(i) for i in range(n)] + [event(7)]:
        add_evidence(host, ev)
    assert isinstance(host.evidence, _Evidence) and [s.start for s in host.evidence] == [10 * i for i in range(n)]
    assert _Evidence.passes <= 100, _Evidence.passes  # (one pass per retelling was n)


def test_a_name_part_two_people_share_names_neither_once_the_second_is_named() -> None:
    """``यादव`` names Suresh Yadav until Dinesh Yadav is named: a window after both reads no one for it, a window
    between them still reads Suresh (the index keeps where the second person comes in)."""
    from sambandh.events.arguments import _Arguments
    from sambandh.events.base import _Base
    from sambandh.model import Mention

    text = "सुरेश यादव आए। बाद में यादव ने कहा। फिर दिनेश यादव और रमेश तिवारी आए। अंत में यादव और तिवारी ने कहा।"
    named = {"सुरेश यादव": "person:suresh", "दिनेश यादव": "person:dinesh", "रमेश तिवारी": "person:ramesh"}
    people = [Mention(text.index(w), text.index(w) + len(w), "PERSON", entity_id=i) for w, i in named.items()]

    class Reader(_Arguments):
        def __init__(self) -> None:
            self.text, self.mentions = text, people
            self.starts = [m.start for m in people]
            self.name_parts, self.name_parts_from = None, 0

        def _case(self, e: int, hi: int, s: int) -> str:
            return "erg"

        within = _Base.within

    reader = Reader()

    def told(lo: int, hi: int) -> list[tuple[str, str]]:
        return [(text[a.start : a.end], a.entity_id) for a in reader._name_parts_told(lo, hi, [])]

    assert told(text.index("अंत में"), len(text)) == [("तिवारी", "person:ramesh")]
    assert told(text.index("बाद में"), text.index("फिर")) == [("यादव", "person:suresh")]
    assert told(0, text.index("।")) == []
