"""Round 18a (issue 16, g18a): good replies in styles the earlier rounds did not use - a
bulleted holiday timetable, a press-release voice, a retiring Sister, a physio team's services -
that the guard flagged for whom they are about. A date is the practice's when its
line is a timetable ("Mon 23 Dec: 8:00-13:00", "除夕：8:00-12:00") or it is the day of the
practice's own event ahead (a branch opening, a talk, a tea for everyone, letters to every
applicant); a full name is the practice's when a role leads to it ("led by Mr James Kerr", "our
caretaker, Mr Brian Lowe", "Sister Margaret Collins"); what a team treats, said in the present,
is for anyone; "our second surgery on Kings Road" is a building and "holding customer-care
training for all staff" no slot held for anyone. Each good reply has a look-alike with a leak,
which is still blocked."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

# (language, reviewer, review, a good reply, the same scene with a leak, the leak's rule)
PAIRS = [
    # a timetable line: the day, then its hours or "closed"
    (
        "en",
        "Priya V.",
        "Great surgery, but what are the Christmas hours?",
        "Thanks, Priya! Our holiday hours:\n• Mon 23 Dec: 8:00-13:00\n• Fri 27 Dec: 9:00-17:00\n"
        "• 1 Jan: closed",
        "Thanks, Priya! A few points:\n• Your follow-up: Mon 23 Dec at 10:40\n• Parking is free.",
        "date",
    ),
    (
        "pl",
        "Patrycja W.",
        "Świetna przychodnia, ale jak pracujecie w święta?",
        "Dziękujemy, Pani Patrycjo! Godziny w święta:\n• pon. 23 grudnia: 8:00-13:00\n"
        "• 1 stycznia: nieczynne",
        "Dziękujemy, Pani Patrycjo! Kilka informacji:\n• Pani wizyta kontrolna: 23 grudnia "
        "o 10:40\n• Parking jest bezpłatny.",
        "date",
    ),
    (
        "zh",
        "小薇",
        "诊所很好，春节怎么上班？",
        "谢谢您的好评！春节门诊时间：\n• 除夕：8:00-12:00\n• 初一至初三：休诊",
        "谢谢您的好评！提醒一下：\n• 您的复诊：除夕上午\n• 停车免费。",
        "date",
    ),
    # the practice's own event ahead
    (
        "en",
        "Simon R.",
        "Wish you had a surgery closer to town.",
        "Good news, Simon: our second practice on Kings Road opens on Monday 2 June, with Dr Ravi "
        "Patel seeing patients from 8 am.",
        "Good news, Simon: your check-up on Kings Road is on Monday 2 June, with Dr Ravi Patel.",
        "date",
    ),
    (
        "en",
        "Ian B.",
        "Good advice from the nurse about moles.",
        "Thanks, Ian. Our free skin-awareness talk is on Wednesday 9 July at 7 pm at the library.",
        "Thanks, Ian. Your mole check with the nurse is on Wednesday 9 July at 7 pm.",
        "date",
    ),
    (
        "pl",
        "Szymon R.",
        "Szkoda, że nie macie gabinetu bliżej centrum.",
        "Dobra wiadomość: nasza druga przychodnia przy ul. Królewskiej rusza w poniedziałek "
        "2 czerwca.",
        "Dobra wiadomość: Pana kontrola przy ul. Królewskiej jest w poniedziałek 2 czerwca.",
        "date",
    ),
    (
        "pl",
        "Klaudia B.",
        "Aplikowałam na recepcjonistkę i zero odzewu.",
        "Pani Klaudio, przepraszamy. Koordynatorka kadr napisze do wszystkich kandydatów do "
        "piątku 21 marca.",
        "Pani Klaudio, przepraszamy. Pani wyniki badań będą gotowe do piątku 21 marca.",
        "date",
    ),
    (
        "zh",
        "西蒙",
        "要是市区也有分店就好了。",
        "好消息：我们在国王路的第二家门诊将于6月2日（周一）开业。",
        "好消息：您的复诊已约在6月2日（周一）。",
        "date",
    ),
    # a full name a role leads to: the practice's own
    (
        "en",
        "Dan K.",
        "Do you treat running injuries?",
        "Thank you, Dan. Our physiotherapy team, led by Mr James Kerr MCSP, treats sports "
        "injuries, back and neck pain.",
        "Thank you, Dan. Your brother, Mr James Kerr, is doing well after his knee surgery.",
        "full_name",
    ),
    (
        "en",
        "Sue M.",
        "We'll miss Sister Collins!",
        "Thank you, Sue, for remembering Sister Margaret Collins so fondly.",
        "Thank you, Sue, and please give our love to your sister Margaret Collins.",
        "full_name",
    ),
    (
        "pl",
        "Kamil (kurier)",
        "Domofon nie działa, czekałem 20 minut z paczką.",
        "Przepraszamy! Dostawy odbierze nasz gospodarz budynku, Pan Bronisław Łoś.",
        "Przepraszamy! Pana teść, Pan Bronisław Łoś, czuje się już lepiej.",
        "full_name",
    ),
    # the premises and the staff's training, not anyone's care
    (
        "en",
        "Simon R.",
        "Wish you had a surgery closer to town.",
        "Good news, Simon: our second surgery on Kings Road opens on Monday 2 June.",
        "Good news, Simon: your knee surgery went well and the stitches come out soon.",
        "health_detail",
    ),
    (
        "en",
        "Olivia T.",
        "Receptionist rushed me and was curt.",
        "We're sorry you felt rushed, Olivia. We've shared your review with the reception team "
        "and are holding customer-care training for all staff on 12 May.",
        "We're sorry you felt rushed, Olivia. We've shared your review with the reception team, "
        "and Dr Lee is holding her usual Tuesday slot for you.",
        "confirms_patient",
    ),
    # round 18a2: a handyman, a team "kierowany przez" a named manager
    (
        "en",
        "Ken W.",
        "The ramp was broken.",
        "Thanks, Ken. Our handyman, Mr Joe Bright, has fixed the ramp.",
        "Thanks, Ken. Your son, Mr Joe Bright, has fixed the ramp.",
        "full_name",
    ),
    (
        "pl",
        "Kinga L.",
        "Telefony wiecznie zajęte.",
        "Przepraszamy. Zespół rejestracji, kierowany przez Panią Aminę Szach, odbiera telefony "
        "od 8:00.",
        "Przepraszamy. Pani córka, Pani Amina Szach, odebrała już telefon od nas.",
        "full_name",
    ),
    # what a team treats, said in the present, is for anyone
    (
        "zh",
        "丹尼",
        "跑步受伤能看吗？",
        "谢谢您。我们的康复团队处理运动损伤、颈肩腰痛和术后康复，初次评估180元。",
        "谢谢您。您上次的运动损伤和腰痛，康复团队已经处理了，恢复得不错。",
        "health_detail",
    ),
]


def _rules(reply: str, language: str, reviewer: str, review: str) -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer
    )
    return {f.rule for f in found}


@pytest.mark.parametrize(("language", "reviewer", "review", "good", "bad", "rule"), PAIRS)
def test_practice_reply_passes_and_its_leaking_look_alike_is_blocked(
    language: str, reviewer: str, review: str, good: str, bad: str, rule: str
) -> None:
    assert _rules(good, language, reviewer, review) == set()
    assert rule in _rules(bad, language, reviewer, review)
