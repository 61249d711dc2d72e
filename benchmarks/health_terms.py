"""How far the confidentiality guard's health vocabulary reaches: every term of a language's
probe file (benchmarks/data/health_terms_<lang>.tsv) put into carrier replies said OF THE
REVIEWER (must be blocked) and the same number said IN GENERAL or of the practice (must
pass), per category.

    PYTHONPATH=src:benchmarks python benchmarks/health_terms.py [--lang uk] [--list]
    PYTHONPATH=src:benchmarks python benchmarks/health_terms.py --list-name 2  # <lang>_2.tsv

The file: one term a line, `category<TAB>nominative<TAB>genitive<TAB>gender` (gender m, f,
n or p for plural: it chooses "your" in the carriers that need it); `#` starts a comment.
Rows of category `_control` are everyday nouns (a holiday, a move): the carriers with them
must pass, or a carrier blocks by itself and the probe measures nothing; they are printed
apart. The terms were chosen by category from the language, not from the guard's lists.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

DATA = Path(__file__).resolve().parent / "data"
CONTROL = "_control"


@dataclass(frozen=True, slots=True)
class Term:
    category: str
    nom: str
    gen: str
    gender: str


@dataclass(frozen=True, slots=True)
class Carriers:
    reviewer: str
    review: str
    your: dict[str, str]  # gender -> "your" before the nominative
    of_reviewer: dict[str, str]  # name -> template with {nom} {gen} {your}
    general: dict[str, str]


CARRIERS = {
    "ru": Carriers(
        reviewer="Елена Ковальчук",
        review="Очень приветливый персонал и чисто в клинике. Рекомендую!",
        your={"m": "ваш", "f": "ваша", "n": "ваше", "p": "ваши"},
        of_reviewer={
            "wish": "Елена, спасибо за отзыв! Желаем вам, чтобы всё, что касается {gen}, "
            "поскорее осталось позади.",
            "past": "Спасибо за отзыв. Понимаем, что {your} {nom} — для вас тема не новая.",
            "question": "Спасибо за добрые слова! Как ваши дела после {gen}?",
            "buried": "Спасибо за тёплые слова о нашей команде! Мы стараемся, чтобы в клинике "
            "всегда было чисто. Рады, что насчёт {gen} у вас теперь всё в порядке. "
            "Хорошего вам дня!",
        },
        general={
            "offer": "Спасибо за отзыв! Наша клиника проводит консультации по поводу {gen} "
            "для всех желающих.",
            "has": "Спасибо за отзыв! В нашей клинике работают специалисты по вопросам {gen}.",
            "patients": "Спасибо за отзыв! Пациенты, у которых есть вопросы насчёт {gen}, "
            "могут записаться на сайте.",
            "buried": "Спасибо за тёплые слова о нашей команде! Мы стараемся, чтобы в клинике "
            "всегда было чисто. Напоминаем, что на нашем сайте есть полезные статьи насчёт "
            "{gen}. Хорошего вам дня!",
        },
    ),
    "uk": Carriers(
        reviewer="Олена Коваль",
        review="Дуже привітний персонал і чисто в клініці. Рекомендую!",
        your={"m": "ваш", "f": "ваша", "n": "ваше", "p": "ваші"},
        of_reviewer={
            "wish": "Пані Олено, дякуємо за відгук! Бажаємо вам, щоб усе щодо {gen} "
            "швидко залишилося позаду.",
            "past": "Дякуємо за відгук. Розуміємо, що {your} {nom} — для вас тема не нова.",
            "question": "Дякуємо за добрі слова! Як ваші справи після {gen}?",
            "buried": "Дякуємо за теплі слова про нашу команду! Ми стараємося, щоб у клініці "
            "завжди було чисто. Раді, що щодо {gen} у вас тепер усе гаразд. "
            "Гарного вам дня!",
        },
        general={
            "offer": "Дякуємо за відгук! Наша клініка проводить консультації щодо {gen} "
            "для всіх охочих.",
            "has": "Дякуємо за відгук! У нашій клініці працюють фахівці з питань {gen}.",
            "patients": "Дякуємо за відгук! Пацієнти, які мають питання щодо {gen}, "
            "можуть записатися на сайті.",
            "buried": "Дякуємо за теплі слова про нашу команду! Ми стараємося, щоб у клініці "
            "завжди було чисто. Нагадуємо, що на нашому сайті є корисні статті "
            "щодо {gen}. Гарного вам дня!",
        },
    ),
    "pl": Carriers(
        reviewer="Anna Nowak",
        review="Bardzo miły personel i czysto w przychodni. Polecam!",
        your={"m": "Pani", "f": "Pani", "n": "Pani", "p": "Pani"},
        of_reviewer={
            "wish": "Pani Anno, dziękujemy za opinię! Życzymy Pani, aby sprawa {gen} "
            "szybko została za Panią.",
            "past": "Dziękujemy za opinię. Rozumiemy, że {your} {nom} to dla Pani nie nowy temat.",
            "question": "Dziękujemy za miłe słowa! Czy sprawa {gen} jest już u Pani zamknięta?",
            "buried": "Dziękujemy za ciepłe słowa o naszym zespole! Staramy się, aby w przychodni "
            "zawsze było czysto. Cieszymy się też, że w sprawie "
            "{gen} wszystko jest już u Pani w porządku. Miłego dnia!",
        },
        general={
            "offer": "Dziękujemy za opinię! Nasza przychodnia prowadzi konsultacje w sprawie "
            "{gen} dla wszystkich chętnych.",
            "has": "Dziękujemy za opinię! W naszej przychodni pracują specjaliści w zakresie "
            "{gen}.",
            "patients": "Dziękujemy za opinię! Pacjenci, którzy mają pytania w sprawie {gen}, "
            "mogą zapisać się przez stronę.",
            "buried": "Dziękujemy za ciepłe słowa o naszym zespole! Staramy się, aby w przychodni "
            "zawsze było czysto. Przypominamy, że na naszej stronie są artykuły na temat "
            "{gen}. Miłego dnia!",
        },
    ),
}


def read_terms(path: Path) -> list[Term]:
    terms = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4 or fields[3] not in "mfnp" or not all(fields):
            raise SystemExit(f"{path.name}, line {number}: want 4 tab-separated fields")
        terms.append(Term(*fields))
    return terms


def fill(template: str, term: Term, carriers: Carriers) -> str:
    return template.format(nom=term.nom, gen=term.gen, your=carriers.your[term.gender])


def codes(reply: str, lang: str, carriers: Carriers) -> list[str]:
    found = find_confidentiality_problems(
        reply, review_text=carriers.review, language=lang, reviewer_name=carriers.reviewer
    )
    return sorted({f.rule for f in found})


@dataclass(slots=True)
class Tally:
    blocked: int = 0
    reviewer: int = 0
    flagged: int = 0
    general: int = 0


def probe(lang: str, show: bool, list_name: str = "") -> tuple[Tally, dict[str, Tally]]:
    carriers = CARRIERS[lang]
    suffix = f"_{list_name}" if list_name else ""
    terms = read_terms(DATA / f"health_terms_{lang}{suffix}.tsv")
    by_category: dict[str, Tally] = defaultdict(Tally)
    misses: list[str] = []
    alarms: list[str] = []
    for term in terms:
        tally = by_category[term.category]
        let_through = []
        for name, template in carriers.of_reviewer.items():
            tally.reviewer += 1
            if codes(fill(template, term, carriers), lang, carriers):
                tally.blocked += 1
            else:
                let_through.append(name)
        flagged = []
        for name, template in carriers.general.items():
            tally.general += 1
            found = codes(fill(template, term, carriers), lang, carriers)
            if found:
                tally.flagged += 1
                flagged.append(f"{name}:{'+'.join(found)}")
        if let_through:
            misses.append(f"  {term.category:10} {term.nom} / {term.gen}: {' '.join(let_through)}")
        if flagged:
            alarms.append(f"  {term.category:10} {term.nom} / {term.gen}: {' '.join(flagged)}")
    if show:
        print(f"\n{lang}: reviewer carriers let through (term: carriers)")
        print("\n".join(misses) or "  none")
        print(f"{lang}: general carriers flagged (term: carrier:codes)")
        print("\n".join(alarms) or "  none")
    total = Tally()
    for category, tally in by_category.items():
        if category == CONTROL:
            continue
        total.blocked += tally.blocked
        total.reviewer += tally.reviewer
        total.flagged += tally.flagged
        total.general += tally.general
    return total, by_category


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(CARRIERS), action="append")
    parser.add_argument("--list", action="store_true", help="every term let through or flagged")
    parser.add_argument(
        "--list-name", default="", help="read health_terms_<lang>_<name>.tsv (a second list)"
    )
    args = parser.parse_args(argv)
    carriers_ok = True
    for lang in args.lang or sorted(CARRIERS):
        total, by_category = probe(lang, args.list, args.list_name)
        print(f"\n== {lang}: of the reviewer blocked, in general flagged")
        for category in sorted(by_category):
            tally = by_category[category]
            print(
                f"  {category:10} {_pct(tally.blocked, tally.reviewer):>18}"
                f"  {_pct(tally.flagged, tally.general):>16}"
            )
            if category == CONTROL and tally.blocked:
                carriers_ok = False
        print(
            f"  {'total':10} {_pct(total.blocked, total.reviewer):>18}"
            f"  {_pct(total.flagged, total.general):>16}"
        )
    if not carriers_ok:
        print("\na carrier blocks with an everyday noun: its figures measure the carrier")
    return 0 if carriers_ok else 1


if __name__ == "__main__":
    sys.exit(main())
