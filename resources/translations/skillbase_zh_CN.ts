<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Creating demo data…</source>
        <translation>正在创建演示数据…</translation>
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
        <translation>归档/恢复</translation>
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
    <name>Feedback</name>
    <message>
        <source>Skillbase</source>
        <translation>匠心实训基地管理系统</translation>
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
        <source>This trainee no longer exists.</source>
        <translation>该学员已不存在。</translation>
    </message>
    <message>
        <source>The employer {name} is archived: restore it on the Employers page first.</source>
        <translation>单位“{name}”已归档，请先在“单位”页面将其恢复。</translation>
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
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
</TS>
