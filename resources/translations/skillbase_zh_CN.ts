<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdvancementDialog</name>
    <message>
        <source>Advancement</source>
        <translation>晋级设置</translation>
    </message>
    <message>
        <source>The top</source>
        <translation>前</translation>
    </message>
    <message>
        <source>Everyone with a total of at least</source>
        <translation>总分不低于</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>保存晋级规则</translation>
    </message>
    <message>
        <source>Enter them into the chosen event</source>
        <translation>录入所选赛项</translation>
    </message>
    <message>
        <source>Advance:</source>
        <translation>晋级：</translation>
    </message>
    <message>
        <source>Next stage&apos;s event:</source>
        <translation>下一赛段赛项：</translation>
    </message>
    <message>
        <source>Saved: the results show who advances.</source>
        <translation>已保存：成绩表中标明晋级选手。</translation>
    </message>
    <message>
        <source>%1 entered: %2</source>
        <translation>已录入 %1 人：%2</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit draft agreement</source>
        <translation>编辑协议草稿</translation>
    </message>
    <message>
        <source>New mentoring agreement</source>
        <translation>新建师徒帮带协议</translation>
    </message>
    <message>
        <source>Choose the apprentice</source>
        <translation>选择学徒</translation>
    </message>
    <message>
        <source>Choose the craft mentor</source>
        <translation>选择技术导师</translation>
    </message>
    <message>
        <source>Choose the mentor for professional conduct</source>
        <translation>选择职业素养导师</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>（不设目标）</translation>
    </message>
    <message>
        <source>Skills the mentor passes on</source>
        <translation>导师传授的技能</translation>
    </message>
    <message>
        <source> yuan a month</source>
        <translation> 元/月</translation>
    </message>
    <message>
        <source>No allowance</source>
        <translation>无津贴</translation>
    </message>
    <message>
        <source>Apprentice:</source>
        <translation>学徒：</translation>
    </message>
    <message>
        <source>Craft mentor (技术导师):</source>
        <translation>技术导师：</translation>
    </message>
    <message>
        <source>Second mentor (conduct):</source>
        <translation>职业素养导师：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Target level:</source>
        <translation>目标等级：</translation>
    </message>
    <message>
        <source>Skills to pass on:</source>
        <translation>传授技能：</translation>
    </message>
    <message>
        <source>Competition goal:</source>
        <translation>竞赛目标：</translation>
    </message>
    <message>
        <source>Mentor allowance:</source>
        <translation>导师津贴：</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>请选择人员。</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>学徒</translation>
    </message>
    <message>
        <source>Mentor(s)</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>带徒计划</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Search number, apprentice or mentor</source>
        <translation>搜索协议编号、学徒或导师</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Ending within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>新建协议…</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>编辑草稿…</translation>
    </message>
    <message>
        <source>Record signing…</source>
        <translation>登记签订…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续签…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Print agreement…</source>
        <translation>打印协议…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Add skill…</source>
        <translation>添加技能…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>修改技能项…</translation>
    </message>
    <message>
        <source>Remove item…</source>
        <translation>删除技能项…</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>确认掌握…</translation>
    </message>
    <message>
        <source>Undo sign-off…</source>
        <translation>撤销确认…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>带徒计划</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>登记考核…</translation>
    </message>
    <message>
        <source>Edit review…</source>
        <translation>修改考核…</translation>
    </message>
    <message>
        <source>Remove review…</source>
        <translation>删除考核…</translation>
    </message>
    <message>
        <source>Print review form…</source>
        <translation>打印考核表…</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>带徒成果</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>共 %1 份协议</translation>
    </message>
    <message>
        <source>Choose an agreement above to see its plan, reviews and outcomes.</source>
        <translation>请在上方选择协议，查看其带徒计划、考核和带徒成果。</translation>
    </message>
    <message>
        <source>No level gained or prize won during the agreement yet.</source>
        <translation>协议期内学徒尚未晋升等级或获奖。</translation>
    </message>
    <message>
        <source> (renewed %1×)</source>
        <translation> （已续签 %1 次）</translation>
    </message>
    <message>
        <source> · allowance %1 yuan a month</source>
        <translation> · 津贴每月 %1 元</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>%1 of %2 skills signed off, %3 due, %4 overdue</source>
        <translation>已确认掌握 %1/%2 项技能，已到期 %3 项，逾期 %4 项</translation>
    </message>
    <message>
        <source>Ended %1: %2</source>
        <translation>于 %1 结束：%2</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>协议签订</translation>
    </message>
    <message>
        <source>%1: the parties signed and the agreement starts to run. The mentors&apos; eligibility and their number of apprentices are checked again.</source>
        <translation>%1：各方已签字，协议开始履行。系统将再次核查导师资格及其在带学徒人数。</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Renew agreement</source>
        <translation>续签协议</translation>
    </message>
    <message>
        <source>%1 now ends on %2. A renewal adds another term.</source>
        <translation>协议 %1 现于 %2 到期，续签后将再延长一个期限。</translation>
    </message>
    <message>
        <source>Further term:</source>
        <translation>续签期限：</translation>
    </message>
    <message>
        <source>Complete agreement</source>
        <translation>完成协议</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Terminate agreement</source>
        <translation>终止协议</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Add a skill to the plan</source>
        <translation>在带徒计划中添加技能</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>目标日期：</translation>
    </message>
    <message>
        <source>Sign off a skill</source>
        <translation>确认掌握技能</translation>
    </message>
    <message>
        <source>The mentor confirms that the apprentice has learnt: %1</source>
        <translation>导师确认学徒已掌握：%1</translation>
    </message>
    <message>
        <source>Mentor&apos;s comment:</source>
        <translation>导师评语：</translation>
    </message>
    <message>
        <source>Edit a plan item</source>
        <translation>修改带徒计划项</translation>
    </message>
    <message>
        <source>Correct the skill or its target date.</source>
        <translation>更正技能内容或目标日期。</translation>
    </message>
    <message>
        <source>Remove “%1” (target %2) from the plan of %3?</source>
        <translation>从 %3 的带徒计划中删除“%1”（目标日期 %2）？</translation>
    </message>
    <message>
        <source>Undo a sign-off</source>
        <translation>撤销掌握确认</translation>
    </message>
    <message>
        <source>“%1” was signed off on %2. Undoing it makes the skill wait for its sign-off again; the reason is kept in the audit log.</source>
        <translation>“%1”已于 %2 确认掌握。撤销后该技能将重新等待确认，撤销理由记入操作日志。</translation>
    </message>
    <message>
        <source>Record a review</source>
        <translation>登记考核</translation>
    </message>
    <message>
        <source>Scores are out of 100.</source>
        <translation>评分满分为 100 分。</translation>
    </message>
    <message>
        <source>Edit a review</source>
        <translation>修改考核</translation>
    </message>
    <message>
        <source>The review of %1. Scores are out of 100; one review per period.</source>
        <translation>%1 的考核。满分 100 分；每个考核周期一次。</translation>
    </message>
    <message>
        <source>Remove the review of %1 (%2) from %3?</source>
        <translation>从 %3 中删除 %1（%2）的考核？</translation>
    </message>
    <message>
        <source>Mentor&apos;s score of the apprentice:</source>
        <translation>导师对学徒的评分：</translation>
    </message>
    <message>
        <source>Apprentice&apos;s score of the mentoring:</source>
        <translation>学徒对带教的评分：</translation>
    </message>
    <message>
        <source>Apprentice&apos;s comment:</source>
        <translation>学徒意见：</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>打印协议</translation>
    </message>
    <message>
        <source>The agreement was saved to %1 for printing and signing.</source>
        <translation>协议已保存到 %1，可打印后签字。</translation>
    </message>
    <message>
        <source>Print review form</source>
        <translation>打印考核表</translation>
    </message>
    <message>
        <source>The review form was saved to %1.</source>
        <translation>考核表已保存到 %1。</translation>
    </message>
    <message>
        <source>Export agreements</source>
        <translation>导出协议</translation>
    </message>
    <message>
        <source>%1 agreements were written to %2.</source>
        <translation>已将 %1 份协议写入 %2。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Creating demo data…</source>
        <translation>正在创建演示数据…</translation>
    </message>
</context>
<context>
    <name>AppealTableModel</name>
    <message>
        <source>Lodged</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>选手</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Lodged by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>裁决</translation>
    </message>
    <message>
        <source>Marks changed</source>
        <translation>分数变更</translation>
    </message>
</context>
<context>
    <name>AppealsTab</name>
    <message>
        <source>Lodged</source>
        <translation>待裁决</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>申诉成立</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>申诉不成立</translation>
    </message>
    <message>
        <source>Lodge appeal…</source>
        <translation>登记申诉…</translation>
    </message>
    <message>
        <source>Rule…</source>
        <translation>裁决…</translation>
    </message>
    <message>
        <source>Print version…</source>
        <translation>打印此版成绩…</translation>
    </message>
    <message>
        <source>Published versions of the results:</source>
        <translation>已公布的成绩版本：</translation>
    </message>
    <message>
        <source>Appeals are lodged once the results are published.</source>
        <translation>成绩公布后方可提出申诉。</translation>
    </message>
    <message>
        <source>Appeals may be lodged until %1 (%2 h %3 min left).</source>
        <translation>申诉截止时间：%1（剩余 %2 小时 %3 分钟）。</translation>
    </message>
    <message>
        <source>The deadline for appeals passed at %1 (%2 hours after the results were first published).</source>
        <translation>申诉已于 %1 截止（成绩首次公布后 %2 小时）。</translation>
    </message>
    <message>
        <source>Version 1: the results as first published.</source>
        <translation>第 1 版：首次公布的成绩。</translation>
    </message>
    <message>
        <source>Changes from version %1 to %2: %3 contestants.</source>
        <translation>第 %1 版至第 %2 版的变化：涉及 %3 名选手。</translation>
    </message>
    <message>
        <source>%1 of them hold an award certificate for a prize that changed: revoke or re-issue it on the Certificates page.</source>
        <translation>其中 %1 名选手的奖项有变化且已获发获奖证书，请在“证书”页面作废或换发。</translation>
    </message>
    <message>
        <source>The results are published again as version %1.</source>
        <translation>成绩已作为第 %1 版重新公布。</translation>
    </message>
    <message>
        <source>Save the result sheet</source>
        <translation>保存成绩表</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>成绩录入中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>退考</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Level held</source>
        <translation>现有等级</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>申报途径</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <source>Batches</source>
        <translation>认定批次</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>申报条件</translation>
    </message>
    <message>
        <source>Standards…</source>
        <translation>认定标准…</translation>
    </message>
    <message>
        <source>The eligibility routes of each level and the promotion-by-prize rules</source>
        <translation>各等级的申报途径及以赛代评晋级规则</translation>
    </message>
</context>
<context>
    <name>AttendanceLabels</name>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>%1 has completed the class: the attendance is final.</source>
        <translation>%1 已结业，考勤不能再修改。</translation>
    </message>
    <message>
        <source>This session has not taken place yet.</source>
        <translation>该课次尚未进行。</translation>
    </message>
    <message>
        <source>Completed: the attendance is final.</source>
        <translation>已结业，考勤不能再修改。</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Not taken place yet</source>
        <translation>尚未进行</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1学时</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Keys: P present · L late · E excused · A absent · Del clear</source>
        <translation>按键：P 出勤 · L 迟到 · E 请假 · A 缺勤 · Del 清除</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Mark every selected cell</source>
        <translation>为所有选中的格子登记</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Created in bulk</source>
        <translation>批量新建</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>换发</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Moved up from the waiting list</source>
        <translation>候补转正</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Attendance marked</source>
        <translation>登记考勤</translation>
    </message>
    <message>
        <source>Final assessment</source>
        <translation>结业考核</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>撤销缴费</translation>
    </message>
    <message>
        <source>Lots drawn</source>
        <translation>已抽签</translation>
    </message>
    <message>
        <source>Marks entered</source>
        <translation>录入分数</translation>
    </message>
    <message>
        <source>Results published</source>
        <translation>公布成绩</translation>
    </message>
    <message>
        <source>Advanced to the next stage</source>
        <translation>晋级下一赛段</translation>
    </message>
    <message>
        <source>Judges assigned</source>
        <translation>分配裁判</translation>
    </message>
    <message>
        <source>Sheet submitted</source>
        <translation>提交评分表</translation>
    </message>
    <message>
        <source>Sheet returned to the judge</source>
        <translation>评分表退回裁判</translation>
    </message>
    <message>
        <source>Marks locked</source>
        <translation>评分已锁定</translation>
    </message>
    <message>
        <source>Numbers decrypted</source>
        <translation>解密加密号</translation>
    </message>
    <message>
        <source>Marks on paper</source>
        <translation>纸质评分</translation>
    </message>
    <message>
        <source>Paper sheet typed in</source>
        <translation>录入纸质评分表</translation>
    </message>
    <message>
        <source>Paper sheet agreed</source>
        <translation>纸质评分表两遍录入一致</translation>
    </message>
    <message>
        <source>Candidates added</source>
        <translation>添加考生</translation>
    </message>
    <message>
        <source>Candidate removed</source>
        <translation>移除考生</translation>
    </message>
    <message>
        <source>Scoring started</source>
        <translation>开始录入成绩</translation>
    </message>
    <message>
        <source>Score entered</source>
        <translation>录入成绩</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Levels raised by prize</source>
        <translation>以赛代评晋级</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>登记申诉</translation>
    </message>
    <message>
        <source>Appeal ruled on</source>
        <translation>裁决申诉</translation>
    </message>
    <message>
        <source>Signed (in force)</source>
        <translation>签订生效</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>确认掌握</translation>
    </message>
    <message>
        <source>Named 好师傅</source>
        <translation>命名好师傅</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Sign-off undone</source>
        <translation>撤销掌握确认</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>证书模板</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Competition stage</source>
        <translation>竞赛赛段</translation>
    </message>
    <message>
        <source>Competition event</source>
        <translation>竞赛赛项</translation>
    </message>
    <message>
        <source>Competition results</source>
        <translation>竞赛成绩</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>选手</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>代表队</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Appraisal batch</source>
        <translation>认定批次</translation>
    </message>
    <message>
        <source>Appraisal candidate</source>
        <translation>认定考生</translation>
    </message>
    <message>
        <source>Years in the occupation</source>
        <translation>从事本职业年限</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>职业技能等级</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>师徒帮带协议</translation>
    </message>
    <message>
        <source>Mentoring plan item</source>
        <translation>带徒计划项</translation>
    </message>
    <message>
        <source>Mentoring review</source>
        <translation>带徒考核</translation>
    </message>
    <message>
        <source>好师傅 naming</source>
        <translation>好师傅命名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>密码错误次数</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员数</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>仅检查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Level, award, class or honour</source>
        <translation>等级、奖项、培训班或荣誉</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>换发自</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>换发为</translation>
    </message>
    <message>
        <source>Print serial</source>
        <translation>打印序号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Copied from</source>
        <translation>复制自</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>班级名称</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>培训等级</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>培训费</translation>
    </message>
    <message>
        <source>Model workers&apos; discount</source>
        <translation>劳模优惠</translation>
    </message>
    <message>
        <source>Union members&apos; discount</source>
        <translation>工会会员优惠</translation>
    </message>
    <message>
        <source>Minimum attendance</source>
        <translation>最低出勤率</translation>
    </message>
    <message>
        <source>Final assessment required</source>
        <translation>须结业考核</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>授课教师</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>上课地点</translation>
    </message>
    <message>
        <source>Sign-up opens</source>
        <translation>报名开始</translation>
    </message>
    <message>
        <source>Sign-up closes</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>缴费时间</translation>
    </message>
    <message>
        <source>Fee due (fen)</source>
        <translation>应缴（分）</translation>
    </message>
    <message>
        <source>Cells changed</source>
        <translation>修改格数</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <source>Union members</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>录取</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Newly registered</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Mentor&apos;s comment</source>
        <translation>导师评语</translation>
    </message>
    <message>
        <source>Apprentice&apos;s comment</source>
        <translation>学徒感言</translation>
    </message>
    <message>
        <source>Lodged by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Lodged at</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>裁决</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>Chief judge</source>
        <translation>裁判长</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>帮带协议</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>学徒</translation>
    </message>
    <message>
        <source>Craft mentor</source>
        <translation>技术导师</translation>
    </message>
    <message>
        <source>Second mentor</source>
        <translation>职业素养导师</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>期限（年）</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续签次数</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年限</translation>
    </message>
    <message>
        <source>Skills to pass on</source>
        <translation>传授技能</translation>
    </message>
    <message>
        <source>Competition goal</source>
        <translation>竞赛目标</translation>
    </message>
    <message>
        <source>Monthly allowance (yuan)</source>
        <translation>月津贴（元）</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>Mentor&apos;s score</source>
        <translation>导师评分</translation>
    </message>
    <message>
        <source>Apprentice&apos;s score</source>
        <translation>学徒评分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Obtained on</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Obtained through</source>
        <translation>取得方式</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Lowest mentor level</source>
        <translation>导师最低等级</translation>
    </message>
    <message>
        <source>Honours accepted for mentors</source>
        <translation>导师资格认可的荣誉</translation>
    </message>
    <message>
        <source>Most apprentices per mentor</source>
        <translation>每名导师带徒上限</translation>
    </message>
    <message>
        <source>Honour title</source>
        <translation>荣誉称号</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search the summaries</source>
        <translation>搜索摘要</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>共 1 条记录</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>请选择一条记录，查看其修改内容。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>— no field values were recorded.</source>
        <translation>——未记录字段值。</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>New appraisal batch</source>
        <translation>新建认定批次</translation>
    </message>
    <message>
        <source>Names separated by 、</source>
        <translation>多个姓名以“、”分隔</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Theory exam on:</source>
        <translation>理论知识考试日期：</translation>
    </message>
    <message>
        <source>Practical assessment on:</source>
        <translation>操作技能考核日期：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>考试地点：</translation>
    </message>
    <message>
        <source>Examiners (考评员):</source>
        <translation>考评员：</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>考生名额：</translation>
    </message>
    <message>
        <source>Theory pass mark:</source>
        <translation>理论知识合格线：</translation>
    </message>
    <message>
        <source>Practical pass mark:</source>
        <translation>操作技能合格线：</translation>
    </message>
    <message>
        <source>Review pass mark (levels 2 and 1):</source>
        <translation>综合评审合格线（二级、一级）：</translation>
    </message>
    <message>
        <source>Enter every paper sheet twice (two different staff)</source>
        <translation>纸质成绩单双人录入（由两名不同人员各录入一遍）</translation>
    </message>
</context>
<context>
    <name>BatchesTab</name>
    <message>
        <source>New batch…</source>
        <translation>新建批次…</translation>
    </message>
    <message>
        <source>Add the eligible</source>
        <translation>添加符合条件人员</translation>
    </message>
    <message>
        <source>Add by hand…</source>
        <translation>手工添加…</translation>
    </message>
    <message>
        <source>Start scoring</source>
        <translation>开始录入成绩</translation>
    </message>
    <message>
        <source>Approve and issue certificates…</source>
        <translation>审核批准并发证…</translation>
    </message>
    <message>
        <source>Pass list PDF…</source>
        <translation>合格人员名单（PDF）…</translation>
    </message>
    <message>
        <source>Cancel batch…</source>
        <translation>取消批次…</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>第一遍录入</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>第二遍录入</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>正常参考</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>退考</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>录入遍次：</translation>
    </message>
    <message>
        <source>Remove candidate…</source>
        <translation>移除考生…</translation>
    </message>
    <message>
        <source>Status of the chosen candidate:</source>
        <translation>所选考生状态：</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Plan a batch with “New batch…”.</source>
        <translation>请点击“新建批次…”安排认定批次。</translation>
    </message>
    <message>
        <source>%1 · %2 · venue %3 · examiners %4</source>
        <translation>%1 · %2 · 考试地点：%3 · 考评员：%4</translation>
    </message>
    <message>
        <source>theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>review</source>
        <translation>综合评审</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1: not entered</source>
        <translation>%1：未录入</translation>
    </message>
    <message>
        <source>%1: second entry missing</source>
        <translation>%1：缺第二遍录入</translation>
    </message>
    <message>
        <source>%1: first entry missing</source>
        <translation>%1：缺第一遍录入</translation>
    </message>
    <message>
        <source>To settle before approval (%1): </source>
        <translation>批准前须核对处理（%1 处）： </translation>
    </message>
    <message>
        <source>Nobody else is eligible for this level today.</source>
        <translation>目前没有其他人符合该等级的申报条件。</translation>
    </message>
    <message>
        <source>Add by hand</source>
        <translation>手工添加</translation>
    </message>
    <message>
        <source>ID card number of the person:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <source>No single trainee has this ID card number.</source>
        <translation>找不到与此身份证号码唯一对应的学员。</translation>
    </message>
    <message>
        <source>%1 is not eligible for this level. Reason for admitting them (kept on record):</source>
        <translation>%1不符合该等级的申报条件。破格准予报名的理由（将存档）：</translation>
    </message>
    <message>
        <source>Choose a candidate in the grid first.</source>
        <translation>请先在成绩表中选择考生。</translation>
    </message>
    <message>
        <source>Approve batch %1</source>
        <translation>审核批准批次 %1</translation>
    </message>
    <message>
        <source>Approving locks the batch, records the passed candidates&apos; new level and issues their level certificates. The level is obtained on the issue date.</source>
        <translation>批准后该批次将被锁定，系统为合格考生记录新等级并发放职业技能等级证书。等级取得日期即发证日期。</translation>
    </message>
    <message>
        <source>Issuing level certificates…</source>
        <translation>正在发放职业技能等级证书…</translation>
    </message>
    <message>
        <source>Nobody passed in batch %1. Approving locks the batch with these results; no level is recorded and no certificate is issued. Approve it?</source>
        <translation>批次 %1 无人合格。批准后该批次将按现有结果锁定，不记录等级，也不发放证书。确定批准吗？</translation>
    </message>
    <message>
        <source>Batch %1 was approved. Nobody passed, so no certificate was issued.</source>
        <translation>批次 %1 已批准。因无人合格，未发放证书。</translation>
    </message>
    <message>
        <source>Pass list</source>
        <translation>合格人员名单</translation>
    </message>
    <message>
        <source>The pass list was saved to %1.</source>
        <translation>合格人员名单已保存到 %1。</translation>
    </message>
    <message>
        <source>Cancel batch %1</source>
        <translation>取消批次 %1</translation>
    </message>
    <message>
        <source>Cancelling stops batch %1 for good: its candidates and scores are kept but nothing more can be entered or approved.

Reason (kept with the batch):</source>
        <translation>取消后批次 %1 将永久终止：考生和成绩予以保留，但不能再录入或批准。

原因（随批次保存）：</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the batch.</source>
        <translation>请填写原因，原因将随批次一并保存。</translation>
    </message>
    <message>
        <source>Cancel batch %1 (%2)?</source>
        <translation>确定取消批次 %1（%2）吗？</translation>
    </message>
    <message>
        <source>Remove %1 from batch %2?</source>
        <translation>确定将%1从批次 %2 中移除吗？</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Final assessment</source>
        <translation>结业考核</translation>
    </message>
    <message>
        <source>Can complete?</source>
        <translation>能否结业</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>已于 %1 结业</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation>归档 / 恢复</translation>
    </message>
</context>
<context>
    <name>CertificateDetailPane</name>
    <message>
        <source>Printed</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>QR code text:</source>
        <translation>二维码内容：</translation>
    </message>
    <message>
        <source>Print history:</source>
        <translation>打印记录：</translation>
    </message>
    <message>
        <source>Choose a certificate to see what is printed on it.</source>
        <translation>请选择一张证书，查看其打印内容。</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 第 %2 号</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>已由 %1 换发</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>换发自 %1</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>模板 %1</translation>
    </message>
</context>
<context>
    <name>CertificateLabels</name>
    <message>
        <source>Skill level</source>
        <translation>职业技能等级</translation>
    </message>
    <message>
        <source>Competition award</source>
        <translation>竞赛获奖</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>培训结业</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已换发</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Level (digit)</source>
        <translation>等级（数字）</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>竞赛名称</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings</source>
        <translation>证书设置</translation>
    </message>
    <message>
        <source>S — social organisation</source>
        <translation>S — 社会培训评价组织</translation>
    </message>
    <message>
        <source>Y — employer</source>
        <translation>Y — 用人单位</translation>
    </message>
    <message>
        <source>Issuing body:</source>
        <translation>发证机构：</translation>
    </message>
    <message>
        <source>Skill level certificates (national 22-character number)</source>
        <translation>职业技能等级证书（全国统一 22 位编号）</translation>
    </message>
    <message>
        <source>Body type:</source>
        <translation>机构类型：</translation>
    </message>
    <message>
        <source>Body code (4 digits):</source>
        <translation>机构代码（4 位）：</translation>
    </message>
    <message>
        <source>Province code (2 digits):</source>
        <translation>省份代码（2 位）：</translation>
    </message>
    <message>
        <source>Site serial (6 digits):</source>
        <translation>评价站点序号（6 位）：</translation>
    </message>
    <message>
        <source>Numbering patterns of the other kinds</source>
        <translation>其他证书的编号规则</translation>
    </message>
    <message>
        <source>Letters, digits, - _ / and {year}, {yy}, {serial:N} (N digits), e.g. HJ{year}{serial:5} gives HJ202600001.</source>
        <translation>可使用字母、数字、- _ / 以及 {year}、{yy}、{serial:N}（N 位流水号），如 HJ{year}{serial:5} 生成 HJ202600001。</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>导出公钥…</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>导出公钥</translation>
    </message>
    <message>
        <source>PEM key (*.pem)</source>
        <translation>PEM 密钥文件 (*.pem)</translation>
    </message>
    <message>
        <source>The public key was saved to %1.</source>
        <translation>公钥已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Level, award, class or honour</source>
        <translation>等级、奖项、培训班或荣誉</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>Replaced by %1: %2</source>
        <translation>已由 %1 换发：%2</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>已作废：%1</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Search number, holder, level, award, class or honour</source>
        <translation>搜索编号、持证人、等级、奖项、培训班或荣誉</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>发证…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Re-issue…</source>
        <translation>换发…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>共 %1 张证书</translation>
    </message>
    <message>
        <source>Certificate %1 replaces %2. Print it now?</source>
        <translation>证书 %1 已换发替代 %2。现在打印吗？</translation>
    </message>
    <message>
        <source>The certificate settings were saved. Certificates issued from now on use them.</source>
        <translation>证书设置已保存，此后发放的证书将按新设置生成。</translation>
    </message>
</context>
<context>
    <name>ChangesTable</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Edit class</source>
        <translation>编辑培训班</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>新建培训班</translation>
    </message>
    <message>
        <source>Automatic, e.g. PX2026-001</source>
        <translation>自动生成，如 PX2026-001</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>A passed final assessment is required</source>
        <translation>须通过结业考核</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>班级名称：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>Target level:</source>
        <translation>培训等级：</translation>
    </message>
    <message>
        <source>Teachers:</source>
        <translation>授课教师：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>上课地点：</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>名额：</translation>
    </message>
    <message>
        <source>Sign-up opens:</source>
        <translation>报名开始：</translation>
    </message>
    <message>
        <source>Sign-up closes:</source>
        <translation>报名截止：</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>培训费：</translation>
    </message>
    <message>
        <source>Model workers&apos; discount:</source>
        <translation>劳模优惠：</translation>
    </message>
    <message>
        <source>Union members&apos; discount:</source>
        <translation>工会会员优惠：</translation>
    </message>
    <message>
        <source>Minimum attendance:</source>
        <translation>最低出勤率：</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>课次：</translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>班级名称</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>已录取</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>培训费（元）</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Search code, title, teacher or venue</source>
        <translation>搜索编号、班级名称、教师或地点</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>新建培训班…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Cancel class</source>
        <translation>取消开班</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>全部工种</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>共 %1 个培训班</translation>
    </message>
    <message>
        <source>Choose a class above to see its sign-ups.</source>
        <translation>请在上方选择培训班，查看其报名情况。</translation>
    </message>
    <message>
        <source>Cancel %1 %2? Sign-up closes and the class leaves the open lists.</source>
        <translation>确定取消 %1 %2 吗？报名将关闭，该班不再出现在开放报名的列表中。</translation>
    </message>
    <message>
        <source>%1 fees were paid for this class: refund them and cancel each payment on the Fees tab.</source>
        <translation>该班已有 %1 人缴费，请办理退费，并在“收费”页逐一撤销缴费记录。</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>结业</translation>
    </message>
</context>
<context>
    <name>CompetitionDialog</name>
    <message>
        <source>New competition</source>
        <translation>新建竞赛</translation>
    </message>
    <message>
        <source>e.g. 2026 City Workers&apos; Skills Competition</source>
        <translation>如：2026年泉州市职工职业技能竞赛</translation>
    </message>
    <message>
        <source>e.g. the city federation of trade unions</source>
        <translation>如：泉州市总工会</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>主办单位：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
</context>
<context>
    <name>CompetitionLabels</name>
    <message>
        <source>marks missing</source>
        <translation>缺项</translation>
    </message>
    <message>
        <source>below the minimum total</source>
        <translation>未达最低分</translation>
    </message>
    <message>
        <source>Medallion for Excellence</source>
        <translation>优胜奖</translation>
    </message>
    <message>
        <source>re-mark %1</source>
        <translation>待复评 %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
</context>
<context>
    <name>Competitions</name>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选拔赛</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>初赛</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>决赛</translation>
    </message>
    <message>
        <source>China</source>
        <translation>国内规则</translation>
    </message>
    <message>
        <source>WorldSkills</source>
        <translation>世赛规则</translation>
    </message>
    <message>
        <source>Judges mark each aspect; with at least 2k+3 judges the k highest and k lowest marks are dropped and the rest averaged.</source>
        <translation>各裁判分别评分；评分裁判不少于 2k+3 人时，去掉 k 个最高分和 k 个最低分后取平均。</translation>
    </message>
    <message>
        <source>Judgements are marked 0–3 by three or more judges; a spread above 1 is flagged for re-marking; also on the 700 scale.</source>
        <translation>评价分由三名及以上裁判按 0–3 分评定；分差大于 1 时标记复评；另换算为 700 分制。</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Lots drawn</source>
        <translation>已抽签</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>Marks locked</source>
        <translation>评分已锁定</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>文件未能保存：%1</translation>
    </message>
</context>
<context>
    <name>CompetitionsPage</name>
    <message>
        <source>Competition:</source>
        <translation>竞赛：</translation>
    </message>
    <message>
        <source>New competition…</source>
        <translation>新建竞赛…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建赛项…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>编辑赛项…</translation>
    </message>
    <message>
        <source>Judges…</source>
        <translation>裁判…</translation>
    </message>
    <message>
        <source>Marking scheme</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>选手</translation>
    </message>
    <message>
        <source>No competition yet: start with “New competition…”.</source>
        <translation>尚无竞赛，请先点击“新建竞赛…”。</translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Create a competition, then add its events.</source>
        <translation>请先新建竞赛，再添加赛项。</translation>
    </message>
    <message>
        <source>Choose an event above to see its marking scheme and contestants.</source>
        <translation>请在上方选择赛项，查看其评分标准和选手。</translation>
    </message>
    <message>
        <source>This competition has no events yet: add one with “New event…”.</source>
        <translation>该竞赛尚无赛项，请点击“新建赛项…”添加。</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>抽签种子 %1</translation>
    </message>
    <message>
        <source>weights: theory %1, practical %2</source>
        <translation>权重：理论 %1，实操 %2</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>纸质评分表</translation>
    </message>
    <message>
        <source>Judges&apos; sheets</source>
        <translation>裁判评分表</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
</context>
<context>
    <name>CompletionLabels</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>the class has no sessions</source>
        <translation>该班没有课次</translation>
    </message>
    <message>
        <source>sessions not all marked</source>
        <translation>尚有课次未登记考勤</translation>
    </message>
    <message>
        <source>attendance below %1%</source>
        <translation>出勤率低于 %1%</translation>
    </message>
    <message>
        <source>assessment not passed</source>
        <translation>结业考核未通过</translation>
    </message>
    <message>
        <source>holds no place</source>
        <translation>未获得名额</translation>
    </message>
</context>
<context>
    <name>CompletionTab</name>
    <message>
        <source>Final assessment:</source>
        <translation>结业考核：</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Clear result</source>
        <translation>清除结果</translation>
    </message>
    <message>
        <source>Select all eligible</source>
        <translation>选中全部符合条件者</translation>
    </message>
    <message>
        <source>Complete and print certificates…</source>
        <translation>结业并打印证书…</translation>
    </message>
    <message>
        <source>To complete: at least %1% attendance of %2 sessions and a passed final assessment.</source>
        <translation>结业条件：%2 个课次出勤率不低于 %1%，且结业考核通过。</translation>
    </message>
    <message>
        <source>To complete: at least %1% attendance of %2 sessions.</source>
        <translation>结业条件：%2 个课次出勤率不低于 %1%。</translation>
    </message>
    <message>
        <source>Complete and print certificates</source>
        <translation>结业并打印证书</translation>
    </message>
    <message>
        <source>%1 trainees complete the class and get a completion certificate (结业证书).</source>
        <translation>%1 名学员结业，并获发结业证书。</translation>
    </message>
    <message>
        <source>Issuing and printing %1 completion certificates…</source>
        <translation>正在发放并打印 %1 份结业证书…</translation>
    </message>
</context>
<context>
    <name>ContestantPickerDialog</name>
    <message>
        <source>Add contestants</source>
        <translation>添加选手</translation>
    </message>
    <message>
        <source>Name, ID number or phone of a registered trainee</source>
        <translation>已登记学员的姓名、身份证号码或手机号码</translation>
    </message>
    <message>
        <source>e.g. Jinjiang team (blank for none)</source>
        <translation>如：晋江市代表队（无则留空）</translation>
    </message>
    <message>
        <source>Blank: the trainee&apos;s own employer</source>
        <translation>留空则为学员本人所在单位</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>代表队：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Find the trainee first; unregistered people are added on the Trainees page.</source>
        <translation>请先查找学员；未登记的人员请在“学员”页面添加。</translation>
    </message>
    <message>
        <source>%1 is entered for %2.</source>
        <translation>%1 已作为 %2 选手报名。</translation>
    </message>
    <message>
        <source>%1 is entered.</source>
        <translation>%1 已报名。</translation>
    </message>
</context>
<context>
    <name>ContestantTableModel</name>
    <message>
        <source>Entry no.</source>
        <translation>参赛号</translation>
    </message>
    <message>
        <source>Drawn number</source>
        <translation>加密号</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>代表队</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ContestantsTab</name>
    <message>
        <source>Add contestants…</source>
        <translation>添加选手…</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>标记到场</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>标记缺考</translation>
    </message>
    <message>
        <source>Mark disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <source>Draw lots…</source>
        <translation>抽签…</translation>
    </message>
    <message>
        <source>Check-in list (PDF)…</source>
        <translation>检录表（PDF）…</translation>
    </message>
    <message>
        <source>%1 contestants · %2 teams · %3 absent · %4 disqualified</source>
        <translation>选手 %1 人 · 代表队 %2 支 · 缺考 %3 人 · 取消资格 %4 人</translation>
    </message>
    <message>
        <source>Lots not drawn yet: enter every contestant, then draw.</source>
        <translation>尚未抽签：请录入全部选手后再抽签。</translation>
    </message>
    <message>
        <source>Lots drawn with seed %1 — the same seed reproduces the same draw.</source>
        <translation>已按种子 %1 抽签——同一种子可重现同样的抽签结果。</translation>
    </message>
    <message>
        <source>The lots were drawn with seed %1. Draw again? Every drawn number and workstation changes, unless you type the same seed.</source>
        <translation>已按种子 %1 抽签。要重新抽签吗？除非输入相同的种子，所有加密号和工位都会改变。</translation>
    </message>
    <message>
        <source>Draw lots</source>
        <translation>抽签</translation>
    </message>
    <message>
        <source>Seed (e.g. the draw&apos;s date and time; leave blank for a random one):</source>
        <translation>抽签种子（如抽签的日期和时间；留空则随机生成）：</translation>
    </message>
    <message>
        <source>%1 contestants drew their numbers with seed %2. Keep the seed with the draw&apos;s record: drawing again with the same seed gives the same numbers and workstations.</source>
        <translation>%1 名选手已按种子 %2 抽签。请将种子随抽签记录一并保存：用同一种子重新抽签，得到的加密号和工位完全相同。</translation>
    </message>
    <message>
        <source>Save the check-in list</source>
        <translation>保存检录表</translation>
    </message>
    <message>
        <source>The check-in list is saved to %1.</source>
        <translation>检录表已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Skillbase — unexpected error</source>
        <translation>匠心实训基地管理系统 — 意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that Skillbase did not expect. Everything you saved before is safe in the database; the action you were doing may not have been saved.

The details are in the log file:
%1</source>
        <translation>很抱歉，系统发生了意外错误。此前已保存的内容均安全存放在数据库中，但刚才正在进行的操作可能未能保存。

详细信息已记录在日志文件中：
%1</translation>
    </message>
</context>
<context>
    <name>ElementTable</name>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>x (mm)</source>
        <translation>x（毫米）</translation>
    </message>
    <message>
        <source>y (mm)</source>
        <translation>y（毫米）</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>显示内容</translation>
    </message>
    <message>
        <source>Changes from one certificate to the next</source>
        <translation>每张证书各不相同</translation>
    </message>
</context>
<context>
    <name>EligibilityTab</name>
    <message>
        <source>Occupation:</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Who is eligible today</source>
        <translation>查询当前符合条件人员</translation>
    </message>
    <message>
        <source>Import levels held…</source>
        <translation>导入已有等级…</translation>
    </message>
    <message>
        <source>Promote prize winners…</source>
        <translation>以赛代评晋级…</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>单人查询</translation>
    </message>
    <message>
        <source>ID card number or name</source>
        <translation>身份证号码或姓名</translation>
    </message>
    <message>
        <source>Check one person for the chosen occupation and level, or double-click a row of the list.</source>
        <translation>查询某人是否符合所选工种和等级的申报条件，或双击列表中的一行。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Works in the occupation since:</source>
        <translation>从事本职业起始日期：</translation>
    </message>
    <message>
        <source>Save date</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <source>Forget date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>%1 people are eligible today.</source>
        <translation>目前共有 %1 人符合申报条件。</translation>
    </message>
    <message>
        <source>Type an ID card number or a name first.</source>
        <translation>请先输入身份证号码或姓名。</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>没有与“%1”匹配的人员。</translation>
    </message>
    <message>
        <source>Check one person</source>
        <translation>单人查询</translation>
    </message>
    <message>
        <source>Several people match:</source>
        <translation>有多人匹配：</translation>
    </message>
    <message>
        <source>On record.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <source>Not on record: the “years in the occupation” routes cannot hold.</source>
        <translation>未登记：无法满足含“从事本职业年限”要求的申报途径。</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>申报途径：%1</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>What each route lacks:</source>
        <translation>各申报途径尚缺：</translation>
    </message>
    <message>
        <source>Forget since when %1 works in the occupation?</source>
        <translation>确定清除%1从事本职业的起始日期吗？</translation>
    </message>
    <message>
        <source>Import levels held</source>
        <translation>导入已有等级</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>……另有 %1 处问题。</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未导入任何数据：</translation>
    </message>
    <message>
        <source>%1 levels were imported.</source>
        <translation>已导入 %1 条等级记录。</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>Edit employer</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>Add employer</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>18 characters, optional</source>
        <translation>18 位，选填</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>County / district:</source>
        <translation>县（市、区）：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>所属行业：</translation>
    </message>
</context>
<context>
    <name>EmployersModel</name>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员数</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <source>Search name or credit code</source>
        <translation>搜索单位名称或信用代码</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>确定要归档“%1”吗？</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>确定要恢复“%1”吗？</translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <source>Moved up from the waiting list on %1</source>
        <translation>于 %1 由候补转为录取</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>候补转正</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Fee due (yuan)</source>
        <translation>应缴（元）</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>编辑赛项</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建赛项</translation>
    </message>
    <message>
        <source>e.g. Welder</source>
        <translation>如：焊工</translation>
    </message>
    <message>
        <source>From the catalogue or typed</source>
        <translation>从工种目录选择或直接输入</translation>
    </message>
    <message>
        <source>The stage of an event cannot change.</source>
        <translation>赛项的赛段不能更改。</translation>
    </message>
    <message>
        <source>No prize below</source>
        <translation>低于此分不设奖</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source> contestants per team</source>
        <translation> 名选手/队</translation>
    </message>
    <message>
        <source>sum of the best </source>
        <translation>取成绩最好的 </translation>
    </message>
    <message>
        <source> hours after publication</source>
        <translation> 小时内（成绩公布后）</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>赛项：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>赛段：</translation>
    </message>
    <message>
        <source>Scoring preset:</source>
        <translation>评分规则：</translation>
    </message>
    <message>
        <source>Marks dropped (k):</source>
        <translation>去掉最高/最低分个数（k）：</translation>
    </message>
    <message>
        <source>Section weights:</source>
        <translation>分项权重：</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>Prize shares:</source>
        <translation>获奖比例：</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>一等奖</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>二等奖</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>三等奖</translation>
    </message>
    <message>
        <source>Minimum total:</source>
        <translation>最低获奖分：</translation>
    </message>
    <message>
        <source>Team limit:</source>
        <translation>每队人数上限：</translation>
    </message>
    <message>
        <source>Team score:</source>
        <translation>团体成绩：</translation>
    </message>
    <message>
        <source>Appeals within:</source>
        <translation>申诉时限：</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Stage</source>
        <translation>赛段</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>赛项</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>选手</translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation>评分项</translation>
    </message>
</context>
<context>
    <name>FeeLabels</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Model worker</source>
        <translation>劳模</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
</context>
<context>
    <name>FeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Due (¥)</source>
        <translation>应缴（元）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>无需缴费</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Skillbase</source>
        <translation>匠心实训基地管理系统</translation>
    </message>
</context>
<context>
    <name>FeesTab</name>
    <message>
        <source>Record payment…</source>
        <translation>登记缴费…</translation>
    </message>
    <message>
        <source>Cancel payment…</source>
        <translation>撤销缴费…</translation>
    </message>
    <message>
        <source>Fee report (PDF)…</source>
        <translation>收费明细表（PDF）…</translation>
    </message>
    <message>
        <source>Due ¥%1 · Paid ¥%2 · Outstanding ¥%3 (%4 unpaid)</source>
        <translation>应收 ¥%1 · 实收 ¥%2 · 未收 ¥%3（%4 人未缴）</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记缴费</translation>
    </message>
    <message>
        <source>%1 pays ¥%2.
Receipt number (leave blank for the next automatic number):</source>
        <translation>%1 缴费 ¥%2。
收据号（留空则自动编号）：</translation>
    </message>
    <message>
        <source>%1 paid: receipt %2</source>
        <translation>%1 已缴费：收据号 %2</translation>
    </message>
    <message>
        <source>The payment of %1 is recorded with receipt number %2.</source>
        <translation>已登记 %1 的缴费，收据号 %2。</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>撤销缴费</translation>
    </message>
    <message>
        <source>Cancel the payment of %1 (receipt %2)?
Reason (kept in the audit log):</source>
        <translation>撤销 %1 的缴费（收据号 %2）？
原因（记入操作日志）：</translation>
    </message>
    <message>
        <source>Payment of %1 cancelled</source>
        <translation>已撤销 %1 的缴费</translation>
    </message>
    <message>
        <source>Save the fee report</source>
        <translation>保存收费明细表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>文件未能保存：%1</translation>
    </message>
    <message>
        <source>Saved to %1 (1 page).</source>
        <translation>已保存到 %1（共 1 页）。</translation>
    </message>
    <message>
        <source>Saved to %1 (%2 pages).</source>
        <translation>已保存到 %1（共 %2 页）。</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Set up the administrator</source>
        <translation>设置管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Choose the administrator&apos;s user name and password; the administrator then creates the accounts of staff and judges.</source>
        <translation>该数据库中还没有任何账号。请设置管理员的用户名和密码，之后由管理员为工作人员和裁判创建账号。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FormImportReportDialog</name>
    <message>
        <source>Online sign-ups from %1</source>
        <translation>%1 中的网上报名</translation>
    </message>
    <message>
        <source>%1 got a place: %2</source>
        <translation>%1 人获得名额：%2</translation>
    </message>
    <message>
        <source>%1 joined the waiting list: %2</source>
        <translation>%1 人进入候补名单：%2</translation>
    </message>
    <message>
        <source>%1 people were new and are now registered as trainees.</source>
        <translation>其中 %1 人此前未登记，现已登记为学员。</translation>
    </message>
    <message>
        <source>Skipped %1 rows: %2 signed up already, %3 repeated in the file, %4 withdrew later.</source>
        <translation>跳过 %1 行：%2 行已报名，%3 行在文件中重复，%4 行此后已退出。</translation>
    </message>
    <message>
        <source>Form submissions were placed by their submission time; places already given at the desk were kept.</source>
        <translation>网上报名按提交时间排序录取；窗口已录取的名额保持不变。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problem(s). Correct these rows in the file and import it again.</source>
        <translation>未导入任何数据：共 %1 处问题。请在文件中改正这些行后重新导入。</translation>
    </message>
</context>
<context>
    <name>HolderPicker</name>
    <message>
        <source>Search name, ID number or employer</source>
        <translation>搜索姓名、身份证号码或单位</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
    <message>
        <source>Holders: %1</source>
        <translation>持证人：%1 名</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>%1，您好！</translation>
    </message>
    <message>
        <source>Today&apos;s tasks</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Open the list behind this figure</source>
        <translation>查看该数字对应的明细</translation>
    </message>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>今天没有需要处理的事项。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import of %1</source>
        <translation>导入结果：%1</translation>
    </message>
    <message>
        <source>%1 trainees were imported.</source>
        <translation>已成功导入 %1 名学员。</translation>
    </message>
    <message>
        <source>New %1: %2</source>
        <translation>新增%1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problem(s) in %2 row(s). Correct these rows in the file and import it again.</source>
        <translation>未导入任何数据：共 %2 行存在 %1 处问题。请在文件中改正这些行后重新导入。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>counties</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>occupations</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>honours</source>
        <translation>荣誉</translation>
    </message>
</context>
<context>
    <name>IssueDateDialog</name>
    <message>
        <source>Issue date:</source>
        <translation>发证日期：</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>文件未能保存：%1</translation>
    </message>
    <message>
        <source>%1 certificates were issued and saved to %2.

Show them now for printing?</source>
        <translation>已发放 %1 份证书，并保存到 %2。

现在打开以便打印吗？</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue certificates</source>
        <translation>发放证书</translation>
    </message>
    <message>
        <source>As registered for the trainee</source>
        <translation>按学员登记信息</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>不打印</translation>
    </message>
    <message>
        <source>Fields only (pre-printed stock)</source>
        <translation>仅打印内容（套打）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>证书类型：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>发证日期：</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>技能等级：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业（工种）：</translation>
    </message>
    <message>
        <source>Award:</source>
        <translation>奖项：</translation>
    </message>
    <message>
        <source>Competition:</source>
        <translation>竞赛名称：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>培训班：</translation>
    </message>
    <message>
        <source>Training hours:</source>
        <translation>培训学时：</translation>
    </message>
    <message>
        <source>Honour:</source>
        <translation>荣誉称号：</translation>
    </message>
    <message>
        <source>Holders (several make a batch)</source>
        <translation>持证人（可多人批量发证）</translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation>发证并打印…</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Issuing and printing %1 certificates…</source>
        <translation>正在发放并打印 %1 张证书…</translation>
    </message>
</context>
<context>
    <name>JudgeWindow</name>
    <message>
        <source>Skillbase — judging</source>
        <translation>匠心实训基地管理系统 — 裁判评分</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>裁判：%1</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>赛项：</translation>
    </message>
    <message>
        <source>My sheets</source>
        <translation>我的评分表</translation>
    </message>
    <message>
        <source>Chief judge</source>
        <translation>裁判长</translation>
    </message>
    <message>
        <source>No event to mark</source>
        <translation>没有需要评分的赛项</translation>
    </message>
    <message>
        <source>Choose your event…</source>
        <translation>请选择赛项…</translation>
    </message>
    <message>
        <source>%1, chief judge</source>
        <translation>%1 · 裁判长</translation>
    </message>
    <message>
        <source>marks locked</source>
        <translation>评分已锁定</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>%1 号</translation>
    </message>
    <message>
        <source>%1/%2 marked</source>
        <translation>已评 %1/%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Marked %1 of %2 sheets · %3 submitted</source>
        <translation>已评分 %1/%2 张评分表 · 已提交 %3 张</translation>
    </message>
    <message>
        <source>Choose your event above.</source>
        <translation>请在上方选择赛项。</translation>
    </message>
    <message>
        <source>You have no sheets to mark in this event.</source>
        <translation>您在该赛项中没有需要评分的评分表。</translation>
    </message>
    <message>
        <source>Submit the sheet of No. %1? It cannot be changed afterwards unless the chief judge returns it.</source>
        <translation>确定提交 %1 号选手的评分表吗？提交后不能再修改，除非裁判长将其退回。</translation>
    </message>
</context>
<context>
    <name>JudgesDialog</name>
    <message>
        <source>Judges</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Chief judge</source>
        <translation>裁判长</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>代表队</translation>
    </message>
    <message>
        <source>Chief judge (裁判长)</source>
        <translation>裁判长</translation>
    </message>
    <message>
        <source>Add or update judge</source>
        <translation>添加或更新裁判</translation>
    </message>
    <message>
        <source>A judge is never given the sheets of contestants from their employer or team. Judges who mark on their own workstation need an account with the judge role.</source>
        <translation>裁判不会分到与其同单位或同代表队选手的评分表（回避）。在自己电脑上评分的裁判需要一个具有裁判角色的账号。</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>代表队：</translation>
    </message>
    <message>
        <source>(no account: marks typed in by staff)</source>
        <translation>（无账号：由工作人员录入分数）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Judging</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Excluded (team)</source>
        <translation>回避（同代表队）</translation>
    </message>
    <message>
        <source>Excluded (employer)</source>
        <translation>回避（同单位）</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>0–%1, step %2</source>
        <translation>0–%1，评分单位 %2</translation>
    </message>
</context>
<context>
    <name>LodgeAppealDialog</name>
    <message>
        <source>Lodge an appeal</source>
        <translation>登记申诉</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>号码或姓名</translation>
    </message>
    <message>
        <source>What the contestant contests, as written on the appeal</source>
        <translation>选手申诉的内容，按申诉书填写</translation>
    </message>
    <message>
        <source>Who signed it: the contestant or the team leader</source>
        <translation>申诉书签名人：选手本人或领队</translation>
    </message>
    <message>
        <source>Contestant:</source>
        <translation>选手：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Lodged by:</source>
        <translation>提出人：</translation>
    </message>
    <message>
        <source>Time lodged:</source>
        <translation>提出时间：</translation>
    </message>
    <message>
        <source>Choose a contestant from the list.</source>
        <translation>请从列表中选择选手。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Skillbase</source>
        <translation>登录匠心实训基地管理系统</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Skillbase — skills-training base management</source>
        <translation>匠心实训基地管理系统</translation>
    </message>
    <message>
        <source>Demo accounts:</source>
        <translation>演示账号：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skillbase — skills-training base management</source>
        <translation>匠心实训基地管理系统</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>名师带徒</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>技能等级认定</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>技能竞赛</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation>证书查验</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Skillbase</source>
        <translation>关于本系统(&amp;A)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>数据库已备份到 %1。</translation>
    </message>
    <message>
        <source>About Skillbase</source>
        <translation>关于匠心实训基地管理系统</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Skillbase %1&lt;/h3&gt;&lt;p&gt;匠心实训基地管理系统 — the desktop application of a skills-training base: trainees, training, mentoring, skill-level appraisal and competitions.&lt;/p&gt;&lt;p&gt;Chinese text uses the bundled WenQuanYi Micro Hei font (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;匠心实训基地管理系统 %1&lt;/h3&gt;&lt;p&gt;Skillbase — 面向职工技能实训基地的桌面管理软件，涵盖学员管理、技能培训、名师带徒、职业技能等级认定和技能竞赛等业务。&lt;/p&gt;&lt;p&gt;中文界面使用随附的文泉驿微米黑字体（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkSheetModel</name>
    <message>
        <source>Type a number such as 8 or 7.5.</source>
        <translation>请输入数字，如 8 或 7.5。</translation>
    </message>
</context>
<context>
    <name>MarksTab</name>
    <message>
        <source>Contestants appear by drawn number only. Type a mark, Enter saves it and moves down; Delete clears it.</source>
        <translation>选手仅以加密号显示。输入分数后按回车保存并移到下一行；按 Delete 清除。</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>评分表：</translation>
    </message>
    <message>
        <source>Measurements (agreed values)</source>
        <translation>测量项（统一结果）</translation>
    </message>
    <message>
        <source>Judge %1</source>
        <translation>裁判 %1</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>The judges&apos; marks for these aspects are too far apart: look at them again.</source>
        <translation>以下评分项的裁判评分相差过大，请复核。</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <source>Judges far apart on</source>
        <translation>评分差异过大的评分项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Chief judge</source>
        <translation>裁判长</translation>
    </message>
</context>
<context>
    <name>MentorModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>最高等级</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Active apprentices</source>
        <translation>在带学徒</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>帮带协议</translation>
    </message>
    <message>
        <source>好师傅</source>
        <translation>好师傅</translation>
    </message>
    <message>
        <source>Does not meet the mentor rule at present</source>
        <translation>目前不符合导师条件</translation>
    </message>
</context>
<context>
    <name>Mentoring</name>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Apprentices promoted</source>
        <translation>学徒晋级</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>学徒获奖</translation>
    </message>
    <message>
        <source>Agreements completed</source>
        <translation>完成协议</translation>
    </message>
    <message>
        <source>Average review score</source>
        <translation>考核平均分</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Level gained</source>
        <translation>晋升等级</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>获奖</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>按计划推进</translation>
    </message>
    <message>
        <source>Behind plan</source>
        <translation>进度滞后</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>尚无计划</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 项逾期</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <source>Agreements</source>
        <translation>帮带协议</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>好师傅 nomination</source>
        <translation>好师傅评选</translation>
    </message>
</context>
<context>
    <name>MentorsTab</name>
    <message>
        <source>Search name or ID number</source>
        <translation>搜索姓名或身份证号码</translation>
    </message>
    <message>
        <source>Add skill level…</source>
        <translation>添加技能等级…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>带徒规则…</translation>
    </message>
    <message>
        <source>Rule: level %1 or higher in the occupation, or an honour containing %2; at most %3 active apprentices. Grey names do not meet the rule now.</source>
        <translation>导师条件：具有本工种%1及以上等级，或所获荣誉含有“%2”字样；同时在带学徒不超过 %3 名。灰色显示的人员目前不符合条件。</translation>
    </message>
    <message>
        <source> (second mentor)</source>
        <translation> （职业素养导师）</translation>
    </message>
    <message>
        <source>Add a skill level</source>
        <translation>添加技能等级</translation>
    </message>
    <message>
        <source>A level %1 holds, from the certificate they show.</source>
        <translation>根据%1出示的证书，登记其已取得的等级。</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Obtained on:</source>
        <translation>取得日期：</translation>
    </message>
    <message>
        <source>Certificate number:</source>
        <translation>证书编号：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>发证机构：</translation>
    </message>
    <message>
        <source>Mentoring rules</source>
        <translation>带徒规则</translation>
    </message>
    <message>
        <source>Who may be a mentor, how many apprentices at a time, and the points of the 好师傅 score (the average review score counts weight × average / 100).</source>
        <translation>设置导师资格条件、每名导师同时可带学徒人数，以及好师傅评选得分的各项分值（考核平均分按“分值 × 平均分 / 100”计分）。</translation>
    </message>
    <message>
        <source>Lowest level a mentor holds:</source>
        <translation>导师最低等级：</translation>
    </message>
    <message>
        <source>Or an honour containing (separate with 、):</source>
        <translation>或荣誉含有（以“、”分隔）：</translation>
    </message>
    <message>
        <source>Most active apprentices:</source>
        <translation>在带学徒上限：</translation>
    </message>
    <message>
        <source>Honour title:</source>
        <translation>荣誉称号：</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>分值：%1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>An ID card number has 18 characters; this one has {count}.</source>
        <translation>身份证号码应为 18 位，当前输入的是 {count} 位。</translation>
    </message>
    <message>
        <source>An ID card number is 17 digits followed by a digit or X.</source>
        <translation>身份证号码应由 17 位数字和 1 位数字或字母 X 组成。</translation>
    </message>
    <message>
        <source>The ID card number starts with {code}, which is no province code.</source>
        <translation>身份证号码的前两位 {code} 不是有效的省级行政区划代码。</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The birth date is more than 120 years ago.</source>
        <translation>出生日期距今已超过 120 年，请核对。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation>姓名不能超过 {max} 个字。</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>姓名中不能含有数字。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number (13912345678) or a landline with area code (0595-22123456).</source>
        <translation>请输入 11 位手机号码（如 13912345678）或带区号的固定电话（如 0595-22123456）。</translation>
    </message>
    <message>
        <source>The ID card number belongs to a {gender}; check the gender or the number.</source>
        <translation>根据身份证号码，性别应为“{gender}”，请核对性别或身份证号码。</translation>
    </message>
    <message>
        <source>The ID card number gives the birth date {date}; check the date or the number.</source>
        <translation>根据身份证号码，出生日期应为 {date}，请核对出生日期或身份证号码。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>An administrator exists already; log in instead.</source>
        <translation>管理员账号已存在，请直接登录。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>密码错误次数过多，该账号已被锁定至 {time}。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 characters and no spaces.</source>
        <translation>用户名应为 1 至 64 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>用户名“{name}”已被使用，请换一个。</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>请为该账号至少分配一个角色。</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>未知角色：{role}。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters and no spaces at either end.</source>
        <translation>密码至少需要 8 个字符，且首尾不能有空格。</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>系统中必须至少保留一个已启用的管理员账号。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask an administrator.</source>
        <translation>您的账号无权进行此操作，请联系管理员。</translation>
    </message>
    <message>
        <source>The database could not save this ({reason}). Nothing was changed; check the disk space and the connection, then try again.</source>
        <translation>数据库未能保存本次操作（{reason}），数据未作任何更改。请检查磁盘空间和数据库连接后重试。</translation>
    </message>
    <message>
        <source>{count} account(s) locked after wrong passwords</source>
        <translation>{count} 个账号因密码错误次数过多被锁定</translation>
    </message>
    <message>
        <source>Trainees registered</source>
        <translation>在册学员</translation>
    </message>
    <message>
        <source>New this month</source>
        <translation>本月新增</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Model workers and craftsmen</source>
        <translation>劳模工匠</translation>
    </message>
    <message>
        <source>{count} trainee(s) have no employer recorded</source>
        <translation>{count} 名学员未登记单位</translation>
    </message>
    <message>
        <source>{count} trainee(s) have no phone number</source>
        <translation>{count} 名学员未登记联系电话</translation>
    </message>
    <message>
        <source>{figure} this year</source>
        <translation>本年{figure}</translation>
    </message>
    <message>
        <source>{count} class(es) open sign-up today</source>
        <translation>{count} 个培训班今天开始报名</translation>
    </message>
    <message>
        <source>{count} trainee(s) on the waiting lists of {classes} class(es)</source>
        <translation>{classes} 个培训班的候补名单中共有 {count} 名学员</translation>
    </message>
    <message>
        <source>{count} competition event(s) being marked</source>
        <translation>{count} 个赛项正在评分</translation>
    </message>
    <message>
        <source>{count} score sheet(s) returned to their judges</source>
        <translation>{count} 张评分表已退回裁判</translation>
    </message>
    <message>
        <source>{count} mentoring agreement(s) end within 30 days: renew or complete them</source>
        <translation>{count} 份师徒帮带协议将在 30 天内到期，请办理续签或完成</translation>
    </message>
    <message>
        <source>{count} appraisal batch(es) waiting for scores or approval</source>
        <translation>{count} 个认定批次待录入成绩或待批准</translation>
    </message>
    <message>
        <source>The database at {location} was written by a newer Skillbase (schema {revision}). Install the newer version; the database was left untouched.</source>
        <translation>位于 {location} 的数据库由更高版本的本系统创建（数据库结构版本 {revision}）。请安装新版本后再打开；该数据库未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot open the database at {location}: {reason}</source>
        <translation>无法打开位于 {location} 的数据库：{reason}</translation>
    </message>
    <message>
        <source>This database is on a server: back it up there with pg_dump.</source>
        <translation>该数据库位于服务器上，请在服务器端使用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>This database is on a server: restore it there with pg_restore.</source>
        <translation>该数据库位于服务器上，请在服务器端使用 pg_restore 恢复。</translation>
    </message>
    <message>
        <source>Not restored, the current database is unchanged: {reason}</source>
        <translation>恢复未完成，当前数据库保持不变：{reason}</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; nothing was added.</source>
        <translation>已取消创建演示数据，未添加任何内容。</translation>
    </message>
    <message>
        <source>Enter the employer&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>An employer named {name} is registered already.</source>
        <translation>单位“{name}”已登记，请勿重复添加。</translation>
    </message>
    <message>
        <source>Another employer has the credit code {code}.</source>
        <translation>统一社会信用代码 {code} 已被其他单位使用。</translation>
    </message>
    <message>
        <source>This employer no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>Enter the ID card number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 of the ID card number ({digits}) are not a real date.</source>
        <translation>身份证号码第 7 至 14 位（{digits}）不是有效的日期。</translation>
    </message>
    <message>
        <source>The check digit (last character) does not match: look for a mistyped digit.</source>
        <translation>校验码（最后一位）不符，请检查是否有数字输错。</translation>
    </message>
    <message>
        <source>This is not a valid unified social credit code: 18 characters with a matching check character.</source>
        <translation>统一社会信用代码无效：应为 18 位，且最后一位校验码须正确。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Close it in Excel or choose another folder.</source>
        <translation>无法写入 {path}：{reason}。请先在 Excel 中关闭该文件，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The ID card number {number} is also in row {row} of this file.</source>
        <translation>身份证号码 {number} 在本文件第 {row} 行重复出现。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>已取消导入，未导入任何数据。</translation>
    </message>
    <message>
        <source>Cannot read {path} as an Excel workbook (.xlsx): {reason}</source>
        <translation>无法以 Excel 工作簿（.xlsx）格式读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>Row 1 of the first sheet must hold the column names; missing: {columns}. Save the blank template to see the expected layout.</source>
        <translation>第一个工作表的第 1 行应为列名，缺少：{columns}。请保存空白模板，参照其格式填写。</translation>
    </message>
    <message>
        <source>The ID card number was stored as a number and lost digits: format the column as text and type it again.</source>
        <translation>身份证号码被存为数值，部分数字已丢失。请将该列设置为文本格式后重新录入。</translation>
    </message>
    <message>
        <source>The gender is 男 or 女.</source>
        <translation>性别应填写“男”或“女”。</translation>
    </message>
    <message>
        <source>The union member column says 是 or 否.</source>
        <translation>“工会会员”一栏应填写“是”或“否”。</translation>
    </message>
    <message>
        <source>The birth date {value} is not a date like 1985-07-21.</source>
        <translation>出生日期 {value} 格式不正确，应为 1985-07-21 这样的日期。</translation>
    </message>
    <message>
        <source>The education is one of: {choices}.</source>
        <translation>学历应为以下之一：{choices}。</translation>
    </message>
    <message>
        <source>The photo is larger than 2 MB; choose a smaller picture.</source>
        <translation>照片超过 2 MB，请选择较小的图片。</translation>
    </message>
    <message>
        <source>This ID card number is registered already, to {name} (archived): restore that record instead.</source>
        <translation>该身份证号码已登记，学员为{name}（已归档），请直接恢复该记录。</translation>
    </message>
    <message>
        <source>This ID card number is registered already, to {name}.</source>
        <translation>该身份证号码已登记，学员为{name}。</translation>
    </message>
    <message>
        <source>This ID card number was just registered at another workstation.</source>
        <translation>该身份证号码刚刚已在另一台电脑上登记。</translation>
    </message>
    <message>
        <source>Choose at least one holder.</source>
        <translation>请至少选择一名证书持有人。</translation>
    </message>
    <message>
        <source>The template {name} is not for this kind of certificate.</source>
        <translation>模板“{name}”不适用于此类证书。</translation>
    </message>
    <message>
        <source>Unknown kind of certificate: {kind}.</source>
        <translation>未知的证书类型：{kind}。</translation>
    </message>
    <message>
        <source>Choose a skill level from 5 to 1.</source>
        <translation>请选择五级至一级中的一个技能等级。</translation>
    </message>
    <message>
        <source>Level {level} needs at least one route.</source>
        <translation>{level} 级至少需要一条申报途径。</translation>
    </message>
    <message>
        <source>A route of level {level} asks for nothing: set at least one requirement.</source>
        <translation>{level} 级有一条申报途径未设任何条件，请至少设置一项要求。</translation>
    </message>
    <message>
        <source>Years are from 0 to 40 (level {level}).</source>
        <translation>年限应在 0 至 40 之间（{level} 级）。</translation>
    </message>
    <message>
        <source>Level 5 is the first level: it has no level below to have held.</source>
        <translation>五级是最低等级，没有下一级证书，不能设置取得下一级证书后年限。</translation>
    </message>
    <message>
        <source>The prize is 一等奖, 二等奖 or 三等奖.</source>
        <translation>奖项应为一等奖、二等奖或三等奖。</translation>
    </message>
    <message>
        <source>Already holds level {level} or higher in this occupation.</source>
        <translation>已取得本工种 {level} 级或更高等级。</translation>
    </message>
    <message>
        <source>The standard of this occupation has no route into level {level}.</source>
        <translation>本工种标准未设 {level} 级的申报途径。</translation>
    </message>
    <message>
        <source>No record of since when they work in the occupation ({years} year(s) needed).</source>
        <translation>未登记从事本职业的起始日期（需满 {years} 年）。</translation>
    </message>
    <message>
        <source>{have} of {years} years in the occupation.</source>
        <translation>从事本职业 {have} 年，需满 {years} 年。</translation>
    </message>
    <message>
        <source>Does not hold level {level}.</source>
        <translation>未取得 {level} 级。</translation>
    </message>
    <message>
        <source>{have} of {years} years since obtaining level {level}.</source>
        <translation>取得 {level} 级已 {have} 年，需满 {years} 年。</translation>
    </message>
    <message>
        <source>No completed training class at level {level} in the occupation.</source>
        <translation>未完成本工种 {level} 级培训。</translation>
    </message>
    <message>
        <source>No {prize} or better in a competition.</source>
        <translation>未在竞赛中获得{prize}及以上奖项。</translation>
    </message>
    <message>
        <source>A score is a number from 0 to 100 with at most one decimal, e.g. 72.5.</source>
        <translation>成绩应为 0 至 100 之间的数字，最多保留一位小数，如 72.5。</translation>
    </message>
    <message>
        <source>Unknown competition level: {level}.</source>
        <translation>未知的竞赛级别：{level}。</translation>
    </message>
    <message>
        <source>The certificate number {number} is of level {found}, not {level}.</source>
        <translation>证书编号 {number} 对应的是 {found} 级，而不是 {level} 级。</translation>
    </message>
    <message>
        <source>The certificate number {number} is neither the national 22-character format (Y or S and 21 digits) nor the older 16 digits.</source>
        <translation>证书编号 {number} 既不是全国统一的 22 位格式（Y 或 S 加 21 位数字），也不是旧版 16 位数字编号。</translation>
    </message>
    <message>
        <source>A mentor takes between 1 and 50 apprentices at a time.</source>
        <translation>每名导师同时带徒人数应在 1 至 50 名之间。</translation>
    </message>
    <message>
        <source>Each weight is between 0 and 1000 points.</source>
        <translation>各项分值应在 0 至 1000 之间。</translation>
    </message>
    <message>
        <source>{name} may not be a mentor: the rule asks for level {level} or higher in the occupation (held: {held}) or an honour such as {honours}.</source>
        <translation>{name}不符合导师条件：须具有本工种{level}及以上等级（现有：{held}），或获得{honours}等荣誉。</translation>
    </message>
    <message>
        <source>{name} already mentors {count} apprentices in active agreements; the limit is {limit}.</source>
        <translation>{name}在履行中的协议中已带学徒 {count} 名，上限为 {limit} 名。</translation>
    </message>
    <message>
        <source>The apprentice cannot be their own mentor.</source>
        <translation>学徒不能担任自己的导师。</translation>
    </message>
    <message>
        <source>Choose a different person as the second mentor.</source>
        <translation>请另选他人担任职业素养导师。</translation>
    </message>
    <message>
        <source>A term is 1, 2 or 3 years.</source>
        <translation>期限应为 1 年、2 年或 3 年。</translation>
    </message>
    <message>
        <source>An agreement that is {current} cannot become {target}.</source>
        <translation>“{current}”状态的协议不能变为“{target}”。</translation>
    </message>
    <message>
        <source>A score is between 0 and 100.</source>
        <translation>评分应在 0 至 100 之间。</translation>
    </message>
    <message>
        <source>Enter the award, e.g. 一等奖.</source>
        <translation>请填写奖项，如“一等奖”。</translation>
    </message>
    <message>
        <source>Enter the competition.</source>
        <translation>请填写竞赛名称。</translation>
    </message>
    <message>
        <source>Enter the class title.</source>
        <translation>请填写培训班名称。</translation>
    </message>
    <message>
        <source>Enter the honour, e.g. 泉州市好师傅.</source>
        <translation>请填写荣誉称号，如“泉州市好师傅”。</translation>
    </message>
    <message>
        <source>The issue date is too far ahead.</source>
        <translation>发证日期过晚，请核对。</translation>
    </message>
    <message>
        <source>The practical assessment cannot come before the theory exam.</source>
        <translation>操作技能考核日期不能早于理论知识考试日期。</translation>
    </message>
    <message>
        <source>The capacity is from 1 to 1000 candidates.</source>
        <translation>考生名额应在 1 至 1000 人之间。</translation>
    </message>
    <message>
        <source>A pass mark is from 0 to 100.</source>
        <translation>合格线应在 0 至 100 之间。</translation>
    </message>
    <message>
        <source>The venue or the examiners are too long.</source>
        <translation>考试地点或考评员内容过长。</translation>
    </message>
    <message>
        <source>The standard of {occupation} has no level {level}.</source>
        <translation>工种“{occupation}”未设 {level} 级。</translation>
    </message>
    <message>
        <source>The batch has candidates: its occupation and level can no longer change.</source>
        <translation>该批次已有考生，工种和等级不能再修改。</translation>
    </message>
    <message>
        <source>The batch already has more candidates than that.</source>
        <translation>该批次现有考生人数已超过此名额。</translation>
    </message>
    <message>
        <source>This appraisal batch no longer exists.</source>
        <translation>该认定批次已不存在。</translation>
    </message>
    <message>
        <source>Batch {number} is approved or cancelled: it can no longer change.</source>
        <translation>批次 {number} 已批准或已取消，不能再修改。</translation>
    </message>
    <message>
        <source>Start scoring batch {number} first.</source>
        <translation>请先开始批次 {number} 的成绩录入。</translation>
    </message>
    <message>
        <source>Batch {number} is being scored: its candidates can no longer change.</source>
        <translation>批次 {number} 正在录入成绩，考生不能再变更。</translation>
    </message>
    <message>
        <source>Batch {number} has room for {free} more candidates.</source>
        <translation>批次 {number} 仅剩 {free} 个名额。</translation>
    </message>
    <message>
        <source>This trainee no longer exists.</source>
        <translation>该学员已不存在。</translation>
    </message>
    <message>
        <source>{name} already holds this level or a higher one in the occupation.</source>
        <translation>{name}已取得本工种该等级或更高等级。</translation>
    </message>
    <message>
        <source>{name} is a candidate of batch {number} for the same level already.</source>
        <translation>{name}已是同等级批次 {number} 的考生。</translation>
    </message>
    <message>
        <source>{name} is not eligible for this level: give the reason for admitting them.</source>
        <translation>{name}不符合该等级的申报条件，请填写破格报名理由。</translation>
    </message>
    <message>
        <source>This candidate is no longer in the batch.</source>
        <translation>该考生已不在此批次中。</translation>
    </message>
    <message>
        <source>Add candidates before scoring.</source>
        <translation>请先添加考生，再录入成绩。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the batch.</source>
        <translation>请填写原因，原因将随批次一并保存。</translation>
    </message>
    <message>
        <source>{name} is archived: restore the trainee before issuing a certificate.</source>
        <translation>{name}已归档，请先恢复该学员再发证。</translation>
    </message>
    <message>
        <source>Cancelled: no certificate was issued or printed.</source>
        <translation>已取消，未发放或打印任何证书。</translation>
    </message>
    <message>
        <source>These certificates use different templates: print them one template at a time.</source>
        <translation>所选证书使用了不同的模板，请按模板分批打印。</translation>
    </message>
    <message>
        <source>Revoked or replaced certificates cannot be printed: {numbers}</source>
        <translation>已作废或已换发的证书不能打印：{numbers}</translation>
    </message>
    <message>
        <source>These values cannot be corrected: {names}</source>
        <translation>以下内容不能更正：{names}</translation>
    </message>
    <message>
        <source>Certificate {number} is already revoked or replaced.</source>
        <translation>证书 {number} 已作废或已换发。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the certificate.</source>
        <translation>请填写原因，原因将随证书一并保存。</translation>
    </message>
    <message>
        <source>No certificate has the number {number}.</source>
        <translation>没有编号为 {number} 的证书。</translation>
    </message>
    <message>
        <source>This is not the code of a Skillbase certificate.</source>
        <translation>这不是本系统签发证书的二维码内容。</translation>
    </message>
    <message>
        <source>The signature does not match the content: the code was altered or made up.</source>
        <translation>签名与内容不符：该二维码内容已被篡改或系伪造。</translation>
    </message>
    <message>
        <source>The signature is sound but this database has no certificate with this number.</source>
        <translation>签名有效，但本数据库中没有此编号的证书。</translation>
    </message>
    <message>
        <source>The code differs from the one issued with this number.</source>
        <translation>该二维码内容与此编号证书发放时的内容不一致。</translation>
    </message>
    <message>
        <source>Replaced by certificate {number}: {reason}</source>
        <translation>已由证书 {number} 换发替代：{reason}</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>This certificate no longer exists.</source>
        <translation>该证书已不存在。</translation>
    </message>
    <message>
        <source>The employer {name} is archived: restore it on the Employers page first.</source>
        <translation>单位“{name}”已归档，请先在“单位”页面将其恢复。</translation>
    </message>
    <message>
        <source>The body type is Y (employer) or S (social organisation).</source>
        <translation>机构类型应为 Y（用人单位）或 S（社会培训评价组织）。</translation>
    </message>
    <message>
        <source>The body code has 4 digits.</source>
        <translation>机构代码应为 4 位数字。</translation>
    </message>
    <message>
        <source>The province code is 2 digits, e.g. 35 for Fujian.</source>
        <translation>省份代码应为 2 位数字，如福建为 35。</translation>
    </message>
    <message>
        <source>The site serial has 6 digits.</source>
        <translation>评价站点序号应为 6 位数字。</translation>
    </message>
    <message>
        <source>A numbering pattern needs exactly one {{serial:N}}, N being the number of digits.</source>
        <translation>编号规则中须有且仅有一个 {{serial:N}}，N 为流水号位数。</translation>
    </message>
    <message>
        <source>A numbering pattern may hold letters, digits, - _ / and {{year}}, {{yy}}, {{serial:N}}.</source>
        <translation>编号规则只能包含字母、数字、- _ / 以及 {{year}}、{{yy}}、{{serial:N}}。</translation>
    </message>
    <message>
        <source>Numbers of this pattern would be too long.</source>
        <translation>按此规则生成的编号过长。</translation>
    </message>
    <message>
        <source>Cannot read {path} as a picture: {reason}</source>
        <translation>无法将 {path} 作为图片读取：{reason}</translation>
    </message>
    <message>
        <source>Enter the issuing body&apos;s name.</source>
        <translation>请填写发证机构名称。</translation>
    </message>
    <message>
        <source>This file is not a template (JSON): {reason}</source>
        <translation>该文件不是证书模板（JSON）：{reason}</translation>
    </message>
    <message>
        <source>A template names its kind: level, award, completion or honour.</source>
        <translation>模板须注明类型：level、award、completion 或 honour。</translation>
    </message>
    <message>
        <source>There is no template {key}.</source>
        <translation>没有名为 {key} 的模板。</translation>
    </message>
    <message>
        <source>This template version no longer exists.</source>
        <translation>该模板版本已不存在。</translation>
    </message>
    <message>
        <source>The template cannot be used: {problems}</source>
        <translation>该模板无法使用：{problems}</translation>
    </message>
    <message>
        <source>An occupation code looks like 6-18-02-04 (digit-2 digits-2 digits-2 digits).</source>
        <translation>工种代码格式应如 6-18-02-04（1 位-2 位-2 位-2 位数字）。</translation>
    </message>
    <message>
        <source>Tick at least one skill level from 五级 to 一级.</source>
        <translation>请至少勾选五级至一级中的一个技能等级。</translation>
    </message>
    <message>
        <source>Enter the occupation&apos;s name.</source>
        <translation>请输入工种名称。</translation>
    </message>
    <message>
        <source>The occupation {name} exists already.</source>
        <translation>工种“{name}”已存在。</translation>
    </message>
    <message>
        <source>Another occupation has the code {code}.</source>
        <translation>代码 {code} 已被其他工种使用。</translation>
    </message>
    <message>
        <source>This occupation no longer exists.</source>
        <translation>该工种已不存在。</translation>
    </message>
    <message>
        <source>{count} trainees hold places in this class: withdraw some before lowering the capacity below {count}.</source>
        <translation>该班已有 {count} 名学员获得名额，名额不能少于 {count}；如需减少，请先办理退出。</translation>
    </message>
    <message>
        <source>This class is cancelled already.</source>
        <translation>该培训班已取消。</translation>
    </message>
    <message>
        <source>Trainees have completed this class, so it cannot be cancelled.</source>
        <translation>该班已有学员结业，不能取消。</translation>
    </message>
    <message>
        <source>Another class has the code {code}.</source>
        <translation>编号 {code} 已被其他培训班使用。</translation>
    </message>
    <message>
        <source>Choose an occupation from the catalogue.</source>
        <translation>请从工种目录中选择工种。</translation>
    </message>
    <message>
        <source>The occupation does not offer this skill level.</source>
        <translation>该工种没有设此技能等级。</translation>
    </message>
    <message>
        <source>A class has at least one seat.</source>
        <translation>培训班名额至少为 1 个。</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>培训费不能为负数。</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>请输入 0 至 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Sign-up must close after it opens.</source>
        <translation>报名截止时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Session {number} on {date}: enter a length between 0.5 and 12 hours.</source>
        <translation>第 {number} 个课次（{date}）：时长应在 0.5 至 12 学时之间。</translation>
    </message>
    <message>
        <source>Two sessions start on {date} at {time}: change one of them.</source>
        <translation>有两个课次都在 {date} {time} 开始，请修改其中一个。</translation>
    </message>
    <message>
        <source>Trainees have completed this class: its sessions and hours are final.</source>
        <translation>该班已有学员结业，课次和学时不能再修改。</translation>
    </message>
    <message>
        <source>The session on {date} has attendance marks: clear them on the Attendance tab first, then remove the session.</source>
        <translation>{date} 的课次已有考勤记录，请先在“考勤”页清除，再删除该课次。</translation>
    </message>
    <message>
        <source>{title} is cancelled.</source>
        <translation>“{title}”已取消。</translation>
    </message>
    <message>
        <source>Sign-up for {title} opens at {time}.</source>
        <translation>“{title}”将于 {time} 开始报名。</translation>
    </message>
    <message>
        <source>Sign-up for {title} closed at {time}.</source>
        <translation>“{title}”已于 {time} 截止报名。</translation>
    </message>
    <message>
        <source>{name} has signed up for this class already.</source>
        <translation>{name}已报名此培训班。</translation>
    </message>
    <message>
        <source>This sign-up is withdrawn already.</source>
        <translation>该报名已退出。</translation>
    </message>
    <message>
        <source>{name} has completed this class and cannot withdraw.</source>
        <translation>{name}已结业，不能退出。</translation>
    </message>
    <message>
        <source>{name} has paid (receipt {receipt}): cancel the payment first, then withdraw.</source>
        <translation>{name}已缴费（收据号 {receipt}），请先撤销缴费再办理退出。</translation>
    </message>
    <message>
        <source>This class no longer exists.</source>
        <translation>该培训班已不存在。</translation>
    </message>
    <message>
        <source>The class changed on another workstation: reload the attendance and enter the marks again.</source>
        <translation>该班已在另一台电脑上被修改，请重新打开考勤表后再登记。</translation>
    </message>
    <message>
        <source>Unknown attendance mark: {mark}.</source>
        <translation>未知的考勤标记：{mark}。</translation>
    </message>
    <message>
        <source>The session on {date} has not taken place yet: mark it on the day.</source>
        <translation>{date} 的课次尚未进行，请在当天登记考勤。</translation>
    </message>
    <message>
        <source>{name} has completed the class: the attendance is final.</source>
        <translation>{name}已结业，考勤不能再修改。</translation>
    </message>
    <message>
        <source>Unknown assessment result: {result}.</source>
        <translation>未知的考核结果：{result}。</translation>
    </message>
    <message>
        <source>A trainee in the selection has completed the class: the result is final.</source>
        <translation>所选学员中有人已结业，考核结果不能再修改。</translation>
    </message>
    <message>
        <source>Choose the trainees who completed the class.</source>
        <translation>请选择结业的学员。</translation>
    </message>
    <message>
        <source>{name} has completed this class already (certificate {number}).</source>
        <translation>{name}已结业（证书编号 {number}）。</translation>
    </message>
    <message>
        <source>The class has no sessions: add them when editing the class.</source>
        <translation>该班还没有课次，请在编辑培训班时添加。</translation>
    </message>
    <message>
        <source>{name}: some sessions have no attendance mark yet.</source>
        <translation>{name}：尚有课次未登记考勤。</translation>
    </message>
    <message>
        <source>{name} attended {pct}% of the sessions, below the class&apos;s minimum.</source>
        <translation>{name}的出勤率为 {pct}%，低于该班的最低要求。</translation>
    </message>
    <message>
        <source>{name} has not passed the final assessment.</source>
        <translation>{name}未通过结业考核。</translation>
    </message>
    <message>
        <source>Only trainees holding a place can be assessed or complete the class.</source>
        <translation>只有获得名额的学员才能参加考核或结业。</translation>
    </message>
    <message>
        <source>{name} holds no place in this class, so there is no fee to pay.</source>
        <translation>{name}未获得该班名额，无需缴费。</translation>
    </message>
    <message>
        <source>{name} has paid already (receipt {receipt}).</source>
        <translation>{name}已缴费（收据号 {receipt}）。</translation>
    </message>
    <message>
        <source>{name} owes nothing for this class.</source>
        <translation>{name}无需缴纳该班费用。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is recorded for another payment already.</source>
        <translation>收据号 {receipt} 已用于另一笔缴费。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept in the audit log.</source>
        <translation>请填写原因，原因将记入操作日志。</translation>
    </message>
    <message>
        <source>No payment is recorded for this sign-up.</source>
        <translation>该报名没有缴费记录。</translation>
    </message>
    <message>
        <source>This sign-up no longer exists.</source>
        <translation>该报名记录已不存在。</translation>
    </message>
    <message>
        <source>{title} is cancelled, so no sign-ups can be imported into it.</source>
        <translation>“{title}”已取消，不能导入报名。</translation>
    </message>
    <message>
        <source>{name} ({number}) is archived in the register: restore the record, then import again.</source>
        <translation>{name}（{number}）在学员库中已归档，请先恢复该记录再导入。</translation>
    </message>
    <message>
        <source>The ID card number {number} is registered to {registered}, not {name}: check the row.</source>
        <translation>身份证号码 {number} 登记的学员是{registered}，不是{name}，请核对该行。</translation>
    </message>
    <message>
        <source>Submitted at {time}, which is later than the database server&apos;s clock ({now}): check the submission time.</source>
        <translation>提交时间 {time} 晚于数据库服务器的当前时间（{now}），请核对提交时间。</translation>
    </message>
    <message>
        <source>Submitted at {time}, before sign-up opened at {opens}.</source>
        <translation>提交时间 {time} 早于报名开始时间 {opens}。</translation>
    </message>
    <message>
        <source>Submitted at {time}, after sign-up closed at {closes}.</source>
        <translation>提交时间 {time} 晚于报名截止时间 {closes}。</translation>
    </message>
    <message>
        <source>This is not a sign-up form export: row 1 of the first sheet has no column {columns}.</source>
        <translation>这不是报名表导出的文件：第一个工作表的第 1 行没有“{columns}”列。</translation>
    </message>
    <message>
        <source>The submission time is empty.</source>
        <translation>提交时间为空。</translation>
    </message>
    <message>
        <source>The submission time {value} is not a date and time like 2026-11-20 09:00:01.</source>
        <translation>提交时间 {value} 格式不正确，应为 2026-11-20 09:00:01 这样的日期和时间。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem} (and {more} more problems)</source>
        <translation>第 {row} 行：{problem}（另有 {more} 处问题）</translation>
    </message>
    <message>
        <source>The seed is 1 to 64 characters, e.g. 20261122.</source>
        <translation>抽签种子应为 1 至 64 个字符，如 20261122。</translation>
    </message>
    <message>
        <source>Paper sheets carry the drawn numbers: switch the paper judges back to screen before drawing again.</source>
        <translation>纸质评分表上印有抽签号：请先将纸质评分的裁判改回电子评分，再重新抽签。</translation>
    </message>
    <message>
        <source>Marks are entered already: the lots can no longer be drawn again.</source>
        <translation>已录入分数，不能再重新抽签。</translation>
    </message>
    <message>
        <source>Enter the contestants before the draw.</source>
        <translation>请先录入选手再抽签。</translation>
    </message>
    <message>
        <source>Draw the lots before entering marks.</source>
        <translation>请先抽签再录入分数。</translation>
    </message>
    <message>
        <source>The event changed on another workstation: reload it and enter the marks again.</source>
        <translation>该赛项已在另一台电脑上被修改，请重新打开后再录入分数。</translation>
    </message>
    <message>
        <source>Contestant {number} is absent or disqualified and gets no marks.</source>
        <translation>选手 {number} 缺考或已取消资格，不能录入分数。</translation>
    </message>
    <message>
        <source>Aspect {code} is judged: say which judge gave the mark.</source>
        <translation>评分项 {code} 为评价项，请注明评分裁判。</translation>
    </message>
    <message>
        <source>Aspect {code} is a measurement: enter its one agreed value, without a judge.</source>
        <translation>评分项 {code} 为测量项：请录入一个统一结果，不注明裁判。</translation>
    </message>
    <message>
        <source>No judges are assigned to this event: its marks are entered by staff.</source>
        <translation>该赛项未分配裁判，分数由工作人员录入。</translation>
    </message>
    <message>
        <source>Measurements are entered by staff, not on a judge&apos;s sheet.</source>
        <translation>测量项由工作人员录入，不在裁判评分表上填写。</translation>
    </message>
    <message>
        <source>This is another judge&apos;s sheet.</source>
        <translation>这是其他裁判的评分表。</translation>
    </message>
    <message>
        <source>This judge is not on the event&apos;s panel: assign the judges first.</source>
        <translation>该裁判不在本赛项的裁判组中，请先分配裁判。</translation>
    </message>
    <message>
        <source>This judge may not mark this contestant: same employer or team.</source>
        <translation>该裁判与该选手同单位或同代表队，须回避，不能为其评分。</translation>
    </message>
    <message>
        <source>This sheet is marked on paper: the recorders type it in twice.</source>
        <translation>该评分表为纸质评分，由录入员两遍录入。</translation>
    </message>
    <message>
        <source>This sheet is submitted: the chief judge must return it before it changes.</source>
        <translation>该评分表已提交，须由裁判长退回后才能修改。</translation>
    </message>
    <message>
        <source>Aspect {code}: a mark from 0 to {max} in steps of {step}.</source>
        <translation>评分项 {code}：分数应在 0 至 {max} 之间，以 {step} 为单位。</translation>
    </message>
    <message>
        <source>This mark was changed at another workstation meanwhile (it is now {now}): look at the sheet again, then enter your mark if it is still needed.</source>
        <translation>该分数在此期间已被另一台电脑修改（现为 {now}）：请重新查看评分表，如仍需修改再录入。</translation>
    </message>
    <message>
        <source>Only the event&apos;s chief judge or staff publish the results.</source>
        <translation>只有本赛项裁判长或工作人员可以公布成绩。</translation>
    </message>
    <message>
        <source>These results are published already.</source>
        <translation>该成绩已公布。</translation>
    </message>
    <message>
        <source>There are no results to publish yet.</source>
        <translation>尚无可公布的成绩。</translation>
    </message>
    <message>
        <source>Marks are missing for contestants {numbers}.</source>
        <translation>以下选手尚有缺项：{numbers}。</translation>
    </message>
    <message>
        <source>Judges are more than one mark apart for contestants {numbers}: have them re-mark, or accept the marks as they are.</source>
        <translation>以下选手的裁判评分相差超过 1 分：{numbers}。请裁判复评，或确认按现有评分计算。</translation>
    </message>
    <message>
        <source>The chief judge locks the marks before the results are published.</source>
        <translation>成绩公布前须由裁判长锁定评分。</translation>
    </message>
    <message>
        <source>Publish the results before issuing certificates.</source>
        <translation>请先公布成绩再发放证书。</translation>
    </message>
    <message>
        <source>Every prize winner has a certificate already.</source>
        <translation>所有获奖选手均已发证。</translation>
    </message>
    <message>
        <source>Certificates were issued for this event at another workstation: reload.</source>
        <translation>该赛项的证书已在另一台电脑上发放，请重新打开。</translation>
    </message>
    <message>
        <source>Choose an event of a later stage of the same competition.</source>
        <translation>请选择同一竞赛中后续赛段的赛项。</translation>
    </message>
    <message>
        <source>Set who advances from this stage first (the top N or a minimum total).</source>
        <translation>请先设置本赛段的晋级规则（前 N 名或最低总分）。</translation>
    </message>
    <message>
        <source>Publish the results before advancing anyone.</source>
        <translation>请先公布成绩再办理晋级。</translation>
    </message>
    <message>
        <source>A marking scheme needs at least one aspect.</source>
        <translation>评分标准至少应有一个评分项。</translation>
    </message>
    <message>
        <source>Give the aspect a code, e.g. A1.</source>
        <translation>请填写评分项编号，如 A1。</translation>
    </message>
    <message>
        <source>The code {code} is used twice.</source>
        <translation>编号 {code} 重复。</translation>
    </message>
    <message>
        <source>The section is theory or practical.</source>
        <translation>分项应为 theory（理论）或 practical（实操）。</translation>
    </message>
    <message>
        <source>The type is M (measurement) or J (judgement).</source>
        <translation>类型应为 M（测量）或 J（评价）。</translation>
    </message>
    <message>
        <source>The maximum {max} is not a multiple of the step {step}.</source>
        <translation>满分 {max} 不是评分单位 {step} 的整数倍。</translation>
    </message>
    <message>
        <source>The maximum and the step are positive numbers.</source>
        <translation>满分和评分单位应为正数。</translation>
    </message>
    <message>
        <source>Use at most two decimals for the maximum and the step.</source>
        <translation>满分和评分单位最多保留两位小数。</translation>
    </message>
    <message>
        <source>Marks are entered already: the marking scheme can no longer change.</source>
        <translation>已录入分数，评分标准不能再修改。</translation>
    </message>
    <message>
        <source>Row 1 has no column {columns}.</source>
        <translation>第 1 行缺少列：{columns}。</translation>
    </message>
    <message>
        <source>The max and step columns hold numbers, e.g. 10 and 0.5.</source>
        <translation>max 和 step 列应填写数字，如 10 和 0.5。</translation>
    </message>
    <message>
        <source>The code {code} is also in row {row}.</source>
        <translation>编号 {code} 与第 {row} 行重复。</translation>
    </message>
    <message>
        <source>Enter the competition&apos;s name.</source>
        <translation>请填写竞赛名称。</translation>
    </message>
    <message>
        <source>Enter the year, e.g. 2026.</source>
        <translation>请填写年度，如 2026。</translation>
    </message>
    <message>
        <source>The level is enterprise, county, city or province.</source>
        <translation>级别应为企业级、县级、市级或省级。</translation>
    </message>
    <message>
        <source>The stage is selection, preliminary or final.</source>
        <translation>赛段应为选拔赛、初赛或决赛。</translation>
    </message>
    <message>
        <source>Advance at least the top one, or give a total between 0 and 100.</source>
        <translation>晋级名额至少为 1 名，或填写 0 至 100 之间的总分。</translation>
    </message>
    <message>
        <source>This competition no longer exists.</source>
        <translation>该竞赛已不存在。</translation>
    </message>
    <message>
        <source>Marks are entered already: the scoring preset, the marks dropped and the weights can no longer change.</source>
        <translation>已录入分数，评分规则、去掉的分数个数和分项权重不能再修改。</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>请填写赛项名称。</translation>
    </message>
    <message>
        <source>The scoring preset is china or worldskills.</source>
        <translation>评分规则应为 china（国内规则）或 worldskills（世赛规则）。</translation>
    </message>
    <message>
        <source>The number of marks dropped cannot be negative.</source>
        <translation>去掉的分数个数不能为负数。</translation>
    </message>
    <message>
        <source>The section weights must add up to 1 (e.g. theory 0.3 and practical 0.7).</source>
        <translation>分项权重之和应为 1（如理论 0.3、实操 0.7）。</translation>
    </message>
    <message>
        <source>The prize shares are fractions of the ranked contestants and add up to at most 1.</source>
        <translation>获奖比例为参加排名选手的比例，合计不超过 1。</translation>
    </message>
    <message>
        <source>The minimum total is between 0 and 100.</source>
        <translation>最低获奖分应在 0 至 100 之间。</translation>
    </message>
    <message>
        <source>A team limit is at least one contestant (leave it empty for no limit).</source>
        <translation>每队人数上限至少为 1（不限则留空）。</translation>
    </message>
    <message>
        <source>A team scores with at least one member.</source>
        <translation>团体成绩至少取 1 名选手的成绩。</translation>
    </message>
    <message>
        <source>Appeals are lodged within 1 to 72 hours of publication.</source>
        <translation>申诉时限应为成绩公布后 1 至 72 小时。</translation>
    </message>
    <message>
        <source>Use at most four decimals.</source>
        <translation>最多保留四位小数。</translation>
    </message>
    <message>
        <source>This competition event no longer exists.</source>
        <translation>该赛项已不存在。</translation>
    </message>
    <message>
        <source>The results of {name} are published: they can no longer change.</source>
        <translation>“{name}”的成绩已公布，不能再修改。</translation>
    </message>
    <message>
        <source>Give the judge a label, e.g. J1.</source>
        <translation>请填写裁判编号，如 J1。</translation>
    </message>
    <message>
        <source>The account must hold the judge role: give it that role under Users first.</source>
        <translation>该账号须具有裁判角色，请先在“用户”中为其分配该角色。</translation>
    </message>
    <message>
        <source>This account is judge {label} of the competition already.</source>
        <translation>该账号已是本竞赛的裁判 {label}。</translation>
    </message>
    <message>
        <source>The marks of {name} are locked: judge {label}&apos;s employer and team can no longer change.</source>
        <translation>{name} 的评分已锁定：裁判 {label} 的单位和代表队不能再修改。</translation>
    </message>
    <message>
        <source>No team of this competition is called {name}: pick one from the list.</source>
        <translation>本竞赛没有名为 {name} 的代表队，请从列表中选择。</translation>
    </message>
    <message>
        <source>No employer is called {name}: pick one from the list.</source>
        <translation>没有名为“{name}”的单位，请从列表中选择。</translation>
    </message>
    <message>
        <source>The judges changed on another workstation: reload and assign them again.</source>
        <translation>裁判已在另一台电脑上被修改，请重新打开后再分配。</translation>
    </message>
    <message>
        <source>The chief judge must be one of the event&apos;s judges.</source>
        <translation>裁判长须为本赛项的裁判之一。</translation>
    </message>
    <message>
        <source>Judge {label} has marked this event already and stays on its panel.</source>
        <translation>裁判 {label} 已为该赛项评分，须保留在裁判组中。</translation>
    </message>
    <message>
        <source>Judge {label} has marked contestants {numbers}, who come from the judge&apos;s employer or team: clear those marks (or return the sheets and clear them) first.</source>
        <translation>裁判 {label} 已为选手 {numbers} 评分，而这些选手与该裁判同单位或同代表队：请先清除这些评分（或退回评分表后清除）。</translation>
    </message>
    <message>
        <source>The chief judge has locked the marks of {name}: they can no longer change.</source>
        <translation>裁判长已锁定“{name}”的评分，不能再修改。</translation>
    </message>
    <message>
        <source>The lots of {name} are drawn: add contestants before the draw.</source>
        <translation>“{name}”已抽签，请在抽签前添加选手。</translation>
    </message>
    <message>
        <source>The status is present, absent or disqualified.</source>
        <translation>状态应为到场、缺考或取消资格。</translation>
    </message>
    <message>
        <source>{name} is entered in this event already.</source>
        <translation>{name}已报名该赛项。</translation>
    </message>
    <message>
        <source>{team} has {count} contestants in this event already, the most it may enter.</source>
        <translation>{team}在该赛项已有 {count} 名选手，已达上限。</translation>
    </message>
    <message>
        <source>Entry number {number} is taken in this event.</source>
        <translation>参赛号 {number} 在该赛项中已被使用。</translation>
    </message>
    <message>
        <source>This contestant no longer exists.</source>
        <translation>该选手已不存在。</translation>
    </message>
    <message>
        <source>Draw the lots first: the check-in list shows the drawn numbers.</source>
        <translation>请先抽签：检录表需列出加密号。</translation>
    </message>
    <message>
        <source>The workbook has {count} problems; nothing was imported.</source>
        <translation>工作簿中有 {count} 处问题，未导入任何数据。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet}.</source>
        <translation>工作簿中没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <source>Column A holds a key such as name or preset; its value goes in column B.</source>
        <translation>A 列填写 name、preset 等键名，B 列填写对应的值。</translation>
    </message>
    <message>
        <source>Unknown key {key}; the keys are {keys}.</source>
        <translation>未知的键 {key}；可用的键为：{keys}。</translation>
    </message>
    <message>
        <source>The key {key} is also in row {row}.</source>
        <translation>键 {key} 与第 {row} 行重复。</translation>
    </message>
    <message>
        <source>At most {limit} characters here.</source>
        <translation>此处最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The value of {key} is a number, e.g. {example}.</source>
        <translation>{key} 的值应为数字，如 {example}。</translation>
    </message>
    <message>
        <source>The event has theory and practical aspects: give each section a weight above 0.</source>
        <translation>该赛项同时有理论和实操评分项，两个分项的权重都应大于 0。</translation>
    </message>
    <message>
        <source>The contestant number is a whole number from 1, e.g. 12.</source>
        <translation>参赛号应为从 1 开始的整数，如 12。</translation>
    </message>
    <message>
        <source>Number {number} is also in row {row}.</source>
        <translation>参赛号 {number} 与第 {row} 行重复。</translation>
    </message>
    <message>
        <source>There is no contestant number {number} in the contestants sheet.</source>
        <translation>contestants 工作表中没有参赛号 {number}。</translation>
    </message>
    <message>
        <source>There is no aspect {code} in the scheme sheet.</source>
        <translation>scheme 工作表中没有评分项 {code}。</translation>
    </message>
    <message>
        <source>Aspect {code} is a measurement: leave the judge empty.</source>
        <translation>评分项 {code} 为测量项，裁判一栏请留空。</translation>
    </message>
    <message>
        <source>The mark is a number, e.g. 8.5.</source>
        <translation>分数应为数字，如 8.5。</translation>
    </message>
    <message>
        <source>This mark repeats row {row}: the same contestant, aspect and judge.</source>
        <translation>该分数与第 {row} 行重复：选手、评分项和裁判均相同。</translation>
    </message>
    <message>
        <source>The ID card number {number} is registered to {name}: correct the name or the number.</source>
        <translation>身份证号码 {number} 登记的是{name}，请更正姓名或号码。</translation>
    </message>
    <message>
        <source>{competition} ({year}) has an event {name} in this stage already (id {id}).</source>
        <translation>{competition}（{year}年）在该赛段已有赛项“{name}”（编号 {id}）。</translation>
    </message>
    <message>
        <source>Entry {seq} of the mark chain is missing.</source>
        <translation>评分记录哈希链缺少第 {seq} 条。</translation>
    </message>
    <message>
        <source>Entry {seq} of the mark chain does not match its hash: it was altered.</source>
        <translation>评分记录哈希链第 {seq} 条与其哈希值不符：已被篡改。</translation>
    </message>
    <message>
        <source>The mark chain ends at entry {seq}, not where the event&apos;s record says: entries were removed or added outside the application.</source>
        <translation>评分记录哈希链止于第 {seq} 条，与赛项记录不符：有记录在本系统之外被删除或添加。</translation>
    </message>
    <message>
        <source>A stored mark (contestant {contestant}, aspect {aspect}, judge {judge}) is not in the chain: it was added outside the application.</source>
        <translation>一条已存分数（选手 {contestant}，评分项 {aspect}，裁判 {judge}）不在哈希链中：系在本系统之外添加。</translation>
    </message>
    <message>
        <source>The stored mark of contestant {contestant}, aspect {aspect}, judge {judge} is {found}, but the chain says {expected}: it was changed outside the application.</source>
        <translation>选手 {contestant}、评分项 {aspect}、裁判 {judge} 的已存分数为 {found}，哈希链记录为 {expected}：系在本系统之外被修改。</translation>
    </message>
    <message>
        <source>This sheet changed at another workstation meanwhile: look at it again, then submit.</source>
        <translation>该评分表在此期间已在另一台电脑上被修改，请重新查看后再提交。</translation>
    </message>
    <message>
        <source>This sheet is submitted already.</source>
        <translation>该评分表已提交。</translation>
    </message>
    <message>
        <source>This judge is excluded from this sheet.</source>
        <translation>该裁判须回避此评分表。</translation>
    </message>
    <message>
        <source>Mark every aspect before submitting: {codes} still empty.</source>
        <translation>请为所有评分项评分后再提交：{codes} 尚未评分。</translation>
    </message>
    <message>
        <source>Only the event&apos;s chief judge sees every judge&apos;s sheets.</source>
        <translation>只有本赛项的裁判长可以查看所有裁判的评分表。</translation>
    </message>
    <message>
        <source>Say why the sheet goes back, so the judge knows what to look at.</source>
        <translation>请说明退回原因，以便裁判知道需要复核什么。</translation>
    </message>
    <message>
        <source>Only a submitted sheet can be returned.</source>
        <translation>只能退回已提交的评分表。</translation>
    </message>
    <message>
        <source>{count} sheets are not submitted yet ({sheets}): lock when every judge has submitted.</source>
        <translation>尚有 {count} 张评分表未提交（{sheets}），请待所有裁判提交后再锁定。</translation>
    </message>
    <message>
        <source>Marks are missing for contestants {numbers}: enter them before locking.</source>
        <translation>选手 {numbers} 尚有评分未录入：请录入后再锁定。</translation>
    </message>
    <message>
        <source>Lock the marks before decrypting the numbers.</source>
        <translation>请先锁定评分，再解密加密号。</translation>
    </message>
    <message>
        <source>Only the event&apos;s chief judge may do this.</source>
        <translation>只有本赛项的裁判长可以进行此操作。</translation>
    </message>
    <message>
        <source>This score sheet no longer exists.</source>
        <translation>该评分表已不存在。</translation>
    </message>
    <message>
        <source>Lock the marks of {name} first: the judge-quality report reads the final marks.</source>
        <translation>请先锁定“{name}”的评分：评判质量报告依据最终评分生成。</translation>
    </message>
    <message>
        <source>Appeals are lodged against published results: these are not published yet.</source>
        <translation>申诉只能针对已公布的成绩提出，该成绩尚未公布。</translation>
    </message>
    <message>
        <source>Choose a contestant of this event.</source>
        <translation>请选择本赛项的选手。</translation>
    </message>
    <message>
        <source>Enter the reason the contestant gives.</source>
        <translation>请填写选手提出的申诉理由。</translation>
    </message>
    <message>
        <source>The time lodged cannot be in the future.</source>
        <translation>提出时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The results were published at {time}: an appeal is lodged after that.</source>
        <translation>成绩于 {time} 公布，申诉须在此之后提出。</translation>
    </message>
    <message>
        <source>The deadline for appeals was {deadline} ({hours} hours after the results were published): this appeal is too late.</source>
        <translation>申诉截止时间为 {deadline}（成绩公布后 {hours} 小时），该申诉已逾期。</translation>
    </message>
    <message>
        <source>The deadline passed more than {hours} hours ago: an appeal lodged in time is recorded now by an administrator.</source>
        <translation>申诉期限已过 {hours} 小时以上：按时提出的申诉现须由管理员登记。</translation>
    </message>
    <message>
        <source>This appeal has been ruled on already.</source>
        <translation>该申诉已裁决。</translation>
    </message>
    <message>
        <source>Enter the ruling of the arbitration group.</source>
        <translation>请填写仲裁组的裁决。</translation>
    </message>
    <message>
        <source>A dismissed appeal changes no marks: uphold it to change them.</source>
        <translation>申诉不成立时不修改分数；如需修改分数，请裁定申诉成立。</translation>
    </message>
    <message>
        <source>After these changes marks are missing for contestants {numbers}.</source>
        <translation>按上述修改后，以下选手将有缺项：{numbers}。</translation>
    </message>
    <message>
        <source>The event changed on another workstation: reload it and enter the ruling again.</source>
        <translation>该赛项已在另一台电脑上被修改，请重新打开后再录入裁决。</translation>
    </message>
    <message>
        <source>Aspect {code} is judged: choose a judge who marks contestant {number}.</source>
        <translation>评分项 {code} 为评价项，请选择为选手 {number} 评分的裁判。</translation>
    </message>
    <message>
        <source>The mark of contestant {number} for aspect {code} is changed twice: keep one change.</source>
        <translation>选手 {number} 评分项 {code} 的分数被修改了两次，请只保留一处修改。</translation>
    </message>
    <message>
        <source>A ruling replaces marks, it does not clear them: enter the mark decided for contestant {number}, aspect {code}.</source>
        <translation>裁决只能更改分数，不能清除分数：请录入裁定的选手 {number}、评分项 {code} 的分数。</translation>
    </message>
    <message>
        <source>The mark of contestant {number} for aspect {code} changed meanwhile: look at it again, then enter the ruling.</source>
        <translation>选手 {number} 评分项 {code} 的分数在此期间已被修改，请重新查看后再录入裁决。</translation>
    </message>
    <message>
        <source>Contestant {number}, aspect {code}: the new mark is the mark already there.</source>
        <translation>选手 {number}、评分项 {code}：新分数与现有分数相同。</translation>
    </message>
    <message>
        <source>This appeal no longer exists.</source>
        <translation>该申诉已不存在。</translation>
    </message>
    <message>
        <source>Only staff or the event&apos;s chief judge record appeals and rulings.</source>
        <translation>只有工作人员或本赛项的裁判长可以登记申诉和裁决。</translation>
    </message>
    <message>
        <source>Judge {label} has marked these sheets on screen already ({numbers}): they stay on screen.</source>
        <translation>裁判 {label} 已在系统中为这些评分表评分（{numbers}），这些评分表保持电子评分。</translation>
    </message>
    <message>
        <source>The paper sheets of judge {label} are being typed in already ({numbers}): they stay on paper.</source>
        <translation>裁判 {label} 的这些纸质评分表已在录入中（{numbers}），保持纸质评分。</translation>
    </message>
    <message>
        <source>Draw the lots first: the paper sheets show the encrypted numbers.</source>
        <translation>请先抽签：纸质评分表上需印有加密号。</translation>
    </message>
    <message>
        <source>Judge {label} has no paper sheets left to mark: switch the judge to paper first.</source>
        <translation>裁判 {label} 没有待评分的纸质评分表，请先将该裁判改为纸质评分。</translation>
    </message>
    <message>
        <source>No judge of this event marks on paper: switch a judge to paper first.</source>
        <translation>本赛项没有采用纸质评分的裁判，请先将裁判改为纸质评分。</translation>
    </message>
    <message>
        <source>Sheet {code} belongs to the event {event}: choose that event to type it in.</source>
        <translation>评分表 {code} 属于赛项“{event}”，请选择该赛项后再录入。</translation>
    </message>
    <message>
        <source>Sheet {code} is agreed and counted: the chief judge must return it before it is typed again.</source>
        <translation>评分表 {code} 两遍录入一致并已计入成绩，须由裁判长退回后才能重新录入。</translation>
    </message>
    <message>
        <source>The marking scheme changed meanwhile: find the sheet again and type it once more.</source>
        <translation>评分标准在此期间已被修改，请重新调出该评分表并再次录入。</translation>
    </message>
    <message>
        <source>Sheet code {code} does not check out: a character is mistyped. Type it again or scan the QR code.</source>
        <translation>评分表编号 {code} 校验不通过，有字符输错。请重新输入或扫描二维码。</translation>
    </message>
    <message>
        <source>{code} is not a sheet code: it reads like S-127-08, printed under the sheet&apos;s QR code.</source>
        <translation>{code} 不是评分表编号。评分表编号形如 S-127-08，印在评分表二维码下方。</translation>
    </message>
    <message>
        <source>No score sheet has the code {code}: is the sheet from this database?</source>
        <translation>没有编号为 {code} 的评分表，请确认该评分表是否出自本数据库。</translation>
    </message>
    <message>
        <source>Sheet {code} is excluded: this judge may not mark this contestant.</source>
        <translation>评分表 {code} 属回避情形：该裁判不能为该选手评分。</translation>
    </message>
    <message>
        <source>Sheet {code} is marked on screen by its judge: there is nothing to type in.</source>
        <translation>评分表 {code} 由裁判在系统中直接评分，无需录入。</translation>
    </message>
    <message>
        <source>A sheet is typed in rounds 1 and 2.</source>
        <translation>评分表分第 1 遍和第 2 遍录入。</translation>
    </message>
    <message>
        <source>You typed round {mine} of sheet {code}: round {other} must be typed by another recorder, reading the paper for themselves.</source>
        <translation>您已录入评分表 {code} 的第 {mine} 遍，第 {other} 遍须由另一名录入员对照纸质评分表独立录入。</translation>
    </message>
    <message>
        <source>Round {round} of sheet {code} was typed by {name}: only they correct it.</source>
        <translation>评分表 {code} 的第 {round} 遍由{name}录入，只能由其本人更正。</translation>
    </message>
    <message>
        <source>Both rounds of sheet {code} are typed, by {first} and {second}: only they correct them.</source>
        <translation>评分表 {code} 的两遍已分别由{first}和{second}录入，只能由他们本人更正。</translation>
    </message>
    <message>
        <source>These results are not published yet.</source>
        <translation>该成绩尚未公布。</translation>
    </message>
    <message>
        <source>The event&apos;s occupation {name} is not in the catalogue: levels need one.</source>
        <translation>赛项工种“{name}”不在工种目录中，无法记录等级。</translation>
    </message>
    <message>
        <source>Version {version} of these results does not exist.</source>
        <translation>该成绩没有第 {version} 版。</translation>
    </message>
    <message>
        <source>Agreement {number} is signed: only a draft can be changed.</source>
        <translation>协议 {number} 已签订，只有草稿才能修改。</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the agreement.</source>
        <translation>请填写原因，原因将随协议一并保存。</translation>
    </message>
    <message>
        <source>Only an active agreement can be renewed.</source>
        <translation>只有履行中的协议才能续签。</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts ({start}).</source>
        <translation>协议结束日期不能早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>The allowance cannot be negative.</source>
        <translation>津贴不能为负数。</translation>
    </message>
    <message>
        <source>Reviews are monthly or quarterly.</source>
        <translation>考核周期应为按月或按季度。</translation>
    </message>
    <message>
        <source>Choose a registered, not archived person.</source>
        <translation>请选择已登记且未归档的人员。</translation>
    </message>
    <message>
        <source>The apprentice already has agreement {number} in this occupation.</source>
        <translation>该学徒在此工种已有协议 {number}。</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>该协议已不存在。</translation>
    </message>
    <message>
        <source>Choose at least one mentor.</source>
        <translation>请至少选择一名导师。</translation>
    </message>
    <message>
        <source>Only mentors on the {year} nomination list can be named.</source>
        <translation>只有 {year} 年度评选名单中的导师才能命名。</translation>
    </message>
    <message>
        <source>Already named for {year}: {names}</source>
        <translation>已获 {year} 年度命名：{names}</translation>
    </message>
    <message>
        <source>This review no longer exists.</source>
        <translation>该考核记录已不存在。</translation>
    </message>
    <message>
        <source>Enter the skill to pass on.</source>
        <translation>请填写传授的技能。</translation>
    </message>
    <message>
        <source>The target date lies within the agreement ({start} – {end}).</source>
        <translation>目标日期应在协议期内（{start} – {end}）。</translation>
    </message>
    <message>
        <source>This plan item no longer exists.</source>
        <translation>该计划项已不存在。</translation>
    </message>
    <message>
        <source>Items are signed off while the agreement is active.</source>
        <translation>只有在协议履行期间才能确认计划项。</translation>
    </message>
    <message>
        <source>This item was signed off on {date}.</source>
        <translation>该项已于 {date} 确认掌握。</translation>
    </message>
    <message>
        <source>The sign-off date lies between the start of the agreement and today.</source>
        <translation>确认日期应在协议开始日期至今天之间。</translation>
    </message>
    <message>
        <source>No occupation has the code or name {text}.</source>
        <translation>没有代码或名称为“{text}”的工种。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Give the reason the sign-off is taken back; it is kept in the audit log.</source>
        <translation>请填写撤销确认的理由，理由将记入操作日志。</translation>
    </message>
    <message>
        <source>A sign-off is taken back while the agreement is active.</source>
        <translation>只有协议履行期间才能撤销掌握确认。</translation>
    </message>
    <message>
        <source>This item is not signed off.</source>
        <translation>该技能项尚未确认掌握。</translation>
    </message>
    <message>
        <source>This item was signed off on {date}: undo the sign-off first to change it.</source>
        <translation>该技能项已于 {date} 确认掌握：请先撤销确认再修改。</translation>
    </message>
    <message>
        <source>Reviews are recorded while the agreement is active.</source>
        <translation>只有在协议履行期间才能登记考核。</translation>
    </message>
    <message>
        <source>Reviews are changed while the agreement is active.</source>
        <translation>只有协议履行期间才能修改考核。</translation>
    </message>
    <message>
        <source>Reviews are removed while the agreement is active.</source>
        <translation>只有协议履行期间才能删除考核。</translation>
    </message>
    <message>
        <source>The review cannot come before the agreement starts ({start}).</source>
        <translation>考核日期不能早于协议开始日期（{start}）。</translation>
    </message>
    <message>
        <source>The review of {period} is recorded already.</source>
        <translation>{period} 的考核已登记。</translation>
    </message>
    <message>
        <source>Agreement {number} has ended: its plan is closed.</source>
        <translation>协议 {number} 已结束，带徒计划不能再修改。</translation>
    </message>
    <message>
        <source>Unknown way of obtaining a level: {route}.</source>
        <translation>未知的等级取得方式：{route}。</translation>
    </message>
    <message>
        <source>Trainees on the register</source>
        <translation>在册学员</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose a period of ten years or less.</source>
        <translation>统计期间不能超过十年。</translation>
    </message>
    <message>
        <source>Choose a period between the years 1900 and 9998.</source>
        <translation>统计期间应在 1900 年至 9998 年之间。</translation>
    </message>
    <message>
        <source>Newly registered</source>
        <translation>新登记职工</translation>
    </message>
    <message>
        <source>Union members</source>
        <translation>其中工会会员</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>其中女职工</translation>
    </message>
    <message>
        <source>Trainees registered in the period</source>
        <translation>期内新登记学员</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>结业人数</translation>
    </message>
    <message>
        <source>Fees received (yuan)</source>
        <translation>实收培训费（元）</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>技能培训</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>技能竞赛</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>举办赛项数</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>参赛人次</translation>
    </message>
    <message>
        <source>Workers taking part</source>
        <translation>参赛职工人数</translation>
    </message>
    <message>
        <source>Prize winners</source>
        <translation>获奖人数</translation>
    </message>
    <message>
        <source>Prize winners by prize</source>
        <translation>分奖项获奖人数</translation>
    </message>
    <message>
        <source>Level certificates</source>
        <translation>等级证书</translation>
    </message>
    <message>
        <source>Award certificates</source>
        <translation>获奖证书</translation>
    </message>
    <message>
        <source>Completion certificates</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <source>Honour certificates</source>
        <translation>荣誉证书</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>发证合计</translation>
    </message>
    <message>
        <source>Of them re-issued</source>
        <translation>其中换发</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>New pairs</source>
        <translation>新结对</translation>
    </message>
    <message>
        <source>Pairs in force</source>
        <translation>在带师徒</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>提前终止</translation>
    </message>
    <message>
        <source>Mentors named 好师傅</source>
        <translation>命名好师傅</translation>
    </message>
    <message>
        <source>Mentoring pairs</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>名师带徒</translation>
    </message>
    <message>
        <source>Row 1 of the first sheet must hold the column names; missing: {columns}.</source>
        <translation>第一个工作表的第 1 行应为列名，缺少：{columns}。</translation>
    </message>
    <message>
        <source>No trainee has the ID card number {number}: import or register them first.</source>
        <translation>没有身份证号码为 {number} 的学员，请先导入或登记该学员。</translation>
    </message>
    <message>
        <source>The occupation {name} is not in the catalogue (give its name or code).</source>
        <translation>工种“{name}”不在工种目录中（请填写工种名称或代码）。</translation>
    </message>
    <message>
        <source>The level {value} is not 1 to 5 or a level name like 四级/中级工.</source>
        <translation>等级“{value}”无效，应为 1 至 5 或“四级/中级工”这样的等级名称。</translation>
    </message>
    <message>
        <source>The date obtained {value} is not a past date like 2019-07-01.</source>
        <translation>取得日期“{value}”无效，应为今天以前的日期，如 2019-07-01。</translation>
    </message>
    <message>
        <source>The certificate {number} is already in the level history.</source>
        <translation>证书 {number} 已在等级记录中。</translation>
    </message>
    <message>
        <source>The certificate {number} is also in row {row} of this file.</source>
        <translation>证书 {number} 在本文件第 {row} 行重复出现。</translation>
    </message>
    <message>
        <source>Level {level} has no comprehensive review.</source>
        <translation>{level} 级不设综合评审。</translation>
    </message>
    <message>
        <source>This batch is entered twice: choose the first or the second entry.</source>
        <translation>该批次实行双人录入，请选择第一遍或第二遍录入。</translation>
    </message>
    <message>
        <source>You entered the other round of this sheet: the second entry must be made by someone else.</source>
        <translation>您已录入该成绩的另一遍，第二遍须由其他人员录入。</translation>
    </message>
    <message>
        <source>Another user made this entry: only they can correct it.</source>
        <translation>该成绩由其他用户录入，只能由其本人更正。</translation>
    </message>
    <message>
        <source>Unknown status: {status}.</source>
        <translation>未知的状态：{status}。</translation>
    </message>
    <message>
        <source>Only a batch being scored can be approved (batch {number}).</source>
        <translation>只有正在录入成绩的批次才能批准（批次 {number}）。</translation>
    </message>
    <message>
        <source>{count} double-entry scores do not agree yet: settle every mismatch first.</source>
        <translation>有 {count} 项双人录入的成绩尚不一致，请先逐一核对处理。</translation>
    </message>
    <message>
        <source>{names} hold this level already: mark them withdrawn.</source>
        <translation>{names}已取得该等级，请将其标记为退考。</translation>
    </message>
    <message>
        <source>Scores are missing for {names}: enter them or mark the candidates absent.</source>
        <translation>{names}的成绩尚未录入，请录入成绩或将其标记为缺考。</translation>
    </message>
    <message>
        <source>The level is obtained on the issue date: it cannot be in the future.</source>
        <translation>等级取得日期即发证日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>The batch changed at another workstation meanwhile: reload it.</source>
        <translation>该批次已在另一台电脑上被修改，请重新打开。</translation>
    </message>
    <message>
        <source>Batches approved</source>
        <translation>认定批次</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>报名人数</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>实考人数</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>By appraisal</source>
        <translation>认定晋级</translation>
    </message>
    <message>
        <source>By competition prize</source>
        <translation>以赛代评晋级</translation>
    </message>
    <message>
        <source>Levels gained</source>
        <translation>技能等级晋级</translation>
    </message>
    <message>
        <source>Skill-level appraisal</source>
        <translation>职业技能等级认定</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>技能等级认定</translation>
    </message>
</context>
<context>
    <name>NominationModel</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>帮带协议</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>已命名</translation>
    </message>
</context>
<context>
    <name>NominationTab</name>
    <message>
        <source>Name the chosen 好师傅…</source>
        <translation>命名所选好师傅…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Score = %1 × %2 + %3 × %4 + %5 × %6 + %7 × %8 / 100, counted on the outcomes of %9. Each column shows the count → its points. Choose mentors (Ctrl-click for several) and name them “%10”.</source>
        <translation>得分 = %1 × %2 + %3 × %4 + %5 × %6 + %7 × %8 / 100，按 %9 年度的带徒成果计算。各列显示“数量 → 得分”。选择导师（按住 Ctrl 单击可多选）后，可命名为“%10”。</translation>
    </message>
    <message>
        <source>Choose one or more mentors not yet named for %1.</source>
        <translation>请选择一名或多名尚未获 %1 年度命名的导师。</translation>
    </message>
    <message>
        <source>Name the %1 好师傅</source>
        <translation>命名 %1 年度好师傅</translation>
    </message>
    <message>
        <source>%1 will be named, each receiving an honour certificate; the honour is recorded on the person.</source>
        <translation>将命名%1，每人获发一份荣誉证书，该荣誉同时记入本人信息。</translation>
    </message>
    <message>
        <source>Issuing honour certificates…</source>
        <translation>正在发放荣誉证书…</translation>
    </message>
</context>
<context>
    <name>OccupationDialog</name>
    <message>
        <source>Edit occupation</source>
        <translation>编辑工种</translation>
    </message>
    <message>
        <source>Add occupation</source>
        <translation>添加工种</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Levels offered:</source>
        <translation>设有等级：</translation>
    </message>
</context>
<context>
    <name>OccupationsModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Levels offered</source>
        <translation>设有等级</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员数</translation>
    </message>
</context>
<context>
    <name>OccupationsPage</name>
    <message>
        <source>Search code, name or category</source>
        <translation>搜索代码、名称或类别</translation>
    </message>
    <message>
        <source>Archive %1? Trainees keep it in their records.</source>
        <translation>归档“%1”吗？学员记录中仍保留该工种。</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>恢复“%1”吗？</translation>
    </message>
</context>
<context>
    <name>PanelTab</name>
    <message>
        <source>same employer</source>
        <translation>同单位</translation>
    </message>
    <message>
        <source>same team</source>
        <translation>同代表队</translation>
    </message>
    <message>
        <source>On the panel</source>
        <translation>参与评分</translation>
    </message>
    <message>
        <source>Chief judge</source>
        <translation>裁判长</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>代表队</translation>
    </message>
    <message>
        <source>Save the panel</source>
        <translation>保存裁判组</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>选手</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sheets not given (the judge&apos;s employer or team is the contestant&apos;s):</source>
        <translation>回避的评分表（裁判与选手同单位或同代表队）：</translation>
    </message>
    <message>
        <source>The competition has no judges yet: add them with “Judges…” above.</source>
        <translation>该竞赛尚无裁判，请点击上方的“裁判…”添加。</translation>
    </message>
    <message>
        <source>No panel yet: staff enter marks for any judge on the Marks tab. Tick the judges who mark this event and its chief judge to give each judge their own sheets.</source>
        <translation>尚未组建裁判组：由工作人员在“评分”页代各裁判录入分数。勾选评判本赛项的裁判及裁判长后，每位裁判将获得各自的评分表。</translation>
    </message>
    <message>
        <source>%1 judges on the panel. Each marks their own sheets; the chief judge returns sheets, locks the marks and decrypts the numbers.</source>
        <translation>裁判组共 %1 名裁判，各自填写本人的评分表；裁判长负责退回评分表、锁定评分和解密加密号。</translation>
    </message>
</context>
<context>
    <name>PaperStatusModel</name>
    <message>
        <source>Agreed — counted</source>
        <translation>一致 — 已计入</translation>
    </message>
    <message>
        <source>Mismatch on %1</source>
        <translation>%1 不一致</translation>
    </message>
    <message>
        <source>Left blank on paper</source>
        <translation>纸质评分表有空项</translation>
    </message>
    <message>
        <source>Waiting for round %1</source>
        <translation>待第 %1 遍录入</translation>
    </message>
    <message>
        <source>Returned: type it again</source>
        <translation>已退回：请重新录入</translation>
    </message>
    <message>
        <source>Not typed yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation>评分表编号</translation>
    </message>
    <message>
        <source>Round 1 by</source>
        <translation>第 1 遍录入人</translation>
    </message>
    <message>
        <source>Round 2 by</source>
        <translation>第 2 遍录入人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PaperTab</name>
    <message>
        <source>Judges marking on paper</source>
        <translation>纸质评分的裁判</translation>
    </message>
    <message>
        <source>Print every paper judge&apos;s sheets…</source>
        <translation>打印所有纸质评分裁判的评分表…</translation>
    </message>
    <message>
        <source>Scan the QR code or type the code, e.g. S-127-08, then Enter</source>
        <translation>扫描二维码或输入编号（如 S-127-08），然后按 Enter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>保存本遍录入</translation>
    </message>
    <message>
        <source>Sheet code:</source>
        <translation>评分表编号：</translation>
    </message>
    <message>
        <source>Type a paper sheet in</source>
        <translation>录入纸质评分表</translation>
    </message>
    <message>
        <source>%1 on paper, %2 on screen</source>
        <translation>纸质 %1 张，电子 %2 张</translation>
    </message>
    <message>
        <source>Assign the event&apos;s judges first (Judges…).</source>
        <translation>请先为赛项分配裁判（裁判…）。</translation>
    </message>
    <message>
        <source>Marks on paper</source>
        <translation>纸质评分</translation>
    </message>
    <message>
        <source>Print blank sheets…</source>
        <translation>打印空白评分表…</translation>
    </message>
    <message>
        <source>Paper sheets: %1, agreed and counted: %2</source>
        <translation>纸质评分表：%1 张，两遍一致并已计入：%2 张</translation>
    </message>
    <message>
        <source>No sheets on paper.</source>
        <translation>没有纸质评分表。</translation>
    </message>
    <message>
        <source>The sheets of %1 stay on screen: marks were entered there.</source>
        <translation>选手 %1 的评分表保持电子评分：已在系统中录入了分数。</translation>
    </message>
    <message>
        <source>The sheets of %1 stay on paper: they are being typed in.</source>
        <translation>选手 %1 的评分表保持纸质评分：正在录入中。</translation>
    </message>
    <message>
        <source>Save the blank paper sheets</source>
        <translation>保存空白纸质评分表</translation>
    </message>
    <message>
        <source>Saved %1 pages to %2.</source>
        <translation>已将 %1 页保存到 %2。</translation>
    </message>
    <message>
        <source>%1: type a number such as 8 or 7.5, or leave it empty if the paper does.</source>
        <translation>%1：请输入数字，如 8 或 7.5；纸质评分表上为空则留空。</translation>
    </message>
    <message>
        <source>Scan or type a sheet code to type the sheet in.</source>
        <translation>扫描或输入评分表编号，录入该评分表。</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>评分表 %1</translation>
    </message>
    <message>
        <source>judge %1</source>
        <translation>裁判 %1</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>选手 %1</translation>
    </message>
    <message>
        <source>returned by the chief judge: %1</source>
        <translation>裁判长退回：%1</translation>
    </message>
    <message>
        <source>both rounds were typed by others</source>
        <translation>两遍均已由他人录入</translation>
    </message>
    <message>
        <source>you type round %1</source>
        <translation>您录入第 %1 遍</translation>
    </message>
    <message>
        <source>Agreed — counted.</source>
        <translation>两遍一致，已计入成绩。</translation>
    </message>
    <message>
        <source>Both rounds were typed by other recorders: only they correct them.</source>
        <translation>两遍均已由其他录入员录入，只能由他们本人更正。</translation>
    </message>
    <message>
        <source>Type round %1 from the paper.</source>
        <translation>请对照纸质评分表录入第 %1 遍。</translation>
    </message>
    <message>
        <source>Mismatch on %1: check the paper.</source>
        <translation>%1 两遍不一致，请核对纸质评分表。</translation>
    </message>
    <message>
        <source>Both rounds leave %1 empty: the judge must complete the paper sheet.</source>
        <translation>两遍录入中 %1 均为空，须由裁判补填纸质评分表。</translation>
    </message>
    <message>
        <source>Waiting for the second recorder.</source>
        <translation>等待另一名录入员录入。</translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <source>Skills passport: %1</source>
        <translation>技能护照：%1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Credited hours</source>
        <translation>累计学时</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已录取</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Class cancelled</source>
        <translation>培训班已取消</translation>
    </message>
    <message>
        <source>Training (%1)</source>
        <translation>培训经历（%1）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Hours by occupation</source>
        <translation>分工种学时</translation>
    </message>
    <message>
        <source>Skill levels (%1)</source>
        <translation>技能等级（%1）</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Certificates (%1)</source>
        <translation>证书（%1）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Save skills passport</source>
        <translation>保存技能护照</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Choose a new password for %1. A locked account is unlocked too.</source>
        <translation>请为 %1 设置新密码。如该账号已被锁定，将同时解除锁定。</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PendingChangeModel</name>
    <message>
        <source>Contestant</source>
        <translation>选手</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>裁判</translation>
    </message>
    <message>
        <source>Mark now</source>
        <translation>现分数</translation>
    </message>
    <message>
        <source>New mark</source>
        <translation>新分数</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Name, ID number or phone, then Return</source>
        <translation>输入姓名、身份证号码或手机号码后按回车</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>PlaceChangeModel</name>
    <message>
        <source>No.</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>选手</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>issued: revoke or re-issue</source>
        <translation>已发证：请作废或换发</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已发证</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>确认掌握</translation>
    </message>
    <message>
        <source>Mentor&apos;s comment</source>
        <translation>导师评语</translation>
    </message>
    <message>
        <source>Overdue: the target date has passed and the skill is not signed off</source>
        <translation>已逾期：目标日期已过，该技能尚未确认掌握</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>A new language takes effect when Skillbase next starts.</source>
        <translation>更改的界面语言将在下次启动本系统时生效。</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print certificates</source>
        <translation>打印证书</translation>
    </message>
    <message>
        <source>Fields only (pre-printed stock)</source>
        <translation>仅打印内容（套打）</translation>
    </message>
    <message>
        <source>Offsets of printer</source>
        <translation>打印机偏移</translation>
    </message>
    <message>
        <source>right (mm):</source>
        <translation>向右（毫米）：</translation>
    </message>
    <message>
        <source>down (mm):</source>
        <translation>向下（毫米）：</translation>
    </message>
    <message>
        <source>Calibration page…</source>
        <translation>校准页…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>共 1 页</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>正在准备页面…</translation>
    </message>
    <message>
        <source>Printing on %1…</source>
        <translation>正在 %1 上打印…</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>The printer %1 could not start: check that it is on and connected, then try again.</source>
        <translation>打印机 %1 无法开始打印，请检查其是否开机并已连接，然后重试。</translation>
    </message>
    <message>
        <source>%1 pages sent to %2.</source>
        <translation>已将 %1 页发送到 %2。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>文件未能保存：%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Print 1 certificate</source>
        <translation>打印 1 张证书</translation>
    </message>
    <message>
        <source>Print %1 certificates</source>
        <translation>打印 %1 张证书</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>校准页</translation>
    </message>
</context>
<context>
    <name>PrizeDialog</name>
    <message>
        <source>Promote prize winners</source>
        <translation>以赛代评晋级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Level held</source>
        <translation>现有等级</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>晋升等级</translation>
    </message>
    <message>
        <source>Record these levels…</source>
        <translation>记录这些等级…</translation>
    </message>
    <message>
        <source>Published event:</source>
        <translation>已公布成绩的赛项：</translation>
    </message>
    <message>
        <source>No level can be recorded from this event.</source>
        <translation>无法根据该赛项记录等级。</translation>
    </message>
    <message>
        <source>The prize rules raise %1 people:</source>
        <translation>按以赛代评规则，以下 %1 人可晋级：</translation>
    </message>
    <message>
        <source>The prize rules raise nobody in this event: every winner already holds the level or a higher one, or no rule covers the prize.</source>
        <translation>按以赛代评规则，该赛项无人可晋级：获奖者均已取得相应或更高等级，或其奖项不在规则范围内。</translation>
    </message>
    <message>
        <source>Record the new level of these %1 people (route: prize)? Levels recorded here are kept in their level history.</source>
        <translation>确定为这 %1 人记录新等级（取得方式：以赛代评）吗？在此记录的等级将保存到其等级记录中。</translation>
    </message>
    <message>
        <source>%1 levels were recorded.</source>
        <translation>已记录 %1 条等级。</translation>
    </message>
    <message>
        <source>No competition event has published results yet.</source>
        <translation>尚无已公布成绩的竞赛赛项。</translation>
    </message>
</context>
<context>
    <name>PrizeRulesTable</name>
    <message>
        <source>Prize (or better)</source>
        <translation>奖项（及以上）</translation>
    </message>
    <message>
        <source>Competition level (or higher)</source>
        <translation>竞赛级别（及以上）</translation>
    </message>
    <message>
        <source>Raises to level</source>
        <translation>晋升至等级</translation>
    </message>
</context>
<context>
    <name>PropertyTable</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Empty: not used</source>
        <translation>留空：不使用</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>Re-issue a corrected certificate</source>
        <translation>换发更正后的证书</translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation>换发</translation>
    </message>
    <message>
        <source>Correct what is wrong. The certificate gets a new number and today&apos;s date; the old one stays in the registry as replaced.</source>
        <translation>请更正有误之处。新证书将使用新的编号和今天的日期；原证书保留在登记册中，标记为已换发。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Drawn no.</source>
        <translation>加密号</translation>
    </message>
    <message>
        <source>Entry no.</source>
        <translation>参赛号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>代表队</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Advances</source>
        <translation>晋级</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>700 scale</source>
        <translation>700分制</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Award certificate issued</source>
        <translation>已发获奖证书</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Publish results…</source>
        <translation>公布成绩…</translation>
    </message>
    <message>
        <source>Result sheet (PDF)…</source>
        <translation>成绩表（PDF）…</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>导出成绩…</translation>
    </message>
    <message>
        <source>Issue award certificates…</source>
        <translation>发放获奖证书…</translation>
    </message>
    <message>
        <source>Judge quality (PDF)…</source>
        <translation>评判质量报告（PDF）…</translation>
    </message>
    <message>
        <source>Advancement…</source>
        <translation>晋级…</translation>
    </message>
    <message>
        <source>Provisional: recomputed from the marks as they stand; not yet published.</source>
        <translation>暂定成绩：按当前已录入分数实时计算，尚未公布。</translation>
    </message>
    <message>
        <source>Published: these results are final.</source>
        <translation>已公布：成绩为最终成绩。</translation>
    </message>
    <message>
        <source>Version %1, published again after an appeal&apos;s ruling.</source>
        <translation>第 %1 版，根据申诉裁决重新公布。</translation>
    </message>
    <message>
        <source>Team score: the sum of each team&apos;s best %1 totals.</source>
        <translation>团体成绩：各队取总分前 %1 名之和。</translation>
    </message>
    <message>
        <source>Publish the results? Marks, contestants and the scheme of this event can no longer change.</source>
        <translation>确定公布成绩吗？公布后该赛项的分数、选手和评分标准都不能再修改。</translation>
    </message>
    <message>
        <source>Accept these marks as the chief judge and publish?</source>
        <translation>以裁判长身份确认这些评分并公布成绩吗？</translation>
    </message>
    <message>
        <source>Save the result sheet</source>
        <translation>保存成绩表</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the judge-quality report</source>
        <translation>保存评判质量报告</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出成绩</translation>
    </message>
    <message>
        <source>Issue award certificates</source>
        <translation>发放获奖证书</translation>
    </message>
    <message>
        <source>%1 prize winners get an award certificate (获奖证书).</source>
        <translation>%1 名获奖选手将获发获奖证书。</translation>
    </message>
    <message>
        <source>Issuing and printing %1 award certificates…</source>
        <translation>正在发放并打印 %1 份获奖证书…</translation>
    </message>
</context>
<context>
    <name>ReturnSheetDialog</name>
    <message>
        <source>Return sheet</source>
        <translation>退回评分表</translation>
    </message>
    <message>
        <source>Return judge %1&apos;s sheet for No. %2. The judge sees this reason and marks the sheet again.</source>
        <translation>将裁判 %1 对 %2 号选手的评分表退回。裁判将看到此原因并重新评分。</translation>
    </message>
    <message>
        <source>Why it goes back, e.g. P1 looks too low: check it again.</source>
        <translation>退回原因，如：P1 分数似乎偏低，请复核。</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Mentor&apos;s score</source>
        <translation>导师评分</translation>
    </message>
    <message>
        <source>Mentor&apos;s comment</source>
        <translation>导师评语</translation>
    </message>
    <message>
        <source>Apprentice&apos;s score</source>
        <translation>学徒评分</translation>
    </message>
    <message>
        <source>Apprentice&apos;s comment</source>
        <translation>学徒意见</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>作废证书</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>A revoked certificate stays in the registry and verifies as revoked. This cannot be undone.</source>
        <translation>作废的证书仍保留在登记册中，查验时显示为已作废。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>RoundModel</name>
    <message>
        <source>0–%1, step %2</source>
        <translation>0–%1，评分单位 %2</translation>
    </message>
    <message>
        <source>Round %1 (yours)</source>
        <translation>第 %1 遍（您录入）</translation>
    </message>
    <message>
        <source>Round %1 differs</source>
        <translation>第 %1 遍（不一致）</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>分值范围</translation>
    </message>
</context>
<context>
    <name>RoutesTable</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Years in the occupation</source>
        <translation>从事本职业年限</translation>
    </message>
    <message>
        <source>Years since the level below</source>
        <translation>取得下一级证书后年限</translation>
    </message>
    <message>
        <source>Completed class</source>
        <translation>完成本等级培训</translation>
    </message>
    <message>
        <source>Minimum prize</source>
        <translation>最低奖项</translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation>%1及以上</translation>
    </message>
</context>
<context>
    <name>RulingDialog</name>
    <message>
        <source>Rule on an appeal</source>
        <translation>裁决申诉</translation>
    </message>
    <message>
        <source>Appeal of %1 %2, lodged %3: %4</source>
        <translation>%1 %2 的申诉，提出时间 %3：%4</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>申诉成立</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>申诉不成立</translation>
    </message>
    <message>
        <source>The ruling as the arbitration group signed it</source>
        <translation>按仲裁组签署的裁决填写</translation>
    </message>
    <message>
        <source>New mark</source>
        <translation>新分数</translation>
    </message>
    <message>
        <source>Add the change</source>
        <translation>添加修改</translation>
    </message>
    <message>
        <source>Remove the change</source>
        <translation>删除修改</translation>
    </message>
    <message>
        <source>Contestant:</source>
        <translation>选手：</translation>
    </message>
    <message>
        <source>Aspect:</source>
        <translation>评分项：</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>裁判：</translation>
    </message>
    <message>
        <source>Mark now:</source>
        <translation>现分数：</translation>
    </message>
    <message>
        <source>New mark:</source>
        <translation>新分数：</translation>
    </message>
    <message>
        <source>Marks the ruling changes</source>
        <translation>裁决修改的分数</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>裁决结果：</translation>
    </message>
    <message>
        <source>Ruling:</source>
        <translation>裁决：</translation>
    </message>
    <message>
        <source>— (measurement)</source>
        <translation>—（测量项）</translation>
    </message>
    <message>
        <source> (of %1)</source>
        <translation> （满分 %1）</translation>
    </message>
    <message>
        <source>Choose the contestant, the aspect and the judge.</source>
        <translation>请选择选手、评分项和裁判。</translation>
    </message>
    <message>
        <source>Enter the new mark as a number, e.g. 12.5.</source>
        <translation>请以数字输入新分数，如 12.5。</translation>
    </message>
    <message>
        <source>Choose whether the appeal is upheld or dismissed.</source>
        <translation>请选择申诉成立或不成立。</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>Edit the marking scheme</source>
        <translation>编辑评分标准</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分项</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Sub-criterion</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>评分单位</translation>
    </message>
    <message>
        <source>Levels (separated by ；)</source>
        <translation>评价等级说明（以“；”分隔）</translation>
    </message>
    <message>
        <source>Add aspect</source>
        <translation>添加评分项</translation>
    </message>
    <message>
        <source>Remove aspect</source>
        <translation>删除评分项</translation>
    </message>
    <message>
        <source>Measurement: one agreed value. Judgement: each judge marks. The maximum is a multiple of the step; a section&apos;s maximum is the sum of its aspects&apos;.</source>
        <translation>测量项：录入一个统一结果；评价项：每位裁判分别评分。满分须为评分单位的整数倍；分项满分为其评分项满分之和。</translation>
    </message>
</context>
<context>
    <name>SchemeTab</name>
    <message>
        <source>Criterion / aspect</source>
        <translation>指标 / 评分项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分项</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>评分单位</translation>
    </message>
    <message>
        <source>Judgement levels</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Edit scheme…</source>
        <translation>编辑评分标准…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Rules summary (PDF)…</source>
        <translation>评分规则说明（PDF）…</translation>
    </message>
    <message>
        <source>No marking scheme yet: import one from Excel or edit it by hand.</source>
        <translation>尚无评分标准：请从 Excel 导入或手工编辑。</translation>
    </message>
    <message>
        <source>%1 aspects</source>
        <translation>%1 个评分项</translation>
    </message>
    <message>
        <source>The marking scheme is saved.</source>
        <translation>评分标准已保存。</translation>
    </message>
    <message>
        <source>Import a marking scheme</source>
        <translation>导入评分标准</translation>
    </message>
    <message>
        <source>Replace the %1 aspects of the scheme with those in %2?</source>
        <translation>用 %2 中的评分项替换现有的 %1 个评分项吗？</translation>
    </message>
    <message>
        <source>%1 aspects imported from %2.</source>
        <translation>已从 %2 导入 %1 个评分项。</translation>
    </message>
    <message>
        <source>Export the marking scheme</source>
        <translation>导出评分标准</translation>
    </message>
    <message>
        <source>%1 aspects written to %2.</source>
        <translation>已将 %1 个评分项写入 %2。</translation>
    </message>
    <message>
        <source>Save the rules summary</source>
        <translation>保存评分规则说明</translation>
    </message>
    <message>
        <source>The rules summary is saved to %1.</source>
        <translation>评分规则说明已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>综合评审</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>These figures cannot be grouped this way: totals only.</source>
        <translation>这些数据不能按此方式分组，仅显示合计。</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>添加课次</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>删除课次</translation>
    </message>
</context>
<context>
    <name>SheetLinesModel</name>
    <message>
        <source>✓ saved</source>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <source>%1: type a number such as 8 or 7.5.</source>
        <translation>%1：请输入数字，如 8 或 7.5。</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>分值范围</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>分数</translation>
    </message>
</context>
<context>
    <name>SheetPane</name>
    <message>
        <source>Submit sheet</source>
        <translation>提交评分表</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Contestant No. %1</source>
        <translation>%1 号选手</translation>
    </message>
    <message>
        <source>Returned by the chief judge: %1</source>
        <translation>裁判长已退回：%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>This sheet is marked on paper: the recorders type it in, nothing is entered here.</source>
        <translation>该评分表为纸质评分，由录入员录入，无需在此填写。</translation>
    </message>
    <message>
        <source>Submitted: this sheet is read-only. The chief judge can return it to you if something must change.</source>
        <translation>已提交：该评分表为只读。如需修改，可由裁判长退回给您。</translation>
    </message>
    <message>
        <source>The chief judge has locked the marks: nothing changes any more.</source>
        <translation>裁判长已锁定评分，不能再作任何修改。</translation>
    </message>
    <message>
        <source>This sheet cannot be changed now.</source>
        <translation>该评分表目前不能修改。</translation>
    </message>
    <message>
        <source>Levels for %1:</source>
        <translation>%1 的评价等级：</translation>
    </message>
    <message>
        <source>Every aspect is marked: check the sheet, then press Ctrl+Enter or “Submit sheet”.</source>
        <translation>所有评分项均已评分：请检查评分表，然后按 Ctrl+Enter 或点击“提交评分表”。</translation>
    </message>
    <message>
        <source>Type a mark and press Enter: it is saved at once and the cursor moves to the next aspect. Delete clears a mark. Ctrl+Enter submits the sheet.</source>
        <translation>输入分数后按 Enter 即保存，光标移到下一评分项。按 Delete 清除分数，按 Ctrl+Enter 提交评分表。</translation>
    </message>
</context>
<context>
    <name>SheetsTab</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Return sheet…</source>
        <translation>退回评分表…</translation>
    </message>
    <message>
        <source>Lock marks…</source>
        <translation>锁定评分…</translation>
    </message>
    <message>
        <source>Decrypt numbers…</source>
        <translation>解密加密号…</translation>
    </message>
    <message>
        <source>Publish results…</source>
        <translation>公布成绩…</translation>
    </message>
    <message>
        <source>Choose an event to see its judges&apos; sheets.</source>
        <translation>请选择赛项，查看其裁判评分表。</translation>
    </message>
    <message>
        <source>Only the event&apos;s chief judge returns sheets, locks the marks and decrypts the numbers.</source>
        <translation>只有本赛项的裁判长可以退回评分表、锁定评分和解密加密号。</translation>
    </message>
    <message>
        <source>Double-click a submitted sheet to return it. Lock the marks once every judge has submitted.</source>
        <translation>双击已提交的评分表可将其退回。所有裁判提交后，请锁定评分。</translation>
    </message>
    <message>
        <source>The marks are locked. Decrypt the numbers to see who is behind them.</source>
        <translation>评分已锁定。解密加密号后即可看到对应的选手。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sheets submitted</source>
        <translation>%1：已提交 %2/%3 张评分表</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>已退回 %1 张</translation>
    </message>
    <message>
        <source>marks locked, numbers decrypted</source>
        <translation>评分已锁定，加密号已解密</translation>
    </message>
    <message>
        <source>marks locked</source>
        <translation>评分已锁定</translation>
    </message>
    <message>
        <source>Lock the marks of %1? No mark changes after this; then the numbers can be decrypted.</source>
        <translation>确定锁定“%1”的评分吗？锁定后分数不能再修改，之后即可解密加密号。</translation>
    </message>
    <message>
        <source>Decrypt the numbers of %1? Everyone&apos;s name then shows next to their number.</source>
        <translation>确定解密“%1”的加密号吗？解密后每位选手的姓名将显示在其加密号旁。</translation>
    </message>
    <message>
        <source>Publish the results of %1? They are final once published; appeals follow.</source>
        <translation>公布 %1 的成绩？公布后成绩即为正式成绩，此后进入申诉期。</translation>
    </message>
    <message>
        <source>Accept these marks as the chief judge and publish?</source>
        <translation>以裁判长身份认可这些评分并公布？</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <source>Sign up for the class</source>
        <translation>报名参加培训班</translation>
    </message>
    <message>
        <source>Name, ID number or phone of a registered trainee</source>
        <translation>已登记学员的姓名、身份证号码或手机号码</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Find the trainee first; unregistered people are added on the Trainees page.</source>
        <translation>请先查找学员；未登记的人员请在“学员”页面添加。</translation>
    </message>
    <message>
        <source>%1 has a place.</source>
        <translation>%1已获得名额。</translation>
    </message>
    <message>
        <source>The class is full: %1 is number %2 on the waiting list.</source>
        <translation>名额已满：%1排在候补名单第 %2 位。</translation>
    </message>
</context>
<context>
    <name>SignupsTab</name>
    <message>
        <source>Search name, ID number or phone</source>
        <translation>搜索姓名、身份证号码或手机号码</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Sign up trainee…</source>
        <translation>学员报名…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Import online form…</source>
        <translation>导入网上报名表…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 条</translation>
    </message>
    <message>
        <source>sign-ups.xlsx</source>
        <translation>报名名单.xlsx</translation>
    </message>
    <message>
        <source>Withdraw %1 from this class?</source>
        <translation>确定为 %1 办理退出该班吗？</translation>
    </message>
    <message>
        <source>%1 moved up from the waiting list and now holds the place.</source>
        <translation>%1已由候补转为录取，获得该名额。</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <source>Appraisal standards</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>Eligibility standards</source>
        <translation>申报条件标准</translation>
    </message>
    <message>
        <source>Promotion by prize</source>
        <translation>以赛代评</translation>
    </message>
    <message>
        <source>Default (every occupation without its own)</source>
        <translation>默认标准（适用于所有未单独设定标准的工种）</translation>
    </message>
    <message>
        <source>Standard of:</source>
        <translation>适用工种：</translation>
    </message>
    <message>
        <source>Add a route into:</source>
        <translation>添加申报途径至：</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>添加途径</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>删除途径</translation>
    </message>
    <message>
        <source>Revert to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Save standard</source>
        <translation>保存标准</translation>
    </message>
    <message>
        <source>A person may sit a level when every requirement of any one of its routes holds. “—” means the route does not ask for it.</source>
        <translation>满足某等级任一申报途径中的全部要求，即可报考该等级。“—”表示该途径不要求此项。</translation>
    </message>
    <message>
        <source>The default has been changed from the national pattern; it applies to every occupation without its own standard.</source>
        <translation>默认标准已在国家标准通用模式的基础上修改，适用于所有未单独设定标准的工种。</translation>
    </message>
    <message>
        <source>The default is the general pattern of the national standards; it applies to every occupation without its own standard.</source>
        <translation>默认标准采用国家职业技能标准的通用模式，适用于所有未单独设定标准的工种。</translation>
    </message>
    <message>
        <source>This occupation has its own standard.</source>
        <translation>本工种已单独设定标准。</translation>
    </message>
    <message>
        <source>This occupation follows the default; saving gives it its own standard.</source>
        <translation>本工种采用默认标准；保存后将为其单独设定标准。</translation>
    </message>
    <message>
        <source>Revert to the national pattern</source>
        <translation>恢复国家标准通用模式</translation>
    </message>
    <message>
        <source>Follow the default</source>
        <translation>改用默认标准</translation>
    </message>
    <message>
        <source>Discard the changes to this standard?</source>
        <translation>放弃对该标准的修改吗？</translation>
    </message>
    <message>
        <source>Choose the route to remove first.</source>
        <translation>请先选择要删除的途径。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Forget the changed default and use the national pattern again?</source>
        <translation>放弃修改后的默认标准，重新采用国家标准通用模式吗？</translation>
    </message>
    <message>
        <source>Forget this occupation&apos;s own standard and follow the default?</source>
        <translation>删除本工种单独设定的标准，改用默认标准吗？</translation>
    </message>
    <message>
        <source>Winners of a published competition event obtain the highest level any rule gives them, unless they already hold it or a higher one.</source>
        <translation>已公布成绩的竞赛赛项中，获奖者按适用规则可得的最高等级晋级；已取得该等级或更高等级者除外。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Choose the rule to remove first.</source>
        <translation>请先选择要删除的规则。</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>不保存修改直接关闭吗？</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Yearly report (PDF)…</source>
        <translation>年度工作统计报告（PDF）…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组方式：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 to %2, by %3</source>
        <translation>%1 至 %2，按%3统计</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <source>%1 tables were written to %2.</source>
        <translation>已将 %1 张统计表写入 %2。</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>年度工作统计报告</translation>
    </message>
    <message>
        <source>Writing the yearly report…</source>
        <translation>正在生成年度工作统计报告…</translation>
    </message>
    <message>
        <source>The yearly report (%1 pages) was written to %2.</source>
        <translation>年度工作统计报告（共 %1 页）已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>代表队</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领队</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Certificate templates</source>
        <translation>证书模板</translation>
    </message>
    <message>
        <source>Drag to move the chosen element</source>
        <translation>拖动可移动所选元素</translation>
    </message>
    <message>
        <source>Fields only (pre-printed stock)</source>
        <translation>仅打印内容（套打）</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Add element</source>
        <translation>添加元素</translation>
    </message>
    <message>
        <source>Remove element</source>
        <translation>删除元素</translation>
    </message>
    <message>
        <source>Properties of the chosen element (millimetres from the top-left corner; sizes in points):</source>
        <translation>所选元素的属性（位置为距左上角的毫米数；字号单位为磅）：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Calibration page…</source>
        <translation>校准页…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>shipped with Skillbase</source>
        <translation>系统自带</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>已修改，未保存</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>放弃对 %1 的修改吗？</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message>
        <source>Unsaved changes are not copied: the copy starts from version %1. Duplicate anyway?</source>
        <translation>未保存的修改不会被复制，副本将以第 %1 版为基础。仍要复制吗？</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>The export holds the saved version %1, without the changes not saved yet. Export anyway?</source>
        <translation>导出的是已保存的第 %1 版，不含尚未保存的修改。仍要导出吗？</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>文件未能保存：%1</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>TraineeDialog</name>
    <message>
        <source>Edit trainee</source>
        <translation>编辑学员</translation>
    </message>
    <message>
        <source>Add trainee</source>
        <translation>添加学员</translation>
    </message>
    <message>
        <source>As in the ID number</source>
        <translation>按身份证号码</translation>
    </message>
    <message>
        <source>Trade union member (union-member discount on class fees)</source>
        <translation>工会会员（培训费享受会员优惠）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>ID card number:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>County / district:</source>
        <translation>县（市、区）：</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>学历：</translation>
    </message>
    <message>
        <source>Occupations:</source>
        <translation>工种：</translation>
    </message>
    <message>
        <source>Honours:</source>
        <translation>荣誉：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>出生日期：%1，性别：%2</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>This file is not a picture Skillbase can read.</source>
        <translation>无法读取该文件，请选择 JPG、PNG 或 BMP 格式的图片。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>暂无照片</translation>
    </message>
</context>
<context>
    <name>TraineeTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>TraineesPage</name>
    <message>
        <source>Search name, ID number, phone or employer</source>
        <translation>搜索姓名、身份证号码、电话或单位</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县（市、区）</translation>
    </message>
    <message>
        <source>All employers</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>全部工种</translation>
    </message>
    <message>
        <source>All honours</source>
        <translation>全部荣誉</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Skills passport…</source>
        <translation>技能护照…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Save blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <source>%1 trainees</source>
        <translation>共 %1 名学员</translation>
    </message>
    <message>
        <source>Archive %1? The record and its history are kept and can be restored.</source>
        <translation>确定要归档“%1”吗？该记录及其历史信息将予以保留，之后可以恢复。</translation>
    </message>
    <message>
        <source>Restore %1 to the active list?</source>
        <translation>确定要将“%1”恢复到在册名单吗？</translation>
    </message>
    <message>
        <source>Import trainees</source>
        <translation>导入学员</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>正在检查并导入 %1…</translation>
    </message>
    <message>
        <source>Export trainees</source>
        <translation>导出学员</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>%1 trainees were written to %2.</source>
        <translation>已将 %1 名学员导出到 %2。</translation>
    </message>
    <message>
        <source>Save blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>The blank template was saved to %1.</source>
        <translation>空白模板已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Upcoming</source>
        <translation>未开始报名</translation>
    </message>
    <message>
        <source>Sign-up open</source>
        <translation>报名中</translation>
    </message>
    <message>
        <source>Full – waiting list</source>
        <translation>已满（可候补）</translation>
    </message>
    <message>
        <source>Sign-up closed</source>
        <translation>报名已截止</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已录取</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <source>Model worker</source>
        <translation>劳模</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>网上报名</translation>
    </message>
    <message>
        <source>Waiting #%1</source>
        <translation>候补第 %1 位</translation>
    </message>
    <message>
        <source>Import online sign-up form</source>
        <translation>导入网上报名表</translation>
    </message>
    <message>
        <source>Placing the sign-ups in %1…</source>
        <translation>正在录取 %1 中的报名…</translation>
    </message>
    <message>
        <source>Export classes</source>
        <translation>导出培训班</translation>
    </message>
    <message>
        <source>%1 classes were written to %2.</source>
        <translation>已将 %1 个培训班写入 %2。</translation>
    </message>
    <message>
        <source>Export sign-ups</source>
        <translation>导出报名名单</translation>
    </message>
    <message>
        <source>%1 sign-ups were written to %2.</source>
        <translation>已将 %1 条报名写入 %2。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Active (the account can log in)</source>
        <translation>启用（该账号可以登录）</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Genuine</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>伪造</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>无法确认</translation>
    </message>
    <message>
        <source>The signature is sound and the certificate is valid in the registry.</source>
        <translation>签名有效，登记册中该证书有效。</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>证书编号：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>证书类型：</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持证人：</translation>
    </message>
    <message>
        <source>Level, award, class or honour:</source>
        <translation>等级、奖项、培训班或荣誉：</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>发证日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>换发证书：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The code claims number:</source>
        <translation>二维码声称的编号：</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>查验证书</translation>
    </message>
    <message>
        <source>Scan the QR code with a scanner into the box, paste the text a phone read, or open a PDF or a photo of the certificate.</source>
        <translation>用扫码枪将二维码扫入输入框，或粘贴手机扫出的文字，也可以打开证书的 PDF 文件或照片。</translation>
    </message>
</context>
<context>
    <name>VerifyWidget</name>
    <message>
        <source>Type or paste the text of the certificate&apos;s QR code</source>
        <translation>输入或粘贴证书二维码的文字内容</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Open PDF or picture…</source>
        <translation>打开 PDF 或图片…</translation>
    </message>
    <message>
        <source>Paste the text of a QR code first.</source>
        <translation>请先粘贴二维码的文字内容。</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <source>PDF or pictures (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF 或图片 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Reading QR codes in %1…</source>
        <translation>正在读取 %1 中的二维码…</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF.</source>
        <translation>无法将 %1 作为 PDF 读取。</translation>
    </message>
    <message>
        <source>No QR code found in this file.</source>
        <translation>此文件中未找到二维码。</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>By</source>
        <translation>公布人</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>裁决</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <source>%1 No. %2, %3 — %4</source>
        <translation>%1 第 %2 号，%3 — %4</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>More seats: {names} moved from the waiting list to a place.</source>
        <translation>名额增加：{names} 已由候补转为录取。</translation>
    </message>
</context>
</TS>
