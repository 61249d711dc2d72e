<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="77"/>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="82"/>
        <source>Show review</source>
        <translation>查看评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="84"/>
        <source>Acknowledge</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="85"/>
        <source>Mark this alert as seen; it will not come back</source>
        <translation>将此提醒标记为已读，它不会再次出现</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="104"/>
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
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="161"/>
        <source>clinicrep: test message</source>
        <translation>clinicrep：测试邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="162"/>
        <source>This is a test message from clinicrep. Crisis alerts for {practice} will arrive like this one.</source>
        <translation>这是一封来自 clinicrep 的测试邮件。{practice}的危机提醒将以这种方式发送。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="167"/>
        <source>your practice</source>
        <translation>您的诊所</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="181"/>
        <source>Platform: {platform}</source>
        <translation>平台：{platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="184"/>
        <source>Written: {date}</source>
        <translation>发布时间：{date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="190"/>
        <source>Rating: {stars}★</source>
        <translation>评分：{stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="196"/>
        <source>Open the review: {url}</source>
        <translation>打开评价：{url}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="205"/>
        <source>clinicrep alert: an urgent review</source>
        <translation>clinicrep 提醒：有一条紧急评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="208"/>
        <source>clinicrep alert: an urgent review on {platform}</source>
        <translation>clinicrep 提醒：{platform}上有一条紧急评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="213"/>
        <source>clinicrep alert: many negative reviews at once</source>
        <translation>clinicrep 提醒：短时间内出现大量负面评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="222"/>
        <source>The newest of them:</source>
        <translation>其中最新的一条：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="230"/>
        <source>Open clinicrep on the practice&apos;s computer to read the review in full and answer it.</source>
        <translation>请在诊所的电脑上打开 clinicrep，阅读评价全文并进行回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="259"/>
        <source>clinicrep: reviews are not being checked</source>
        <translation>clinicrep：评价检查已中断</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="332"/>
        <source>The alerts raised since the last digest, oldest first.</source>
        <translation>自上次汇总以来触发的提醒，按时间从早到晚排列。</translation>
    </message>
</context>
<context>
    <name>AspectChart</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="624"/>
        <source>Aspect shown in the chart</source>
        <translation>图表中显示的方面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="625"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="660"/>
        <source>All aspects</source>
        <translation>所有方面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="629"/>
        <source>Praise and complaints by aspect, per month</source>
        <translation>各方面的表扬与投诉（按月）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="632"/>
        <source>Aspect:</source>
        <translation>方面：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="637"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="637"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="665"/>
        <source>{month}: {aspect} praised in {praise}, blamed in {complaints}</source>
        <translation>{month}：{aspect} 表扬 {praise} 条，投诉 {complaints} 条</translation>
    </message>
</context>
<context>
    <name>AspectChips</name>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="36"/>
        <source>What the review praises and blames</source>
        <translation>这条评价表扬和批评了什么</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="46"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="47"/>
        <source>Name something the review praises or blames</source>
        <translation>指出这条评价表扬或批评的方面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="52"/>
        <source>No praise or complaint found</source>
        <translation>未发现表扬或投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="94"/>
        <source>Sentiment: {name} (corrected)</source>
        <translation>情感：{name}（已更正）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="96"/>
        <source>Sentiment: {name}</source>
        <translation>情感：{name}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="98"/>
        <source>Click to correct the sentiment</source>
        <translation>点击以更正情感</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="120"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}：表扬</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="121"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}：投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="125"/>
        <source>Set by you. Click to change it.</source>
        <translation>由您设置。点击可更改。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="126"/>
        <source>Read from: “{words}”. Click to correct it.</source>
        <translation>依据：“{words}”。点击可更正。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="146"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="147"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="150"/>
        <source>Not about this</source>
        <translation>评价与此无关</translation>
    </message>
</context>
<context>
    <name>BugReport</name>
    <message>
        <location filename="../../src/clinicrep/ui/bug_report.py" line="38"/>
        <source>Something went wrong that clinicrep did not expect. Your data is safe; what you were doing may not have finished. Try it again; if it happens again, send the details and the log file to support.</source>
        <translation>发生了 clinicrep 未预料到的问题。您的数据是安全的；刚才的操作可能没有完成。请再试一次；如果再次发生，请把详细信息和日志文件发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/bug_report.py" line="46"/>
        <source>The log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="330"/>
        <source>Period shown in the charts</source>
        <translation>图表显示的时间段</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="332"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="333"/>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="334"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="336"/>
        <source>Last calendar month</source>
        <translation>上个自然月</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="337"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="345"/>
        <source>Location shown in the charts</source>
        <translation>图表显示的院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="353"/>
        <source>Reviews received</source>
        <translation>收到的评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="353"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="356"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="360"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="363"/>
        <source>reviews</source>
        <translation>评价数</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="354"/>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="354"/>
        <source>stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="358"/>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="360"/>
        <source>Complaints about</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="363"/>
        <source>Praise for</source>
        <translation>称赞内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="399"/>
        <source>Colours: green positive, amber mixed, grey neutral, red negative</source>
        <translation>颜色：绿色为正面，琥珀色为褒贬不一，灰色为中性，红色为负面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="422"/>
        <source>All locations</source>
        <translation>全部院区</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="463"/>
        <source>{period}: %n review(s)</source>
        <translation>
            <numerusform>{period}：%n 条评价</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="472"/>
        <source>{period}: {avg} average from %n review(s)</source>
        <translation>
            <numerusform>{period}：平均 {avg}，共 %n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="499"/>
        <source>{period}: {pos} positive, {mix} mixed, {neu} neutral, {neg} negative</source>
        <translation>{period}：正面 {pos}，褒贬不一 {mix}，中性 {neu}，负面 {neg}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="518"/>
        <source>{period}: median {hours} h; {d1} within {aim} h, {d2} within {limit} h</source>
        <translation>{period}：中位数 {hours} 小时；{d1} 在 {aim} 小时内，{d2} 在 {limit} 小时内</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="528"/>
        <source>{period}: no review answered yet</source>
        <translation>{period}：尚未回复任何评价</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="537"/>
        <source>{platform}: %n review(s)</source>
        <translation>
            <numerusform>{platform}：%n 条评价</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="548"/>
        <source>{aspect}: blamed in %n review(s)</source>
        <translation>
            <numerusform>{aspect}：%n 条评价中有投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="558"/>
        <source>{aspect}: praised in %n review(s)</source>
        <translation>
            <numerusform>{aspect}：%n 条评价中有表扬</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="571"/>
        <source>%n review(s) · none answered yet: answer times appear with the first reply</source>
        <translation>
            <numerusform>%n 条评价 · 尚未回复任何评价：回复后将显示回复用时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="579"/>
        <source>%n review(s) · median answer {hours} h · {d1} answered within {aim} h · {d2} within {limit} h</source>
        <translation>
            <numerusform>%n 条评价 · 回复用时中位数 {hours} 小时 · {aim} 小时内回复 {d1} · {limit} 小时内 {d2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="356"/>
        <source>Reviews per platform</source>
        <translation>各平台评价数</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="366"/>
        <source>Median time to answer</source>
        <translation>回复用时中位数</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="366"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="377"/>
        <source>Show:</source>
        <translation>显示：</translation>
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
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="231"/>
        <source>Thank the reviewer personally</source>
        <translation>亲自感谢评价者</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="234"/>
        <source>Start with a personal thank-you; use the reviewer&apos;s first name if they showed one.</source>
        <translation>以个人化的感谢开头；如果评价者显示了名字，请称呼其名字。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="244"/>
        <source>Pass the praise on to the person the reviewer named, or to the whole team.</source>
        <translation>将这份赞扬转达给评价者提到的人，或转达给整个团队。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="249"/>
        <source>Pass the praise on to the team.</source>
        <translation>将这份赞扬转达给团队。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="253"/>
        <source>Credit the team</source>
        <translation>归功于团队</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="263"/>
        <source>Invite them back in a general way</source>
        <translation>以笼统的方式欢迎对方再来</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="266"/>
        <source>Say the practice is always glad to help, without mentioning a past or next visit.</source>
        <translation>表示诊所随时乐意提供帮助，但不要提及过去或下一次就诊。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="274"/>
        <source>Answer promptly</source>
        <translation>及时回复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="282"/>
        <source>This review is %n day(s) old. Paste the reply on its page today and confirm here.</source>
        <translation>
            <numerusform>这条评价已发布 %n 天。请今天把回复粘贴到评价页面，并在这里确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="289"/>
        <source>This feedback is %n day(s) old. Answer the patient today, then mark it answered.</source>
        <translation>
            <numerusform>这条反馈已过去 %n 天。请今天答复患者，然后标记为已答复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="296"/>
        <source>This review is %n day(s) old. Publish the reply today.</source>
        <translation>
            <numerusform>这条评价已发布 %n 天。请在今天发布回复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="305"/>
        <source>Acknowledge the experience and express regret</source>
        <translation>认可对方的感受并表示遗憾</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="308"/>
        <source>Say you are sorry about the experience, without admitting any clinical fault.</source>
        <translation>对这次经历表示抱歉，但不要承认任何医疗过失。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="318"/>
        <source>Do not admit clinical fault</source>
        <translation>不要承认医疗过失</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="321"/>
        <source>“{words}” admits fault. Express regret for the experience instead.</source>
        <translation>“{words}”承认了过失。请改为对这次经历表示遗憾。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="330"/>
        <source>Offer a concrete next step</source>
        <translation>提出具体的下一步</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="333"/>
        <source>Say what will happen next, for example ask them to call so you can look into it.</source>
        <translation>说明接下来会怎么做，例如请对方来电，以便您进一步了解情况。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="341"/>
        <source>Move the conversation offline</source>
        <translation>转为私下沟通</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="357"/>
        <source>Give a phone number, an e-mail address or a named contact, so the case is not discussed in public. Your contact details are set in Settings.</source>
        <translation>提供电话号码、电子邮件地址或具体联系人，避免在公开场合讨论此事。联系方式可在“设置”中填写。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="366"/>
        <source>Stay calm: no blame, no argument, no sarcasm</source>
        <translation>保持冷静：不指责、不争辩、不讽刺</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="373"/>
        <source>“{words}” may read as blame or argument. Rephrase it calmly.</source>
        <translation>“{words}”可能会被理解为指责或争辩。请冷静地换一种说法。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="381"/>
        <source>Read the reply once as the reviewer would.</source>
        <translation>站在评价者的角度把回复通读一遍。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="481"/>
        <source>Sign with a name or role</source>
        <translation>署上姓名或职务</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="495"/>
        <source>End with a name or a role, for example “Anna, practice manager”.</source>
        <translation>以姓名或职务结尾，例如“李娜，诊所经理”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="509"/>
        <source>Give a source for the facts</source>
        <translation>提供事实依据的来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="512"/>
        <source>Say where the facts can be checked: a public register, an official page or a link.</source>
        <translation>说明可以在哪里核实这些事实：公开登记信息、官方页面或链接。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="522"/>
        <source>Invite them to talk it through</source>
        <translation>邀请对方当面沟通</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="525"/>
        <source>Offer a consultation or a conversation where their questions can be answered.</source>
        <translation>提供一次咨询或交流的机会，解答对方的疑问。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="535"/>
        <source>No personal attack</source>
        <translation>不要进行人身攻击</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="538"/>
        <source>“{words}” attacks the reviewer. Correct the facts, not the person.</source>
        <translation>“{words}”是在攻击评价者。请纠正事实，而不是针对个人。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="545"/>
        <source>Keep the holding reply short</source>
        <translation>临时回复要简短</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="552"/>
        <source>Say only that you take it seriously and will be in touch; the owner answers the rest.</source>
        <translation>只说明您很重视此事并会与对方联系；其余由诊所负责人回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="560"/>
        <source>Escalate to the owner</source>
        <translation>上报给负责人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="567"/>
        <source>Mark the review as escalated so the owner is told; the step is logged.</source>
        <translation>将评价标记为“已上报”，以通知负责人；此操作会被记录。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="574"/>
        <source>Nothing that reveals a patient</source>
        <translation>不透露任何患者信息</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="588"/>
        <source>Rules: {rules}.</source>
        <translation>涉及的规则：{rules}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="598"/>
        <source>No reward for reviews</source>
        <translation>不以奖励换取评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="603"/>
        <source>“{words}” offers a reward. Platforms and regulators forbid rewards for reviews.</source>
        <translation>“{words}”提供了奖励。平台和监管机构禁止以奖励换取评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="617"/>
        <source>Written for this review</source>
        <translation>针对本条评价撰写</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="632"/>
        <source>This reply is almost the same as one already published. Make it personal.</source>
        <translation>此回复与一条已发布的回复几乎相同。请写得更有针对性。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="648"/>
        <source>A sensible length</source>
        <translation>长度适中</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="652"/>
        <source>The reply is {size} bytes long; {platform} accepts at most {limit}.</source>
        <translation>回复长度为 {size} 字节；{platform}最多允许 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="658"/>
        <source>the platform</source>
        <translation>该平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="666"/>
        <source>The reply is very short. Add a sentence or two.</source>
        <translation>回复太短。请再补充一两句话。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="707"/>
        <source>Correct the facts</source>
        <translation>纠正事实</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="708"/>
        <source>Check that every fact in the reply is true and can be shown.</source>
        <translation>确认回复中的每项事实都真实且有据可查。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="19"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="22"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="25"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="28"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="29"/>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="32"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="35"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="38"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="41"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="44"/>
        <source>ignored explicit argument %r</source>
        <translation>此处不接受值 %r</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="58"/>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="158"/>
        <source>Confirms a patient</source>
        <translation>确认对方是患者</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="159"/>
        <source>Health detail</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="160"/>
        <source>Date or time of a visit</source>
        <translation>就诊日期或时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="161"/>
        <source>Billing or insurance</source>
        <translation>费用或保险</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="162"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="163"/>
        <source>Reward for reviews</source>
        <translation>以奖励换取评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="164"/>
        <source>New information</source>
        <translation>新增信息</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="171"/>
        <source>This confirms that the reviewer is or was a patient. Speak about the practice in general instead.</source>
        <translation>这会证实评价者现在或曾经是本诊所的患者。请改为笼统地介绍诊所。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="176"/>
        <source>This says that someone looked at the reviewer&apos;s records, which confirms they are a patient. Leave it out.</source>
        <translation>这表示有人查看过评价者的病历，从而证实其是患者。请删去。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="181"/>
        <source>This is a health detail (a diagnosis, procedure, medication or test). Leave it out of a public reply.</source>
        <translation>这是健康信息（诊断、治疗、用药或检查）。不要写在公开回复中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="186"/>
        <source>This repeats a health detail from the review. Do not repeat it in public, even if the reviewer wrote it.</source>
        <translation>这重复了评价中的健康信息。即使评价者自己写了，也不要公开重复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="191"/>
        <source>This mentions insurance. Leave insurance out of a public reply.</source>
        <translation>这提到了医疗保险。公开回复中不要提及保险。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="194"/>
        <source>This is a date. A date tells others when someone visited; leave it out.</source>
        <translation>这是一个日期。日期会让别人知道某人何时就诊；请删去。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="198"/>
        <source>This is about money someone paid. Discuss bills only in private.</source>
        <translation>这涉及某人支付的费用。费用问题只能私下沟通。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="201"/>
        <source>This is a person&apos;s full name or surname. Use a first name only, or no name.</source>
        <translation>这是某人的全名或姓氏。请只用名字（不带姓），或不提姓名。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="205"/>
        <source>This offers a reward for a review. Platforms and the law forbid rewards for reviews; leave it out.</source>
        <translation>这是在以奖励换取评价。平台和法律都禁止以奖励换取评价，请删除。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="210"/>
        <source>This tells readers something about the reviewer that the review did not say. A reply may answer the review but must add nothing about the patient.</source>
        <translation>这向读者透露了评价中没有提到的关于评价者的信息。回复可以回应评价内容，但不得添加任何关于患者的信息。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="215"/>
        <source>Replies worded like this sentence usually confirm that the reviewer is a patient or tell something about their care (a learned check, no word list). Speak about the practice in general instead.</source>
        <translation>这样措辞的回复通常会确认评论者是患者，或透露其诊疗情况（由学习型检查发现，而非词表）。请改为笼统地介绍诊所。</translation>
    </message>
</context>
<context>
    <name>ConnectGuide</name>
    <message>
        <source>In plain words</source>
        <translation>简单来说</translation>
    </message>
    <message>
        <source>For whoever sets it up</source>
        <translation>给负责设置的人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="51"/>
        <source>Connecting Google Business Profile</source>
        <translation>连接 Google 商家资料</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="53"/>
        <source>Before you start: Google gives API access only for a Business Profile that is verified and active for at least 60 days, with a website, and you sign in as its owner or manager. Google&apos;s conditions: {link}.</source>
        <translation>开始之前：Google 只为已验证、已活跃至少 60 天并填写了网站的商家资料开放 API，而且您要以资料的所有者或管理员身份登录。Google 的条件：{link}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="61"/>
        <source>prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="64"/>
        <source>Create a Google Cloud project for the practice in the {link} (it is free) and note its project number from the project&apos;s dashboard.</source>
        <translation>在 {link} 中为诊所创建一个 Google Cloud 项目（免费），并记下项目信息中心上的项目编号。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="71"/>
        <source>Cloud console</source>
        <translation>Cloud 控制台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="74"/>
        <source>Ask Google for access with the {link} form: give the project number, the practice&apos;s e-mail and that you answer your own practice&apos;s reviews. People at Google review it; it can take days or weeks.</source>
        <translation>通过 {link} 表单向 Google 申请访问权限：填写项目编号、诊所的电子邮件，并说明您回复的是自己诊所的评价。Google 会人工审核，可能需要几天到几周。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="82"/>
        <source>Application for Basic API Access</source>
        <translation>Application for Basic API Access</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="85"/>
        <source>Until Google approves it, the project&apos;s quota for these APIs stays at 0 requests per minute and clinicrep says “access not yet approved”: your sign-in is fine. Do not ask for a quota increase ({link}); wait for Google&apos;s e-mail.</source>
        <translation>在 Google 批准之前，项目对这些 API 的配额一直是每分钟 0 次请求，clinicrep 会显示“访问尚未获批”：您的登录没有问题。不要申请提高配额（{link}），请等待 Google 的邮件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="92"/>
        <source>quota limits</source>
        <translation>配额限制</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="95"/>
        <source>In the project, open APIs &amp; Services → Library and enable “My Business Account Management API”, “My Business Business Information API” and “Google My Business API”.</source>
        <translation>在项目中打开“API 和服务”→“库”，启用“My Business Account Management API”、“My Business Business Information API”和“Google My Business API”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="101"/>
        <source>Open APIs &amp; Services → OAuth consent screen (type External; add your own address as a test user), then Credentials → Create credentials → OAuth client ID, application type “Desktop app”. Copy its client ID and client secret into the two fields here.</source>
        <translation>打开“API 和服务”→“OAuth 同意屏幕”（类型选“外部”，把您自己的地址添加为测试用户），然后“凭据”→“创建凭据”→“OAuth 客户端 ID”，应用类型选“桌面应用”。把它的客户端 ID 和客户端密钥复制到这里的两个字段中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="108"/>
        <source>Press Save: your browser opens to sign in with the Google account that manages the profile. clinicrep then lists the locations of that account and fills in Account, Location and Place ID; you do not type them.</source>
        <translation>点击“保存”：浏览器会打开，请用管理该商家资料的 Google 账号登录。然后 clinicrep 会列出该账号的营业地点，并自动填写“账号”“营业地点”和“地点 ID”，无需手动输入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="116"/>
        <source>clinicrep reads and answers the practice&apos;s Google reviews with a sign-in key that belongs to the practice. Whoever looks after the practice&apos;s Google account or computers makes it once (the steps below); Google checks the request, which can take days or weeks.</source>
        <translation>clinicrep 通过一把属于诊所的登录密钥来读取并回复诊所在 Google 上的评价。由负责诊所 Google 账号或电脑的人创建一次（见下方步骤）；Google 会审核申请，可能需要几天到几周。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="123"/>
        <source>The key has two parts, each with its own field here: the client ID, a long code ending in .apps.googleusercontent.com, and the client secret, a code starting with GOCSPX- that works like a password. Paste each into its field.</source>
        <translation>这把密钥分两部分，这里各有一个字段：客户端 ID，一串以 .apps.googleusercontent.com 结尾的长代码；客户端密钥，一串以 GOCSPX- 开头、作用相当于密码的代码。把它们分别粘贴到各自的字段中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="129"/>
        <source>Press Save. Your browser opens: sign in with the Google account that manages the practice&apos;s profile and allow access. clinicrep fills in the rest itself.</source>
        <translation>点击“保存”。浏览器会打开：用管理诊所商家资料的 Google 账号登录并允许访问。其余内容由 clinicrep 自动填写。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="134"/>
        <source>If clinicrep or Google&apos;s page says the key is wrong, copy both parts again from the same key, or ask whoever made it.</source>
        <translation>如果 clinicrep 或 Google 页面提示密钥有误，请从同一把密钥重新复制这两部分，或询问创建它的人。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="145"/>
        <source>Connecting a Facebook Page</source>
        <translation>连接 Facebook 主页</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="147"/>
        <source>Facebook is retiring access to Page recommendations (Graph API v22.0 and later refuse it). clinicrep uses v21.0 while Facebook still answers; when it stops, import the reviews from a file.</source>
        <translation>Facebook 正在停止提供主页推荐的访问（Graph API v22.0 及以后版本会拒绝）。在 Facebook 仍然响应期间，clinicrep 使用 v21.0；停止后，请从文件导入评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="153"/>
        <source>You need a role on the practice&apos;s Page that may moderate (full control, or task access to community activity), and a Meta app of the type “Business” ({link} → Create app).</source>
        <translation>您需要在诊所主页上拥有可以审核内容的角色（完全控制权限，或社区互动的任务权限），以及一个“商务”类型的 Meta 应用（{link} → “创建应用”）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="159"/>
        <source>My Apps</source>
        <translation>我的应用</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="161"/>
        <source>Reading recommendations needs the permission pages_read_user_content, which Meta grants only after the business is verified (Meta Business Suite → Settings → Security centre).</source>
        <translation>读取推荐需要 pages_read_user_content 权限，而 Meta 只在企业通过验证后才授予（Meta Business Suite → “设置” → “安全中心”）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="167"/>
        <source>Open the {link}, choose your app, add pages_show_list, pages_read_user_content, pages_read_engagement and pages_manage_engagement, press “Generate Access Token” and tick the practice&apos;s Page.</source>
        <translation>打开 {link}，选择您的应用，添加 pages_show_list、pages_read_user_content、pages_read_engagement 和 pages_manage_engagement，点击“Generate Access Token”，并勾选诊所的主页。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="175"/>
        <source>Graph API Explorer</source>
        <translation>Graph API Explorer</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="178"/>
        <source>The Explorer&apos;s token expires within hours. Extend it in the {link} first: the Page tokens made from a long-lived user token do not expire.</source>
        <translation>Explorer 生成的令牌几小时内就会过期。请先在 {link} 中延长它：由长期用户令牌生成的主页令牌不会过期。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="185"/>
        <source>Access Token Debugger</source>
        <translation>Access Token Debugger</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="188"/>
        <source>Paste the user access token below and press “Find my Pages”. Choose the practice&apos;s Page: clinicrep fills in the Page ID and the Page access token. The user token itself is not kept.</source>
        <translation>把用户访问令牌粘贴到下方，然后点击“查找我的主页”。选择诊所的主页：clinicrep 会填入主页 ID 和主页访问令牌。用户令牌本身不会被保存。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="200"/>
        <source>Connecting Trustpilot</source>
        <translation>连接 Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="202"/>
        <source>The Trustpilot API comes with Trustpilot Business plans that include integrations. In {link} open Integrations → API (or ask Trustpilot&apos;s support to turn API access on).</source>
        <translation>Trustpilot API 包含在带集成功能的 Trustpilot Business 套餐中。在 {link} 中打开“Integrations”→“API”（或请 Trustpilot 客服开通 API 访问）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="210"/>
        <source>Trustpilot Business</source>
        <translation>Trustpilot Business</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="213"/>
        <source>Create an application there: Trustpilot shows its API key and API secret. Copy both into the fields here.</source>
        <translation>在那里创建一个应用：Trustpilot 会显示它的 API 密钥（Key）和 API 密钥（Secret）。把两者都复制到这里的字段中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="218"/>
        <source>Type the practice&apos;s website as Trustpilot lists it (for example clinic.com) and press “Find”: clinicrep asks Trustpilot for the business unit ({link}) and fills in the Business unit ID and the review page.</source>
        <translation>按 Trustpilot 上显示的方式输入诊所网站（例如 clinic.com），然后点击“查找”：clinicrep 会向 Trustpilot 查询业务单元（{link}），并填入业务单元 ID 和评价页面。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="226"/>
        <source>how Trustpilot finds it</source>
        <translation>Trustpilot 如何查找</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="229"/>
        <source>Business user ID (replies): the Trustpilot Business user the replies are posted as. Ask Trustpilot&apos;s support for it if your account does not show it; without it clinicrep reads reviews but does not publish replies.</source>
        <translation>企业用户 ID（回复）：以其名义发布回复的 Trustpilot Business 用户。如果您的账号中看不到，请向 Trustpilot 客服索取；没有它，clinicrep 可以读取评价，但不能发布回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="235"/>
        <source>After Save you sign in once with your Trustpilot Business e-mail and password so that replies can be published. The password is used once and never stored.</source>
        <translation>保存后，用 Trustpilot Business 的电子邮件和密码登录一次，以便发布回复。密码只使用一次，不会被保存。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="242"/>
        <source>clinicrep reads and answers the practice&apos;s Trustpilot reviews with two codes that Trustpilot gives the practice&apos;s Trustpilot Business account (on plans with integrations): the API key and the API secret, which works like a password.</source>
        <translation>clinicrep 通过 Trustpilot 发给诊所 Trustpilot Business 账号（含集成功能的套餐）的两个代码来读取并回复诊所在 Trustpilot 上的评价：API 密钥（Key）和作用相当于密码的 API 密钥（Secret）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="249"/>
        <source>Whoever manages that account creates an application under Integrations → API (the steps below); Trustpilot then shows both codes. Paste each into its field.</source>
        <translation>管理该账号的人在“集成”→ API 中创建一个应用（见下方步骤）；随后 Trustpilot 会显示这两个代码。把它们分别粘贴到各自的字段中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="254"/>
        <source>Type the practice&apos;s website and press “Find”. After Save, sign in once with the Trustpilot Business e-mail and password.</source>
        <translation>输入诊所的网站并点击“查找”。保存后，用 Trustpilot Business 的邮箱和密码登录一次。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="265"/>
        <source>Connecting Yelp</source>
        <translation>连接 Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="267"/>
        <source>Create an app in {link} to get a Yelp Fusion API key, and copy the key here.</source>
        <translation>在 {link} 中创建应用以获取 Yelp Fusion API 密钥，并把密钥复制到这里。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="271"/>
        <source>Yelp Fusion</source>
        <translation>Yelp Fusion</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="273"/>
        <source>The Business ID is the last part of the practice&apos;s Yelp address: in yelp.com/biz/family-clinic-krakow it is family-clinic-krakow.</source>
        <translation>商家 ID 是诊所 Yelp 网址的最后一部分：在 yelp.com/biz/family-clinic-krakow 中就是 family-clinic-krakow。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="278"/>
        <source>Yelp gives at most three review excerpts and no way to reply through its API: clinicrep copies your reply and opens the review&apos;s page, and you paste it there.</source>
        <translation>Yelp 最多只提供三条评价摘录，也不能通过 API 回复：clinicrep 会复制您的回复并打开评价页面，由您粘贴到那里。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="283"/>
        <source>Business time zone: Yelp gives review times in the business&apos;s local time. clinicrep suggests this computer&apos;s time zone; change it if the practice is elsewhere.</source>
        <translation>商家时区：Yelp 按商家当地时间给出评价时间。clinicrep 默认使用本电脑的时区；如果诊所在别的时区，请修改。</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="43"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="44"/>
        <source>Author</source>
        <translation>评价人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="45"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="46"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="47"/>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="48"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="49"/>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="50"/>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="51"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="54"/>
        <source>Our public reply</source>
        <translation>我们的公开回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="55"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="126"/>
        <source>Location</source>
        <translation>院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="42"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="53"/>
        <source>Answered</source>
        <translation>回复时间</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>%n dates such as “3 days ago” were counted back from {value} (the day the file was saved); they are approximate.</source>
        <translation>
            <numerusform>%n 个类似“3天前”的日期是从 {value}（文件保存的日期）往前推算的；它们是近似的。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="111"/>
        <source>The date is empty; the row was skipped.</source>
        <translation>日期为空；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="114"/>
        <source>The date “{value}” was not understood; the row was skipped.</source>
        <translation>无法识别日期“{value}”；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="117"/>
        <source>The date “{value}” cannot be a review&apos;s date; the row was skipped.</source>
        <translation>日期“{value}”不可能是评价的日期；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="120"/>
        <source>The date “{value}” is in the future; check the file&apos;s dates.</source>
        <translation>日期“{value}”在未来；请检查文件中的日期。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="123"/>
        <source>The date “{value}” was not understood; imported with the export&apos;s date.</source>
        <translation>无法识别日期“{value}”；已按导出日期导入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="127"/>
        <source>The date is empty; imported with the export&apos;s date.</source>
        <translation>日期为空；已按导出日期导入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="130"/>
        <source>The rating “{value}” was not understood; the row was skipped.</source>
        <translation>无法识别评分“{value}”；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="133"/>
        <source>The rating “{value}” is outside the scale; the row was skipped.</source>
        <translation>评分“{value}”超出范围；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="136"/>
        <source>The row has neither text nor a rating; it was skipped.</source>
        <translation>该行既无文字也无评分；已跳过。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="139"/>
        <source>The text is longer than {n} characters; only its beginning was imported.</source>
        <translation>文字超过 {n} 个字符；仅导入了开头部分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="143"/>
        <source>The file ends inside this row&apos;s quoted text (the file was cut); the row was skipped. Save the whole file again.</source>
        <translation>文件在这一行带引号的文本中间结束（文件被截断）；已跳过该行。请重新保存完整的文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="148"/>
        <source>The row repeats line {value}; it was imported once.</source>
        <translation>该行与第 {value} 行重复；只导入了一次。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="151"/>
        <source>This line was saved in another encoding ({value}) than the rest of the file; it was read in that one.</source>
        <translation>这一行的编码（{value}）与文件其余部分不同；已按该编码读取。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="156"/>
        <source>This line has bytes that are not text; they were replaced by “�”.</source>
        <translation>这一行包含不是文本的字节；已替换为“�”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="161"/>
        <source>The row could not be read; it was skipped.</source>
        <translation>无法读取该行；已跳过。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="179"/>
        <source>Every row has the same date ({value}): it may be when the file was saved, not when the reviews were written. Choose another date column if there is one.</source>
        <translation>每一行的日期都相同（{value}）：这可能是文件保存的时间，而不是写评价的时间。如有其他日期列，请改选该列。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="185"/>
        <source>Every rating is {value}: check that the rating column is right.</source>
        <translation>所有评分都是 {value}：请检查评分列是否选对。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="189"/>
        <source>The IDs in “{value}” repeat for different reviews, so they were not used; reviews are told apart by their content.</source>
        <translation>“{value}”中的编号在不同评价中重复，因此未使用；评价按内容区分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="195"/>
        <source>Ratings were read on a scale of 1 to {value}.</source>
        <translation>评分按 1 到 {value} 的分制读取。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="207"/>
        <source>The file has no date column: the reviews got today&apos;s date.</source>
        <translation>文件中没有日期列：评价使用了今天的日期。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="211"/>
        <source>The file is not saved as Unicode; its letters were read as {value}. If names or texts look wrong, import it again and choose its encoding.</source>
        <translation>此文件不是以 Unicode 保存的；其中的文字已按 {value} 读取。如果姓名或文本显示不正确，请重新导入并选择文件的编码。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="246"/>
        <source>Rows read: {rows}. New reviews imported: {imported}, updated: {updated}, already there: {unchanged}, rows skipped: {skipped}.</source>
        <translation>已读取 {rows} 行：导入新评价 {imported} 条，更新 {updated} 条，已存在 {unchanged} 条，跳过 {skipped} 行。</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="564"/>
        <source>Yandex Maps reviews</source>
        <translation>Yandex 地图评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="565"/>
        <source>Google Maps places with their reviews (google-maps-scraper)</source>
        <translation>Google 地图地点及其评价（google-maps-scraper）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="568"/>
        <source>Google Maps reviews</source>
        <translation>Google 地图评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="569"/>
        <source>Google Maps reviews exported by Outscraper</source>
        <translation>由 Outscraper 导出的 Google 地图评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="572"/>
        <source>Google Maps reviews exported by Apify</source>
        <translation>由 Apify 导出的 Google 地图评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="573"/>
        <source>Google Business Profile reviews (Google Takeout)</source>
        <translation>Google 商家资料评价（Google Takeout）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="576"/>
        <source>Dianping reviews</source>
        <translation>大众点评评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="577"/>
        <source>ZnanyLekarz / Doctoralia opinions</source>
        <translation>ZnanyLekarz / Doctoralia 评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="580"/>
        <source>ProDoctorov reviews</source>
        <translation>ProDoctorov 评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="581"/>
        <source>2GIS reviews</source>
        <translation>2GIS 评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="582"/>
        <source>Doc.ua reviews</source>
        <translation>Doc.ua 评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="583"/>
        <source>Helsi reviews</source>
        <translation>Helsi 评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="584"/>
        <source>Ceneo-style opinion list</source>
        <translation>Ceneo 式评价列表</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="594"/>
        <source>“{column}”: as in {preset}.</source>
        <translation>“{column}”：与“{preset}”格式相同。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="598"/>
        <source>“{column}”: by its name.</source>
        <translation>“{column}”：根据列名。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="602"/>
        <source>“{column}”: its values are dates.</source>
        <translation>“{column}”：其中的值是日期。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="603"/>
        <source>“{column}”: its values are web links, one per review.</source>
        <translation>“{column}”：其中的值是网址，每条评价一个。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="606"/>
        <source>“{column}”: its values are ratings (stars).</source>
        <translation>“{column}”：其中的值是评分（星级）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="609"/>
        <source>“{column}”: its values are different in every row.</source>
        <translation>“{column}”：每一行的值都不同。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="612"/>
        <source>“{column}”: its values are language codes.</source>
        <translation>“{column}”：其中的值是语言代码。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="615"/>
        <source>“{column}”: its values are short and varied, like names.</source>
        <translation>“{column}”：值短且各不相同，像是名字。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="618"/>
        <source>“{column}”: it holds the longest, most varied text.</source>
        <translation>“{column}”：其中的文本最长、最多样。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="621"/>
        <source>“{column}” was not used: its links are pictures.</source>
        <translation>未使用“{column}”：其中的链接是图片。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="624"/>
        <source>“{column}” was not used: the same link repeats in many rows.</source>
        <translation>未使用“{column}”：同一个链接在很多行中重复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="627"/>
        <source>“{column}” was not used: it is when the file was saved, not the review.</source>
        <translation>未使用“{column}”：这是文件保存的时间，不是评价的时间。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="630"/>
        <source>“{column}” was not used: values 1–3 are classes, not stars.</source>
        <translation>未使用“{column}”：1–3 的值是类别，不是星级。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="633"/>
        <source>“{column}” was not used: values like 4.3 are averages, not one review.</source>
        <translation>未使用“{column}”：像 4.3 这样的值是平均分，不是单条评价的评分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="636"/>
        <source>“{column}” was not used as the review ID: its values repeat; reviews are told apart by their content.</source>
        <translation>未将“{column}”用作评价编号：其值有重复；评价按内容区分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="641"/>
        <source>“{column}” was not used as the review ID: it only numbers the rows.</source>
        <translation>未将“{column}”用作评价编号：它只是行号。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="645"/>
        <source>“{column}”.</source>
        <translation>“{column}”。</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="295"/>
        <source>Connected to PostgreSQL {version}. The database is empty: clinicrep sets it up when this PC first uses it.</source>
        <translation>已连接到 PostgreSQL {version}。数据库是空的：这台电脑第一次使用时，clinicrep 会自动完成设置。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="301"/>
        <source>Connected to PostgreSQL {version}. The database holds clinicrep&apos;s data ({count} reviews) from an older version; it is updated when this PC first uses it.</source>
        <translation>已连接到 PostgreSQL {version}。数据库中有旧版本 clinicrep 的数据（{count} 条评价）；这台电脑第一次使用时会自动更新。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="306"/>
        <source>Connected to PostgreSQL {version}. The database holds clinicrep&apos;s data ({count} reviews).</source>
        <translation>已连接到 PostgreSQL {version}。数据库中有 clinicrep 的数据（{count} 条评价）。</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="69"/>
        <source>This PC only (default)</source>
        <translation>仅这台电脑（默认）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="70"/>
        <source>Shared with other PCs (PostgreSQL server)</source>
        <translation>多台电脑共用（PostgreSQL 服务器）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="79"/>
        <source>e.g. server.practice.local</source>
        <translation>例如 server.practice.local</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="100"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>加密，并验证服务器证书（推荐）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="101"/>
        <source>Encrypted, the certificate not checked</source>
        <translation>加密，不验证证书</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="102"/>
        <source>Encrypted when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="110"/>
        <source>The CA file from your IT provider (.crt, .pem)</source>
        <translation>IT 服务商提供的 CA 文件（.crt、.pem）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="112"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="129"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="135"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="171"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="137"/>
        <source>The name or address of the computer that runs PostgreSQL; the port is usually 5432.</source>
        <translation>运行 PostgreSQL 的电脑的名称或地址；端口通常为 5432。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="145"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="147"/>
        <source>The database your IT provider made for clinicrep.</source>
        <translation>IT 服务商为 clinicrep 创建的数据库。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="150"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="150"/>
        <source>The same user on every PC of the practice.</source>
        <translation>诊所所有电脑使用同一个用户。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="154"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="94"/>
        <source>Saved securely on this computer; type to change it</source>
        <translation>已安全保存在这台电脑上；输入新密码可更改</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="156"/>
        <source>Saved securely in this computer&apos;s password store, never in a file.</source>
        <translation>安全保存在这台电脑的密码库中，绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="160"/>
        <source>Encryption (TLS):</source>
        <translation>加密（TLS）：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="162"/>
        <source>Checking the certificate needs the CA file below.</source>
        <translation>验证证书需要下面的 CA 文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="166"/>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="168"/>
        <source>Proves that the server is yours, not an impostor on the network.</source>
        <translation>证明这是您自己的服务器，而不是网络上的冒充者。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="179"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="197"/>
        <source>This run uses {where}, chosen when clinicrep was started (--db or CLINICREP_DB). What you choose here applies from the next start without it.</source>
        <translation>本次运行使用 {where}，这是启动 clinicrep 时选定的（--db 或 CLINICREP_DB）。您在这里的选择将从下次不带该参数启动时生效。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="208"/>
        <source>The reviews are kept in a file on this PC: {path}. Backed up every day into its backups folder.</source>
        <translation>评价保存在这台电脑上的一个文件中：{path}。每天会在旁边的 backups 文件夹中备份一次。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="217"/>
        <source>Several PCs of the practice share one inbox on a PostgreSQL server that your IT provider runs. The server&apos;s own backups apply; “Export a copy…” saves the shared reviews into a file.</source>
        <translation>诊所的多台电脑在 IT 服务商维护的 PostgreSQL 服务器上共用一个评价收件箱。备份由服务器自己负责；“导出副本…”可将共享的评价保存到文件中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="224"/>
        <source>Export a copy…</source>
        <translation>导出副本…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="285"/>
        <source>Choose the CA file</source>
        <translation>选择 CA 文件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="287"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="296"/>
        <source>Fill in the server, the database and the user first.</source>
        <translation>请先填写服务器、数据库和用户。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="312"/>
        <source>Connecting to {server}…</source>
        <translation>正在连接 {server}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="367"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="375"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="394"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="368"/>
        <source>Fill in the server, the database and the user, or choose “This PC only”.</source>
        <translation>请填写服务器、数据库和用户，或选择“仅这台电脑”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="377"/>
        <source>This connection has not been tested successfully. Save it anyway? If the server cannot be used, clinicrep offers this PC&apos;s own database at the next start.</source>
        <translation>此连接尚未测试成功。仍要保存吗？如果服务器无法使用，下次启动时 clinicrep 会提供这台电脑自己的数据库。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="447"/>
        <source>clinicrep database (*.sqlite3)</source>
        <translation>clinicrep 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="457"/>
        <source>Copying the database into {file}…</source>
        <translation>正在将数据库复制到 {file}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="445"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="471"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="477"/>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="419"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="271"/>
        <source>{month} {year}</source>
        <comment>a month under a chart&apos;s bars: &apos;Dec 2026&apos;</comment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="291"/>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="170"/>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>dddd, d MMMM yyyy, HH:mm</source>
        <translation>yyyy年M月d日 dddd HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="102"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="282"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="104"/>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>DbCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="848"/>
        <source>Shared database: {where}</source>
        <translation>共享数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="854"/>
        <source>This PC&apos;s own database: {where}</source>
        <translation>这台电脑自己的数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="863"/>
        <source>This PC&apos;s own database opens.</source>
        <translation>这台电脑自己的数据库可以打开。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="895"/>
        <source>This PC uses {where} from now on; the old database was kept as it was.</source>
        <translation>这台电脑从现在起使用 {where}；旧数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="903"/>
        <source>This PC has no keyring to keep the database password, so it was used for this copy only. Enter it in Settings → Database, or ask your IT provider to keep it in ~/.pgpass.</source>
        <translation>这台电脑没有可保存数据库密码的密钥环，所以该密码只用于这次复制。请在“设置 → 数据库”中输入密码，或请 IT 服务人员将其保存在 ~/.pgpass 中。</translation>
    </message>
</context>
<context>
    <name>DbMove</name>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="72"/>
        <source>Copied {reviews} reviews ({rows} rows in {tables} tables) to {target} in {seconds} s; every table&apos;s count was checked.</source>
        <translation>已将 {reviews} 条评价（{tables} 个表，共 {rows} 行）复制到 {target}，用时 {seconds} 秒；每个表的行数都已核对。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="84"/>
        <source>The file that was there is kept as {path}.</source>
        <translation>原来在那里的文件已保留为 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="425"/>
        <source>Building the search and sort indexes…</source>
        <translation>正在建立搜索和排序索引…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="468"/>
        <source>{table}: {done} of {total} rows</source>
        <translation>{table}：已复制 {done} / {total} 行</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="477"/>
        <source>Copying {table}: {rows} rows…</source>
        <translation>正在复制{table}：{rows} 行…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="521"/>
        <source>Every table&apos;s count checked; finishing the copy…</source>
        <translation>每个表的行数都已核对；正在完成复制…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="488"/>
        <source>alerts</source>
        <comment>after Copying</comment>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="489"/>
        <source>the log of events</source>
        <comment>after Copying</comment>
        <translation>事件日志</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="490"/>
        <source>learned corrections</source>
        <comment>after Copying</comment>
        <translation>学到的更正</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="493"/>
        <source>locations</source>
        <comment>after Copying</comment>
        <translation>院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="494"/>
        <source>replies waiting to be sent</source>
        <comment>after Copying</comment>
        <translation>待发送的回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="497"/>
        <source>replies</source>
        <comment>after Copying</comment>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="498"/>
        <source>who is replying</source>
        <comment>after Copying</comment>
        <translation>正在回复的人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="499"/>
        <source>reply templates</source>
        <comment>after Copying</comment>
        <translation>回复模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="500"/>
        <source>praise and complaints</source>
        <comment>after Copying</comment>
        <translation>表扬与投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="503"/>
        <source>corrections</source>
        <comment>after Copying</comment>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="504"/>
        <source>topics</source>
        <comment>after Copying</comment>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="505"/>
        <source>earlier versions of reviews</source>
        <comment>after Copying</comment>
        <translation>评价的早期版本</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="508"/>
        <source>reviews</source>
        <comment>after Copying</comment>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="509"/>
        <source>settings</source>
        <comment>after Copying</comment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="510"/>
        <source>sources</source>
        <comment>after Copying</comment>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="511"/>
        <source>checks for new reviews</source>
        <comment>after Copying</comment>
        <translation>新评价检查记录</translation>
    </message>
</context>
<context>
    <name>DraftMap</name>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="41"/>
        <source>What each sentence of the draft answers</source>
        <translation>草稿中每句话回应的内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="53"/>
        <source>Invitation to talk it over privately</source>
        <translation>邀请私下沟通</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="54"/>
        <source>The facts, with where to check them</source>
        <translation>事实及查询途径</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="55"/>
        <source>Holding reply: the owner is looking into it</source>
        <translation>暂缓回复：负责人正在处理</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="56"/>
        <source>Why details are not discussed in public</source>
        <translation>为何不公开讨论细节</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="68"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}：表扬</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="70"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}：投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="78"/>
        <source>{what} — “{excerpt}”</source>
        <translation>{what} — “{excerpt}”</translation>
    </message>
</context>
<context>
    <name>Drafting</name>
    <message>
        <location filename="../../src/clinicrep/drafting/compose.py" line="449"/>
        <source>“{words}”: {reason}</source>
        <translation>“{words}”：{reason}</translation>
    </message>
</context>
<context>
    <name>DraftingForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="74"/>
        <source>What the practice does about problems</source>
        <translation>诊所如何处理问题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="77"/>
        <source>Language of the facts</source>
        <translation>事实所用语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="84"/>
        <source>Replies in:</source>
        <translation>回复语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="87"/>
        <source>Drafts in this language use the sentences below. Write them in that language; leave a row empty for a general sentence.</source>
        <translation>该语言的草稿使用下面的句子。请用该语言填写；留空则使用通用句子。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="36"/>
        <source>e.g. Doctors now keep time for questions.</source>
        <translation>例如：医生现在会留时间回答问题。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="37"/>
        <source>e.g. A nurse now checks in after each procedure.</source>
        <translation>例如：每次操作后护士都会来看望。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="40"/>
        <source>e.g. We added a second receptionist in the mornings.</source>
        <translation>例如：我们在上午增加了一名前台。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="97"/>
        <source>What the practice does about complaints of this kind, said in drafts that answer one.</source>
        <translation>诊所如何处理此类投诉；会写入回复此类投诉的草稿中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="104"/>
        <source>Facts against misinformation</source>
        <translation>针对不实信息的事实</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="107"/>
        <source>Facts against misinformation:</source>
        <translation>针对不实信息的事实：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="109"/>
        <source>For example your licence and where it is registered. Never a patient&apos;s case.</source>
        <translation>例如您的执业许可及登记机构。切勿写任何患者的情况。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="113"/>
        <source>Where the facts can be checked</source>
        <translation>事实查询途径</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="116"/>
        <source>Where the facts can be checked:</source>
        <translation>事实查询途径：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="118"/>
        <source>A public register&apos;s name or a link, quoted in replies to misinformation.</source>
        <translation>公开登记系统的名称或链接，用于回应不实信息。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="122"/>
        <source>AI drafts (optional)</source>
        <translation>AI 草稿（可选）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="124"/>
        <source>Ask an AI model for drafts</source>
        <translation>向 AI 模型请求草稿</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="131"/>
        <source>Off: drafts are composed on this computer. On: the review&apos;s public text, its aspects and your facts go to the service below; you see the request before the first one is sent. Every draft is checked by the guard and you publish it.</source>
        <translation>关闭：草稿在本机生成。开启：评价的公开文本、所涉方面和您的事实会发送到下面的服务；首次发送前您会看到请求内容。每份草稿都经过保密检查，由您亲自发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="140"/>
        <source>Service address:</source>
        <translation>服务地址：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="143"/>
        <source>Any service that speaks the OpenAI chat completions API: llama.cpp, Ollama, LM Studio, vLLM or a provider you chose.</source>
        <translation>任何兼容 OpenAI chat completions API 的服务：llama.cpp、Ollama、LM Studio、vLLM 或您选择的提供商。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="149"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="149"/>
        <source>The model name the service uses.</source>
        <translation>该服务使用的模型名称。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="153"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="156"/>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="159"/>
        <source>Saved securely in this computer&apos;s password store. Leave empty for a service that runs on this computer.</source>
        <translation>安全保存在这台电脑的密码库中。如果服务运行在这台电脑上，可留空。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="165"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="169"/>
        <source>Wait at most:</source>
        <translation>最长等待：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="171"/>
        <source>After this the composed draft stays in the editor.</source>
        <translation>超时后编辑器中保留组合草稿。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="43"/>
        <source>e.g. We now call if a doctor runs late.</source>
        <translation>例如：医生晚到时我们会打电话告知。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="44"/>
        <source>e.g. Appointments can now be booked online.</source>
        <translation>例如：现在可以在网上预约。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="47"/>
        <source>e.g. Our prices are on the website and at the desk.</source>
        <translation>例如：价目表在网站和前台都能看到。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="53"/>
        <source>e.g. Everyone now gets a written visit summary.</source>
        <translation>例如：每人都会拿到书面就诊小结。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="56"/>
        <source>e.g. Our head doctor reviews every such complaint.</source>
        <translation>例如：主任医师亲自处理此类投诉。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="59"/>
        <source>e.g. Free parking is now behind the building.</source>
        <translation>例如：楼后现在有免费停车位。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="50"/>
        <source>e.g. The waiting room is now cleaned twice a day.</source>
        <translation>例如：候诊区现在每天打扫两次。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="231"/>
        <source>Drafting</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>Encodings</name>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="31"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="32"/>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="33"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="34"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="35"/>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode（UTF-16）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="36"/>
        <source>Central European (Windows)</source>
        <translation>中欧语言（Windows）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="37"/>
        <source>Cyrillic (Windows)</source>
        <translation>西里尔文（Windows）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="38"/>
        <source>Western European (Windows)</source>
        <translation>西欧语言（Windows）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="39"/>
        <source>Central European (ISO)</source>
        <translation>中欧语言（ISO）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="40"/>
        <source>Russian (KOI8-R)</source>
        <translation>俄文（KOI8-R）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="41"/>
        <source>Ukrainian (KOI8-U)</source>
        <translation>乌克兰文（KOI8-U）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="42"/>
        <source>Chinese Simplified (GBK)</source>
        <translation>简体中文（GBK）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="43"/>
        <source>Chinese Traditional (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/cli.py" line="734"/>
        <source>%n review(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %n 条评价写入 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="65"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="67"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="68"/>
        <source>All reviews</source>
        <translation>全部评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="69"/>
        <source>New</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="70"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="71"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="72"/>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="73"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="74"/>
        <source>Imported history</source>
        <translation>导入的历史记录</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="75"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="80"/>
        <source>Location</source>
        <translation>院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="82"/>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="257"/>
        <source>All locations</source>
        <translation>全部院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="85"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="86"/>
        <source>All platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="90"/>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="91"/>
        <source>Any stars</source>
        <translation>任意星级</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="94"/>
        <source>No stars</source>
        <translation>无星级</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="96"/>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="97"/>
        <source>Any sentiment</source>
        <translation>任意情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="101"/>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="102"/>
        <source>Any topic</source>
        <translation>任意话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="107"/>
        <source>Praise or complaint</source>
        <translation>表扬或投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="109"/>
        <source>Any praise or complaint</source>
        <translation>任意表扬或投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="113"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}：表扬</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="116"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}：投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="119"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="121"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="122"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="123"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="124"/>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="125"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="131"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation>搜索评价（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="132"/>
        <source>Search reviews</source>
        <translation>搜索评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="145"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="146"/>
        <source>Clear the chart filter</source>
        <translation>清除图表筛选</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="152"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="153"/>
        <source>Show what needs attention, with no other filter</source>
        <translation>显示需要处理的评价，不加其他筛选</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="266"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="364"/>
        <source>Chart: {what}</source>
        <translation>图表：{what}</translation>
    </message>
</context>
<context>
    <name>GoogleSignIn</name>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="319"/>
        <source>clinicrep is connected to Google</source>
        <translation>clinicrep 已连接到 Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="321"/>
        <source>Google sign-in was not completed</source>
        <translation>Google 登录未完成</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="323"/>
        <source>You can close this browser tab and return to clinicrep.</source>
        <translation>您可以关闭此浏览器标签页，返回 clinicrep。</translation>
    </message>
</context>
<context>
    <name>GuardLaw</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="228"/>
        <source>FTC rule on consumer reviews (16 CFR 465); platform rules</source>
        <translation>美国FTC消费者评价规则（16 CFR 465）；平台规则</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="231"/>
        <source>Digital Markets, Competition and Consumers Act 2024; platform rules</source>
        <translation>英国《2024年数字市场、竞争和消费者法》；平台规则</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="234"/>
        <source>Federal Law 38-FZ on advertising; platform rules</source>
        <translation>俄罗斯联邦第38-FZ号广告法；平台规则</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="237"/>
        <source>Law of Ukraine on consumer rights protection; platform rules</source>
        <translation>乌克兰《消费者权益保护法》；平台规则</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="240"/>
        <source>Act on counteracting unfair market practices; platform rules</source>
        <translation>波兰《反不正当市场行为法》；平台规则</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="243"/>
        <source>Anti-Unfair Competition Law; E-Commerce Law art. 17</source>
        <translation>《反不正当竞争法》；《电子商务法》第十七条</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="248"/>
        <source>Review platforms&apos; rules (Google, Yelp and others)</source>
        <translation>评价平台规则（Google、Yelp等）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="253"/>
        <source>HIPAA Privacy Rule (45 CFR 164.502)</source>
        <translation>HIPAA隐私规则（45 CFR 164.502）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="254"/>
        <source>UK GDPR art. 9; GMC guidance on confidentiality</source>
        <translation>英国GDPR第9条；英国医学总会（GMC）保密指引</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="257"/>
        <source>Federal Law 323-FZ, art. 13 (medical secrecy)</source>
        <translation>俄罗斯联邦第323-FZ号法律第13条（医疗保密）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="260"/>
        <source>Fundamentals of the legislation of Ukraine on health care, art. 40</source>
        <translation>《乌克兰卫生保健立法纲要》第40条（医疗保密）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="263"/>
        <source>Act on patient rights, art. 13-14 (medical secrecy)</source>
        <translation>波兰《患者权利法》第13–14条（医疗保密）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="266"/>
        <source>Physicians Law art. 56; Personal Information Protection Law</source>
        <translation>《医师法》第五十六条；《个人信息保护法》</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="271"/>
        <source>Medical confidentiality and data protection law</source>
        <translation>医疗保密和数据保护法律</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="422"/>
        <source>--export-date: “{value}” is not a date like 2026-03-31.</source>
        <translation>--export-date：“{value}”不是 2026-03-31 这样的日期。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="516"/>
        <source>--map {item}: write FIELD=COLUMN with FIELD one of {fields}.</source>
        <translation>--map {item}：请写成 字段=列名，字段为以下之一：{fields}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="527"/>
        <source>(unnamed)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="529"/>
        <source>--map {item}: the file has no column “{column}”. Its columns: {columns}</source>
        <translation>--map {item}：文件中没有“{column}”列。文件的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="563"/>
        <source>Recognised: {export}</source>
        <translation>已识别：{export}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="579"/>
        <location filename="../../src/clinicrep/cli.py" line="601"/>
        <source>note: {text}</source>
        <translation>注意：{text}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="584"/>
        <source>Rows that would be imported: {would} of {rows} (dry run: nothing was saved).</source>
        <translation>将导入的行：{rows} 行中的 {would} 行（试运行：未保存任何内容）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="589"/>
        <source>[answered]</source>
        <translation>[已回复]</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="607"/>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="615"/>
        <source>Rows without a readable date were skipped; --date-unknown imports them with the export date.</source>
        <translation>没有可读日期的行已跳过；使用 --date-unknown 可按导出日期导入这些行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="625"/>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 条。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="78"/>
        <source>Import reviews from {file}</source>
        <translation>从 {file} 导入评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="85"/>
        <source>Name of the source</source>
        <translation>来源名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="93"/>
        <source>Website the file comes from</source>
        <translation>文件来自的网站</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="100"/>
        <source>Language of the reviews</source>
        <translation>评价语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="101"/>
        <source>Detect from the text</source>
        <translation>根据文字自动识别</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="105"/>
        <source>Encoding of the file&apos;s text</source>
        <translation>文件文本的编码</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="120"/>
        <source>Detected: {encoding}</source>
        <translation>检测到：{encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="137"/>
        <source>Day the file was saved</source>
        <translation>文件保存的日期</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="139"/>
        <source>Dates such as “3 days ago” in the file are counted back from this day.</source>
        <translation>文件中类似“3天前”的日期从这一天往前推算。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="147"/>
        <source>Import rows whose date cannot be read, with the day the file was saved</source>
        <translation>导入日期无法识别的行，并使用文件保存的日期</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="151"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="151"/>
        <source>Author</source>
        <translation>评价人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="151"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Review text</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Review ID</source>
        <translation>评价 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="153"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="153"/>
        <source>Practice&apos;s reply</source>
        <translation>诊所回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="154"/>
        <source>Language code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="157"/>
        <source>Source name:</source>
        <translation>来源名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="158"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="159"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="160"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="161"/>
        <source>File saved on:</source>
        <translation>文件保存于：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="174"/>
        <source>Why this column</source>
        <translation>为什么选这一列</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="237"/>
        <source>Recognised: {export}.</source>
        <translation>已识别：{export}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="244"/>
        <source>clinicrep did not recognise the website this file comes from: choose it in “Website” above.</source>
        <translation>clinicrep 未能识别此文件来自哪个网站：请在上方的“网站”中选择。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="256"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="302"/>
        <source>The text looks garbled in {encoding}. Choose another encoding above until the preview reads right; if none does, this is not a file of reviews: save the reviews from the website again.</source>
        <translation>按“{encoding}”读取时文本是乱码。请在上方选择其他编码，直到预览显示正常；如果都不行，说明这不是评价文件：请从网站重新保存评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="323"/>
        <source>No column was found for the review text or the rating. Choose at least one of them above; if none fits, this is probably not a file of reviews: save the reviews from the website again.</source>
        <translation>未找到评价内容或评分所在的列。请在上方至少选择其中一项；如果都不合适，这可能不是评价文件：请从网站重新保存评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="343"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1514"/>
        <source>Review exports (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;All files (*)</source>
        <translation>评价导出文件 (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="183"/>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="108"/>
        <source>How the file&apos;s letters are stored. If the preview shows strange characters, try another one: “{polish}” for Polish, “{cyrillic}” for Russian or Ukrainian files, “{chinese}” for Chinese.</source>
        <translation>文件中文字的存储方式。如果预览中出现乱码，请换一种：波兰语文件选“{polish}”，俄语或乌克兰语文件选“{cyrillic}”，中文文件选“{chinese}”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="191"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="258"/>
        <source>(unnamed)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="284"/>
        <source>Chosen by you.</source>
        <translation>由您选择。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="310"/>
        <source>{rows} rows shown of the Excel workbook</source>
        <translation>显示 Excel 工作簿的 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="314"/>
        <source>{rows} rows shown of the file · encoding {encoding}</source>
        <translation>显示文件的 {rows} 行 · 编码 {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="341"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="355"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="476"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1511"/>
        <source>Import reviews</source>
        <translation>导入评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="374"/>
        <source>This file looks like {export}, not {platform}. If it is, choose “{other}” in “Website” above; otherwise import it as it is.</source>
        <translation>这个文件看起来是“{export}”，而不是{platform}。如果确实如此，请在上方的“网站”中选择“{other}”；否则按原样导入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="421"/>
        <source>Importing reviews…</source>
        <translation>正在导入评价…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="422"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="454"/>
        <source>Line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="461"/>
        <source>… and {n} more.</source>
        <translation>… 另有 {n} 条。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="466"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
</context>
<context>
    <name>ImportOnly</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="397"/>
        <source>clinicrep cannot connect to this site: paste its reviews from the page, import a file saved from it, or add reviews by hand.</source>
        <translation>clinicrep 无法连接到此网站：请从网页粘贴其评价、导入从该网站保存的文件，或手动添加评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="409"/>
        <source>Open your profile on ZnanyLekarz (or Doctoralia) in the browser and go to the patients&apos; opinions. Click “Show more” until the opinions you want are listed, select them from the first author&apos;s name to the end of the last opinion, copy (Ctrl+C) and choose “Paste reviews”. The doctor&apos;s answers come along as the practice&apos;s replies.</source>
        <translation>在浏览器中打开您在 ZnanyLekarz（或 Doctoralia）上的主页，进入患者评价。点击“显示更多”直到列出所需的评价，从第一位作者的名字一直选到最后一条评价的末尾，复制（Ctrl+C），然后选择“粘贴评价”。医生的回复会作为诊所的回复一起导入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="423"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on ProDoctorov and its reviews tab. Load the reviews you want, select them together with the authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>在 ProDoctorov 上打开医生或诊所的页面及其评价标签页。加载所需的评价，连同作者和日期一起选中，复制（Ctrl+C），然后选择“粘贴评价”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="435"/>
        <source>Open the organisation&apos;s card on Yandex Maps, its reviews tab, and sort by date. Scroll until the reviews you want have loaded, select them from the first author to the last review, copy (Ctrl+C) and choose “Paste reviews”. A file saved by a review-export tool (CSV, JSON) goes in with “Import a file”.</source>
        <translation>在 Yandex 地图上打开机构的卡片及其评价标签页，并按日期排序。滚动直到所需的评价加载完毕，从第一位作者选到最后一条评价，复制（Ctrl+C），然后选择“粘贴评价”。评价导出工具保存的文件（CSV、JSON）请用“导入文件”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="448"/>
        <source>Open the clinic&apos;s card in 2GIS in the browser, its reviews tab. Scroll until the reviews you want are shown, select them, copy (Ctrl+C) and choose “Paste reviews”. 2GIS draws the stars as pictures: check the ratings in the grid before adding.</source>
        <translation>在浏览器中打开 2GIS 上诊所的卡片及其评价标签页。滚动直到显示所需的评价，选中它们，复制（Ctrl+C），然后选择“粘贴评价”。2GIS 的星级是图片：添加前请在表格中核对评分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="461"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on Doc.ua and scroll to the reviews. Show all you want, select them with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>在 Doc.ua 上打开医生或诊所的页面并滚动到评价。显示所需的全部评价，连同作者和日期一起选中，复制（Ctrl+C），然后选择“粘贴评价”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="473"/>
        <source>Open the doctor&apos;s page on Helsi and its reviews. Select the reviews with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>在 Helsi 上打开医生的页面及其评价。连同作者和日期一起选中评价，复制（Ctrl+C），然后选择“粘贴评价”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="484"/>
        <source>Open the shop&apos;s page on dianping.com in a browser where you are signed in, and its reviews. Select the reviews, copy (Ctrl+C) and choose “Paste reviews”; the shop&apos;s replies come along. Reviews a tool saved to a file (CSV, JSON) go in with “Import a file”.</source>
        <translation>在已登录的浏览器中打开 dianping.com 上店铺的页面及其评价。选中评价，复制（Ctrl+C），然后选择“粘贴评价”；商家回复会一起导入。工具保存到文件的评价（CSV、JSON）请用“导入文件”。</translation>
    </message>
</context>
<context>
    <name>ImportOnlyPanel</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_only_panel.py" line="28"/>
        <source>&amp;Paste reviews…</source>
        <translation>粘贴评价(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_only_panel.py" line="30"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="586"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="586"/>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="740"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="741"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="742"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="743"/>
        <source>Author</source>
        <translation>评价人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="744"/>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="745"/>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="746"/>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="747"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="748"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="749"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="831"/>
        <source>[edited] </source>
        <translation>【已编辑】</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="833"/>
        <source>[removed on platform] </source>
        <translation>【已从平台删除】</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="836"/>
        <source>[{name} is replying] </source>
        <translation>[{name}正在回复] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="838"/>
        <source>(rating only)</source>
        <translation>（仅评分）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="863"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="876"/>
        <source>%n h left</source>
        <translation>
            <numerusform>剩余 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="864"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="877"/>
        <source>%n min left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="865"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="880"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>超时 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="866"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="881"/>
        <source>overdue %n h</source>
        <translation>
            <numerusform>超时 %n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="29"/>
        <source>{name}:</source>
        <translation>{name}：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="34"/>
        <source>New</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="35"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="36"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="37"/>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="38"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="39"/>
        <source>Imported history</source>
        <translation>导入的历史记录</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="54"/>
        <source>Dianping</source>
        <translation>大众点评</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="59"/>
        <source>Other site</source>
        <translation>其他网站</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="60"/>
        <source>Offline feedback</source>
        <translation>线下反馈</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="66"/>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="67"/>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="68"/>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="69"/>
        <source>Mixed</source>
        <translation>褒贬不一</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="76"/>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="77"/>
        <source>Nurses</source>
        <translation>护士</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="78"/>
        <source>Reception and staff</source>
        <translation>前台与工作人员</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="79"/>
        <source>Waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="80"/>
        <source>Appointments</source>
        <translation>预约挂号</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="81"/>
        <source>Prices and billing</source>
        <translation>价格与收费</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="82"/>
        <source>Premises and cleanliness</source>
        <translation>环境与卫生</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="83"/>
        <source>Explanations</source>
        <translation>沟通解释</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="84"/>
        <source>Treatment result</source>
        <translation>治疗效果</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="85"/>
        <source>Parking and location</source>
        <translation>停车与位置</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="106"/>
        <source>Staff attitude</source>
        <translation>员工态度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="107"/>
        <source>Reception and phone</source>
        <translation>前台与电话</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="108"/>
        <source>Doctor and outcome</source>
        <translation>医生与疗效</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="109"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="110"/>
        <source>Food</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="111"/>
        <source>Praise of a person</source>
        <translation>表扬个人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="126"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="127"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="128"/>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="129"/>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="130"/>
        <location filename="../../src/clinicrep/labels.py" line="131"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="132"/>
        <source>Other language</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="56"/>
        <source>Yandex Maps</source>
        <translation>Yandex 地图</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="93"/>
        <source>, </source>
        <comment>between the items of a list, as in &apos;Waiting, Parking&apos;</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="102"/>
        <source>{first} {second}</source>
        <comment>one sentence, then another after it</comment>
        <translation>{first}{second}</translation>
    </message>
</context>
<context>
    <name>LearningBox</name>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="40"/>
        <source>Learning from your corrections</source>
        <translation>从您的更正中学习</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="47"/>
        <source>Use what was learned from your corrections and stars</source>
        <translation>使用从您的更正和星级中学到的内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="49"/>
        <source>Learn now</source>
        <translation>立即学习</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="51"/>
        <source>Learn from your corrections and starred reviews, then analyse all again</source>
        <translation>从您的更正和带星级的评价中学习，然后重新分析所有评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="53"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="54"/>
        <source>Forget what was learned; your corrections stay</source>
        <translation>忘记所学内容；您的更正会保留</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="82"/>
        <source>Learned from %n of your reviews.</source>
        <translation>
            <numerusform>已从您的 %n 条评价中学习。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="86"/>
        <source>Nothing learned yet: it needs at least %n corrected or starred reviews with text in a language, and keeps only what reads them better than the rules.</source>
        <translation>
            <numerusform>尚未学到任何内容：同一语言至少需要 %n 条已更正或带星级的文字评价，且只保留比规则判断得更好的结果。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="96"/>
        <source>Learning, then analysing every review again…</source>
        <translation>正在学习，然后重新分析所有评价…</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="49"/>
        <source>Locations</source>
        <translation>院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="53"/>
        <source>A practice with several locations names them here and says where each source&apos;s reviews come from. The inbox, the charts and the monthly report can then show one location or the whole practice.</source>
        <translation>有多个院区的诊所可在此为院区命名，并指明每个来源的评价来自哪个院区。之后，收件箱、图表和月度报告即可显示单个院区或整个诊所。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="62"/>
        <source>Locations (double-click a name to rename it)</source>
        <translation>院区（双击名称可重命名）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="63"/>
        <source>Double-click a name to rename it</source>
        <translation>双击名称可重命名</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="68"/>
        <source>Name of a new location</source>
        <translation>新院区名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="69"/>
        <source>e.g. Riverside</source>
        <translation>例如：滨江院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="72"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="75"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="78"/>
        <source>The location&apos;s sources and reviews stay; they count for the whole practice</source>
        <translation>该院区的来源和评价会保留，并计入整个诊所</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="86"/>
        <source>Where each source&apos;s reviews come from:</source>
        <translation>每个来源的评价来自：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="89"/>
        <source>Location of each source</source>
        <translation>每个来源所属院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="90"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="90"/>
        <source>Location</source>
        <translation>院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="130"/>
        <source>{name} ({platform})</source>
        <translation>{name}（{platform}）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="135"/>
        <source>Location of {source}</source>
        <translation>{source}所属院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="136"/>
        <source>Whole practice only</source>
        <translation>仅整个诊所</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="168"/>
        <source>Location “{name}” added.</source>
        <translation>已添加院区“{name}”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="182"/>
        <source>Renamed to “{name}”.</source>
        <translation>已重命名为“{name}”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="192"/>
        <source>“{name}” removed; its sources now count for the whole practice.</source>
        <translation>已删除“{name}”；其来源现在计入整个诊所。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="202"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="333"/>
        <source>Analysis update progress</source>
        <translation>分析更新进度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="943"/>
        <source>Marked “{status}”.</source>
        <translation>已标记为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1087"/>
        <source>Undone: the review is “{status}” again.</source>
        <translation>已撤销：该评价恢复为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1148"/>
        <source>Shown: {shown} · new: {new} · open: {open} · overdue: {overdue}</source>
        <translation>显示 {shown} 条 · 未处理 {new} 条 · 未完结 {open} 条 · 已超时 {overdue} 条</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1308"/>
        <source>{source}: %n review(s)</source>
        <translation>
            <numerusform>{source}：%n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1345"/>
        <source>Nothing is connected yet: connect a platform (File → Sources) or import a file of reviews (File → Import a file).</source>
        <translation>尚未连接任何来源：请连接平台（文件 → 来源），或导入评价文件（文件 → 导入文件）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1388"/>
        <source>Up to date: %n new review(s).</source>
        <translation>
            <numerusform>已是最新：%n 条新评价。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1391"/>
        <source>Changed on the platform: {n}.</source>
        <translation>平台上有改动：{n} 条。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1399"/>
        <source>Up to date: no new reviews.</source>
        <translation>已是最新：没有新评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1474"/>
        <source>Updating the analysis… %p%</source>
        <translation>正在更新分析… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1489"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>已为 %n 条评价更新分析。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>clinicrep — demo data</source>
        <translation>clinicrep — 演示数据</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="162"/>
        <source>Inbox of reviews</source>
        <translation>评价收件箱</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="290"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="291"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="503"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="326"/>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="354"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="356"/>
        <source>Put the review&apos;s previous status back (Ctrl+Z)</source>
        <translation>恢复该评价之前的状态（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="556"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="566"/>
        <source>Fetch new reviews from every connected platform (F5)</source>
        <translation>从所有已连接的平台获取新评价（F5）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="588"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="593"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="597"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="605"/>
        <source>Add &amp;offline feedback…</source>
        <translation>添加线下反馈(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="618"/>
        <source>Review-request &amp;card…</source>
        <translation>评价邀请卡(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1716"/>
        <source>Copying the reviews to this PC…</source>
        <translation>正在将评价复制到这台电脑…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1744"/>
        <source>Nothing was copied: the server already holds {held} reviews of the practice. The window stays on this PC&apos;s database for now; restart clinicrep to open the shared reviews.</source>
        <translation>未复制任何内容：服务器上已有诊所的 {held} 条评价。窗口暂时仍使用这台电脑的数据库；重新启动 clinicrep 即可打开共享的评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1750"/>
        <source>Nothing was copied and the window stays on the shared database. {reason}</source>
        <translation>没有复制任何内容，窗口继续使用共享数据库。{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1754"/>
        <source>Nothing was copied and the window stays on this PC&apos;s database. {reason}</source>
        <translation>没有复制任何内容，窗口继续使用这台电脑的数据库。{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1768"/>
        <source>This PC&apos;s own database, for now: {where} could not be used. What you write stays on this PC; restart clinicrep to try the shared database again.</source>
        <translation>暂时使用这台电脑自己的数据库：无法使用 {where}。您写的内容会留在这台电脑上；重新启动 clinicrep 可再次尝试共享数据库。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1918"/>
        <source>The checks without the window could not be set up: the file {path} could not be written ({reason}). The window still checks while it is open.</source>
        <translation>无法设置窗口关闭时的检查：无法写入文件 {path}（{reason}）。窗口打开期间仍会照常检查。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1928"/>
        <source>The checks without the window could not be set up: this computer has no “{program}” program. The window still checks while it is open.</source>
        <translation>无法设置窗口关闭时的检查：这台电脑上没有“{program}”程序。窗口打开期间仍会照常检查。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1933"/>
        <source>The checks without the window could not be set up: the system refused the command below ({output}). The window still checks while it is open.</source>
        <translation>无法设置窗口关闭时的检查：系统拒绝了下面的命令（{output}）。窗口打开期间仍会照常检查。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1938"/>
        <source>Command: {command}</source>
        <translation>命令：{command}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="610"/>
        <source>&amp;Monthly summary (PDF)…</source>
        <translation>月度汇总 (PDF)(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="343"/>
        <source>Show the replies waiting for your approval</source>
        <translation>显示等待您审批的回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="457"/>
        <source>No reviews yet</source>
        <translation>还没有评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="565"/>
        <source>Check for new reviews</source>
        <translation>检查新评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="589"/>
        <source>Check for &amp;new reviews</source>
        <translation>检查新评价(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="614"/>
        <source>E&amp;xport the reviews shown (CSV)…</source>
        <translation>导出当前显示的评价 (CSV)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="621"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="624"/>
        <source>Export &amp;a copy…</source>
        <translation>导出副本(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="630"/>
        <source>Restore: the server&apos;s own backups apply</source>
        <translation>恢复：以服务器自己的备份为准</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="633"/>
        <source>The shared database is backed up by its server (ask your IT provider); Export a copy saves it into a file.</source>
        <translation>共享数据库由其服务器负责备份（请询问您的 IT 服务商）；“导出副本”可将其保存到文件中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="639"/>
        <source>So&amp;urces…</source>
        <translation>来源(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="642"/>
        <source>&amp;Locations…</source>
        <translation>院区(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="644"/>
        <source>Name the practice&apos;s locations and say which source belongs to which</source>
        <translation>为诊所的院区命名，并指明每个来源属于哪个院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="649"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="654"/>
        <source>&amp;Review</source>
        <translation>评价(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="657"/>
        <source>Mark as &amp;new</source>
        <translation>标记为未处理(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="658"/>
        <source>Mark as &amp;in progress</source>
        <translation>标记为处理中(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="659"/>
        <source>Mark as &amp;answered</source>
        <translation>标记为已回复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="660"/>
        <source>&amp;Escalate to the owner</source>
        <translation>上报给负责人(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="661"/>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="670"/>
        <source>&amp;Undo the status change</source>
        <translation>撤销状态更改(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="679"/>
        <source>D&amp;raft a reply</source>
        <translation>起草回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="683"/>
        <source>Reply &amp;templates…</source>
        <translation>回复模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="687"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="688"/>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="692"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="696"/>
        <source>&amp;About clinicrep</source>
        <translation>关于 clinicrep(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="958"/>
        <source>An import is being stored: “{status}” will be saved as soon as it is done.</source>
        <translation>正在保存导入的评价：完成后立即保存“{status}”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1117"/>
        <source>Correction saved.</source>
        <translation>更正已保存。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1124"/>
        <source>Reply published.</source>
        <translation>回复已发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1142"/>
        <source>Waiting for approval: {n}</source>
        <translation>待审批：{n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1161"/>
        <source>No review needs attention now. To see every review, choose “All reviews” in the first list above.</source>
        <translation>目前没有需要处理的评价。要查看全部评价，请在上方第一个列表中选择“全部评价”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1168"/>
        <source>No review matches the search and the filters. Press “Clear filters” to see what needs attention.</source>
        <translation>没有符合搜索和筛选条件的评价。点击“清除筛选”可查看需要处理的评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1207"/>
        <source>Changed on another PC: this review is now “{status}”.</source>
        <translation>已在另一台电脑上更改：这条评价现在是“{status}”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1252"/>
        <source>Last check: {name}, {time}</source>
        <translation>上次检查：{name}，{time}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1297"/>
        <source>Checking for reviews…</source>
        <translation>正在检查新评价…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1375"/>
        <source>{source}: {message}</source>
        <translation>{source}：{message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1627"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1712"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1732"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1756"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1637"/>
        <source>Copy the shared database&apos;s {count} reviews (with their drafts, replies and settings) into this PC&apos;s file, then open the window on it? The file as it is now is kept in the backups folder first. Without copying, the file shows the reviews as they were when this PC last used it, and what was done on the shared database since is not in it.</source>
        <translation>要把共享数据库中的 {count} 条评价（连同草稿、回复和设置）复制到这台电脑的文件中，然后在其上打开窗口吗？文件的当前版本会先保存在 backups 文件夹中。如果不复制，文件显示的是这台电脑上次使用它时的评价，共享数据库中此后所做的更改都不在其中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1645"/>
        <source>Copy here, then open</source>
        <translation>复制到这里后打开</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1653"/>
        <source>The shared database ({where}) already holds {held} reviews of the practice, so this PC&apos;s {count} reviews are not copied there; they stay in this PC&apos;s file. Open the window on the shared reviews now?</source>
        <translation>共享数据库（{where}）中已有诊所的 {held} 条评价，因此这台电脑的 {count} 条评价不会复制过去，而是保留在这台电脑的文件中。现在在共享的评价上打开窗口吗？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1663"/>
        <source>Copy this PC&apos;s {count} reviews (with their drafts, replies and settings) to {where}, then open the window on it? This PC&apos;s file is kept as it is. The copy is made only into an empty database.</source>
        <translation>要把这台电脑的 {count} 条评价（连同草稿、回复和设置）复制到 {where}，然后在其上打开窗口吗？这台电脑的文件保持不变。只会复制到空数据库中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1669"/>
        <source>Copy, then open</source>
        <translation>复制后打开</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2011"/>
        <source>Reply not saved</source>
        <translation>回复未保存</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2007"/>
        <source>The reply you typed is not saved: the connection to the shared database server is lost. If you close the window now, the reply is lost. Keep the window open until the server is back; the reply is saved then by itself.</source>
        <translation>您输入的回复尚未保存：与共享数据库服务器的连接已断开。如果现在关闭窗口，这条回复将会丢失。请保持窗口打开，直到服务器恢复；届时回复会自动保存。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2015"/>
        <source>Keep the window open</source>
        <translation>保持窗口打开</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2016"/>
        <source>Close and lose the reply</source>
        <translation>关闭并丢弃回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1648"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1672"/>
        <source>Open without copying</source>
        <translation>直接打开，不复制</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1677"/>
        <source>Open the window on {where} now? Your draft is saved first. Otherwise clinicrep uses it from the next start.</source>
        <translation>现在就在 {where} 上重新打开窗口吗？会先保存您的草稿。否则 clinicrep 将从下次启动时开始使用它。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1659"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1681"/>
        <source>Open now</source>
        <translation>立即打开</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1682"/>
        <source>At the next start</source>
        <translation>下次启动时</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1718"/>
        <source>Copying the reviews to the server…</source>
        <translation>正在将评价复制到服务器…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1916"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1936"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1960"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1962"/>
        <source>Replace the reviews, drafts and settings with the chosen copy? The data as it is now is kept as a copy first, so this can be undone.</source>
        <translation>要用所选副本替换评价、草稿和设置吗？当前数据会先另存为副本，因此可以撤销此操作。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1983"/>
        <source>About clinicrep</source>
        <translation>关于 clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1985"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation>clinicrep {version}

将诊所在各个平台上的评价汇集在一起，帮助您及时、妥善地回复。您的数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="601"/>
        <source>&amp;Paste reviews…</source>
        <translation>粘贴评价(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="924"/>
        <source>Not marked answered</source>
        <translation>未标记为已回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="919"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="930"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="992"/>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1578"/>
        <source>%n imported review(s) written more than {days} days before the import are kept as history, not in “Needs attention”: choose “Imported history” or “All reviews” in the first list above to see them.</source>
        <translation>
            <numerusform>%n 条导入的评价写于导入前 {days} 天以上，已归入历史记录，不在“需要关注”中：在上方第一个列表中选择“导入的历史记录”或“全部评价”即可查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1249"/>
        <source>Last check: {time}</source>
        <translation>上次检查：{time}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2002"/>
        <source>The reply you typed is not saved: {cause}

If you close the window now, the reply is lost. Once the other program is done, press Try again.</source>
        <translation>您输入的回复尚未保存：{cause}

如果现在关闭窗口，回复将丢失。等另一个程序结束后，请按“重试”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2013"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1356"/>
        <source>Nothing was checked: new reviews from {names} come in only when you paste them (File → Paste reviews…) or import a file. To have reviews checked for you, connect a platform (File → Sources).</source>
        <translation>没有可检查的来源：{names} 的新评价只有在您粘贴（文件 → 粘贴评价…）或导入文件后才会出现。如需自动检查新评价，请连接平台（文件 → 来源）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1013"/>
        <source>An import is still being stored, so the status you chose for %n review(s) is not saved yet. clinicrep saves it the next time it opens.</source>
        <translation>
            <numerusform>导入仍在保存中，因此您为 %n 条评价选择的状态尚未保存。clinicrep 会在下次打开时保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1020"/>
        <source>An import is still being stored, so the status you chose for %n review(s) could not be saved. Set it again once the import is done.</source>
        <translation>
            <numerusform>导入仍在保存中，因此您为 %n 条评价选择的状态无法保存。请在导入完成后重新设置。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1025"/>
        <source>Status not saved yet</source>
        <translation>状态尚未保存</translation>
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
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="48"/>
        <source>Add offline feedback</source>
        <translation>添加线下反馈</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="51"/>
        <source>From</source>
        <translation>反馈人</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="52"/>
        <source>Name as the person gave it, or leave empty</source>
        <translation>对方提供的姓名，也可留空</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="54"/>
        <source>Received by</source>
        <translation>接收方式</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="56"/>
        <source>At the reception desk</source>
        <translation>在前台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="57"/>
        <source>By phone</source>
        <translation>通过电话</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="58"/>
        <source>By letter</source>
        <translation>通过信件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="59"/>
        <source>By e-mail</source>
        <translation>通过电子邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="60"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="64"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="65"/>
        <source>No rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="69"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="71"/>
        <source>What they said</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="73"/>
        <source>From:</source>
        <translation>反馈人：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="74"/>
        <source>Received:</source>
        <translation>接收方式：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="75"/>
        <source>Rating:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="76"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="77"/>
        <source>What they said:</source>
        <translation>反馈内容：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="148"/>
        <source>The feedback was not added: {reason} What you typed is still here: press Save again when that is sorted out.</source>
        <translation>反馈未添加：{reason} 您输入的内容仍在这里：问题解决后请再次点击“保存”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="164"/>
        <source>Close without adding the feedback you typed? It will be lost.</source>
        <translation>不添加您输入的反馈就关闭吗？内容将会丢失。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="165"/>
        <source>Close without adding</source>
        <translation>关闭，不添加</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="130"/>
        <source>Adding the feedback…</source>
        <translation>正在添加反馈…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="155"/>
        <source>The platform is not available right now. clinicrep will try again at the next check.</source>
        <translation>平台目前不可用。clinicrep 会在下次检查时重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="150"/>
        <source>The platform reported an error on its side (HTTP {status}). clinicrep will try again at the next check.</source>
        <translation>平台方出现错误（HTTP {status}）。clinicrep 会在下次检查时重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="19"/>
        <source>An unexpected error happened. Your data is safe. Send the details to support if it happens again.</source>
        <translation>发生了意外错误。您的数据是安全的。如果再次发生，请将详细信息发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="31"/>
        <source>The review database is damaged and was not changed. Restore a backup, or choose another folder for clinicrep&apos;s data.</source>
        <translation>评价数据库已损坏，未做任何更改。请恢复备份，或为 clinicrep 的数据选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="37"/>
        <source>The review database file is empty, but backup copies of it were found. Restore the newest copy (the clinicrep window offers it); the empty file is kept aside.</source>
        <translation>评价数据库文件是空的，但找到了它的备份。请恢复最新的备份（clinicrep 窗口会提供此选项）；空文件会另外保留。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="43"/>
        <source>This review database was made by a newer version of clinicrep. Install the newer version, or choose another folder for clinicrep&apos;s data.</source>
        <translation>此评价数据库由更新版本的 clinicrep 创建。请安装新版本，或为 clinicrep 的数据选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="69"/>
        <source>The connection to the shared database server was lost, and what was being saved at that moment was not saved. Check that the server is running and that this PC is on its network, then try again.</source>
        <translation>与共享数据库服务器的连接已断开，当时正在保存的内容没有保存。请检查服务器是否在运行、这台电脑是否连接到它所在的网络，然后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="76"/>
        <source>The disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>磁盘已满。请释放一些空间后重试；没有丢失任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="80"/>
        <source>clinicrep cannot write to its data folder. Check that the folder exists and that you may write to it, or choose another folder.</source>
        <translation>clinicrep 无法写入其数据文件夹。请检查该文件夹是否存在以及您是否有写入权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="86"/>
        <source>Another source of this platform is already called “{name}”. Choose another name.</source>
        <translation>此平台已有名为“{name}”的来源。请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="91"/>
        <source>No secure password storage was found on this computer. Unlock this computer&apos;s password store (or ask whoever set up the computer to install one), or keep the sign-in for this session only.</source>
        <translation>这台电脑上没有找到安全的密码库。请解锁这台电脑的密码库（或请为电脑做设置的人安装一个），或者只在本次使用中保留登录。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="100"/>
        <source>The connection to this platform has expired or was revoked. Open Sources and connect the account again.</source>
        <translation>与此平台的连接已过期或被撤销。请打开“来源”并重新连接账号。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="106"/>
        <source>The connected account is not allowed to read or answer these reviews. Connect an account that manages the practice&apos;s page.</source>
        <translation>已连接的账号无权读取或回复这些评价。请连接有权管理诊所页面的账号。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="112"/>
        <source>“{program}” is not installed on this computer, so the checks while the window is closed could not be set up. Install it, or keep clinicrep open (or in the tray).</source>
        <translation>此电脑上未安装“{program}”，因此无法设置窗口关闭时的检查。请安装它，或让 clinicrep 保持打开（或在托盘中）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="118"/>
        <source>The system refused to set up the checks while the window is closed ({detail}). The window still checks while it is open.</source>
        <translation>系统拒绝设置窗口关闭时的检查（{detail}）。窗口打开时仍会检查。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="129"/>
        <source>The platform asks us to slow down. clinicrep will try again in about {n} min.</source>
        <translation>平台要求放慢请求速度。clinicrep 将在大约 {n} 分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="133"/>
        <source>The platform asks us to slow down. clinicrep will try again later.</source>
        <translation>平台要求放慢请求速度。clinicrep 稍后将重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="137"/>
        <source>No connection to the internet. Check the network; clinicrep will try again at the next check.</source>
        <translation>没有网络连接。请检查网络；clinicrep 将在下次检查时重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="144"/>
        <source>The platform did not answer in time. clinicrep will try again at the next check.</source>
        <translation>平台未及时响应。clinicrep 将在下次检查时重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="162"/>
        <source>The platform sent an answer clinicrep cannot read. Try again later; if it persists, send the details to support.</source>
        <translation>平台返回了 clinicrep 无法识别的响应。请稍后重试；如果问题仍然存在，请将详细信息发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="168"/>
        <source>The platform has switched off this kind of access. Reviews already fetched are kept; import new ones from a file instead.</source>
        <translation>平台已关闭此类访问方式。已获取的评价会保留；新评价请改为从文件导入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="174"/>
        <source>This platform does not allow answering through clinicrep. Copy the reply and open the review&apos;s page to post it there.</source>
        <translation>此平台不允许通过 clinicrep 回复。请复制回复，打开评价页面并在那里发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="180"/>
        <source>This source is not set up completely, so nothing was read. Open File → Sources, select it and choose “Sign in…” (Google) or “Edit…” to pick the location, Page or business unit.</source>
        <translation>此来源尚未设置完成，因此没有读取任何内容。请打开“文件”→“来源”，选中它并点击“登录…”（Google）或“编辑…”，选择营业地点、主页或业务单元。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="187"/>
        <source>Google has not approved your Cloud project for the Business Profile APIs yet: its quota stays at 0 requests until it does. Your sign-in is fine. Submit Google&apos;s API access request form (see the guide in Sources) and try again once Google confirms.</source>
        <translation>Google 尚未批准您的 Cloud 项目使用商家资料 API：在获批前其配额为 0 次请求。您的登录没有问题。请提交 Google 的 API 访问申请表（见“来源”中的指南），待 Google 确认后再试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="195"/>
        <source>The Business Profile APIs are not turned on in your Google Cloud project. In the Cloud console, open APIs &amp; Services → Library, enable “My Business Account Management API”, “My Business Business Information API” and “Google My Business API”, then try again.</source>
        <translation>您的 Google Cloud 项目尚未启用商家资料 API。请在 Cloud 控制台中打开“API 和服务”→“库”，启用“My Business Account Management API”“My Business Business Information API”和“Google My Business API”，然后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="203"/>
        <source>Stopped. What was fetched so far is kept; the next check goes on from there.</source>
        <translation>已停止。已获取的内容会保留；下次检查将从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="208"/>
        <source>The reply is longer than the platform allows ({limit} bytes). Shorten it and publish again.</source>
        <translation>回复超出了平台允许的长度（{limit} 字节）。请缩短后重新发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="214"/>
        <source>Signing in did not finish. Try again, and allow clinicrep access in the browser window that opens.</source>
        <translation>登录未完成。请重试，并在打开的浏览器窗口中允许 clinicrep 访问。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="220"/>
        <source>Give the month as year and month, for example 2026-10.</source>
        <translation>请按“年-月”格式输入月份，例如 2026-10。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="224"/>
        <source>Reports can be made for the months from {first}-01 to {last}-12. Give a month in that range, for example 2026-10.</source>
        <translation>报告只能针对 {first}-01 至 {last}-12 之间的月份。请给出此范围内的月份，例如 2026-10。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="230"/>
        <source>The name “{path}” has characters that are not UTF-8 (shown as �). Rename the file or folder, or choose another name.</source>
        <translation>名称“{path}”含有非 UTF-8 字符（显示为 �）。请重命名该文件或文件夹，或换一个名称。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="236"/>
        <source>“{value}” has characters that are not UTF-8 (shown as �). Type it again, or rename the file it names.</source>
        <translation>“{value}”含有非 UTF-8 字符（显示为 �）。请重新输入，或重命名它所指的文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="242"/>
        <source>“{path}” is a folder. Give the name of a file to write, for example one inside that folder.</source>
        <translation>“{path}”是一个文件夹。请给出要写入的文件名，例如该文件夹中的一个文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="248"/>
        <source>“{path}” is not an ordinary file (a device or a pipe) and was left as it is. Choose another file name.</source>
        <translation>“{path}”不是普通文件（而是设备或管道），已保持原样。请选择其他文件名。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="254"/>
        <source>“{path}” is read-only and was left as it is. Choose another file name, or allow writing to it first.</source>
        <translation>“{path}”是只读文件，已保持原样。请选择其他文件名，或先允许写入该文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="260"/>
        <source>“{path}” lies under a file, not under a folder. Choose a file in a folder.</source>
        <translation>“{path}”位于一个文件之下，而不是文件夹之下。请选择文件夹中的文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="265"/>
        <source>clinicrep may not write in the folder of “{path}”. Choose another folder, for example Documents.</source>
        <translation>clinicrep 不能写入“{path}”所在的文件夹。请选择其他文件夹，例如“文档”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="271"/>
        <source>“{value}” is not a review status. Use one of: {choices}.</source>
        <translation>“{value}”不是评价状态。请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="275"/>
        <source>“{value}” is not a platform clinicrep knows. Use one of: {choices}.</source>
        <translation>“{value}”不是 clinicrep 认识的平台。请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="279"/>
        <source>clinicrep has no report language “{value}”. Use one of: {choices}.</source>
        <translation>clinicrep 没有“{value}”这种报告语言。请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="283"/>
        <source>There is no source called “{name}”. Give the name of a source as the Sources window lists it, or its number.</source>
        <translation>没有名为“{name}”的来源。请按“来源”窗口中列出的名称或编号指定来源。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="289"/>
        <source>There is no review number {value}. “clinicrep list” shows each review&apos;s number first.</source>
        <translation>没有编号为 {value} 的评价。“clinicrep list” 会在每条评价前列出其编号。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="294"/>
        <source>The command was not understood: {detail}. Run “clinicrep --help” to see what each command takes.</source>
        <translation>无法理解该命令：{detail}。运行“clinicrep --help”查看每个命令接受的参数。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="300"/>
        <source>That does not look like a web link to your review page. Copy the link from the platform (it starts with https://) and try again.</source>
        <translation>这看起来不是您评价页面的网址。请从平台复制链接（以 https:// 开头）后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="306"/>
        <source>The report could not be saved there. Choose another folder, for example Documents.</source>
        <translation>无法将报告保存到该位置。请选择其他文件夹，例如“文档”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="311"/>
        <source>Not published: the reply says something a public reply must not (highlighted). Change it, or confirm each passage explicitly.</source>
        <translation>未发布：回复中包含公开回复不应出现的内容（已高亮标出）。请修改，或逐条明确确认。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="317"/>
        <source>The reply is empty. Write the reply first.</source>
        <translation>回复为空。请先撰写回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="319"/>
        <source>Replies written on this PC wait for the owner&apos;s approval. Press “Ask for approval”; the owner publishes the reply once it is approved.</source>
        <translation>在这台电脑上撰写的回复需要负责人审批。请点击“提交审批”；负责人审批后会发布回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="331"/>
        <source>Only the owner&apos;s PC approves replies or sends them back. Ask the owner, or set this PC&apos;s role in Settings → This PC.</source>
        <translation>只有负责人的电脑可以审批或退回回复。请联系负责人，或在“设置 → 本机”中设置这台电脑的角色。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="337"/>
        <source>This reply is no longer waiting for approval: it was changed or decided on another PC. Look at it again.</source>
        <translation>这条回复已不在待审批状态：它已在另一台电脑上被修改或处理。请重新查看。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="343"/>
        <source>Another location is already called “{name}”. Choose another name.</source>
        <translation>已有名为“{name}”的院区。请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="348"/>
        <source>No location is called “{name}”: this practice has named no locations yet (in the window: File → Locations…).</source>
        <translation>没有名为“{name}”的院区：诊所尚未命名任何院区（在窗口中：文件 → 院区）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="353"/>
        <source>No location is called “{name}”. The practice&apos;s locations: {names}.</source>
        <translation>没有名为“{name}”的院区。诊所的院区：{names}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="357"/>
        <source>clinicrep keeps at most {limit} locations. Remove one you no longer use first.</source>
        <translation>clinicrep 最多保存 {limit} 个院区。请先删除不再使用的院区。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="362"/>
        <source>This reply is being sent or its outcome is not known yet. Wait for the next check, then try again.</source>
        <translation>此回复正在发送中，或发送结果尚不确定。请等待下次检查后再试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="368"/>
        <source>{who} is writing a reply to this review on another PC, so it was not published from here. Wait until they are done, or talk to them.</source>
        <translation>{who}正在另一台电脑上回复这条评价，因此没有从这里发布。请等对方写完，或与对方沟通。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="374"/>
        <source>This review was answered from another PC a moment ago, so your reply was not sent. Read the reply that is there now; your text is kept as a draft.</source>
        <translation>刚才已有人从另一台电脑回复了这条评价，因此您的回复没有发送。请查看现在的回复；您的文字已保存为草稿。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="380"/>
        <source>The connection to the shared database server was lost. clinicrep keeps trying to reconnect; nothing you typed is lost.</source>
        <translation>与共享数据库服务器的连接已断开。clinicrep 会一直尝试重新连接；您输入的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="386"/>
        <source>The review or page no longer exists on the platform.</source>
        <translation>该评价或页面在平台上已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="419"/>
        <source>The test message was not sent: the mail server did not accept the user name or password. Check both (often the user name is the full e-mail address).</source>
        <translation>测试邮件未发送：邮件服务器不接受用户名或密码。请检查两者（用户名通常是完整的电子邮件地址）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="425"/>
        <source>The test message was not sent: no mail server named “{host}” was found. Check the name your mail provider gives (for example smtp.gmail.com) and that this computer is online.</source>
        <translation>测试邮件未发送：找不到名为“{host}”的邮件服务器。请检查邮件服务商提供的名称（例如 smtp.gmail.com），并确认这台电脑已联网。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="432"/>
        <source>The test message was not sent: nothing answered at “{host}” on port {port}. Check the port (usually 587 with STARTTLS, 465 with SSL/TLS) and that this computer is online.</source>
        <translation>测试邮件未发送：“{host}”的 {port} 端口没有响应。请检查端口（STARTTLS 通常为 587，SSL/TLS 为 465），并确认这台电脑已联网。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="439"/>
        <source>The test message was not sent: the secure connection with “{host}” failed. Check that Security matches the port: STARTTLS with 587, SSL/TLS with 465.</source>
        <translation>测试邮件未发送：与“{host}”的安全连接失败。请确认“安全连接”与端口相符：STARTTLS 用 587，SSL/TLS 用 465。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="445"/>
        <source>The test message was not sent: the mail server refused the sender or an address. Check the sender address and each address that gets alerts.</source>
        <translation>测试邮件未发送：邮件服务器拒绝了发件人或某个地址。请检查发件人地址以及每个接收提醒的地址。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="450"/>
        <source>The test message was not sent: the mail server “{host}” refused it. Check the server, port, security, user name and password with your mail provider.</source>
        <translation>测试邮件未发送：邮件服务器“{host}”拒绝了它。请向邮件服务商核对服务器、端口、安全连接、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="461"/>
        <source>The file was not found. Check its name and folder, then try again.</source>
        <translation>找不到文件。请检查文件名和文件夹，然后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="465"/>
        <source>This is a folder or a device, not a file. Choose the exported file itself.</source>
        <translation>这是文件夹或设备，不是文件。请选择导出的文件本身。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="469"/>
        <source>The file cannot be opened: you may not have permission to read it, or another program holds it. Copy it to your Documents folder and try again.</source>
        <translation>无法打开文件：您可能没有读取权限，或者它被其他程序占用。请把它复制到“文档”文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="476"/>
        <source>The file is too large to be a list of reviews ({size} MB). Check that it is the right file, or split it into smaller files.</source>
        <translation>文件太大，不像是评价列表（{size} MB）。请检查是否选对了文件，或将其拆分为较小的文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="483"/>
        <source>This Excel file unpacks to {size} MB, far more than a list of reviews, so it was not opened. Check that it is the right file; if it is, save the reviews from Excel or LibreOffice as CSV and import that.</source>
        <translation>此 Excel 文件解压后达 {size} MB，远超一份评价列表，因此未打开。请确认文件是否正确；如果正确，请在 Excel 或 LibreOffice 中将评价另存为 CSV 后再导入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="490"/>
        <source>The file is empty. Export the reviews again and import the new file.</source>
        <translation>文件是空的。请重新导出评价并导入新文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="494"/>
        <source>This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation>这是旧版 Excel 文件（.xls）。请用 Excel 或 LibreOffice 打开，另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="500"/>
        <source>This file is a web page, not a table of reviews, although its name may end in .xlsx or .xls. Save the reviews from the site again as CSV or Excel; or open the page in a browser, copy the reviews and paste them with File → Paste reviews… (Ctrl+Shift+V).</source>
        <translation>此文件是网页，而不是评价表格，尽管其文件名可能以 .xlsx 或 .xls 结尾。请从网站重新将评价另存为 CSV 或 Excel 文件；或者在浏览器中打开该网页，复制评价，然后通过“文件 → 粘贴评价…”（Ctrl+Shift+V）粘贴。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="508"/>
        <source>The JSON file is damaged or cut short. Export the reviews again and import the new file.</source>
        <translation>JSON 文件已损坏或不完整。请重新导出评价并导入新文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="514"/>
        <source>The Excel workbook is damaged. Open it in Excel or LibreOffice, save it again (or as CSV) and import that.</source>
        <translation>Excel 工作簿已损坏。请用 Excel 或 LibreOffice 打开，重新保存（或另存为 CSV）后再导入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="520"/>
        <source>The text comes out garbled when the file is read as {encoding}. Choose the file&apos;s encoding (for example cp1250 for Polish or cp1251 for Russian Windows files) and try again; nothing was imported.</source>
        <translation>按 {encoding} 读取文件时文本是乱码。请指定文件的编码（例如波兰语 Windows 文件用 cp1250，俄语用 cp1251）后重试；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="535"/>
        <source>“{encoding}” is not an encoding clinicrep knows. Use one such as utf-8, cp1250, cp1251 or gbk.</source>
        <translation>clinicrep 不认识编码“{encoding}”。请使用 utf-8、cp1250、cp1251 或 gbk 等编码。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="541"/>
        <source>No column of the file holds review texts or ratings. Choose the columns yourself (in the import window, or with --map text=COLUMN).</source>
        <translation>文件中没有任何一列包含评价文本或评分。请自行选择列（在导入窗口中，或使用 --map text=列名）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="546"/>
        <source>The file could not be read as a table of reviews. Import a CSV, JSON or Excel (.xlsx) file exported from the platform.</source>
        <translation>无法将文件读取为评价表。请导入从平台导出的 CSV、JSON 或 Excel（.xlsx）文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="556"/>
        <source>The client ID and the client secret are the wrong way round: the client ID ends in .apps.googleusercontent.com, the client secret starts with GOCSPX-. Paste each into its own field.</source>
        <translation>客户端 ID 和客户端密钥填反了：客户端 ID 以 .apps.googleusercontent.com 结尾，客户端密钥以 GOCSPX- 开头。请把它们分别粘贴到各自的字段中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="563"/>
        <source>This is not a Google client ID: a client ID ends in .apps.googleusercontent.com. Copy it again, whole, from Credentials in the practice&apos;s Google Cloud project (the key of the type “Desktop app”), or ask whoever set up the project for it.</source>
        <translation>这不是 Google 客户端 ID：客户端 ID 以 .apps.googleusercontent.com 结尾。请从诊所 Google Cloud 项目的“凭据”中（类型为“桌面应用”的那把密钥）完整地重新复制，或向设置该项目的人索取。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="570"/>
        <source>This is not a whole client secret. Copy it again from the same key in Credentials of the practice&apos;s Google Cloud project (it starts with GOCSPX-), or ask whoever set up the project for it.</source>
        <translation>这不是完整的客户端密钥。请从诊所 Google Cloud 项目“凭据”中的同一把密钥重新复制（以 GOCSPX- 开头），或向设置该项目的人索取。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="576"/>
        <source>Google did not accept this client ID and client secret together. Copy both again from the same key (type “Desktop app”) in Credentials of the practice&apos;s Google Cloud project: select the source in Sources, press “Edit…”, paste them, then press “Sign in…”.</source>
        <translation>Google 不接受这组客户端 ID 和客户端密钥。请从诊所 Google Cloud 项目“凭据”中的同一把密钥（类型为“桌面应用”）重新复制两者：在“来源”中选中该来源，点击“编辑…”，粘贴后再点击“登录…”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="588"/>
        <source>The AI service did not answer within {n} seconds, so the composed draft is shown instead. Try again later, or raise the waiting time in File → Settings… → Drafting.</source>
        <translation>AI 服务在 {n} 秒内没有响应，因此显示组合草稿。请稍后再试，或在“文件 → 设置… → 草稿”中延长等待时间。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="594"/>
        <source>The AI service could not be reached, so the composed draft is shown instead. Check the address in File → Settings… → Drafting and that the service is running.</source>
        <translation>无法连接 AI 服务，因此显示组合草稿。请检查“文件 → 设置… → 草稿”中的地址，并确认服务正在运行。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="600"/>
        <source>The AI service refused the key, so the composed draft is shown instead. Enter the key again in File → Settings… → Drafting.</source>
        <translation>AI 服务拒绝了密钥，因此显示组合草稿。请在“文件 → 设置… → 草稿”中重新输入密钥。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="606"/>
        <source>The AI service reported an error (HTTP {status}), so the composed draft is shown instead. Check the model name in File → Settings… → Drafting or try again later.</source>
        <translation>AI 服务报告了错误（HTTP {status}），因此显示组合草稿。请检查“文件 → 设置… → 草稿”中的模型名称，或稍后再试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="624"/>
        <source>The key of the AI service could not be read from this computer&apos;s password store, so the composed draft is shown instead. Enter it again in File → Settings… → Drafting.</source>
        <translation>无法从这台电脑的密码库读取 AI 服务的密钥，因此显示组合草稿。请在“文件 → 设置… → 草稿”中重新输入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="631"/>
        <source>AI drafting is not set up, so the composed draft is shown. Enter the service&apos;s address and model in File → Settings… → Drafting.</source>
        <translation>尚未设置 AI 草稿，因此显示组合草稿。请在“文件 → 设置… → 草稿”中填写服务地址和模型。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="642"/>
        <source>The AI service sent an answer clinicrep cannot read, so the composed draft is shown instead. Try again, or choose another model in File → Settings… → Drafting.</source>
        <translation>AI 服务返回了 clinicrep 无法读取的内容，因此显示组合草稿。请重试，或在“文件 → 设置… → 草稿”中选择其他模型。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="619"/>
        <source>The AI model declined to write this reply, so the composed draft is shown instead.</source>
        <translation>AI 模型拒绝撰写此回复，因此显示组合草稿。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="390"/>
        <source>The mail server did not accept the user name or password. Check them in File → Settings… → Monitoring and e-mail; alerts are kept and sent once it works.</source>
        <translation>邮件服务器不接受该用户名或密码。请在“文件 → 设置… → 监控与邮件”中检查；提醒会被保留，待恢复正常后再发送。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="396"/>
        <source>The alert e-mail could not be sent. Check the mail server, port and security in File → Settings… → Monitoring and e-mail; alerts are kept and sent at the next check.</source>
        <translation>无法发送提醒邮件。请在“文件 → 设置… → 监控与邮件”中检查邮件服务器、端口和安全设置；提醒会被保留，在下次检查时发送。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="637"/>
        <source>The AI drafts failed the confidentiality guard or the checklist three times ({problems}), so the composed draft is shown instead.</source>
        <translation>AI 草稿三次未通过保密检查或检查清单（{problems}），因此显示组合草稿。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="668"/>
        <source>No computer called “{host}” was found on the network. Check the server&apos;s name in Settings → Database, or ask your IT provider for it.</source>
        <translation>网络中找不到名为“{host}”的电脑。请在“设置 → 数据库”中检查服务器名称，或向您的 IT 服务商询问。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="674"/>
        <source>The database server {host}:{port} did not answer. Check that the server is on, that this PC is on the practice&apos;s network, and the server&apos;s name and port in Settings → Database.</source>
        <translation>数据库服务器 {host}:{port} 没有响应。请检查服务器是否开机、这台电脑是否连接到诊所网络，并在“设置 → 数据库”中检查服务器名称和端口。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="681"/>
        <source>The database server needs a password for “{user}”. Enter it in Settings → Database.</source>
        <translation>数据库服务器需要“{user}”的密码。请在“设置 → 数据库”中输入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="686"/>
        <source>The database server did not accept the user “{user}” with this password. Check both in Settings → Database; your IT provider can reset the password.</source>
        <translation>数据库服务器不接受用户“{user}”和此密码。请在“设置 → 数据库”中检查两者；您的 IT 服务商可以重置密码。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="692"/>
        <source>The database server does not let this PC in as “{user}” to “{dbname}”. Ask your IT provider to allow it (a line in the server&apos;s pg_hba.conf).</source>
        <translation>数据库服务器不允许这台电脑以“{user}”身份访问“{dbname}”。请让您的 IT 服务商放行（在服务器的 pg_hba.conf 中添加一行）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="698"/>
        <source>The server {host} has no database called “{dbname}”. Check the name in Settings → Database, or ask your IT provider to create it for user “{user}”.</source>
        <translation>服务器 {host} 上没有名为“{dbname}”的数据库。请在“设置 → 数据库”中检查名称，或让您的 IT 服务商为用户“{user}”创建它。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="704"/>
        <source>The database server accepts only encrypted connections. In Settings → Database, choose an encrypted connection.</source>
        <translation>数据库服务器只接受加密连接。请在“设置 → 数据库”中选择加密连接。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="710"/>
        <source>The database server does not offer encryption, but this PC requires it. Ask your IT provider to turn on TLS on the server.</source>
        <translation>数据库服务器不提供加密，但这台电脑要求加密。请让您的 IT 服务商在服务器上启用 TLS。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="716"/>
        <source>The database server&apos;s certificate could not be checked against the CA file, or it was not made for “{host}”. Ask your IT provider for the right CA file and the server&apos;s exact name, and choose them in Settings → Database.</source>
        <translation>无法用 CA 文件验证数据库服务器的证书，或该证书不是为“{host}”签发的。请向您的 IT 服务商索取正确的 CA 文件和服务器的准确名称，并在“设置 → 数据库”中选择它们。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="723"/>
        <source>The database server runs PostgreSQL {version}; clinicrep needs version 13 or newer. Ask your IT provider to upgrade it.</source>
        <translation>数据库服务器运行的是 PostgreSQL {version}；clinicrep 需要 13 或更高版本。请让您的 IT 服务商升级。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="729"/>
        <source>The database “{dbname}” lacks the search extension pg_trgm, and “{user}” may not add it. Ask your IT provider to run “CREATE EXTENSION pg_trgm;” in that database as its owner (package postgresql-contrib on older servers).</source>
        <translation>数据库“{dbname}”缺少搜索扩展 pg_trgm，而“{user}”无权添加。请让您的 IT 服务商以该数据库所有者的身份在其中运行“CREATE EXTENSION pg_trgm;”（较旧的服务器需要安装 postgresql-contrib 软件包）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="736"/>
        <source>The user “{user}” may only read the database “{dbname}”, but clinicrep needs to write to it. Ask your IT provider to give this user the right to write (and to create tables, for a new database).</source>
        <translation>用户“{user}”只能读取数据库“{dbname}”，但 clinicrep 需要写入。请让您的 IT 服务商给该用户写入权限（如果是新数据库，还需要建表权限）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="743"/>
        <source>This copy of clinicrep cannot talk to a PostgreSQL server. Install clinicrep from its installer, or add the “postgres” extra (pip install &apos;clinicrep[postgres]&apos;).</source>
        <translation>这份 clinicrep 无法连接 PostgreSQL 服务器。请用安装程序安装 clinicrep，或添加“postgres”附加组件（pip install &apos;clinicrep[postgres]&apos;）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="749"/>
        <source>The database server {host}:{port} refused the connection. Check the settings in Settings → Database; the details say what the server answered.</source>
        <translation>数据库服务器 {host}:{port} 拒绝了连接。请检查“设置 → 数据库”中的设置；详细信息中有服务器的回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="755"/>
        <source>The shared database server could not be reached or refused the connection. Use “Test connection” in Settings → Database: it says what to change.</source>
        <translation>无法连接共享数据库服务器，或服务器拒绝了连接。请在“设置 → 数据库”中点“测试连接”：它会告诉您需要更改什么。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="761"/>
        <source>The database server runs PostgreSQL {found}; clinicrep needs version {needed} or newer. Ask your IT provider to upgrade it.</source>
        <translation>数据库服务器运行的是 PostgreSQL {found}；clinicrep 需要 {needed} 或更高版本。请让您的 IT 服务商升级。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="767"/>
        <source>The database server lacks the extension {name} that clinicrep&apos;s search needs. Ask your IT provider to run “CREATE EXTENSION {name};” in clinicrep&apos;s database as its owner.</source>
        <translation>数据库服务器缺少 clinicrep 搜索所需的扩展“{name}”。请让您的 IT 服务商以 clinicrep 数据库所有者的身份在其中运行“CREATE EXTENSION {name};”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="774"/>
        <source>The database server refused to save the change: this user may only read, or the server is a read-only copy. Ask your IT provider to give the user the right to write.</source>
        <translation>数据库服务器拒绝保存更改：该用户只有读取权限，或服务器是只读副本。请让您的 IT 服务商给该用户写入权限。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="781"/>
        <source>“{value}” names no store. Write a PostgreSQL address like postgresql://user@server:5432/clinicrep, or “sqlite” for this PC&apos;s own file.</source>
        <translation>“{value}”不是有效的存储位置。请填写类似 postgresql://user@server:5432/clinicrep 的 PostgreSQL 地址，或用“sqlite”表示这台电脑自己的文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="787"/>
        <source>“{path}” is a file, but not a clinicrep store, so nothing was copied. Choose another file name, or add --replace to replace it (it is kept aside in the backups folder first).</source>
        <translation>“{path}”是一个文件，但不是 clinicrep 存储，因此没有复制任何内容。请换一个文件名，或加上 --replace 替换它（它会先保留到 backups 文件夹中）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="794"/>
        <source>The target already holds {count} reviews, so nothing was copied. Add --replace to replace them (a SQLite file is kept aside in the backups folder first).</source>
        <translation>目标中已有 {count} 条评价，因此没有复制任何内容。加上 --replace 可替换它们（SQLite 文件会先保留到 backups 文件夹中）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="800"/>
        <source>The copy of the table “{table}” has {copied} rows instead of {expected}, so it was not used; your store is unchanged. Try again; if it happens again, send the log to support.</source>
        <translation>表“{table}”的副本有 {copied} 行，而不是 {expected} 行，因此未被使用；您的存储没有改变。请重试；如果再次发生，请将日志发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="811"/>
        <source>That is the store this PC uses already; nothing was copied.</source>
        <translation>这台电脑已经在使用该存储；没有复制任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="406"/>
        <location filename="../../src/clinicrep/messages.py" line="814"/>
        <source>Something went wrong. Try again; if it persists, send the details to support.</source>
        <translation>出现问题。请重试；如果问题仍然存在，请将详细信息发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="325"/>
        <source>While the owner approves replies, this PC marks a review answered only once its reply is approved. Press “Ask for approval”, or ask the owner to mark it answered.</source>
        <translation>在回复需由负责人审批期间，本电脑只有在回复获批后才能将评价标记为已回复。请点击“提交审批”，或请负责人将其标记为已回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="612"/>
        <source>The AI service sent an answer of more than {mb} MB, far more than a reply, so the composed draft is shown instead. Check the service and the model in File → Settings… → Drafting.</source>
        <translation>AI 服务返回的内容超过 {mb} MB，远超一条回复的长度，因此显示组合草稿。请在“文件 → 设置… → 草稿”中检查服务和模型。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="50"/>
        <source>The shared review database is busy: another PC was changing the same reviews at that moment. Try again in a moment.</source>
        <translation>共享评价数据库正忙：另一台电脑当时正在修改相同的评价。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="527"/>
        <source>This file is not a readable table: it holds binary data, not text (a damaged download, or another kind of file with a .csv name). Nothing was imported. Export the reviews from the platform again as CSV or Excel and import the new file.</source>
        <translation>此文件无法作为表格读取：其中是二进制数据，而不是文本（下载损坏，或是以 .csv 命名的其他类型文件）。未导入任何内容。请从平台重新导出 CSV 或 Excel 格式的评价，然后导入新文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="56"/>
        <source>The review database is busy: a check for new reviews is writing to it (in this or another clinicrep window, or the check while the window is closed). Wait a minute and try again.</source>
        <translation>评价数据库正忙：正在检查新评价并写入（在本窗口或另一个 clinicrep 窗口中，或窗口关闭时的检查）。请等一分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="62"/>
        <source>The review database is busy in another program (perhaps another clinicrep window, a backup or an antivirus). Wait a minute and try again; if it stays busy, close that program.</source>
        <translation>评价数据库正被另一个程序占用（可能是另一个 clinicrep 窗口、备份程序或杀毒软件）。请等一分钟后重试；如果仍然被占用，请关闭那个程序。</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="158"/>
        <source>{source}: last full check (edits and deletions) {when}</source>
        <translation>{source}：上次完整检查（修改和删除）{when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="153"/>
        <source>{source}: no full check yet (edits and deletions are noticed after the first one)</source>
        <translation>{source}：尚未进行完整检查（首次完整检查后才能发现修改和删除）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="102"/>
        <source>clinicrep has not been able to check for new reviews for more than {hours} hours.</source>
        <translation>clinicrep 已超过 {hours} 小时无法检查新评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="111"/>
        <source>Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.</source>
        <translation>尚未检查。请在“设置”中开启定时检查，或打开 clinicrep。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="116"/>
        <source>The last check did not finish. Open clinicrep and press Check for new reviews.</source>
        <translation>上次检查未完成。请打开 clinicrep 并点击“检查新评价”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="121"/>
        <source>{source}: {reason}</source>
        <translation>{source}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="131"/>
        <source>{source}: no successful check yet</source>
        <translation>{source}：尚未成功检查过</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="135"/>
        <source>{source}: last successful check {when}</source>
        <translation>{source}：上次成功检查于 {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="209"/>
        <source>Scheduled check ({mechanism})</source>
        <translation>定时检查（{mechanism}）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="211"/>
        <source>Start in the tray at login ({mechanism})</source>
        <translation>登录时在托盘中启动（{mechanism}）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="223"/>
        <source>Nothing is installed: reviews are checked only while the window is open.</source>
        <translation>未安装任何后台任务：仅在窗口打开时检查评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="243"/>
        <source>Last scheduled runs:</source>
        <translation>最近的定时运行：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="250"/>
        <source>%n e-mail(s) waiting to be sent.</source>
        <translation>
            <numerusform>有 %n 封邮件等待发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="176"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="181"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="213"/>
        <source>%n new review(s) since you last looked.</source>
        <translation>
            <numerusform>自您上次查看以来有 %n 条新评价。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="54"/>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="288"/>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="300"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="60"/>
        <source>Check for new reviews also while clinicrep is closed</source>
        <translation>clinicrep 关闭时也检查新评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="65"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="67"/>
        <source>Start clinicrep in the tray when I log in</source>
        <translation>登录时在托盘中启动 clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="71"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="75"/>
        <source>e.g. mail.your-practice.com</source>
        <translation>例如 mail.your-practice.com</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="81"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="81"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="81"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="90"/>
        <source>empty: the saved one is kept</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="92"/>
        <source>saved securely on this computer; leave empty to keep the saved one</source>
        <translation>安全保存在这台电脑上；留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="97"/>
        <source>one or more addresses, separated by commas</source>
        <translation>一个或多个地址，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="101"/>
        <source>Send one e-mail a day with the alerts (digest)</source>
        <translation>每天发送一封提醒汇总邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="103"/>
        <source>Send a test message</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="120"/>
        <source>Your system runs a check at the interval below, with no window open.</source>
        <translation>系统会按下面的间隔自动检查，无需打开窗口。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="124"/>
        <source>Check every:</source>
        <translation>检查间隔：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="126"/>
        <source>How often those checks run.</source>
        <translation>这些检查的运行频率。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="132"/>
        <source>An icon beside the clock shows alerts; click it to open the window.</source>
        <translation>时钟旁的图标会显示提醒；点击它即可打开窗口。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="136"/>
        <source>Warn when no check succeeded for:</source>
        <translation>连续多久未成功检查时发出警告：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="138"/>
        <source>So that a platform that stopped answering does not go unnoticed.</source>
        <translation>以免某个平台停止响应却无人发现。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="142"/>
        <source>Mail server:</source>
        <translation>邮件服务器：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="144"/>
        <source>Your e-mail provider&apos;s outgoing (SMTP) server, for alert e-mails.</source>
        <translation>您的邮件服务商的发信（SMTP）服务器，用于发送提醒邮件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="148"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="150"/>
        <source>Usually 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>通常 STARTTLS 用 587，SSL/TLS 用 465。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="154"/>
        <source>Security:</source>
        <translation>安全连接：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="156"/>
        <source>How the connection to the mail server is protected.</source>
        <translation>与邮件服务器连接的加密方式。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="160"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="162"/>
        <source>The account name on the mail server, often the e-mail address.</source>
        <translation>邮件服务器上的账户名，通常就是邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="166"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="169"/>
        <source>Saved securely in this computer&apos;s password store, never in clinicrep&apos;s files.</source>
        <translation>安全保存在这台电脑的密码库中，绝不写入 clinicrep 的文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="174"/>
        <source>From address:</source>
        <translation>发件人地址：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="176"/>
        <source>The sender of the alert e-mails.</source>
        <translation>提醒邮件的发件人。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="180"/>
        <source>Send alerts to:</source>
        <translation>提醒收件人：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="182"/>
        <source>Who receives the alert e-mails.</source>
        <translation>谁会收到提醒邮件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="186"/>
        <source>Quiet hours from:</source>
        <translation>免打扰开始时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="188"/>
        <source>From this hour on, alert e-mails wait until the quiet hours end.</source>
        <translation>从这个时间起，提醒邮件会等到免打扰时段结束再发送。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="192"/>
        <source>Quiet hours until:</source>
        <translation>免打扰结束时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="194"/>
        <source>The hour at which the held alert e-mails go out.</source>
        <translation>暂缓的提醒邮件在这个时间发出。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="200"/>
        <source>All of a day&apos;s alerts in one e-mail instead of one e-mail each.</source>
        <translation>把一天的提醒合并为一封邮件，而不是每条一封。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="205"/>
        <source>Installed on this computer:</source>
        <translation>已在此电脑上安装：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="207"/>
        <source>What your system runs for clinicrep now, with the exact commands.</source>
        <translation>系统当前为 clinicrep 运行的内容，附确切命令。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="230"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="231"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="246"/>
        <source>Nothing: reviews are checked only while the window is open.</source>
        <translation>无：仅在窗口打开时检查评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="279"/>
        <source>“{text}” is not an e-mail address. Write each address that gets alerts like name@your-practice.com, separated by commas.</source>
        <translation>“{text}”不是电子邮件地址。每个接收提醒的地址请写成 name@your-practice.com 的形式，用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="313"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="322"/>
        <source>Sent. Check the mailbox of each address.</source>
        <translation>已发送。请查看每个地址的收件箱。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="328"/>
        <source>Fill in the mail server and at least one address first.</source>
        <translation>请先填写邮件服务器和至少一个收件地址。</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message numerus="yes">
        <source>{topic} was named in %n complaints, up from {before}.</source>
        <translation>
            <numerusform>{topic}：投诉 %n 条，上月 {before} 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{aspect} (reviews: %n)</source>
        <translation>
            <numerusform>{aspect}（%n 条评价）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews of this month and earlier still unanswered at the end of the month: %n. Answer them, oldest first.</source>
        <translation>
            <numerusform>本月及之前各月的评价中，月末仍未回复的：%n 条。请从最早的开始回复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews from earlier months still unanswered at the end of the month: %n.</source>
        <translation>
            <numerusform>往月评价中，月底仍未回复的有 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Patients praised {topic} most often (%n review(s)): tell the team.</source>
        <translation>
            <numerusform>患者最常称赞的是“{topic}”（%n 条评价）：请转告团队。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the month before, %n reviews were received.</source>
        <translation>
            <numerusform>上个月共收到 %n 条评价。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="377"/>
        <source>Only {share} of this month&apos;s reviews were answered within {hours} h. Patients and platforms notice quick answers.</source>
        <translation>本月仅有 {share} 的评价在 {hours} 小时内得到回复。患者和平台都会注意到回复是否及时。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="390"/>
        <source>The average rating fell from {before} to {now}. The complaints below say why.</source>
        <translation>平均评分从 {before} 降至 {now}。原因请见下方的投诉。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="403"/>
        <source>Negative reviews rose to {now} of all reviews, from {before}.</source>
        <translation>负面评价占全部评价的比例从 {before} 升至 {now}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/monthly.py" line="412"/>
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>
            <numerusform>本月尚有 %n 条提醒未确认。请在收件箱中查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="420"/>
        <source>Nothing needs special attention this month. Keep answering every review within a day.</source>
        <translation>本月没有需要特别关注的事项。请继续在一天内回复每条评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="309"/>
        <source>{points} pts</source>
        <translation>{points} 个百分点</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="333"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="424"/>
        <source>Reviews received</source>
        <translation>收到的评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="339"/>
        <source>Average rating (of 5)</source>
        <translation>平均评分（满分 5 分）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="346"/>
        <source>Positive reviews</source>
        <translation>正面评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="352"/>
        <source>Negative reviews</source>
        <translation>负面评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="365"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="373"/>
        <source>Answered within {hours} h</source>
        <translation>{hours} 小时内回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="381"/>
        <source>Median time to answer</source>
        <translation>回复用时中位数</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="410"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="416"/>
        <source>No reviews in this period.</source>
        <translation>此期间没有评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="418"/>
        <source>Rating over the last 12 months</source>
        <translation>近 12 个月的评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="423"/>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="428"/>
        <source>Reviews per platform</source>
        <translation>各平台评价数</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="446"/>
        <source>{name}: {share} ({count})</source>
        <translation>{name}：{share}（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="449"/>
        <source>Not analysed yet</source>
        <translation>尚未分析</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="456"/>
        <source>Sentiment of the month&apos;s reviews</source>
        <translation>本月评价的情感倾向</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="463"/>
        <source>Most praised</source>
        <translation>最受称赞</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="472"/>
        <source>Most complained about</source>
        <translation>最多投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="481"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="495"/>
        <source>What patients praised</source>
        <translation>患者表扬了什么</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="468"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="496"/>
        <source>Nothing in particular was praised.</source>
        <translation>没有特别受到表扬的方面。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="500"/>
        <source>What patients complained about</source>
        <translation>患者投诉了什么</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="477"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="501"/>
        <source>Nothing in particular was blamed.</source>
        <translation>没有特别的投诉。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="296"/>
        <source>{part} of {whole}</source>
        <translation>{whole} 条中的 {part} 条</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="358"/>
        <source>This month&apos;s reviews answered</source>
        <translation>本月评价中已回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="390"/>
        <source>Answers given, to reviews of any month</source>
        <translation>本月给出的回复（针对任何月份的评价）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="396"/>
        <source>Unanswered at month end, all months</source>
        <translation>月末仍未回复（所有月份）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="518"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="544"/>
        <source>in {language}</source>
        <translation>语言：{language}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="549"/>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="556"/>
        <source>(no text, rating only)</source>
        <translation>（无文字，仅评分）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="562"/>
        <source>Our public reply</source>
        <translation>我们的公开回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="564"/>
        <source>Our public reply, {date}</source>
        <translation>我们的公开回复，{date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="571"/>
        <source>Not answered yet.</source>
        <translation>尚未回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="579"/>
        <source>Internal note (not public)</source>
        <translation>内部备注（不公开）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="581"/>
        <source>Unpublished draft reply (not public)</source>
        <translation>未发布的回复草稿（不公开）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="589"/>
        <source>The month&apos;s most important reviews</source>
        <translation>本月最重要的评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="593"/>
        <source>Complaints that need attention</source>
        <translation>需要关注的投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="604"/>
        <source>Every complaint of this month has been dealt with.</source>
        <translation>本月的所有投诉都已处理。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="613"/>
        <source>No negative reviews this month.</source>
        <translation>本月没有负面评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="621"/>
        <source>Complaints of this month already answered</source>
        <translation>本月已回复的投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="633"/>
        <source>Warm words from patients</source>
        <translation>患者的暖心话语</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="644"/>
        <source>No positive reviews with text this month.</source>
        <translation>本月没有带文字的正面评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="655"/>
        <source>Spike of negative reviews</source>
        <translation>负面评价激增</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="657"/>
        <source>Urgent review</source>
        <translation>紧急评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="658"/>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="664"/>
        <source>Acknowledged on {date}.</source>
        <translation>已于 {date} 确认。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="670"/>
        <source>The review was answered on {date}.</source>
        <translation>该评价已于 {date} 回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="676"/>
        <source>The review&apos;s status: {status}.</source>
        <translation>该评价的状态：{status}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="681"/>
        <source>Nothing has been done about it yet.</source>
        <translation>尚未采取任何措施。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="685"/>
        <source>Alerts and spikes</source>
        <translation>提醒与激增</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="689"/>
        <source>No alerts were raised this month.</source>
        <translation>本月未触发任何提醒。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="703"/>
        <source>What was done: {done}</source>
        <translation>已采取的措施：{done}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="716"/>
        <source>Things to act on</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="735"/>
        <source>Location: {location}</source>
        <translation>院区：{location}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="739"/>
        <source>All locations</source>
        <translation>全部院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="749"/>
        <source>Made on {date}</source>
        <translation>生成于 {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="753"/>
        <source>Includes internal notes: not for publication.</source>
        <translation>包含内部备注：请勿公开。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="759"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="843"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="867"/>
        <source>Monthly review summary</source>
        <translation>月度评价汇总</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="769"/>
        <source>No reviews were received in {month}.</source>
        <translation>{month}未收到任何评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="804"/>
        <source>The month in figures</source>
        <translation>本月数据一览</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="855"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="94"/>
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="96"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="103"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="104"/>
        <source>A4 (Europe and most countries)</source>
        <translation>A4（欧洲和大多数国家）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="105"/>
        <source>US Letter (United States and Canada)</source>
        <translation>美国信纸 Letter（美国和加拿大）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="106"/>
        <source>Include internal notes (only for the practice&apos;s eyes)</source>
        <translation>包含内部备注（仅供诊所内部查看）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="110"/>
        <source>Location</source>
        <translation>院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="111"/>
        <source>Whole practice (all locations)</source>
        <translation>整个诊所（全部院区）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="115"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="117"/>
        <source>Location:</source>
        <translation>院区：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="120"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
</context>
<context>
    <name>NameThisPcDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="115"/>
        <source>Who uses this PC?</source>
        <translation>谁在使用这台电脑？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="118"/>
        <source>This review database is shared with other PCs. Give this PC a name the others will see, such as “Anna (reception)”.</source>
        <translation>此评价数据库与其他电脑共享。请为这台电脑起一个其他人能看到的名称，例如“安娜（前台）”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="129"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="130"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>PasteCli</name>
    <message numerus="yes">
        <source>%n review(s) found.</source>
        <translation>
            <numerusform>找到 %n 条评价。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="480"/>
        <source>replied</source>
        <translation>已回复</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="284"/>
        <source>no rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="308"/>
        <source>Paste reviews</source>
        <translation>粘贴评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="321"/>
        <source>Website the reviews come from</source>
        <translation>评价来源网站</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="325"/>
        <source>Name of the source</source>
        <translation>来源名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="328"/>
        <source>Language of the reviews</source>
        <translation>评价语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="329"/>
        <source>Detect from the text</source>
        <translation>根据文本识别</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="346"/>
        <source>Reviews found</source>
        <translation>找到的评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="361"/>
        <source>Text of the selected review</source>
        <translation>所选评价的正文</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="364"/>
        <source>Practice&apos;s reply to the selected review</source>
        <translation>诊所对所选评价的回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="370"/>
        <source>Review text:</source>
        <translation>评价正文：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="371"/>
        <source>Practice&apos;s reply:</source>
        <translation>诊所回复：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="385"/>
        <source>&amp;Merge with the next</source>
        <translation>与下一条合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="387"/>
        <source>One review was read as two: join the selected row and the one below it.</source>
        <translation>一条评价被读成了两条：将所选行与下一行合并。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="390"/>
        <source>S&amp;plit at the cursor</source>
        <translation>在光标处拆分(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="393"/>
        <source>Two reviews were read as one: put the cursor in the text where the second one starts.</source>
        <translation>两条评价被读成了一条：请把光标放在正文中第二条开始的位置。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="398"/>
        <source>&amp;Delete rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="400"/>
        <source>&amp;Add a row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="402"/>
        <source>Paste m&amp;ore</source>
        <translation>继续粘贴(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="405"/>
        <source>Copy the next part of the page first: the reviews it holds are added below, each once.</source>
        <translation>请先复制页面的下一部分：其中的评价会添加到下方，每条只添加一次。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="436"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="437"/>
        <source>Source name:</source>
        <translation>来源名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="438"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="473"/>
        <source>The clipboard is empty. Select the reviews on the page, copy them (Ctrl+C) and choose “Paste more”.</source>
        <translation>剪贴板是空的。请在网页上选中评价，复制（Ctrl+C），然后选择“继续粘贴”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="485"/>
        <source>Reading what you copied…</source>
        <translation>正在读取复制的内容…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="511"/>
        <source>The clipboard held more than a review page; only its beginning was read.</source>
        <translation>剪贴板中的内容超过一页评价，只读取了开头部分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="525"/>
        <source>The copied text could not be split into reviews; it is kept as one row to split by hand.</source>
        <translation>复制的文本无法拆分为评价；已保留为一行，请手动拆分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="585"/>
        <source>Put the cursor in the review text where the second review starts, then split.</source>
        <translation>请把光标放在评价正文中第二条评价开始的位置，然后拆分。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="613"/>
        <source>Add the reviews ({n})</source>
        <translation>添加评价（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="622"/>
        <source>Reviews found: {n}. Check them before they are added: double-click a cell to correct it; nothing is stored until you confirm.</source>
        <translation>找到的评价：{n} 条。添加前请检查：双击单元格即可修改；在您确认之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="638"/>
        <source>Adding the reviews…</source>
        <translation>正在添加评价…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="658"/>
        <source>The reviews were not added: {reason}</source>
        <translation>评价未添加：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="672"/>
        <source>Close without adding these reviews? Your corrections to them will be lost.</source>
        <translation>不添加这些评价就关闭吗？您对它们所做的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="352"/>
        <source>Select all rows</source>
        <translation>选择所有行</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="674"/>
        <source>Close without adding</source>
        <translation>关闭，不添加</translation>
    </message>
</context>
<context>
    <name>PasteTableModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="117"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="118"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="119"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="120"/>
        <source>Review text</source>
        <translation>评价正文</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="121"/>
        <source>Practice&apos;s reply</source>
        <translation>诊所回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="137"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="153"/>
        <source>No date was found: the review will be dated today. Double-click to enter it.</source>
        <translation>未找到日期：该评价将使用今天的日期。双击即可输入。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="157"/>
        <source>The page said how long ago, not the date: this date is approximate.</source>
        <translation>页面显示的是“多久以前”而不是日期：此日期为近似值。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="190"/>
        <source>“{value}” is not a date clinicrep can read; try 2026-11-23.</source>
        <translation>“{value}”不是 clinicrep 能识别的日期；请尝试 2026-11-23。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="201"/>
        <source>A rating is 1 to 5 stars, or 0 for none.</source>
        <translation>评分为 1 到 5 星，没有评分请填 0。</translation>
    </message>
</context>
<context>
    <name>Pasting</name>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="47"/>
        <source>{name} (pasted)</source>
        <translation>{name}（粘贴）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="124"/>
        <source>Nothing new: these reviews were already in {source}.</source>
        <translation>没有新内容：这些评价已在{source}中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="127"/>
        <source>Reviews added to {source}: {n}.</source>
        <translation>已添加到{source}的评价：{n} 条。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1192"/>
        <source>{item} — {hint}</source>
        <translation>{item}——{hint}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="177"/>
        <source>Kind of reply</source>
        <translation>回复类型</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="181"/>
        <source>Start from the template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="183"/>
        <source>Draft reply</source>
        <translation>起草回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="186"/>
        <source>Write a first draft that answers what this review says (Ctrl+D)</source>
        <translation>起草一份回应这条评价内容的初稿（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="195"/>
        <source>Reply:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="224"/>
        <source>Reply text</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="225"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="417"/>
        <source>Write the practice&apos;s public reply here.</source>
        <translation>在此撰写诊所的公开回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="235"/>
        <source>Confidentiality problems</source>
        <translation>保密问题</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="240"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="255"/>
        <source>Privacy check: change this before publishing</source>
        <translation>隐私检查：发布前请修改</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="260"/>
        <source>Checklist for this reply</source>
        <translation>这条回复的检查清单</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="282"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="284"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1265"/>
        <source>Post the reply on the platform (Ctrl+Enter)</source>
        <translation>在平台上发布回复（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="286"/>
        <source>Publish anyway…</source>
        <translation>仍然发布…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="288"/>
        <source>Confirm that each highlighted passage may be published</source>
        <translation>确认每段高亮内容均可发布</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="291"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="464"/>
        <source>Copy and open page</source>
        <translation>复制并打开页面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="293"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="411"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="419"/>
        <source>Mark answered</source>
        <translation>标记为已回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="296"/>
        <source>Ask for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="299"/>
        <source>Put the reply in front of the owner, who approves and publishes it</source>
        <translation>将回复交给负责人，由其审批并发布</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="302"/>
        <source>Approve and publish</source>
        <translation>批准并发布</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="305"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="307"/>
        <source>Approve this text; publish it later</source>
        <translation>批准此文本，稍后发布</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="309"/>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="312"/>
        <source>Return the reply to the receptionist with a comment</source>
        <translation>附上意见，将回复退回给前台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="402"/>
        <source>Select a review in the list to answer it.</source>
        <translation>在列表中选择一条评价即可回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="464"/>
        <source>Copy the reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="470"/>
        <source>Published on {date}. Publishing again replaces it.</source>
        <translation>已于 {date} 发布。再次发布将替换原回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="482"/>
        <source>The last attempt to publish failed. You can try again.</source>
        <translation>上次发布失败。您可以重试。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="486"/>
        <source>clinicrep cannot post replies on this site: copy the reply, paste it on the review&apos;s page, then confirm here that you pasted it.</source>
        <translation>clinicrep 无法在此网站发布回复：请复制回复，粘贴到该评价的页面上，然后在这里确认已粘贴。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="521"/>
        <source>Waiting for approval: the owner reads the reply before it is published. You can still change it.</source>
        <translation>待审批：负责人会在发布前阅读这条回复。您仍可修改。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="526"/>
        <source>Sent back by {who}: “{comment}” Change the reply, then ask for approval again.</source>
        <translation>{who}退回了回复：“{comment}” 请修改回复后再次提交审批。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="529"/>
        <source>Approved by {who}. The owner publishes it.</source>
        <translation>已由{who}批准，由负责人发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="534"/>
        <source>Replies written on this PC are published once the owner approves them.</source>
        <translation>在这台电脑上撰写的回复须经负责人批准后才会发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="539"/>
        <source>Waiting for approval, written on {who}. Change it if needed, then approve it or send it back with a comment.</source>
        <translation>待审批，撰写于“{who}”。如有需要可先修改，然后批准或附意见退回。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="543"/>
        <source>Sent back to {who}: “{comment}”</source>
        <translation>已退回给“{who}”：“{comment}”</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="547"/>
        <source>Approved by {who}.</source>
        <translation>已由{who}批准。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="603"/>
        <source>Sent to the owner for approval.</source>
        <translation>已提交负责人审批。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="615"/>
        <source>Approved. Publish it when you are ready.</source>
        <translation>已批准。准备好后即可发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="637"/>
        <source>Sent back with your comment.</source>
        <translation>已附上您的意见退回。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="739"/>
        <source>Reply templates</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="741"/>
        <source>There is no “{kind}” template in this review&apos;s language. Add one in Review → Reply templates…, or write the reply yourself.</source>
        <translation>这条评价的语言没有“{kind}”模板。请在 评价 → 回复模板… 中添加一个，或自己写回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="751"/>
        <source>Templates for this reply</source>
        <translation>适用于此回复的模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="824"/>
        <source>Replace the reply?</source>
        <translation>替换回复？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="998"/>
        <source>Checking the reply…</source>
        <translation>正在检查回复…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1320"/>
        <source>Later than your aim: %n minute(s) left to answer</source>
        <translation>
            <numerusform>已超过目标时间：还剩 %n 分钟可回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1321"/>
        <source>Answer within %n minute(s)</source>
        <translation>
            <numerusform>请在 %n 分钟内回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1333"/>
        <source>• “{words}”: {reason}</source>
        <translation>• “{words}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1627"/>
        <source>{name} is replying to this review on another PC. You can read along; you can answer it once they are done.</source>
        <translation>{name}正在另一台电脑上回复这条评价。您可以同步查看；等对方写完后，您才能回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="773"/>
        <source>Replace the text in the reply box with the template? You can get your text back with Ctrl+Z.</source>
        <translation>用模板替换回复框中的文字吗？按 Ctrl+Z 可以恢复您原来的文字。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="830"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="803"/>
        <source>A draft: read it, change what you like, then publish it yourself.</source>
        <translation>这是草稿：请阅读、按需修改，然后由您亲自发布。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="477"/>
        <source>Sending was interrupted. clinicrep looks at the platform the next time it checks for new reviews, before anything is sent again.</source>
        <translation>发送被中断。在再次发送之前，clinicrep 会在下次检查新评价时查看平台上的情况。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="815"/>
        <source>Replace the text in the reply box with a new draft? You can get your text back with Ctrl+Z.</source>
        <translation>用新草稿替换回复框中的文字吗？按 Ctrl+Z 可恢复您的文字。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="857"/>
        <source>the AI service</source>
        <translation>AI 服务</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="894"/>
        <source>Asking the AI model for a draft… You can edit the draft below meanwhile.</source>
        <translation>正在向 AI 模型请求草稿……在此期间您可以编辑下面的草稿。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="937"/>
        <source>The AI draft arrived after you changed the text, so your text was kept. Press “Draft reply” again for a new one.</source>
        <translation>AI 草稿在您修改文字之后才到达，因此保留了您的文字。如需新草稿，请再次点击“起草回复”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="947"/>
        <source>A draft by the AI model, checked by the guard and the checklist. Read it, change what you like, then publish it yourself. Ctrl+Z brings back the composed draft.</source>
        <translation>AI 模型撰写的草稿，已通过保密检查和检查清单。请阅读、按需修改，然后由您亲自发布。按 Ctrl+Z 可恢复组合草稿。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="996"/>
        <source>Checking the long reply…</source>
        <translation>正在检查较长的回复…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1079"/>
        <source>“{words}” — {rule}: {reason}</source>
        <translation>“{words}”——{rule}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1117"/>
        <source>Safer: “{rewrite}” (double-click to use it)</source>
        <translation>更稳妥的写法：“{rewrite}”（双击即可替换）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1122"/>
        <source>Why: {law}</source>
        <translation>依据：{law}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1252"/>
        <source>{name} is replying to this review on another PC.</source>
        <translation>{name}正在另一台电脑上回复这条评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1258"/>
        <source>A reward for reviews can never be published: remove it first.</source>
        <translation>以奖励换取评价的内容一律不能发布：请先删除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1323"/>
        <source>Later than your aim: %n hour(s) left to answer</source>
        <translation>
            <numerusform>已超过目标时间：还剩 %n 小时可回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1486"/>
        <source>Copied — paste it on the site. Then press “I pasted it” and the review is marked answered.</source>
        <translation>已复制——请粘贴到网站上。然后点击“我已粘贴”，该评价即标记为已回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1490"/>
        <source>I pasted it</source>
        <translation>我已粘贴</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1082"/>
        <source>(confirmed by you)</source>
        <translation>（已由您确认）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1262"/>
        <source>Fix the highlighted passages first: a public reply must not say them.</source>
        <translation>请先修改高亮内容：公开回复中不能出现这些内容。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1306"/>
        <source>Answered or closed</source>
        <translation>已回复或已关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1313"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已超时 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1314"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>已超时 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1324"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>请在 %n 小时内回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1337"/>
        <source>Publish passages the guard flagged?</source>
        <translation>要发布被标记的内容吗？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1339"/>
        <source>A public reply must not confirm that someone is a patient or mention health details, dates, prices or full names. Regulators have fined practices for such replies.

{lines}

Publish these passages anyway? Your confirmation is recorded.</source>
        <translation>公开回复不得证实某人是患者，也不得提及健康信息、日期、价格或全名。已有诊所因此类回复被监管机构罚款。

{lines}

仍要发布这些内容吗？您的确认将被记录。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1399"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1406"/>
        <source>Publish the reply?</source>
        <translation>发布回复？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1408"/>
        <source>This reply will be public on {platform}: anyone who opens the review can read it, under the practice&apos;s name.</source>
        <translation>这条回复将以诊所的名义公开发布在{platform}上：任何打开该评价的人都能看到。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1417"/>
        <source>Publish on {platform}</source>
        <translation>发布到{platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1448"/>
        <source>Not published: fix the highlighted passages first.</source>
        <translation>未发布：请先修改高亮内容。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="275"/>
        <source>Cancel AI draft</source>
        <translation>取消 AI 草稿</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="278"/>
        <source>Stop waiting for the AI model; the draft in the box stays</source>
        <translation>不再等待 AI 模型；框中的草稿保留不变</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="918"/>
        <source>The AI draft was cancelled. The draft in the box stays: change it, or press “Draft reply” again.</source>
        <translation>已取消 AI 草稿。框中的草稿保留不变：您可以修改它，或再次点击“起草回复”。</translation>
    </message>
</context>
<context>
    <name>ReplyKind</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="29"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="30"/>
        <source>Neutral feedback</source>
        <translation>中性评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="31"/>
        <source>Mixed feedback</source>
        <translation>褒贬不一</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="32"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="33"/>
        <source>Misinformation</source>
        <translation>不实信息</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="34"/>
        <source>Crisis</source>
        <translation>危机</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="60"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="63"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="147"/>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="324"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="174"/>
        <source>Export reviews</source>
        <translation>导出评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="176"/>
        <source>clinicrep-reviews</source>
        <translation>clinicrep-评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="181"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="196"/>
        <source>%n review(s) saved to {path}.</source>
        <translation>
            <numerusform>已将 %n 条评价保存到 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="200"/>
        <source>%n review(s) saved to {path}: the ones the inbox shows. To export every review, choose “All reviews” in the first list above, then export again.</source>
        <translation>
            <numerusform>已将收件箱中显示的 %n 条评价保存到 {path}。要导出全部评价，请在上方第一个列表中选择“全部评价”，然后再导出一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="319"/>
        <source>review-card</source>
        <translation>评价邀请卡</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/language.py" line="137"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="139"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="142"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="166"/>
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
        <location filename="../../src/clinicrep/reports/request_card.py" line="218"/>
        <source>How was your visit?</source>
        <translation>您这次就诊感觉如何？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="219"/>
        <source>Tell us and other patients on {platform}: point your phone&apos;s camera at the code.</source>
        <translation>请在{platform}上告诉我们和其他患者：用手机摄像头扫描二维码即可。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="225"/>
        <source>Every review helps us improve, whatever it says. Thank you!</source>
        <translation>无论内容如何，每一条评价都能帮助我们改进。谢谢！</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="229"/>
        <source>Review request card for {platform}</source>
        <translation>{platform}评价邀请卡</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="223"/>
        <source>Review-request card</source>
        <translation>评价邀请卡</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="228"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="234"/>
        <source>Link to the review page</source>
        <translation>评价页面链接</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="240"/>
        <source>Language of the card</source>
        <translation>卡片语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="246"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="247"/>
        <source>One poster for the desk</source>
        <translation>一张前台海报</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="248"/>
        <source>Four cards to cut out</source>
        <translation>四张可裁剪的卡片</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="255"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="256"/>
        <source>Review page link:</source>
        <translation>评价页面链接：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="257"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="258"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="116"/>
        <source>Send this to the AI service?</source>
        <translation>将以下内容发送给 AI 服务吗？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="119"/>
        <source>To draft this reply, clinicrep would send the text below to {address}: the review&apos;s public text, the aspects it raises and your practice&apos;s facts. No notes, no other reviews and nothing else from your records. The key travels in a header and is not shown.</source>
        <translation>为起草此回复，clinicrep 将把下面的文字发送到 {address}：评价的公开文本、所涉方面以及诊所的事实。不含备注、其他评价或您记录中的任何其他内容。密钥在请求头中传送，此处不显示。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="130"/>
        <source>The request as it is sent</source>
        <translation>实际发送的请求</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="132"/>
        <source>Send and don&apos;t ask again</source>
        <translation>发送且不再询问</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="135"/>
        <source>Keep the composed draft</source>
        <translation>保留组合草稿</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="65"/>
        <source>Selected review</source>
        <translation>当前评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="86"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="96"/>
        <source>Author:</source>
        <translation>评价人：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="97"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="98"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="99"/>
        <source>Analysis:</source>
        <translation>分析：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="100"/>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="101"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="106"/>
        <source>Review text</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="113"/>
        <source>Earlier versions and replies</source>
        <translation>早期版本与回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="116"/>
        <source>Open on the platform</source>
        <translation>在平台上打开</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="143"/>
        <source>No review selected</source>
        <translation>未选择评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="161"/>
        <source>(no name)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="192"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation>平台在此仅显示摘录；请打开原页面阅读全文。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="195"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation>作者编辑过这条评价；之前的内容见下方。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="197"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation>这条评价已不在平台上，但仍保留在此处。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="201"/>
        <source>(rating only, no text)</source>
        <translation>（仅评分，无文字）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="210"/>
        <source>Translation by the platform:</source>
        <translation>平台提供的翻译：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="213"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation>诊所在平台上的回复：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="219"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation>早期版本（于 {date} 被替换），{stars}：</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1673"/>
        <source>Send the reply back</source>
        <translation>退回回复</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1675"/>
        <source>What should {who} change? Your comment is shown above the reply.</source>
        <translation>{who}需要修改什么？您的意见会显示在回复上方。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1676"/>
        <source>the receptionist</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1682"/>
        <source>Comment for the receptionist</source>
        <translation>给前台的意见</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1685"/>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="68"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="75"/>
        <source>e.g. Anna Nowak, practice manager</source>
        <translation>例如：李娜，诊所经理</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="97"/>
        <source>Practice name:</source>
        <translation>诊所名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="99"/>
        <source>Used in replies and on every page of the monthly report.</source>
        <translation>用于回复和月度报告的每一页。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="103"/>
        <source>Country:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="106"/>
        <source>The reply guard applies this country&apos;s confidentiality rules and cites its law.</source>
        <translation>回复检查将采用该国家的保密规则并引用其法律。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="111"/>
        <source>Phone for replies:</source>
        <translation>回复中提供的电话：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="113"/>
        <source>Offered in replies to complaints, so the reviewer can call you privately.</source>
        <translation>在回复投诉时提供，方便评价者私下致电。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="117"/>
        <source>E-mail for replies:</source>
        <translation>回复中提供的电子邮件：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="119"/>
        <source>Offered in replies to complaints as a private way to write to you.</source>
        <translation>在回复投诉时提供，方便对方私下来信。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="123"/>
        <source>Replies signed by:</source>
        <translation>回复署名：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="125"/>
        <source>The name and role at the end of each reply.</source>
        <translation>每条回复末尾的姓名和职务。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="129"/>
        <source>Reply languages:</source>
        <translation>回复语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="131"/>
        <source>Tick the languages you answer reviews in.</source>
        <translation>勾选你回复评价时使用的语言。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="138"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="150"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="156"/>
        <source>Aim to answer within:</source>
        <translation>目标回复时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="158"/>
        <source>After this, the inbox shows the review as late for your aim.</source>
        <translation>超过此时间，收件箱会将该评价标为晚于目标。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="162"/>
        <source>Answer at the latest within:</source>
        <translation>最迟回复时间：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="164"/>
        <source>After this, the review counts as overdue.</source>
        <translation>超过此时间，该评价即算逾期。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="168"/>
        <source>Check for new reviews every:</source>
        <translation>新评价检查间隔：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="170"/>
        <source>How often the open window fetches reviews from the connected platforms.</source>
        <translation>窗口打开时从已连接平台获取评价的频率。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="174"/>
        <source>Spike alert threshold:</source>
        <translation>激增提醒阈值：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="177"/>
        <source>Alert when negative reviews in a day or week exceed the usual rate this many times.</source>
        <translation>当一天或一周内的负面评价达到平常水平的此倍数时发出提醒。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="183"/>
        <source>Urgent review alert from urgency:</source>
        <translation>紧急程度达到此值时提醒：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="185"/>
        <source>A review with at least this urgency (1–100) raises an alert.</source>
        <translation>紧急程度达到此值（1–100）的评价会触发提醒。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="189"/>
        <source>Imported reviews are history when older than:</source>
        <translation>导入的评价早于此时间即视为历史记录：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="192"/>
        <source>Counted from the day of the import; history is never overdue and stays out of “Needs attention”.</source>
        <translation>从导入当天算起；历史记录不会逾期，也不会出现在“需要处理”中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="198"/>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="211"/>
        <source>Language of clinicrep:</source>
        <translation>clinicrep 界面语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="213"/>
        <source>Menus and messages switch at once, without a restart.</source>
        <translation>菜单和消息会立即切换，无需重启。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="217"/>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="219"/>
        <source>Light, dark, or as your system is set.</source>
        <translation>浅色、深色，或跟随系统设置。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="253"/>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="256"/>
        <source>Practice</source>
        <translation>诊所</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="257"/>
        <source>Answers and alerts</source>
        <translation>回复与提醒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="258"/>
        <source>Drafting</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="259"/>
        <source>Monitoring and e-mail</source>
        <translation>监控与邮件</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="260"/>
        <source>Language and look</source>
        <translation>语言与外观</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="261"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="262"/>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="290"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="291"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="292"/>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="293"/>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="294"/>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="295"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="296"/>
        <source>Another country</source>
        <translation>其他国家/地区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="302"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="352"/>
        <source>Close the settings without saving your changes?</source>
        <translation>不保存更改就关闭设置吗？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="353"/>
        <source>Close without saving</source>
        <translation>关闭，不保存</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="63"/>
        <source>Next / previous review in the inbox</source>
        <translation>收件箱中的下一条 / 上一条评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="66"/>
        <source>Publish the reply (or copy it, where the site has no reply API)</source>
        <translation>发布回复（网站没有回复 API 时则复制）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="72"/>
        <source>Search the reviews</source>
        <translation>搜索评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="76"/>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="85"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="76"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="34"/>
        <source>Sign-in link</source>
        <translation>登录链接</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="35"/>
        <source>Copy the link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="37"/>
        <source>Cancel sign-in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="78"/>
        <source>Opening the {platform} sign-in page…</source>
        <translation>正在打开{platform}登录页面…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="88"/>
        <source>Signed in to {platform}.</source>
        <translation>已登录{platform}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="95"/>
        <source>Sign-in cancelled. Nothing was changed.</source>
        <translation>已取消登录，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="113"/>
        <source>Waiting for your browser: sign in to {platform} there and allow access. If no browser page opened, copy the link and open it yourself.</source>
        <translation>正在等待浏览器：请在浏览器中登录{platform}并允许访问。如果浏览器没有打开页面，请复制链接自行打开。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="126"/>
        <source>Cancelling the sign-in…</source>
        <translation>正在取消登录…</translation>
    </message>
</context>
<context>
    <name>SourceCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="798"/>
        <source>Removed {name} and its reviews, but the keyring could not delete its sign-in: unlock the keyring and remove the entries “source:{number}” of “clinicrep”.</source>
        <translation>已删除{name}及其评价，但密钥环无法删除其登录信息：请解锁密钥环并删除“clinicrep”中的“source:{number}”条目。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="794"/>
        <source>Removed {name}, its reviews and its sign-in.</source>
        <translation>已删除{name}及其评价和登录信息。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="774"/>
        <source>No sources yet. Connect a platform in the window (File → Sources…) or import a file: clinicrep import FILE --source NAME</source>
        <translation>还没有来源。请在窗口中连接平台（文件 → 来源…），或导入文件：clinicrep import 文件 --source 名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="784"/>
        <source>Say which source to remove: its name or number.</source>
        <translation>请指明要删除的来源：名称或编号。</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="110"/>
        <source>Connect a platform</source>
        <translation>连接平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="110"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="114"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="121"/>
        <source>{platform} — paste or import its reviews</source>
        <translation>{platform} — 粘贴或导入评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="135"/>
        <source>Language of the reviews</source>
        <translation>评价语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="152"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="153"/>
        <source>Name shown in clinicrep:</source>
        <translation>在 clinicrep 中显示的名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="154"/>
        <source>Language of the reviews:</source>
        <translation>评价语言：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="178"/>
        <source>How to connect this platform</source>
        <translation>如何连接此平台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="245"/>
        <source>Replies cannot be posted from clinicrep here: it copies the reply and opens the review&apos;s page.</source>
        <translation>无法从 clinicrep 在此平台发布回复：clinicrep 会复制回复并打开评价页面。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="281"/>
        <source>filled in after you sign in</source>
        <translation>登录后自动填写</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="265"/>
        <source>(kept; type to replace)</source>
        <translation>（已保存；输入新内容即可替换）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="305"/>
        <source>User access token</source>
        <translation>用户访问令牌</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="306"/>
        <source>used once, not kept</source>
        <translation>只用一次，不保存</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="307"/>
        <source>Find my Pages</source>
        <translation>查找我的主页</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="309"/>
        <source>User access token:</source>
        <translation>用户访问令牌：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="311"/>
        <source>Page:</source>
        <translation>主页：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="314"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="315"/>
        <source>for example clinic.com</source>
        <translation>例如 clinic.com</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="316"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="321"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="323"/>
        <source>Find my locations</source>
        <translation>查找我的营业地点</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="326"/>
        <source>Location:</source>
        <translation>营业地点：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="453"/>
        <source>Paste a user access token from the Graph API Explorer first.</source>
        <translation>请先粘贴来自 Graph API Explorer 的用户访问令牌。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="462"/>
        <source>This Facebook account manages no Page, or the Page was not ticked when the token was made. Generate the token again, tick the practice&apos;s Page and paste it here.</source>
        <translation>此 Facebook 账号没有管理任何主页，或者生成令牌时没有勾选主页。请重新生成令牌，勾选诊所的主页，再粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="471"/>
        <source>Facebook lists your Pages but gives no Page token for them: your role on the Page does not allow it. Ask the Page&apos;s admin for full control or task access to community activity, then try again.</source>
        <translation>Facebook 列出了您的主页，但没有提供主页令牌：您在主页上的角色不允许。请向主页管理员申请完全控制权限或社区互动的任务权限，然后重试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="480"/>
        <source>%n Page(s) found. The chosen one&apos;s ID and Page access token are filled in.</source>
        <translation>
            <numerusform>找到 %n 个主页。已填入所选主页的 ID 和主页访问令牌。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="489"/>
        <source>Facebook did not accept this user access token: it has expired or was revoked. Generate a new one in the Graph API Explorer and paste it again.</source>
        <translation>Facebook 不接受此用户访问令牌：它已过期或被撤销。请在 Graph API Explorer 中生成新令牌并重新粘贴。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="494"/>
        <source>This token may not list your Pages. In the Graph API Explorer add the permission pages_show_list (and the others the guide names), generate the token again and paste it.</source>
        <translation>此令牌无权列出您的主页。请在 Graph API Explorer 中添加 pages_show_list 权限（以及指南中列出的其他权限），重新生成令牌并粘贴。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="501"/>
        <source>Asking Facebook for your Pages…</source>
        <translation>正在向 Facebook 查询您的主页…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="513"/>
        <source>Type the API key first: Trustpilot answers only with it.</source>
        <translation>请先输入 API 密钥：没有它 Trustpilot 不会响应。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="516"/>
        <source>Type the practice&apos;s website, for example clinic.com.</source>
        <translation>请输入诊所网站，例如 clinic.com。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="527"/>
        <source>Found “{name}” on Trustpilot. Business unit and review page filled in.</source>
        <translation>已在 Trustpilot 上找到“{name}”。已填入业务单元和评价页面。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="534"/>
        <source>Trustpilot has no business with the website “{website}”. Type the domain as your Trustpilot page shows it (for example clinic.com, without https://).</source>
        <translation>Trustpilot 上没有网站为“{website}”的商家。请按您的 Trustpilot 页面上显示的方式输入域名（例如 clinic.com，不带 https://）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="539"/>
        <source>Trustpilot did not accept this API key. Copy the key of your application from Trustpilot Business (Integrations → API) again.</source>
        <translation>Trustpilot 不接受此 API 密钥。请从 Trustpilot Business（“Integrations”→“API”）重新复制您应用的密钥。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="545"/>
        <source>Asking Trustpilot…</source>
        <translation>正在查询 Trustpilot…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="575"/>
        <source>Signed in, but this Google account manages no business location. Sign in again with the account that owns or manages the profile.</source>
        <translation>已登录，但此 Google 账号没有管理任何营业地点。请改用拥有或管理该商家资料的账号重新登录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="582"/>
        <source>%n location(s) found. The chosen one is filled in.</source>
        <translation>
            <numerusform>找到 %n 个营业地点。已填入所选地点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="585"/>
        <source>Asking Google for your locations…</source>
        <translation>正在向 Google 查询您的营业地点…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="616"/>
        <source>Please fill in: {fields}</source>
        <translation>请填写：{fields}</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="118"/>
        <source>Google Business Profile</source>
        <translation>Google 商家资料</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="164"/>
        <source>Needs your own Google Cloud project approved for the Business Profile APIs.</source>
        <translation>需要您自己的 Google Cloud 项目，并获准使用 Business Profile API。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="174"/>
        <source>Facebook Page recommendations</source>
        <translation>Facebook 主页推荐</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="193"/>
        <source>Facebook is retiring access to Page recommendations; it works with Graph API v21.0 for now and may stop without notice.</source>
        <translation>Facebook 正在停止提供主页推荐的访问权限；目前可通过 Graph API v21.0 使用，但可能随时停止，恕不另行通知。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="204"/>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="226"/>
        <source>Yelp shows at most three review excerpts and has no reply API: answer on Yelp.</source>
        <translation>Yelp 最多只显示三条评价摘录，且没有回复 API：请在 Yelp 上回复。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="236"/>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="284"/>
        <source>Reviews saved in a file (CSV)</source>
        <translation>文件中保存的评价（CSV）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="293"/>
        <source>For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an API: save or export the reviews as a table and import the file.</source>
        <translation>适用于 ZnanyLekarz、2GIS、ProDoctorov、大众点评、RateMDs 等没有 API 的网站：将评价保存或导出为表格，然后导入该文件。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="304"/>
        <source>Offline feedback</source>
        <translation>线下反馈</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="311"/>
        <source>Demo reviews</source>
        <translation>演示评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="407"/>
        <source>ZnanyLekarz / Doctoralia</source>
        <translation>ZnanyLekarz / Doctoralia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="421"/>
        <source>ProDoctorov</source>
        <translation>ProDoctorov</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="433"/>
        <source>Yandex Maps</source>
        <translation>Yandex 地图</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="446"/>
        <source>2GIS</source>
        <translation>2GIS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="459"/>
        <source>Doc.ua</source>
        <translation>Doc.ua</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="471"/>
        <source>Helsi</source>
        <translation>Helsi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="482"/>
        <source>Dianping</source>
        <translation>大众点评</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="135"/>
        <source>Google sign-in</source>
        <translation>Google 登录</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="124"/>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="126"/>
        <source>The second code of the same sign-in key, shown beside the client ID (it starts with GOCSPX-). It works like a password: it is kept in this computer&apos;s password store.</source>
        <translation>同一把登录密钥的第二部分，显示在客户端 ID 旁边（以 GOCSPX- 开头）。作用相当于密码：保存在这台电脑的密码库中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="141"/>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="143"/>
        <source>The name of the practice&apos;s sign-in key for Google: a long code ending in .apps.googleusercontent.com. Whoever set up the practice&apos;s Google Cloud project copies it from Credentials (a key of the type “Desktop app”).</source>
        <translation>诊所用于 Google 的登录密钥的名称：一串以 .apps.googleusercontent.com 结尾的长代码。由设置诊所 Google Cloud 项目的人从“凭据”中复制（类型为“桌面应用”的密钥）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="154"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="157"/>
        <source>Location</source>
        <translation>营业地点</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="160"/>
        <source>Place ID</source>
        <translation>地点 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="179"/>
        <source>Page access token</source>
        <translation>主页访问令牌</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="183"/>
        <source>Page ID</source>
        <translation>主页 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="186"/>
        <source>Graph API version</source>
        <translation>Graph API 版本</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="207"/>
        <source>Yelp Fusion API key</source>
        <translation>Yelp Fusion API 密钥</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="211"/>
        <source>Business ID or alias</source>
        <translation>商家 ID 或别名</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="215"/>
        <source>Business time zone</source>
        <translation>商家所在时区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="221"/>
        <source>Locale, e.g. en_US</source>
        <translation>语言区域，例如 en_US</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="242"/>
        <source>API key</source>
        <translation>API 密钥（Key）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="244"/>
        <source>The code Trustpilot shows for the practice&apos;s application in Trustpilot Business, under Integrations → API.</source>
        <translation>Trustpilot 在 Trustpilot Business 的“集成”→ API 中为诊所的应用显示的代码。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="253"/>
        <source>API secret</source>
        <translation>API 密钥（Secret）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="255"/>
        <source>The second code Trustpilot shows beside the API key. It works like a password: it is kept in this computer&apos;s password store.</source>
        <translation>Trustpilot 显示在 API 密钥（Key）旁边的第二个代码。作用相当于密码：保存在这台电脑的密码库中。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="263"/>
        <source>Trustpilot sign-in</source>
        <translation>Trustpilot 登录</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="268"/>
        <source>Business unit ID</source>
        <translation>业务单元 ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="272"/>
        <source>Business user ID (replies)</source>
        <translation>企业用户 ID（用于回复）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="276"/>
        <location filename="../../src/clinicrep/sources/registry.py" line="289"/>
        <source>Review page</source>
        <translation>评价页面</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="287"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="998"/>
        <source>{name} is removed, but the system keyring could not delete its sign-in. Unlock the keyring and remove the entries named “clinicrep” “source:{number}” in your keyring manager.</source>
        <translation>已删除{name}，但系统密钥环无法删除其登录信息。请解锁密钥环，并在密钥管理器中删除名为“clinicrep”“source:{number}”的条目。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="89"/>
        <source>No secure storage</source>
        <translation>没有安全存储</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="92"/>
        <source>Keep this sign-in until clinicrep closes? It is never written to disk.</source>
        <translation>要在 clinicrep 关闭前一直保留此登录信息吗？它不会被写入磁盘。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="685"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="690"/>
        <source>Connected sources</source>
        <translation>已连接的来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="692"/>
        <source>Connect a platform…</source>
        <translation>连接平台…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="694"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="696"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="698"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="700"/>
        <source>Let clinicrep read and answer this source&apos;s reviews (Google, Trustpilot)</source>
        <translation>允许 clinicrep 读取并回复此来源的评价（Google、Trustpilot）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="703"/>
        <source>Check for new reviews</source>
        <translation>检查新评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="708"/>
        <source>Locations…</source>
        <translation>院区…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="710"/>
        <source>Name the practice&apos;s locations and assign each source</source>
        <translation>为诊所的院区命名并为每个来源指定院区</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="753"/>
        <source>The platforms and files clinicrep takes reviews from. Choose one to edit, sign in or remove it.</source>
        <translation>clinicrep 获取评价的平台和文件。选择一项即可修改、登录或删除。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="760"/>
        <source>Nothing is connected yet. Press “Connect a platform…” to bring in the reviews from Google, Facebook, ZnanyLekarz and other sites.</source>
        <translation>尚未连接任何平台。点击“连接平台…”即可获取 Google、Facebook、ZnanyLekarz 等网站的评价。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="789"/>
        <source>{name} ({platform}) — reviews pasted from the page</source>
        <translation>{name}（{platform}）— 评价从网页粘贴</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="800"/>
        <source>Last checked {when}</source>
        <translation>上次检查：{when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="802"/>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="843"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="849"/>
        <source>Sign in to Trustpilot</source>
        <translation>登录 Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="843"/>
        <source>Trustpilot Business e-mail:</source>
        <translation>Trustpilot Business 电子邮件：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="850"/>
        <source>Password (used once, not stored):</source>
        <translation>密码（仅使用一次，不会保存）：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="866"/>
        <source>Signed in. Replies can now be published.</source>
        <translation>已登录。现在可以发布回复了。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="884"/>
        <source>Select a Google source first.</source>
        <translation>请先选择一个 Google 来源。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="919"/>
        <source>Signed in to Google, but the locations could not be read: {why}</source>
        <translation>已登录 Google，但无法读取营业地点：{why}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="930"/>
        <source>Signed in to Google. No location is chosen yet: select the source and choose “Edit…” → “Find my locations”.</source>
        <translation>已登录 Google。尚未选择营业地点：请选中该来源，点击“编辑…”→“查找我的营业地点”。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="938"/>
        <source>If Google&apos;s page shows an error instead (“invalid_client”, “redirect_uri_mismatch”), the client ID is wrong or its key is not of the type “Desktop app”: press “Cancel sign-in”, correct it with “Edit…” and sign in again.</source>
        <translation>如果 Google 页面显示的是错误（“invalid_client”、“redirect_uri_mismatch”），说明客户端 ID 有误，或它的密钥类型不是“桌面应用”：请点击“取消登录”，通过“编辑…”改正后重新登录。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="949"/>
        <source>Signed in, but this Google account manages no business location.</source>
        <translation>已登录，但此 Google 账号没有管理任何营业地点。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="956"/>
        <source>Choose the location</source>
        <translation>选择营业地点</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="956"/>
        <source>Location:</source>
        <translation>营业地点：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="982"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="996"/>
        <source>Remove source</source>
        <translation>移除来源</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="984"/>
        <source>Remove {name} and the reviews fetched from it? The reviews stay on the platform; only clinicrep&apos;s copy and its sign-in are removed.</source>
        <translation>要移除{name}以及从中获取的评价吗？这些评价仍保留在平台上；只会移除 clinicrep 中的副本及其登录信息。</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../../src/clinicrep/store/chosen_store.py" line="130"/>
        <source>{dbname} on {host}:{port} as {user}</source>
        <translation>{host}:{port} 上的 {dbname}（用户 {user}）</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="61"/>
        <source>The database file: {path}</source>
        <translation>数据库文件：{path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="69"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="358"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="74"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="78"/>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="82"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="370"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="96"/>
        <source>Daily copy of {day}</source>
        <translation>{day} 的每日副本</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="98"/>
        <source>Copy made before an update, {when}</source>
        <translation>更新前创建的副本，{when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="101"/>
        <source>Copy made before a restore, {when}</source>
        <translation>恢复前创建的副本，{when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="146"/>
        <source>No backup copies were found in {folder}. Choose another folder instead, or copy a backup file there.</source>
        <translation>在 {folder} 中未找到备份副本。请改为选择其他文件夹，或将备份文件复制到该文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="108"/>
        <source>A copy saved elsewhere (from another PC, a USB stick)…</source>
        <translation>保存在别处的副本（来自另一台电脑或 U 盘）…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="117"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="163"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="164"/>
        <source>Choose the copy to restore. The data there now is kept as a copy first.</source>
        <translation>请选择要恢复的副本。现有数据会先另存为副本。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="119"/>
        <source>clinicrep database (*.sqlite3);;All files (*)</source>
        <translation>clinicrep 数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="188"/>
        <source>That copy was not restored; nothing was changed. {reason}</source>
        <translation>未恢复该副本，没有做任何更改。{reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="200"/>
        <source>Choose a folder for clinicrep&apos;s data</source>
        <translation>为 clinicrep 的数据选择文件夹</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="209"/>
        <source>clinicrep uses {folder} until it is closed. To use this folder every time, start clinicrep with --data-dir &quot;{folder}&quot;, or set the environment variable CLINICREP_DATA_DIR to it.</source>
        <translation>在关闭之前，clinicrep 将使用 {folder}。如需每次都使用此文件夹，请使用 --data-dir &quot;{folder}&quot; 启动 clinicrep，或将环境变量 CLINICREP_DATA_DIR 设置为该文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="225"/>
        <source>clinicrep is bringing your reviews up to date for this version. This happens once and can take a minute on a large practice. Please wait…</source>
        <translation>clinicrep 正在为此版本更新您的评价。此操作只进行一次，在评价很多的诊所可能需要一分钟。请稍候…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="349"/>
        <source>The shared database: {where}. You can use this PC&apos;s own database until the server is back; what you write there stays on this PC.</source>
        <translation>共享数据库：{where}。在服务器恢复之前，您可以使用这台电脑自己的数据库；在那里写的内容会留在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="362"/>
        <source>Use this PC only for now</source>
        <translation>暂时只用这台电脑</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="366"/>
        <source>Database settings…</source>
        <translation>数据库设置…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="139"/>
        <source>There are no backup copies of this data yet: clinicrep makes one each day it is used and before each update. To restore a copy from another PC or a USB stick, choose “A copy saved elsewhere”.</source>
        <translation>这些数据还没有备份副本：clinicrep 在每个使用日以及每次更新前都会自动备份一次。要恢复来自另一台电脑或 U 盘的副本，请选择“保存在别处的副本”。</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message numerus="yes">
        <source>{source}: %n review(s) no longer shown by the platform</source>
        <translation>
            <numerusform>{source}：平台已不再显示 %n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="296"/>
        <source>{name} is checking for reviews for the whole practice right now, so this check was skipped. The new reviews show up here as they arrive.</source>
        <translation>{name}正在为整个诊所检查新评价，因此跳过了这次检查。新评价一到就会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="301"/>
        <source>Another PC is checking for reviews for the whole practice right now, so this check was skipped. The new reviews show up here as they arrive.</source>
        <translation>另一台电脑正在为整个诊所检查新评价，因此跳过了这次检查。新评价一到就会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="324"/>
        <source>{source}: {n} of about {total} reviews read</source>
        <translation>{source}：已读取 {n} 条评价，共约 {total} 条</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="328"/>
        <source>{source}: {n} reviews read</source>
        <translation>{source}：已读取 {n} 条评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="350"/>
        <source>Stopped. What was already fetched is kept.</source>
        <translation>已停止。已获取的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="356"/>
        <source>No source is called “{name}”. Check the name in Sources.</source>
        <translation>没有名为“{name}”的来源。请在“来源”中检查名称。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="372"/>
        <source>{source}: {message}</source>
        <translation>{source}：{message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="379"/>
        <source>{source}: {new} new, {changed} changed</source>
        <translation>{source}：{new} 条新评价，{changed} 条有变更</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="395"/>
        <source>No platform is connected, so there is nothing to check. Connect one in the window: File → Sources….</source>
        <translation>还没有连接任何平台，所以没有可检查的内容。请在窗口中连接：文件 → 来源…。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="81"/>
        <source>Another check is running right now; this one was skipped.</source>
        <translation>另一次检查正在进行；已跳过本次检查。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="56"/>
        <source>Reply templates</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="65"/>
        <source>Language of the templates</source>
        <translation>模板语言</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="72"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="76"/>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="78"/>
        <source>Kind of review</source>
        <translation>评价类型</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="82"/>
        <source>Template text</source>
        <translation>模板内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="86"/>
        <source>Placeholders: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</source>
        <translation>占位符：{greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="98"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="100"/>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="268"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="106"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="108"/>
        <source>Restore the defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="113"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="114"/>
        <source>For:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="147"/>
        <source>(edited)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="186"/>
        <source>Save the changes to the template “{name}”?</source>
        <translation>保存对模板“{name}”的修改吗？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="196"/>
        <source>The changes to the template “{name}” cannot be saved: the note in red under the text says why. Discard them?</source>
        <translation>对模板“{name}”的修改无法保存：原因见文本下方的红色提示。要放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="286"/>
        <source>Delete the template “{name}”?</source>
        <translation>要删除模板“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="297"/>
        <source>Restore the original templates in this language? Your edits to them are undone; templates you added yourself stay.</source>
        <translation>要恢复此语言的原始模板吗？您对这些模板所做的修改将被撤销；您自己添加的模板会保留。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="191"/>
        <source>Don&apos;t save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="192"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="200"/>
        <source>Discard the changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="103"/>
        <source>Start an empty template: the greeting and the signature, the rest yours</source>
        <translation>新建空白模板：只有问候语和署名，其余由您填写</translation>
    </message>
</context>
<context>
    <name>ThisPcForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="43"/>
        <source>Name of this PC</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="44"/>
        <source>e.g. Anna (reception)</source>
        <translation>例如：安娜（前台）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="47"/>
        <source>Who uses this PC</source>
        <translation>谁在使用这台电脑</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="48"/>
        <source>The owner (approves replies)</source>
        <translation>负责人（审批回复）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="49"/>
        <source>A receptionist</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="52"/>
        <source>Replies written on a receptionist&apos;s PC wait for the owner&apos;s approval</source>
        <translation>前台电脑撰写的回复需经负责人审批</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="60"/>
        <source>Name of this PC:</source>
        <translation>本机名称：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="63"/>
        <source>Shown to the other PCs and kept in the log beside what was done here: who asked for approval, who approved.</source>
        <translation>其他电脑可以看到，并与在本机完成的操作一起记入日志：谁提交了审批，谁批准了。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="69"/>
        <source>Used by:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="71"/>
        <source>This is who uses this PC, not a password: anyone at it acts in this role.</source>
        <translation>这里说明谁在使用这台电脑，并非密码：任何使用本机的人都以此角色操作。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="78"/>
        <source>For the whole practice. A receptionist asks for approval; the owner&apos;s PC shows the reply waiting, and the owner edits, approves and publishes it, or sends it back with a comment.</source>
        <translation>适用于整个诊所。前台提交审批；负责人的电脑上会显示待审批的回复，负责人可以编辑、批准并发布，或附意见退回。</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="146"/>
        <source>clinicrep is not checking for reviews</source>
        <translation>clinicrep 未在检查评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="159"/>
        <source>clinicrep alert</source>
        <translation>clinicrep 提醒</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="51"/>
        <source>Update installed</source>
        <translation>已安装更新</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="56"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="59"/>
        <source>Close this window, keeping your draft, and open the new version</source>
        <translation>关闭此窗口（保留草稿）并打开新版本</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="62"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="77"/>
        <source>clinicrep {version} was installed while this window was open. This window keeps working as before; restart to use the new version. Your draft reply is kept.</source>
        <translation>此窗口打开期间已安装 clinicrep {version}。此窗口仍可照常使用；重启后即可使用新版本。您的回复草稿会保留。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="142"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="143"/>
        <source>The new version of clinicrep could not be started. Your draft reply is saved: open clinicrep again from the applications menu.</source>
        <translation>无法启动新版本的 clinicrep。您的回复草稿已保存：请从应用程序菜单重新打开 clinicrep。</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="176"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="183"/>
        <source>{stars}★</source>
        <translation>{stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="185"/>
        <source>mentions “{word}” (legal action)</source>
        <translation>提到“{word}”（法律行动）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="186"/>
        <source>mentions “{word}” (possible harm)</source>
        <translation>提到“{word}”（可能造成伤害）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="187"/>
        <source>mentions “{word}” (a regulator)</source>
        <translation>提到“{word}”（监管机构）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="188"/>
        <source>mentions “{word}” (the press or social media)</source>
        <translation>提到“{word}”（媒体或社交网络）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="191"/>
        <source>may spread false medical information (“{word}”)</source>
        <translation>可能传播虚假医疗信息（“{word}”）</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="194"/>
        <source>angry tone</source>
        <translation>语气愤怒</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="195"/>
        <source>negative text</source>
        <translation>负面内容</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="196"/>
        <source>a complaint inside a good review</source>
        <translation>好评中含有投诉</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="197"/>
        <source>does not recommend</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="198"/>
        <source>many negative reviews at once</source>
        <translation>短时间内出现大量负面评价</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="203"/>
        <source>legal action</source>
        <translation>法律行动</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="204"/>
        <source>possible harm</source>
        <translation>可能造成伤害</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="205"/>
        <source>a regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="206"/>
        <source>the press or social media</source>
        <translation>媒体或社交网络</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="211"/>
        <source>mentions “{word}”</source>
        <translation>提到“{word}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/analysis/triage.py" line="283"/>
        <source>%n negative review(s) in the last 24 hours (usually {usual:.1f}).</source>
        <translation>
            <numerusform>过去 24 小时内有 %n 条负面评价（平时约 {usual:.1f} 条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/analysis/triage.py" line="290"/>
        <source>%n negative review(s) in the last 7 days (usually {usual:.1f}).</source>
        <translation>
            <numerusform>过去 7 天内有 %n 条负面评价（平时约 {usual:.1f} 条）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="301"/>
        <source>An urgent review (urgency {urgency}): {reason}.</source>
        <translation>紧急评价（紧急程度 {urgency}）：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="304"/>
        <source>An urgent review (urgency {urgency}).</source>
        <translation>紧急评价（紧急程度 {urgency}）。</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="35"/>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="30"/>
        <source>Welcome to clinicrep</source>
        <translation>欢迎使用 clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="34"/>
        <source>Bring every review of your practice into one inbox. Start by connecting a platform, or import reviews you saved from a website. Your data stays on this computer.</source>
        <translation>将诊所的所有评价汇集到一个收件箱中。首先连接一个平台，或导入您从网站上保存的评价。您的数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="43"/>
        <source>1. Bring the reviews in: connect a platform, or import a file you saved from a site.
2. Answer them in the inbox: clinicrep suggests a reply in the review&apos;s language and checks that it reveals nothing confidential.
3. Once a month, make the owner&apos;s summary (File → Monthly summary).</source>
        <translation>1. 获取评价：连接平台，或导入从网站保存的文件。
2. 在收件箱中回复：clinicrep 会用评价的语言建议回复，并检查其中没有泄露任何机密。
3. 每月一次，为负责人生成汇总（文件 → 月度汇总）。</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="52"/>
        <source>Connect a platform…</source>
        <translation>连接平台…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="54"/>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="58"/>
        <source>Paste reviews copied from a website…</source>
        <translation>粘贴从网站复制的评价…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="62"/>
        <source>Your practice&apos;s name and how replies are signed…</source>
        <translation>诊所名称和回复署名…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="66"/>
        <source>Try the demo (made-up reviews, in a separate window)</source>
        <translation>试用演示（虚构的评价，在单独的窗口中打开）</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../src/clinicrep/ui/workers.py" line="201"/>
        <source>Finishing the work in progress before the store is closed…</source>
        <translation>正在完成进行中的工作，然后关闭数据库…</translation>
    </message>
</context>
</TS>
