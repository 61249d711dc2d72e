"""The monthly report says what patients praised and what they complained about, with a quote."""

from __future__ import annotations

from pathlib import Path

from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.model import Aspect, Sentiment
from clinicrep.store import Database
from clinicrep.store.aspects import correct_aspect

from .conftest import ReviewMaker, october, pdf_text
from .test_monthly_report import _render


def test_the_report_names_the_most_praised_and_blamed_aspects_with_a_quote(
    db: Database, maker: ReviewMaker, tmp_path: Path
) -> None:
    add = maker.add
    add(
        october(2),
        rating=5,
        text="Dr Patel is brilliant and so kind.",
        sentiment=Sentiment.POSITIVE,
    )
    add(october(3), rating=5, text="A wonderful doctor, thank you!", sentiment=Sentiment.POSITIVE)
    add(
        october(5),
        rating=2,
        text="The doctor was great but we waited two hours in the waiting room.",
        sentiment=Sentiment.NEGATIVE,
    )
    corrected = add(
        october(9), rating=3, text="Came for a blood test.", sentiment=Sentiment.NEUTRAL
    )
    reanalyse_store(db)  # the aspects, as the analysis reads them
    correct_aspect(db, corrected, Aspect.PRICE, Sentiment.NEGATIVE)  # the practice adds one

    text = " ".join(pdf_text(_render(db, tmp_path)).split())

    praised = text.index("What patients praised")
    blamed = text.index("What patients complained about")
    # the patient's words as written (the analysis keeps its clauses lower-cased)
    assert praised < text.index("Doctor (reviews: 3) — “The doctor was great”") < blamed
    assert "Waiting time (reviews: 1) — “but we waited two hours in the waiting room”" in text
    assert "Prices and billing (reviews: 1)" in text[blamed:]


def test_a_quote_in_another_language_is_marked(
    db: Database, maker: ReviewMaker, tmp_path: Path
) -> None:
    maker.add(
        october(4),
        rating=5,
        text="Лікар дуже уважний, а реєстратура швидко знайшла мені зручний час.",
        sentiment=Sentiment.POSITIVE,
    )
    reanalyse_store(db)

    text = " ".join(pdf_text(_render(db, tmp_path)).split())
    praised = text[text.index("What patients praised") : text.index("What patients complained")]
    assert "Doctor (reviews: 1) — “Лікар дуже уважний” (in Ukrainian)" in praised


def test_each_aspect_quotes_another_patient_when_one_is_there(
    db: Database, maker: ReviewMaker, tmp_path: Path
) -> None:
    add = maker.add
    add(october(2), rating=5, text="A brilliant doctor, very kind.", sentiment=Sentiment.POSITIVE)
    add(
        october(3),
        rating=5,
        text="The receptionist at the front desk was very helpful.",
        sentiment=Sentiment.POSITIVE,
    )
    add(
        october(8),
        rating=5,
        text="The doctor was thorough and the receptionist was lovely to us.",
        sentiment=Sentiment.POSITIVE,
    )
    reanalyse_store(db)

    text = " ".join(pdf_text(_render(db, tmp_path)).split())
    praised = text[text.index("What patients praised") : text.index("What patients complained")]
    assert "Doctor (reviews: 2) — “The doctor was thorough" in praised
    # the newest review already speaks for the doctor: the front desk's quote is another's
    reception = "Reception and staff (reviews: 2) — “The receptionist at the front desk was"
    assert reception in praised


def test_a_russian_report_names_the_quotes_language_in_lower_case(
    db: Database, maker: ReviewMaker, tmp_path: Path
) -> None:
    maker.add(
        october(4),
        rating=5,
        text="Лікар дуже уважний, а реєстратура швидко знайшла мені зручний час.",
        sentiment=Sentiment.POSITIVE,
    )
    reanalyse_store(db)

    text = " ".join(pdf_text(_render(db, tmp_path, language="ru")).split())
    assert "(язык: украинский)" in text
    assert "Украинский" not in text
