# ruff: noqa: E501  (markup as pages have it: long lines)
"""Clipboard contents in the shapes review pages really have (written for these tests; the
markup follows each site's public review list, the reviews are invented).

Each sample is what a browser puts on the clipboard when a receptionist selects the
reviews section and presses Ctrl+C: ``text/html`` (a fragment with the page's classes and
attributes) or ``text/plain`` (the visible text, one block per line).
"""

from __future__ import annotations

# ZnanyLekarz / Doctoralia: schema.org Review markup, data-score stars, <time datetime>,
# the doctor's answer in its own block. The stars are SVG icons: not in the plain text.
ZNANYLEKARZ_HTML = """<html><body><!--StartFragment-->
<div class="opinions-list" data-id="opinions">
<div class="media opinion" data-test-id="opinion-block" itemprop="review" itemscope>
  <div class="media-body">
    <div class="d-flex"><span data-test-id="opinion-author" itemprop="author" itemscope>
      <span itemprop="name">Katarzyna W.</span></span>
      <span class="badge">Pacjent zweryfikowany</span></div>
    <div class="rating rating-md" data-score="5" itemprop="reviewRating" itemscope>
      <meta itemprop="ratingValue" content="5"><meta itemprop="bestRating" content="5">
      <span class="svg-icon svg-icon-star"></span><span class="svg-icon svg-icon-star"></span>
    </div>
    <time datetime="2026-10-14T09:21:00" itemprop="datePublished">14 października 2026</time>
    <p data-test-id="opinion-comment" itemprop="description">Pani doktor wszystko dokładnie
    wyjaśniła, badanie bez pośpiechu. Polecam!</p>
    <div class="doctor-answer" data-test-id="doctor-answer">
      <h5>Odpowiedź lekarza</h5><p>Dziękuję za miłe słowa, zapraszam ponownie.</p></div>
  </div>
</div>
<div class="media opinion" data-test-id="opinion-block" itemprop="review" itemscope>
  <div class="media-body">
    <div class="d-flex"><span data-test-id="opinion-author" itemprop="author" itemscope>
      <span itemprop="name">Marek</span></span></div>
    <div class="rating rating-md" data-score="2" itemprop="reviewRating" itemscope>
      <meta itemprop="ratingValue" content="2"></div>
    <time datetime="2026-09-30T18:05:00" itemprop="datePublished">30 września 2026</time>
    <p data-test-id="opinion-comment" itemprop="description">Czekałem ponad godzinę po
    umówionym terminie, nikt nie przeprosił.</p>
  </div>
</div>
<div class="media opinion" data-test-id="opinion-block" itemprop="review" itemscope>
  <div class="media-body">
    <div class="d-flex"><span data-test-id="opinion-author" itemprop="author" itemscope>
      <span itemprop="name">Anonimowy pacjent</span></span></div>
    <div class="rating rating-md" data-score="4" itemprop="reviewRating" itemscope>
      <meta itemprop="ratingValue" content="4"></div>
    <time datetime="2026-09-02T08:00:00" itemprop="datePublished">2 września 2026</time>
    <p data-test-id="opinion-comment" itemprop="description">Konkretnie i rzeczowo.</p>
  </div>
</div>
</div>
<!--EndFragment--></body></html>"""

ZNANYLEKARZ_TEXT = """Opinie pacjentów (3)
Katarzyna W.
Pacjent zweryfikowany
14 października 2026
Pani doktor wszystko dokładnie wyjaśniła, badanie bez pośpiechu. Polecam!
Odpowiedź lekarza
Dziękuję za miłe słowa, zapraszam ponownie.
Marek
30.09.2026
Czekałem ponad godzinę po umówionym terminie, nikt nie przeprosił.
Przydatna?
Anonimowy pacjent
• Konsultacja
2 tygodnie temu
Konkretnie i rzeczowo.
"""

# Yandex Maps: business-review-view boxes, stars as five spans of which the "_full" ones
# count (and an aria-label on some builds), meta datePublished, the organisation's answer.
YANDEX_HTML = """<meta charset='utf-8'><div class="business-reviews-card-view__reviews-container">
<div class="business-reviews-card-view__review"><div class="business-review-view"
 itemprop="review" itemscope itemtype="http://schema.org/Review">
<div class="business-review-view__info"><div class="business-review-view__author-container">
 <div class="business-review-view__author-name"><a class="business-review-view__link">
 <span itemprop="name">Ирина С.</span></a></div>
 <div class="business-review-view__author-caption">Знаток города 4 уровня</div></div>
<div class="business-review-view__header"><div class="business-review-view__rating">
 <div class="business-rating-badge-view__stars _spacing_normal">
 <span class="inline-image _loaded icon business-rating-badge-view__star _full"></span>
 <span class="inline-image _loaded icon business-rating-badge-view__star _full"></span>
 <span class="inline-image _loaded icon business-rating-badge-view__star _full"></span>
 <span class="inline-image _loaded icon business-rating-badge-view__star _full"></span>
 <span class="inline-image _loaded icon business-rating-badge-view__star _empty"></span>
 </div></div>
 <span class="business-review-view__date"><meta itemprop="datePublished"
 content="2026-11-03T10:15:00.000Z"><span>3 ноября</span></span></div>
<div class="business-review-view__body"><div class="spoiler-view__text">
 <span class="spoiler-view__text-container">Врач внимательный, всё объяснила.
 Но в регистратуре пришлось ждать минут двадцать.</span></div></div>
<div class="business-review-view__comment-expand" role="button">Посмотреть ответ организации</div>
<div class="business-review-comment-content"><div class="business-review-comment-content__header">Ответ организации</div>
 <div class="business-review-comment-content__bubble">Ирина, спасибо! Мы разберёмся с очередью.</div></div>
</div></div></div>
<div class="business-reviews-card-view__review"><div class="business-review-view"
 itemprop="review" itemscope itemtype="http://schema.org/Review">
<div class="business-review-view__info"><div class="business-review-view__author-container">
 <div class="business-review-view__author-name"><a class="business-review-view__link">
 <span itemprop="name">Дмитрий</span></a></div></div>
<div class="business-review-view__header"><div class="business-review-view__rating">
 <div class="business-rating-badge-view__stars _spacing_normal" aria-label="Оценка 1 Из 5">
 <span class="business-rating-badge-view__star _full"></span>
 <span class="business-rating-badge-view__star _empty"></span>
 <span class="business-rating-badge-view__star _empty"></span>
 <span class="business-rating-badge-view__star _empty"></span>
 <span class="business-rating-badge-view__star _empty"></span></div></div>
 <span class="business-review-view__date"><meta itemprop="datePublished"
 content="2026-10-21T16:40:00.000Z"><span>21 октября</span></span></div>
<div class="business-review-view__body"><div class="spoiler-view__text">
 <span class="spoiler-view__text-container">Грубый администратор, больше не приду.</span>
</div></div></div></div></div>
</div>"""

# 2GIS: obfuscated class names, stars drawn as SVG: the copy is read as text.
TWOGIS_TEXT = """Отзывы 2
Алексей Н.
3 отзыва
12 ноября 2026, отредактирован
Хорошая клиника, но в субботу ждал приёма сорок минут.
Полезно
Ответ организации
Алексей, здравствуйте! Субботнее расписание мы уже поменяли.
Светлана
вчера
Всё понравилось, доктор Ким — профессионал.
"""

# Google Maps: review boxes with obfuscated classes; the stars only in an aria-label.
GOOGLE_HTML = """<div class="m6QErb DxyBCb kA9KIf dS8AEf" role="feed">
<div class="jftiEf fontBodyMedium" aria-label="John D." data-review-id="ChdDSUhNMG9nS0VJQ0FnSUN4">
 <div class="WNxzHc"><button class="al6Kxe"><div class="d4r55">John D.</div>
 <div class="RfnDt">Local Guide · 31 reviews · 12 photos</div></button></div>
 <div class="DU9Pgb"><span class="kvMYJc" role="img" aria-label="4 stars">
 <span class="hCCjke google-symbols NhBTye elGi1d"></span></span>
 <span class="rsqaWe">2 weeks ago</span><span class="fzvQIb">New</span></div>
 <div class="MyEned" lang="en"><span class="wiI7pd">Friendly front desk and a short wait.
 Dr. Patel explained the X-ray clearly.</span></div>
 <div class="CDe7pd"><div class="nM6d2c"><span class="DZSIDd">Response from the owner</span>
 <span class="DZSIDd">a week ago</span></div><div class="wiI7pd">Thank you, John!</div></div>
</div>
<div class="jftiEf fontBodyMedium" aria-label="Mary O'Neil" data-review-id="ChdDSUhNMG9nS0VJQ0FnSUN5">
 <div class="WNxzHc"><button class="al6Kxe"><div class="d4r55">Mary O'Neil</div>
 <div class="RfnDt">3 reviews</div></button></div>
 <div class="DU9Pgb"><span class="kvMYJc" role="img" aria-label="1 star"></span>
 <span class="rsqaWe">3 months ago</span></div>
 <div class="MyEned" lang="en"><span class="wiI7pd">They billed me twice &lt;b&gt;and&lt;/b&gt;
 nobody calls back.</span></div>
</div>
</div>"""

GOOGLE_TEXT = """John D.
Local Guide · 31 reviews · 12 photos
2 weeks ago
New
Friendly front desk and a short wait. Dr. Patel explained the X-ray clearly.
Like
Share
Response from the owner a week ago
Thank you, John!
Mary O'Neil
3 reviews
3 months ago
They billed me twice <b>and</b> nobody calls back.
Like
Share
"""

# Dianping: li boxes with sml-str50 star classes; the time after the text; 商家回复.
DIANPING_HTML = """<div class="reviews-items"><ul>
<li><a class="dper-photo-aside" href="#"><img data-lazyload="x.jpg"></a>
<div class="main-review"><div class="dper-info"><a class="name" href="#">小鱼儿</a></div>
<div class="review-rank"><span class="sml-rank-stars sml-str50 star"></span>
<span class="score"><span class="item">效果：非常好</span><span class="item">服务：非常好</span></span></div>
<div class="review-words">医生很耐心，讲解清楚，环境也很干净。</div>
<div class="misc-info clearfix"><span class="time">2026-11-05 14:32</span></div>
<div class="shop-reply"><p class="shop-reply-title">商家回复</p>
<div class="shop-reply-content">感谢您的认可，欢迎再次光临！</div></div>
</div></li>
<li><a class="dper-photo-aside" href="#"><img data-lazyload="y.jpg"></a>
<div class="main-review"><div class="dper-info"><a class="name" href="#">王先生</a></div>
<div class="review-rank"><span class="sml-rank-stars sml-str20 star"></span></div>
<div class="review-words">排队时间太长了，前台态度一般。</div>
<div class="misc-info clearfix"><span class="time">2026-10-28 09:10</span></div>
</div></li>
</ul></div>"""

DIANPING_TEXT = """小鱼儿
★★★★★
效果：非常好 服务：非常好
医生很耐心，讲解清楚，环境也很干净。
2026-11-05 14:32
商家回复：感谢您的认可，欢迎再次光临！
王先生
★★☆☆☆
排队时间太长了，前台态度一般。
3天前
"""

# Doc.ua (Ukrainian): plain text with star glyphs and "Оцінка: 4".
DOCUA_TEXT = """Відгуки пацієнтів
Олена Петрівна
15 листопада 2026
★★★★★
Дуже уважний лікар, все пояснив, призначив лікування.
Відповідь клініки
Дякуємо за ваш відгук!
Іван
2 тижні тому
Оцінка: 2
Довго чекав у черзі, хоча був записаний.
Показати ще
"""

# ProDoctorov: b-review-card boxes, the clinic's answer block.
PRODOCTOROV_HTML = """<div class="b-reviews-page__list">
<div class="b-review-card" itemprop="review" itemscope>
 <div class="b-review-card__author"><span class="b-review-card__author-link" itemprop="author">Наталья</span>
 <div class="b-review-card__date">12 ноября 2026 г.</div></div>
 <div class="b-review-card__rate" data-rating="5" title="Оценка 5 из 5"></div>
 <div class="b-review-card__comment" itemprop="reviewBody"><p>Лучший педиатр, ребёнок не боится.</p></div>
 <div class="b-review-card__answer"><div class="b-review-card__answer-title">Ответ клиники</div>
 <div class="b-review-card__answer-text">Наталья, благодарим за отзыв!</div></div>
</div>
<div class="b-review-card" itemprop="review" itemscope>
 <div class="b-review-card__author"><span class="b-review-card__author-link" itemprop="author">Пациент</span>
 <div class="b-review-card__date">1 ноября 2026 г.</div></div>
 <div class="b-review-card__rate" data-rating="3"></div>
 <div class="b-review-card__comment" itemprop="reviewBody"><p>Врач нормальный, но запись только по телефону.</p></div>
</div>
</div>"""

# An English site with "Rating: 4/5" lines and US dates.
ENGLISH_TEXT = """Patient reviews
Sam Carter
Rating: 4/5
11/23/2026
Quick appointment, friendly nurse.
Lee W.
Rating: 5/5
11/02/2026
Best dentist in town 😊👍
Response from the practice
Thanks Lee!
"""

# Hostile: page code, markup typed by a patient, right-to-left text, bidi overrides.
HOSTILE_HTML = """<script>document.body.innerHTML='<p>pwned</p>'</script>
<style>.x{display:none}</style>
<div class="reviews">
<div class="review"><span class="author">Eve&#x202e;gnp.exe</span>
<time datetime="2026-11-01">1 Nov 2026</time><span aria-label="1 star"></span>
<p class="review-text">&lt;script&gt;alert('x')&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>
<iframe src="javascript:alert(1)">inside</iframe>
</div>
<div class="review"><span class="author">דוד</span>
<time datetime="2026-11-02">2 Nov 2026</time><span aria-label="5 stars"></span>
<p class="review-text">רופא מצוין, תודה רבה! 👍</p>
</div>
</div>"""
