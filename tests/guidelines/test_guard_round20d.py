"""Round 20d (issue 16): Chinese replies that answer in general are read as general. Advice for
what is to come ("建议您尽快到就近医院的口腔急诊就诊", "您来之前可以先在公众号上看一下价目表")
and a condition whose subject comes first ("您朋友如果需要，") speak to anyone, as a condition
does; the part of a clause that states a rule ("术后当天不建议剧烈运动", "停药后7天内都不建议饮酒")
is said of anyone where the clause does not speak to the reviewer; a price per item ("每次180元")
and the practice's opening on a day ("本院周六上午正常出诊") are the practice's; "您好" only
greets; 了 and 过 are a past event only as particles ("过敏", "超过" are none). Each good reply
is flagged by the code before round 20d; the bad reply beside it, the same scene with a leak,
is still blocked."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

# (review, reviewer, a good reply, the same scene with a leak)
PAIRS = [
    (  # advice to go elsewhere, to someone who reviewed another clinic
        "拔牙后一直出血，医生还不接电话，差评！",
        "小鸟",
        "您好，本店是中山路的仁和口腔，您提到的星光齿科和我们不是同一家机构。"
        "拔牙后持续出血需要及时处理，建议您尽快到就近医院的口腔急诊就诊。",
        "您好，本店是中山路的仁和口腔。拔牙后持续出血需要及时处理，建议您下周回来复查一下伤口。",
    ),
    (  # advice for a relative's first visit, to someone who is not a patient
        "你们能看糖尿病足吗？家里老人想来看看",
        "Sunny",
        "您好！我院内分泌科开设了糖尿病足专病门诊。"
        "建议您带老人来的时候带上近期的血糖记录和用药清单，医生看起来会更方便。",
        "您好！我院内分泌科开设了糖尿病足专病门诊。您父亲上次的血糖记录显示控制得不好，建议继续用药。",
    ),
    (  # what anyone may do before coming
        "洗牙贵不贵？",
        "小鹿",
        "您好，感谢关注！您来之前可以先在公众号上看一下价目表，具体项目以医生检查后的建议为准。",
        "您好，感谢关注！您上次洗牙的费用还有60元没有结清，下次来的时候请一并补上。",
    ),
    (  # a rule about a medicine, for anyone who takes it
        "吃了头孢能不能喝酒？",
        "大刘",
        "您好，服用头孢类抗生素期间以及停药后7天内都不建议饮酒，可能引起双硫仑样反应，"
        "严重时会出现胸闷、心慌、血压下降。",
        "您好，您这次开的头孢克肟要吃满七天，您的血压也偏高，停药后7天内都不建议饮酒。",
    ),
    (  # a procedure's rules and the practice's hours
        "周末能拔智齿吗？",
        "阿杰",
        "您好，本院周六上午口腔外科正常出诊，拔智齿前需要先拍全景片评估位置，术后当天不建议剧烈运动和饮酒。",
        "您好，您周六上午拔的那颗智齿，术后当天不建议剧烈运动和饮酒。",
    ),
    (  # prices per item, the same for everyone
        "你们家洗牙多少钱？能刷医保吗？",
        "小鹿",
        "您好，本院超声波洗牙每次180元，全口涂氟另收80元，都可以用医保个人账户支付。",
        "您好，本院超声波洗牙每次180元，您上次的全口涂氟另收了80元，是用医保个人账户支付的。",
    ),
    (  # a condition whose subject comes first, for a friend of someone who asks
        "医生你好，我朋友说你们能治斑秃，是真的吗？",
        "Tony",
        "您好，具体方案需要医生面诊以后制定，您朋友如果需要，可以在好大夫上预约皮肤科的号。",
        "您好，您朋友上个月在我们皮肤科确诊了斑秃，医生给他制定的方案是局部注射。",
    ),
    (  # a group in a relative clause: "已经在服用降压药的人" tells of no one's past (round 20d2)
        "网传你们医院的中药能降血压不用吃西药",
        "较真",
        "您好，本院从未发布过这样的宣传。中药调理可以作为高血压的辅助手段，但不能代替降压药，"
        "已经在服用降压药的人不应自行停药。",
        "您好，本院从未发布过这样的宣传。您已经在服用的氨氯地平不应自行停药，中药调理只能辅助。",
    ),
    (  # after a step anyone takes, what follows for anyone (round 20d3)
        "听说你们能做无痛胃镜？",
        "Vivian",
        "是的，我院消化内镜中心开展无痛胃肠镜检查。您预约成功后护士会电话告诉您详细的注意事项。",
        "是的，我院消化内镜中心开展无痛胃肠镜检查。您的胃镜预约在下周三上午，护士会电话告诉您注意事项。",
    ),
    (  # a rate is a figure for everyone, not how it went for someone (round 20d3)
        "请问你们医院的试管婴儿成功率多少？",
        "备孕中",
        "您好，本中心公布的上一年度临床妊娠率约为55%，但成功率与年龄、卵巢功能等多种因素有关。",
        "您好，您这次移植的胚胎已经成功着床，临床妊娠已经确认。",
    ),
    (  # the same fee for everyone, said outright (round 20d3)
        "为什么网上挂号比现场贵？",
        "精打细算",
        "您好，网上挂号和现场挂号的挂号费是一样的，都是按照物价标准收取。",
        "您好，您11月5日网上挂号的挂号费是50元，已经按照物价标准收取。",
    ),
    (  # an allergy season, in general: 过 of 过敏 is no past event
        "春天孩子老是咳嗽，是不是过敏？",
        "豆豆妈妈",
        "您好，春季花粉浓度高，3月到5月是过敏性鼻炎和咳嗽变异性哮喘的高发期。",
        "您好，豆豆上周查出来对尘螨过敏，3月到5月也是过敏性鼻炎的高发期。",
    ),
]


@pytest.mark.parametrize(
    ("review", "reviewer", "good", "bad"), PAIRS, ids=[f"scene{n}" for n in range(len(PAIRS))]
)
def test_a_general_answer_passes_and_the_same_scene_with_a_leak_is_blocked(
    review: str, reviewer: str, good: str, bad: str
) -> None:
    def found(reply: str) -> list[tuple[str, str]]:
        return [
            (f.code.value, f.text)
            for f in find_confidentiality_problems(
                reply, review_text=review, language="zh", reviewer_name=reviewer
            )
        ]

    assert found(good) == []
    assert found(bad) != []


def test_advice_on_what_the_reply_said_of_them_is_still_theirs() -> None:
    # "as for the bloating you mention, we suggest ...": the advice answers their own problem
    reply = "您提到的胃胀气问题，建议您少吃多餐。"
    assert find_confidentiality_problems(reply, language="zh") != []


def test_a_rule_in_a_clause_said_to_them_is_about_their_case() -> None:
    # the review told of a steroid taper; the reply names the steroid and speaks to them
    reply = "谢谢您的耐心。泼尼松减量需要几周时间，我们理解您会觉得很漫长。"
    found = find_confidentiality_problems(reply, review_text="激素减量太慢了。", language="zh")
    assert [f.text for f in found if f.code.value == "health_detail"] == ["泼尼松"]
