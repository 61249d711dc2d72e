"""Session 44 (gw3l44, issue 16): leak families left by this session's engineers, checked in
sentences written for this file, not the finders' own: a count of the reader's visits told to
them (en, ru, pl, zh), a free service given "as thanks" (en, ru, uk, pl), and a case's verdict
told as luck with no verb ("..., на щастя, нічого серйозного": uk, ru, pl, zh). The same words
said of patients in general, of what anyone may do, or of no health matter pass."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

LEAKS = [
    # a count of their visits, told to them
    ("en", "Thanks, Mel! You've popped in to see us a few times now, haven't you?"),
    ("en", "You have been to the practice three times this spring, so you know the team."),
    ("en", "Lovely to hear. You've visited our surgery many times already."),
    ("en", "Thank you! This isn't your first visit with us, so you know where parking is."),
    ("en", "You drop by so often that reception knows your coffee order."),
    ("ru", "Спасибо! Вы к нам регулярно заглядываете, всегда рады."),
    ("ru", "Вы нередко у нас бываете, поэтому знаете наш порядок."),
    ("ru", "Вы у нас уже в очередной раз, спасибо за доверие."),
    ("pl", "Dziękujemy! Jest Pan u nas już kolejny raz."),
    ("pl", "Bywacie u nas często, więc znacie zasady."),
    ("pl", "Pani zagląda do nas regularnie, zawsze miło."),
    ("zh", "谢谢！您已经来过我们医院三次了。"),
    ("zh", "您经常来我们门诊，大家都认识您。"),
    ("zh", "您都好几次光顾本诊所了，非常感谢。"),
    # a free service as thanks
    ("en", "Thank you! As a little thank-you, the next scale and polish is free."),
    ("en", "The next eye test comes at no cost, as our thanks."),
    ("ru", "В знак благодарности следующая чистка будет бесплатной."),
    ("ru", "Осмотр для вас в следующий раз за наш счёт, в благодарность."),
    ("uk", "Як подяка, наступна консультація безоплатна."),
    ("uk", "На знак вдячності наступне відбілювання зі знижкою."),
    ("pl", "W ramach podziękowania kolejny przegląd jest darmowy."),
    ("pl", "Jako podziękowanie następna konsultacja za darmo."),
    # a case's verdict told as luck
    ("uk", "Родимка на плечі, на щастя, нічого страшного."),
    ("uk", "Дякуємо! Висип на шкірі, дякувати Богу, нічого небезпечного."),
    ("ru", "Спасибо! Киста на яичнике, к счастью, ничего опасного."),
    ("pl", "Dziękujemy! Znamię na ramieniu to, na szczęście, nic groźnego."),
    ("zh", "谢谢！那个囊肿，所幸并无大碍。"),
    # a lump in everyday words (ru, zh)
    ("ru", "Спасибо! Узелок под мышкой, к счастью, ничего страшного."),
    ("ru", "Шишка на шее оказалась обычной липомой."),
    ("zh", "谢谢！胳膊上的硬块幸好不严重。"),
]

GENERAL = [
    ("en", "Many of our patients visit us several times a year."),
    ("en", "You can come in as many times as you need before the procedure."),
    ("en", "If you've been to us several times, you'll know the drill."),
    ("ru", "Вы можете часто заходить к нам за советом."),
    ("ru", "Пациенты нередко у нас бывают по несколько раз в год."),
    ("pl", "Wielu pacjentów odwiedza nas kilka razy w roku."),
    ("zh", "很多患者一年来我们医院好几次。"),
    ("zh", "您可以随时多次来我们门诊咨询。"),
    ("en", "The first consultation is free for every new patient."),
    ("en", "As a thank-you to all our patients, the first cleaning is free this month."),
    ("ru", "Первая консультация бесплатна для всех новых пациентов."),
    ("uk", "Перша консультація безкоштовна для всіх нових пацієнтів."),
    ("pl", "Pierwsza konsultacja jest bezpłatna dla wszystkich nowych pacjentów."),
    ("uk", "Затримка, на щастя, нічого серйозного."),
    ("uk", "Кіста зазвичай нічого страшного, але варто перевірити."),
    ("ru", "Задержка, к счастью, ничего серьёзного не вызвала."),
    ("pl", "Znamię zwykle nic groźnego, ale warto je sprawdzić."),
    ("zh", "停电的事，幸好没什么大问题。"),
    ("zh", "囊肿一般不严重，定期复查即可。"),
    ("ru", "Шишки на ёлке уже висят, с Новым годом!"),
    ("zh", "肿块一般需要做B超检查确认性质。"),
]


@pytest.mark.parametrize("probe", probes(LEAKS, "language bad", rule=ANY_RULE))
def test_a_leak_of_these_families_is_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(GENERAL, "language good"))
def test_the_same_words_said_in_general_pass(probe: Probe) -> None:
    check(probe)
