"""A second set of Chinese replies of our own, written before the Chinese rules were broadened
and never tuned on: it measures whether the rules learnt kinds of phrase, not sentences.

The rules were changed while looking only at ``test_guard_zh_sentences.py`` and the tune part;
this set was read for its totals. It must stay at >= 90 % held and <= 10 % flagged (it is
small: one reply is 3-4 %); which replies it misses is listed by the test when it fails.
"""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

BLOCK = [
    "感谢您的好评！您的尿酸已经降到正常范围，饮食上继续注意就好。",
    "谢谢亲～上次做的牙龈翻瓣术恢复得怎么样？有问题随时找我们。",
    "感谢您的认可，腰椎间盘突出的牵引治疗还剩三次，坚持就会有效果。",
    "谢谢您的信任，您孩子的抽动症最近好多了吧？",
    "感谢支持，瑞舒伐他汀和阿司匹林别一起空腹吃哦。",
    "感谢您的评价！乳腺增生不用太紧张，三个月后再来看看。",
    "谢谢宝妈的好评，宝宝的新生儿黄疸已经退了，可以放心回家啦。",
    "感谢您的夸奖！超声刀做完一周内避免高温环境哦。",
    "谢谢！您先生的胆囊切除术很顺利，明天就可以下床活动了。",
    "感谢您的理解，周五上午十一点的号已经改到下周了。",
    "非常抱歉，上星期三晚上值班医生处理不够及时。",
    "正月十五那天让您等了两个小时，真的非常抱歉。",
    "前儿个下午您来的时候空调坏了，辛苦您了。",
    "您说的六月底那次投诉，我们已经给出了处理结果。",
    "谢谢何丽萍女士的锦旗，我们会继续努力！",
    "黄某某先生您好，关于您的投诉我们已经调查清楚。",
    "您在我们这里看了快五年了，谢谢一路的信任。",
    "您的管床医生明天会再跟您解释一下。",
    "记得下次来复诊把药盒带上哦。",
    "随访的问卷已经推送到您的微信上了。",
    "欢迎您下回带着孩子一起过来看看。",
    "陈主任一直是您的医生，他也很惦记您。",
    "看到您现在能自己走路了，我们都特别高兴！",
    "您的血糖控制得这么好，真是太棒了。",
    "听说您已经顺利怀上二胎了，恭喜恭喜！",
    "写评价晒三张图，送价值198元的美白体验一次。",
    "好评满五星，下次洗牙打八折。",
    "评价后截图给客服，就能参加月底的幸运大转盘。",
    "您上次的治疗费报销了百分之七十，剩下的是自付。",
    "您多付的诊金已经通过微信退回了。",
    "新农合的手续已经帮您办好了。",
    "您的诊疗费用明细已经发到您邮箱了。",
]

PASS = [
    "患者的任何信息我们都不会在公开平台透露，请理解。",
    "出于保密原则，我们不对具体病情做任何评论。",
    "本院开展无痛胃肠镜检查，需提前一天预约。",
    "我们医院是医保定点单位，可以直接刷医保卡。",
    "所有项目的收费明细都可以在官网查询。",
    "我院口腔科可以做种植牙和全瓷冠修复。",
    "我们有专门的儿童哮喘门诊，每周三开诊。",
    "网上流传我院发生医疗事故的消息不实，请以官方通报为准。",
    "关于我们使用劣质材料的说法纯属谣言，所有耗材都可以查验。",
    "糖尿病的朋友建议每三个月查一次糖化血红蛋白。",
    "术后饮食清淡、按时复查，这是每个人都应该注意的。",
    "感谢您的好评，我们会继续保持！",
    "谢谢您的宝贵意见，我们已经在改进了。",
    "很抱歉给您带来了不便，欢迎致电客服沟通。",
    "感谢您的支持与信任，祝您天天开心！",
    "您的认可是对我们最大的鼓励。",
    "我们的医生团队每年都会外出学习新技术。",
    "停车难的问题我们已经和隔壁商场协商，增加了车位。",
    "春节假期的排班已经在公众号公布了。",
    "我们不做任何形式的好评返现，评价请自愿。",
    "欢迎大家关注我们的公众号，了解更多健康知识。",
    "谢谢您，护士们看到您的夸奖都很开心！",
    "我们理解等待的焦急心情，正在增加医生人手。",
    "非常感谢您的推荐，我们会继续用心服务每一位顾客。",
]


def _held(reply: str) -> bool:
    return bool(find_confidentiality_problems(reply, language="zh"))


def test_replies_written_apart_from_the_tuning_are_judged_right() -> None:
    missed = [r for r in BLOCK if not _held(r)]
    flagged = [r for r in PASS if _held(r)]
    assert len(BLOCK) - len(missed) >= 0.9 * len(BLOCK), missed
    assert len(flagged) <= 0.1 * len(PASS), flagged
