"""A first name as a reply addresses its writer: Ukrainian in the vocative ("Андрію", "Олено",
"Миколо"), Polish with a title ("Panie Andrzeju", "Pani Anno").

A template's ``{first_name}`` is always an address ("Вітаємо, {first_name}!"), and a Ukrainian
reply that said "Вітаємо, Андрій!" read as written by a foreigner. Ukrainian common names
follow a few rules; a name they do not cover (or one in Latin letters) stays as written.
Polish men's vocatives are too irregular for rules: a name not listed goes unnamed, as
"Dzień dobry, Marek!" reads as a mistake.
"""

from __future__ import annotations

# Ukrainian names whose vocative breaks the rules below.
_UK_IRREGULAR = {
    "ілля": "Ілле", "ігор": "Ігорю", "лазар": "Лазарю", "олег": "Олеже",
    # і of the last syllable is о in every other form (Федора, Антона): "Федоре", not "Федіре"
    "федір": "Федоре", "сидір": "Сидоре", "антін": "Антоне", "прокіп": "Прокопе",
    "тиміш": "Тимоше", "яків": "Якове",
}  # fmt: skip
_UK_CONSONANTS = set("бвгґджзклмнпрстфхцчшщ")
_UK_LETTERS = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’")

# Polish names in -a that are men's (no "Pani" for them).
PL_MALE_IN_A = {"kuba", "barnaba", "bonawentura", "kosma"}
# Polish men's vocatives are irregular enough to be listed; a name not here goes unnamed.
PL_MALE_VOCATIVE = {
    "jan": "Janie", "piotr": "Piotrze", "paweł": "Pawle", "marek": "Marku", "tomasz": "Tomaszu",
    "krzysztof": "Krzysztofie", "andrzej": "Andrzeju", "michał": "Michale", "adam": "Adamie",
    "marcin": "Marcinie", "łukasz": "Łukaszu", "jakub": "Jakubie", "kamil": "Kamilu",
    "wojciech": "Wojciechu", "grzegorz": "Grzegorzu", "mateusz": "Mateuszu", "rafał": "Rafale",
    "dariusz": "Dariuszu", "robert": "Robercie", "stanisław": "Stanisławie", "józef": "Józefie",
    "kacper": "Kacprze", "szymon": "Szymonie", "bartosz": "Bartoszu", "artur": "Arturze",
    "damian": "Damianie", "dawid": "Dawidzie", "karol": "Karolu", "maciej": "Macieju",
    "sebastian": "Sebastianie", "daniel": "Danielu", "igor": "Igorze", "filip": "Filipie",
    "wiktor": "Wiktorze", "zbigniew": "Zbigniewie", "ryszard": "Ryszardzie", "henryk": "Henryku",
    "kuba": "Kubo", "przemysław": "Przemysławie", "mariusz": "Mariuszu", "jacek": "Jacku",
    "leszek": "Leszku", "patryk": "Patryku", "hubert": "Hubercie", "oskar": "Oskarze",
}  # fmt: skip


def addressed_name(first: str, language: str) -> str:
    """What a template's ``{first_name}`` becomes in ``language``: '' for no name."""
    if not first:
        return ""
    if language == "uk":
        return ukrainian_vocative(first) or first
    if language == "pl":
        return polish_address(first)
    return first


def ukrainian_vocative(name: str) -> str:
    """ "Андрій" -> "Андрію", "Олена" -> "Олено", "Микола" -> "Миколо", "Марія" -> "Маріє";
    '' when no rule covers the name."""
    low = name.casefold()
    if not low or not set(low) <= _UK_LETTERS:
        return ""
    if low in _UK_IRREGULAR:
        return _UK_IRREGULAR[low]
    last, before = low[-1], low[-2:-1]
    stem = name[:-1]
    if last == "а" and before in _UK_CONSONANTS:
        return stem + "о"  # Олена, Микола, Оксана, Наталка
    if last == "я":
        if before == "і":
            return stem + "є"  # Марія, Софія, Юлія
        if before in _UK_CONSONANTS:
            return stem + "ю"  # Оля, Катя, Галя
        return ""
    if last in "йь":
        return stem + "ю"  # Андрій, Сергій, Василь
    if last == "о" and before in _UK_CONSONANTS:
        return stem + "е"  # Петро, Дмитро, Павло, Михайло
    if last in "кх":
        return name + "у"  # Марк
    if last in "жчшщ":
        return name + "у"
    if last in _UK_CONSONANTS and last not in "гґц":
        return name + "е"  # Іван, Тарас, Богдан, Олександр
    return ""


def polish_address(name: str) -> str:
    """ "Andrzej" -> "Panie Andrzeju", "Anna" -> "Pani Anno"; '' when not known safely."""
    low = name.casefold()
    if low in PL_MALE_VOCATIVE:
        return "Panie " + PL_MALE_VOCATIVE[low]
    if not low.endswith("a") or low in PL_MALE_IN_A:
        return ""
    if low.endswith("ia"):
        if len(low) <= 5 and low[-3:-2] in ("s", "z", "c", "n"):
            return "Pani " + name[:-1] + "u"  # Kasia -> Kasiu, Ania -> Aniu
        return "Pani " + name[:-1] + "o"  # Maria -> Mario
    if len(low) <= 4 and low.endswith("la"):
        return "Pani " + name[:-1] + "u"  # Ola -> Olu
    return "Pani " + name[:-1] + "o"  # Anna -> Anno, Agnieszka -> Agnieszko
