"""The trained source type (analyzer/trained_type.py; docs/analyzer.md, "Trained source
type"): shipped weights match their script, plain-Python inference matches scikit-learn,
the policy keeps its promises, and every call the model makes is explained with quotes."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from plainleaf.analyzer import analyze_text
from plainleaf.analyzer.classify import RuleCall
from plainleaf.analyzer.engine import Hit
from plainleaf.analyzer.trained_type import (
    APPROVAL,
    MODEL_FILE,
    SERIOUS,
    Features,
    Model,
    WordModel,
    decide,
    feature_names,
    load_model,
)
from plainleaf.spec import SourceType
from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "train_source_type.py"
REALWORLD = ROOT / "tests" / "fixtures" / "realworld"
SEEDS = Path("/work/shared/seeds")


@cache
def _script():
    spec = importlib.util.spec_from_file_location("train_source_type", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@cache
def _corpus():
    return _script().load_corpus()


def test_the_shipped_weights_load_and_name_the_current_features():
    model = load_model()
    assert model is not None, "run scripts/train_source_type.py: weights missing or stale"
    assert list(model.features) == feature_names()
    assert set(model.classes) == {str(t) for t in SourceType}
    # Small enough to read: tens of rule features; the word model holds single words seen
    # on at least three pages (a few thousand), not n-grams.
    assert len(model.features) < 100
    assert model.words is not None and 1_000 < len(model.words.words) < 8_000  # 7,006 on 1,456
    assert MODEL_FILE.stat().st_size < 400_000  # 390 KB on 1,456 pages (words grow with pages)


def test_the_shipped_weights_were_fitted_on_what_the_analyzer_computes_today():
    # A rule change that moves any training page's features makes the weights stale.
    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    pages = _corpus()
    assert len(pages) == shipped["training"]["pages"] == 1456
    assert _script().data_hash(pages) == shipped["training"]["data_sha256"], (
        "features changed since the weights were built: run scripts/train_source_type.py")


def test_the_script_builds_the_shipped_weights():
    pytest.importorskip("sklearn")
    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    fresh = _script().build(_corpus())
    assert fresh["classes"] == shipped["classes"]
    assert fresh["features"] == shipped["features"]
    assert fresh["policy"] == shipped["policy"]
    for a, b in zip(fresh["intercept"], shipped["intercept"], strict=True):
        assert a == pytest.approx(b, abs=1e-4)
    for ra, rb in zip(fresh["coef"], shipped["coef"], strict=True):
        assert ra == pytest.approx(rb, abs=1e-4)
    fw, sw = fresh["words"], shipped["words"]
    assert (fw["classes"], fw["words"]) == (sw["classes"], sw["words"])
    assert fw["idf"] == pytest.approx(sw["idf"], abs=1e-4)
    for ra, rb in zip(fw["coef"], sw["coef"], strict=True):
        assert ra == pytest.approx(rb, abs=1e-4)


def test_the_word_model_computes_what_scikit_learn_computes():
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    pages = _corpus()
    settings = _script().WORDS
    vec = TfidfVectorizer(min_df=settings["min_df"], sublinear_tf=True)
    x = vec.fit_transform([p.text for p in pages])
    clf = LogisticRegression(C=settings["C"], max_iter=10_000).fit(x, [p.label for p in pages])
    ours = _script().fit_words(pages)
    assert list(ours.words) == list(vec.get_feature_names_out())
    theirs = clf.predict_proba(x)
    for i in range(0, len(pages), 7):
        v = ours.vector(pages[i].text)
        assert sorted(v) == sorted(x[i].indices.tolist()), pages[i].file
        for j, val in zip(x[i].indices, x[i].data, strict=True):
            assert v[int(j)] == pytest.approx(float(val), abs=1e-9)
        got = ours.probabilities(v)
        for cls, p in zip(clf.classes_, theirs[i], strict=True):
            assert got[str(cls)] == pytest.approx(float(p), abs=1e-6), pages[i].file


def test_plain_python_inference_equals_scikit_learn_on_the_training_pages():
    pytest.importorskip("sklearn")
    pages = _corpus()
    clf = _script().fit(pages)
    model = load_model()
    assert model is not None
    theirs = clf.predict_proba([p.feats.values for p in pages])
    for page, row in zip(pages, theirs, strict=True):
        ours = model.probabilities(page.feats.values)
        for cls, p in zip(clf.classes_, row, strict=True):
            assert ours[str(cls)] == pytest.approx(float(p), abs=1e-4), page.file
        assert max(ours, key=lambda c: ours[c]) == str(clf.classes_[row.argmax()])


def test_the_analyze_path_imports_no_scikit_learn_or_numpy():
    code = ("import sys; from plainleaf.analyzer import analyze_text; "
            "analyze_text('Our clinic offers NK cell therapy. Call us today.'); "
            "print(sorted(m for m in ('sklearn', 'numpy', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


# --- the policy ---------------------------------------------------------------------

# A genre marker: describes words, so it may explain any call.
PUSH = "gm-full-date"
TEXT = "Posted June 2, 2024."


def _model(prefer: str, strength: float = 2.0) -> Model:
    """A model whose only working feature, PUSH, pushes toward ``prefer``."""
    names = feature_names()
    classes = tuple(str(t) for t in SourceType)
    coef = tuple(tuple(strength if (n == PUSH and c == prefer) else 0.0 for n in names)
                 for c in classes)
    return Model(classes, tuple(names), tuple(0.0 for _ in classes), coef, 2.0, 193)


def _call(code: SourceType, top_vote: float, settled: str = "") -> RuleCall:
    return RuleCall(code, {str(code): top_vote} if top_vote else {}, {}, {}, [], settled)


def _feats(quotable: bool = True) -> Features:
    names = feature_names()
    hit = Hit(PUSH, "news", 7, 19, "It is dated to the day.")
    return Features([1.0 if n == PUSH else 0.0 for n in names],
                    {PUSH: [hit]} if quotable else {})


CM, ED, NW = SourceType.clinic_marketing, SourceType.patient_education, SourceType.news


def test_confident_rules_decide():
    assert decide(_model(str(NW)), _call(CM, 4.0), _feats(), TEXT).code == CM


def test_the_model_decides_when_the_rules_are_unsure():
    d = decide(_model(str(NW)), _call(CM, 1.5), _feats(), TEXT)
    assert (d.code, d.by_model) == (NW, True)


def test_the_model_never_moves_a_page_into_patient_education():
    assert decide(_model(str(ED)), _call(NW, 0.0), _feats(), TEXT).code == NW


def test_a_sales_call_from_the_model_beats_even_confident_rules_saying_education():
    assert decide(_model(str(CM)), _call(ED, 5.0), _feats(), TEXT).code == CM


def test_a_call_settled_by_a_spec_convention_stays():
    call = _call(ED, 0.0, settled="hospital programme")
    assert decide(_model(str(CM)), call, _feats(), TEXT).code == ED


def test_the_model_calls_a_press_release_only_when_the_text_announces_something():
    # The one working feature is a date: no wire line, company or "announced" in the text.
    PR = SourceType.press_release
    assert decide(_model(str(PR)), _call(NW, 1.5), _feats(), TEXT).code == NW
    names = feature_names()
    hit = Hit("gm-announce", "press_release", 0, 6, "It announces news.")
    feats = Features([1.0 if n in (PUSH, "gm-announce") else 0.0 for n in names],
                     {PUSH: [Hit(PUSH, "news", 7, 19, "It is dated to the day.")],
                      "gm-announce": [hit]})
    assert decide(_model(str(PR)), _call(NW, 1.5), feats, TEXT).code == PR


def test_a_call_with_no_words_to_quote_stays_with_the_rules():
    assert decide(_model(str(NW)), _call(CM, 1.5), _feats(quotable=False), TEXT).code == CM


def test_a_model_call_quotes_the_words_that_pushed_it():
    d = decide(_model(str(NW)), _call(CM, 1.5), _feats(), TEXT)
    assert d.reasons[1] == 'It is dated to the day. Words: "June 2, 2024".'
    assert [(h.start, h.end) for h in d.evidence] == [(7, 19)]


def test_a_call_resting_only_on_base_rates_stays_with_the_rules():
    # Only the intercept favours news; the text's own features favour nothing.
    m = _model(str(NW))
    m = replace(m, intercept=tuple(5.0 if c == str(NW) else 0.0 for c in m.classes),
                coef=tuple(tuple(0.0 for _ in row) for row in m.coef))
    assert decide(m, _call(CM, 0.0), _feats(), TEXT).code == CM


# --- the word model's call ------------------------------------------------------------

def _words_model(word: str, prefer: str, strength: float = 3.0) -> Model:
    """The policy's model plus a word model whose one word pushes toward ``prefer`` (3.0:
    about 83% sure on a text whose only known word it is; 6.0: about 99%)."""
    classes = tuple(str(t) for t in SourceType)
    words = WordModel(classes, (word, "the"), (1.0, 1.0), tuple(0.0 for _ in classes),
                      tuple((strength if c == prefer else 0.0, 0.0) for c in classes))
    return replace(_model(str(NW), 0.0), words=words)


def test_the_word_model_decides_and_quotes_the_words_as_they_appear():
    text = "The Clinic welcomes you. Our Clinic is open."
    d = decide(_words_model("clinic", str(CM)), _call(ED, 5.0), _feats(), text)
    assert (d.code, d.by_model) == (CM, True)
    assert "weighing the words the text uses" in d.reasons[0]
    assert d.reasons[-1] == ('It uses words that sales pages use far more often than '
                             'neutral explainers do. Words: "Clinic".')
    assert [(h.start, h.end) for h in d.evidence] == [(4, 10)]


def test_the_word_model_leaves_a_call_settled_by_a_spec_convention():
    call = _call(ED, 0.0, settled="hospital programme")
    assert decide(_words_model("clinic", str(CM)), call, _feats(), "Our clinic.").code == ED


def test_the_word_model_leaves_an_explainer_that_names_the_approval_and_the_risks():
    # Labels spec: a hospital page about its own programme is patient education when it
    # "names the risks and the approval"; the words alone ("our clinic") do not make it a
    # sales page. One tell without the other does not hold the call (round fourteen);
    # the risks are two serious side effects (classify.names_risks).
    text = "Our clinic gives CAR-T. The FDA approved it in 2017. It can cause CRS and ICANS."
    approval = [Hit("ev-approval", "A", 24, 51, "It says a regulator approved it.")]
    serious = [Hit("se-crs", "crs", 66, 69, ""), Hit("se-icans", "icans", 74, 79, "")]
    words = _words_model("clinic", str(CM))
    both = _feats()
    both.hits.update({APPROVAL: approval, SERIOUS: serious})
    assert decide(words, _call(ED, 5.0), both, text).code == ED
    for one in ({APPROVAL: approval}, {SERIOUS: serious}, {},
                {APPROVAL: approval, SERIOUS: serious[:1]}):
        feats = _feats()
        feats.hits.update(one)
        assert decide(words, _call(ED, 5.0), feats, text).code == CM


def test_very_sure_words_overrule_research_words_but_not_a_warning():
    # A clinic's FAQ says its cells are "being studied": research words keep the rules'
    # explainer call unless the words are very sure the page sells (round 13); a warning
    # page keeps it however sure they are.
    text = "The clinic. Stem cells are being studied."
    framing = Hit("st-research-framing", "patient_education", 23, 40, "")
    warning = Hit("st-warning", "patient_education", 12, 22, "")
    feats = _feats()
    feats.hits["st-research-framing"] = [framing]
    call = _call(ED, 0.0)
    assert decide(_words_model("clinic", str(CM)), call, feats, text).code == ED
    assert decide(_words_model("clinic", str(CM), 6.0), call, feats, text).code == CM
    feats.hits["st-warning"] = [warning]
    assert decide(_words_model("clinic", str(CM), 6.0), call, feats, text).code == ED


def test_the_word_model_makes_no_explainer_of_a_text_promoting_in_two_ways():
    # Hype and a promise: a text that promotes is never called neutral on its words alone.
    text = "A breakthrough that can cure you. Read the guide."
    promo = [Hit("hype-words", "hype", 2, 14, ""), Hit("overclaim-cure", "overclaiming", 20, 29, "")]
    call = RuleCall(CM, {str(CM): 1.0}, {}, {}, promo)
    assert decide(_words_model("guide", str(ED)), call, _feats(), text).code == CM
    call = RuleCall(CM, {str(CM): 1.0}, {}, {}, promo[:1])
    assert decide(_words_model("guide", str(ED)), call, _feats(), text).code == ED


def test_a_price_line_counts_as_one_of_the_two_ways_a_text_sells():
    # A practice's own page: "our office will give you a cost estimate" and "minimal side
    # effects". Selling words count beside promoting ones (round fourteen).
    text = "Our office will give you a cost estimate. It has minimal side effects. Read on."
    flags = [Hit("cta-price", "call_to_action", 28, 41, ""),
             Hit("risk-minimal", "risks_minimized", 50, 71, "")]
    call = RuleCall(CM, {str(CM): 1.0}, {}, {}, flags)
    assert decide(_words_model("read", str(ED)), call, _feats(), text).code == CM
    call = RuleCall(CM, {str(CM): 1.0}, {}, {}, flags[1:])
    assert decide(_words_model("read", str(ED)), call, _feats(), text).code == ED


def test_the_word_model_makes_no_call_on_a_text_with_none_of_its_words():
    d = decide(_words_model("clinic", str(CM)), _call(NW, 1.0), _feats(), "Nothing here.")
    assert (d.code, d.by_model) == (NW, False)


# --- real pages ---------------------------------------------------------------------

def test_a_calm_clinic_page_the_rules_called_education_is_a_sales_page_with_quotes():
    # A holdout2 page (a clinic abroad explaining the TACE it performs, "minimal side
    # effects", no price or booking line): the rules called it patient education; the
    # model does not.
    text = (REALWORLD / "holdout2" / "h2c02_turkey_tace_minimal_side_effects.txt").read_text(
        encoding="utf-8")
    a = analyze_text(text)
    assert a.source_type.code == CM
    assert "model trained on 1,456 real pages" in a.source_type.reasons[0]
    assert len(a.source_type.reasons) >= 2
    assert all('"' in r for r in a.source_type.reasons[1:])  # each reason quotes words
    assert a.source_type.evidence
    for e in a.source_type.evidence:
        assert e.quote == text[e.start : e.end]


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not present")
def test_the_seeds_keep_their_source_type():
    for line in (SEEDS / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            lab = json.loads(line)
            a = analyze_text((SEEDS / lab["file"]).read_text(encoding="utf-8"))
            assert a.source_type.code == lab["source_type"], lab["file"]
