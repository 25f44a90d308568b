"""Words a text warns about are not words it uses (analyzer/mentions.py)."""

from __future__ import annotations

from plainleaf.analyzer import analyze_text
from plainleaf.analyzer.mentions import warning_spans
from plainleaf.analyzer.redflags import raw_flags

WARNING_LIST = (
    "Be wary of clinics that:\n"
    "- use words like \"miracle\" or \"no side effects\"\n"
    "- offer a \"free consultation\" and push you to pay quickly\n"
    "\n"
    "Talk to your care team.\n"
)


def test_a_warning_list_is_one_span_that_stops_at_the_prose():
    spans = warning_spans(WARNING_LIST)
    assert len(spans) == 1
    s, e = spans[0]
    assert "free consultation" in WARNING_LIST[s:e]
    assert "Talk to your care team" not in WARNING_LIST[s:e]


def test_words_in_a_warning_list_raise_no_flag():
    assert raw_flags(WARNING_LIST) == []


def test_the_same_words_in_a_sales_voice_are_flagged():
    sales = ("Our NK cell infusions are a miracle with no side effects. "
             "Book your free consultation today.")
    codes = {h.code for h in raw_flags(sales)}
    assert {"hype", "overclaiming", "call_to_action"} <= codes


def test_a_columnist_who_rejects_a_headline_word_is_not_hyping():
    text = ("Some headlines call this a \"breakthrough for older patients\". The study "
            "looked back at 120 records.")
    assert not [h for h in raw_flags(text) if h.code == "hype"]


def test_a_news_story_that_quotes_a_clinic_to_expose_it_is_not_selling():
    text = (
        "By Ann Lee | Courier Investigations Team\n\n"
        "A Courier investigation found that the clinic sells NK cell infusions. "
        "\"There are no side effects,\" the coordinator said on the recorded call. "
        "The clinic's website promised a free consultation.\n\n"
        "\"There is no published evidence for this,\" said Dr. Ruth Achterberg, an "
        "oncologist.\n"
    )
    a = analyze_text(text)
    assert a.source_type.code == "news"
    assert {f.code for f in a.red_flags} & {"overclaiming", "call_to_action"} == set()
