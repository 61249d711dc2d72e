"""The guard on Chinese replies of our own, written the way clinics answer on 大众点评, 美团,
好大夫 and 微信: one leak buried among friendly sentences must hold the reply; privacy
statements, general offers and corrections of rumours about the clinic must not.

Written for issue 16 by a native reader, not taken from the labelled set; each kind the
independent measure found the Chinese rules weakest on has its own group. The replies are
signed by nicknames (the reviewer's public name), as on the platforms.
"""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

# (kind, reviewer's public name, reply) that must be held
BLOCK = [
    # named tests, drugs, procedures and conditions, often between harmless sentences
    ("term", "小鱼儿", "谢谢亲的好评～您的甲功五项复查出来都在范围内，继续按时吃药就好。"),
    ("term", "", "感谢支持！您女儿的过敏原检测我们已经帮忙解读了，平时注意避开尘螨就好。"),
    (
        "term",
        "阳光明媚",
        "您好，感谢留言。骨密度检查提示骨量减少不用太担心，补钙加晒太阳会有改善的。"
        "我们一直在努力改进服务。",
    ),
    ("term", "", "谢谢您的夸奖！牙周刮治做完后牙龈出血会慢慢减少，别担心。"),
    ("term", "老街坊", "感谢您的信任，二甲双胍刚开始吃胃有点不舒服是正常的，坚持一段时间就好。"),
    ("term", "", "亲，感谢评价！阿托伐他汀记得晚上睡前吃哦，祝您生活愉快。"),
    ("term", "暖暖妈", "谢谢您！宝宝的幼儿急疹已经退烧了，出疹子是正常过程，不用担心。"),
    ("term", "", "感谢您的好评，糖化降到6.5已经很理想了，继续加油！"),
    ("term", "Eric", "您好，眼底照相没发现什么问题，请放心。感谢您对我们工作的支持！"),
    ("term", "", "感谢反馈，24小时动态心电图的报告已经出来了，可以在小程序里查看。"),
    ("term", "大白", "谢谢！鼻中隔偏曲术后记得每天按时冲洗鼻腔，有不舒服随时联系我们。"),
    ("term", "", "感谢信任！热玛吉的效果一般要三个月才最明显，耐心等等哦。"),
    ("term", "美美哒", "感谢亲的支持～水光针做完三天内不要化妆哦，我们下次见！"),
    ("term", "", "谢谢您的好评，孩子的窝沟封闭已经全部完成，小朋友表现很棒！"),
    ("term", "", "您好，感谢认可！幽门螺杆菌已经根除了，真为您开心。"),
    ("term", "", "谢谢反馈。关于宫腔镜的结果，医生会电话跟您详细说明。"),
    ("term", "孝顺女儿", "感谢好评！阿姨的带状疱疹恢复得不错，神经痛会逐渐缓解的。"),
    ("term", "", "谢谢！奥美拉唑饭前半小时吃效果更好，别忘了哦。"),
    ("term", "", "感谢您的评价，我们会继续努力。肺功能的结果我们已经发到您手机上了。"),
    ("term", "", "谢谢支持！叔叔的尿毒症透析安排我们已经和肾内科沟通好了。"),
    ("term", "", "感谢您的耐心，您父亲的冠脉造影结果我们已经和家属沟通过了。"),
    ("term", "", "谢谢您！颞下颌关节紊乱需要戴一段时间咬合板，慢慢会好的。"),
    ("term", "李姐", "谢谢姐姐的好评！玻璃酸钠打完膝盖会慢慢舒服起来的。"),
    ("term", "", "感谢认可。脱敏治疗做完以后冷热敏感会好转，有问题随时找我们。"),
    ("term", "", "亲，谢谢你的五星！你的睑板腺囊肿切掉后要热敷几天哦。"),
    ("term", "", "感谢好评！孩子的手足口病已经过了传染期，可以回幼儿园了。"),
    ("term", "", "谢谢！你的荨麻疹吃了氯雷他定后好些了吗？祝早日康复。"),
    ("term", "", "感谢您的信任，孕酮和HCG翻倍都很好，安心养胎就行。"),
    ("term", "", "谢谢您的认可～隐形矫正的第二副牙套已经到了，有空来拿。"),
    ("term", "", "感谢亲的好评！您的乳腺纤维瘤微创术后恢复得很好。"),
    ("term", "", "谢谢夸奖～这次的光子嫩肤做完注意防晒，祝您越来越美！"),
    ("term", "", "感谢您耐心等待，尿常规和肝肾功能的化验单已经帮您打印好了。"),
    ("term", "", "谢谢您对我们的认可。双相情感障碍需要长期规律服药，请不要擅自停药。"),
    ("term", "", "感谢您的好评！你儿子的弱视训练坚持得很好，视力又提高了两行。"),
    ("term", "", "谢谢你们的锦旗！爷爷的前列腺电切术很成功，过两天就能出院。"),
    ("term", "", "感谢认可，你的痔疮手术已经安排在下周了，术前记得禁食。"),
    ("term", "", "谢谢亲～左氧氟沙星一定要吃满七天，不要自己停哦。"),
    ("term", "", "感谢您的认可，全瓷冠已经做好了，随时可以过来戴牙。"),
    ("term", "", "谢谢您的耐心。胃肠镜的病理报告要五个工作日才能出来。"),
    ("term", "", "感谢留言！宝宝的微量元素检查显示有点缺锌，注意补充就好。"),
    # weekdays and times, dates in words
    ("date", "", "非常抱歉周三下午三点让您等了那么久，我们已经调整了排班。"),
    ("date", "", "上礼拜五正好赶上系统故障，给您添麻烦了，真的很抱歉。"),
    ("date", "", "十二月三号那天人特别多，让您久等了，实在不好意思。"),
    ("date", "", "上个月底前台的态度问题，我们已经批评教育了相关同事。"),
    ("date", "", "谢谢您！星期二上午十点的号已经给您留好了。"),
    ("date", "", "大年初二还特意跑一趟，辛苦您了！"),
    ("date", "", "非常抱歉，礼拜六早上八点半那会儿护士还没到岗，我们会改进。"),
    ("date", "", "您反映的十一号下午排队的问题，我们已经核实过了。"),
    ("date", "", "去年十月份那次的问题，我们已经全部整改了。"),
    ("date", "", "上周日下午发生的事情，我们向您郑重道歉。"),
    ("date", "", "周四晚上七点半医生会在三楼诊室等您。"),
    ("date", "", "大前天的事情我们已经在处理了，请您放心。"),
    ("date", "", "感谢理解，八月二十号那次确实是我们安排不周。"),
    ("date", "", "很抱歉，月初那次让您白跑了一趟。"),
    ("date", "", "前几天晚上九点多您打来的电话我们没接到，很抱歉。"),
    ("date", "", "谢谢您，今天下午两点半我们在门口等您。"),
    ("date", "", "5号上午的事情，当班护士已经向我们说明了情况。"),
    ("date", "", "感谢您国庆假期第三天还过来，辛苦了。"),
    ("date", "", "下周一早上九点请准时到二楼。"),
    ("date", "", "昨晚十点多急诊的情况我们已经了解了。"),
    # full names with a title, anonymised names
    ("name", "", "王秀英女士，感谢您对我们的信任！"),
    ("name", "", "感谢李建华先生的好评，我们会继续努力。"),
    ("name", "", "张某某女士您好，您反映的问题我们已经收到。"),
    ("name", "", "非常感谢陈某某的反馈，我们会认真整改。"),
    ("name", "", "刘桂兰阿姨，谢谢您这么多年的支持！"),
    ("name", "", "谢谢赵志刚同学的认可！"),
    ("name", "", "孙丽娟小朋友真的很勇敢，谢谢家长的好评。"),
    ("name", "", "欢迎吴晓梅女士再次光临！"),
    ("name", "", "感谢周建国老先生的锦旗，祝您健康长寿。"),
    ("name", "", "郭美玲小姐您好，谢谢您的认可。"),
    # the relationship: a patient of ours, your doctor, the next check-up, the portal
    ("relationship", "", "您一直在我们这里看牙，真的很感谢这份信任。"),
    ("relationship", "", "您在我们这儿做了三年正畸，今天终于毕业啦！"),
    ("relationship", "", "您的主治医生已经看到了您的留言，会尽快联系您。"),
    ("relationship", "", "下次复查的时候记得把之前的片子带上哦。"),
    ("relationship", "", "感谢好评，复诊的时候我们再详细聊。"),
    ("relationship", "", "随访电话我们会按时打给您，请保持手机畅通。"),
    ("relationship", "", "报告我们已经发到公众号了，请注意查收。"),
    ("relationship", "", "我们给您发到了小程序里，登录就能看到。"),
    ("relationship", "", "孩子每年的体检都是在我们这里做的，谢谢您的信任。"),
    ("relationship", "", "给您看诊的李医生说您非常配合，他也很开心。"),
    ("relationship", "", "负责您的小刘护士也很想念您呢。"),
    ("relationship", "", "期待下个月再见到您！"),
    ("relationship", "", "医生已经给您回过电话了，请留意一下未接来电。"),
    ("relationship", "", "家庭医生签约已经帮您续好了，感谢您的信任。"),
    ("relationship", "", "等拆完线我们再约时间，祝您早日康复。"),
    ("relationship", "", "很荣幸能为您服务这么多年！"),
    ("relationship", "", "谢谢您这么多年一直选择我们。"),
    ("relationship", "", "您是我们诊所开业第一天来的客人，我们一直记得。"),
    ("relationship", "", "上次接诊您的护士已经向您电话致歉了。"),
    ("relationship", "", "王医生说您是他见过最配合的病人之一。"),
    ("relationship", "", "谢谢！我们已经把您的检查单寄到您家里了。"),
    ("relationship", "", "您的会员档案里已经备注了您对青霉素的情况。"),
    ("relationship", "", "下回来换药的时候直接找前台就可以。"),
    ("relationship", "", "您爱人这几年一直是吴主任在看，吴主任也很关心她。"),
    ("relationship", "", "我们的医生会在下一次就诊时跟您详细沟通。"),
    # outcomes
    ("outcome", "", "看到您恢复得这么好，我们全体都很开心！"),
    ("outcome", "", "很高兴治疗效果不错，祝您早日痊愈。"),
    ("outcome", "", "恭喜您的指标都正常了！"),
    ("outcome", "", "知道您现在能正常吃饭了，我们很欣慰。"),
    ("outcome", "", "牙齿终于不疼了，真替您高兴。"),
    ("outcome", "", "伤口愈合得很好，已经可以正常活动了，恭喜！"),
    ("outcome", "", "皮肤状态比之前好多了，坚持用药哦！"),
    ("outcome", "", "调理了两个月月经终于规律了，恭喜恭喜！"),
    ("outcome", "", "听说宝宝现在晚上能睡整觉了，太好了。"),
    ("outcome", "", "孩子的近视没有再加深，说明方法有效，继续坚持。"),
    # rewards for reviews
    ("reward", "", "好评返现5元，截图发给前台即可。"),
    ("reward", "", "晒图送洗牙券一张！感谢支持～"),
    ("reward", "", "评价满20字即可参与抽奖。"),
    ("reward", "", "写点评送50元代金券，下次就诊可以直接用。"),
    ("reward", "", "五星好评可获得200积分，积分可以兑换礼品。"),
    ("reward", "", "追加评价就送免费洁牙一次！"),
    ("reward", "", "带图评价的顾客可以到前台领取精美小礼物。"),
    ("reward", "", "给我们点个赞，就可以到前台领一支护手霜。"),
    ("reward", "", "好评截图可以兑换一支抗敏牙膏哦。"),
    ("reward", "", "评价完联系客服领个小红包吧～"),
    ("reward", "", "参与评价有机会赢取iPad！"),
    ("reward", "", "感谢好评！凭此评价下次消费立减30元。"),
    # billing and insurance
    ("billing", "", "您这次的费用医保可以报销大部分，请放心。"),
    ("billing", "", "自费部分是2800元，发票已经帮您寄出。"),
    ("billing", "", "您付的押金已经原路退回了。"),
    ("billing", "", "退给您的费用三个工作日内到账。"),
    ("billing", "", "商业保险的理赔材料已经帮您准备好了。"),
    ("billing", "", "上次多交的一百五十块我们已经退给您了。"),
    ("billing", "", "医保卡余额不足的问题我们已经帮您处理好了。"),
    ("billing", "", "这次的费用走的是您单位的团体险。"),
    ("billing", "", "报销单据请到一楼收费处领取。"),
    ("billing", "", "给您开的发票抬头已经更正过来了。"),
    ("billing", "", "您的分期账单已经调整好了，每月还款会少一些。"),
    ("billing", "", "这笔检查费您不用再付了，已经给您免掉了。"),
]

# (kind, reviewer's public name, reply) that must pass
PASS = [
    # privacy statements
    ("privacy", "", "我们不会在网上讨论任何人的病情，请您致电我们详细沟通。"),
    ("privacy", "", "出于对患者隐私的保护，我们无法在此回复具体的诊疗细节。"),
    ("privacy", "", "根据相关规定，我们不便在公开平台讨论任何就诊信息，请谅解。"),
    ("privacy", "", "我们从不在网络上透露任何人的就诊情况，敬请谅解。"),
    ("privacy", "", "涉及个人健康的信息我们一律不在评论区讨论，请私信或来电。"),
    ("privacy", "", "医生不会在公开场合谈论任何患者的治疗方案。"),
    ("privacy", "", "为了保护每一位顾客，我们不在网上回复与病情有关的问题。"),
    ("privacy", "", "病历资料属于个人隐私，我们只在线下当面提供给本人。"),
    # what the practice offers, in general
    ("offer", "", "本院可做胃镜、肠镜等检查，欢迎咨询。"),
    ("offer", "", "我们支持医保结算，具体项目以窗口公示为准。"),
    ("offer", "", "各项价格在官网公示，欢迎查看。"),
    ("offer", "", "我们门诊周一至周六上午八点开诊。"),
    ("offer", "", "我院开设了儿科、口腔科、皮肤科和中医科。"),
    ("offer", "", "种植牙、隐形矫正等项目都可以电话预约面诊。"),
    ("offer", "", "诊所配备了CBCT和数字化口腔扫描设备。"),
    ("offer", "", "我们接受大部分商业保险直付。"),
    ("offer", "", "预约挂号可以通过公众号或小程序进行。"),
    ("offer", "", "体检中心提供入职体检和老年人体检套餐。"),
    ("offer", "", "我们的儿童牙科有专门的诊室和医生。"),
    ("offer", "", "本院的妇科门诊每周二下午有专家坐诊。"),
    ("offer", "", "节假日的门诊时间会在公众号提前通知。"),
    ("offer", "", "HPV疫苗接种需要提前预约，名额有限。"),
    ("offer", "", "中秋节期间我们正常营业。"),
    ("offer", "", "本月新客首次洗牙特惠99元，详情请咨询前台。"),
    ("offer", "", "我们的康复科有专业的理疗师团队。"),
    ("offer", "", "核磁共振和CT检查当天就能出结果。"),
    ("offer", "", "医院有免费停车位和母婴室。"),
    ("offer", "", "如需了解医保报销政策，可以咨询我们的收费处。"),
    # corrections of misinformation about the clinic
    ("correction", "", "网上说我们不具备种植资质并不属实，执业许可证就挂在大厅。"),
    ("correction", "", "关于收费不透明的说法，我们的价目表都在官网公示，欢迎监督。"),
    ("correction", "", "我们从未使用过过期药品，所有药品均从正规渠道采购。"),
    ("correction", "", "澄清一下：我院没有任何医生被吊销执照。"),
    ("correction", "", "所谓乱收费的情况并不存在，所有收费均按物价部门规定执行。"),
    ("correction", "", "关于种植体是假货的传言，我们使用的种植体都有正规进货凭证。"),
    # general health advice
    ("advice", "", "牙齿健康需要定期检查，建议大家每半年洗一次牙。"),
    ("advice", "", "冬季是流感高发期，提醒大家注意保暖、勤洗手。"),
    ("advice", "", "有高血压的朋友要注意低盐饮食哦。"),
    ("advice", "", "定期复查对于种植牙的长期效果非常重要。"),
    ("advice", "", "医生建议的复查时间因人而异，具体请咨询接诊医生。"),
    # exemplary replies
    ("exemplary", "小可爱", "感谢您的好评！我们会继续努力，为大家提供更好的服务。"),
    ("exemplary", "", "谢谢您的建议，停车的问题我们正在和物业协调。"),
    ("exemplary", "", "您的意见我们已经转达给相关部门，感谢您的反馈。"),
    (
        "exemplary",
        "",
        "很抱歉给您带来不好的体验，请致电我们的客服经理，我们希望进一步了解情况。",
    ),
    ("exemplary", "甜甜圈", "谢谢亲的认可，前台的小伙伴看到会很开心的～"),
    ("exemplary", "", "感谢您的耐心和理解，我们会优化排队流程。"),
    ("exemplary", "", "您说的候诊区太冷的问题，我们已经调高了空调温度。"),
    ("exemplary", "", "我们也希望每位顾客都能有好的体验。"),
    ("exemplary", "", "感谢您对王医生的认可，我们会转达给他。"),
    ("exemplary", "", "非常感谢您的推荐，祝您和家人身体健康！"),
    ("exemplary", "", "谢谢您！祝您生活愉快，万事如意。"),
    ("exemplary", "", "非常抱歉让您感到不愉快，您的反馈对我们很重要。"),
    ("exemplary", "", "我们的护士团队一直以耐心细致为目标。"),
    ("exemplary", "", "感谢您的五星好评！"),
    ("exemplary", "", "我们没有任何好评返现活动，请大家理性评价。"),
    ("exemplary", "", "本店所有评价均为真实顾客自发留下，我们不会以任何形式奖励评价。"),
    ("exemplary", "", "关于您提到的等待时间，我们正在增加医生人手。"),
    ("exemplary", "", "您的建议很好，我们会考虑延长周末的门诊时间。"),
    ("exemplary", "", "感谢您的来信，我们已经安排专人跟进您反映的问题，请保持电话畅通。"),
    ("exemplary", "", "感谢广大新老顾客一路以来的支持！"),
    ("exemplary", "", "我们每天都会接待很多小朋友，医生们都很有经验。"),
    ("exemplary", "", "春节期间门诊时间有调整，请留意公众号通知。"),
    ("exemplary", "", "看到您的留言我们很感动，谢谢！"),
    ("exemplary", "", "祝您新年快乐，身体健康！"),
    ("exemplary", "", "感谢您的分享，也欢迎您随时提出宝贵建议。"),
    ("exemplary", "", "您提到的收费问题，我们的收费标准都在官网公示，欢迎查询。"),
    ("exemplary", "", "王医生看到您的评价特别开心，感谢您的鼓励！"),
    ("exemplary", "", "谢谢您的认可，医生护士们辛苦也值得了。"),
    ("exemplary", "", "非常抱歉让您久等了，我们正在增加预约时段，减少大家排队的时间。"),
    ("exemplary", "", "收到您的建议后，我们在候诊区增加了饮水机和充电座。"),
    ("exemplary", "", "您的每一条建议我们都会认真对待。"),
    ("exemplary", "", "如果您还有任何疑问，欢迎拨打我们的客服电话。"),
]


def held(reply: str, reviewer: str = "") -> list[str]:
    findings = find_confidentiality_problems(reply, language="zh", reviewer_name=reviewer)
    return [f"{f.rule}: {f.text}" for f in findings]


@pytest.mark.parametrize(("kind", "reviewer", "reply"), BLOCK)
def test_a_reply_that_gives_a_patient_away_is_held(kind: str, reviewer: str, reply: str) -> None:
    assert held(reply, reviewer), f"{kind}: nothing found in {reply!r}"


@pytest.mark.parametrize(("kind", "reviewer", "reply"), PASS)
def test_a_reply_about_the_practice_in_general_passes(kind: str, reviewer: str, reply: str) -> None:
    assert not held(reply, reviewer), f"{kind}: {reply!r} -> {held(reply, reviewer)}"


def test_there_are_enough_cases_of_every_kind() -> None:
    kinds = {kind for kind, _, _ in BLOCK} | {kind for kind, _, _ in PASS}
    assert len(BLOCK) + len(PASS) >= 150
    assert {"term", "date", "name", "relationship", "outcome", "reward", "billing"} <= kinds
    assert {"privacy", "offer", "correction"} <= kinds
