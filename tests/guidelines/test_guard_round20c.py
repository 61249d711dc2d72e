"""Round 20c (en, ru, uk, pl): good replies the guard flagged for confirms_patient and
health_detail, each beside a leaking twin that stays blocked. Every good reply here was flagged
by the code before round 20c: a generic statement that echoes the reviewer's own story, the
practice called a 'surgery', a 'when' of a rule for anyone, and 'without sympathy'."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

DEMENTIA = (
    "My dad has dementia and I'm his only carer. I work full time and nobody called me back "
    "for two weeks."
)
ALZHEIMER_PL = (
    "Mama ma alzheimera, opiekuję się nią sama i pracuję. Dwa tygodnie czekałam na telefon "
    "od lekarza."
)
PRESCRIPTION = "Why do repeat prescriptions take so long?"
INJECTION = "Waited weeks for an ear syringing appointment and it was cancelled."
RECIPE_RU = "Заказал рецепт в пятницу, готов только во вторник."
RECIPE_UK = "Замовив рецепт у п'ятницю, готовий лише у вівторок."
RUDE_UK = "Реєстраторка розмовляла зі мною грубо."

# (language, review, reviewer, good reply, its leaking twin)
GOOD_FIRST = [
    # the review's own illness in a statement of what such a life is like, beside a sentence
    # that speaks to the reviewer: said of anyone who lives it ([reading] generic_subject)
    (
        "en",
        DEMENTIA,
        "Paul",
        "Thank you, Paul. Supporting a parent with dementia while working full time is "
        "draining, and you should never have had to wait two weeks for a call back.",
        # ... a condition the review did not name is still someone's
        "Thank you, Paul. Supporting a parent with dementia and heart failure is draining, "
        "and you should never have had to wait two weeks for a call back.",
    ),
    (
        "pl",
        ALZHEIMER_PL,
        "Irena",
        "Pani Ireno, dziękujemy za wiadomość. Opieka nad bliską osobą z alzheimerem przy "
        "pracy na etacie to ogromny wysiłek, a na telefon nie powinna Pani czekać dwóch "
        "tygodni.",
        "Pani Ireno, dziękujemy za wiadomość. Opieka nad bliską osobą z alzheimerem i "
        "cukrzycą to ogromny wysiłek, a na telefon nie powinna Pani czekać dwóch tygodni.",
    ),
    # a British 'surgery' is the practice ([guard] premises); an operation stays one
    (
        "en",
        INJECTION,
        "Derek",
        "Derek, we're sorry to read this, but we think this review may be meant for another "
        "surgery: we don't offer ear syringing at all.",
        "Derek, we're sorry to read this. We hope the surgery on your ear went well in the end.",
    ),
    (
        "en",
        PRESCRIPTION,
        "Neil",
        "Neil, at our surgery every repeat prescription request is checked and signed by a GP, "
        "which takes two working days.",
        "Neil, your repeat prescription took longer because your surgery last month changed "
        "your medication.",
    ),
    # 'when you order' with a verb of the present: a rule for whoever does it, as 'if' is;
    # 'when you came' tells of their visit
    (
        "ru",
        RECIPE_RU,
        "Олег",
        "Олег, когда вы заказываете повторный рецепт, врачу нужно два рабочих дня, чтобы "
        "проверить и подписать его.",
        "Олег, когда вы пришли за рецептом на сертралин, врач был на обходе.",
    ),
    (
        "uk",
        RECIPE_UK,
        "Олег",
        "Олеже, коли ви замовляєте повторний рецепт, лікареві потрібно два робочі дні, щоб "
        "перевірити й підписати його.",
        "Олеже, коли ви прийшли по рецепт на сертралін, лікар був на обході.",
    ),
    # 'without sympathy' is no condolence; condolences still tell of a death in their care
    (
        "uk",
        RUDE_UK,
        "Ганна",
        "Ганно, розмовляти з людьми без співчуття неприпустимо, і ми вже поговорили з "
        "реєстраторкою.",
        "Ганно, прийміть наші щирі співчуття, і ми вже поговорили з реєстраторкою.",
    ),
]


@pytest.mark.parametrize(("language", "review", "reviewer", "good", "bad"), GOOD_FIRST)
def test_round20c_good_reply_passes_and_its_leaking_twin_is_blocked(
    language: str, review: str, reviewer: str, good: str, bad: str
) -> None:
    assert rules_broken(good, language, review, reviewer) == set()
    assert rules_broken(bad, language, review, reviewer)


def test_a_generic_statement_about_a_condition_the_review_never_named_is_still_a_leak() -> None:
    # the device is how replies often disclose: only the review's own word is anyone's
    reply = (
        "Ben, we're very sorry nobody explained things. Waiting for a biopsy result on a lump "
        "in the breast is frightening, and you should have been told when to expect it."
    )
    review = "I went in anxious and came out more anxious because nobody explained anything."
    assert "health_detail" in rules_broken(reply, "en", review, "Ben")
