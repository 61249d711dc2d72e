<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="75"/>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="80"/>
        <source>Show review</source>
        <translation>查看评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="82"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="83"/>
        <source>Mark this alert as seen; it will not come back</source>
        <translation>将此提醒标记为已读，它不会再次出现</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="102"/>
        <source>(%n more alert(s))</source>
        <translation>
            <numerusform>（还有 %n 条提醒）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message numerus="yes">
        <source>clinicrep: %n alert(s) today</source>
        <translation>
            <numerusform>clinicrep：今天有 %n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="138"/>
        <source>clinicrep: test message</source>
        <translation>clinicrep：测试邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="139"/>
        <source>This is a test message from clinicrep. Crisis alerts for {practice} will arrive like this one.</source>
        <translation>这是一封来自 clinicrep 的测试邮件。{practice}的危机提醒将以这种方式发送。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="144"/>
        <source>your practice</source>
        <translation>您的诊所</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="158"/>
        <source>Platform: {platform}</source>
        <translation>平台：{platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="161"/>
        <source>Written: {date}</source>
        <translation>发布时间：{date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="167"/>
        <source>Rating: {stars}★</source>
        <translation>评分：{stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="173"/>
        <source>Open the review: {url}</source>
        <translation>打开评价：{url}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="182"/>
        <source>clinicrep alert: an urgent review</source>
        <translation>clinicrep 提醒：有一条紧急评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="185"/>
        <source>clinicrep alert: an urgent review on {platform}</source>
        <translation>clinicrep 提醒：{platform} 上有一条紧急评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="190"/>
        <source>clinicrep alert: many negative reviews at once</source>
        <translation>clinicrep 提醒：短时间内出现大量负面评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="199"/>
        <source>The newest of them:</source>
        <translation>其中最新的一条：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="207"/>
        <source>Open clinicrep on the practice&apos;s computer to read the review in full and answer it.</source>
        <translation>请在诊所的电脑上打开 clinicrep，阅读评价全文并进行回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="236"/>
        <source>clinicrep: reviews are not being checked</source>
        <translation>clinicrep：评价检查已中断</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="309"/>
        <source>The alerts raised since the last digest, oldest first.</source>
        <translation>自上次汇总以来触发的提醒，按时间从早到晚排列。</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="146"/>
        <source>Period shown in the charts</source>
        <translation>图表显示的时间段</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="148"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="149"/>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="150"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="151"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="160"/>
        <source>Average rating (line) and number of reviews (bars)</source>
        <translation>平均评分（折线）与评价数量（柱形）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="161"/>
        <source>Reviews per platform</source>
        <translation>各平台评价数</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="162"/>
        <source>Sentiment share</source>
        <translation>情感倾向占比</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="163"/>
        <source>Top complaint topics</source>
        <translation>主要投诉话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="164"/>
        <source>Top praise topics</source>
        <translation>主要好评话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="165"/>
        <source>Median hours to answer</source>
        <translation>回复用时中位数（小时）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="175"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="215"/>
        <source>{period}: {avg} average from {n} reviews</source>
        <translation>{period}：平均 {avg}，共 {n} 条评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="237"/>
        <source>{period}: {pos} positive, {neu} neutral, {neg} negative</source>
        <translation>{period}：正面 {pos}，中性 {neu}，负面 {neg}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="249"/>
        <source>{period}: median {hours} h; {d1} within 24 h, {d2} within 48 h</source>
        <translation>{period}：中位数 {hours} 小时；24 小时内 {d1}，48 小时内 {d2}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="262"/>
        <source>{platform}: {n} reviews</source>
        <translation>{platform}：{n} 条评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="273"/>
        <source>{topic}: {n} reviews</source>
        <translation>{topic}：{n} 条评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="281"/>
        <source>{n} reviews · median answer {hours} h · {d1} answered within 24 h · {d2} within 48 h</source>
        <translation>{n} 条评价 · 回复用时中位数 {hours} 小时 · 24 小时内回复 {d1} · 48 小时内 {d2}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n problem(s) are underlined in the reply.</source>
        <translation>
            <numerusform>回复中有 %n 处问题已加下划线。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="114"/>
        <source>Thank the reviewer personally</source>
        <translation>亲自感谢评价者</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="117"/>
        <source>Start with a personal thank-you; use the reviewer&apos;s first name if they showed one.</source>
        <translation>以个人化的感谢开头；如果评价者显示了名字，请称呼其名字。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="127"/>
        <source>Pass the praise on to the person the reviewer named, or to the whole team.</source>
        <translation>将这份赞扬转达给评价者提到的人，或转达给整个团队。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="132"/>
        <source>Pass the praise on to the team.</source>
        <translation>将这份赞扬转达给团队。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="136"/>
        <source>Credit the team</source>
        <translation>归功于团队</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="146"/>
        <source>Invite them back in a general way</source>
        <translation>以笼统的方式欢迎对方再来</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="149"/>
        <source>Say the practice is always glad to help, without mentioning a past or next visit.</source>
        <translation>表示诊所随时乐意提供帮助，但不要提及过去或下一次就诊。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="157"/>
        <source>Answer promptly</source>
        <translation>及时回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="163"/>
        <source>This review is %n day(s) old. Publish the reply today.</source>
        <translation>这条评价已发布 %n 天。请在今天发布回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="172"/>
        <source>Acknowledge the experience and express regret</source>
        <translation>认可对方的感受并表示遗憾</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="175"/>
        <source>Say you are sorry about the experience, without admitting any clinical fault.</source>
        <translation>对这次经历表示抱歉，但不要承认任何医疗过失。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="185"/>
        <source>Do not admit clinical fault</source>
        <translation>不要承认医疗过失</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="188"/>
        <source>“{words}” admits fault. Express regret for the experience instead.</source>
        <translation>“{words}”承认了过失。请改为对这次经历表示遗憾。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="197"/>
        <source>Offer a concrete next step</source>
        <translation>提出具体的下一步</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="200"/>
        <source>Say what will happen next, for example ask them to call so you can look into it.</source>
        <translation>说明接下来会怎么做，例如请对方来电，以便您进一步了解情况。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="208"/>
        <source>Move the conversation offline</source>
        <translation>转为私下沟通</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="221"/>
        <source>Give a phone number, an e-mail address or a named contact, so the case is not discussed in public. Your contact details are set in Settings.</source>
        <translation>提供电话号码、电子邮件地址或具体联系人，避免在公开场合讨论此事。联系方式可在“设置”中填写。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="230"/>
        <source>Stay calm: no blame, no argument, no sarcasm</source>
        <translation>保持冷静：不指责、不争辩、不讽刺</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="237"/>
        <source>“{words}” may read as blame or argument. Rephrase it calmly.</source>
        <translation>“{words}”可能会被理解为指责或争辩。请冷静地换一种说法。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="245"/>
        <source>Read the reply once as the reviewer would.</source>
        <translation>站在评价者的角度把回复通读一遍。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="251"/>
        <source>Sign with a name or role</source>
        <translation>署上姓名或职务</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="260"/>
        <source>End with a name or a role, for example “Anna, practice manager”.</source>
        <translation>以姓名或职务结尾，例如“李娜，诊所经理”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="269"/>
        <source>Give a source for the facts</source>
        <translation>提供事实依据的来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="272"/>
        <source>Say where the facts can be checked: a public register, an official page or a link.</source>
        <translation>说明可以在哪里核实这些事实：公开登记信息、官方页面或链接。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="282"/>
        <source>Invite them to talk it through</source>
        <translation>邀请对方当面沟通</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="285"/>
        <source>Offer a consultation or a conversation where their questions can be answered.</source>
        <translation>提供一次咨询或交流的机会，解答对方的疑问。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="295"/>
        <source>No personal attack</source>
        <translation>不要进行人身攻击</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="298"/>
        <source>“{words}” attacks the reviewer. Correct the facts, not the person.</source>
        <translation>“{words}”是在攻击评价者。请纠正事实，而不是针对个人。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="305"/>
        <source>Keep the holding reply short</source>
        <translation>临时回复要简短</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="312"/>
        <source>Say only that you take it seriously and will be in touch; the owner answers the rest.</source>
        <translation>只说明您很重视此事并会与对方联系；其余由诊所负责人回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="320"/>
        <source>Escalate to the owner</source>
        <translation>上报给负责人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="327"/>
        <source>Mark the review as escalated so the owner is told; the step is logged.</source>
        <translation>将评价标记为“已上报”，以通知负责人；此操作会被记录。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="334"/>
        <source>Nothing that reveals a patient</source>
        <translation>不透露任何患者信息</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="354"/>
        <source>No reward for reviews</source>
        <translation>不以奖励换取评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="357"/>
        <source>“{words}” offers a reward. Platforms and regulators forbid rewards for reviews.</source>
        <translation>“{words}”提供了奖励。平台和监管机构禁止以奖励换取评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="369"/>
        <source>Written for this review</source>
        <translation>针对本条评价撰写</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="384"/>
        <source>This reply is almost the same as one already published. Make it personal.</source>
        <translation>此回复与一条已发布的回复几乎相同。请写得更有针对性。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="400"/>
        <source>A sensible length</source>
        <translation>长度适中</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="404"/>
        <source>The reply is {size} bytes long; {platform} accepts at most {limit}.</source>
        <translation>回复长度为 {size} 字节；{platform}最多允许 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="410"/>
        <source>the platform</source>
        <translation>该平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="418"/>
        <source>The reply is very short. Add a sentence or two.</source>
        <translation>回复太短。请再补充一两句话。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="457"/>
        <source>Correct the facts</source>
        <translation>纠正事实</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="458"/>
        <source>Check that every fact in the reply is true and can be shown.</source>
        <translation>确认回复中的每项事实都真实且有据可查。</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="39"/>
        <source>This confirms that the reviewer is or was a patient. Speak about the practice in general instead.</source>
        <translation>这会证实评价者现在或曾经是本诊所的患者。请改为笼统地介绍诊所。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="44"/>
        <source>This says that someone looked at the reviewer&apos;s records, which confirms they are a patient. Leave it out.</source>
        <translation>这表示有人查看过评价者的病历，从而证实其是患者。请删去。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="49"/>
        <source>This is a health detail (a diagnosis, procedure, medication or test). Leave it out of a public reply.</source>
        <translation>这是健康信息（诊断、治疗、用药或检查）。不要写在公开回复中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="54"/>
        <source>This repeats a health detail from the review. Do not repeat it in public, even if the reviewer wrote it.</source>
        <translation>这重复了评价中的健康信息。即使评价者自己写了，也不要公开重复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="59"/>
        <source>This mentions insurance. Leave insurance out of a public reply.</source>
        <translation>这提到了医疗保险。公开回复中不要提及保险。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="62"/>
        <source>This is a date. A date tells others when someone visited; leave it out.</source>
        <translation>这是一个日期。日期会让别人知道某人何时就诊；请删去。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="66"/>
        <source>This is about money someone paid. Discuss bills only in private.</source>
        <translation>这涉及某人支付的费用。费用问题只能私下沟通。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="69"/>
        <source>This is a person&apos;s full name or surname. Use a first name only, or no name.</source>
        <translation>这是某人的全名或姓氏。请只用名字（不带姓），或不提姓名。</translation>
    </message>
    <message>
        <source>Confirms a patient</source>
        <translation>确认对方是患者</translation>
    </message>
    <message>
        <source>Health detail</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <source>Date or time of a visit</source>
        <translation>就诊日期或时间</translation>
    </message>
    <message>
        <source>Billing or insurance</source>
        <translation>费用或保险</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Reward for reviews</source>
        <translation>以奖励换取评价</translation>
    </message>
    <message>
        <source>New information</source>
        <translation>新增信息</translation>
    </message>
    <message>
        <source>This offers a reward for a review. Platforms and the law forbid rewards for reviews; leave it out.</source>
        <translation>这是在以奖励换取评价。平台和法律都禁止以奖励换取评价，请删除。</translation>
    </message>
    <message>
        <source>This tells readers something about the reviewer that the review did not say. A reply may answer the review but must add nothing about the patient.</source>
        <translation>这向读者透露了评价中没有提到的关于评价者的信息。回复可以回应评价内容，但不得添加任何关于患者的信息。</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="38"/>
        <source>Date (UTC)</source>
        <translation>日期（UTC）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="39"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="40"/>
        <source>Author</source>
        <translation>评价人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="41"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="42"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="43"/>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="44"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="45"/>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="46"/>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="47"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="49"/>
        <source>Answered (UTC)</source>
        <translation>回复时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="50"/>
        <source>Our public reply</source>
        <translation>我们的公开回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="51"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="90"/>
        <source>The date is empty; the row was skipped.</source>
        <translation>日期为空；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="94"/>
        <source>The date “{value}” was not understood; the row was skipped.</source>
        <translation>无法识别日期“{value}”；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="98"/>
        <source>The rating “{value}” was not understood; the row was skipped.</source>
        <translation>无法识别评分“{value}”；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="102"/>
        <source>The rating “{value}” is outside the scale; the row was skipped.</source>
        <translation>评分“{value}”超出范围；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="106"/>
        <source>The row has neither text nor a rating; it was skipped.</source>
        <translation>该行既无文字也无评分；已跳过。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="110"/>
        <source>The text is longer than {n} characters; only its beginning was imported.</source>
        <translation>文字超过 {n} 个字符；仅导入了开头部分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="114"/>
        <source>The row could not be read; it was skipped.</source>
        <translation>无法读取该行；已跳过。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="140"/>
        <source>{imported} new reviews imported, {updated} updated, {unchanged} already there, {skipped} rows skipped.</source>
        <translation>已导入 {imported} 条新评价，更新 {updated} 条，{unchanged} 条已存在，跳过 {skipped} 行。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="29"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="31"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="32"/>
        <source>All reviews</source>
        <translation>全部评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="33"/>
        <source>New</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="34"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="35"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="36"/>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="37"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="38"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="42"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="43"/>
        <source>All platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="47"/>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="48"/>
        <source>Any stars</source>
        <translation>任意星级</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="51"/>
        <source>No stars</source>
        <translation>无星级</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="53"/>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="54"/>
        <source>Any sentiment</source>
        <translation>任意情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="58"/>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="59"/>
        <source>Any topic</source>
        <translation>任意话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="63"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="65"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="66"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="67"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="68"/>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="69"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="75"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation>搜索评价（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="76"/>
        <source>Search reviews</source>
        <translation>搜索评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="88"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="89"/>
        <source>Clear the chart filter</source>
        <translation>清除图表筛选</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="142"/>
        <source>Chart: {what}</source>
        <translation>图表：{what}</translation>
    </message>
</context>
<context>
    <name>GoogleSignIn</name>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="288"/>
        <source>clinicrep is connected to Google</source>
        <translation>clinicrep 已连接到 Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="290"/>
        <source>Google sign-in was not completed</source>
        <translation>Google 登录未完成</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="292"/>
        <source>You can close this browser tab and return to clinicrep.</source>
        <translation>您可以关闭此浏览器标签页，返回 clinicrep。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="50"/>
        <source>Import reviews from {file}</source>
        <translation>从 {file} 导入评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="58"/>
        <source>Name of the source</source>
        <translation>来源名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="60"/>
        <source>Website the file comes from</source>
        <translation>文件来自的网站</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="64"/>
        <source>Language of the reviews</source>
        <translation>评价语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="65"/>
        <source>Detect from the text</source>
        <translation>根据文字自动识别</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="70"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="70"/>
        <source>Author</source>
        <translation>评价人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="70"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Review text</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Review ID</source>
        <translation>评价 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="72"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="72"/>
        <source>Practice&apos;s reply</source>
        <translation>诊所回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="76"/>
        <source>Source name:</source>
        <translation>来源名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="77"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="78"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="82"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="93"/>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="101"/>
        <source>{rows} rows · encoding {encoding}</source>
        <translation>{rows} 行 · 编码 {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="108"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="125"/>
        <source>Choose at least the text or the rating.</source>
        <translation>请至少选择评价内容或评分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="136"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="147"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="227"/>
        <source>Import reviews</source>
        <translation>导入评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="138"/>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="176"/>
        <source>Importing reviews…</source>
        <translation>正在导入评价…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="177"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="205"/>
        <source>Line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="212"/>
        <source>… and {n} more.</source>
        <translation>… 另有 {n} 条。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="217"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="183"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="184"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="185"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="186"/>
        <source>Author</source>
        <translation>评价人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="187"/>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="188"/>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="189"/>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="190"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="191"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="192"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="229"/>
        <source>[edited] </source>
        <translation>【已编辑】</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="231"/>
        <source>[removed on platform] </source>
        <translation>【已从平台删除】</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="233"/>
        <source>(rating only)</source>
        <translation>（仅评分）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="256"/>
        <source>%n h left</source>
        <translation>
            <numerusform>剩余 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="257"/>
        <source>%n min left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="260"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>超时 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="261"/>
        <source>overdue %n h</source>
        <translation>
            <numerusform>超时 %n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="15"/>
        <source>New</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="16"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="17"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="18"/>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="19"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="34"/>
        <source>Dianping</source>
        <translation>大众点评</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="36"/>
        <source>Other site</source>
        <translation>其他网站</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="37"/>
        <source>Offline feedback</source>
        <translation>线下反馈</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="43"/>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="44"/>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="45"/>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="51"/>
        <source>Waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="52"/>
        <source>Staff attitude</source>
        <translation>员工态度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="53"/>
        <source>Reception and phone</source>
        <translation>前台与电话</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="54"/>
        <source>Doctor and outcome</source>
        <translation>医生与疗效</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="55"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="56"/>
        <source>Billing and prices</source>
        <translation>收费与价格</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="57"/>
        <source>Scheduling</source>
        <translation>预约安排</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="58"/>
        <source>Cleanliness and facilities</source>
        <translation>卫生与设施</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="59"/>
        <source>Parking and access</source>
        <translation>停车与交通</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="60"/>
        <source>Food</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="61"/>
        <source>Praise of a person</source>
        <translation>表扬个人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="67"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="68"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="69"/>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="70"/>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="71"/>
        <location filename="../../src/clinicrep/labels.py" line="72"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="73"/>
        <source>Other language</source>
        <translation>其他语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Analysis update progress</source>
        <translation>分析更新进度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Updating the analysis… %p%</source>
        <translation>正在更新分析… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>已为 %n 条评价更新分析。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="80"/>
        <source>clinicrep — demo data</source>
        <translation>clinicrep — 演示数据</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="80"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="90"/>
        <source>Inbox of reviews</source>
        <translation>评价收件箱</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="148"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="175"/>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="239"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="248"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="249"/>
        <source>Fetch new reviews from every connected platform (F5)</source>
        <translation>从所有已连接的平台获取新评价（F5）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="257"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="261"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="265"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="269"/>
        <source>Add &amp;offline feedback…</source>
        <translation>添加线下反馈(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="284"/>
        <source>Review-request &amp;card…</source>
        <translation>评价邀请卡(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="274"/>
        <source>&amp;Monthly summary (PDF)…</source>
        <translation>月度汇总 (PDF)(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="278"/>
        <source>E&amp;xport the reviews shown (CSV)…</source>
        <translation>导出当前显示的评价 (CSV)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="289"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="293"/>
        <source>So&amp;urces…</source>
        <translation>来源(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="297"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="302"/>
        <source>&amp;Review</source>
        <translation>评价(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="305"/>
        <source>Mark as &amp;new</source>
        <translation>标记为未处理(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="306"/>
        <source>Mark as &amp;in progress</source>
        <translation>标记为处理中(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="307"/>
        <source>Mark as &amp;answered</source>
        <translation>标记为已回复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="308"/>
        <source>&amp;Escalate to the owner</source>
        <translation>上报给负责人(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="309"/>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="319"/>
        <source>Reply &amp;templates…</source>
        <translation>回复模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="323"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="324"/>
        <source>&amp;About clinicrep</source>
        <translation>关于 clinicrep(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="386"/>
        <source>Status changed.</source>
        <translation>状态已更改。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="390"/>
        <source>Reply published.</source>
        <translation>回复已发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="407"/>
        <source>{shown} shown · {new} new · {open} open · {overdue} overdue</source>
        <translation>显示 {shown} 条 · 未处理 {new} 条 · 未完结 {open} 条 · 已超时 {overdue} 条</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="418"/>
        <source>Checking for reviews…</source>
        <translation>正在检查新评价…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="429"/>
        <source>{source}: {n} reviews</source>
        <translation>{source}：{n} 条评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="442"/>
        <source>{source}: {message}</source>
        <translation>{source}：{message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="451"/>
        <source>Up to date: {new} new, {edited} edited.</source>
        <translation>已是最新：{new} 条新评价，{edited} 条已编辑。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="593"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="595"/>
        <source>The checks without the window could not be set up on this computer. The window still checks while it is open. Details: {details}</source>
        <translation>无法在此电脑上设置后台检查。窗口打开时仍会照常检查。详细信息：{details}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="618"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="620"/>
        <source>Replace the reviews, drafts and settings with the chosen copy? The data as it is now is kept as a copy first, so this can be undone.</source>
        <translation>要用所选副本替换评价、草稿和设置吗？当前数据会先另存为副本，因此可以撤销此操作。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="630"/>
        <source>About clinicrep</source>
        <translation>关于 clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="632"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation>clinicrep {version}

将诊所在各个平台上的评价汇集在一起，帮助您及时、妥善地回复。您的数据只保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <location filename="../../src/clinicrep/manual_entry.py" line="28"/>
        <source>Offline feedback</source>
        <translation>线下反馈</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="34"/>
        <source>At the desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="35"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="36"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="37"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="38"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="27"/>
        <source>Add offline feedback</source>
        <translation>添加线下反馈</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="30"/>
        <source>From</source>
        <translation>反馈人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="31"/>
        <source>Name as the person gave it, or leave empty</source>
        <translation>对方提供的姓名，也可留空</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="33"/>
        <source>Received by</source>
        <translation>接收方式</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="35"/>
        <source>At the reception desk</source>
        <translation>在前台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="36"/>
        <source>By phone</source>
        <translation>通过电话</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="37"/>
        <source>By letter</source>
        <translation>通过信件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="38"/>
        <source>By e-mail</source>
        <translation>通过电子邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="39"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="43"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="44"/>
        <source>No rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="48"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="51"/>
        <source>What they said</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="53"/>
        <source>From:</source>
        <translation>反馈人：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="54"/>
        <source>Received:</source>
        <translation>接收方式：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="55"/>
        <source>Rating:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="56"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="57"/>
        <source>What they said:</source>
        <translation>反馈内容：</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="17"/>
        <source>An unexpected error happened. Your data is safe. Send the details to support if it happens again.</source>
        <translation>发生了意外错误。您的数据是安全的。如果再次发生，请将详细信息发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="29"/>
        <source>The review database is damaged and was not changed. Restore a backup, or choose another folder for clinicrep&apos;s data.</source>
        <translation>评价数据库已损坏，未做任何更改。请恢复备份，或为 clinicrep 的数据选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="35"/>
        <source>This review database was made by a newer version of clinicrep. Install the newer version, or choose another folder for clinicrep&apos;s data.</source>
        <translation>此评价数据库由更新版本的 clinicrep 创建。请安装新版本，或为 clinicrep 的数据选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="41"/>
        <source>The review database is busy in another program. Close the other clinicrep window and try again.</source>
        <translation>评价数据库正被另一个程序占用。请关闭另一个 clinicrep 窗口后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="47"/>
        <source>The disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>磁盘已满。请释放一些空间后重试；没有丢失任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="51"/>
        <source>clinicrep cannot write to its data folder. Check that the folder exists and that you may write to it, or choose another folder.</source>
        <translation>clinicrep 无法写入其数据文件夹。请检查该文件夹是否存在以及您是否有写入权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="57"/>
        <source>No secure password storage was found on this computer. Install or unlock the system keyring, or keep the sign-in for this session only.</source>
        <translation>此电脑上未找到安全的密码存储。请安装或解锁系统密钥环，或仅在本次运行期间保留登录信息。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="63"/>
        <source>The connection to this platform has expired or was revoked. Open Sources and connect the account again.</source>
        <translation>与此平台的连接已过期或被撤销。请打开“来源”并重新连接账号。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="69"/>
        <source>The connected account is not allowed to read or answer these reviews. Connect an account that manages the practice&apos;s page.</source>
        <translation>已连接的账号无权读取或回复这些评价。请连接有权管理诊所页面的账号。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="78"/>
        <source>The platform asks us to slow down. clinicrep will try again in about {n} minutes.</source>
        <translation>平台要求放慢请求速度。clinicrep 将在大约 {n} 分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="82"/>
        <source>The platform asks us to slow down. clinicrep will try again later.</source>
        <translation>平台要求放慢请求速度。clinicrep 稍后将重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="86"/>
        <source>No connection to the internet. Check the network; clinicrep will try again at the next check.</source>
        <translation>没有网络连接。请检查网络；clinicrep 将在下次检查时重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="92"/>
        <source>The platform did not answer in time. clinicrep will try again at the next check.</source>
        <translation>平台未及时响应。clinicrep 将在下次检查时重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="97"/>
        <source>The platform sent an answer clinicrep cannot read. Try again later; if it persists, send the details to support.</source>
        <translation>平台返回了 clinicrep 无法识别的响应。请稍后重试；如果问题仍然存在，请将详细信息发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="103"/>
        <source>The platform has switched off this kind of access. Reviews already fetched are kept; import new ones from a file instead.</source>
        <translation>平台已关闭此类访问方式。已获取的评价会保留；新评价请改为从文件导入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="109"/>
        <source>This platform does not allow answering through clinicrep. Copy the reply and open the review&apos;s page to post it there.</source>
        <translation>此平台不允许通过 clinicrep 回复。请复制回复，打开评价页面并在那里发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="115"/>
        <source>Stopped. What was fetched so far is kept; the next check goes on from there.</source>
        <translation>已停止。已获取的内容会保留；下次检查将从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="120"/>
        <source>The reply is longer than the platform allows ({limit} bytes). Shorten it and publish again.</source>
        <translation>回复超出了平台允许的长度（{limit} 字节）。请缩短后重新发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="126"/>
        <source>Signing in did not finish. Try again, and allow clinicrep access in the browser window that opens.</source>
        <translation>登录未完成。请重试，并在打开的浏览器窗口中允许 clinicrep 访问。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="132"/>
        <source>Give the month as year and month, for example 2026-10.</source>
        <translation>请按“年-月”格式输入月份，例如 2026-10。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="136"/>
        <source>That does not look like a web link to your review page. Copy the link from the platform (it starts with https://) and try again.</source>
        <translation>这看起来不是您评价页面的网址。请从平台复制链接（以 https:// 开头）后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="142"/>
        <source>The report could not be saved there. Choose another folder, for example Documents.</source>
        <translation>无法将报告保存到该位置。请选择其他文件夹，例如“文档”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="147"/>
        <source>Not published: the reply says something a public reply must not (highlighted). Change it, or confirm each passage explicitly.</source>
        <translation>未发布：回复中包含公开回复不应出现的内容（已高亮标出）。请修改，或逐条明确确认。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="153"/>
        <source>The reply is empty. Write the reply first.</source>
        <translation>回复为空。请先撰写回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="155"/>
        <source>This reply is being sent or its outcome is not known yet. Wait for the next check, then try again.</source>
        <translation>此回复正在发送中，或发送结果尚不确定。请等待下次检查后再试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="161"/>
        <source>The review or page no longer exists on the platform.</source>
        <translation>该评价或页面在平台上已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="165"/>
        <source>The mail server did not accept the user name or password. Check them in Settings → Monitoring; alerts are kept and sent once it works.</source>
        <translation>邮件服务器不接受该用户名或密码。请在“设置 → 监控”中检查；提醒会被保留，待恢复正常后再发送。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="171"/>
        <source>The alert e-mail could not be sent. Check the mail server, port and security in Settings → Monitoring; alerts are kept and sent at the next check.</source>
        <translation>无法发送提醒邮件。请在“设置 → 监控”中检查邮件服务器、端口和安全设置；提醒会被保留，在下次检查时发送。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="177"/>
        <source>The file could not be read as a table of reviews. Save it as CSV (UTF-8) and try again.</source>
        <translation>无法将此文件读取为评价表格。请将其另存为 CSV（UTF-8）格式后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="182"/>
        <source>Something went wrong. Try again; if it persists, send the details to support.</source>
        <translation>出现问题。请重试；如果问题仍然存在，请将详细信息发送给技术支持。</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="88"/>
        <source>clinicrep has not been able to check for new reviews for more than {hours} hours.</source>
        <translation>clinicrep 已超过 {hours} 小时无法检查新评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="97"/>
        <source>Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.</source>
        <translation>尚未检查。请在“设置”中开启定时检查，或打开 clinicrep。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="102"/>
        <source>The last check did not finish. Open clinicrep and press Sync now.</source>
        <translation>上次检查未完成。请打开 clinicrep 并点击“立即同步”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="107"/>
        <source>{source}: {reason}</source>
        <translation>{source}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="117"/>
        <source>{source}: no successful check yet</source>
        <translation>{source}：尚未成功检查过</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="121"/>
        <source>{source}: last successful check {when}</source>
        <translation>{source}：上次成功检查于 {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="176"/>
        <source>Scheduled check ({mechanism})</source>
        <translation>定时检查（{mechanism}）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="178"/>
        <source>Start in the tray at login ({mechanism})</source>
        <translation>登录时在托盘中启动（{mechanism}）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="190"/>
        <source>Nothing is installed: reviews are checked only while the window is open.</source>
        <translation>未安装任何后台任务：仅在窗口打开时检查评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="206"/>
        <source>Last scheduled runs:</source>
        <translation>最近的定时运行：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="213"/>
        <source>%n e-mail(s) waiting to be sent.</source>
        <translation>有 %n 封邮件等待发送。</translation>
    </message>
</context>
<context>
    <name>MonitoringBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="174"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="179"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="199"/>
        <source>%n new review(s) since you last looked.</source>
        <translation>
            <numerusform>自您上次查看以来有 %n 条新评价。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="47"/>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="187"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="53"/>
        <source>Check for new reviews every N minutes, also when clinicrep is closed</source>
        <translation>每隔 N 分钟检查一次新评价，clinicrep 关闭时也会检查</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="58"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="60"/>
        <source>Start clinicrep in the tray when I log in</source>
        <translation>登录时在托盘中启动 clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="64"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="68"/>
        <source>e.g. mail.your-practice.com</source>
        <translation>例如 mail.your-practice.com</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="74"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="74"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="74"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="84"/>
        <source>kept in the system keyring; leave empty to keep the saved one</source>
        <translation>保存在系统密钥环中；留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="88"/>
        <source>one or more addresses, separated by commas</source>
        <translation>一个或多个地址，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="91"/>
        <source>Send one e-mail a day with the alerts (digest)</source>
        <translation>每天发送一封提醒汇总邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="93"/>
        <source>Send a test message</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="106"/>
        <source>Check every:</source>
        <translation>检查间隔：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="108"/>
        <source>Warn when no check succeeded for:</source>
        <translation>连续多久未成功检查时发出警告：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="109"/>
        <source>Mail server:</source>
        <translation>邮件服务器：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="110"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="111"/>
        <source>Security:</source>
        <translation>安全连接：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="112"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="113"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="114"/>
        <source>From address:</source>
        <translation>发件人地址：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="115"/>
        <source>Send alerts to:</source>
        <translation>提醒收件人：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="116"/>
        <source>Quiet hours from:</source>
        <translation>免打扰开始时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="117"/>
        <source>Quiet hours until:</source>
        <translation>免打扰结束时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="120"/>
        <source>Installed on this computer:</source>
        <translation>已在此电脑上安装：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="142"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="143"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="158"/>
        <source>Nothing: reviews are checked only while the window is open.</source>
        <translation>无：仅在窗口打开时检查评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="197"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="206"/>
        <source>Sent. Check the mailbox of each address.</source>
        <translation>已发送。请查看每个地址的收件箱。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="212"/>
        <source>Fill in the mail server and at least one address first.</source>
        <translation>请先填写邮件服务器和至少一个收件地址。</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message numerus="yes">
        <source>In the month before, %n reviews were received.</source>
        <translation>
            <numerusform>上个月共收到 %n 条评价。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews from earlier months still unanswered at the end of the month: %n.</source>
        <translation>
            <numerusform>往月评价中，月底仍未回复的有 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews still unanswered at the end of the month: %n. Answer them, oldest first.</source>
        <translation>
            <numerusform>月底仍未回复的评价：%n 条。请从最早的开始回复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{topic} was named in %n complaints, up from {before}.</source>
        <translation>
            <numerusform>{topic}：投诉 %n 条，上月 {before} 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="239"/>
        <source>Only {share} of this month&apos;s reviews were answered within 48 hours. Patients and platforms notice quick answers.</source>
        <translation>本月只有 {share} 的评价在 48 小时内得到回复。患者和平台都会留意回复是否及时。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="250"/>
        <source>The average rating fell from {before} to {now}. The complaints below say why.</source>
        <translation>平均评分从 {before} 降至 {now}。原因请见下方的投诉。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="263"/>
        <source>Negative reviews rose to {now} of all reviews, from {before}.</source>
        <translation>负面评价占全部评价的比例从 {before} 升至 {now}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="272"/>
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>本月尚有 %n 条提醒未确认。请在收件箱中查看。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="280"/>
        <source>Nothing needs special attention this month. Keep answering every review within a day.</source>
        <translation>本月没有需要特别关注的事项。请继续在一天内回复每条评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="286"/>
        <source>Patients praised {topic} most often ({count} reviews): tell the team.</source>
        <translation>患者最常称赞的是“{topic}”（{count} 条评价）：请转告团队。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="296"/>
        <source>{points} pts</source>
        <translation>{points} 个百分点</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="317"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="395"/>
        <source>Reviews received</source>
        <translation>收到的评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="323"/>
        <source>Average rating (of 5)</source>
        <translation>平均评分（满分 5 分）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="330"/>
        <source>Positive reviews</source>
        <translation>正面评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="336"/>
        <source>Negative reviews</source>
        <translation>负面评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="342"/>
        <source>Reviews answered</source>
        <translation>已回复的评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="348"/>
        <source>Answered within 24 hours</source>
        <translation>24 小时内回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="354"/>
        <source>Answered within 48 hours</source>
        <translation>48 小时内回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="360"/>
        <source>Median time to answer</source>
        <translation>回复用时中位数</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="367"/>
        <source>Unanswered at month end</source>
        <translation>月末仍未回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="381"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="387"/>
        <source>No reviews in this period.</source>
        <translation>此期间没有评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="389"/>
        <source>Rating over the last 12 months</source>
        <translation>近 12 个月的评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="394"/>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="399"/>
        <source>Reviews per platform</source>
        <translation>各平台评价数</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="416"/>
        <source>{name}: {share} ({count})</source>
        <translation>{name}：{share}（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="419"/>
        <source>Not analysed yet</source>
        <translation>尚未分析</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="426"/>
        <source>Sentiment of the month&apos;s reviews</source>
        <translation>本月评价的情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="432"/>
        <source>Most praised</source>
        <translation>最受称赞</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="437"/>
        <source>No topics of praise this month.</source>
        <translation>本月没有受称赞的话题。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="441"/>
        <source>Most complained about</source>
        <translation>最多投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="446"/>
        <source>No topics of complaint this month.</source>
        <translation>本月没有被投诉的话题。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="450"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="472"/>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="479"/>
        <source>(no text, rating only)</source>
        <translation>（无文字，仅评分）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="485"/>
        <source>Our public reply</source>
        <translation>我们的公开回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="487"/>
        <source>Our public reply, {date}</source>
        <translation>我们的公开回复，{date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="494"/>
        <source>Not answered yet.</source>
        <translation>尚未回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="502"/>
        <source>Internal note (not public)</source>
        <translation>内部备注（不公开）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="504"/>
        <source>Unpublished draft reply (not public)</source>
        <translation>未发布的回复草稿（不公开）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="512"/>
        <source>The month&apos;s most important reviews</source>
        <translation>本月最重要的评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="516"/>
        <source>Complaints that need attention</source>
        <translation>需要关注的投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="527"/>
        <source>No negative reviews this month.</source>
        <translation>本月没有负面评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="534"/>
        <source>Warm words from patients</source>
        <translation>患者的暖心话语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="545"/>
        <source>No positive reviews with text this month.</source>
        <translation>本月没有带文字的正面评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="556"/>
        <source>Spike of negative reviews</source>
        <translation>负面评价激增</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="558"/>
        <source>Urgent review</source>
        <translation>紧急评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="559"/>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="565"/>
        <source>Acknowledged on {date}.</source>
        <translation>已于 {date} 确认。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="571"/>
        <source>The review was answered on {date}.</source>
        <translation>该评价已于 {date} 回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="577"/>
        <source>The review&apos;s status: {status}.</source>
        <translation>该评价的状态：{status}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="582"/>
        <source>Nothing has been done about it yet.</source>
        <translation>尚未采取任何措施。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="586"/>
        <source>Alerts and spikes</source>
        <translation>提醒与激增</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="590"/>
        <source>No alerts were raised this month.</source>
        <translation>本月未触发任何提醒。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="604"/>
        <source>What was done: {done}</source>
        <translation>已采取的措施：{done}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="617"/>
        <source>Things to act on</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="637"/>
        <source>Made on {date}</source>
        <translation>生成于 {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="641"/>
        <source>Includes internal notes: not for publication.</source>
        <translation>包含内部备注：请勿公开。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="647"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="728"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="752"/>
        <source>Monthly review summary</source>
        <translation>月度评价汇总</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="657"/>
        <source>No reviews were received in {month}.</source>
        <translation>{month}未收到任何评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="692"/>
        <source>The month in figures</source>
        <translation>本月数据一览</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="740"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="80"/>
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="82"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="86"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="89"/>
        <source>Include internal notes (only for the practice&apos;s eyes)</source>
        <translation>包含内部备注（仅供诊所内部查看）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="91"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="92"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="89"/>
        <source>Kind of reply</source>
        <translation>回复类型</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="93"/>
        <source>Start from the template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="98"/>
        <source>Reply:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="106"/>
        <source>Reply text</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="107"/>
        <source>Write the practice&apos;s public reply here.</source>
        <translation>在此撰写诊所的公开回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="112"/>
        <source>Confidentiality problems</source>
        <translation>保密问题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="116"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="126"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="128"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="381"/>
        <source>Post the reply on the platform (Ctrl+Enter)</source>
        <translation>在平台上发布回复（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="130"/>
        <source>Publish anyway…</source>
        <translation>仍然发布…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="132"/>
        <source>Confirm that each highlighted passage may be published</source>
        <translation>确认每段高亮内容均可发布</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="135"/>
        <source>Copy and open page</source>
        <translation>复制并打开页面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="137"/>
        <source>Mark answered</source>
        <translation>标记为已回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="221"/>
        <source>Published on {date}. Publishing again replaces it.</source>
        <translation>已于 {date} 发布。再次发布将替换原回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="228"/>
        <source>Sending was interrupted. clinicrep checks the platform at the next sync before anything is sent again.</source>
        <translation>发送被中断。在再次发送之前，clinicrep 会在下次同步时检查平台。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="233"/>
        <source>The last attempt to publish failed. You can try again.</source>
        <translation>上次发布失败。您可以重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="237"/>
        <source>This platform does not let clinicrep post replies: copy the reply, post it on the review&apos;s page, then mark the review answered.</source>
        <translation>此平台不允许 clinicrep 发布回复：请复制回复，在评价页面上发布，然后将该评价标记为已回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="317"/>
        <source>“{words}”: {reason}</source>
        <translation>“{words}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="319"/>
        <source>(confirmed by you)</source>
        <translation>（已由您确认）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="378"/>
        <source>Fix the highlighted passages first: a public reply must not say them.</source>
        <translation>请先修改高亮内容：公开回复中不能出现这些内容。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="390"/>
        <source>Answered or closed</source>
        <translation>已回复或已关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="397"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已超时 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="398"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>已超时 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="401"/>
        <source>Past the aim; answer within %n hour(s)</source>
        <translation>
            <numerusform>已超过目标时间；请在 %n 小时内回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="402"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>请在 %n 小时内回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="413"/>
        <source>Publish passages the guard flagged?</source>
        <translation>要发布被标记的内容吗？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="415"/>
        <source>A public reply must not confirm that someone is a patient or mention health details, dates, prices or full names. Regulators have fined practices for such replies.

{lines}

Publish these passages anyway? Your confirmation is recorded.</source>
        <translation>公开回复不得证实某人是患者，也不得提及健康信息、日期、价格或全名。已有诊所因此类回复被监管机构罚款。

{lines}

仍要发布这些内容吗？您的确认将被记录。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="457"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="478"/>
        <source>Not published: fix the highlighted passages first.</source>
        <translation>未发布：请先修改高亮内容。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="494"/>
        <source>Copied. Paste it on the review&apos;s page, then press “Mark answered”.</source>
        <translation>已复制。请将其粘贴到评价页面上，然后点击“标记为已回复”。</translation>
    </message>
    <message>
        <source>“{words}” — {rule}: {reason}</source>
        <translation>“{words}”——{rule}：{reason}</translation>
    </message>
    <message>
        <source>Safer: “{rewrite}” (double-click to use it)</source>
        <translation>更稳妥的写法：“{rewrite}”（双击即可替换）</translation>
    </message>
    <message>
        <source>Why: {law}</source>
        <translation>依据：{law}</translation>
    </message>
    <message>
        <source>A reward for reviews can never be published: remove it first.</source>
        <translation>以奖励换取评价的内容一律不能发布：请先删除。</translation>
    </message>
    <message>
        <source>Checking the long reply…</source>
        <translation>正在检查较长的回复…</translation>
    </message>
</context>
<context>
    <name>ReplyKind</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="27"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="28"/>
        <source>Mixed feedback</source>
        <translation>褒贬不一</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="29"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="30"/>
        <source>Misinformation</source>
        <translation>不实信息</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="31"/>
        <source>Crisis</source>
        <translation>危机</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="47"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="49"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="113"/>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="133"/>
        <source>Export reviews</source>
        <translation>导出评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="138"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="110"/>
        <source>%n min</source>
        <translation>%n 分钟</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="112"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="115"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="139"/>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
</context>
<context>
    <name>RequestCard</name>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="51"/>
        <source>Hand the card to every patient alike. Asking only the patients you expect to be happy (“review gating”) is against the rules of Google, Yelp, Trustpilot and the other platforms, and they may remove your reviews for it.</source>
        <translation>请同样地把卡片发给每一位患者。只邀请预计会满意的患者（“评价筛选”）违反 Google、Yelp、Trustpilot 及其他平台的规定，平台可能因此删除您的评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="212"/>
        <source>How was your visit?</source>
        <translation>您这次就诊感觉如何？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="213"/>
        <source>Tell us and other patients on {platform}: point your phone&apos;s camera at the code.</source>
        <translation>请在 {platform} 上告诉我们和其他患者：用手机摄像头扫描二维码即可。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="219"/>
        <source>Every review helps us improve, whatever it says. Thank you!</source>
        <translation>无论内容如何，每一条评价都能帮助我们改进。谢谢！</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="223"/>
        <source>Review request card for {platform}</source>
        <translation>{platform} 评价邀请卡</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="162"/>
        <source>Review-request card</source>
        <translation>评价邀请卡</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="165"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="170"/>
        <source>Link to the review page</source>
        <translation>评价页面链接</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="173"/>
        <source>Language of the card</source>
        <translation>卡片语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="177"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="178"/>
        <source>One poster for the desk</source>
        <translation>一张前台海报</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="179"/>
        <source>Four cards to cut out</source>
        <translation>四张可裁剪的卡片</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="186"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="187"/>
        <source>Review page link:</source>
        <translation>评价页面链接：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="188"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="189"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="56"/>
        <source>Selected review</source>
        <translation>当前评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="77"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="87"/>
        <source>Author:</source>
        <translation>评价人：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="88"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="89"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="90"/>
        <source>Analysis:</source>
        <translation>分析：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="91"/>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="92"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="97"/>
        <source>Review text</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="104"/>
        <source>Earlier versions and replies</source>
        <translation>早期版本与回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="107"/>
        <source>Open on the platform</source>
        <translation>在平台上打开</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="129"/>
        <source>No review selected</source>
        <translation>未选择评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="147"/>
        <source>(no name)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="169"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation>平台在此仅显示摘录；请打开原页面阅读全文。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation>作者编辑过这条评价；之前的内容见下方。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="174"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation>这条评价已不在平台上，但仍保留在此处。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="178"/>
        <source>(rating only, no text)</source>
        <translation>（仅评分，无文字）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="187"/>
        <source>Translation by the platform:</source>
        <translation>平台提供的翻译：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="190"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation>诊所在平台上的回复：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="196"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation>早期版本（于 {date} 被替换），{stars}：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="49"/>
        <source>e.g. Anna Nowak, practice manager</source>
        <translation>例如：李娜，诊所经理</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="52"/>
        <source>Languages the practice answers in, e.g. en, pl, ru, uk, zh</source>
        <translation>诊所回复时使用的语言，例如 en, pl, ru, uk, zh</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="55"/>
        <source>Practice name:</source>
        <translation>诊所名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="56"/>
        <source>Phone for replies:</source>
        <translation>回复中提供的电话：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="57"/>
        <source>E-mail for replies:</source>
        <translation>回复中提供的电子邮件：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="58"/>
        <source>Replies signed by:</source>
        <translation>回复署名：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="59"/>
        <source>Reply languages:</source>
        <translation>回复语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="65"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="74"/>
        <source>Alert when negative reviews in a day or week exceed the usual rate this many times</source>
        <translation>当一天或一周内的负面评价达到平常水平的此倍数时发出提醒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="81"/>
        <source>Aim to answer within:</source>
        <translation>目标回复时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="82"/>
        <source>Answer at the latest within:</source>
        <translation>最迟回复时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="83"/>
        <source>Check for new reviews every:</source>
        <translation>新评价检查间隔：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="84"/>
        <source>Spike alert threshold:</source>
        <translation>激增提醒阈值：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="85"/>
        <source>Urgent review alert from urgency:</source>
        <translation>紧急程度达到此值时提醒：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="88"/>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="99"/>
        <source>Language of clinicrep:</source>
        <translation>clinicrep 界面语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="100"/>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="111"/>
        <source>The practice</source>
        <translation>诊所信息</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="112"/>
        <source>Answer times, checks and alerts</source>
        <translation>回复时限、检查与提醒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="113"/>
        <source>Language and look</source>
        <translation>语言与外观</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="133"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>The reply guard applies this country&apos;s confidentiality rules and cites its law.</source>
        <translation>回复检查将采用该国家的保密规则并引用其法律。</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>其他国家/地区</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="82"/>
        <source>Connect a platform</source>
        <translation>连接平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="82"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="86"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="97"/>
        <source>Language of the reviews</source>
        <translation>评价语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="111"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="112"/>
        <source>Name shown in clinicrep:</source>
        <translation>在 clinicrep 中显示的名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="113"/>
        <source>Language of the reviews:</source>
        <translation>评价语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="140"/>
        <source>Replies cannot be posted from clinicrep here: it copies the reply and opens the review&apos;s page.</source>
        <translation>无法从 clinicrep 在此平台发布回复：clinicrep 会复制回复并打开评价页面。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="161"/>
        <source>(kept; type to replace)</source>
        <translation>（已保存；输入新内容即可替换）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="184"/>
        <source>Please fill in: {fields}</source>
        <translation>请填写：{fields}</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="86"/>
        <source>Google Business Profile</source>
        <translation>Google 商家资料</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="110"/>
        <source>Needs your own Google Cloud project approved for the Business Profile APIs.</source>
        <translation>需要您自己的 Google Cloud 项目，并获准使用 Business Profile API。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="120"/>
        <source>Facebook Page recommendations</source>
        <translation>Facebook 主页推荐</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="138"/>
        <source>Facebook is retiring access to Page recommendations; it works with Graph API v21.0 for now and may stop without notice.</source>
        <translation>Facebook 正在停止提供主页推荐的访问权限；目前可通过 Graph API v21.0 使用，但可能随时停止，恕不另行通知。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="149"/>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="171"/>
        <source>Yelp shows at most three review excerpts and has no reply API: answer on Yelp.</source>
        <translation>Yelp 最多只显示三条评价摘录，且没有回复 API：请在 Yelp 上回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="181"/>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="208"/>
        <source>Reviews saved in a file (CSV)</source>
        <translation>文件中保存的评价（CSV）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="217"/>
        <source>For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an API: save or export the reviews as a table and import the file.</source>
        <translation>适用于 ZnanyLekarz、2GIS、ProDoctorov、大众点评、RateMDs 等没有 API 的网站：将评价保存或导出为表格，然后导入该文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="228"/>
        <source>Offline feedback</source>
        <translation>线下反馈</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="235"/>
        <source>Demo reviews</source>
        <translation>演示评价</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="90"/>
        <source>OAuth client secret</source>
        <translation>OAuth 客户端密钥</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="93"/>
        <source>Google sign-in</source>
        <translation>Google 登录</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="97"/>
        <source>OAuth client ID</source>
        <translation>OAuth 客户端 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="100"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="103"/>
        <source>Location</source>
        <translation>营业地点</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="106"/>
        <source>Place ID</source>
        <translation>地点 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="124"/>
        <source>Page access token</source>
        <translation>主页访问令牌</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="128"/>
        <source>Page ID</source>
        <translation>主页 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="131"/>
        <source>Graph API version</source>
        <translation>Graph API 版本</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="152"/>
        <source>Yelp Fusion API key</source>
        <translation>Yelp Fusion API 密钥</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="156"/>
        <source>Business ID or alias</source>
        <translation>商家 ID 或别名</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="160"/>
        <source>Business time zone</source>
        <translation>商家所在时区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="166"/>
        <source>Locale, e.g. en_US</source>
        <translation>语言区域，例如 en_US</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="184"/>
        <source>API key</source>
        <translation>API 密钥（Key）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="185"/>
        <source>API secret</source>
        <translation>API 密钥（Secret）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="187"/>
        <source>Trustpilot sign-in</source>
        <translation>Trustpilot 登录</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="192"/>
        <source>Business unit ID</source>
        <translation>业务单元 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="196"/>
        <source>Business user ID (replies)</source>
        <translation>企业用户 ID（用于回复）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="200"/>
        <location filename="../../src/clinicrep/sources/registry.py" line="213"/>
        <source>Review page</source>
        <translation>评价页面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="211"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="61"/>
        <source>No secure storage</source>
        <translation>没有安全存储</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="64"/>
        <source>Keep this sign-in until clinicrep closes? It is never written to disk.</source>
        <translation>要在 clinicrep 关闭前一直保留此登录信息吗？它不会被写入磁盘。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="228"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="233"/>
        <source>Connected sources</source>
        <translation>已连接的来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="235"/>
        <source>Connect a platform…</source>
        <translation>连接平台…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="237"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="239"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="241"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="243"/>
        <source>Let clinicrep read and answer this source&apos;s reviews (Google, Trustpilot)</source>
        <translation>允许 clinicrep 读取并回复此来源的评价（Google、Trustpilot）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="246"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="271"/>
        <source>Last checked {when}</source>
        <translation>上次检查：{when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="275"/>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="310"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="316"/>
        <source>Sign in to Trustpilot</source>
        <translation>登录 Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="310"/>
        <source>Trustpilot Business e-mail:</source>
        <translation>Trustpilot Business 电子邮件：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="317"/>
        <source>Password (used once, not stored):</source>
        <translation>密码（仅使用一次，不会保存）：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="333"/>
        <source>Signed in. Replies can now be published.</source>
        <translation>已登录。现在可以发布回复了。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="350"/>
        <source>Select a Google source first.</source>
        <translation>请先选择一个 Google 来源。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="387"/>
        <source>Signed in, but this Google account manages no business location.</source>
        <translation>已登录，但此 Google 账号没有管理任何营业地点。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="394"/>
        <source>Choose the location</source>
        <translation>选择营业地点</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="394"/>
        <source>Location:</source>
        <translation>营业地点：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="414"/>
        <source>Remove source</source>
        <translation>移除来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="416"/>
        <source>Remove {name} and the reviews fetched from it? The reviews stay on the platform; only clinicrep&apos;s copy and its sign-in are removed.</source>
        <translation>要移除 {name} 以及从中获取的评价吗？这些评价仍保留在平台上；只会移除 clinicrep 中的副本及其登录信息。</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="45"/>
        <source>The database file: {path}</source>
        <translation>数据库文件：{path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="53"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="58"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="62"/>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="66"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="87"/>
        <source>Daily copy of {day}</source>
        <translation>{day} 的每日副本</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="89"/>
        <source>Copy made before an update, {when}</source>
        <translation>更新前创建的副本，{when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="92"/>
        <source>Copy made before a restore, {when}</source>
        <translation>恢复前创建的副本，{when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="104"/>
        <source>No backup copies were found in {folder}. Choose another folder instead, or copy a backup file there.</source>
        <translation>在 {folder} 中未找到备份副本。请改为选择其他文件夹，或将备份文件复制到该文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="117"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="118"/>
        <source>Choose the copy to restore. The data there now is kept as a copy first.</source>
        <translation>请选择要恢复的副本。现有数据会先另存为副本。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="140"/>
        <source>That copy was not restored; nothing was changed. {reason}</source>
        <translation>未恢复该副本，没有做任何更改。{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="152"/>
        <source>Choose a folder for clinicrep&apos;s data</source>
        <translation>为 clinicrep 的数据选择文件夹</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="161"/>
        <source>clinicrep uses {folder} until it is closed. To use this folder every time, start clinicrep with --data-dir &quot;{folder}&quot;, or set the environment variable CLINICREP_DATA_DIR to it.</source>
        <translation>在关闭之前，clinicrep 将使用 {folder}。如需每次都使用此文件夹，请使用 --data-dir "{folder}" 启动 clinicrep，或将环境变量 CLINICREP_DATA_DIR 设置为该文件夹。</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="279"/>
        <source>{source}: {n} of about {total} reviews read</source>
        <translation>{source}：已读取 {n} 条评价，共约 {total} 条</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="283"/>
        <source>{source}: {n} reviews read</source>
        <translation>{source}：已读取 {n} 条评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="302"/>
        <source>Stopped. What was already fetched is kept.</source>
        <translation>已停止。已获取的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="308"/>
        <source>No source is called “{name}”. Check the name in Sources.</source>
        <translation>没有名为“{name}”的来源。请在“来源”中检查名称。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="320"/>
        <source>{source}: {message}</source>
        <translation>{source}：{message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="327"/>
        <source>{source}: {new} new, {changed} changed</source>
        <translation>{source}：{new} 条新评价，{changed} 条有变更</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="332"/>
        <source>No sources to sync. Add one in Sources.</source>
        <translation>没有可同步的来源。请在“来源”中添加。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="73"/>
        <source>Another check is running right now; this one was skipped.</source>
        <translation>另一次检查正在进行；已跳过本次检查。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="47"/>
        <source>Reply templates</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="53"/>
        <source>Language of the templates</source>
        <translation>模板语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="58"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="62"/>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="64"/>
        <source>Kind of review</source>
        <translation>评价类型</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="68"/>
        <source>Template text</source>
        <translation>模板内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="72"/>
        <source>Placeholders: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</source>
        <translation>占位符：{greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="84"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="86"/>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="176"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="88"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="90"/>
        <source>Restore the defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="95"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="96"/>
        <source>For:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="129"/>
        <source>(edited)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="188"/>
        <source>Delete the template “{name}”?</source>
        <translation>要删除模板“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="199"/>
        <source>Restore the original templates in this language? Your edits to them are undone; templates you added yourself stay.</source>
        <translation>要恢复此语言的原始模板吗？您对这些模板所做的修改将被撤销；您自己添加的模板会保留。</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="144"/>
        <source>clinicrep is not checking for reviews</source>
        <translation>clinicrep 未在检查评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="157"/>
        <source>clinicrep alert</source>
        <translation>clinicrep 提醒</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="141"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="146"/>
        <source>{stars}★</source>
        <translation>{stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="148"/>
        <source>mentions “{word}” (legal action)</source>
        <translation>提到“{word}”（法律行动）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="149"/>
        <source>mentions “{word}” (possible harm)</source>
        <translation>提到“{word}”（可能造成伤害）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="150"/>
        <source>mentions “{word}” (a regulator)</source>
        <translation>提到“{word}”（监管机构）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="151"/>
        <source>mentions “{word}” (the press or social media)</source>
        <translation>提到“{word}”（媒体或社交网络）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="154"/>
        <source>may spread false medical information (“{word}”)</source>
        <translation>可能传播虚假医疗信息（“{word}”）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="157"/>
        <source>angry tone</source>
        <translation>语气愤怒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="158"/>
        <source>negative text</source>
        <translation>负面内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="159"/>
        <source>a complaint inside a good review</source>
        <translation>好评中含有投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="160"/>
        <source>does not recommend</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="161"/>
        <source>many negative reviews at once</source>
        <translation>短时间内出现大量负面评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="227"/>
        <source>{count} negative reviews in the last 24 hours (usually {usual:.1f}).</source>
        <translation>过去 24 小时内有 {count} 条负面评价（平时约 {usual:.1f} 条）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="231"/>
        <source>{count} negative reviews in the last 7 days (usually {usual:.1f}).</source>
        <translation>过去 7 天内有 {count} 条负面评价（平时约 {usual:.1f} 条）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="239"/>
        <source>An urgent review (urgency {urgency}): {reason}.</source>
        <translation>紧急评价（紧急程度 {urgency}）：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="242"/>
        <source>An urgent review (urgency {urgency}).</source>
        <translation>紧急评价（紧急程度 {urgency}）。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="27"/>
        <source>Welcome to clinicrep</source>
        <translation>欢迎使用 clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="31"/>
        <source>Bring every review of your practice into one inbox. Start by connecting a platform, or import reviews you saved from a website. Your data stays on this computer.</source>
        <translation>将诊所的所有评价汇集到一个收件箱中。首先连接一个平台，或导入您从网站上保存的评价。您的数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="37"/>
        <source>Connect a platform…</source>
        <translation>连接平台…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="39"/>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="42"/>
        <source>Try the demo (made-up reviews, in a separate window)</source>
        <translation>试用演示（虚构的评价，在单独的窗口中打开）</translation>
    </message>
</context>
<context>
    <name>GuardLaw</name>
    <message>
        <source>FTC rule on consumer reviews (16 CFR 465); platform rules</source>
        <translation>美国FTC消费者评价规则（16 CFR 465）；平台规则</translation>
    </message>
    <message>
        <source>Digital Markets, Competition and Consumers Act 2024; platform rules</source>
        <translation>英国《2024年数字市场、竞争和消费者法》；平台规则</translation>
    </message>
    <message>
        <source>Federal Law 38-FZ on advertising; platform rules</source>
        <translation>俄罗斯联邦第38-FZ号广告法；平台规则</translation>
    </message>
    <message>
        <source>Law of Ukraine on consumer rights protection; platform rules</source>
        <translation>乌克兰《消费者权益保护法》；平台规则</translation>
    </message>
    <message>
        <source>Act on counteracting unfair market practices; platform rules</source>
        <translation>波兰《反不正当市场行为法》；平台规则</translation>
    </message>
    <message>
        <source>Anti-Unfair Competition Law; E-Commerce Law art. 17</source>
        <translation>《反不正当竞争法》；《电子商务法》第十七条</translation>
    </message>
    <message>
        <source>Review platforms&apos; rules (Google, Yelp and others)</source>
        <translation>评价平台规则（Google、Yelp等）</translation>
    </message>
    <message>
        <source>HIPAA Privacy Rule (45 CFR 164.502)</source>
        <translation>HIPAA隐私规则（45 CFR 164.502）</translation>
    </message>
    <message>
        <source>UK GDPR art. 9; GMC guidance on confidentiality</source>
        <translation>英国GDPR第9条；英国医学总会（GMC）保密指引</translation>
    </message>
    <message>
        <source>Federal Law 323-FZ, art. 13 (medical secrecy)</source>
        <translation>俄罗斯联邦第323-FZ号法律第13条（医疗保密）</translation>
    </message>
    <message>
        <source>Fundamentals of the legislation of Ukraine on health care, art. 40</source>
        <translation>《乌克兰卫生保健立法纲要》第40条（医疗保密）</translation>
    </message>
    <message>
        <source>Act on patient rights, art. 13-14 (medical secrecy)</source>
        <translation>波兰《患者权利法》第13–14条（医疗保密）</translation>
    </message>
    <message>
        <source>Physicians Law art. 56; Personal Information Protection Law</source>
        <translation>《医师法》第五十六条；《个人信息保护法》</translation>
    </message>
    <message>
        <source>Medical confidentiality and data protection law</source>
        <translation>医疗保密和数据保护法律</translation>
    </message>
</context>
</TS>
