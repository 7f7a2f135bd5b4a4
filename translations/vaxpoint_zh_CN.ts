<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Aefi</name>
    <message>
        <source>Dose: choose the dose this event follows.</source>
        <translation>剂次：请选择本次反应发生前接种的剂次。</translation>
    </message>
    <message>
        <source>Dose: there is no dose &quot;%1&quot;. Take the id from &quot;vaxctl dose list&quot; or &quot;vaxctl observe list&quot;.</source>
        <translation>剂次：没有接种记录“%1”。请从“vaxctl dose list”或“vaxctl observe list”中获取 ID。</translation>
    </message>
    <message>
        <source>Dose: this dose was entered in error; record the event against the dose the person was given.</source>
        <translation>剂次：该接种记录已标记为录入错误；请将该事件记在受种者实际接种的剂次下。</translation>
    </message>
</context>
<context>
    <name>AefiText</name>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Pain at the injection site</source>
        <translation>注射部位疼痛</translation>
    </message>
    <message>
        <source>Swelling or redness at the injection site</source>
        <translation>注射部位红肿</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>头痛</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>乏力</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>头晕</translation>
    </message>
    <message>
        <source>Fainting (syncope)</source>
        <translation>晕厥</translation>
    </message>
    <message>
        <source>Nausea or vomiting</source>
        <translation>恶心或呕吐</translation>
    </message>
    <message>
        <source>Rash</source>
        <translation>皮疹</translation>
    </message>
    <message>
        <source>Hives (urticaria)</source>
        <translation>荨麻疹</translation>
    </message>
    <message>
        <source>Swelling of lips, face or throat (angioedema)</source>
        <translation>口唇、面部或咽喉肿胀（血管性水肿）</translation>
    </message>
    <message>
        <source>Difficulty breathing or wheezing</source>
        <translation>呼吸困难或喘息</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>严重过敏反应（过敏性休克）</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>惊厥</translation>
    </message>
    <message>
        <source>Palpitations or chest pain</source>
        <translation>心悸或胸痛</translation>
    </message>
    <message>
        <source>Other (describe)</source>
        <translation>其他（请描述）</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Treated on site</source>
        <translation>现场处置</translation>
    </message>
    <message>
        <source>Referred to hospital</source>
        <translation>转诊至医院</translation>
    </message>
    <message>
        <source>Ambulance called</source>
        <translation>已呼叫救护车</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>痊愈</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>好转</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>未愈</translation>
    </message>
    <message>
        <source>Recovered with sequelae</source>
        <translation>痊愈但有后遗症</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Dose: choose the dose this event follows.</source>
        <translation>剂次：请选择本次反应发生前接种的剂次。</translation>
    </message>
    <message>
        <source>Onset: enter when the symptoms started (date and time).</source>
        <translation>发病时间：请填写症状出现的时间（日期和时间）。</translation>
    </message>
    <message>
        <source>Onset: the symptoms cannot start before the dose was given (%1). Check the time.</source>
        <translation>发病时间：症状出现时间不能早于接种时间（%1）。请核对时间。</translation>
    </message>
    <message>
        <source>Onset: the time is in the future. Check the time.</source>
        <translation>发病时间：该时间晚于现在。请核对时间。</translation>
    </message>
    <message>
        <source>Symptoms: choose at least one symptom.</source>
        <translation>症状：请至少选择一个症状。</translation>
    </message>
    <message>
        <source>Symptoms: &apos;%1&apos; is not in the list. Choose from the list or use &apos;other&apos; with a description.</source>
        <translation>症状：“%1”不在列表中。请从列表中选择，或选择“其他”并加以描述。</translation>
    </message>
    <message>
        <source>Other symptom: describe it in words.</source>
        <translation>其他症状：请用文字描述。</translation>
    </message>
    <message>
        <source>Severity: choose mild, moderate or severe.</source>
        <translation>严重程度：请选择轻度、中度或重度。</translation>
    </message>
    <message>
        <source>Seriousness: choose serious or not serious.</source>
        <translation>是否严重：请选择严重或非严重。</translation>
    </message>
    <message>
        <source>Seriousness: %1 is always a serious event. Set seriousness to serious.</source>
        <translation>是否严重：%1一律属于严重事件。请设为严重。</translation>
    </message>
    <message>
        <source>Seriousness: a fatal outcome is a serious event. Set seriousness to serious.</source>
        <translation>是否严重：转归为死亡的属于严重事件。请设为严重。</translation>
    </message>
    <message>
        <source>Actions: &apos;%1&apos; is not a known action.</source>
        <translation>处置：“%1”不是可识别的处置措施。</translation>
    </message>
    <message>
        <source>Outcome: choose one from the list (unknown if not yet known).</source>
        <translation>转归：请从列表中选择一项（尚不清楚时选“不详”）。</translation>
    </message>
    <message>
        <source>Reporter: sign in so the report names who made it.</source>
        <translation>报告人：请先登录，以便报告中记录报告人。</translation>
    </message>
    <message>
        <source>Other symptom</source>
        <translation>其他症状</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit row %1 is missing (the next row is %2): a row was deleted.</source>
        <translation>审计记录第 %1 行缺失（下一行是第 %2 行）：有记录被删除。</translation>
    </message>
    <message>
        <source>Audit row %1 is out of sequence: a row was inserted.</source>
        <translation>审计记录第 %1 行序号不连续：有记录被插入。</translation>
    </message>
    <message>
        <source>Audit row %1 does not follow row %2: a row was inserted, deleted or replaced before it.</source>
        <translation>审计记录第 %1 行与第 %2 行衔接不上：此前有记录被插入、删除或替换。</translation>
    </message>
    <message>
        <source>Audit row %1 was changed after it was written.</source>
        <translation>审计记录第 %1 行在写入后被修改过。</translation>
    </message>
    <message>
        <source>The audit log ends at row %1 but its head records row %2: rows were deleted from the end.</source>
        <translation>审计日志止于第 %1 行，但链头记录为第 %2 行：末尾有记录被删除。</translation>
    </message>
    <message>
        <source>The audit log has rows after its recorded head (row %1): a row was appended outside VaxPoint.</source>
        <translation>审计日志在链头（第 %1 行）之后还有记录：有记录在 VaxPoint 之外被追加。</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Username or password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>用户名或密码错误。请检查输入法和大写锁定键后重试。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask the site administrator to enable it.</source>
        <translation>账号“%1”已停用。请联系接种点管理员启用。</translation>
    </message>
    <message>
        <source>Too many wrong passwords or PINs: the account &quot;%1&quot; is locked for %2 more minute(s). Wait, or ask the site administrator.</source>
        <translation>密码或 PIN 码错误次数过多：账号“%1”还将锁定 %2 分钟。请等待，或联系接种点管理员。</translation>
    </message>
    <message>
        <source>The signed-in account no longer exists. Sign in again.</source>
        <translation>当前登录的账号已不存在。请重新登录。</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more wrong attempt(s) lock the account for %2 minutes.</source>
        <translation>PIN 码错误。再错 %1 次，账号将被锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>Wrong password. %1 more wrong attempt(s) lock the account for %2 minutes.</source>
        <translation>密码错误。再错 %1 次，账号将被锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>Doctor: the username or password is wrong. The doctor types their own username and password (or PIN).</source>
        <translation>医生：用户名或密码错误。请医生输入本人的用户名和密码（或 PIN 码）。</translation>
    </message>
    <message>
        <source>Doctor: %1 is not a doctor, and only a doctor may override a checklist item. The doctor who decides types their own username.</source>
        <translation>医生：%1 不是医生，只有医生可以越过核查项。请作出决定的医生输入本人的用户名。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup into %1 failed: %2. Check that the folder exists, is writable and has free space.</source>
        <translation>备份到 %1 失败：%2。请检查该文件夹是否存在、可写且有剩余空间。</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot write the file to disk</source>
        <translation>无法将文件写入磁盘</translation>
    </message>
    <message>
        <source>cannot copy the backup there</source>
        <translation>无法将备份复制到该处</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>Stopped before the backup was made.</source>
        <translation>备份开始前已停止。</translation>
    </message>
    <message>
        <source>The day&apos;s backup was not made: %1 VaxPoint keeps working and saves records as usual, but without today&apos;s backup. It tries again later; fix the cause, then make one with Administration ▸ Back up now or &quot;vaxctl backup&quot;.</source>
        <translation>今天的备份未能完成：%1 VaxPoint 照常工作、照常保存记录，只是今天没有备份。它稍后会再试；请排除原因，然后在“管理 ▸ 立即备份”中或用 &quot;vaxctl backup&quot; 做一次备份。</translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
    <message>
        <source>Birth date &quot;%1&quot; is not a date. Type it as on the document, as digits: YYYYMMDD or YYYY-MM-DD, e.g. 20040229.</source>
        <translation>出生日期“%1”不是有效日期。请按证件以数字录入：YYYYMMDD 或 YYYY-MM-DD，例如 20040229。</translation>
    </message>
    <message>
        <source>Birth date is empty. Type it as on the document, as digits: YYYYMMDD or YYYY-MM-DD, e.g. 20040229.</source>
        <translation>出生日期为空。请按证件以数字录入：YYYYMMDD 或 YYYY-MM-DD，例如 20040229。</translation>
    </message>
    <message>
        <source>Birth date %1: there is no such day (%2-%3-%4). Check the month and the day on the document.</source>
        <translation>出生日期 %1：不存在这一天（%2-%3-%4）。请核对证件上的月和日。</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future. Check the year on the document.</source>
        <translation>出生日期 %1 晚于今天。请核对证件上的年份。</translation>
    </message>
    <message>
        <source>Birth date %1 is more than 130 years ago. Check the year on the document.</source>
        <translation>出生日期 %1 早于 130 年前。请核对证件上的年份。</translation>
    </message>
    <message>
        <source>under %1: a guardian signs the consent</source>
        <translation>未满 %1 周岁：由监护人签署知情同意书</translation>
    </message>
    <message>
        <source>below the minimum age of %1 (%2)</source>
        <translation>低于 %1 的最低接种年龄（%2）</translation>
    </message>
    <message>
        <source>at or above the maximum age of %1 (%2)</source>
        <translation>达到或超过 %1 的最高接种年龄（%2）</translation>
    </message>
</context>
<context>
    <name>BundleText</name>
    <message>
        <source>Could not build the export archive (%1: %2).</source>
        <translation>无法生成导出压缩包（%1：%2）。</translation>
    </message>
    <message>
        <source>The file is not a readable export bundle (%1). Ask the site to send it again.</source>
        <translation>该文件不是可读取的导出包（%1）。请让接种点重新发送。</translation>
    </message>
    <message>
        <source>Bundle entry %1 cannot be read (%2).</source>
        <translation>无法读取导出包中的条目 %1（%2）。</translation>
    </message>
    <message>
        <source>Bundle entry %1 is damaged.</source>
        <translation>导出包中的条目 %1 已损坏。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Bundle file name %1 is used twice.</source>
        <translation>导出包中的文件名 %1 重复出现。</translation>
    </message>
    <message>
        <source>Cannot open the bundle %1: %2.</source>
        <translation>无法打开导出包 %1：%2。</translation>
    </message>
    <message>
        <source>The bundle has no %1 or no %2: it was not written by VaxPoint or was repacked.</source>
        <translation>导出包中缺少 %1 或 %2：该导出包不是由 VaxPoint 生成的，或已被重新打包。</translation>
    </message>
    <message>
        <source>The signature does not match: the manifest was changed or the bundle was signed with another site&apos;s key.</source>
        <translation>签名不匹配：清单已被修改，或该导出包是用其他接种点的密钥签名的。</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1).</source>
        <translation>manifest.json 不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the bundle.</source>
        <translation>%1 列在清单中，但导出包中没有该文件。</translation>
    </message>
    <message>
        <source>%1 was changed after signing (its SHA-256 or size differs from the manifest).</source>
        <translation>%1 在签名后被修改过（其 SHA-256 或大小与清单不符）。</translation>
    </message>
    <message>
        <source>%1 holds %2 records, the manifest says %3.</source>
        <translation>%1 含有 %2 条记录，而清单记载为 %3 条。</translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in the signed manifest.</source>
        <translation>%1 在导出包中，但不在已签名的清单中。</translation>
    </message>
    <message>
        <source>This bundle does not follow the previous one: it names %1 as its predecessor, the previous bundle is %2. A bundle in between is missing.</source>
        <translation>该导出包与上一个导出包不衔接：它记载的前一个导出包是 %1，而上一个导出包是 %2。中间缺少一个导出包。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bundle entry %1 unpacks to %2 MB, more than the %3 MB a bundle entry may hold: it was not written by VaxPoint or was tampered with. It was not unpacked.</source>
        <translation>数据包条目 %1 解压后为 %2 MB，超过单个条目允许的 %3 MB：它不是 VaxPoint 生成的，或已被篡改。未对其解压。</translation>
    </message>
    <message>
        <source>Bundle entry %1 is damaged (%2). Ask the site to send it again.</source>
        <translation>数据包条目 %1 已损坏（%2）。请让接种点重新发送。</translation>
    </message>
    <message>
        <source>Bundle entry %1 unpacks to more than the %2 bytes it declares: it was tampered with. Unpacking stopped.</source>
        <translation>数据包条目 %1 解压后超过其声明的 %2 字节：已被篡改。已停止解压。</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 字节，而非 %2 字节</translation>
    </message>
    <message>
        <source>Bundle entry %1 appears twice: the bundle was repacked or tampered with.</source>
        <translation>数据包条目 %1 出现了两次：数据包被重新打包或被篡改。</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than %1 MB (at entry %2): it was not written by VaxPoint or was tampered with. It was not unpacked.</source>
        <translation>数据包解压后超过 %1 MB（在条目 %2 处）：它不是 VaxPoint 生成的，或已被篡改。未对其解压。</translation>
    </message>
    <message>
        <source>The export written to the folder %1 does not read back as it was written (%2). The medium may be failing: the file was removed and nothing was recorded as exported. Choose another folder or USB drive and export again.</source>
        <translation>写入文件夹 %1 的导出文件读回时与写入的不一致（%2）。介质可能有故障：该文件已删除，也没有任何记录被标记为已导出。请选择其他文件夹或 U 盘，重新导出。</translation>
    </message>
    <message>
        <source>its SHA-256 differs</source>
        <translation>其 SHA-256 不一致</translation>
    </message>
    <message>
        <source>The export built in memory does not verify (%1); nothing was written.</source>
        <translation>内存中生成的导出包未通过校验（%1）；未写入任何文件。</translation>
    </message>
    <message>
        <source>%1 is sealed to the district: give --district-key FILE (the district.key that &apos;vaxctl key init --district&apos; wrote) to open it.</source>
        <translation>%1 已为区县加密：请用 --district-key FILE（“vaxctl key init --district”生成的 district.key）打开。</translation>
    </message>
    <message>
        <source>Cannot unseal into the temporary folder %1: %2. Free some space there.</source>
        <translation>无法解密到临时文件夹 %1：%2。请在那里腾出空间。</translation>
    </message>
    <message>
        <source>%1 is sealed to the district: give --district-key FILE to open it.</source>
        <translation>%1 已为区县加密：请用 --district-key FILE 打开。</translation>
    </message>
    <message>
        <source>The bundle %1 is %2 MB, more than the %3 MB a bundle may be: it was not written by VaxPoint. It was not opened.</source>
        <translation>数据包 %1 大小为 %2 MB，超过数据包允许的 %3 MB：它不是由 VaxPoint 生成的。未打开。</translation>
    </message>
    <message>
        <source>The bundle holds %1 entries, more than the %2 a VaxPoint bundle may hold: it was not written by VaxPoint or was tampered with. It was not unpacked.</source>
        <translation>数据包含有 %1 个条目，超过 VaxPoint 数据包允许的 %2 个：它不是由 VaxPoint 生成的，或已被篡改。未解包。</translation>
    </message>
</context>
<context>
    <name>CalendarSpan</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n 月龄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>出生 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 old</source>
        <comment>an age of several parts, e.g. 1 year 6 months</comment>
        <translation>满 %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>product #%1</source>
        <translation>第 %1 个产品</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <source>Catalog %1, field &quot;%2&quot;: %3</source>
        <translation>疫苗目录 %1，字段“%2”：%3</translation>
    </message>
    <message>
        <source>required text is missing.</source>
        <translation>缺少必填文本。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须是文本。</translation>
    </message>
    <message>
        <source>must be an object with &quot;zh_CN&quot; and &quot;en&quot; texts.</source>
        <translation>必须是包含“zh_CN”和“en”文本的对象。</translation>
    </message>
    <message>
        <source>needs both a &quot;zh_CN&quot; and an &quot;en&quot; text.</source>
        <translation>需要同时提供“zh_CN”和“en”文本。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>must be a span such as &quot;P18Y&quot;, &quot;P6M&quot;, &quot;P4W&quot; or &quot;P21D&quot;.</source>
        <translation>必须是时长，例如“P18Y”、“P6M”、“P4W”或“P21D”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unknown; use one of %2.</source>
        <translation>“%1”无法识别；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>a CVX code is 1 to 3 digits.</source>
        <translation>CVX 代码为 1 到 3 位数字。</translation>
    </message>
    <message>
        <source>must be a number of millilitres above 0 and at most 5.</source>
        <translation>必须是大于 0 且不超过 5 的毫升数。</translation>
    </message>
    <message>
        <source>must be a list of site codes such as [&quot;LD&quot;, &quot;RD&quot;].</source>
        <translation>必须是接种部位代码列表，例如 [&quot;LD&quot;, &quot;RD&quot;]。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code; use one of %2.</source>
        <translation>“%1”不是接种部位代码；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>an injected vaccine needs at least one site.</source>
        <translation>注射类疫苗至少需要一个接种部位。</translation>
    </message>
    <message>
        <source>a multi-dose vial needs the hours it may be used after opening (WHO default: 6).</source>
        <translation>多剂次包装需要填写开启后可使用的小时数（WHO 默认：6）。</translation>
    </message>
    <message>
        <source>must be above minAge.</source>
        <translation>必须大于 minAge。</translation>
    </message>
    <message>
        <source>must be an object with &quot;doses&quot; and &quot;intervals&quot;.</source>
        <translation>必须是包含“doses”和“intervals”的对象。</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10.</source>
        <translation>必须是 1 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;dose&quot; must be 2 to %1 and &quot;after&quot; an earlier dose.</source>
        <translation>“dose”必须在 2 到 %1 之间，“after”必须是更早的剂次。</translation>
    </message>
    <message>
        <source>dose %1 has no interval rule; add one with &quot;dose&quot;: %1.</source>
        <translation>第 %1 剂没有间隔规则；请添加一条 &quot;dose&quot;: %1 的规则。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GTIN-14 with a correct check digit.</source>
        <translation>“%1”不是校验位正确的 GTIN-14。</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON (at byte %1: %2). Fix the file&apos;s syntax.</source>
        <translation>疫苗目录不是有效的 JSON（第 %1 字节：%2）。请修正文件语法。</translation>
    </message>
    <message>
        <source>Catalog field &quot;format&quot; must be 1 (this VaxPoint reads catalog format 1).</source>
        <translation>目录字段“format”必须为 1（本版 VaxPoint 读取第 1 版目录格式）。</translation>
    </message>
    <message>
        <source>Catalog field &quot;version&quot; is missing: give the catalog a version such as &quot;2021.1&quot;.</source>
        <translation>缺少目录字段“version”：请为目录填写版本号，例如“2021.1”。</translation>
    </message>
    <message>
        <source>Catalog field &quot;products&quot; must list at least one product.</source>
        <translation>目录字段“products”至少要列出一个产品。</translation>
    </message>
    <message>
        <source>Catalog product %1, field &quot;code&quot;: the code is used twice; each product needs its own code.</source>
        <translation>目录产品 %1，字段“code”：该代码重复使用；每个产品需要独立的代码。</translation>
    </message>
    <message>
        <source>must be a list of component codes such as [&quot;aluminium-hydroxide&quot;].</source>
        <translation>必须是成分代码列表，例如 [&quot;aluminium-hydroxide&quot;]。</translation>
    </message>
    <message>
        <source>Catalog field &quot;seriousAllergicAefi&quot; must list AEFI symptom codes such as &quot;anaphylaxis&quot;.</source>
        <translation>目录字段 &quot;seriousAllergicAefi&quot; 必须列出 AEFI 症状代码，例如 &quot;anaphylaxis&quot;。</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Vaccination certificate</source>
        <translation>预防接种证明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Issued %1 by %2.
Scan the code to verify this certificate with the vaccination point&apos;s records.</source>
        <translation>由 %2 于 %1 出具。
扫描二维码，可依据接种点的记录核验本证明。</translation>
    </message>
    <message>
        <source>Certificate QR code: %1 Scan the code again, or type the certificate number.</source>
        <translation>证书二维码：%1 请重新扫码，或输入证书编号。</translation>
    </message>
    <message>
        <source>this is not a VaxPoint certificate code (it should start with VXC1/).</source>
        <translation>这不是 VaxPoint 证书码（应以 VXC1/ 开头）。</translation>
    </message>
    <message>
        <source>Certificate QR code: format %1 is not one this VaxPoint reads (it reads VXC%2). Update VaxPoint, or type the certificate number.</source>
        <translation>证书二维码：本版 VaxPoint 无法读取格式 %1（可读取 VXC%2）。请升级 VaxPoint，或输入证书编号。</translation>
    </message>
    <message>
        <source>it has %1 parts separated by &quot;/&quot;; a certificate code has 5.</source>
        <translation>它有 %1 段以“/”分隔的内容；证书码应为 5 段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate number (like C20261122-0042).</source>
        <translation>“%1”不是证书编号（格式如 C20261122-0042）。</translation>
    </message>
    <message>
        <source>the site code is missing.</source>
        <translation>缺少接种点编码。</translation>
    </message>
    <message>
        <source>the person reference should be 16 hex digits.</source>
        <translation>受种者参考码应为 16 位十六进制数字。</translation>
    </message>
    <message>
        <source>the list of doses is damaged.</source>
        <translation>剂次列表已损坏。</translation>
    </message>
    <message>
        <source>Certificate number: this site issued no certificate &quot;%1&quot;. Check the number on the paper (like C20261122-0042) and the site that issued it.</source>
        <translation>证书编号：本接种点未签发证书“%1”。请核对纸质证书上的编号（格式如 C20261122-0042）及签发接种点。</translation>
    </message>
    <message>
        <source>ID number: certificate %1 was not issued to the holder of this ID document. Check the number typed against the document, or ask for the document used at the vaccination.</source>
        <translation>证件号码：证书 %1 并非签发给此证件持有人。请核对输入的号码与证件是否一致，或请对方出示接种时使用的证件。</translation>
    </message>
    <message>
        <source>Person: no person with the id &quot;%1&quot;. Find them by their document or name first.</source>
        <translation>受种者：没有编号为“%1”的受种者。请先按证件或姓名查找。</translation>
    </message>
    <message>
        <source>%1 has no identity document on record, and a certificate is checked against one. Add their document at check-in, then print.</source>
        <translation>%1 没有登记身份证件，而证书需凭证件核验。请在登记处补录证件后再打印。</translation>
    </message>
    <message>
        <source>%1 has no valid dose on record, so there is nothing to certify (doses entered in error do not count). Record the dose at the injection desk first, then print.</source>
        <translation>%1 没有有效的接种记录，无可证明的内容（录入错误的剂次不计）。请先在接种台记录接种，再打印。</translation>
    </message>
    <message numerus="yes">
        <source>Valid: certificate %1, issued %2, lists %n dose(s), all still on record.</source>
        <translation>
            <numerusform>有效：证书 %1，签发于 %2，列有 %n 剂，均仍在记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Superseded: certificate %1 (issued %2) lists a dose corrected since (%3). Issue a new certificate from the current record%4.</source>
        <translation>已被取代：证书 %1（签发于 %2）所列的剂次之后已更正（%3）。请按当前记录签发新证书%4。</translation>
    </message>
    <message>
        <source>; issued since: %1</source>
        <translation>；此后已签发：%1</translation>
    </message>
    <message>
        <source>ID number: type the number of the ID document the person shows; the code is checked against it.</source>
        <translation>证件号码：请输入对方出示的证件号码，证书码将与之核对。</translation>
    </message>
    <message>
        <source>Certificate QR code: it was issued by the site %1, not by this site (%2). Verify it with that site&apos;s records.</source>
        <translation>证书二维码：该证书由接种点 %1 签发，不是本接种点（%2）。请向该接种点核验。</translation>
    </message>
    <message>
        <source>Certificate QR code: it does not match certificate %1 as issued (the person reference or the doses differ). The paper may be altered: check it by its number.</source>
        <translation>证书二维码：与签发时的证书 %1 不符（受种者参考码或剂次不同）。纸质证书可能被改动：请按编号核验。</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>The person was not found. Search again.</source>
        <translation>未找到该受种者。请重新查找。</translation>
    </message>
    <message>
        <source>The name is empty. Enter the name as on the document.</source>
        <translation>姓名为空。请按证件填写姓名。</translation>
    </message>
    <message>
        <source>The person to link the document to was not found. Search again.</source>
        <translation>未找到要关联证件的受种者。请重新查找。</translation>
    </message>
    <message>
        <source>%1 born %2 is already registered with another document (%3). Link this document to that person or confirm that this is a new person.</source>
        <translation>%1（出生日期 %2）已用另一证件（%3）登记。请把该证件关联到此人，或确认是新的受种者。</translation>
    </message>
    <message>
        <source>No staff member is logged in. Log in to check people in.</source>
        <translation>没有工作人员登录。请先登录再进行登记。</translation>
    </message>
    <message>
        <source>Screening found a contraindication (%1): do not vaccinate. Explain to the person and refer to a doctor.</source>
        <translation>健康询问发现禁忌证（%1）：不予接种。请向受种者说明并转介医生。</translation>
    </message>
    <message>
        <source>Screening says defer (%1): not today. The person may come back when it has passed.</source>
        <translation>健康询问结果为暂缓接种（%1）：今天不接种。情况消除后可再来。</translation>
    </message>
    <message>
        <source>%1 is already checked in today with number %2. Use that number.</source>
        <translation>%1 今天已登记，排队号 %2。请使用该号码。</translation>
    </message>
    <message>
        <source>%1 was checked in today with number %2 and that visit was cancelled. One visit per person and day: ask a supervisor, or check in again tomorrow.</source>
        <translation>%1 今天已登记（排队号 %2），但该登记已取消。每人每天只能登记一次：请联系主管，或明天再登记。</translation>
    </message>
    <message>
        <source>Screening does not say defer: nothing to record as a deferral. Check the person in instead.</source>
        <translation>健康询问结果不是暂缓接种：无需记录暂缓。请直接为受种者登记。</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the visit, e.g. &quot;left before being called&quot;.</source>
        <translation>请填写取消登记的原因，例如“叫号前已离开”。</translation>
    </message>
    <message>
        <source>No visit has the id %1. Take the id from the queue list.</source>
        <translation>没有 ID 为 %1 的登记记录。请从排队列表中获取 ID。</translation>
    </message>
    <message>
        <source>Visit number %1 is %2, not waiting: only a waiting visit can be cancelled.</source>
        <translation>排队号 %1 的状态为 %2，不是等待中：只能取消等待中的登记。</translation>
    </message>
    <message>
        <source>Birth date is missing: the %1 number does not carry it. Enter the birth date from the document, e.g. 2004-02-29.</source>
        <translation>缺少出生日期：%1号码中不含出生日期。请按证件录入出生日期，例如 2004-02-29。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CheckInDraft</name>
    <message>
        <source>The check-in draft cannot be saved to %1 (%2). Free disk space or fix the folder&apos;s permissions; the form keeps what was typed.</source>
        <translation>登记草稿无法保存到 %1（%2）。请释放磁盘空间或修正文件夹权限；表单中已输入的内容会保留。</translation>
    </message>
    <message>
        <source>The check-in draft %1 cannot be read (%2). Fix its permissions or delete the file.</source>
        <translation>无法读取登记草稿 %1（%2）。请修正其权限或删除该文件。</translation>
    </message>
    <message>
        <source>The check-in draft %1 is damaged or from another version. Delete the file; only an unfinished form is lost.</source>
        <translation>登记草稿 %1 已损坏或来自其他版本。请删除该文件；只会丢失一份未完成的表单。</translation>
    </message>
    <message>
        <source>The check-in draft %1 cannot be removed (%2). Fix the folder&apos;s permissions.</source>
        <translation>无法删除登记草稿 %1（%2）。请修正文件夹权限。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Scan the vaccine box or vial to check this.</source>
        <translation>请扫描疫苗包装盒或疫苗瓶以核查此项。</translation>
    </message>
    <message>
        <source>Health and contraindications</source>
        <translation>健康状况和禁忌证</translation>
    </message>
    <message>
        <source>The check-in is from %1, not today. Check the person in again today (screening and consent).</source>
        <translation>该登记日期为 %1，不是今天。请今天重新登记（健康询问和知情同意）。</translation>
    </message>
    <message>
        <source>A dose is already recorded for this check-in. Do not give another; look at the dose list.</source>
        <translation>本次登记已有接种记录。请勿再次接种；请查看接种记录列表。</translation>
    </message>
    <message>
        <source>This check-in was %1. Check the person in again if they are to be vaccinated.</source>
        <translation>本次登记状态为 %1。如需接种，请重新登记。</translation>
    </message>
    <message>
        <source>No screening is recorded today. Send the person back to check-in for screening.</source>
        <translation>今天没有健康询问记录。请让受种者回到登记处进行健康询问。</translation>
    </message>
    <message>
        <source>Screening found a contraindication (%1): do not vaccinate; refer to a doctor.</source>
        <translation>健康询问发现禁忌证（%1）：不予接种；请转介医生。</translation>
    </message>
    <message>
        <source>Screening says defer (%1): not today. The person may come back when it has passed.</source>
        <translation>健康询问结果为暂缓接种（%1）：今天不接种。情况消除后可再来。</translation>
    </message>
    <message>
        <source>Screening needs a doctor&apos;s decision (%1). A doctor may allow the dose with a reason.</source>
        <translation>健康询问需要医生判断（%1）。医生可说明理由后准予接种。</translation>
    </message>
    <message>
        <source>No consent is recorded. Record the consent at check-in.</source>
        <translation>没有知情同意记录。请在登记时记录知情同意。</translation>
    </message>
    <message>
        <source>The person is under %1: a guardian must sign the consent with name and relation. Record it at check-in.</source>
        <translation>受种者未满 %1 岁：须由监护人签署知情同意并注明姓名和关系。请在登记时记录。</translation>
    </message>
    <message>
        <source>Another vaccine (%1) was given on %2, %3 days ago; wait %4 days, until %5, or a doctor may allow it with a reason.</source>
        <translation>%2 接种过其他疫苗（%1），距今 %3 天；需间隔 %4 天，即等到 %5，或由医生说明理由后准予接种。</translation>
    </message>
    <message>
        <source>Screening clear; consent by %1.</source>
        <translation>健康询问无异常；知情同意签署人：%1。</translation>
    </message>
    <message>
        <source>guardian %1 (%2)</source>
        <translation>监护人 %1（%2）</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>受种者本人</translation>
    </message>
    <message>
        <source>Screening: %1.</source>
        <translation>健康询问：%1。</translation>
    </message>
    <message>
        <source>Record: dose due and intervals</source>
        <translation>接种记录：应种剂次和间隔</translation>
    </message>
    <message>
        <source>Dose %1 on %2 was %3; %4 may not complete or follow that series. Use %3 or a product that may replace it.</source>
        <translation>%2 接种的第 %1 剂是 %3；%4 不能用于续种或完成该程序。请使用 %3 或可替代它的产品。</translation>
    </message>
    <message>
        <source>Earlier doses were another product of the same group; %1 may complete the series.</source>
        <translation>此前剂次为同组的其他产品；可用 %1 完成全程接种。</translation>
    </message>
    <message>
        <source>The series of %1 dose(s) is complete (last dose on %2). Do not give another dose.</source>
        <translation>全程 %1 剂已完成（最后一剂于 %2）。请勿再接种。</translation>
    </message>
    <message>
        <source>Series complete.</source>
        <translation>已完成全程接种。</translation>
    </message>
    <message>
        <source>Dose %1 of %2.</source>
        <translation>第 %1 剂，共 %2 剂。</translation>
    </message>
    <message>
        <source>%1 days after dose %2 (%3).</source>
        <translation>距第 %2 剂（%3）%1 天。</translation>
    </message>
    <message>
        <source>Too early: dose %1 may be given from %2 (%3 after dose %4 on %5). Give an appointment for that day.</source>
        <translation>间隔不足：第 %1 剂最早可于 %2 接种（第 %4 剂于 %5 接种，需间隔 %3）。请预约该日接种。</translation>
    </message>
    <message>
        <source>Later than recommended (by %1 after dose %2). Give the dose now: a late dose completes the series, it never restarts it.</source>
        <translation>已晚于建议时间（第 %2 剂后建议于 %1 前接种）。请现在接种：延迟接种的剂次照常计入全程，无需重新开始。</translation>
    </message>
    <message>
        <source>Vaccine: appearance, lot, expiry</source>
        <translation>疫苗：外观、批号、有效期</translation>
    </message>
    <message>
        <source>Lot %1 is quarantined after a temperature excursion. Take another lot; a supervisor must release this one first.</source>
        <translation>批号 %1 因温度超标已被隔离。请换用其他批号；须由主管先解除隔离。</translation>
    </message>
    <message>
        <source>Lot %1 is recalled. Take another lot.</source>
        <translation>批号 %1 已被召回。请换用其他批号。</translation>
    </message>
    <message>
        <source>Lot %1 was discarded. Take another lot.</source>
        <translation>批号 %1 已报废。请换用其他批号。</translation>
    </message>
    <message>
        <source>Lot %1 is %2. Take another lot.</source>
        <translation>批号 %1 状态为 %2。请换用其他批号。</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2. Book it as wasted (expired) and take another lot.</source>
        <translation>批号 %1 已于 %2 过期。请登记为损耗（过期）并换用其他批号。</translation>
    </message>
    <message>
        <source>The open vial is of another lot than %1. Scan the vial you hold.</source>
        <translation>该已开启疫苗瓶不属于批号 %1。请扫描您手中的疫苗瓶。</translation>
    </message>
    <message>
        <source>This vial was closed. Open a new vial.</source>
        <translation>该疫苗瓶已停止使用。请开启新的一瓶。</translation>
    </message>
    <message>
        <source>The open vial had to be discarded at %1. Discard it and open a new vial.</source>
        <translation>该已开启疫苗瓶应于 %1 废弃。请废弃并开启新的一瓶。</translation>
    </message>
    <message>
        <source>The open vial has no doses left. Open a new vial.</source>
        <translation>该已开启疫苗瓶已无剩余剂次。请开启新的一瓶。</translation>
    </message>
    <message>
        <source>%1 comes in %2-dose vials: open a vial (or scan the open one) before the dose.</source>
        <translation>%1 为每瓶 %2 剂的多剂次包装：接种前请开启一瓶（或扫描已开启的疫苗瓶）。</translation>
    </message>
    <message>
        <source>Lot %1 has no doses in stock. Check the box and the stock count; take another lot.</source>
        <translation>批号 %1 无库存。请核对包装盒和库存数，并换用其他批号。</translation>
    </message>
    <message>
        <source>Box code %1 was not received at this site. Scan a box of the lot, or receive the box first.</source>
        <translation>包装追溯码 %1 未在本接种点入库。请扫描该批号的包装盒，或先将该盒入库。</translation>
    </message>
    <message>
        <source>Box code %1 belongs to another lot than %2. Scan the box you hold.</source>
        <translation>包装追溯码 %1 不属于批号 %2。请扫描您手中的包装盒。</translation>
    </message>
    <message>
        <source>Box code %1 was already used for a dose. Set the box aside and take a new one.</source>
        <translation>包装追溯码 %1 已用于接种。请将该盒放在一边，换用新的一盒。</translation>
    </message>
    <message>
        <source>Look at the vaccine and syringe (appearance, label, lot, expiry) and confirm.</source>
        <translation>请检查疫苗和注射器（外观、标签、批号、有效期）并确认。</translation>
    </message>
    <message>
        <source>Lot %1, expires %2.</source>
        <translation>批号 %1，有效期至 %2。</translation>
    </message>
    <message>
        <source>Open vial: %1 dose(s) left, discard at %2.</source>
        <translation>已开启疫苗瓶：剩余 %1 剂，%2 废弃。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The person has no name on record. Correct the registration.</source>
        <translation>受种者没有登记姓名。请更正登记信息。</translation>
    </message>
    <message>
        <source>Ask the person&apos;s name and confirm it is %1.</source>
        <translation>请询问受种者姓名，并确认是 %1。</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>The birth date is missing or in the future. Correct the registration.</source>
        <translation>出生日期缺失或晚于今天。请更正登记信息。</translation>
    </message>
    <message>
        <source>%1 years (born %2).</source>
        <translation>%1 岁（%2 出生）。</translation>
    </message>
    <message>
        <source>Too young for %1: the minimum age is %2, reached on %3.</source>
        <translation>未达到 %1 的最小接种年龄：最小年龄为 %2，将于 %3 达到。</translation>
    </message>
    <message>
        <source>%1 is for people younger than %2 (until %3). A doctor may allow it with a reason.</source>
        <translation>%1 适用于 %2 以下人群（至 %3 为止）。医生可说明理由后准予接种。</translation>
    </message>
    <message>
        <source>Vaccine name</source>
        <translation>疫苗品名</translation>
    </message>
    <message>
        <source>Product %1 of lot %2 is not in the catalog. Take another lot.</source>
        <translation>批号 %2 的产品 %1 不在疫苗目录中。请换用其他批号。</translation>
    </message>
    <message>
        <source>The scanned vaccine is %1, but %2 was chosen. Take the right vaccine.</source>
        <translation>扫描的疫苗是 %1，但选择的是 %2。请取用正确的疫苗。</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Lot %1 holds %2 dose(s) per vial, the catalog says %3 for %4. Check the box and the lot record.</source>
        <translation>批号 %1 每瓶 %2 剂，而疫苗目录中 %4 为每瓶 %3 剂。请核对包装盒和批次记录。</translation>
    </message>
    <message>
        <source>%1 mL per dose, %2 dose(s) per vial.</source>
        <translation>每剂 %1 mL，每瓶 %2 剂。</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>%1 mL is not the dose of %2 (%3 mL). Draw the catalog dose.</source>
        <translation>%1 mL 不是 %2 的剂量（%3 mL）。请按目录剂量抽取。</translation>
    </message>
    <message>
        <source>%1 mL, dose %2 of %3.</source>
        <translation>%1 mL，第 %2 剂，共 %3 剂。</translation>
    </message>
    <message>
        <source>%1 mL.</source>
        <translation>%1 mL。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>接种部位</translation>
    </message>
    <message>
        <source>Choose the injection site (%1).</source>
        <translation>请选择接种部位（%1）。</translation>
    </message>
    <message>
        <source>%1 is not a site for %2; use %3.</source>
        <translation>%1 不是 %2 的接种部位；请使用 %3。</translation>
    </message>
    <message>
        <source>no site (not injected)</source>
        <translation>无接种部位（非注射）</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>接种途径</translation>
    </message>
    <message>
        <source>%1 is given %2, not %3.</source>
        <translation>%1 应经 %2 途径接种，而不是 %3。</translation>
    </message>
    <message>
        <source>The person verifies the vaccine and its expiry</source>
        <translation>受种者验证疫苗品种和有效期</translation>
    </message>
    <message>
        <source>Show the person (or guardian) the vaccine name and expiry and confirm that they checked it.</source>
        <translation>请向受种者（或监护人）出示疫苗名称和有效期，并确认其已核对。</translation>
    </message>
    <message>
        <source>%1, lot %2, expires %3.</source>
        <translation>%1，批号 %2，有效期至 %3。</translation>
    </message>
    <message>
        <source>On record: %1 for %2 (%3). The scanned vaccine will be checked against it.</source>
        <translation>已有记录：%2 %1（%3）。扫描疫苗后将据此核对。</translation>
    </message>
    <message>
        <source>Contraindication on record for %1: %2 (%3, %4). Do not vaccinate whatever today&apos;s answers are; only a doctor can lift it.</source>
        <translation>已记录对%1的禁忌：%2（%3，%4）。无论今天如何回答都不得接种；只有医生可以解除。</translation>
    </message>
    <message>
        <source>Precaution on record for %1: %2. A doctor must decide; a doctor may allow the dose with a reason.</source>
        <translation>已记录对%1的慎用：%2。须由医生决定；医生可说明理由后允许接种。</translation>
    </message>
    <message>
        <source>History judged: %1. Doses given at other desks may be missing.</source>
        <translation>所依据的接种史：%1。其他接种台给予的剂次可能缺失。</translation>
    </message>
    <message numerus="yes">
        <source>History judged: %1, but %n of the person&apos;s records from other desks could not be applied here yet.</source>
        <translation>
            <numerusform>所依据的接种史：%1，但该受种者来自其他接种台的 %n 条记录暂时无法在本台载入。</numerusform>
        </translation>
    </message>
    <message>
        <source>You confirmed that you asked the person about other doses today.</source>
        <translation>您已确认询问过受种者今天是否接种过其他疫苗。</translation>
    </message>
    <message>
        <source>Ask the person whether they had any other vaccine today, then confirm that you asked.</source>
        <translation>请询问受种者今天是否接种过其他疫苗，然后确认已询问。</translation>
    </message>
    <message>
        <source>site history as of %1</source>
        <translation>截至 %1 的全站接种史</translation>
    </message>
    <message>
        <source>this desk only: server unreachable since %1</source>
        <translation>仅本接种台记录：自 %1 起无法连接站点服务器</translation>
    </message>
    <message>
        <source>this desk only: the site server was not asked</source>
        <translation>仅本接种台记录：未查询站点服务器</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>the history judged, then the item&apos;s detail</comment>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time. Write it as YYYY-MM-DDThh:mm:ss, optionally with an offset such as +08:00.</source>
        <translation>%1：“%2”不是日期时间。请写成 YYYY-MM-DDThh:mm:ss，可带时区偏移，例如 +08:00。</translation>
    </message>
    <message>
        <source>VAXPOINT_FAKE_NOW is set, but this is a production database: records must carry the real time. Unset VAXPOINT_FAKE_NOW, or use a training database.</source>
        <translation>已设置 VAXPOINT_FAKE_NOW，但这是正式数据库：记录必须使用真实时间。请取消 VAXPOINT_FAKE_NOW，或改用培训数据库。</translation>
    </message>
</context>
<context>
    <name>ClockGuard</name>
    <message>
        <source>The PC&apos;s clock is behind: it says %1, but this database already holds a record written at %2, %3 later. Nothing was saved. Set the PC&apos;s clock right (date, time and time zone), or ask the site administrator to acknowledge a deliberate correction of the clock.</source>
        <translation>电脑时钟落后了：它显示 %1，但本数据库已有一条写于 %2 的记录，晚了 %3。未保存任何内容。请把电脑时钟调正（日期、时间和时区），或请站点管理员确认这是一次有意的时钟校正。</translation>
    </message>
    <message>
        <source>%1 (UTC%2%3:%4)</source>
        <translation>%1（UTC%2%3:%4）</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
</context>
<context>
    <name>ClockService</name>
    <message>
        <source>Reason: say why the PC&apos;s clock was corrected, e.g. &quot;clock was 3 days ahead, set right&quot;.</source>
        <translation>原因：请说明电脑时钟为何被校正，例如“时钟快了 3 天，已调正”。</translation>
    </message>
    <message>
        <source>Clock tolerance: give %1 to %2 minutes.</source>
        <translation>时钟容差：请填写 %1 到 %2 分钟。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ColdChain</name>
    <message>
        <source>Time: the reading is in the future; enter the time it was read.</source>
        <translation>时间：该读数的时间晚于现在；请填写实际读数时间。</translation>
    </message>
    <message>
        <source>Temperature: %1 °C is not a plausible fridge reading; enter it in °C.</source>
        <translation>温度：%1 °C 不是合理的冰箱读数；请以 °C 填写。</translation>
    </message>
    <message>
        <source>Time: this fridge already has a manual reading at that time.</source>
        <translation>时间：该冰箱在此时间已有一条人工读数。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The reading at %1</source>
        <translation>%1 的读数</translation>
    </message>
    <message>
        <source>%1: the reading at %2 is in the future (the site&apos;s clock says %3). Check the logger&apos;s clock and export it again; nothing was imported.</source>
        <translation>%1：%2 的读数在未来（本点时钟为 %3）。请检查记录仪的时钟后重新导出；未导入任何数据。</translation>
    </message>
    <message>
        <source>%1: the temperature is not a number between -100 and 100 °C. Fix the file or export it again; nothing was imported.</source>
        <translation>%1：温度不是 -100 到 100 °C 之间的数字。请修正文件或重新导出；未导入任何数据。</translation>
    </message>
    <message>
        <source>The logger&apos;s history has a day in the future (%1; today is %2). Check the logger&apos;s clock and export it again; nothing was imported.</source>
        <translation>记录仪的历史中有未来的日期（%1；今天是 %2）。请检查记录仪的时钟后重新导出；未导入任何数据。</translation>
    </message>
    <message>
        <source>Temperature: &quot;%1&quot; is not a number; enter the reading in °C, e.g. 4.5.</source>
        <translation>温度：“%1”不是数字；请以 °C 输入读数，例如 4.5。</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent is not recorded. Show the consent text and record its version and who signed.</source>
        <translation>尚未记录知情同意。请出示知情同意书，并记录其版本和签字人。</translation>
    </message>
    <message>
        <source>A guardian signed: enter the guardian&apos;s name and relation to the person.</source>
        <translation>由监护人签字：请填写监护人姓名及与受种者的关系。</translation>
    </message>
    <message>
        <source>Site setting desk.adult_age_years is &quot;%1&quot;; set it to the age in whole years from which people sign their own consent, e.g. 18.</source>
        <translation>站点设置 desk.adult_age_years 为“%1”；请设为本人可自行签署知情同意书的周岁年龄，例如 18。</translation>
    </message>
    <message>
        <source>The person is under %1: a guardian must sign the consent. Record the guardian&apos;s name and relation.</source>
        <translation>受种者未满 %1 周岁：须由监护人签署知情同意书。请记录监护人的姓名和关系。</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>知情同意书版本</translation>
    </message>
    <message>
        <source>Consent text version &quot;%1&quot; is not one this site uses (%2). Record the version printed on the consent text that was shown; a site administrator adds a new text with &quot;vaxctl setting set %3&quot;.</source>
        <translation>知情同意书版本“%1”不是本接种点使用的版本（%2）。请记录所出示的知情同意书上印的版本；新的同意书由接种点管理员用“vaxctl setting set %3”添加。</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation</source>
        <translation>监护人与受种者的关系</translation>
    </message>
</context>
<context>
    <name>Contraindication</name>
    <message>
        <source>Scope &quot;%1&quot; is not understood: write all, product:CODE, group:GROUP or component:NAME.</source>
        <translation>无法识别范围“%1”：请写 all、product:代码、group:组 或 component:成分。</translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation>慎用</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <source>all vaccines</source>
        <translation>所有疫苗</translation>
    </message>
    <message>
        <source>the vaccine %1</source>
        <translation>疫苗 %1</translation>
    </message>
    <message>
        <source>vaccines of the group %1</source>
        <translation>%1 组的疫苗</translation>
    </message>
    <message>
        <source>vaccines containing %1</source>
        <translation>含 %1 的疫苗</translation>
    </message>
    <message>
        <source>screening answer</source>
        <translation>筛查回答</translation>
    </message>
    <message>
        <source>adverse event after a dose</source>
        <translation>接种后不良反应</translation>
    </message>
    <message>
        <source>doctor&apos;s entry</source>
        <translation>医生录入</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4, %5)</source>
        <translation>%1 — %2：%3（%4，%5）</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Contraindication on record</source>
        <translation>已记录的禁忌证</translation>
    </message>
    <message>
        <source>Precaution on record: a doctor decides</source>
        <translation>有记录的慎用：由医生决定</translation>
    </message>
    <message>
        <source>Contraindication: there is no &quot;%1&quot;. Take the id from &quot;vaxctl person contraindications PERSON&quot;.</source>
        <translation>禁忌：不存在“%1”。请从“vaxctl person contraindications PERSON”中获取编号。</translation>
    </message>
    <message>
        <source>Doctor: the doctor types their own username.</source>
        <translation>医生：请医生输入自己的用户名。</translation>
    </message>
    <message>
        <source>Doctor: the password was confirmed too long ago. Type it again.</source>
        <translation>医生：密码确认已超时，请重新输入。</translation>
    </message>
    <message>
        <source>Reason: say what the contraindication is, e.g. &quot;anaphylaxis to neomycin&quot;.</source>
        <translation>原因：请说明是什么禁忌，例如“对新霉素严重过敏”。</translation>
    </message>
    <message>
        <source>Scope: name the product, group or component, e.g. group:covid-inactivated.</source>
        <translation>范围：请写明产品、组或成分，例如 group:covid-inactivated。</translation>
    </message>
    <message>
        <source>Scope: there is no product &quot;%1&quot; in the catalog; use its code, e.g. product:BBIBP-CorV.</source>
        <translation>范围：目录中没有产品“%1”；请使用其代码，例如 product:BBIBP-CorV。</translation>
    </message>
    <message>
        <source>Until: %1 is already past; give today or a later date, or none for a permanent one.</source>
        <translation>截止日期：%1 已过；请填写今天或以后的日期，永久有效则不填。</translation>
    </message>
    <message>
        <source>Person: there is no person &quot;%1&quot;. Find them with &quot;vaxctl person find&quot;.</source>
        <translation>受种者：不存在“%1”。请用“vaxctl person find”查找。</translation>
    </message>
    <message>
        <source>Reason: say why the doctor lifts it, e.g. &quot;allergy test negative&quot;.</source>
        <translation>原因：请说明医生解除的理由，例如“过敏试验阴性”。</translation>
    </message>
    <message>
        <source>Contraindication %1 was already lifted on %2.</source>
        <translation>禁忌 %1 已于 %2 解除。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the file exists and that you may read it.</source>
        <translation>无法打开数据库 %1：%2。请检查文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>The database is busy: another program holds it (%1). Nothing was saved; close the other program or wait, then try again.</source>
        <translation>数据库正忙：另一个程序正在使用（%1）。未保存任何内容；请关闭该程序或稍候再试。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some disk space, then try again.</source>
        <translation>磁盘已满。未保存任何内容；请释放磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written (%1). Nothing was saved; check the file&apos;s permissions and the disk, then try again.</source>
        <translation>数据库无法写入（%1）。未保存任何内容；请检查文件权限和磁盘后重试。</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk, then try again.</source>
        <translation>磁盘报告错误（%1）。未保存任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>A database operation failed (%1): %2</source>
        <translation>数据库操作失败（%1）：%2</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;vaxctl init&quot; or start VaxPoint once, or pass the right --db path.</source>
        <translation>%1 处没有数据库。请用“vaxctl init”创建，或先启动一次 VaxPoint，或用 --db 指定正确路径。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer VaxPoint (schema %2; this program knows up to %3). Install the newer VaxPoint; this one will not touch the file.</source>
        <translation>数据库 %1 由更新版本的 VaxPoint 写入（结构版本 %2；本程序最高支持 %3）。请安装新版 VaxPoint；本程序不会改动该文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check the path and your permissions.</source>
        <translation>无法为数据库创建文件夹 %1。请检查路径和权限。</translation>
    </message>
    <message>
        <source>The database refused write-ahead logging (%1). Move it to a local disk; network drives are not supported.</source>
        <translation>数据库无法启用预写日志（%1）。请将其移到本地磁盘；不支持网络驱动器。</translation>
    </message>
    <message>
        <source>The database has schema %1 and needs %2. Open it with VaxPoint or run &quot;vaxctl check-db&quot; to upgrade it.</source>
        <translation>数据库结构版本为 %1，需要 %2。请用 VaxPoint 打开或运行“vaxctl check-db”进行升级。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database was left at schema %4.</source>
        <translation>数据库升级到结构版本 %1（%2）失败：%3。数据库保持在结构版本 %4。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Nothing was saved. Stop recording on this computer, keep the file as it is and call support before replacing anything.</source>
        <translation>数据库已损坏（%1）。没有保存任何内容。请停止在这台电脑上记录，原样保留该文件，在替换任何文件之前先联系技术支持。</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is read-only (a write-protected USB stick, a read-only network share, or a disk the system switched to read-only after errors). Nothing is lost and VaxPoint changed nothing. Unlock the medium, or copy the database to a writable disk, then start again.</source>
        <translation>数据库 %1 所在的磁盘是只读的（写保护的 U 盘、只读的网络共享，或系统因错误改为只读的磁盘）。没有丢失任何数据，VaxPoint 也没有做任何修改。请解除介质的写保护，或把数据库复制到可写的磁盘，然后重新启动。</translation>
    </message>
    <message>
        <source>The folder %1 that holds the database cannot be written: VaxPoint keeps its journal files (-wal, -shm) beside the database. Nothing is lost and VaxPoint changed nothing. Let this account write in that folder (ask the PC&apos;s administrator), or move the database to a writable folder, then start again.</source>
        <translation>存放数据库的文件夹 %1 不可写：VaxPoint 需要在数据库旁边保存日志文件（-wal、-shm）。没有丢失任何数据，VaxPoint 也没有做任何修改。请让本账户可以写入该文件夹（请电脑管理员处理），或把数据库移到可写的文件夹，然后重新启动。</translation>
    </message>
    <message>
        <source>The database %1 is read-only: VaxPoint could not record anything in it. Nothing is lost and VaxPoint changed nothing. Give this account write permission on the file (its properties, or ask the PC&apos;s administrator), then start again.</source>
        <translation>数据库 %1 是只读的：VaxPoint 无法在其中记录任何内容。没有丢失任何数据，VaxPoint 也没有做任何修改。请给本账户该文件的写权限（在文件属性中，或请电脑管理员处理），然后重新启动。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full (%2 free). VaxPoint stopped before changing anything: nothing is lost. Free some space on that disk (old exports, copies, downloads, the recycle bin), then start again.</source>
        <translation>数据库 %1 所在的磁盘已满（剩余 %2）。VaxPoint 在做任何修改之前已停止：没有丢失任何数据。请在该磁盘上腾出空间（旧的导出文件、副本、下载内容、回收站），然后重新启动。</translation>
    </message>
    <message>
        <source>This account may not open the database %1 (permission denied). Nothing is lost. Sign in to the PC with the account that runs VaxPoint, or ask the PC&apos;s administrator to give this account access to the file and its folder.</source>
        <translation>本账户无权打开数据库 %1（权限被拒绝）。没有丢失任何数据。请用运行 VaxPoint 的账户登录电脑，或请电脑管理员给本账户该文件及其文件夹的访问权限。</translation>
    </message>
    <message>
        <source>The database %1 is locked by %2, which keeps it to itself. VaxPoint waited, then stopped without changing anything: nothing is lost. Close that program (another VaxPoint window, a vaxctl command, a copy or sync tool), then start again.</source>
        <translation>数据库 %1 被 %2 独占锁定。VaxPoint 等待后已停止，未作任何修改：没有丢失任何记录。请关闭该程序（另一个 VaxPoint 窗口、vaxctl 命令、复制或同步工具），然后重新启动。</translation>
    </message>
    <message>
        <source>The file %1 is not a VaxPoint database (%2). VaxPoint did not change it. Check the --db path or the VAXPOINT_DB setting. If this file was the clinic&apos;s database, keep it as it is and call support.</source>
        <translation>文件 %1 不是 VaxPoint 数据库（%2）。VaxPoint 没有修改它。请检查 --db 路径或 VAXPOINT_DB 设置。如果这个文件原本就是接种点的数据库，请原样保留并联系技术支持。</translation>
    </message>
    <message>
        <source>The file %1 is empty: there is no database in it. VaxPoint did not change it. To create a site there, run &quot;vaxctl init --db %1 --site-code … --site-name … --district …&quot;; otherwise give the right --db path.</source>
        <translation>文件 %1 是空的：其中没有数据库。VaxPoint 没有修改它。要在此创建接种点，请运行 &quot;vaxctl init --db %1 --site-code … --site-name … --district …&quot;；否则请给出正确的 --db 路径。</translation>
    </message>
    <message>
        <source>The database %1 says its schema is version %2, which no VaxPoint writes (this one knows 1 to %3). VaxPoint did not change it. Keep the file as it is and call support.</source>
        <translation>数据库 %1 标明其结构版本为 %2，任何版本的 VaxPoint 都不会写出这个版本（本程序认识 1 到 %3）。VaxPoint 没有修改它。请原样保留该文件并联系技术支持。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). VaxPoint stopped and did not change the file. Keep it exactly as it is and call support before replacing anything: support can often recover records from it. </source>
        <translation>数据库 %1 已损坏（%2）。VaxPoint 已停止，没有修改该文件。请原样保留，在替换任何文件之前先联系技术支持：技术支持通常能从中恢复记录。</translation>
    </message>
    <message>
        <source>No backup was found beside it.</source>
        <translation>旁边没有找到备份。</translation>
    </message>
    <message>
        <source>The newest backup is %1, taken %2: every record written after that (doses, check-ins, stock) is not in it and would be lost if the backup replaced the database.</source>
        <translation>最新的备份是 %1，备份时间 %2：此后写入的所有记录（接种、登记、库存）都不在其中，如果用该备份替换数据库，这些记录将会丢失。</translation>
    </message>
    <message>
        <source>The disk reported an error on the database %1 (%2). VaxPoint stopped without changing anything. Check the disk (a failing disk, a removed USB stick, a lost network share), then start again.</source>
        <translation>磁盘在读写数据库 %1 时报告错误（%2）。VaxPoint 已停止，没有做任何修改。请检查磁盘（磁盘故障、U 盘被拔出、网络共享断开），然后重新启动。</translation>
    </message>
    <message>
        <source>it does not start with a SQLite header</source>
        <translation>文件开头没有 SQLite 文件头</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>another program (process %1)</source>
        <translation>另一个程序（进程 %1）</translation>
    </message>
    <message>
        <source>the program &quot;%1&quot; (process %2)</source>
        <translation>程序“%1”（进程 %2）</translation>
    </message>
    <message>
        <source>%1 (site time)</source>
        <translation>%1（接种点时间）</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>DayCloseText</name>
    <message>
        <source>Date: give the day as YYYY-MM-DD.</source>
        <translation>日期：请按 YYYY-MM-DD 格式给出日期。</translation>
    </message>
    <message>
        <source>Date: give the day to reopen as YYYY-MM-DD.</source>
        <translation>日期：请按 YYYY-MM-DD 格式填写要重新开启的日期。</translation>
    </message>
    <message>
        <source>Date: %1 is not closed, so there is nothing to reopen. Only the day closed last can be reopened.</source>
        <translation>日期：%1 尚未日结，无需重新开启。只能重新开启最近一次日结的日期。</translation>
    </message>
    <message>
        <source>Date: %1 cannot be reopened: its bundle %2 was already exported after the close. Record late work today; the next export carries it to the district.</source>
        <translation>日期：%1 无法重新开启：日结后其数据包 %2 已导出。请在今天补录迟到的记录，下一次导出会将其上报区县。</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Daily vaccination report — %1</source>
        <translation>每日接种报表 — %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Day closed at %1.</source>
        <translation>已于 %1 日结。</translation>
    </message>
    <message>
        <source>The day is not closed yet: figures may still change.</source>
        <translation>当日尚未日结：数据仍可能变化。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>登记人次</translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation>接种剂次</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正作废</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓接种</translation>
    </message>
    <message>
        <source>AEFI</source>
        <translation>AEFI</translation>
    </message>
    <message>
        <source>Serious AEFI</source>
        <translation>严重 AEFI</translation>
    </message>
    <message>
        <source>Doses wasted</source>
        <translation>损耗剂次</translation>
    </message>
    <message>
        <source>Doses per hour</source>
        <translation>每小时接种剂次</translation>
    </message>
    <message>
        <source>Doses by age group (blue: male and unknown, orange: female)</source>
        <translation>各年龄组接种剂次（蓝色：男性及性别不详，橙色：女性）</translation>
    </message>
    <message>
        <source>Doses by product, dose number, age group and sex</source>
        <translation>按产品、剂次、年龄组和性别统计的接种剂次</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>年龄组</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>剂数</translation>
    </message>
    <message>
        <source>Adverse events and wastage</source>
        <translation>疑似预防接种异常反应与损耗</translation>
    </message>
    <message>
        <source>AEFI: %1 (%2 serious). By severity: %3.</source>
        <translation>AEFI：%1 例（其中严重 %2 例）。按严重程度：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Wasted doses by reason: %1.</source>
        <translation>按原因统计的损耗剂次：%1。</translation>
    </message>
    <message>
        <source>Stock reconciliation</source>
        <translation>库存核对</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>接种</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>损耗</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>off by %1</source>
        <translation>相差 %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未盘点</translation>
    </message>
    <message>
        <source>Fridges</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Min °C</source>
        <translation>最低 °C</translation>
    </message>
    <message>
        <source>Max °C</source>
        <translation>最高 °C</translation>
    </message>
    <message>
        <source>Excursions</source>
        <translation>温度超标</translation>
    </message>
    <message>
        <source>Excursion %1 in %2 from %3, %4 min, extreme %5 °C.</source>
        <translation>温度超标（%1）：%2，%3 起，持续 %4 分钟，极值 %5 °C。</translation>
    </message>
</context>
<context>
    <name>DemoSeed</name>
    <message>
        <source>Demo data goes into training databases only; %1 is the production database of site %2 and was not changed. Use a training database (vaxctl init --training).</source>
        <translation>演示数据只能写入培训数据库；%1 是接种点 %2 的正式数据库，未做任何改动。请使用培训数据库（vaxctl init --training）。</translation>
    </message>
    <message>
        <source>Demo data: the number of people and of days must be zero or more.</source>
        <translation>演示数据：人数和天数必须为 0 或以上。</translation>
    </message>
    <message>
        <source>Demo data: the site has no staff member to record as creator. Initialise the site first.</source>
        <translation>演示数据：接种点没有可记为创建人的工作人员。请先初始化接种点。</translation>
    </message>
    <message>
        <source>Fridge 1</source>
        <translation>冰箱 1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>%1 changed while saving; nothing was saved. Try again.</source>
        <translation>保存时%1已被更改；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>Site setting desk.other_vaccine_days is &quot;%1&quot;; set it to a number of days, e.g. 14.</source>
        <translation>接种点设置 desk.other_vaccine_days 为“%1”；请设为天数，例如 14。</translation>
    </message>
    <message>
        <source>Site setting desk.allergy_observation_minutes is &quot;%1&quot;; set it to minutes, e.g. 30.</source>
        <translation>接种点设置 desk.allergy_observation_minutes 为“%1”；请设为分钟数，例如 30。</translation>
    </message>
    <message>
        <source>Desk: give the desk&apos;s name or number, e.g. 3.</source>
        <translation>接种台：请给出接种台名称或编号，例如 3。</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>排队信息</translation>
    </message>
    <message>
        <source>Visit: no check-in &quot;%1&quot;. Call the person from the queue or check them in.</source>
        <translation>登记记录：没有登记记录“%1”。请从排队中叫号，或为其登记。</translation>
    </message>
    <message>
        <source>Visit: its person is missing. Check the person in again.</source>
        <translation>登记记录：找不到对应的受种者。请重新为其登记。</translation>
    </message>
    <message>
        <source>Box code: &quot;%1&quot; is not a 20-digit trace code. Scan the box&apos;s trace code again.</source>
        <translation>包装追溯码：“%1”不是 20 位追溯码。请重新扫描包装盒上的追溯码。</translation>
    </message>
    <message>
        <source>Vial: no vial &quot;%1&quot;. Scan the open vial again or open a new one.</source>
        <translation>疫苗瓶：没有疫苗瓶“%1”。请重新扫描已开启的疫苗瓶，或开启新的一瓶。</translation>
    </message>
    <message>
        <source>Override: give the doctor&apos;s reason for allowing the dose.</source>
        <translation>医生特批：请填写医生准予接种的理由。</translation>
    </message>
    <message>
        <source>Override: %1 cannot be overridden here (not failing, or not an item a doctor may override).</source>
        <translation>医生特批：%1 在此不能特批（该项未失败，或不属于医生可特批的项目）。</translation>
    </message>
    <message>
        <source>The checklist does not pass (%1): %2</source>
        <translation>核查未通过（%1）：%2</translation>
    </message>
    <message>
        <source>no dose is due.</source>
        <translation>没有应种剂次。</translation>
    </message>
    <message>
        <source>The box code</source>
        <translation>包装追溯码</translation>
    </message>
    <message>
        <source>The check-in</source>
        <translation>登记记录</translation>
    </message>
    <message>
        <source>Reason: say why the dose is entered in error, e.g. &quot;recorded for the wrong person&quot;.</source>
        <translation>原因：请说明该接种记录为何属于录入错误，例如“记到了其他人名下”。</translation>
    </message>
    <message>
        <source>Dose: no dose &quot;%1&quot;. Take the id from &quot;vaxctl dose list&quot;.</source>
        <translation>接种记录：没有接种记录“%1”。请从“vaxctl dose list”中获取 ID。</translation>
    </message>
    <message>
        <source>Dose: it was already entered in error on %1 (%2).</source>
        <translation>接种记录：已于 %1 标记为录入错误（%2）。</translation>
    </message>
    <message>
        <source>The dose</source>
        <translation>接种记录</translation>
    </message>
    <message>
        <source>The vial</source>
        <translation>疫苗瓶</translation>
    </message>
    <message>
        <source>Override: only a doctor may override, with their own password or PIN typed here. Ask the doctor to confirm.</source>
        <translation>越过：只有医生可以越过，并须在此输入本人的密码或 PIN 码。请医生确认。</translation>
    </message>
    <message>
        <source>Override: the account &quot;%1&quot; is locked after wrong passwords or PINs. Another doctor must decide.</source>
        <translation>越过：账号“%1”因密码或 PIN 码输错已被锁定。须由另一位医生决定。</translation>
    </message>
    <message>
        <source>Override: the doctor confirmed more than %1 minutes ago. Ask the doctor to confirm again with their password or PIN.</source>
        <translation>越过：医生的确认已超过 %1 分钟。请医生用本人的密码或 PIN 码重新确认。</translation>
    </message>
    <message>
        <source>Override: the doctor confirmed it for another visit. Ask the doctor to confirm again for this person.</source>
        <translation>越过：医生确认的是另一次就诊。请医生为此人重新确认。</translation>
    </message>
    <message>
        <source>Override: the doctor did not approve %1. Ask the doctor to confirm again.</source>
        <translation>越过：医生未批准 %1。请医生重新确认。</translation>
    </message>
    <message>
        <source>Override: the doctor&apos;s confirmation is not on record. Ask the doctor to confirm again with their password or PIN.</source>
        <translation>越过：没有该医生确认的记录。请医生用本人的密码或 PIN 码重新确认。</translation>
    </message>
    <message>
        <source>Override: this confirmation was already used for a dose. Ask the doctor to confirm again.</source>
        <translation>越过：此确认已用于一剂接种。请医生重新确认。</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>接种台</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>放行理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Dose: it was given at desk %1 of this site, which keeps its record; correct it at desk %1. The site server would refuse a correction made here.</source>
        <translation>接种记录：这剂次是在本接种点的 %1 号台接种的，记录由该台保存；请在 %1 号台更正。在这里更正会被接种点服务器拒绝。</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>The folder %1 is full: %2 did not fit. Free some space on it or choose another folder (e.g. another USB drive).</source>
        <translation>文件夹 %1 已满：%2 写不下。请腾出空间，或选择其他文件夹（例如另一个 U 盘）。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only (a write-protected USB drive or a medium mounted read-only): %2 was not written. Slide the drive&apos;s lock switch off or choose another folder.</source>
        <translation>文件夹 %1 为只读（U 盘处于写保护状态，或介质以只读方式挂载）：%2 未写入。请拨开 U 盘的写保护开关，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>You may not write into the folder %1: %2 was not written. Choose a folder you can write into.</source>
        <translation>您无权写入文件夹 %1：%2 未写入。请选择您可以写入的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 stopped answering while %2 was written (was the USB drive removed?). Plug it in again, check it, and write again.</source>
        <translation>写入 %2 时文件夹 %1 停止响应（U 盘被拔出了吗？）。请重新插入并检查后再写一次。</translation>
    </message>
    <message>
        <source>The folder %1 already holds something named %2. Move it away or choose another folder.</source>
        <translation>文件夹 %1 中已有名为 %2 的项目。请将其移走，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Could not write %2 into the folder %1 (%3). Check that the folder exists, is writable and has free space.</source>
        <translation>无法将 %2 写入文件夹 %1（%3）。请检查该文件夹是否存在、可写且有剩余空间。</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Output folder: %1 does not exist; create it or choose another (e.g. a USB drive).</source>
        <translation>输出文件夹：%1 不存在；请创建该文件夹或选择其他文件夹（例如 U 盘）。</translation>
    </message>
</context>
<context>
    <name>Fridge</name>
    <message>
        <source>Name: give the fridge a name, e.g. &quot;Fridge 2&quot;.</source>
        <translation>名称：请为冰箱命名，例如“2 号冰箱”。</translation>
    </message>
    <message>
        <source>Thresholds: the minimum (%1 °C) must be below the maximum (%2 °C).</source>
        <translation>阈值：最低温度（%1 °C）必须低于最高温度（%2 °C）。</translation>
    </message>
    <message>
        <source>Alarms: the freeze limit must be below the minimum and both alarm delays must be positive minutes.</source>
        <translation>报警：冻结限值必须低于最低温度，两个报警延时都必须是正的分钟数。</translation>
    </message>
    <message>
        <source>Name: a fridge named &quot;%1&quot; exists; choose another name.</source>
        <translation>名称：已有名为“%1”的冰箱；请换一个名称。</translation>
    </message>
    <message>
        <source>Fridge: no fridge &quot;%1&quot;. Give a fridge&apos;s name or id (see &quot;vaxctl fridge list&quot;).</source>
        <translation>冰箱：没有冰箱“%1”。请给出冰箱名称或 ID（见“vaxctl fridge list”）。</translation>
    </message>
    <message>
        <source>Fridge name</source>
        <translation>冰箱名称</translation>
    </message>
</context>
<context>
    <name>Gs1</name>
    <message>
        <source>GTIN (01) must be 14 digits; the scan gave &quot;%1&quot;. Scan the box code again.</source>
        <translation>GTIN (01) 必须是 14 位数字；扫描结果为“%1”。请重新扫描包装盒上的条码。</translation>
    </message>
    <message>
        <source>GTIN (01) %1 has a wrong check digit. Scan the box code again; if it repeats, the label is damaged.</source>
        <translation>GTIN (01) %1 校验位错误。请重新扫描包装盒条码；如仍出错，说明标签已损坏。</translation>
    </message>
    <message>
        <source>Date (%1) &quot;%2&quot; is not a YYMMDD date. Scan the box code again or type the date.</source>
        <translation>日期 (%1)“%2”不是 YYMMDD 格式。请重新扫描包装盒条码或手工输入日期。</translation>
    </message>
    <message>
        <source>(%1) is empty. Scan the box code again.</source>
        <translation>(%1) 为空。请重新扫描包装盒条码。</translation>
    </message>
    <message>
        <source>(%1) has %2 characters; at most %3 are allowed. Scan the box code again.</source>
        <translation>(%1) 有 %2 个字符；最多允许 %3 个。请重新扫描包装盒条码。</translation>
    </message>
    <message>
        <source>(%1) contains &quot;%2&quot;, which a GS1 code cannot hold. Scan the box code again.</source>
        <translation>(%1) 含有 GS1 码不允许的字符“%2”。请重新扫描包装盒条码。</translation>
    </message>
    <message>
        <source>The code ends in the middle of an element. Scan it again.</source>
        <translation>条码在某个数据元素中间就结束了。请重新扫描。</translation>
    </message>
    <message>
        <source>Application identifier (%1) is not supported here; VaxPoint reads (01), (17), (10) and (21). Type the lot and expiry instead.</source>
        <translation>此处不支持应用标识符 (%1)；VaxPoint 读取 (01)、(17)、(10) 和 (21)。请改为手工输入批号和有效期。</translation>
    </message>
    <message>
        <source>(%1) appears twice. Scan the box code again.</source>
        <translation>(%1) 出现了两次。请重新扫描包装盒条码。</translation>
    </message>
    <message>
        <source>(%1) needs %2 characters but the code ends early. Scan it again.</source>
        <translation>(%1) 需要 %2 个字符，但条码提前结束。请重新扫描。</translation>
    </message>
    <message>
        <source>The code is empty. Scan the box code again.</source>
        <translation>条码为空。请重新扫描包装盒条码。</translation>
    </message>
    <message>
        <source>(%1) &quot;%2&quot; may hold further elements because the scanner sent no GS separator, so the lot or serial cannot be read safely. Set the scanner to send GS (Ctrl+]) or type the lot and expiry.</source>
        <translation>(%1)“%2”可能还包含其他数据元素，因为扫描枪没有发送 GS 分隔符，无法可靠读取批号或序列号。请把扫描枪设置为发送 GS（Ctrl+]），或手工输入批号和有效期。</translation>
    </message>
    <message>
        <source>The code has no GTIN (01). Scan the code on the vaccine box, not another label.</source>
        <translation>条码中没有 GTIN (01)。请扫描疫苗包装盒上的条码，而不是其他标签。</translation>
    </message>
</context>
<context>
    <name>IdentityDocument</name>
    <message>
        <source>%1 number: expected %2. Check the number and type it again.</source>
        <translation>%1号码：应为%2。请核对号码后重新输入。</translation>
    </message>
    <message>
        <source>H or M followed by 8 digits and an optional 2-digit renewal count, e.g. H12345678</source>
        <translation>H 或 M 加 8 位数字，可再加 2 位换证次数，例如 H12345678</translation>
    </message>
    <message>
        <source>8 digits, e.g. 12345678</source>
        <translation>8 位数字，例如 12345678</translation>
    </message>
    <message>
        <source>%1 number: &quot;%2&quot; is not a country code. The first three letters are the holder&apos;s nationality (ISO 3166, e.g. USA); check them.</source>
        <translation>%1号码：“%2”不是国家代码。前三个字母是持证人国籍（ISO 3166，例如 USA）；请核对。</translation>
    </message>
    <message>
        <source>3 letters and 12 digits (older card) or 18 characters starting with 9 (2023 card)</source>
        <translation>3 个字母加 12 位数字（旧版），或以 9 开头的 18 位（2023 版）</translation>
    </message>
    <message>
        <source>5 to 9 letters or digits, e.g. E12345678</source>
        <translation>5 到 9 位字母或数字，例如 E12345678</translation>
    </message>
    <message>
        <source>Passport: the issuing country is missing. Enter its three-letter code (ISO 3166), e.g. CHN or USA.</source>
        <translation>护照：缺少签发国。请填写三字母代码（ISO 3166），例如 CHN 或 USA。</translation>
    </message>
    <message>
        <source>Passport: &quot;%1&quot; is not a country code. Enter the three-letter code (ISO 3166), e.g. CHN or USA.</source>
        <translation>护照：“%1”不是国家代码。请填写三字母代码（ISO 3166），例如 CHN 或 USA。</translation>
    </message>
    <message>
        <source>The document number is empty. Scan the card or type its number.</source>
        <translation>证件号码为空。请扫描证件或输入号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like any known document number. Choose the document type and check the number.</source>
        <translation>“%1”不像任何已知的证件号码。请选择证件类型并核对号码。</translation>
    </message>
    <message>
        <source>Birth date %1 contradicts the %2 number, which says %3. Correct the birth date or the number.</source>
        <translation>出生日期 %1 与%2号码不符（号码显示为 %3）。请更正出生日期或号码。</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future. Correct it.</source>
        <translation>出生日期 %1 晚于今天。请更正。</translation>
    </message>
    <message>
        <source>Sex &quot;%1&quot; contradicts the %2 number, which says &quot;%3&quot;. Correct the sex or the number.</source>
        <translation>性别“%1”与%2号码不符（号码显示为“%3”）。请更正性别或号码。</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Hong Kong/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Home Return Permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan compatriot permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent residence card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>%1 number: expected 17 digits and a final digit or X (18 characters), got &quot;%2&quot; (%3 characters). Check the number and type it again.</source>
        <translation>%1号码：应为 17 位数字加 1 位数字或 X（共 18 位），实际为“%2”（%3 位）。请核对号码后重新输入。</translation>
    </message>
    <message>
        <source>%1 number: it must start with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), not %2. Check the number or choose another document type.</source>
        <translation>%1号码：必须以 810000（香港）、820000（澳门）或 830000（台湾）开头，而不是 %2。请核对号码或选择其他证件类型。</translation>
    </message>
    <message>
        <source>%1 number: region code %2 is not a Chinese province. Check the first digits of the number.</source>
        <translation>%1号码：地区代码 %2 不是中国的省级行政区。请核对号码的前几位。</translation>
    </message>
    <message>
        <source>%1 number: &quot;%2&quot; (digits 7–14) is not a real birth date. Check those digits.</source>
        <translation>%1号码：“%2”（第 7–14 位）不是有效的出生日期。请核对这几位。</translation>
    </message>
    <message>
        <source>%1 number: birth date %2 is in the future. Check digits 7–14.</source>
        <translation>%1号码：出生日期 %2 晚于今天。请核对第 7–14 位。</translation>
    </message>
    <message>
        <source>%1 number: the last character should be %2, not %3, so a digit is wrong. Scan the card or check each digit.</source>
        <translation>%1号码：最后一位应为 %2 而不是 %3，说明有数字错误。请扫描证件或逐位核对。</translation>
    </message>
    <message>
        <source>%1 number: region %2 is the region of a Hong Kong, Macao or Taiwan residence permit. Choose the residence permit as the document type.</source>
        <translation>%1号码：地区码 %2 属于港澳台居民居住证。请将证件类型选为港澳台居民居住证。</translation>
    </message>
</context>
<context>
    <name>InputPolicy</name>
    <message>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>a character that reverses the direction of the text</source>
        <translation>改变文字方向的字符</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>不可见字符</translation>
    </message>
    <message>
        <source>a character that could not be read (the text was not valid UTF-8)</source>
        <translation>无法识别的字符（文本不是有效的 UTF-8）</translation>
    </message>
    <message>
        <source>a character that is not text</source>
        <translation>非文字字符</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit. Shorten it, or check that nothing was pasted or scanned into the field twice.</source>
        <translation>%1 长 %2 个字符，最多 %3 个。请缩短，或检查是否重复粘贴或扫描了两次。</translation>
    </message>
    <message>
        <source>%1 contains %2 (%3) at character %4. Type it again by hand: text copied from elsewhere can carry hidden characters.</source>
        <translation>%1 的第 %4 个字符是%2（%3）。请手动重新输入：从别处复制的文字可能带有隐藏字符。</translation>
    </message>
    <message>
        <source>%1 may hold only digits, a leading +, spaces, hyphens and brackets; &quot;%2&quot; is not one. Enter the number as digits, e.g. 13800138000.</source>
        <translation>%1 只能包含数字、开头的 +、空格、连字符和括号；“%2”不在其中。请输入数字，例如 13800138000。</translation>
    </message>
    <message>
        <source>%1 has %2 digits; a phone number has 5 to 15. Check the number.</source>
        <translation>%1 有 %2 位数字；电话号码应为 5 到 15 位。请核对号码。</translation>
    </message>
    <message>
        <source>%1 is not a number. Enter a number between %2.</source>
        <translation>%1 不是数字。请输入 %2 之间的数字。</translation>
    </message>
    <message>
        <source>%1 is %2, outside %3. Enter a number in that range.</source>
        <translation>%1 为 %2，超出 %3。请输入该范围内的数字。</translation>
    </message>
    <message>
        <source>%1 is not a valid time. Enter it as YYYY-MM-DD HH:MM.</source>
        <translation>%1 不是有效的时间。请按 YYYY-MM-DD HH:MM 输入。</translation>
    </message>
    <message>
        <source>%1 (%2) lies in the future; the site&apos;s clock says %3. Enter the time it happened, or check the clock of the device that recorded it.</source>
        <translation>%1（%2）在未来；接种点时钟为 %3。请输入实际发生的时间，或检查记录设备的时钟。</translation>
    </message>
    <message>
        <source>%1 is not a valid date. Enter it as YYYY-MM-DD.</source>
        <translation>%1 不是有效的日期。请按 YYYY-MM-DD 输入。</translation>
    </message>
    <message>
        <source>%1 (%2) lies after today (%3). Enter the date from the document.</source>
        <translation>%1（%2）晚于今天（%3）。请按证件上的日期输入。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text (byte %2). Save or type it again as UTF-8.</source>
        <translation>%1 不是有效的 UTF-8 文本（第 %2 字节）。请以 UTF-8 重新保存或输入。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Allergy to a vaccine component</source>
        <translation>对疫苗成分过敏</translation>
    </message>
    <message>
        <source>Severe reaction to an earlier dose</source>
        <translation>既往接种后严重反应</translation>
    </message>
    <message>
        <source>Serious neurological disease</source>
        <translation>严重神经系统疾病</translation>
    </message>
    <message>
        <source>Acute illness</source>
        <translation>急性疾病</translation>
    </message>
    <message>
        <source>Uncontrolled chronic disease</source>
        <translation>未控制的慢性病</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>怀孕</translation>
    </message>
    <message>
        <source>Another vaccine recently</source>
        <translation>近期接种过其他疫苗</translation>
    </message>
    <message>
        <source>Immunodeficiency or immunosuppressive therapy</source>
        <translation>免疫缺陷或免疫抑制治疗</translation>
    </message>
    <message>
        <source>Another condition for a doctor to judge</source>
        <translation>其他需医生判断的情况</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>无异常</translation>
    </message>
    <message>
        <source>Doctor&apos;s review</source>
        <translation>需医生评估</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation>有禁忌</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>Vaccinated</source>
        <translation>已接种</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓接种</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Three checks</source>
        <translation>三查</translation>
    </message>
    <message>
        <source>Seven verifications</source>
        <translation>七对</translation>
    </message>
    <message>
        <source>One validation</source>
        <translation>一验证</translation>
    </message>
    <message>
        <source>Health and contraindications</source>
        <translation>健康状况和禁忌证</translation>
    </message>
    <message>
        <source>Record: dose due and intervals</source>
        <translation>接种记录：应种剂次和间隔</translation>
    </message>
    <message>
        <source>Vaccine: appearance, lot, expiry</source>
        <translation>疫苗：外观、批号、有效期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Vaccine name</source>
        <translation>疫苗名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Injection site</source>
        <translation>接种部位</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>接种途径</translation>
    </message>
    <message>
        <source>The person verifies the vaccine and its expiry</source>
        <translation>受种者验证疫苗及有效期</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Check-in is not from today</source>
        <translation>不是今天的登记</translation>
    </message>
    <message>
        <source>Already vaccinated at this check-in</source>
        <translation>本次登记已接种</translation>
    </message>
    <message>
        <source>Check-in closed</source>
        <translation>登记已结束</translation>
    </message>
    <message>
        <source>No screening recorded</source>
        <translation>未记录健康筛查</translation>
    </message>
    <message>
        <source>Contraindication found at screening</source>
        <translation>筛查发现禁忌证</translation>
    </message>
    <message>
        <source>Deferred at screening</source>
        <translation>筛查结果为暂缓</translation>
    </message>
    <message>
        <source>Doctor&apos;s decision needed</source>
        <translation>需医生决定</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>未记录知情同意</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent missing</source>
        <translation>缺少监护人同意</translation>
    </message>
    <message>
        <source>Another vaccine too recently</source>
        <translation>近期接种过其他疫苗</translation>
    </message>
    <message>
        <source>Product may not continue this series</source>
        <translation>该疫苗不可续种此程次</translation>
    </message>
    <message>
        <source>Series continued with another product</source>
        <translation>用其他疫苗续种</translation>
    </message>
    <message>
        <source>Series already complete</source>
        <translation>已完成全程接种</translation>
    </message>
    <message>
        <source>Too early for this dose</source>
        <translation>本剂次接种过早</translation>
    </message>
    <message>
        <source>Later than recommended</source>
        <translation>晚于推荐时间</translation>
    </message>
    <message>
        <source>Vaccine not scanned yet</source>
        <translation>尚未扫描疫苗</translation>
    </message>
    <message>
        <source>Lot quarantined</source>
        <translation>批号已隔离</translation>
    </message>
    <message>
        <source>Lot recalled</source>
        <translation>批号已召回</translation>
    </message>
    <message>
        <source>Lot discarded</source>
        <translation>批号已报废</translation>
    </message>
    <message>
        <source>Lot not usable</source>
        <translation>批号不可用</translation>
    </message>
    <message>
        <source>Lot expired</source>
        <translation>批号已过期</translation>
    </message>
    <message>
        <source>Open vial of another lot</source>
        <translation>开启的疫苗瓶属于其他批号</translation>
    </message>
    <message>
        <source>Vial closed</source>
        <translation>疫苗瓶已关闭</translation>
    </message>
    <message>
        <source>Open vial past its discard time</source>
        <translation>开启的疫苗瓶已超过废弃时间</translation>
    </message>
    <message>
        <source>Open vial empty</source>
        <translation>开启的疫苗瓶已用完</translation>
    </message>
    <message>
        <source>No vial opened</source>
        <translation>未开启疫苗瓶</translation>
    </message>
    <message>
        <source>No doses in stock</source>
        <translation>无库存</translation>
    </message>
    <message>
        <source>Box code not received here</source>
        <translation>追溯码未在本点入库</translation>
    </message>
    <message>
        <source>Box code of another lot</source>
        <translation>追溯码属于其他批号</translation>
    </message>
    <message>
        <source>Box code already used</source>
        <translation>追溯码已使用</translation>
    </message>
    <message>
        <source>Appearance not confirmed</source>
        <translation>外观未确认</translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>Name not confirmed</source>
        <translation>姓名未确认</translation>
    </message>
    <message>
        <source>Birth date missing</source>
        <translation>缺少出生日期</translation>
    </message>
    <message>
        <source>Below the minimum age</source>
        <translation>未达最小年龄</translation>
    </message>
    <message>
        <source>Above the maximum age</source>
        <translation>超过最大年龄</translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation>疫苗不在目录中</translation>
    </message>
    <message>
        <source>Not the chosen vaccine</source>
        <translation>不是所选疫苗</translation>
    </message>
    <message>
        <source>Doses per vial do not match</source>
        <translation>每瓶剂数不符</translation>
    </message>
    <message>
        <source>Wrong dose amount</source>
        <translation>剂量不对</translation>
    </message>
    <message>
        <source>Injection site not chosen</source>
        <translation>未选择接种部位</translation>
    </message>
    <message>
        <source>Injection site not allowed</source>
        <translation>接种部位不允许</translation>
    </message>
    <message>
        <source>Wrong route</source>
        <translation>接种途径不对</translation>
    </message>
    <message>
        <source>Person&apos;s verification not confirmed</source>
        <translation>受种者验证未确认</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>File error</source>
        <translation>文件错误</translation>
    </message>
    <message>
        <source>Database not set up</source>
        <translation>数据库未初始化</translation>
    </message>
    <message>
        <source>Database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Database from a newer version</source>
        <translation>数据库来自更新的版本</translation>
    </message>
    <message>
        <source>Database upgrade failed</source>
        <translation>数据库升级失败</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>数据库繁忙</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>Database read-only</source>
        <translation>数据库只读</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation>审计日志已损坏</translation>
    </message>
    <message>
        <source>Fake clock refused</source>
        <translation>拒绝模拟时间</translation>
    </message>
    <message>
        <source>Fake clock time invalid</source>
        <translation>模拟时间无效</translation>
    </message>
    <message>
        <source>Catalog invalid</source>
        <translation>疫苗目录无效</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>Password too weak</source>
        <translation>密码太弱</translation>
    </message>
    <message>
        <source>Document number format wrong</source>
        <translation>证件号码格式错误</translation>
    </message>
    <message>
        <source>Document number check failed</source>
        <translation>证件号码校验失败</translation>
    </message>
    <message>
        <source>Birth date in the number invalid</source>
        <translation>证件号码中的出生日期无效</translation>
    </message>
    <message>
        <source>Birth date in the future</source>
        <translation>出生日期在未来</translation>
    </message>
    <message>
        <source>Region code invalid</source>
        <translation>地区代码无效</translation>
    </message>
    <message>
        <source>Document does not match</source>
        <translation>证件信息不符</translation>
    </message>
    <message>
        <source>Country invalid</source>
        <translation>国家无效</translation>
    </message>
    <message>
        <source>Document type invalid</source>
        <translation>证件类型无效</translation>
    </message>
    <message>
        <source>Scan not recognised</source>
        <translation>无法识别扫码内容</translation>
    </message>
    <message>
        <source>Box code invalid</source>
        <translation>包装条码无效</translation>
    </message>
    <message>
        <source>Box code check failed</source>
        <translation>包装条码校验失败</translation>
    </message>
    <message>
        <source>Box code ambiguous</source>
        <translation>包装条码有歧义</translation>
    </message>
    <message>
        <source>Registration code invalid</source>
        <translation>预约登记码无效</translation>
    </message>
    <message>
        <source>Registration code version unsupported</source>
        <translation>预约登记码版本不受支持</translation>
    </message>
    <message>
        <source>Person&apos;s details invalid</source>
        <translation>受种者信息无效</translation>
    </message>
    <message>
        <source>Possibly registered already</source>
        <translation>可能已登记过</translation>
    </message>
    <message>
        <source>Document belongs to another person</source>
        <translation>证件属于他人</translation>
    </message>
    <message>
        <source>Screening incomplete</source>
        <translation>健康筛查不完整</translation>
    </message>
    <message>
        <source>Temperature invalid</source>
        <translation>体温无效</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>缺少知情同意</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent required</source>
        <translation>需要监护人同意</translation>
    </message>
    <message>
        <source>Already checked in today</source>
        <translation>今天已登记</translation>
    </message>
    <message>
        <source>Import line invalid</source>
        <translation>导入行无效</translation>
    </message>
    <message>
        <source>Import file format unknown</source>
        <translation>导入文件格式未知</translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>需要填写原因</translation>
    </message>
    <message>
        <source>Open vial expired</source>
        <translation>开启的疫苗瓶已过时限</translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Adverse event report incomplete</source>
        <translation>异常反应报告不完整</translation>
    </message>
    <message>
        <source>Not in observation</source>
        <translation>不在留观中</translation>
    </message>
    <message>
        <source>Export file invalid</source>
        <translation>导出文件无效</translation>
    </message>
    <message>
        <source>Export signature invalid</source>
        <translation>导出签名无效</translation>
    </message>
    <message>
        <source>Export file altered</source>
        <translation>导出文件被改动</translation>
    </message>
    <message>
        <source>Export sequence broken</source>
        <translation>导出序列中断</translation>
    </message>
    <message>
        <source>Checklist not passed</source>
        <translation>核对未通过</translation>
    </message>
    <message>
        <source>Override refused</source>
        <translation>拒绝医生豁免</translation>
    </message>
    <message>
        <source>Dose already corrected</source>
        <translation>该剂次已更正</translation>
    </message>
    <message>
        <source>Not a deferral</source>
        <translation>不是暂缓记录</translation>
    </message>
    <message>
        <source>Not waiting in the queue</source>
        <translation>不在候种队列中</translation>
    </message>
    <message>
        <source>Last site administrator</source>
        <translation>最后一名站点管理员</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>未设置 PIN</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>密钥库不可用</translation>
    </message>
    <message>
        <source>Key file refused</source>
        <translation>拒绝密钥文件</translation>
    </message>
    <message>
        <source>Training databases only</source>
        <translation>仅限培训数据库</translation>
    </message>
    <message>
        <source>Observation not over</source>
        <translation>留观未结束</translation>
    </message>
    <message>
        <source>No dose for a certificate</source>
        <translation>无接种记录，无法出具凭证</translation>
    </message>
    <message>
        <source>No document for a certificate</source>
        <translation>无证件，无法出具凭证</translation>
    </message>
    <message>
        <source>Certificate of another person</source>
        <translation>接种凭证属于他人</translation>
    </message>
    <message>
        <source>Certificate altered</source>
        <translation>接种凭证被改动</translation>
    </message>
    <message>
        <source>Clock set back</source>
        <translation>电脑时钟被调回</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Administered</source>
        <translation>已接种</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Open vial time over</source>
        <translation>开瓶时间已过</translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation>冷链问题</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已召回</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已解除隔离</translation>
    </message>
    <message>
        <source>Out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>Too warm</source>
        <translation>温度过高</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Observing</source>
        <translation>留观中</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>提前离开</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>异常反应</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转诊</translation>
    </message>
    <message>
        <source>May leave</source>
        <translation>可离开</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Not serious</source>
        <translation>非严重</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已接种</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>录入错误</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <translation>肌内注射</translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation>皮下注射</translation>
    </message>
    <message>
        <source>Intradermal</source>
        <translation>皮内注射</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>口服</translation>
    </message>
    <message>
        <source>Intranasal</source>
        <translation>鼻内接种</translation>
    </message>
    <message>
        <source>Left deltoid</source>
        <translation>左上臂三角肌</translation>
    </message>
    <message>
        <source>Right deltoid</source>
        <translation>右上臂三角肌</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>左上臂</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>右上臂</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>左大腿</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>右大腿</translation>
    </message>
    <message>
        <source>Left vastus lateralis</source>
        <translation>左股外侧肌</translation>
    </message>
    <message>
        <source>Right vastus lateralis</source>
        <translation>右股外侧肌</translation>
    </message>
    <message>
        <source>Left gluteus medius</source>
        <translation>左臀中肌</translation>
    </message>
    <message>
        <source>Right gluteus medius</source>
        <translation>右臀中肌</translation>
    </message>
    <message>
        <source>Inactivated</source>
        <translation>灭活疫苗</translation>
    </message>
    <message>
        <source>Adenovirus vector</source>
        <translation>腺病毒载体</translation>
    </message>
    <message>
        <source>Recombinant protein</source>
        <translation>重组蛋白疫苗</translation>
    </message>
    <message>
        <source>mRNA</source>
        <translation>mRNA 疫苗</translation>
    </message>
    <message>
        <source>Live attenuated</source>
        <translation>减毒活疫苗</translation>
    </message>
    <message>
        <source>Polysaccharide</source>
        <translation>多糖疫苗</translation>
    </message>
    <message>
        <source>Conjugate</source>
        <translation>结合疫苗</translation>
    </message>
    <message>
        <source>Toxoid</source>
        <translation>类毒素</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Registration QR code</source>
        <translation>预约登记二维码</translation>
    </message>
    <message>
        <source>Vaccine box code (GS1)</source>
        <translation>疫苗包装条码（GS1）</translation>
    </message>
    <message>
        <source>Drug trace code</source>
        <translation>药品追溯码</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>Contraindication on record</source>
        <translation>已记录的禁忌证</translation>
    </message>
    <message>
        <source>Precaution on record</source>
        <translation>已记录的慎用情况</translation>
    </message>
    <message>
        <source>Not a VaxPoint database</source>
        <translation>不是 VaxPoint 数据库</translation>
    </message>
    <message>
        <source>No permission for the database</source>
        <translation>无权访问数据库</translation>
    </message>
    <message>
        <source>Unknown database version</source>
        <translation>未知的数据库版本</translation>
    </message>
    <message>
        <source>Input not accepted</source>
        <translation>输入不被接受</translation>
    </message>
    <message>
        <source>Consent text not known to the site</source>
        <translation>接种点未登记的知情同意书版本</translation>
    </message>
    <message>
        <source>Fridge not shown back in range</source>
        <translation>冰箱未显示已恢复正常温度</translation>
    </message>
    <message>
        <source>Import file too large</source>
        <translation>导入文件过大</translation>
    </message>
    <message>
        <source>Export file too large</source>
        <translation>导出文件过大</translation>
    </message>
    <message>
        <source>Site server unreachable</source>
        <translation>站点服务器无法连接</translation>
    </message>
    <message>
        <source>Site server refused the desk password</source>
        <translation>站点服务器拒绝了工位密码</translation>
    </message>
    <message>
        <source>Site server without encryption</source>
        <translation>站点服务器未加密</translation>
    </message>
    <message>
        <source>Server of another site</source>
        <translation>其他站点的服务器</translation>
    </message>
    <message>
        <source>Site server newer than this desk</source>
        <translation>站点服务器比本工位新</translation>
    </message>
    <message>
        <source>Site server older than this desk</source>
        <translation>站点服务器比本工位旧</translation>
    </message>
    <message>
        <source>Site protocol version not accepted</source>
        <translation>站点协议版本不被接受</translation>
    </message>
    <message>
        <source>Desk number already taken</source>
        <translation>工位号已被占用</translation>
    </message>
    <message>
        <source>Site server not set up</source>
        <translation>站点服务器尚未设置</translation>
    </message>
    <message>
        <source>Desk not joined to a site server</source>
        <translation>工位未加入站点服务器</translation>
    </message>
    <message>
        <source>Site server error</source>
        <translation>站点服务器错误</translation>
    </message>
    <message>
        <source>Desk database older than the server</source>
        <translation>工位数据库比服务器旧</translation>
    </message>
    <message>
        <source>This desk&apos;s history only</source>
        <translation>仅依据本台接种史</translation>
    </message>
    <message>
        <source>Site history incomplete</source>
        <translation>全站接种史不完整</translation>
    </message>
    <message>
        <source>Dose given at another desk</source>
        <translation>在其他接种台接种的剂次</translation>
    </message>
</context>
<context>
    <name>Lot</name>
    <message>
        <source>Product: &quot;%1&quot; is not in the catalog. Use a code from &quot;vaxctl catalog list&quot;.</source>
        <translation>产品：“%1”不在疫苗目录中。请使用“vaxctl catalog list”中的代码。</translation>
    </message>
    <message>
        <source>Lot number: enter the lot printed on the box (1 to 20 characters).</source>
        <translation>批号：请填写包装盒上印的批号（1 到 20 个字符）。</translation>
    </message>
    <message>
        <source>Expiry: enter the date as YYYY-MM-DD.</source>
        <translation>有效期：请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>Expiry: the lot expired on %1; do not receive expired vaccine.</source>
        <translation>有效期：该批号已于 %1 过期；不得接收过期疫苗。</translation>
    </message>
    <message>
        <source>Quantity: enter the number of vials or of doses received.</source>
        <translation>数量：请填写接收的瓶数或剂数。</translation>
    </message>
    <message>
        <source>Quantity: %1 vials of %2 hold %3 doses, not %4. Correct the vials or the doses.</source>
        <translation>数量：%1 瓶 %2 共 %3 剂，而不是 %4 剂。请更正瓶数或剂数。</translation>
    </message>
    <message>
        <source>Box code: &quot;%1&quot; is not a 20-digit trace code. Scan the box&apos;s trace code again.</source>
        <translation>包装追溯码：“%1”不是 20 位追溯码。请重新扫描包装盒上的追溯码。</translation>
    </message>
    <message>
        <source>Expiry: lot %1 is already in stock with expiry %2. Check the box; one lot has one expiry.</source>
        <translation>有效期：批号 %1 已在库，有效期为 %2。请核对包装盒；同一批号只有一个有效期。</translation>
    </message>
    <message>
        <source>Box code: %1 was already received. Set that box aside and check the delivery note.</source>
        <translation>包装追溯码：%1 已经入库过。请把该盒放在一边并核对送货单。</translation>
    </message>
    <message>
        <source>Lot: no lot &quot;%1&quot;. Give a lot number or id from &quot;vaxctl lot list&quot;.</source>
        <translation>批号：没有批号“%1”。请给出“vaxctl lot list”中的批号或 ID。</translation>
    </message>
    <message>
        <source>Lot: &quot;%1&quot; is the number of several lots; give the lot&apos;s id.</source>
        <translation>批号：“%1”对应多个批次；请给出批次 ID。</translation>
    </message>
    <message>
        <source>Lot %1 is quarantined after a temperature excursion. A supervisor must release it before use; take another lot.</source>
        <translation>批号 %1 因温度超标已被隔离。须由主管解除隔离后才能使用；请换用其他批号。</translation>
    </message>
    <message>
        <source>Lot %1 is %2 and cannot be used; take another lot.</source>
        <translation>批号 %1 状态为%2，不能使用；请换用其他批号。</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2; book it as wasted (expired) and take another lot.</source>
        <translation>批号 %1 已于 %2 过期；请登记为损耗（过期）并换用其他批号。</translation>
    </message>
    <message>
        <source>Doses: enter how many doses were wasted (1 or more).</source>
        <translation>剂数：请填写损耗的剂数（1 或以上）。</translation>
    </message>
    <message>
        <source>Doses: enter how many doses to move (1 or more).</source>
        <translation>剂数：请填写要调拨的剂数（1 或以上）。</translation>
    </message>
    <message>
        <source>To fridge: the doses are already in %1; choose another fridge.</source>
        <translation>调入冰箱：这些剂次已在 %1 中；请选择其他冰箱。</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LotLedger</name>
    <message>
        <source>Doses: a movement needs a number of doses other than 0.</source>
        <translation>剂数：出入库记录的剂数不能为 0。</translation>
    </message>
    <message>
        <source>Doses: only %1 doses of this lot are in the fridge; %2 cannot be taken out. Count the stock and correct it first.</source>
        <translation>剂数：该批号在此冰箱中只有 %1 剂；不能取出 %2 剂。请先盘点并更正库存。</translation>
    </message>
    <message>
        <source>Transfer: give a positive number of doses and two different fridges.</source>
        <translation>调拨：请给出正的剂数和两台不同的冰箱。</translation>
    </message>
</context>
<context>
    <name>LotQuarantine</name>
    <message>
        <source>Reason: say why the lots are released or discarded (e.g. the manufacturer&apos;s stability data).</source>
        <translation>原因：请说明解除隔离或报废的理由（例如生产企业的稳定性数据）。</translation>
    </message>
    <message>
        <source>Excursion: no quarantined lot for excursion &quot;%1&quot;%2. See &quot;vaxctl excursion list&quot;.</source>
        <translation>温度超标：超标事件“%1”%2没有被隔离的批号。见“vaxctl excursion list”。</translation>
    </message>
    <message>
        <source>Lot: this lot was already %1 for this excursion.</source>
        <translation>批号：该批号在此次超标中已被%1。</translation>
    </message>
    <message>
        <source>Excursion: every lot of this excursion was already decided.</source>
        <translation>温度超标：此次超标涉及的所有批号都已处理。</translation>
    </message>
    <message>
        <source>Excursion: there is no excursion &quot;%1&quot;. See &quot;vaxctl excursion list&quot;.</source>
        <translation>温度异常：没有编号为“%1”的温度异常记录。请查看“vaxctl excursion list”。</translation>
    </message>
    <message>
        <source>%1 has no reading since the excursion ended (%2). Record a reading back in %3 first, or release with an override.</source>
        <translation>%1 在温度异常结束（%2）后没有温度记录。请先记录一次回到 %3 范围内的读数，或以特批方式解除。</translation>
    </message>
    <message>
        <source>%1&apos;s newest reading is %2 °C (%3), outside %4: the fridge is not back in range. Wait for a reading in range, or release with an override.</source>
        <translation>%1 的最新读数为 %2 °C（%3），超出 %4：冰箱尚未恢复正常温度。请等待正常范围内的读数，或以特批方式解除。</translation>
    </message>
    <message>
        <source>Reason: an override needs the reason the lots may be used although the fridge is not shown back in range (e.g. the manufacturer&apos;s stability data).</source>
        <translation>原因：特批解除须说明冰箱虽未显示恢复正常温度、疫苗仍可使用的理由（例如生产企业的稳定性数据）。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Observation</name>
    <message>
        <source>Observation: there is no observation &quot;%1&quot;. Take the id from &quot;vaxctl observe list&quot;.</source>
        <translation>留观记录：没有留观记录“%1”。请从“vaxctl observe list”中获取 ID。</translation>
    </message>
    <message>
        <source>Reason: say why the person left before the end of the observation, e.g. &quot;refused to wait&quot;.</source>
        <translation>原因：请说明受种者为何在留观结束前离开，例如“拒绝等候”。</translation>
    </message>
    <message>
        <source>Observation: number %1 is no longer in the observation area (%2). Nothing was changed.</source>
        <translation>留观：%1 号已不在留观区（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>Departure: number %1 still has %2 to wait (until %3). If the person leaves now, record an early leave with its reason (left-early).</source>
        <translation>离开：%1 号还需留观 %2（至 %3）。如受种者现在离开，请记录提前离开并说明原因（left-early）。</translation>
    </message>
    <message>
        <source>Early leave: the observation of number %1 is already over; record a normal departure instead.</source>
        <translation>提前离开：%1 号的留观已结束；请改为记录正常离开。</translation>
    </message>
    <message>
        <source>The observation changed while saving; nothing was saved. Try again.</source>
        <translation>保存时留观记录已被更改；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>Hashing the password ran out of memory. Close other programs and try again.</source>
        <translation>处理密码时内存不足。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>%1: use at least 8 characters, not only digits.</source>
        <translation>%1：至少 8 个字符，且不能全是数字。</translation>
    </message>
    <message>
        <source>%1: use 4 to 6 digits (0–9).</source>
        <translation>%1：请使用 4 到 6 位数字（0–9）。</translation>
    </message>
    <message>
        <source>%1: this PIN is too easy to guess; avoid repeated or consecutive digits.</source>
        <translation>%1：该 PIN 码太容易被猜到；请避免重复或连续的数字。</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>check people in</source>
        <translation>登记受种者</translation>
    </message>
    <message>
        <source>give doses and open vials</source>
        <translation>接种和开启疫苗瓶</translation>
    </message>
    <message>
        <source>override a checklist item</source>
        <translation>特批核查项目</translation>
    </message>
    <message>
        <source>correct a recorded dose</source>
        <translation>更正接种记录</translation>
    </message>
    <message>
        <source>receive vaccine lots</source>
        <translation>疫苗批次入库</translation>
    </message>
    <message>
        <source>book wasted doses</source>
        <translation>登记损耗剂次</translation>
    </message>
    <message>
        <source>count stock and close the day&apos;s vials</source>
        <translation>盘点库存并处理当日已开启的疫苗瓶</translation>
    </message>
    <message>
        <source>record fridge temperatures</source>
        <translation>记录冰箱温度</translation>
    </message>
    <message>
        <source>add fridges</source>
        <translation>添加冰箱</translation>
    </message>
    <message>
        <source>release or discard quarantined lots</source>
        <translation>解除隔离或报废隔离批号</translation>
    </message>
    <message>
        <source>export data to the district</source>
        <translation>向区县导出数据</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理工作人员账号</translation>
    </message>
    <message>
        <source>change site settings</source>
        <translation>更改接种点设置</translation>
    </message>
    <message>
        <source>Actor: no active staff member is signed in to %1. Sign in with your own account and try again.</source>
        <translation>操作人：没有已登录的在职工作人员来%1。请用您自己的账号登录后重试。</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3. Ask a colleague with that role, or the site administrator.</source>
        <translation>%1 无权%2：需要%3角色。请找具有该角色的同事，或联系接种点管理员。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>record departures from the observation area</source>
        <translation>登记受种者离开留观区</translation>
    </message>
    <message>
        <source>record adverse events and referrals</source>
        <translation>记录疑似预防接种异常反应和转诊</translation>
    </message>
    <message>
        <source>issue vaccination certificates</source>
        <translation>签发接种证书</translation>
    </message>
    <message>
        <source>call the next person to the desk</source>
        <translation>叫下一位受种者到接种台</translation>
    </message>
    <message>
        <source>move doses between fridges</source>
        <translation>在冰箱之间转移疫苗</translation>
    </message>
    <message>
        <source>add or lift a person&apos;s contraindications</source>
        <translation>添加或解除受种者的禁忌</translation>
    </message>
    <message>
        <source>resolve the site&apos;s conflicts</source>
        <translation>解决站点冲突</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>A person needs a name and a birth date. Enter both.</source>
        <translation>受种者需要姓名和出生日期。请都填写。</translation>
    </message>
    <message>
        <source>This %1 is already registered to another person. Find that person instead of adding the document again.</source>
        <translation>该%1已登记在另一位受种者名下。请查找该受种者，不要重复添加证件。</translation>
    </message>
</context>
<context>
    <name>RegistrationQr</name>
    <message>
        <source>Ask the person to open the registration page again, or type the details.</source>
        <translation>请受种者重新打开预约登记页面，或手工录入信息。</translation>
    </message>
    <message>
        <source>The QR code is not a VaxPoint registration (not readable JSON). %1</source>
        <translation>该二维码不是 VaxPoint 预约登记码（不是可读的 JSON）。%1</translation>
    </message>
    <message>
        <source>The QR code is not a VaxPoint registration (its type is &quot;%1&quot;). %2</source>
        <translation>该二维码不是 VaxPoint 预约登记码（其类型为“%1”）。%2</translation>
    </message>
    <message>
        <source>The registration QR code has version %1; this VaxPoint reads version %2. Update VaxPoint or type the details.</source>
        <translation>预约登记码版本为 %1；本版 VaxPoint 读取版本 %2。请更新 VaxPoint 或手工录入信息。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The registration QR code has no name. %1</source>
        <translation>预约登记码中没有姓名。%1</translation>
    </message>
    <message>
        <source>The registration QR code lacks a document type and number (got type &quot;%1&quot;). %2</source>
        <translation>预约登记码缺少证件类型和号码（得到的类型为“%1”）。%2</translation>
    </message>
    <message>
        <source>The registration QR code has birth date &quot;%1&quot;, not YYYY-MM-DD. %2</source>
        <translation>预约登记码中的出生日期为“%1”，不是 YYYY-MM-DD 格式。%2</translation>
    </message>
    <message>
        <source>The registration QR code has sex &quot;%1&quot;; expected male or female. %2</source>
        <translation>预约登记码中的性别为“%1”；应为 male 或 female。%2</translation>
    </message>
    <message>
        <source>The registration QR code has phone &quot;%1&quot;, which is not a phone number. %2</source>
        <translation>预约登记码中的电话“%1”不是电话号码。%2</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Registrar</source>
        <translation>登记员</translation>
    </message>
    <message>
        <source>Vaccinator</source>
        <translation>接种员</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Stock keeper</source>
        <translation>库管员</translation>
    </message>
    <message>
        <source>Site administrator</source>
        <translation>接种点管理员</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>The scan &quot;%1&quot; is not an ID card, a registration QR code, a GS1 box code or a 20-digit trace code. Scan again, or type the number into the field it belongs to.</source>
        <translation>扫描内容“%1”不是身份证、预约登记码、GS1 包装条码或 20 位追溯码。请重新扫描，或在对应的输入框中手工输入。</translation>
    </message>
</context>
<context>
    <name>ScanSheet</name>
    <message>
        <source>Scan practice sheet — training lots</source>
        <translation>扫码练习单 — 培训批次</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation>%1 · 打印于 %2</translation>
    </message>
    <message>
        <source>For practice on a TRAINING database only: these codes belong to its training lots, not to real vaccines. Scan the large code (GS1 box code) or a small one (box trace code) into the injection desk or the receipt dialog.</source>
        <translation>仅供在培训数据库上练习：这些码属于培训批次，不对应真实疫苗。将大码（GS1 包装码）或小码（药品追溯码）扫入接种台或入库对话框的扫码框。</translation>
    </message>
    <message>
        <source>Lot %1    Expiry %2</source>
        <translation>批号 %1    有效期至 %2</translation>
    </message>
    <message>
        <source>GS1 box code (GTIN %1, serial %2):</source>
        <translation>GS1 包装码（GTIN %1，序列号 %2）：</translation>
    </message>
    <message>
        <source>— this lot number cannot be carried in a GS1 code —</source>
        <translation>— 此批号无法编入 GS1 码 —</translation>
    </message>
    <message>
        <source>This lot was received without box trace codes.</source>
        <translation>此批次入库时没有登记药品追溯码。</translation>
    </message>
    <message>
        <source>Box trace codes (药品追溯码) of this lot, one per box:</source>
        <translation>本批次的药品追溯码（每盒一个）：</translation>
    </message>
    <message>
        <source>This training database has no lot in stock. Receive a lot on the Stock page, then print the sheets again.</source>
        <translation>此培训数据库没有在库批次。请先在“库存”页入库一个批次，再重新打印练习单。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>The screening questionnaire is not a JSON object (%1). Fix the file.</source>
        <translation>健康询问问卷不是 JSON 对象（%1）。请修正文件。</translation>
    </message>
    <message>
        <source>The screening questionnaire needs a &quot;version&quot;.</source>
        <translation>健康询问问卷需要“version”。</translation>
    </message>
    <message>
        <source>&quot;feverThresholdC&quot; must be between 37.0 and 38.5.</source>
        <translation>“feverThresholdC”必须在 37.0 到 38.5 之间。</translation>
    </message>
    <message>
        <source>The screening questionnaire has no questions.</source>
        <translation>健康询问问卷中没有问题。</translation>
    </message>
    <message>
        <source>question #%1</source>
        <translation>第 %1 个问题</translation>
    </message>
    <message>
        <source>Screening %1: &quot;id&quot; is missing, repeated or reserved. Give each question its own id.</source>
        <translation>健康询问%1：“id”缺失、重复或为保留字。请为每个问题设置独立的 id。</translation>
    </message>
    <message>
        <source>Screening question %1: &quot;outcome&quot; must be contraindicated, defer or doctor_review.</source>
        <translation>健康询问问题 %1：“outcome”必须是 contraindicated、defer 或 doctor_review。</translation>
    </message>
    <message>
        <source>Screening question %1: &quot;text&quot; needs a zh_CN and an en text.</source>
        <translation>健康询问问题 %1：“text”需要 zh_CN 和 en 文本。</translation>
    </message>
    <message>
        <source>Temperature %1 °C is not plausible. Measure again and enter it in °C, e.g. 36.5.</source>
        <translation>体温 %1 °C 不合理。请重新测量并以 °C 填写，例如 36.5。</translation>
    </message>
    <message>
        <source>Unknown screening question &quot;%1&quot;. Answer the questions of questionnaire %2.</source>
        <translation>未知的健康询问问题“%1”。请回答问卷 %2 中的问题。</translation>
    </message>
    <message>
        <source>Screening question &quot;%1&quot; is not answered. Answer yes or no.</source>
        <translation>健康询问问题“%1”未回答。请回答是或否。</translation>
    </message>
    <message>
        <source>Screening question %1: a contraindicating question needs &quot;remember&quot;: {&quot;scope&quot;: …} with all, product:CODE, group:G, component:C or previous_group.</source>
        <translation>筛查问题 %1：禁忌类问题需要 &quot;remember&quot;: {&quot;scope&quot;: …}，取值为 all、product:代码、group:组、component:成分 或 previous_group。</translation>
    </message>
</context>
<context>
    <name>SealSetting</name>
    <message>
        <source>The site setting %1 does not hold a district public key (x25519:…), so nothing is exported in clear. A site administrator sets it again: vaxctl export seal-to --public-key district.pub, or clears it with --clear.</source>
        <translation>站点设置 %1 中不是有效的区县公钥（x25519:…），为避免明文导出，本次不导出。请站点管理员重新设置：vaxctl export seal-to --public-key district.pub，或用 --clear 清除。</translation>
    </message>
</context>
<context>
    <name>SealingText</name>
    <message>
        <source>The sealed bundle is damaged or truncated (%1). Ask the site to send it again.</source>
        <translation>加密数据包已损坏或不完整（%1）。请让接种点重新发送。</translation>
    </message>
    <message>
        <source>The district key does not open this bundle: it was sealed to another key (another district&apos;s, or one replaced since), or it was changed. Use the district key whose public key the site has, or ask the site to send it again.</source>
        <translation>该区县密钥无法打开此数据包：它是用另一个密钥加密的（其他区县的，或已被更换的密钥），或已被改动。请使用与接种点所持公钥对应的区县密钥，或让接种点重新发送。</translation>
    </message>
    <message>
        <source>The file is not a sealed VaxPoint bundle (it does not start with %1).</source>
        <translation>该文件不是 VaxPoint 加密数据包（开头不是 %1）。</translation>
    </message>
    <message>
        <source>it ends inside its header</source>
        <translation>文件在文件头内就结束了</translation>
    </message>
    <message>
        <source>chunk size %1</source>
        <translation>分块大小 %1</translation>
    </message>
    <message>
        <source>District public key: not an X25519 key. Pass the district.pub file that &apos;vaxctl key init --district&apos; wrote (x25519:…).</source>
        <translation>区县公钥：不是 X25519 密钥。请提供“vaxctl key init --district”生成的 district.pub 文件（x25519:…）。</translation>
    </message>
    <message>
        <source>District key: not an X25519 secret key. Pass the district.key file that &apos;vaxctl key init --district&apos; wrote (x25519-secret:…).</source>
        <translation>区县密钥：不是 X25519 私钥。请提供“vaxctl key init --district”生成的 district.key 文件（x25519-secret:…）。</translation>
    </message>
    <message>
        <source>%1 bytes after the header do not split into chunks</source>
        <translation>文件头之后的 %1 字节无法按分块切分</translation>
    </message>
    <message>
        <source>bytes follow its final chunk</source>
        <translation>最后一个分块之后还有数据</translation>
    </message>
    <message>
        <source>chunk %1 does not authenticate</source>
        <translation>第 %1 块未通过认证</translation>
    </message>
    <message>
        <source>its final chunk is missing</source>
        <translation>缺少最后一个分块</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain answered within %1 s</source>
        <translation>%1 秒内没有系统密钥环响应</translation>
    </message>
    <message>
        <source>No keychain is available (%1)</source>
        <translation>没有可用的系统密钥环（%1）</translation>
    </message>
    <message>
        <source>%1. On Linux this needs a running secret service (GNOME Keyring or KWallet) in the desktop session. Use a passphrase-protected key file instead.</source>
        <translation>%1。在 Linux 上，这需要桌面会话中正在运行的密钥服务（GNOME Keyring 或 KWallet）。请改用受口令保护的密钥文件。</translation>
    </message>
    <message>
        <source>Key file %1: %2</source>
        <translation>密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase ran out of memory. Close other programs and try again.</source>
        <translation>由口令生成密钥时内存不足。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>The system keychain answered in %1 ms; secrets are stored there.</source>
        <translation>系统密钥环在 %1 毫秒内响应；密钥保存在其中。</translation>
    </message>
    <message>
        <source>Passphrase: use at least %1 characters; a few unrelated words are easy to type and hard to guess.</source>
        <translation>口令：至少使用 %1 个字符；几个互不相关的词语既容易输入又难以猜到。</translation>
    </message>
    <message>
        <source>Key file %1 exists already. Open it with its passphrase, or choose another path.</source>
        <translation>密钥文件 %1 已存在。请用其口令打开，或选择其他路径。</translation>
    </message>
    <message>
        <source>cannot create its folder; check the path.</source>
        <translation>无法创建其所在文件夹；请检查路径。</translation>
    </message>
    <message>
        <source>Key file %1 does not exist. Check the path, or create one.</source>
        <translation>密钥文件 %1 不存在。请检查路径，或新建一个。</translation>
    </message>
    <message>
        <source>it is not a VaxPoint key file, or it is damaged. Restore it from its backup.</source>
        <translation>它不是 VaxPoint 密钥文件，或已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>the passphrase is wrong, or the file was changed. Type the passphrase again; if it still fails, restore the key file from its backup.</source>
        <translation>口令错误，或文件已被修改。请重新输入口令；如仍失败，请从备份恢复密钥文件。</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>密钥文件 %1</translation>
    </message>
    <message>
        <source>cannot be written (%1); check the disk.</source>
        <translation>无法写入（%1）；请检查磁盘。</translation>
    </message>
    <message>
        <source>The system keyring refused access (%1)</source>
        <translation>系统密钥环拒绝了访问（%1）</translation>
    </message>
</context>
<context>
    <name>SigningKeyText</name>
    <message>
        <source>Passphrase: the signing key is in the key file %1; give its passphrase (--passphrase-stdin or %2).</source>
        <translation>口令：签名密钥保存在密钥文件 %1 中；请提供其口令（--passphrase-stdin 或 %2）。</translation>
    </message>
    <message>
        <source>%1 To sign exports on this machine, a site administrator runs &quot;vaxctl key init --file PATH --passphrase-stdin&quot; once.</source>
        <translation>%1如需在本机为导出数据签名，请由接种点管理员运行一次“vaxctl key init --file 路径 --passphrase-stdin”。</translation>
    </message>
    <message>
        <source>The signing key in %1 is damaged (%2). Restore it from the key backup.</source>
        <translation>%1 中的签名密钥已损坏（%2）。请从密钥备份中恢复。</translation>
    </message>
    <message>
        <source>There is no signing key in %1 yet; the first export creates one.</source>
        <translation>%1 中还没有签名密钥；首次导出时将自动创建。</translation>
    </message>
    <message>
        <source>Key file: give the path of the key file, e.g. --file /media/usb/vaxpoint-key.bin.</source>
        <translation>密钥文件：请给出密钥文件的路径，例如 --file /media/usb/vaxpoint-key.bin。</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 s. If it showed a prompt, answer it and export again.</source>
        <translation>系统密钥环在 %1 秒内没有响应。如果它弹出了提示，请先回答，然后重新导出。</translation>
    </message>
    <message>
        <source>fingerprint not recorded yet: the next export records it</source>
        <translation>指纹尚未记录：下次导出时记录</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>指纹 %1</translation>
    </message>
    <message>
        <source>The export signing key is kept in the key file %1 (%2), but that file is not there now: connect the drive that holds it, or restore the file from its backup.</source>
        <translation>导出签名密钥保存在密钥文件 %1 中（%2），但该文件现在不在：请连接存放它的驱动器，或从备份中恢复该文件。</translation>
    </message>
    <message>
        <source>The export signing key is in the key file %1 (%2), protected by a passphrase that every export asks for.</source>
        <translation>导出签名密钥在密钥文件 %1 中（%2），受口令保护，每次导出都会要求输入该口令。</translation>
    </message>
    <message>
        <source>The export signing key is in the system keychain of this PC (%1).</source>
        <translation>导出签名密钥在本机的系统密钥环中（%1）。</translation>
    </message>
    <message>
        <source>No export signing key has been set up yet. The first export keeps one in the system keychain, or, where there is none, in a key file protected by a passphrase.</source>
        <translation>尚未设置导出签名密钥。第一次导出时会把密钥保存在系统密钥环中；没有系统密钥环时，保存在受口令保护的密钥文件中。</translation>
    </message>
</context>
<context>
    <name>SigningText</name>
    <message>
        <source>The stored signing key is damaged (%1 bytes, expected %2). Restore it from the key backup.</source>
        <translation>已保存的签名密钥已损坏（%1 字节，应为 %2 字节）。请从密钥备份恢复。</translation>
    </message>
    <message>
        <source>Public key: not an Ed25519 key. Pass the text that &apos;vaxctl key show-public&apos; printed (ed25519:…).</source>
        <translation>公钥：不是 Ed25519 密钥。请提供“vaxctl key show-public”输出的文本（ed25519:…）。</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Site code: use 2 to 20 letters, digits or dashes, e.g. &quot;BJ-CY-001&quot;.</source>
        <translation>接种点代码：请使用 2 到 20 个字母、数字或短横线，例如“BJ-CY-001”。</translation>
    </message>
    <message>
        <source>Site name: enter the vaccination point&apos;s name.</source>
        <translation>接种点名称：请输入接种点的名称。</translation>
    </message>
    <message>
        <source>District: enter the district that receives this site&apos;s reports.</source>
        <translation>所属区县：请输入接收本接种点报表的区县。</translation>
    </message>
    <message>
        <source>Administrator: a production site needs the first administrator&apos;s username and password.</source>
        <translation>管理员：正式接种点需要第一位管理员的用户名和密码。</translation>
    </message>
    <message>
        <source>Fridge 1 (training)</source>
        <translation>1 号冰箱（培训）</translation>
    </message>
    <message>
        <source>The database has no site yet. Create it with &quot;vaxctl init --site-code … --site-name … --district …&quot;.</source>
        <translation>数据库中还没有接种点。请用“vaxctl init --site-code … --site-name … --district …”创建。</translation>
    </message>
    <message>
        <source>This database already belongs to site %1. Use another --db path for a new site.</source>
        <translation>该数据库已属于接种点 %1。新建接种点请使用其他 --db 路径。</translation>
    </message>
    <message>
        <source>Site administrator</source>
        <translation>接种点管理员</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>接种点名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
</context>
<context>
    <name>SiteAdmin</name>
    <message>
        <source>Idle lock: give %1 to %2 minutes.</source>
        <translation>空闲锁定：请设为 %1 到 %2 分钟。</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>知情同意书版本</translation>
    </message>
    <message>
        <source>Consent text version &quot;%1&quot; contains a comma; separate versions with commas, not inside one.</source>
        <translation>知情同意书版本“%1”含有逗号；逗号用于分隔不同版本，不能出现在版本内。</translation>
    </message>
</context>
<context>
    <name>SiteCalendar</name>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone this PC knows. Give an IANA name such as Asia/Shanghai or Asia/Urumqi.</source>
        <translation>%1：本机不认识时区“%2”。请填写 IANA 时区名，例如 Asia/Shanghai 或 Asia/Urumqi。</translation>
    </message>
</context>
<context>
    <name>SiteConflicts</name>
    <message>
        <source>the site server resolved it on %1 (a correction left one dose)</source>
        <translation>站点服务器已于 %1 解决（更正后只剩一剂）</translation>
    </message>
    <message>
        <source>%1 resolved it at desk %2 on %3: &quot;%4&quot;</source>
        <translation>%1 已在 %2 号工位于 %3 解决：“%4”</translation>
    </message>
    <message>
        <source>Note: say what was reviewed and decided (e.g. &quot;both doses confirmed with the person, AEFI watch noted&quot;). A conflict is resolved only with a note.</source>
        <translation>说明：请写明审核了什么、作出了什么决定（例如“已与受种者核实两剂，已记录 AEFI 观察”）。冲突必须附说明才能解决。</translation>
    </message>
    <message>
        <source>Conflict: give its number as vaxctl site conflicts lists it (#12 is 12).</source>
        <translation>冲突：请给出 vaxctl site conflicts 列出的编号（#12 即 12）。</translation>
    </message>
    <message>
        <source>This desk has not joined a site server, so it has no site conflicts to resolve (vaxctl site join).</source>
        <translation>本工位尚未加入站点服务器，因此没有需要解决的站点冲突（vaxctl site join）。</translation>
    </message>
    <message>
        <source>The site server does not answer (%1). A conflict is resolved on the server, so that every desk agrees: nothing was written. Resolve it once the server is back (vaxctl site status says when it answers).</source>
        <translation>站点服务器无响应（%1）。冲突须在服务器上解决，以便所有工位一致：未写入任何内容。请在服务器恢复后再解决（vaxctl site status 会显示服务器何时响应）。</translation>
    </message>
    <message>
        <source>Conflict #%1: the site server has no conflict with this number. vaxctl site conflicts --all lists them.</source>
        <translation>冲突 #%1：站点服务器上没有此编号的冲突。vaxctl site conflicts --all 可列出全部冲突。</translation>
    </message>
    <message>
        <source>Conflict #%1: the site server did not record the resolution. Nothing was written; try again.</source>
        <translation>冲突 #%1：站点服务器未记录此次解决。未写入任何内容，请重试。</translation>
    </message>
    <message>
        <source>Conflict #%1 is resolved already: %2. Nothing was changed; the next sync shows it resolved here too.</source>
        <translation>冲突 #%1 已被解决：%2。未作任何更改；下次同步后本工位也会显示为已解决。</translation>
    </message>
</context>
<context>
    <name>SiteContext</name>
    <message>
        <source>Training vaccination point</source>
        <translation>培训接种点</translation>
    </message>
    <message>
        <source>Training district</source>
        <translation>培训区县</translation>
    </message>
</context>
<context>
    <name>SiteDayClose</name>
    <message>
        <source>This desk has not joined a site server: close the day with vaxctl dayclose and vaxctl export, or join the site first (vaxctl site join).</source>
        <translation>本工作站尚未加入站点服务器：请用 vaxctl dayclose 和 vaxctl export 完成日结，或先加入站点（vaxctl site join）。</translation>
    </message>
    <message>
        <source>Date: give the day to close as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>日期：请按 YYYY-MM-DD 格式填写要日结的日期，例如 2026-12-07。</translation>
    </message>
    <message>
        <source>Reason: say why the day is closed before every desk has pushed (e.g. &quot;desk 3 broken, its records follow&quot;).</source>
        <translation>原因：请说明为何在所有工作站上传之前进行日结（例如“3 号工作站故障，其记录随后补交”）。</translation>
    </message>
    <message>
        <source>The site day %1 was closed by desk %2 at %3 (bundle %4); nothing arrived late since. Each day is closed once for the whole site.</source>
        <translation>站点 %1 的日结已由 %2 号工作站于 %3 完成（数据包 %4）；此后没有迟到的记录。每天全站只日结一次。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 record(s) waiting</source>
        <translation>%1 条记录待上传</translation>
    </message>
    <message>
        <source>records waiting unknown</source>
        <translation>待上传记录数未知</translation>
    </message>
    <message>
        <source>desk %1 (last contact %2, %3)</source>
        <translation>%1 号工作站（最后联系 %2，%3）</translation>
    </message>
    <message>
        <source>The site day %1 was closed by desk %2 (bundle %3). Its follow-ups are made at desk %2, which holds the bundle chain.</source>
        <translation>站点 %1 的日结已由 %2 号工作站完成（数据包 %3）。补充数据包须在持有数据包链的 %2 号工作站上生成。</translation>
    </message>
    <message>
        <source>The site day %1 cannot close yet: not every desk has pushed its records: %2. Sync those desks (vaxctl site sync), or a site administrator forces the close with a reason; their records then go into a follow-up bundle.</source>
        <translation>站点 %1 暂不能日结：并非所有工作站都已上传记录：%2。请同步这些工作站（vaxctl site sync），或由站点管理员填写原因强制日结；它们的记录随后进入补充数据包。</translation>
    </message>
    <message>
        <source>The site day %1 is being closed by desk %2 since %3: nothing was exported or recorded here. Wait for desk %2; if it stopped, its claim can be taken over after 10 minutes, or at once by a site administrator&apos;s forced close with a reason.</source>
        <translation>站点 %1 正由 %2 号工作站自 %3 起进行日结：本工作站未导出也未记录任何内容。请等待 %2 号工作站；若它已停止，10 分钟后可接管其日结占用，或由站点管理员填写原因强制日结立即接管。</translation>
    </message>
    <message>
        <source>The bundle %1 no longer verifies on disk: it is not recorded as the site&apos;s day close on the server; keep it out of the district&apos;s import, check the drive and close again.</source>
        <translation>数据包 %1 在磁盘上已无法通过校验：它未作为站点日结记录到服务器；请勿将其导入区县系统，检查存储设备后重新日结。</translation>
    </message>
    <message>
        <source>%1 The bundle %2 was written at this desk but is not the site&apos;s day close; keep it out of the district&apos;s import.</source>
        <translation>%1 数据包 %2 已在本工作站写出，但不是站点的日结数据包；请勿将其导入区县系统。</translation>
    </message>
</context>
<context>
    <name>SiteLink</name>
    <message>
        <source>The database %1 is not set up as a site server (%2). Run &quot;vaxctl site-server init&quot; on the server PC.</source>
        <translation>数据库 %1 尚未设置为站点服务器（%2）。请在服务器电脑上运行“vaxctl site-server init”。</translation>
    </message>
    <message>
        <source>The site server %1 has no site recorded yet. Run &quot;vaxctl site-server init --site-code CODE&quot; on the server PC.</source>
        <translation>站点服务器 %1 尚未记录站点。请在服务器电脑上运行“vaxctl site-server init --site-code 代码”。</translation>
    </message>
    <message>
        <source>The site server runs a newer VaxPoint (site schema %1; this desk knows up to %2). Upgrade VaxPoint on this desk to the server&apos;s release.</source>
        <translation>站点服务器运行的是更新的 VaxPoint（站点结构版本 %1；本工位最高只认识 %2）。请把本工位的 VaxPoint 升级到服务器的版本。</translation>
    </message>
    <message>
        <source>The site server has an older site schema (%1; this desk needs %2). Run &quot;vaxctl site-server init&quot; of this release on the server PC.</source>
        <translation>站点服务器的站点结构版本较旧（%1；本工位需要 %2）。请在服务器电脑上用本版本运行“vaxctl site-server init”。</translation>
    </message>
    <message>
        <source>The site server accepts protocol %1 to %2 and this desk speaks %3: upgrade VaxPoint on this desk.</source>
        <translation>站点服务器接受的协议版本为 %1 到 %2，本工位使用 %3：请升级本工位的 VaxPoint。</translation>
    </message>
    <message>
        <source>The site server accepts protocol %1 to %2 and this desk speaks %3: run &quot;vaxctl site-server init&quot; of this release on the server PC.</source>
        <translation>站点服务器接受的协议版本为 %1 到 %2，本工位使用 %3：请在服务器电脑上用本版本运行“vaxctl site-server init”。</translation>
    </message>
    <message>
        <source>The site server %1 serves site %2, and this desk&apos;s database is site %3. Join this site&apos;s own server, or check that this is the right desk database.</source>
        <translation>站点服务器 %1 服务于站点 %2，而本工位的数据库属于站点 %3。请加入本站点自己的服务器，或确认这是正确的工位数据库。</translation>
    </message>
    <message>
        <source>Desk number: give this desk&apos;s number from %1 to %2, as written on the server&apos;s set-up sheet (--desk).</source>
        <translation>工位号：请按服务器设置单给出本工位的号码，范围 %1 到 %2（--desk）。</translation>
    </message>
    <message>
        <source>Password: give the desk&apos;s password from the server&apos;s set-up sheet (--password-stdin or VAXPOINT_SITE_PASSWORD).</source>
        <translation>密码：请给出服务器设置单上本工位的密码（--password-stdin 或 VAXPOINT_SITE_PASSWORD）。</translation>
    </message>
    <message>
        <source>This desk is already joined to %1 as desk %2. To move it to another server or desk number, join again with --rejoin.</source>
        <translation>本工位已作为 %2 号工位加入 %1。如要改到其他服务器或工位号，请用 --rejoin 重新加入。</translation>
    </message>
    <message>
        <source>Desk %1 was joined by another installation on %2. Choose another desk number, or, if this PC replaces that desk (a reinstall), join again with --rejoin.</source>
        <translation>%1 号工位已于 %2 被另一套安装加入。请选择其他工位号；如果本机是替换该工位（重装），请用 --rejoin 重新加入。</translation>
    </message>
    <message>
        <source>The site server did not confirm the join.</source>
        <translation>站点服务器没有确认加入。</translation>
    </message>
    <message>
        <source>The desk&apos;s server password is not in %1. Join again (vaxctl site join) with the password from the server&apos;s set-up sheet.</source>
        <translation>%1 中没有本工位的服务器密码。请用服务器设置单上的密码重新加入（vaxctl site join）。</translation>
    </message>
    <message>
        <source>This desk has not joined a site server, so it has no server password to change. Join it (vaxctl site join, or Administration ▸ Site server).</source>
        <translation>本工位尚未加入站点服务器，因此没有可更改的服务器密码。请先加入（vaxctl site join，或 管理 ▸ 站点服务器）。</translation>
    </message>
    <message>
        <source>New password: give the password &quot;vaxctl site-server desk-password --desk %1&quot; printed on the server PC (--password-stdin or VAXPOINT_SITE_PASSWORD).</source>
        <translation>新密码：请给出在服务器电脑上由“vaxctl site-server desk-password --desk %1”打印的密码（--password-stdin 或 VAXPOINT_SITE_PASSWORD）。</translation>
    </message>
    <message>
        <source>New password: the site server refused it for desk %1 (%2). Nothing was changed: the old password stays in %3. Type the password &quot;vaxctl site-server desk-password --desk %1&quot; printed.</source>
        <translation>新密码：站点服务器拒绝了 %1 号工位的这个密码（%2）。未做任何更改：旧密码仍保存在%3中。请输入“vaxctl site-server desk-password --desk %1”打印的密码。</translation>
    </message>
</context>
<context>
    <name>SiteQueue</name>
    <message>
        <source>The site&apos;s next visit could not be brought to this desk (not pulled yet).</source>
        <translation>全站排队的下一位尚未同步到本台（尚未拉取）。</translation>
    </message>
    <message>
        <source>The site&apos;s queue kept giving visits this desk has called already; it has not pulled them yet.</source>
        <translation>全站排队连续给出本台已呼叫的就诊记录；本台尚未拉取这些记录。</translation>
    </message>
    <message>
        <source>site queue</source>
        <translation>全站排队</translation>
    </message>
    <message>
        <source>this desk&apos;s queue</source>
        <translation>本台排队</translation>
    </message>
    <message>
        <source>this desk&apos;s queue: server unreachable</source>
        <translation>本台排队：服务器无法连接</translation>
    </message>
    <message>
        <source>this desk&apos;s queue: the site&apos;s queue could not be used</source>
        <translation>本台排队：无法使用全站排队</translation>
    </message>
    <message>
        <source>The site server %1 did not answer within %2 ms (%3): this desk calls from its own queue.</source>
        <translation>接种点服务器 %1 在 %2 毫秒内未响应（%3）：本台从自己的排队中呼叫。</translation>
    </message>
</context>
<context>
    <name>SiteServer</name>
    <message>
        <source>The site server %1 cannot be reached (%2). Check that the server PC is on and in the same network, the cable or Wi-Fi of this PC, and the address; the desk keeps working on its own.</source>
        <translation>无法连接站点服务器 %1（%2）。请检查服务器电脑是否开机并在同一网络中、本机的网线或 Wi-Fi 以及地址；本工位会继续独立工作。</translation>
    </message>
    <message>
        <source>The site server %1 does not offer an encrypted connection (TLS), and desks send records only encrypted. Run the server&apos;s set-up again (scripts/site-server.sh turns TLS on).</source>
        <translation>站点服务器 %1 不提供加密连接（TLS），而工位只通过加密连接发送记录。请重新运行服务器设置（scripts/site-server.sh 会开启 TLS）。</translation>
    </message>
    <message>
        <source>The site server %1 refused the role %2 (%3). Check the desk number and type the password from the server&apos;s set-up sheet.</source>
        <translation>站点服务器 %1 拒绝了角色 %2（%3）。请核对工位号，并输入服务器设置单上的密码。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this PC: install the package libqt6sql6-psql.</source>
        <translation>本机未安装 Qt 的 PostgreSQL 驱动：请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver could not be loaded: install the package libqt6sql6-psql.</source>
        <translation>无法加载 Qt 的 PostgreSQL 驱动：请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>This desk number is already joined by another PC (%1). Choose another desk number, or after reinstalling this desk&apos;s PC join again with --rejoin.</source>
        <translation>此工位号已被另一台电脑加入（%1）。请选择其他工位号；如果是重装了本工位的电脑，请用 --rejoin 重新加入。</translation>
    </message>
    <message>
        <source>The password belongs to another desk (%1). Give the desk number that goes with this password.</source>
        <translation>此密码属于另一个工位（%1）。请给出与该密码对应的工位号。</translation>
    </message>
    <message>
        <source>The site server refused this desk&apos;s records (%1): this database is older than what the desk already sent, as after restoring a backup or copying a disk. Nothing was sent. Pull the site&apos;s records, then join again as a new desk number (docs/site.md, &quot;The way out&quot;).</source>
        <translation>站点服务器拒绝了本工位的记录（%1）：本数据库比本工位已发送的内容更旧，常见于恢复备份或复制硬盘之后。未发送任何内容。请先拉取站点的记录，再以新的工位号重新加入（见 docs/site.md “The way out”）。</translation>
    </message>
    <message>
        <source>The site server refused this (%1): the role lacks the right. Use the owner role the set-up created.</source>
        <translation>站点服务器拒绝了此操作（%1）：该角色没有相应权限。请使用设置时创建的所有者角色。</translation>
    </message>
    <message>
        <source>The connection to the site server was lost (%1). The desk keeps working on its own and tries again.</source>
        <translation>与站点服务器的连接已断开（%1）。本工位会继续独立工作并自动重试。</translation>
    </message>
    <message>
        <source>The site server could not run &quot;%1&quot;: %2</source>
        <translation>站点服务器无法执行“%1”：%2</translation>
    </message>
    <message>
        <source>Server address: %1 Write it as postgresql://HOST:5432/DATABASE, as the server&apos;s set-up printed it.</source>
        <translation>服务器地址：%1 请按服务器设置时打印的格式填写：postgresql://主机:5432/数据库。</translation>
    </message>
    <message>
        <source>give the site server&apos;s address with --server.</source>
        <translation>请用 --server 给出站点服务器的地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// address.</source>
        <translation>“%1”不是 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>the address holds a password, which would be stored and shown; remove it and give the password with --password-stdin.</source>
        <translation>地址中含有密码，它会被保存并显示出来；请去掉密码，改用 --password-stdin 输入。</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>the server&apos;s name or address is missing.</source>
        <translation>缺少服务器的名称或地址。</translation>
    </message>
    <message>
        <source>the database name is missing after the server&apos;s address.</source>
        <translation>服务器地址后缺少数据库名称。</translation>
    </message>
    <message>
        <source>The role %1 may not create the desks&apos; roles (%2). Give it CREATEROLE (ALTER ROLE %1 CREATEROLE, as the postgres user), or let scripts/site-server.sh set the server up.</source>
        <translation>角色 %1 无权创建工位角色（%2）。请授予它 CREATEROLE（以 postgres 用户执行 ALTER ROLE %1 CREATEROLE），或用 scripts/site-server.sh 设置服务器。</translation>
    </message>
    <message>
        <source>Server migration %1 failed and was rolled back: %2</source>
        <translation>服务器迁移 %1 失败，已回滚：%2</translation>
    </message>
    <message>
        <source>The site server %1 has site schema %2, newer than this VaxPoint knows (up to %3). Nothing was changed. Upgrade VaxPoint on this PC.</source>
        <translation>站点服务器 %1 的站点结构版本为 %2，比本 VaxPoint 所知的更新（最高 %3）。未做任何更改。请在本机升级 VaxPoint。</translation>
    </message>
    <message>
        <source>The site server %1 serves site %2, not %3. Nothing was changed. Use a database of its own for site %3.</source>
        <translation>站点服务器 %1 服务于站点 %2，而不是 %3。未做任何更改。请为站点 %3 使用单独的数据库。</translation>
    </message>
    <message>
        <source>A role %1 already exists on this PostgreSQL server but is not a desk of this database. Drop it (DROP ROLE %1, as the postgres user) or use another database name.</source>
        <translation>此 PostgreSQL 服务器上已有角色 %1，但它不是本数据库的工位。请删除它（以 postgres 用户执行 DROP ROLE %1），或改用其他数据库名称。</translation>
    </message>
    <message>
        <source>TLS is on: desks connect with sslmode=require and send nothing unencrypted. pg_hba.conf should let the desks in only over TLS with a password: a line &quot;hostssl %1 +%2 0.0.0.0/0 scram-sha-256&quot; (and the same for the owner), and no plain &quot;host&quot; line for them (scripts/site-server.sh writes these). Keep the server&apos;s certificate and key where ssl_cert_file and ssl_key_file point; a new certificate needs only a reload.</source>
        <translation>TLS 已开启：工位以 sslmode=require 连接，不发送任何未加密内容。pg_hba.conf 应只允许工位通过 TLS 并凭密码连接：一行“hostssl %1 +%2 0.0.0.0/0 scram-sha-256”（所有者同样如此），且不要为它们保留普通的“host”行（scripts/site-server.sh 会写好这些）。服务器证书和密钥请保留在 ssl_cert_file 和 ssl_key_file 所指的位置；更换证书只需重新加载。</translation>
    </message>
    <message>
        <source>TLS is OFF on this server: every desk will refuse it (site.tls_refused). Make a certificate (openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj /CN=$(hostname) -keyout server.key -out server.crt), put both in the cluster&apos;s folder owned by postgres (key mode 0600), set ssl = on, ssl_cert_file and ssl_key_file, allow desks with &quot;hostssl %1 +%2 0.0.0.0/0 scram-sha-256&quot; in pg_hba.conf and reload PostgreSQL; scripts/site-server.sh does all of it.</source>
        <translation>此服务器未开启 TLS：所有工位都会拒绝连接（site.tls_refused）。请生成证书（openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj /CN=$(hostname) -keyout server.key -out server.crt），把两个文件放在归 postgres 所有的集群目录中（密钥权限 0600），设置 ssl = on、ssl_cert_file 和 ssl_key_file，在 pg_hba.conf 中用“hostssl %1 +%2 0.0.0.0/0 scram-sha-256”允许工位连接，然后重新加载 PostgreSQL；scripts/site-server.sh 会完成以上全部步骤。</translation>
    </message>
    <message>
        <source>Site code: give the code of the site this server serves (--site-code), the same as the desks&apos; databases.</source>
        <translation>站点代码：请给出此服务器所服务站点的代码（--site-code），须与各工位数据库的相同。</translation>
    </message>
    <message>
        <source>Desks: give a number from 0 to %1.</source>
        <translation>工位数：请给出 0 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>The site server refused the day close (%1): another desk closed this day first. Its bundle is the site&apos;s; ask that desk for it.</source>
        <translation>站点服务器拒绝了日结（%1）：另一台工作站已先完成当天日结。站点的数据包以那台工作站的为准，请向其索取。</translation>
    </message>
    <message>
        <source>The site server refused the day close (%1): another desk is closing this day now. Wait for it; a claim older than 10 minutes, or a site administrator&apos;s forced close with a reason, takes it over.</source>
        <translation>站点服务器拒绝了日结（%1）：另一台工作站正在进行当天日结。请等待其完成；超过 10 分钟的日结占用，或站点管理员填写原因的强制日结，可以接管它。</translation>
    </message>
    <message>
        <source>The database %1 has no site schema yet. Nothing was changed. Run &quot;vaxctl site-server init --server %1 --site-code CODE --desks N&quot; first: it makes the desks and prints their passwords.</source>
        <translation>数据库 %1 还没有站点模式。未做任何更改。请先运行“vaxctl site-server init --server %1 --site-code CODE --desks N”：它会创建各工位并打印其密码。</translation>
    </message>
    <message>
        <source>The role %1 is not the owner of the site schema on %2 (%3 is). Nothing was changed. Give the owner&apos;s user in the address, e.g. postgresql://%3@localhost/%4, as for &quot;vaxctl site-server init&quot;.</source>
        <translation>角色 %1 不是 %2 上站点模式的所有者（所有者是 %3）。未做任何更改。请像“vaxctl site-server init”那样在地址中给出所有者用户，例如 postgresql://%3@localhost/%4。</translation>
    </message>
    <message>
        <source>The role %1 may not change the desks&apos; passwords. Nothing was changed. Give it CREATEROLE (ALTER ROLE %1 CREATEROLE, as the postgres user), or let scripts/site-server.sh set the server up.</source>
        <translation>角色 %1 无权更改工位密码。未做任何更改。请授予其 CREATEROLE（以 postgres 用户执行 ALTER ROLE %1 CREATEROLE），或用 scripts/site-server.sh 设置服务器。</translation>
    </message>
    <message>
        <source>Desk %1&apos;s role %2 is missing from this PostgreSQL server (dropped by hand?). Nothing was changed. Create it again as the postgres user (CREATE ROLE %2 LOGIN IN ROLE %3), then make its password again.</source>
        <translation>此 PostgreSQL 服务器上缺少 %1 号工位的角色 %2（被手动删除？）。未做任何更改。请以 postgres 用户重新创建（CREATE ROLE %2 LOGIN IN ROLE %3），然后再次生成其密码。</translation>
    </message>
    <message>
        <source>Desk %1 has no role on the site server %2 yet (its desks: %3). Nothing was changed. Make it with &quot;vaxctl site-server init --server %2 --desks %1&quot;: init prints the new desk&apos;s password.</source>
        <translation>站点服务器 %2 上还没有 %1 号工位的角色（现有工位：%3）。未做任何更改。请用“vaxctl site-server init --server %2 --desks %1”创建：init 会打印新工位的密码。</translation>
    </message>
    <message>
        <source>Desk number: give the desk&apos;s number from %1 to %2 (--desk).</source>
        <translation>工位号：请给出 %1 到 %2 之间的工位号（--desk）。</translation>
    </message>
    <message>
        <source>The site server did not quote the new password.</source>
        <translation>站点服务器未能为新密码加引号。</translation>
    </message>
    <message>
        <source>The site server refused to set desk %1&apos;s new password (role %2). Nothing was changed. Run this as the site schema&apos;s owner with CREATEROLE (ALTER ROLE %3 CREATEROLE, as the postgres user).</source>
        <translation>站点服务器拒绝设置 %1 号工位的新密码（角色 %2）。未做任何更改。请以具有 CREATEROLE 权限的站点模式所有者身份运行（以 postgres 用户执行 ALTER ROLE %3 CREATEROLE）。</translation>
    </message>
</context>
<context>
    <name>SiteSync</name>
    <message>
        <source>This desk has not joined a site server: join it first (vaxctl site join --server URL --desk N).</source>
        <translation>本工作台尚未加入站点服务器：请先加入（vaxctl site join --server URL --desk N）。</translation>
    </message>
    <message>
        <source>This desk does not know the table %1: upgrade VaxPoint on this desk.</source>
        <translation>本工作台不认识数据表 %1：请在本工作台升级 VaxPoint。</translation>
    </message>
    <message>
        <source>The row has a column this desk does not know (%1.%2): upgrade VaxPoint on this desk.</source>
        <translation>该记录含有本工作台不认识的字段（%1.%2）：请在本工作台升级 VaxPoint。</translation>
    </message>
    <message>
        <source>The row&apos;s id does not match its change (%1 %2).</source>
        <translation>该记录的 ID 与其变更不符（%1 %2）。</translation>
    </message>
    <message>
        <source>The site server %1 did not answer within %2 ms (%3): this desk judges its own records only.</source>
        <translation>站点服务器 %1 在 %2 毫秒内没有响应（%3）：本接种台仅依据自己的记录判断。</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Username: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名：请使用 2 到 32 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s full name as it should appear on records.</source>
        <translation>姓名：请输入将出现在记录上的全名。</translation>
    </message>
    <message>
        <source>Roles: give at least one role (registrar, vaccinator, doctor, stock_keeper, site_admin).</source>
        <translation>角色：至少指定一个角色（registrar、vaccinator、doctor、stock_keeper、site_admin）。</translation>
    </message>
    <message>
        <source>Username: &quot;%1&quot; is taken; choose another.</source>
        <translation>用户名：“%1”已被使用；请换一个。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <source>Counted: enter the doses counted in the fridge (0 or more).</source>
        <translation>盘点数：请填写冰箱中清点的剂数（0 或以上）。</translation>
    </message>
    <message>
        <source>Reason: the count differs from the books by %1 doses (expected %2, counted %3); give the reason.</source>
        <translation>原因：盘点与账面相差 %1 剂（账面 %2，实盘 %3）；请说明原因。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TemperatureImport</name>
    <message>
        <source>a LogTag header line must be &quot;key,value&quot;.</source>
        <translation>LogTag 表头行必须是“key,value”。</translation>
    </message>
    <message>
        <source>expected &quot;index,date,time,temperature&quot; (e.g. &quot;1,2023-03-01,08:00:00,4.5&quot;), found &quot;%1&quot;.</source>
        <translation>应为“index,date,time,temperature”（例如“1,2023-03-01,08:00:00,4.5”），实际为“%1”。</translation>
    </message>
    <message>
        <source>This LogTag file has no header lines or no readings. Export it from LogTag Analyzer as CSV with its header.</source>
        <translation>该 LogTag 文件没有表头行或没有读数。请从 LogTag Analyzer 导出带表头的 CSV。</translation>
    </message>
    <message>
        <source>expected &quot;timestamp,celsius&quot; (e.g. &quot;2023-03-01T08:00:00+08:00,4.5&quot;), found &quot;%1&quot;.</source>
        <translation>应为“timestamp,celsius”（例如“2023-03-01T08:00:00+08:00,4.5”），实际为“%1”。</translation>
    </message>
    <message>
        <source>The CSV file has no readings. Each line should be &quot;timestamp,celsius&quot;.</source>
        <translation>该 CSV 文件没有读数。每行应为“timestamp,celsius”。</translation>
    </message>
    <message>
        <source>The file&apos;s format was not recognised. VaxPoint imports LogTag CSV, Fridge-tag 2 / 2 L text reports and &quot;timestamp,celsius&quot; CSV.</source>
        <translation>无法识别该文件格式。VaxPoint 可导入 LogTag CSV、Fridge-tag 2 / 2 L 文本报告和“timestamp,celsius”CSV。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use logtag, fridgetag or plain.</source>
        <translation>未知格式“%1”：请使用 logtag、fridgetag 或 plain。</translation>
    </message>
    <message>
        <source>This is not a Fridge-tag report: its first line should start with &quot;Device:&quot;. Export the report again from the logger.</source>
        <translation>这不是 Fridge-tag 报告：第一行应以“Device:”开头。请从记录仪重新导出报告。</translation>
    </message>
    <message>
        <source>a tab-indented reading outside the &quot;Data:&quot; section.</source>
        <translation>在“Data:”部分之外出现了制表符缩进的读数。</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot;, found &quot;%1&quot;.</source>
        <translation>应为“名称: 值”，实际为“%1”。</translation>
    </message>
    <message>
        <source>The Fridge-tag report has no daily history and no readings. Export a report that includes the history.</source>
        <translation>该 Fridge-tag 报告既没有每日历史也没有读数。请导出包含历史记录的报告。</translation>
    </message>
    <message>
        <source>Line %1: device &quot;%2&quot; is not a Fridge-tag 2 or 2 L; this report variant cannot be imported. Use a plain timestamp,celsius CSV.</source>
        <translation>第 %1 行：设备“%2”不是 Fridge-tag 2 或 2 L；无法导入这种报告。请改用 timestamp,celsius 格式的 CSV。</translation>
    </message>
    <message>
        <source>reports of %1 sensors are not supported; only one sensor is.</source>
        <translation>不支持 %1 个传感器的报告；只支持单个传感器。</translation>
    </message>
    <message>
        <source>temperature unit &quot;%1&quot; is not supported; set the logger to °C.</source>
        <translation>不支持温度单位“%1”；请将记录仪设置为 °C。</translation>
    </message>
    <message>
        <source>an alarm number was expected.</source>
        <translation>此处应为报警编号。</translation>
    </message>
    <message>
        <source>an alarm needs &quot;T AL: limit, t AL: minutes&quot;.</source>
        <translation>报警需要“T AL: 限值, t AL: 分钟”。</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYY-MM-DD.</source>
        <translation>日期“%1”不是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>the average temperature &quot;%1&quot; is not a number.</source>
        <translation>平均温度“%1”不是数字。</translation>
    </message>
    <message>
        <source>alarm minutes &quot;%1&quot; must be a whole number from 0 to 1440.</source>
        <translation>报警分钟数“%1”必须是 0 到 1440 之间的整数。</translation>
    </message>
    <message>
        <source>alarm %1 is not in the report&apos;s alarm configuration.</source>
        <translation>报警 %1 不在该报告的报警配置中。</translation>
    </message>
    <message>
        <source>expected &quot;%1: temperature, %2: HH:MM&quot;.</source>
        <translation>应为“%1: 温度, %2: HH:MM”。</translation>
    </message>
    <message>
        <source>this day lacks its date, minimum, maximum or average temperature.</source>
        <translation>该日缺少日期、最低、最高或平均温度。</translation>
    </message>
    <message>
        <source>expected &quot;YYYY-MM-DD HH:MM&lt;tab&gt;temperature&quot;, found &quot;%1&quot;.</source>
        <translation>应为“YYYY-MM-DD HH:MM&lt;制表符&gt;温度”，实际为“%1”。</translation>
    </message>
    <message>
        <source>Line %1: %2 Fix the file or export it again; nothing was imported.</source>
        <translation>第 %1 行：%2 请修正文件或重新导出；未导入任何数据。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation>无法读取 %1：%2。请检查路径。</translation>
    </message>
    <message>
        <source>%1: %2 Split the logger export (for example by month) and import the parts one by one; nothing was imported.</source>
        <translation>%1：%2请将记录仪导出文件拆分（例如按月）后逐个导入；未导入任何数据。</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most one import takes.</source>
        <translation>文件大于单次导入允许的上限 %1 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file and import it again.</source>
        <translation>无法读取 %1：%2。请检查文件后重新导入。</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes; a logger file&apos;s lines are short.</source>
        <translation>第 %1 行超过 %2 字节；记录仪文件的行应当很短。</translation>
    </message>
    <message>
        <source>the file has more than %1 lines, the most one import takes.</source>
        <translation>文件超过单次导入允许的上限 %1 行。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file. Fix the file or export it again; nothing was imported.</source>
        <translation>第 %1 行：带引号的字段直到文件结束都未闭合。请修正文件或重新导出；未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Queue number — priority lane</source>
        <translation>排队号 — 优先通道</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>请等候叫号。</translation>
    </message>
</context>
<context>
    <name>TrainingCodes</name>
    <message>
        <source>Training scan sheets are made from training databases only; %1 is the production database of site %2. Open a training database (vaxctl init --training).</source>
        <translation>培训扫码练习单只能由培训数据库生成；%1 是接种点 %2 的正式数据库。请打开培训数据库（vaxctl init --training）。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Staff member: no account with this id; refresh the list and choose again.</source>
        <translation>工作人员：没有该 ID 的账号；请刷新列表后重新选择。</translation>
    </message>
    <message>
        <source>%1 is the last active site administrator. Give another staff member the site_admin role first.</source>
        <translation>%1 是最后一位在职的接种点管理员。请先为另一位工作人员授予 site_admin 角色。</translation>
    </message>
    <message>
        <source>The account is disabled; ask the site administrator.</source>
        <translation>该账号已停用；请联系接种点管理员。</translation>
    </message>
    <message>
        <source>Current password: it is wrong. Type the password you signed in with.</source>
        <translation>当前密码：密码错误。请输入您登录时使用的密码。</translation>
    </message>
    <message>
        <source>Roles: give at least one role (registrar, vaccinator, doctor, stock_keeper, site_admin).</source>
        <translation>角色：至少指定一个角色（registrar、vaccinator、doctor、stock_keeper、site_admin）。</translation>
    </message>
    <message>
        <source>PIN: only %1 can set their own PIN. An administrator can clear it.</source>
        <translation>PIN 码：只有 %1 本人可以设置自己的 PIN 码。管理员可以清除它。</translation>
    </message>
    <message>
        <source>Password: it is wrong. Confirm the PIN with the password you sign in with.</source>
        <translation>密码：密码错误。请用您的登录密码确认 PIN 码。</translation>
    </message>
</context>
<context>
    <name>Vial</name>
    <message>
        <source>Session end: the site setting &quot;%1&quot; is not HH:MM; set it again, e.g. 17:30.</source>
        <translation>接种结束时间：接种点设置“%1”不是 HH:MM 格式；请重新设置，例如 17:30。</translation>
    </message>
    <message>
        <source>Lot %1 has no unopened doses in this fridge; receive stock or use an open vial.</source>
        <translation>批号 %1 在此冰箱中没有未开启的剂次；请入库或使用已开启的疫苗瓶。</translation>
    </message>
    <message>
        <source>Vial: no open vial &quot;%1&quot;; open a new vial.</source>
        <translation>疫苗瓶：没有已开启的疫苗瓶“%1”；请开启新的一瓶。</translation>
    </message>
    <message>
        <source>Vial: this vial had to be discarded at %1; discard it and open a new one.</source>
        <translation>疫苗瓶：此瓶应于 %1 废弃；请废弃并开启新的一瓶。</translation>
    </message>
    <message>
        <source>Vial: no doses left; open a new vial.</source>
        <translation>疫苗瓶：已无剩余剂次；请开启新的一瓶。</translation>
    </message>
    <message>
        <source>Session end: &quot;%1&quot; is not a time of day; give it as HH:MM (24-hour), e.g. 17:30.</source>
        <translation>接种结束时间：“%1”不是有效的时刻；请按 HH:MM（24 小时制）填写，例如 17:30。</translation>
    </message>
    <message>
        <source>Vial: this vial belongs to desk %1, which opened it; draw from it there, or open a new vial at this desk.</source>
        <translation>疫苗瓶：此瓶属于开启它的 %1 号工作台；请在该工作台抽取，或在本工作台开启一瓶新的。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VaxPoint vaccination point</source>
        <translation>VaxPoint 预防接种点</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>VaxPoint cannot start</source>
        <translation>VaxPoint 无法启动</translation>
    </message>
    <message>
        <source>Screen number for the board (0 = first)</source>
        <translation>显示看板的屏幕编号（0 = 第一块屏幕）</translation>
    </message>
    <message>
        <source>Language (zh_CN, zh_TW or en): the environment variable VAXPOINT_LANG if set; else the language last chosen on the sign-in page or in the status bar; else the PC&apos;s locale (LANG).</source>
        <translation>界面语言（zh_CN、zh_TW 或 en）：如设置了环境变量 VAXPOINT_LANG 则用它；否则用上次在登录页或状态栏选择的语言；否则用本机的区域设置（LANG）。</translation>
    </message>
    <message>
        <source>Show only the observation board, full screen (names masked; no sign-in); on a PC joined to a site server, every desk&apos;s people</source>
        <translation>只显示留观看板，全屏（姓名已遮蔽；无需登录）；在已加入站点服务器的电脑上显示所有接种台的留观人员</translation>
    </message>
</context>
<context>
    <name>vax::ui::AdminPage</name>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Site&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1 (%2)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;District&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Database&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 — schema %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kind&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;接种点&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1（%2）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;所属区县&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;数据库&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 — 结构版本 %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;类型&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;TRAINING&lt;/b&gt; — practice data, not for real records&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;培训&lt;/b&gt; — 练习数据，不是真实记录&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Backups (the newest %1 are kept)</source>
        <translation>备份（保留最新 %1 份）</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Vaccine catalog %1</source>
        <translation>疫苗目录 %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
</context>
<context>
    <name>vax::ui::AefiDialog</name>
    <message>
        <source>Adverse event</source>
        <translation>疑似预防接种异常反应</translation>
    </message>
    <message>
        <source>Adverse event following immunization — %1</source>
        <translation>疑似预防接种异常反应——%1</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>发病时间(&amp;O)：</translation>
    </message>
    <message>
        <source>Symptoms (press the key to tick)</source>
        <translation>症状（按对应键勾选）</translation>
    </message>
    <message>
        <source>Describe the other symptom</source>
        <translation>描述其他症状</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Not serious</source>
        <translation>非严重</translation>
    </message>
    <message>
        <source>Serious — report immediately</source>
        <translation>严重——须立即报告</translation>
    </message>
    <message>
        <source>Se&amp;riousness:</source>
        <translation>是否严重(&amp;R)：</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>处置：</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>转归(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record adverse event</source>
        <translation>记录异常反应</translation>
    </message>
</context>
<context>
    <name>vax::ui::BoardModel</name>
    <message>
        <source>SERIOUS adverse event — report now</source>
        <translation>严重异常反应——立即报告</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>接种台</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>AEFI</source>
        <comment>adverse event, as short as possible: a word on a board tile</comment>
        <translation>异常反应</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>已到时</translation>
    </message>
    <message>
        <source>%1 min over</source>
        <translation>超时 %1 分钟</translation>
    </message>
</context>
<context>
    <name>vax::ui::CatalogModel</name>
    <message>
        <source>%1 mL</source>
        <translation>%1 mL</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>Doses in series</source>
        <translation>全程剂次</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>接种途径</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>最小年龄</translation>
    </message>
</context>
<context>
    <name>vax::ui::CheckInPanel</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Screening — number key toggles a question, N answers the rest &quot;no&quot;</source>
        <translation>健康询问 — 按数字键切换对应问题，按 N 将其余问题答为“否”</translation>
    </message>
    <message>
        <source>Print ticket (Ctrl+P)</source>
        <translation>打印排队单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Scan the ID card or registration QR code, or type the ID number, then Enter</source>
        <translation>扫描身份证或预约登记码，或输入证件号码，然后按 Enter</translation>
    </message>
    <message>
        <source>New person: type the name as on the document, then Enter</source>
        <translation>新受种者：按证件输入姓名，然后按 Enter</translation>
    </message>
    <message>
        <source>Axillary temperature in °C (36.6 or 366), then Enter</source>
        <translation>腋温 °C（36.6 或 366），然后按 Enter</translation>
    </message>
    <message>
        <source>Screening: press N if every answer is &quot;no&quot;; a question&apos;s number toggles &quot;yes&quot;</source>
        <translation>健康询问：如全部回答为“否”，请按 N；按问题编号可切换为“是”</translation>
    </message>
    <message>
        <source>Consent signed by the person: press Enter to check in (G: a guardian signed)</source>
        <translation>受种者本人已签署知情同意：按 Enter 完成登记（G：由监护人签字）</translation>
    </message>
    <message>
        <source>Guardian&apos;s name, then Enter</source>
        <translation>监护人姓名，然后按 Enter</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation to the person (e.g. mother, father), then Enter to check in</source>
        <translation>监护人与受种者的关系（例如母亲、父亲），然后按 Enter 完成登记</translation>
    </message>
    <message>
        <source>Not today. Press Enter to record the deferral, Esc to correct the answers</source>
        <translation>今天不能接种。按 Enter 记录暂缓接种，按 Esc 修改回答</translation>
    </message>
    <message>
        <source>Scan the next person</source>
        <translation>请扫描下一位受种者</translation>
    </message>
    <message>
        <source>Enter: next step · Esc: back · Ctrl+Enter: check in</source>
        <translation>Enter：下一步 · Esc：返回 · Ctrl+Enter：完成登记</translation>
    </message>
    <message>
        <source>(on file)</source>
        <translation>（已建档）</translation>
    </message>
    <message>
        <source>(new person)</source>
        <translation>（新受种者）</translation>
    </message>
    <message>
        <source>Guardian: %1 (%2)</source>
        <translation>监护人：%1（%2）</translation>
    </message>
    <message>
        <source>Signed by the person</source>
        <translation>受种者本人签字</translation>
    </message>
    <message>
        <source>Consent text %1: not yet recorded</source>
        <translation>知情同意书 %1：尚未记录</translation>
    </message>
    <message>
        <source>Record deferral (Enter)</source>
        <translation>记录暂缓接种（Enter）</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation>完成登记（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>The unfinished check-in was restored. Continue where it stopped.</source>
        <translation>已恢复未完成的登记。请从中断处继续。</translation>
    </message>
    <message>
        <source>The name is empty. Type the name as on the document.</source>
        <translation>姓名为空。请按证件输入姓名。</translation>
    </message>
    <message>
        <source>Some questions are not answered. Press N to answer the rest &quot;no&quot;.</source>
        <translation>有问题尚未回答。按 N 将其余问题答为“否”。</translation>
    </message>
    <message>
        <source>Enter the guardian&apos;s name.</source>
        <translation>请输入监护人姓名。</translation>
    </message>
    <message>
        <source>Fever (%1 °C or more): the person will be deferred today.</source>
        <translation>发热（%1 °C 及以上）：今天将暂缓接种。</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1. Check the number.</source>
        <translation>身份证号码为 18 位；此号码为 %1 位。请核对号码。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1/18 位</translation>
    </message>
    <message>
        <source>%1 is already checked in today (%2). Use this number.</source>
        <translation>%1 今天已登记（%2）。请使用该号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a temperature. Enter it in °C, e.g. 36.5 or 365.</source>
        <translation>“%1”不是有效的体温。请以 °C 输入，例如 36.5 或 365。</translation>
    </message>
    <message>
        <source>Do not vaccinate: contraindication (%1). Refer to a doctor.</source>
        <translation>不予接种：有禁忌证（%1）。请转介医生。</translation>
    </message>
    <message>
        <source>Not today: defer (%1). The person may come back when it has passed.</source>
        <translation>今天不接种：暂缓接种（%1）。情况消除后可再来。</translation>
    </message>
    <message>
        <source>A doctor must review this person before the injection.</source>
        <translation>接种前须由医生评估。</translation>
    </message>
    <message>
        <source>No document yet. Scan the ID card or type the ID number.</source>
        <translation>尚无证件。请扫描身份证或输入证件号码。</translation>
    </message>
    <message>
        <source>No temperature yet. Measure it and enter it in °C, e.g. 36.5.</source>
        <translation>尚未录入体温。请测量后以 °C 输入，例如 36.5。</translation>
    </message>
    <message>
        <source>Deferral recorded for %1 (%2). No queue number: not vaccinated today.</source>
        <translation>已为 %1 记录暂缓接种（%2）。不发排队号：今天不接种。</translation>
    </message>
    <message>
        <source>%1 is checked in. A doctor reviews before the injection.</source>
        <translation>%1 已登记。接种前由医生评估。</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 已登记。</translation>
    </message>
    <message>
        <source>Not saved: %1 The form is kept; press Ctrl+Enter to try again.</source>
        <translation>未保存：%1 表单内容已保留；按 Ctrl+Enter 重试。</translation>
    </message>
    <message>
        <source>Print ticket %1</source>
        <translation>打印排队单 %1</translation>
    </message>
    <message>
        <source>Birth date: the second entry %1 differs from the first %2. Type the birth date again from the document.</source>
        <translation>出生日期：第二次录入的 %1 与第一次的 %2 不一致。请按证件重新录入出生日期。</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>The %1 number carries no birth date: type it from the document as digits (YYYYMMDD or YYYY-MM-DD), then Enter</source>
        <translation>%1号码中不含出生日期：请按证件以数字录入（YYYYMMDD 或 YYYY-MM-DD），然后按 Enter</translation>
    </message>
    <message>
        <source>Type the birth date a second time to confirm it, then Enter. It makes the person: %1</source>
        <translation>请再次录入出生日期以确认，然后按 Enter。按此日期，受种者：%1</translation>
    </message>
    <message>
        <source>Under %1: a guardian signs the consent. Press Enter or G to record the guardian</source>
        <translation>未满 %1 周岁：由监护人签署知情同意书。按 Enter 或 G 记录监护人</translation>
    </message>
    <message>
        <source>%1 (age %2), confirmed</source>
        <translation>%1（%2 周岁），已确认</translation>
    </message>
    <message>
        <source>%1 (age %2), type it again</source>
        <translation>%1（%2 周岁），请再次录入</translation>
    </message>
    <message>
        <source>not on the document&apos;s number: type it</source>
        <translation>证件号码中不含：请录入</translation>
    </message>
    <message>
        <source>Birth date: the %1 number does not carry it. Type the birth date from the document as digits (YYYYMMDD or YYYY-MM-DD), then Enter.</source>
        <translation>出生日期：%1号码中不含出生日期。请按证件以数字录入（YYYYMMDD 或 YYYY-MM-DD），然后按 Enter。</translation>
    </message>
    <message>
        <source>A guardian signs</source>
        <translation>由监护人签署</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>监护人：%1</translation>
    </message>
    <message>
        <source>Enter the temperature in °C, e.g. 36.5 or 365.</source>
        <translation>请输入体温（°C），例如 36.5 或 365。</translation>
    </message>
    <message>
        <source>Found on the site server: %1, registered at another desk.</source>
        <translation>已在站点服务器找到：%1，已在其他接种台登记。</translation>
    </message>
</context>
<context>
    <name>vax::ui::ChecklistView</name>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>三查 Three checks</source>
        <translation>三查</translation>
    </message>
    <message>
        <source>七对 Seven verifications</source>
        <translation>七对</translation>
    </message>
    <message>
        <source>一验证 The person verifies</source>
        <translation>一验证</translation>
    </message>
    <message>
        <source>Overridden by a doctor: %1</source>
        <translation>医生特批：%1</translation>
    </message>
    <message>
        <source>(Ctrl+D: doctor&apos;s decision)</source>
        <translation>（Ctrl+D：由医生决定）</translation>
    </message>
</context>
<context>
    <name>vax::ui::ClockPanel</name>
    <message>
        <source>Latest time written: %1&lt;br&gt;The PC&apos;s clock now: %2</source>
        <translation>最近写入时间：%1&lt;br&gt;电脑当前时钟：%2</translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation>尚未写入任何记录</translation>
    </message>
    <message>
        <source>The clock is %1 behind: every write is refused. Set the PC&apos;s clock right (date, time and time zone); if it was corrected on purpose, a site administrator acknowledges it here with a reason.</source>
        <translation>时钟落后 %1：所有写入都被拒绝。请把电脑时钟调正（日期、时间和时区）；如果是有意校正，由站点管理员在此填写原因并确认。</translation>
    </message>
    <message>
        <source>Writes are accepted (tolerance %1 minutes).</source>
        <translation>可以写入（容差 %1 分钟）。</translation>
    </message>
    <message>
        <source>Only a site administrator may acknowledge.</source>
        <translation>只有站点管理员可以确认。</translation>
    </message>
    <message>
        <source>Correction acknowledged: writes at the PC&apos;s time are accepted again.</source>
        <translation>校正已确认：按电脑时间的写入重新被接受。</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>why the PC&apos;s clock was corrected</source>
        <translation>电脑时钟为何被校正</translation>
    </message>
    <message>
        <source>Acknowledge the correction</source>
        <translation>确认校正</translation>
    </message>
</context>
<context>
    <name>vax::ui::ContraindicationBox</name>
    <message>
        <source>On record from earlier visits — whatever today&apos;s answers are:</source>
        <translation>以往就诊已记录 — 无论今天如何回答：</translation>
    </message>
    <message>
        <source>Only a doctor can lift it: Ctrl+L.</source>
        <translation>只有医生可以解除：Ctrl+L。</translation>
    </message>
</context>
<context>
    <name>vax::ui::CountDialog</name>
    <message>
        <source>Count and reconcile</source>
        <translation>盘点与核对</translation>
    </message>
    <message>
        <source>Needed when the count differs from the ledger</source>
        <translation>盘点数与账面不符时必填</translation>
    </message>
    <message>
        <source>&amp;Fridge</source>
        <translation>冰箱(&amp;F)</translation>
    </message>
    <message>
        <source>Ledger says</source>
        <translation>账面数</translation>
    </message>
    <message>
        <source>&amp;Counted doses</source>
        <translation>盘点剂数(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>%1 doses (opening %2 + received %3 − administered %4 − wasted %5%6)</source>
        <translation>%1 剂（期初 %2 + 入库 %3 − 接种 %4 − 损耗 %5%6）</translation>
    </message>
    <message>
        <source> + other %1</source>
        <translation> + 其他 %1</translation>
    </message>
    <message>
        <source>Lot %1: expected %2, counted %3, difference %4.</source>
        <translation>批号 %1：账面 %2，实盘 %3，差异 %4。</translation>
    </message>
</context>
<context>
    <name>vax::ui::DayCloseConfirmDialog</name>
    <message>
        <source>Close the day %1?</source>
        <translation>结束 %1 的日结？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still open today:&lt;/b&gt;</source>
        <translation>&lt;b&gt;今天仍未完成：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing is left open today.</source>
        <translation>今天没有未完成的事项。</translation>
    </message>
    <message>
        <source>People still under observation: %1</source>
        <translation>仍在留观的人数：%1</translation>
    </message>
    <message>
        <source>Lots not counted: %1</source>
        <translation>未盘点的批号：%1</translation>
    </message>
    <message>
        <source>Open vials: %1 — the %2 doses left in them will be booked as wasted</source>
        <translation>已开启的疫苗瓶：%1 —— 瓶中剩余的 %2 剂将记为损耗</translation>
    </message>
    <message>
        <source>Records not yet exported: %1</source>
        <translation>尚未导出的记录：%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;This day is already closed; closing again closes the vials opened since.&lt;/p&gt;</source>
        <translation>&lt;p&gt;今天已日结；再次日结将关闭此后开启的疫苗瓶。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To close the day, type its date %1:</source>
        <translation>如确认日结，请输入当天日期 %1：</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>vax::ui::DayClosePage</name>
    <message>
        <source>Write the export bundle into</source>
        <translation>选择导出包的保存文件夹</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Passphrase of the signing key file:</source>
        <translation>签名密钥文件的口令：</translation>
    </message>
    <message>
        <source>Nothing changed since the last export: zero report %1 written to %2.</source>
        <translation>自上次导出以来没有变化：已将零报告 %1 写入 %2。</translation>
    </message>
    <message>
        <source>Export %1 written: %2 records (%3 doses). Give this file to the district: %4</source>
        <translation>导出文件 %1 已写入：%2 条记录（%3 剂次）。请将此文件提交给区县疾控：%4</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>日结(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报表(&amp;P)…</translation>
    </message>
    <message>
        <source>Stock reconciliation</source>
        <translation>库存核对</translation>
    </message>
    <message>
        <source>Past exports</source>
        <translation>历史导出</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>接种</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>损耗</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not yet exported: %1 records</source>
        <translation>尚未导出：%1 条记录</translation>
    </message>
    <message>
        <source>0 (zero report)</source>
        <translation>0（零报告）</translation>
    </message>
    <message>
        <source>Day close — %1 (closed at %2)</source>
        <translation>日结 — %1（%2 已日结）</translation>
    </message>
    <message>
        <source>Day close — %1</source>
        <translation>日结 — %1</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Check-ins&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Doses given&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Corrected (entered in error)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Deferred&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Adverse events&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5 (%6 serious)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Doses wasted&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Vials still open&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fridge readings&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Excursions&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;登记人次&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;接种剂次&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;更正作废（录入错误）&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;暂缓接种&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;疑似预防接种异常反应&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5（严重 %6）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;损耗剂次&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;仍开启的疫苗瓶&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;冰箱读数&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;温度超标&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Doses per hour</source>
        <translation>每小时接种剂次</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>剂数</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Doses by age group</source>
        <translation>各年龄组接种剂次</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>off by %1</source>
        <translation>相差 %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未盘点</translation>
    </message>
    <message>
        <source>Every lot in stock was counted today.</source>
        <translation>今天已盘点所有在库批号。</translation>
    </message>
    <message>
        <source>Lots not counted today: %1. Count them on the Stock page before closing.</source>
        <translation>今天未盘点的批号：%1。请在日结前到“库存”页面盘点。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>每日报表 %1</translation>
    </message>
    <message>
        <source>Day closed. Open vials closed: %1; doses left in them booked as wasted: %2.</source>
        <translation>已日结。停用已开启的疫苗瓶：%1 瓶；其中剩余剂次已登记为损耗：%2 剂。</translation>
    </message>
    <message>
        <source> It is sealed for the district: only the district&apos;s key opens it.</source>
        <translation>该文件已为区县加密：只有区县密钥能打开。</translation>
    </message>
    <message>
        <source>The records stay pending: export again when it is fixed.</source>
        <translation>这些记录仍为待导出：问题解决后请重新导出。</translation>
    </message>
    <message>
        <source>Shows what is still open, then closes every open vial (the doses left in them are wasted) and records the day as closed once you type the day&apos;s date.</source>
        <translation>先列出仍未完成的事项；输入当天日期后，关闭所有已开启的疫苗瓶（瓶中剩余剂次记为损耗），并将当天记为已日结。</translation>
    </message>
    <message>
        <source>&amp;Reopen the day</source>
        <translation>重新开启当天(&amp;R)</translation>
    </message>
    <message>
        <source>Site administrator: undo the close until the day&apos;s bundle is exported.</source>
        <translation>站点管理员：在当天的数据包导出之前，可撤销日结。</translation>
    </message>
    <message>
        <source>DAY CLOSED at %1. Check-ins and doses are still saved, under this day; the next export carries them. A site administrator can reopen the day until it is exported.</source>
        <translation>已于 %1 日结。登记和接种仍会保存在当天名下，并随下一次导出上报。导出之前，站点管理员可重新开启当天。</translation>
    </message>
    <message>
        <source>The day was not closed: nothing changed.</source>
        <translation>未日结：没有任何更改。</translation>
    </message>
    <message>
        <source>Day %1 reopened. Vials closed at the close stay closed; their waste stays booked.</source>
        <translation>%1 已重新开启。日结时关闭的疫苗瓶仍保持关闭，其损耗记录保持不变。</translation>
    </message>
    <message>
        <source>Create a &amp;key file…</source>
        <translation>创建密钥文件(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep the export signing key in a file protected by a passphrase, for a PC whose system keyring is missing or does not answer.</source>
        <translation>把导出签名密钥保存在受口令保护的文件中，适用于没有系统密钥环或系统密钥环不响应的电脑。</translation>
    </message>
    <message>
        <source>Waiting for the system keyring… (answer the keyring&apos;s prompt: on a new desktop it asks you to choose a password for a new keyring). At most %1 s; other pages can be used meanwhile.</source>
        <translation>正在等待系统密钥环…（请回答密钥环的提示：在新的桌面上，它会要求您为新的密钥环设置密码）。最多等待 %1 秒；等待期间可以使用其他页面。</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>停止等待(&amp;W)</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written. If the keyring&apos;s prompt is still open, close it; to sign without the keyring, create a key file.</source>
        <translation>已取消导出：未写入任何内容。如果密钥环的提示仍然打开，请关闭它；如需不用密钥环签名，请创建密钥文件。</translation>
    </message>
    <message>
        <source>No signing key is available: create a key file protected by a passphrase, and the export goes on with it.</source>
        <translation>没有可用的签名密钥：请创建受口令保护的密钥文件，导出将用它继续进行。</translation>
    </message>
    <message>
        <source>Export cancelled: no signing key, nothing was written.</source>
        <translation>已取消导出：没有签名密钥，未写入任何内容。</translation>
    </message>
    <message>
        <source>The signing key is now in the key file %1 (fingerprint %2); each export asks for its passphrase.</source>
        <translation>签名密钥现在保存在密钥文件 %1 中（指纹 %2）；每次导出都会要求输入其口令。</translation>
    </message>
</context>
<context>
    <name>vax::ui::DeskPage</name>
    <message>
        <source>Desk</source>
        <translation>接种台</translation>
    </message>
    <message>
        <source>Check-in (F2)</source>
        <translation>登记（F2）</translation>
    </message>
    <message>
        <source>Injection (F3)</source>
        <translation>接种（F3）</translation>
    </message>
    <message>
        <source>The injection checklist (三查七对一验证) comes here in a later version. Check people in with F2; their queue numbers are listed on the right.</source>
        <translation>接种核查（三查七对一验证）将在后续版本中加入此处。请按 F2 登记受种者；排队号列在右侧。</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>今日排队</translation>
    </message>
</context>
<context>
    <name>vax::ui::DoctorDecisionDialog</name>
    <message>
        <source>Doctor&apos;s username</source>
        <translation>医生用户名</translation>
    </message>
    <message>
        <source>Doctor&apos;s password or PIN</source>
        <translation>医生的密码或 PIN 码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
</context>
<context>
    <name>vax::ui::DuplicateDialog</name>
    <message>
        <source>Possibly the same person</source>
        <translation>可能是同一人</translation>
    </message>
    <message>
        <source>%1 with the same birth date is already on file with another document. Is it the same person?</source>
        <translation>已有出生日期相同的 %1 以其他证件建档。是否为同一人？</translation>
    </message>
    <message>
        <source>%1 · born %2 · phone %3 · on file since %4</source>
        <translation>%1 · 出生于 %2 · 电话 %3 · 建档于 %4</translation>
    </message>
    <message>
        <source>L — Same person: add this document</source>
        <translation>L — 同一人：添加此证件</translation>
    </message>
    <message>
        <source>N — A different person: register new</source>
        <translation>N — 不是同一人：新建登记</translation>
    </message>
    <message>
        <source>Esc — Back to the form</source>
        <translation>Esc — 返回表单</translation>
    </message>
</context>
<context>
    <name>vax::ui::ExcursionsModel</name>
    <message>
        <source>Too warm (logger alarm)</source>
        <translation>温度过高（记录仪报警）</translation>
    </message>
    <message>
        <source>Freezing (logger alarm)</source>
        <translation>冻结（记录仪报警）</translation>
    </message>
    <message>
        <source>Reading out of range</source>
        <translation>读数超出范围</translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已解除隔离</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>no lot in the fridge</source>
        <translation>冰箱中没有批号</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation>温度超标</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>极值温度</translation>
    </message>
    <message>
        <source>Lots and decisions</source>
        <translation>批号及处理</translation>
    </message>
</context>
<context>
    <name>vax::ui::FridgeChart</name>
    <message>
        <source>Allowed %1–%2 °C</source>
        <translation>允许范围 %1–%2 °C</translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation>温度超标</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Outside %1–%2 °C</source>
        <translation>超出 %1–%2 °C</translation>
    </message>
    <message>
        <source>Manual reading</source>
        <translation>人工读数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>vax::ui::FridgePage</name>
    <message>
        <source>Cold chain</source>
        <translation>冷链</translation>
    </message>
    <message>
        <source>Fridges</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Manual reading (°C)</source>
        <translation>人工读数（°C）</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import logger file…</source>
        <translation>导入记录仪文件(&amp;I)…</translation>
    </message>
    <message>
        <source>LogTag CSV, Fridge-tag 2 / 2 L report, or timestamp,celsius CSV</source>
        <translation>LogTag CSV、Fridge-tag 2 / 2 L 报告，或 timestamp,celsius CSV</translation>
    </message>
    <message>
        <source>Excursions and quarantined lots</source>
        <translation>温度超标与隔离批号</translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation>处理理由（必填）</translation>
    </message>
    <message>
        <source>Re&amp;lease lots</source>
        <translation>解除隔离(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Discard lots</source>
        <translation>报废批号(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (%2–%3 °C)</source>
        <translation>%1（%2–%3 °C）</translation>
    </message>
    <message>
        <source>No manual reading due now.</source>
        <translation>目前无需人工读数。</translation>
    </message>
    <message>
        <source>The MORNING reading of this fridge is due.</source>
        <translation>该冰箱应记录上午的温度读数。</translation>
    </message>
    <message>
        <source>The AFTERNOON reading of this fridge is due.</source>
        <translation>该冰箱应记录下午的温度读数。</translation>
    </message>
    <message>
        <source>Sign in to record a reading.</source>
        <translation>请登录后记录读数。</translation>
    </message>
    <message>
        <source>Temperature: &quot;%1&quot; is not a number of °C; type it as read, e.g. 4.5.</source>
        <translation>温度：“%1”不是以 °C 表示的数值；请按读到的数值输入，例如 4.5。</translation>
    </message>
    <message>
        <source>Recorded %1 °C.</source>
        <translation>已记录 %1 °C。</translation>
    </message>
    <message numerus="yes">
        <source>%1 °C is OUTSIDE the allowed range: %n lot(s) of this fridge are quarantined until a supervisor decides.</source>
        <translation>
            <numerusform>%1 °C 超出允许范围：该冰箱的 %n 个批号已被隔离，等待主管处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a logger file</source>
        <translation>导入记录仪文件</translation>
    </message>
    <message>
        <source>Logger files (*.csv *.txt);;All files (*)</source>
        <translation>记录仪文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>File: cannot read %1 (%2); choose another file.</source>
        <translation>文件：无法读取 %1（%2）；请选择其他文件。</translation>
    </message>
    <message>
        <source>Imported %1 reading(s) (%2); %3 were already stored.</source>
        <translation>已导入 %1 条读数（%2）；%3 条已存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n new excursion(s); %1 lot(s) quarantined.</source>
        <translation>
            <numerusform>新增 %n 起温度超标；已隔离 %1 个批号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor (site administrator) decides on quarantined lots</source>
        <translation>只有主管（接种点管理员）可以处理隔离批号</translation>
    </message>
    <message numerus="yes">
        <source>Released %n lot(s).</source>
        <translation>
            <numerusform>已解除 %n 个批号的隔离。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n lot(s); their doses in that fridge are booked as wasted (cold chain).</source>
        <translation>
            <numerusform>已报废 %n 个批号；它们在该冰箱中的剂次已登记为损耗（冷链）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Release although no reading shows the fridge back in range (override: recorded and sent to the district)</source>
        <translation>在没有读数显示冰箱恢复正常温度的情况下解除（特批：将被记录并上报区县）</translation>
    </message>
    <message>
        <source>%1 — %2 readings in the last %3 days</source>
        <translation>%1 — 最近 %3 天的 %2 条读数</translation>
    </message>
</context>
<context>
    <name>vax::ui::InjectionPanel</name>
    <message>
        <source>Next (F5)</source>
        <translation>叫号（F5）</translation>
    </message>
    <message>
        <source>Display (F9)</source>
        <translation>受种者屏（F9）</translation>
    </message>
    <message>
        <source>Show the recipient display; full screen on a second screen</source>
        <translation>显示受种者屏；有第二块屏幕时全屏显示在该屏幕上</translation>
    </message>
    <message>
        <source>Administer (Enter)</source>
        <translation>接种（Enter）</translation>
    </message>
    <message>
        <source>Sign in first: the dose is recorded with your name.</source>
        <translation>请先登录：接种记录会写上您的姓名。</translation>
    </message>
    <message>
        <source>No. %1 has not been vaccinated. Press F5 again to call the next person; No. %1 stays &quot;called&quot;.</source>
        <translation>%1 号尚未接种。再按 F5 叫下一位；%1 号保持“已叫号”状态。</translation>
    </message>
    <message>
        <source>Nobody is waiting. Check people in with F2.</source>
        <translation>没有等候的受种者。请按 F2 登记。</translation>
    </message>
    <message>
        <source>Call the person first (F5), then scan the vaccine.</source>
        <translation>请先叫号（F5），再扫描疫苗。</translation>
    </message>
    <message>
        <source>This dose is saved. Press F5 to call the next person.</source>
        <translation>本剂次已保存。按 F5 叫下一位。</translation>
    </message>
    <message>
        <source>Box code: this GS1 code carries no lot number (10). Scan the box&apos;s trace code or type the lot number.</source>
        <translation>包装码：此 GS1 码不含批号（10）。请扫描包装上的追溯码或输入批号。</translation>
    </message>
    <message>
        <source>This is a person&apos;s document. Here the vaccine is scanned: F5 calls the next person; check-in is F2.</source>
        <translation>这是受种者的证件。此处扫描的是疫苗：按 F5 叫下一位；登记请按 F2。</translation>
    </message>
    <message>
        <source>%1 has no site on that side; use %2.</source>
        <translation>%1 在这一侧没有可用部位；请使用 %2。</translation>
    </message>
    <message>
        <source>Nothing here may be overridden by a doctor.</source>
        <translation>这里没有可由医生特批的项目。</translation>
    </message>
    <message>
        <source>A doctor allowed: %1. Reason: %2</source>
        <translation>医生特批：%1。原因：%2</translation>
    </message>
    <message>
        <source>Nobody is called: press F5 to call the next person.</source>
        <translation>尚未叫号：按 F5 叫下一位。</translation>
    </message>
    <message>
        <source>Not yet — nothing was saved: %1</source>
        <translation>还不能接种，未保存任何内容：%1</translation>
    </message>
    <message>
        <source>no dose is due.</source>
        <translation>没有应种剂次。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>✓ Saved %1 — may leave observation at %2</source>
        <translation>✓ 已保存 %1 — 留观至 %2 可离开</translation>
    </message>
    <message>
        <source>Given at %1: dose %2 of %3</source>
        <translation>接种于 %1：第 %2 剂，共 %3 剂</translation>
    </message>
    <message>
        <source>Dose due: dose 1 (no earlier doses); scan the vaccine</source>
        <translation>应种：第 1 剂（无既往接种）；请扫描疫苗</translation>
    </message>
    <message>
        <source>(by the earlier doses; scan the vaccine)</source>
        <translation>（按既往接种推算；请扫描疫苗）</translation>
    </message>
    <message>
        <source>%1, dose %2 of %3</source>
        <translation>%1，第 %2 剂，共 %3 剂</translation>
    </message>
    <message>
        <source>none — %1</source>
        <translation>无 — %1</translation>
    </message>
    <message>
        <source>Dose due: %1</source>
        <translation>应种：%1</translation>
    </message>
    <message>
        <source>Sign in to give doses.</source>
        <translation>请登录后再接种。</translation>
    </message>
    <message>
        <source>Press F5 to call the next person.</source>
        <translation>按 F5 叫下一位。</translation>
    </message>
    <message>
        <source>Saved. Press F5 to call the next person.</source>
        <translation>已保存。按 F5 叫下一位。</translation>
    </message>
    <message>
        <source>Scan the vaccine box, the open vial or the lot number, then Enter.</source>
        <translation>请扫描疫苗包装、已开启的疫苗瓶或批号，然后按 Enter。</translation>
    </message>
    <message>
        <source>Space: you asked the name and it is %1.</source>
        <translation>空格：已询问姓名，确认是 %1。</translation>
    </message>
    <message>
        <source>Space: you looked at the vaccine and syringe (appearance, label, lot, expiry).</source>
        <translation>空格：已检查疫苗和注射器（外观、标签、批号、有效期）。</translation>
    </message>
    <message>
        <source>V: the person has checked the vaccine and expiry on their screen.</source>
        <translation>V：受种者已在其屏幕上核对疫苗和有效期。</translation>
    </message>
    <message>
        <source>Choose the site: L left, R right.</source>
        <translation>选择接种部位：L 左侧，R 右侧。</translation>
    </message>
    <message>
        <source>Enter: administer and save.</source>
        <translation>Enter：接种并保存。</translation>
    </message>
    <message>
        <source>Cannot administer: %1</source>
        <translation>不能接种：%1</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Site: — (L / R)</source>
        <translation>部位：—（L / R）</translation>
    </message>
    <message>
        <source>F5 next · scan + Enter · Space confirm · V verified · L / R site · Enter administer · Esc back · Ctrl+D doctor · Ctrl+P certificate · F9 display</source>
        <translation>F5 叫号 · 扫码 + Enter · 空格 确认 · V 已验证 · L / R 部位 · Enter 接种 · Esc 返回 · Ctrl+D 医生 · Ctrl+P 证书 · F9 受种者屏</translation>
    </message>
    <message>
        <source>Call the person first (F5): the certificate is printed for the person at the desk.</source>
        <translation>请先叫号（F5）：证书为接种台前的受种者打印。</translation>
    </message>
    <message>
        <source>Sign in first: the certificate is issued in your name.</source>
        <translation>请先登录：证书以您的名义签发。</translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation>未签发证书：%1</translation>
    </message>
    <message>
        <source>Print certificate %1</source>
        <translation>打印证书 %1</translation>
    </message>
    <message>
        <source>Certificate %1 is recorded but was not printed. Press Ctrl+P to print a new one.</source>
        <translation>证书 %1 已记录但未打印。按 Ctrl+P 打印一份新证书。</translation>
    </message>
    <message>
        <source>Certificate %1 is recorded but the printer refused the page. Check the printer, then press Ctrl+P to print a new one.</source>
        <translation>证书 %1 已记录，但打印机拒绝了该页。请检查打印机，然后按 Ctrl+P 打印一份新证书。</translation>
    </message>
    <message>
        <source>Certificate %1 printed</source>
        <translation>证书 %1 已打印</translation>
    </message>
    <message>
        <source>Site: %1 (L / R)</source>
        <translation>部位：%1（L / R）</translation>
    </message>
    <message>
        <source>Asking the site server for this person&apos;s doses…</source>
        <translation>正在向站点服务器查询此人的接种记录…</translation>
    </message>
    <message>
        <source>The site server did not answer: the checklist judges this desk&apos;s records only. Ask the person about other doses today, then press Space.</source>
        <translation>站点服务器没有响应：核查单仅依据本接种台的记录。请询问受种者今天是否接种过其他疫苗，然后按空格键确认。</translation>
    </message>
    <message>
        <source>Calling the next person of the site…</source>
        <translation>正在呼叫全站的下一位……</translation>
    </message>
    <message>
        <source>Called from: %1</source>
        <translation>呼叫来源：%1</translation>
    </message>
</context>
<context>
    <name>vax::ui::KeyFileDialog</name>
    <message>
        <source>Create a signing key file</source>
        <translation>创建签名密钥文件</translation>
    </message>
    <message>
        <source>Exports are signed with the site&apos;s key. Without a system keyring, the key is kept in a file protected by a passphrase: every export asks for it. Keep a copy of the file (e.g. on a USB stick) and the passphrase where a site administrator finds them: without both, this key cannot sign again.</source>
        <translation>导出数据用本接种点的密钥签名。没有系统密钥环时，密钥保存在受口令保护的文件中，每次导出都会要求输入口令。请把该文件复制一份（例如存到 U 盘），并把口令放在接种点管理员能找到的地方：两者缺一，这把密钥就无法再签名。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to type and hard to guess.</source>
        <translation>至少 %1 个字符；几个互不相关的词语既容易输入又难以猜到。</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>Create the key file</source>
        <translation>创建密钥文件</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Key file: give the path of the file, e.g. on a USB stick.</source>
        <translation>密钥文件：请填写文件路径，例如 U 盘上的路径。</translation>
    </message>
    <message>
        <source>Passphrase again: the two passphrases differ; type the same one twice.</source>
        <translation>再次输入口令：两次输入的口令不一致，请输入相同的口令两次。</translation>
    </message>
    <message>
        <source>Creating the key file…</source>
        <translation>正在创建密钥文件…</translation>
    </message>
</context>
<context>
    <name>vax::ui::LeftEarlyDialog</name>
    <message>
        <source>Left early</source>
        <translation>提前离开</translation>
    </message>
    <message>
        <source>Refused to wait</source>
        <translation>拒绝等候</translation>
    </message>
    <message>
        <source>Urgent matter, had to leave</source>
        <translation>有急事须离开</translation>
    </message>
    <message>
        <source>Left without telling staff</source>
        <translation>未告知工作人员自行离开</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Record early leave</source>
        <translation>记录提前离开</translation>
    </message>
</context>
<context>
    <name>vax::ui::LiftDialog</name>
    <message>
        <source>A doctor lifts a contraindication</source>
        <translation>医生解除禁忌</translation>
    </message>
    <message>
        <source>Lift:</source>
        <translation>解除：</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Reason: say why the doctor lifts it.</source>
        <translation>原因：请说明医生解除的理由。</translation>
    </message>
</context>
<context>
    <name>vax::ui::LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Locked at %3. The work on this desk is kept as it was.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;于 %3 锁定。本接种台的工作保持原样。</translation>
    </message>
    <message>
        <source>Type your PIN or your password, then press Enter.</source>
        <translation>请输入 PIN 码或密码，然后按 Enter。</translation>
    </message>
    <message>
        <source>Type your password, then press Enter.</source>
        <translation>请输入密码，然后按 Enter。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Another staff member signs in</source>
        <translation>其他工作人员登录</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in and keep the work</source>
        <translation>登录并保留当前工作</translation>
    </message>
    <message>
        <source>Type your PIN or password first.</source>
        <translation>请先输入 PIN 码或密码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Username: type the other staff member&apos;s username.</source>
        <translation>用户名：请输入另一位工作人员的用户名。</translation>
    </message>
    <message>
        <source>That was a scan, not a password — nothing was counted.&lt;br&gt;Type the password to sign in.</source>
        <translation>这是一次扫码，不是密码——未计入错误次数。&lt;br&gt;请输入密码登录。</translation>
    </message>
    <message>
        <source>That was a scan, not a password — nothing was counted.&lt;br&gt;Type your PIN or password to unlock.</source>
        <translation>这是一次扫码，不是密码——未计入错误次数。&lt;br&gt;请输入 PIN 码或密码解锁。</translation>
    </message>
    <message>
        <source>That was a scan, not a password — nothing was counted.&lt;br&gt;Type your password to unlock.</source>
        <translation>这是一次扫码，不是密码——未计入错误次数。&lt;br&gt;请输入密码解锁。</translation>
    </message>
</context>
<context>
    <name>vax::ui::LoginPage</name>
    <message>
        <source>VaxPoint sign in</source>
        <translation>VaxPoint 登录</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&lt;b&gt;TRAINING DATABASE&lt;/b&gt; — practice only, not for real records.&lt;br&gt;Demo login: username &lt;b&gt;%1&lt;/b&gt;, password &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;培训数据库&lt;/b&gt; — 仅供练习，不是真实记录。&lt;br&gt;演示账号：用户名 &lt;b&gt;%1&lt;/b&gt;，密码 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Username: type your username, then press Enter.</source>
        <translation>用户名：请输入用户名后按回车。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>vax::ui::LotActionDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — lot %2, expiry %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 批号 %2，有效期 %3</translation>
    </message>
    <message>
        <source>%1 (%2 doses)</source>
        <translation>%1（%2 剂）</translation>
    </message>
</context>
<context>
    <name>vax::ui::LotsModel</name>
    <message>
        <source>QUARANTINED — do not use</source>
        <translation>已隔离 — 禁止使用</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（剩余 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Doses on hand</source>
        <translation>库存剂数</translation>
    </message>
    <message>
        <source>Doses per fridge</source>
        <translation>各冰箱剂数</translation>
    </message>
</context>
<context>
    <name>vax::ui::MainWindow</name>
    <message>
        <source>TRAINING DATABASE — practice data only; nothing here is a real vaccination record</source>
        <translation>培训数据库 — 仅为练习数据，这里没有任何真实的接种记录</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最近备份：%1</translation>
    </message>
    <message>
        <source>Last backup: none</source>
        <translation>最近备份：无</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;TRAINING&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;培训&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Database: %1 — checking the file…</source>
        <translation>数据库：%1 — 正在检查文件…</translation>
    </message>
    <message>
        <source>Making the day&apos;s backup…</source>
        <translation>正在进行当日备份…</translation>
    </message>
    <message>
        <source>This PC&apos;s time zone (%1) differs from the site&apos;s (%2). VaxPoint keeps judging every date, age and expiry in the site&apos;s zone; ask the site administrator to set the PC&apos;s time zone.</source>
        <translation>本机时区（%1）与接种点时区（%2）不同。VaxPoint 仍按接种点时区判断所有日期、年龄和有效期；请联系接种点管理员设置本机时区。</translation>
    </message>
    <message>
        <source>The PC&apos;s clock says %1, %2 before the latest record (%3): nothing can be saved. Set the PC&apos;s clock right (date, time and time zone), or ask the site administrator to acknowledge a deliberate correction (Administration ▸ Clock).</source>
        <translation>电脑时钟显示 %1，比最近一条记录（%3）早 %2：现在无法保存任何内容。请把电脑时钟调正（日期、时间和时区），或请站点管理员确认有意的校正（管理 ▸ 时钟）。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Backup failed&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;备份失败&lt;/b&gt;</translation>
    </message>
    <message>
        <source>NO BACKUP TODAY — %1</source>
        <translation>今天没有备份 — %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b35900&apos;&gt;DAY CLOSED at %1&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b35900&apos;&gt;已于 %1 日结&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Today (%1) was closed on the Day close page. Work is still saved under this day; a site administrator can reopen it until it is exported.</source>
        <translation>今天（%1）已在日结页面日结。之后的记录仍保存在当天名下；导出之前，站点管理员可重新开启当天。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>%1 — TRAINING — %2</source>
        <translation>%1 — 培训 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>vax::ui::ObservationBoard</name>
    <message>
        <source>Observation area</source>
        <translation>留观区</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was changed (%1 min:s). Times on this board may be wrong — check the clock. Recorded end times were not changed.</source>
        <translation>电脑时钟被调整过（%1 分:秒）。本看板上的时间可能有误——请检查时钟。已记录的结束时间未更改。</translation>
    </message>
    <message>
        <source>Nobody is under observation</source>
        <translation>当前无人留观</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation>接种台 %1</translation>
    </message>
    <message>
        <source>Site server offline since %1 — timers of other desks may be late</source>
        <translation>站点服务器自 %1 起离线 — 其他接种台的计时可能滞后</translation>
    </message>
</context>
<context>
    <name>vax::ui::ObservationPage</name>
    <message>
        <source>Observation</source>
        <translation>留观</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>排队号(&amp;N)：</translation>
    </message>
    <message>
        <source>Type the queue number, then: D departure · E left early · A adverse event · Ctrl+B board</source>
        <translation>输入排队号，然后按：D 离开 · E 提前离开 · A 异常反应 · Ctrl+B 看板</translation>
    </message>
    <message>
        <source>Departure (D)</source>
        <translation>离开（D）</translation>
    </message>
    <message>
        <source>Left early (E)</source>
        <translation>提前离开（E）</translation>
    </message>
    <message>
        <source>Adverse event (A)</source>
        <translation>异常反应（A）</translation>
    </message>
    <message>
        <source>Open board (Ctrl+B)</source>
        <translation>打开看板（Ctrl+B）</translation>
    </message>
    <message>
        <source>No. %1 %2 (%3)</source>
        <translation>%1 号 %2（%3）</translation>
    </message>
    <message>
        <source>SERIOUS adverse event today — report to the district immediately: %1</source>
        <translation>今天有严重异常反应——请立即向区县报告：%1</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was changed by %1 minutes. Times left may be wrong — check the system clock. Recorded end times were not changed.</source>
        <translation>电脑时钟被调整了 %1 分钟。剩余时间可能有误——请检查系统时钟。已记录的结束时间未更改。</translation>
    </message>
    <message>
        <source>Number %1 is not in the observation area.</source>
        <translation>%1 号不在留观区。</translation>
    </message>
    <message>
        <source>Type the queue number of the person first.</source>
        <translation>请先输入受种者的排队号。</translation>
    </message>
    <message>
        <source>Number %1 has left.</source>
        <translation>%1 号已离开。</translation>
    </message>
    <message>
        <source>Number %1 (%2) still has %3 of observation left. Reactions can start in these minutes: ask the person to stay. If they leave anyway, record an early leave with the reason.</source>
        <translation>%1 号（%2）还需留观 %3。这段时间内仍可能出现反应：请劝受种者留下。如仍坚持离开，请记录提前离开并说明原因。</translation>
    </message>
    <message>
        <source>Number %1 left early: %2</source>
        <translation>%1 号提前离开：%2</translation>
    </message>
    <message>
        <source>No. %1 %2</source>
        <translation>%1 号 %2</translation>
    </message>
    <message>
        <source>Adverse event recorded for number %1. SERIOUS: report to the district immediately.</source>
        <translation>已为 %1 号记录异常反应。严重：请立即向区县报告。</translation>
    </message>
    <message>
        <source>Adverse event recorded for number %1.</source>
        <translation>已为 %1 号记录异常反应。</translation>
    </message>
</context>
<context>
    <name>vax::ui::OpenVialPanel</name>
    <message>
        <source>Open vials</source>
        <translation>已开启的疫苗瓶</translation>
    </message>
    <message>
        <source>&amp;Open vial…</source>
        <translation>开启疫苗瓶(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a vial</source>
        <translation>开启疫苗瓶</translation>
    </message>
    <message>
        <source>%1 — lot %2 — %3 (%4 doses)</source>
        <translation>%1 — 批号 %2 — %3（%4 剂）</translation>
    </message>
    <message>
        <source>Lot and fridge</source>
        <translation>批号和冰箱</translation>
    </message>
    <message>
        <source>Lot: no usable multi-dose lot has doses in a fridge; receive stock first.</source>
        <translation>批号：冰箱中没有可用的多剂量批号库存；请先入库。</translation>
    </message>
</context>
<context>
    <name>vax::ui::OpenVialsModel</name>
    <message>
        <source>Time is up — discard the vial</source>
        <translation>已到时间 — 请废弃该疫苗瓶</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Doses left</source>
        <translation>剩余剂数</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Discard at</source>
        <translation>废弃时间</translation>
    </message>
</context>
<context>
    <name>vax::ui::OverrideDialog</name>
    <message>
        <source>Doctor&apos;s decision</source>
        <translation>医生决定</translation>
    </message>
    <message>
        <source>A doctor allows the dose despite:</source>
        <translation>医生在以下情况下仍允许接种：</translation>
    </message>
    <message>
        <source>Allow the dose</source>
        <translation>允许接种</translation>
    </message>
    <message>
        <source>Doctor&apos;s username: the doctor types their username.</source>
        <translation>医生用户名：请医生输入自己的用户名。</translation>
    </message>
    <message>
        <source>Reason: say why the doctor allows the dose.</source>
        <translation>原因：请说明医生允许接种的理由。</translation>
    </message>
    <message>
        <source>Doctor&apos;s password or PIN: the doctor types it here.</source>
        <translation>医生的密码或 PIN 码：请医生在此输入。</translation>
    </message>
</context>
<context>
    <name>vax::ui::PersonCard</name>
    <message>
        <source>Dose history</source>
        <translation>接种史</translation>
    </message>
    <message>
        <source>Nobody called</source>
        <translation>尚未叫号</translation>
    </message>
    <message>
        <source>Press F5 to call the next person</source>
        <translation>按 F5 叫下一位</translation>
    </message>
    <message>
        <source>Queue number %1</source>
        <translation>排队号 %1</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1 years (born %2)</source>
        <translation>%1 岁（%2 出生）</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>证件 %1</translation>
    </message>
    <message>
        <source>%1  %2, dose %3, lot %4</source>
        <translation>%1  %2，第 %3 剂，批号 %4</translation>
    </message>
    <message>
        <source>(entered in error)</source>
        <translation>（录入错误，已作废）</translation>
    </message>
    <message>
        <source>No earlier doses on record.</source>
        <translation>无既往接种记录。</translation>
    </message>
    <message>
        <source>Print certificate (Ctrl+P)</source>
        <translation>打印证书（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>vax::ui::QueueModel</name>
    <message>
        <source>waiting · doctor review</source>
        <translation>等待中 · 需医生评估</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>vax::ui::ReceiveDialog</name>
    <message>
        <source>Receive a delivery</source>
        <translation>疫苗到货入库</translation>
    </message>
    <message>
        <source>Scan the DataMatrix code on a box: it fills vaccine, lot and expiry. Then scan the 20-digit trace code of every box.</source>
        <translation>扫描包装盒上的 DataMatrix 码：自动填入疫苗、批号和有效期。然后逐盒扫描 20 位追溯码。</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>在此扫描</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>from vials</source>
        <translation>按瓶数计算</translation>
    </message>
    <message>
        <source>&amp;Vaccine</source>
        <translation>疫苗(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>批号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>有效期(&amp;E)</translation>
    </message>
    <message>
        <source>V&amp;ials</source>
        <translation>瓶数(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Doses</source>
        <translation>剂数(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Fridge</source>
        <translation>冰箱(&amp;F)</translation>
    </message>
    <message>
        <source>Box trace codes scanned</source>
        <translation>已扫描的包装追溯码</translation>
    </message>
    <message>
        <source>Remove selected box</source>
        <translation>移除所选包装</translation>
    </message>
    <message>
        <source>&amp;Receive (Ctrl+Enter)</source>
        <translation>入库(&amp;R)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Box code: %1 was already scanned for this delivery; scan the next box.</source>
        <translation>包装追溯码：%1 在本次到货中已扫描过；请扫描下一盒。</translation>
    </message>
    <message>
        <source>Scan: this is neither the DataMatrix code of a box nor a 20-digit trace code. Scan the box again.</source>
        <translation>扫描：这既不是包装盒的 DataMatrix 码，也不是 20 位追溯码。请重新扫描包装盒。</translation>
    </message>
    <message>
        <source>Scan: GTIN %1 is not a vaccine of the catalog; choose the vaccine by hand.</source>
        <translation>扫描：GTIN %1 不是疫苗目录中的疫苗；请手工选择疫苗。</translation>
    </message>
    <message>
        <source>Scan: the scan field still holds &quot;%1&quot;; press Enter to use it or clear it.</source>
        <translation>扫描：扫描框中仍有“%1”；请按 Enter 使用，或将其清除。</translation>
    </message>
    <message>
        <source>Vaccine: choose the vaccine, or scan the box&apos;s DataMatrix code.</source>
        <translation>疫苗：请选择疫苗，或扫描包装盒上的 DataMatrix 码。</translation>
    </message>
</context>
<context>
    <name>vax::ui::RecipientDisplay</name>
    <message>
        <source>VaxPoint — your vaccine</source>
        <translation>VaxPoint — 您的疫苗</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>请等候叫号。</translation>
    </message>
    <message>
        <source>No. %1  %2</source>
        <translation>%1 号  %2</translation>
    </message>
    <message>
        <source>The nurse is preparing your vaccine.</source>
        <translation>接种员正在为您准备疫苗。</translation>
    </message>
    <message>
        <source>Dose %1 of %2</source>
        <translation>第 %1 剂，共 %2 剂</translation>
    </message>
    <message>
        <source>Not today — please ask the nurse</source>
        <translation>今天不能接种，请询问接种员</translation>
    </message>
    <message>
        <source>Please check the vaccine name and the expiry date, and tell the nurse.</source>
        <translation>请核对疫苗名称和有效期，并告诉接种员。</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Your birth date</source>
        <translation>您的出生日期</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2 周岁）</translation>
    </message>
    <message>
        <source>Please check your birth date. If it is wrong, tell the nurse now.</source>
        <translation>请核对您的出生日期。如有错误，请立即告诉护士。</translation>
    </message>
    <message>
        <source>✓ Vaccinated. Please wait in the observation area until %1.</source>
        <translation>✓ 已接种。请在留观区等候至 %1。</translation>
    </message>
    <message>
        <source>✓ Vaccinated with %1. Please wait in the observation area until %2.</source>
        <translation>✓ 已接种%1。请在留观区等候至 %2。</translation>
    </message>
</context>
<context>
    <name>vax::ui::ScanNotice</name>
    <message>
        <source>This is a vaccine box code. Scan it in the injection mode (F3); here scan the person&apos;s ID or QR code.</source>
        <translation>这是疫苗包装条码。请在接种模式（F3）下扫描；此处请扫描受种者的证件或二维码。</translation>
    </message>
    <message>
        <source>Another person was scanned (%1) while %2 is being checked in. N: discard %2&apos;s check-in and start the new person · Esc: keep checking in %2</source>
        <translation>正在为 %2 登记时扫描到另一位受种者（%1）。N：放弃 %2 的登记，开始登记新受种者 · Esc：继续为 %2 登记</translation>
    </message>
</context>
<context>
    <name>vax::ui::ScreeningToggles</name>
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
    <name>vax::ui::SiteCloseBox</name>
    <message>
        <source>Site day close — %1: one bundle for the whole site, once every desk has pushed its records</source>
        <translation>站点日结 — %1：所有工作站上传记录后，全站生成一个数据包</translation>
    </message>
    <message>
        <source>Check the &amp;desks</source>
        <translation>检查工作站(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Force the close…</source>
        <translation>强制日结(&amp;F)…</translation>
    </message>
    <message>
        <source>Site administrator: close the site&apos;s day although the desks listed have not pushed; their records follow in a follow-up bundle.</source>
        <translation>站点管理员：在所列工作站未上传时仍完成站点日结；它们的记录随后进入补充数据包。</translation>
    </message>
    <message>
        <source>Desk not pushed</source>
        <translation>未上传的工作站</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最后联系</translation>
    </message>
    <message>
        <source>Records waiting</source>
        <translation>待上传记录</translation>
    </message>
    <message>
        <source>Asking the site server which desks have pushed…</source>
        <translation>正在向站点服务器查询哪些工作站已上传…</translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation>%1 号工作站</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The site&apos;s day was closed by desk %1 at %2 (%3).</source>
        <translation>站点当天已由 %1 号工作站于 %2 日结（%3）。</translation>
    </message>
    <message>
        <source>Every desk has pushed: Export writes the site&apos;s day close.</source>
        <translation>所有工作站均已上传：“导出”将写出站点日结数据包。</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) have not pushed up to the close: sync them, or force the close with a reason.</source>
        <translation>
            <numerusform>%n 台工作站尚未上传到日结点：请同步它们，或填写原因强制日结。</numerusform>
        </translation>
    </message>
    <message>
        <source>Force the site day close</source>
        <translation>强制站点日结</translation>
    </message>
    <message>
        <source>Why close before every desk has pushed? (e.g. &quot;desk 3 broken, its records follow&quot;)</source>
        <translation>为何在所有工作站上传之前日结？（例如“3 号工作站故障，其记录随后补交”）</translation>
    </message>
    <message>
        <source>Reason: say why the day is closed before every desk has pushed; nothing was closed.</source>
        <translation>原因：请说明为何在所有工作站上传之前日结；未进行日结。</translation>
    </message>
    <message>
        <source>Follow-up %1 of the site&apos;s day written.</source>
        <translation>已写出站点当天的第 %1 部分补充数据包。</translation>
    </message>
    <message>
        <source>The site&apos;s day was closed, forced: the desks listed send their records in a follow-up.</source>
        <translation>站点当天已强制日结：所列工作站的记录将通过补充数据包提交。</translation>
    </message>
    <message>
        <source>The site&apos;s day was closed.</source>
        <translation>站点当天已日结。</translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteConflictsModel</name>
    <message>
        <source>Person %1 has dose %2 of the %3 series twice (doses %4)</source>
        <translation>受种者 %1 的 %3 系列第 %2 剂接种了两次（接种记录 %4）</translation>
    </message>
    <message>
        <source>Person %1 merged into %2 (the same document)</source>
        <translation>人员 %1 已合并到 %2（证件相同）</translation>
    </message>
    <message>
        <source>Desk %1 changed %2 %3, which desk %4 owns; desk %4&apos;s version is kept</source>
        <translation>%1 号工位修改了属于 %4 号工位的 %2 %3；保留 %4 号工位的版本</translation>
    </message>
    <message>
        <source>Double dose</source>
        <translation>重复接种</translation>
    </message>
    <message>
        <source>Person merge</source>
        <translation>人员合并</translation>
    </message>
    <message>
        <source>Another desk&apos;s record</source>
        <translation>其他工位的记录</translation>
    </message>
    <message>
        <source>Set aside here</source>
        <translation>在本工位搁置</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 could not be applied (%n attempt(s)): %3</source>
        <translation>
            <numerusform>%1 %2 无法应用（已尝试 %n 次）：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>From desk</source>
        <translation>来源工位</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteConflictsPanel</name>
    <message>
        <source>Site conflicts</source>
        <translation>站点冲突</translation>
    </message>
    <message>
        <source>Resolution &amp;note</source>
        <translation>解决说明(&amp;N)</translation>
    </message>
    <message>
        <source>What was checked and decided, e.g. both doses confirmed with the person</source>
        <translation>核实了什么、作出了什么决定，例如：已与受种者核实两剂</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <source>Resolved on the site server, so every desk shows it resolved after its next sync</source>
        <translation>在站点服务器上解决，各工位下次同步后都会显示为已解决</translation>
    </message>
    <message>
        <source>A record set aside is not resolved here: it applies by itself at a later sync once what it needs has arrived (or after an upgrade). Choose a conflict (a row with a number).</source>
        <translation>搁置的记录无需在此解决：待其所需数据到达（或升级后），会在之后的同步中自动应用。请选择一个冲突（带编号的行）。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for review, as read from the site server at %1.</source>
        <translation>
            <numerusform>%n 个冲突等待审核，读取自站点服务器，时间 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts read yet: this desk has not synced with a site server.</source>
        <translation>尚未读取冲突：本工位还未与站点服务器同步。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of other desks could not be applied here and wait with their reason.</source>
        <translation>
            <numerusform>%n 条其他工位的记录无法在本工位应用，已连同原因搁置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as a site administrator to resolve a conflict.</source>
        <translation>请以站点管理员身份登录后再解决冲突。</translation>
    </message>
    <message>
        <source>Choose a conflict in the list first (a row with a number).</source>
        <translation>请先在列表中选择一个冲突（带编号的行）。</translation>
    </message>
    <message>
        <source>Resolution note: say what was checked and decided about #%1.</source>
        <translation>解决说明：请写明对 #%1 核实了什么、作出了什么决定。</translation>
    </message>
    <message>
        <source>Resolving #%1 on the site server…</source>
        <translation>正在站点服务器上解决 #%1…</translation>
    </message>
    <message>
        <source>#%1 resolved on the site server; every desk shows it resolved after its next sync.</source>
        <translation>#%1 已在站点服务器上解决；各工位下次同步后都会显示为已解决。</translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteJoinPage</name>
    <message>
        <source>Site server</source>
        <translation>站点服务器</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>服务器地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Desk number</source>
        <translation>工位号(&amp;D)</translation>
    </message>
    <message>
        <source>Desk &amp;password</source>
        <translation>工位密码(&amp;P)</translation>
    </message>
    <message>
        <source>As printed by the server&apos;s set-up (site-server.sh)</source>
        <translation>即服务器设置（site-server.sh）打印出的地址</translation>
    </message>
    <message>
        <source>From the server&apos;s set-up sheet; kept in the system keychain, never in the database</source>
        <translation>见服务器设置单；保存在系统钥匙串中，绝不写入数据库</translation>
    </message>
    <message>
        <source>&amp;Take over this desk number (this PC replaces a reinstalled desk, or the desk moves to another server or number)</source>
        <translation>接管此工位号(&amp;T)（本电脑替换重装的工位，或工位改到其他服务器或工位号）</translation>
    </message>
    <message>
        <source>&amp;Join the site server</source>
        <translation>加入站点服务器(&amp;J)</translation>
    </message>
    <message>
        <source>This desk works alone: it has not joined a site server. Join it with the server&apos;s address, this desk&apos;s number and its password from the set-up sheet.</source>
        <translation>本工位独立工作：尚未加入站点服务器。请用设置单上的服务器地址、本工位号及其密码加入。</translation>
    </message>
    <message>
        <source>This PC is desk %1 of site %2 on %3 (joined %4). Its records are sent to the server in the background; the status bar says how it goes.</source>
        <translation>本电脑是站点 %2 在 %3 上的 %1 号工位（%4 加入）。其记录在后台发送到服务器；状态栏显示进展。</translation>
    </message>
    <message>
        <source>Sign in as a site administrator to join this desk.</source>
        <translation>请以站点管理员身份登录后再加入本工位。</translation>
    </message>
    <message>
        <source>Server address: type the address from the server&apos;s set-up sheet, e.g. postgresql://192.168.1.10:5432/vaxpoint_site.</source>
        <translation>服务器地址：请输入服务器设置单上的地址，例如 postgresql://192.168.1.10:5432/vaxpoint_site。</translation>
    </message>
    <message>
        <source>Desk password: type desk %1&apos;s password from the server&apos;s set-up sheet.</source>
        <translation>工位密码：请输入服务器设置单上 %1 号工位的密码。</translation>
    </message>
    <message>
        <source>Joining %1 as desk %2…</source>
        <translation>正在以 %2 号工位加入 %1…</translation>
    </message>
    <message>
        <source>Joined: this PC is desk %1 of site %2. Its password is in the system keychain.</source>
        <translation>已加入：本电脑是站点 %2 的 %1 号工位。其密码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Desk password: the server refused desk %1&apos;s password (or has no desk %1). Type the password written for desk %1 on the server&apos;s set-up sheet; if it is lost, the site technician makes a new one on the server PC.</source>
        <translation>工位密码：服务器拒绝了 %1 号工位的密码（或没有 %1 号工位）。请输入服务器设置单上为 %1 号工位写下的密码；如已遗失，请站点技术员在服务器电脑上重新生成。</translation>
    </message>
    <message>
        <source>Server address: no answer from %1. Check the address on the set-up sheet, the cable or Wi-Fi, and that the server PC is on.</source>
        <translation>服务器地址：%1 没有应答。请核对设置单上的地址、网线或 Wi-Fi，并确认服务器电脑已开机。</translation>
    </message>
    <message>
        <source>Server address: the server at %1 does not offer encryption, so this desk will not send it a password. Run site-server.sh on the server PC (it turns encryption on).</source>
        <translation>服务器地址：%1 的服务器不提供加密，本工位不会向它发送密码。请在服务器电脑上运行 site-server.sh（它会开启加密）。</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>服务器地址：%1</translation>
    </message>
    <message>
        <source>Server address: the server runs a newer VaxPoint than this desk. Upgrade VaxPoint on this desk to the server&apos;s release, then join again.</source>
        <translation>服务器地址：服务器运行的 VaxPoint 比本工位新。请把本工位的 VaxPoint 升级到服务器的版本，然后重新加入。</translation>
    </message>
    <message>
        <source>Server address: the server runs an older VaxPoint than this desk. Run &quot;vaxctl site-server init&quot; of this release on the server PC, then join again.</source>
        <translation>服务器地址：服务器运行的 VaxPoint 比本工位旧。请在服务器电脑上用本版本运行“vaxctl site-server init”，然后重新加入。</translation>
    </message>
    <message>
        <source>Server address: %1 is not set up as a site server. Run site-server.sh (or &quot;vaxctl site-server init&quot;) on the server PC.</source>
        <translation>服务器地址：%1 尚未设置为站点服务器。请在服务器电脑上运行 site-server.sh（或“vaxctl site-server init”）。</translation>
    </message>
    <message>
        <source>Desk number: desk %1 is already held by another installation. Choose this PC&apos;s own number from the set-up sheet, or, if this PC replaces that desk (a reinstall), tick &quot;Take over this desk number&quot; and join again.</source>
        <translation>工位号：%1 号工位已被另一台安装占用。请选择设置单上本电脑自己的工位号；如本电脑替换该工位（重装），请勾选“接管此工位号”后重新加入。</translation>
    </message>
    <message>
        <source>Desk number: this PC is already joined to another server or under another number. To move it, tick &quot;Take over this desk number&quot; and join again.</source>
        <translation>工位号：本电脑已加入其他服务器或使用其他工位号。如要更改，请勾选“接管此工位号”后重新加入。</translation>
    </message>
</context>
<context>
    <name>vax::ui::SitePasswordBox</name>
    <message>
        <source>Change the server password</source>
        <translation>更改服务器密码</translation>
    </message>
    <message>
        <source>When the site technician made a new password for this desk on the server PC (vaxctl site-server desk-password), type it here. It is checked with the server first, and kept in the system keychain only if the server takes it.</source>
        <translation>站点技术员在服务器电脑上为本工位生成新密码（vaxctl site-server desk-password）后，请在此输入。系统会先向服务器验证，只有服务器接受后才保存到系统钥匙串中。</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>As printed on the server PC; never shown, never in the database</source>
        <translation>即服务器电脑上打印的密码；不会显示，也绝不写入数据库</translation>
    </message>
    <message>
        <source>&amp;Change the server password</source>
        <translation>更改服务器密码(&amp;C)</translation>
    </message>
    <message>
        <source>Sign in as a site administrator to change the server password.</source>
        <translation>请以站点管理员身份登录后再更改服务器密码。</translation>
    </message>
    <message>
        <source>New password: type the password the server PC printed for desk %1.</source>
        <translation>新密码：请输入服务器电脑为 %1 号工位打印的密码。</translation>
    </message>
    <message>
        <source>Checking the new password with the server…</source>
        <translation>正在向服务器验证新密码…</translation>
    </message>
    <message>
        <source>Changed: desk %1 logged in to the server with the new password, which replaced the old one in the system keychain.</source>
        <translation>已更改：%1 号工位已用新密码登录服务器，新密码已替换系统钥匙串中的旧密码。</translation>
    </message>
    <message>
        <source>New password: the server refused it for desk %1. The old password is kept. Type the password &quot;vaxctl site-server desk-password --desk %1&quot; printed on the server PC.</source>
        <translation>新密码：服务器拒绝了 %1 号工位的这个密码。旧密码保持不变。请输入在服务器电脑上由“vaxctl site-server desk-password --desk %1”打印的密码。</translation>
    </message>
    <message>
        <source>No answer from the server, so the new password could not be checked; the old one is kept. Check the cable or Wi-Fi and that the server PC is on, then try again.</source>
        <translation>服务器无应答，无法验证新密码；旧密码保持不变。请检查网线或 Wi-Fi 以及服务器电脑是否开机，然后重试。</translation>
    </message>
    <message>
        <source>The server does not offer encryption, so this desk will not send it a password; the old one is kept. Run site-server.sh on the server PC (it turns encryption on).</source>
        <translation>服务器未提供加密连接，本工位不会向其发送密码；旧密码保持不变。请在服务器电脑上运行 site-server.sh（它会开启加密）。</translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteStatusItem</name>
    <message>
        <source>Site server: not joined</source>
        <translation>站点服务器：未加入</translation>
    </message>
    <message numerus="yes">
        <source>Site server: connected, %n record(s) waiting</source>
        <translation>
            <numerusform>站点服务器：已连接，%n 条记录待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Site server: connected</source>
        <translation>站点服务器：已连接</translation>
    </message>
    <message numerus="yes">
        <source>Site server: offline since %1, %n record(s) waiting</source>
        <translation>
            <numerusform>站点服务器：自 %1 起离线，%n 条记录待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site server: %1, %n record(s) waiting</source>
        <translation>
            <numerusform>站点服务器：%1，%n 条记录待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site server: not reached yet, %n record(s) waiting</source>
        <translation>
            <numerusform>站点服务器：尚未连上，%n 条记录待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 of site %2 on %3.</source>
        <translation>站点 %2 在 %3 上的 %1 号工位。</translation>
    </message>
    <message>
        <source>Last contact: %1.</source>
        <translation>最后联系：%1。</translation>
    </message>
    <message>
        <source>Pulled records set aside until they can be applied: %1.</source>
        <translation>已拉取但暂时无法应用、搁置等待的记录：%1。</translation>
    </message>
    <message>
        <source>Work goes on without the server: every record is saved on this desk and sent when the server answers again.</source>
        <translation>没有服务器也照常工作：每条记录都保存在本工位，服务器恢复应答后再发送。</translation>
    </message>
</context>
<context>
    <name>vax::ui::StaffModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
</context>
<context>
    <name>vax::ui::StockPage</name>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>&amp;Receive… (Ctrl+R)</source>
        <translation>入库(&amp;R)…（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Waste…</source>
        <translation>损耗(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Count &amp;&amp; reconcile…</source>
        <translation>盘点与核对(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>调拨(&amp;T)…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;red&lt;/b&gt;: expired or quarantined&lt;/span&gt; · &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;amber&lt;/b&gt;: expires within %3 days&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;红色&lt;/b&gt;：已过期或已隔离&lt;/span&gt; · &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;琥珀色&lt;/b&gt;：%3 天内到期&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Received %1 doses of lot %2 (%3 box codes).</source>
        <translation>已入库批号 %2 共 %1 剂（%3 个包装追溯码）。</translation>
    </message>
    <message>
        <source>Lot: select a lot in the table first.</source>
        <translation>批号：请先在表格中选择一个批号。</translation>
    </message>
</context>
<context>
    <name>vax::ui::TrainingSheetsAction</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Training &amp;scan sheets (PDF)…</source>
        <translation>培训扫码练习单（PDF）(&amp;S)…</translation>
    </message>
    <message>
        <source>Printable GS1 box codes and box trace codes of this training database&apos;s lots, to practise scanning at the injection desk and at receipt.</source>
        <translation>可打印此培训数据库各批次的 GS1 包装码和药品追溯码，用于在接种台和入库时练习扫码。</translation>
    </message>
    <message>
        <source>Only a training database has scan sheets: this is the production database, and printed codes of its real lots could be scanned in place of a real box.</source>
        <translation>只有培训数据库才有扫码练习单：这是正式数据库，打印出的真实批次的码可能被当作真实包装扫入。</translation>
    </message>
    <message>
        <source>The screen is locked: unlock it first, then print the training scan sheets.</source>
        <translation>屏幕已锁定：请先解锁，再打印培训扫码练习单。</translation>
    </message>
    <message>
        <source>scan-practice-%1.pdf</source>
        <translation>扫码练习单-%1.pdf</translation>
    </message>
    <message>
        <source>Save the training scan sheets</source>
        <translation>保存培训扫码练习单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Training scan sheets: %1 exists and cannot be replaced. Close it in the PDF viewer or choose another name.</source>
        <translation>培训扫码练习单：%1 已存在且无法替换。请在 PDF 阅读器中关闭它，或换一个文件名。</translation>
    </message>
    <message>
        <source>Training scan sheets saved to %1: %2 lots, %3 codes on %4 pages.</source>
        <translation>培训扫码练习单已保存到 %1：%2 个批次，%3 个码，共 %4 页。</translation>
    </message>
</context>
<context>
    <name>vax::ui::TransferDialog</name>
    <message>
        <source>Move doses to another fridge</source>
        <translation>调拨到其他冰箱</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>调出冰箱(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>调入冰箱(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Doses</source>
        <translation>剂数(&amp;D)</translation>
    </message>
    <message>
        <source>Moved %1 doses of lot %2 to %3.</source>
        <translation>已将批号 %2 的 %1 剂调拨到 %3。</translation>
    </message>
</context>
<context>
    <name>vax::ui::UsersPage</name>
    <message>
        <source>Staff and security</source>
        <translation>人员与安全</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <source>My &amp;PIN…</source>
        <translation>我的 PIN 码(&amp;P)…</translation>
    </message>
    <message>
        <source>Lock a desk after this many minutes without input:</source>
        <translation>无操作多少分钟后锁定接种台：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Check keychain</source>
        <translation>检查密钥环</translation>
    </message>
    <message>
        <source>Only a site administrator manages accounts. You can set your own PIN.</source>
        <translation>只有接种点管理员可以管理账号。您可以设置自己的 PIN 码。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>添加工作人员账号</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password: the two entries differ; add the account again.</source>
        <translation>密码：两次输入不一致；请重新添加账号。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>请先在列表中选择一位工作人员。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (they should change it at their next sign-in):</source>
        <translation>%1 的新密码（其下次登录时应修改）：</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>已更改 %1 的角色。</translation>
    </message>
    <message>
        <source>My unlock PIN</source>
        <translation>我的解锁 PIN 码</translation>
    </message>
    <message>
        <source>4 to 6 digits. The PIN only unlocks your own locked desk; signing in always needs the password.</source>
        <translation>4 到 6 位数字。PIN 码只能解锁您自己锁定的接种台；登录始终需要密码。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Your PIN is set. It unlocks your desk after the idle lock.</source>
        <translation>已设置您的 PIN 码。空闲锁定后可用它解锁接种台。</translation>
    </message>
    <message>
        <source>Desks now lock after %1 minute(s) without input; this applies at the next sign-in.</source>
        <translation>接种台现在无操作 %1 分钟后锁定；下次登录时生效。</translation>
    </message>
    <message>
        <source>Asking the system keychain (at most %1 s)…</source>
        <translation>正在询问系统密钥环（最多 %1 秒）…</translation>
    </message>
</context>
<context>
    <name>vax::ui::WasteDialog</name>
    <message>
        <source>Book wasted doses</source>
        <translation>登记损耗剂次</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Open vial time over</source>
        <translation>开启后超时</translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation>冷链</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&amp;Fridge</source>
        <translation>冰箱(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Doses</source>
        <translation>剂数(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Booked %1 doses of lot %2 as wasted (%3).</source>
        <translation>已将批号 %2 的 %1 剂登记为损耗（%3）。</translation>
    </message>
</context>
<context>
    <name>vax::ui::Workspace</name>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>vaxctl</name>
    <message>
        <source>--db needs a path, e.g. --db /data/site.sqlite</source>
        <translation>--db 需要一个路径，例如 --db /data/site.sqlite</translation>
    </message>
    <message>
        <source>
Run &quot;vaxctl COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
运行“vaxctl 命令 --help”查看该命令的选项。
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;vaxctl --help&quot; for the list of commands.</source>
        <translation>未知命令“%1”。运行“vaxctl --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for its options.</source>
        <translation>运行“%1 --help”查看其选项。</translation>
    </message>
    <message>
        <source>--admin-user needs a password: set VAXPOINT_ADMIN_PASSWORD or pass --admin-password-stdin.</source>
        <translation>--admin-user 需要密码：请设置 VAXPOINT_ADMIN_PASSWORD 或使用 --admin-password-stdin。</translation>
    </message>
    <message>
        <source>Created site %1 (%2) in %3.</source>
        <translation>已在 %3 创建接种点 %1（%2）。</translation>
    </message>
    <message>
        <source>TRAINING database: demo login %1 / %2, demo lots in Fridge 1.</source>
        <translation>培训数据库：演示账号 %1 / %2，演示批号在 1 号冰箱。</translation>
    </message>
    <message>
        <source>Database %1: schema %2, quick_check ok.
Site %3 (%4)%5.
</source>
        <translation>数据库 %1：结构版本 %2，quick_check 正常。
接种点 %3（%4）%5。
</translation>
    </message>
    <message>
        <source>, TRAINING data</source>
        <translation>，培训数据</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, chain intact.</source>
        <translation>审计日志：%1 行，哈希链完整。</translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1</source>
        <translation>审计日志已被破坏：%1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最近备份：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <source>Copy written: %1</source>
        <translation>副本已写入：%1</translation>
    </message>
    <message>
        <source>Give one catalog file: vaxctl catalog validate FILE</source>
        <translation>请给出一个目录文件：vaxctl catalog validate 文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation>无法读取 %1：%2。请检查路径。</translation>
    </message>
    <message>
        <source>Catalog %1 is valid: %2 products.</source>
        <translation>目录 %1 有效：共 %2 个产品。</translation>
    </message>
    <message>
        <source>Audit log intact: %1 rows, head %2.</source>
        <translation>审计日志完整：%1 行，链头 %2。</translation>
    </message>
    <message>
        <source>Create a site database</source>
        <translation>创建接种点数据库</translation>
    </message>
    <message>
        <source>Site code, e.g. BJ-CY-001</source>
        <translation>接种点代码，例如 BJ-CY-001</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>接种点名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Training database with demo data and demo login</source>
        <translation>带演示数据和演示账号的培训数据库</translation>
    </message>
    <message>
        <source>First administrator&apos;s username</source>
        <translation>第一位管理员的用户名</translation>
    </message>
    <message>
        <source>First administrator&apos;s name</source>
        <translation>第一位管理员的姓名</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from standard input (or set VAXPOINT_ADMIN_PASSWORD)</source>
        <translation>从标准输入读取管理员密码（或设置 VAXPOINT_ADMIN_PASSWORD）</translation>
    </message>
    <message>
        <source>Check the database: integrity, schema, audit chain</source>
        <translation>检查数据库：完整性、结构版本、审计链</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>立即备份数据库</translation>
    </message>
    <message>
        <source>Also copy the backup into this folder</source>
        <translation>同时把备份复制到此文件夹</translation>
    </message>
    <message>
        <source>List the vaccine catalog</source>
        <translation>列出疫苗目录</translation>
    </message>
    <message>
        <source>Validate a catalog JSON file</source>
        <translation>校验目录 JSON 文件</translation>
    </message>
    <message>
        <source>Catalog JSON</source>
        <translation>目录 JSON</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation>校验审计日志的哈希链</translation>
    </message>
    <message>
        <source>Give one or more numbers: vaxctl id check ID…</source>
        <translation>请给出一个或多个号码：vaxctl id check 号码…</translation>
    </message>
    <message>
        <source>Unknown --type &quot;%1&quot;; use resident_id, residence_permit, home_return_permit, taiwan_permit, foreign_permanent_residence or passport.</source>
        <translation>未知的 --type“%1”；请使用 resident_id、residence_permit、home_return_permit、taiwan_permit、foreign_permanent_residence 或 passport。</translation>
    </message>
    <message>
        <source>--birth-date must be YYYY-MM-DD.</source>
        <translation>--birth-date 必须是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>--sex must be male or female.</source>
        <translation>--sex 必须是 male 或 female。</translation>
    </message>
    <message>
        <source>%1: valid %2 %3, born %4, %5</source>
        <translation>%1：有效的%2 %3，出生于 %4，%5</translation>
    </message>
    <message>
        <source>%1: INVALID: %2</source>
        <translation>%1：无效：%2</translation>
    </message>
    <message>
        <source>Give one scanned text: vaxctl scan parse TEXT</source>
        <translation>请给出一段扫描文本：vaxctl scan parse 文本</translation>
    </message>
    <message>
        <source>Give --document, --phone or --name.</source>
        <translation>请给出 --document、--phone 或 --name。</translation>
    </message>
    <message>
        <source>--temperature is required, in °C, e.g. 36.5.</source>
        <translation>必须提供 --temperature（°C），例如 36.5。</translation>
    </message>
    <message>
        <source>Checked in: queue number %1 (%2).</source>
        <translation>已登记：排队号 %1（%2）。</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation>--date 必须是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>Remember this folder (e.g. a USB stick) for a second copy of every backup from now on</source>
        <translation>记住此文件夹（例如 U 盘），今后每次备份都额外复制一份到这里</translation>
    </message>
    <message>
        <source>Check identity document numbers</source>
        <translation>校验身份证件号码</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Document type, e.g. resident_id, passport</source>
        <translation>证件类型，例如 resident_id、passport</translation>
    </message>
    <message>
        <source>Passport country (ISO alpha-3)</source>
        <translation>护照签发国（ISO 三字母代码）</translation>
    </message>
    <message>
        <source>Typed birth date YYYY-MM-DD</source>
        <translation>录入的出生日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Typed sex: male or female</source>
        <translation>录入的性别：male 或 female</translation>
    </message>
    <message>
        <source>Classify and parse a scanned text</source>
        <translation>识别并解析扫描内容</translation>
    </message>
    <message>
        <source>The scanned text; &lt;GS&gt; stands for 0x1D</source>
        <translation>扫描到的文本；&lt;GS&gt; 代表 0x1D</translation>
    </message>
    <message>
        <source>Find persons by document, phone or name</source>
        <translation>按证件、电话或姓名查找受种者</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation>护照签发国</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Name or part of it</source>
        <translation>姓名或其中一部分</translation>
    </message>
    <message>
        <source>Check a person in: screening, consent, queue number</source>
        <translation>登记受种者：健康询问、知情同意、排队号</translation>
    </message>
    <message>
        <source>Id of a known person</source>
        <translation>已登记受种者的 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>male or female</source>
        <translation>male 或 female</translation>
    </message>
    <message>
        <source>A screening question answered yes (repeat)</source>
        <translation>回答“是”的健康询问问题（可重复）</translation>
    </message>
    <message>
        <source>Axillary temperature in °C</source>
        <translation>腋温（°C）</translation>
    </message>
    <message>
        <source>Version of the consent text</source>
        <translation>知情同意书版本</translation>
    </message>
    <message>
        <source>Guardian who signed</source>
        <translation>签字的监护人</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation</source>
        <translation>监护人与受种者的关系</translation>
    </message>
    <message>
        <source>Possible duplicate: add the document to this person</source>
        <translation>疑似重复：把该证件关联到此人</translation>
    </message>
    <message>
        <source>Appointment id</source>
        <translation>预约号</translation>
    </message>
    <message>
        <source>Possible duplicate: this is a new person</source>
        <translation>疑似重复：确认是新的受种者</translation>
    </message>
    <message>
        <source>Priority lane (60+, disabled)</source>
        <translation>优先通道（60 岁以上、残障人士）</translation>
    </message>
    <message>
        <source>List the queue of a day</source>
        <translation>列出某天的排队</translation>
    </message>
    <message>
        <source>Day YYYY-MM-DD (default today)</source>
        <translation>日期 YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>--%1: give a whole number, e.g. --%1 10.</source>
        <translation>--%1：请给出整数，例如 --%1 10。</translation>
    </message>
    <message>
        <source>--%1: give a temperature in °C, e.g. --%1 4.5.</source>
        <translation>--%1：请给出温度（°C），例如 --%1 4.5。</translation>
    </message>
    <message>
        <source>--scan: GTIN %1 is not in the catalog; type --product instead.</source>
        <translation>--scan：GTIN %1 不在疫苗目录中；请改用 --product 输入。</translation>
    </message>
    <message>
        <source>--scan: the box says %1 lot %2 expiry %3, which differs from what was typed; check the box.</source>
        <translation>--scan：包装盒显示为 %1 批号 %2 有效期 %3，与输入的不一致；请核对包装盒。</translation>
    </message>
    <message>
        <source>Received %1 doses of lot %2 (%3).</source>
        <translation>已入库批号 %2 共 %1 剂（%3）。</translation>
    </message>
    <message>
        <source>Opened vial %1 of lot %2: %3 doses, discard at %4.</source>
        <translation>已开启批号 %2 的疫苗瓶 %1：%3 剂，%4 废弃。</translation>
    </message>
    <message>
        <source>  EXPIRED</source>
        <translation>  已过期</translation>
    </message>
    <message>
        <source>Lot %1: expected %2, counted %3, discrepancy %4.</source>
        <translation>批号 %1：账面 %2，实盘 %3，差异 %4。</translation>
    </message>
    <message>
        <source>--reason: use broken, expired, open_vial_time, cold_chain or other.</source>
        <translation>--reason：请使用 broken、expired、open_vial_time、cold_chain 或 other。</translation>
    </message>
    <message>
        <source>Booked %1 doses of lot %2 as wasted (%3).</source>
        <translation>已将批号 %2 的 %1 剂登记为损耗（%3）。</translation>
    </message>
    <message>
        <source>Added fridge %1 (%2).</source>
        <translation>已添加冰箱 %1（%2）。</translation>
    </message>
    <message>
        <source>Stored %1 reading(s), %2 already known.</source>
        <translation>已保存 %1 条读数，%2 条已存在。</translation>
    </message>
    <message>
        <source>EXCURSION %1 (%2, %3 °C): %4 lot(s) quarantined.</source>
        <translation>温度超标 %1（%2，%3 °C）：已隔离 %4 个批号。</translation>
    </message>
    <message>
        <source>--celsius: give the temperature read, e.g. --celsius 4.5.</source>
        <translation>--celsius：请给出读到的温度，例如 --celsius 4.5。</translation>
    </message>
    <message>
        <source>Give one file: vaxctl temps import FILE --fridge NAME</source>
        <translation>请给出一个文件：vaxctl temps import 文件 --fridge 名称</translation>
    </message>
    <message>
        <source>  OPEN</source>
        <translation>  未处理</translation>
    </message>
    <message>
        <source>Give the excursion id: vaxctl excursion release|discard ID --reason TEXT [--lot LOT]</source>
        <translation>请给出超标事件 ID：vaxctl excursion release|discard ID --reason 原因 [--lot 批号]</translation>
    </message>
    <message>
        <source>Released %1 lot(s).</source>
        <translation>已解除 %1 个批号的隔离。</translation>
    </message>
    <message>
        <source>Discarded %1 lot(s).</source>
        <translation>已报废 %1 个批号。</translation>
    </message>
    <message>
        <source>Lot number or id</source>
        <translation>批号或 ID</translation>
    </message>
    <message>
        <source>Fridge name or id</source>
        <translation>冰箱名称或 ID</translation>
    </message>
    <message>
        <source>Receive a lot into a fridge</source>
        <translation>将疫苗批次入库到冰箱</translation>
    </message>
    <message>
        <source>Catalog product code</source>
        <translation>目录产品代码</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry, YYYY-MM-DD</source>
        <translation>有效期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>GTIN-14</source>
        <translation>GTIN-14</translation>
    </message>
    <message>
        <source>Vials received</source>
        <translation>接收瓶数</translation>
    </message>
    <message>
        <source>Doses received</source>
        <translation>接收剂数</translation>
    </message>
    <message>
        <source>A box trace code (20 digits); repeat</source>
        <translation>包装追溯码（20 位）；可重复</translation>
    </message>
    <message>
        <source>A box&apos;s GS1 DataMatrix text (GTIN, expiry, lot)</source>
        <translation>包装盒 GS1 DataMatrix 文本（GTIN、有效期、批号）</translation>
    </message>
    <message>
        <source>List lots and their stock</source>
        <translation>列出批号及其库存</translation>
    </message>
    <message>
        <source>Only lots expiring within DAYS</source>
        <translation>只列出 DAYS 天内到期的批号</translation>
    </message>
    <message>
        <source>Open a multi-dose vial</source>
        <translation>开启多剂次疫苗瓶</translation>
    </message>
    <message>
        <source>List open vials</source>
        <translation>列出已开启的疫苗瓶</translation>
    </message>
    <message>
        <source>Record a physical count of a lot</source>
        <translation>记录某批号的实物盘点</translation>
    </message>
    <message>
        <source>Doses counted</source>
        <translation>清点剂数</translation>
    </message>
    <message>
        <source>Reason for a discrepancy</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <source>Book wasted doses</source>
        <translation>登记损耗剂次</translation>
    </message>
    <message>
        <source>Doses wasted</source>
        <translation>损耗剂数</translation>
    </message>
    <message>
        <source>broken, expired, open_vial_time, cold_chain, other</source>
        <translation>broken、expired、open_vial_time、cold_chain、other</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文本</translation>
    </message>
    <message>
        <source>Add a fridge with its thresholds</source>
        <translation>添加冰箱及其温度阈值</translation>
    </message>
    <message>
        <source>Fridge name</source>
        <translation>冰箱名称</translation>
    </message>
    <message>
        <source>Minimum °C (2)</source>
        <translation>最低温度 °C（2）</translation>
    </message>
    <message>
        <source>Maximum °C (8)</source>
        <translation>最高温度 °C（8）</translation>
    </message>
    <message>
        <source>Heat alarm delay (600)</source>
        <translation>高温报警延时（600）</translation>
    </message>
    <message>
        <source>Freeze limit °C (-0.5)</source>
        <translation>冻结限值 °C（-0.5）</translation>
    </message>
    <message>
        <source>Freeze alarm delay (60)</source>
        <translation>冻结报警延时（60）</translation>
    </message>
    <message>
        <source>List fridges</source>
        <translation>列出冰箱</translation>
    </message>
    <message>
        <source>Record a manual fridge reading</source>
        <translation>记录人工冰箱温度读数</translation>
    </message>
    <message>
        <source>Temperature read</source>
        <translation>读到的温度</translation>
    </message>
    <message>
        <source>When it was read (ISO 8601); default now</source>
        <translation>读数时间（ISO 8601）；默认为现在</translation>
    </message>
    <message>
        <source>Import a logger file (LogTag CSV, Fridge-tag, timestamp,celsius CSV)</source>
        <translation>导入记录仪文件（LogTag CSV、Fridge-tag、timestamp,celsius CSV）</translation>
    </message>
    <message>
        <source>logtag, fridgetag or plain (default: detect)</source>
        <translation>logtag、fridgetag 或 plain（默认：自动识别）</translation>
    </message>
    <message>
        <source>Logger file</source>
        <translation>记录仪文件</translation>
    </message>
    <message>
        <source>List temperature excursions</source>
        <translation>列出温度超标事件</translation>
    </message>
    <message>
        <source>Only excursions with lots awaiting a decision</source>
        <translation>只列出有批号待处理的超标事件</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Excursion id</source>
        <translation>超标事件 ID</translation>
    </message>
    <message>
        <source>Discard quarantined lots</source>
        <translation>报废隔离批号</translation>
    </message>
    <message>
        <source>Unknown --doc-type &quot;%1&quot;; use resident_id, residence_permit, home_return_permit, taiwan_permit, foreign_permanent_residence or passport.</source>
        <translation>未知的 --doc-type“%1”；请使用 resident_id、residence_permit、home_return_permit、taiwan_permit、foreign_permanent_residence 或 passport。</translation>
    </message>
    <message>
        <source>Give either --link PERSON_ID or --confirm-new, not both.</source>
        <translation>--link PERSON_ID 和 --confirm-new 只能给出其中一个，不能同时使用。</translation>
    </message>
    <message>
        <source>Run the same command again with --link PERSON_ID (the same person: the document is added to them) or with --confirm-new (a different person).</source>
        <translation>请加上 --link PERSON_ID（同一人：证件将添加到此人名下）或 --confirm-new（不同的人）重新运行同一命令。</translation>
    </message>
    <message>
        <source>Give the document: --doc NUMBER [--doc-type T].</source>
        <translation>请给出证件：--doc 号码 [--doc-type 类型]。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Document added to %1 (%2).</source>
        <translation>已将证件添加到 %1（%2）名下。</translation>
    </message>
    <message>
        <source>Already registered: %1 (%2).</source>
        <translation>已建档：%1（%2）。</translation>
    </message>
    <message>
        <source>Not checked in: screening says %1 (%2). The deferral is recorded.</source>
        <translation>未登记：健康询问结果为%1（%2）。已记录暂缓接种。</translation>
    </message>
    <message>
        <source>Give one visit id: vaxctl visit cancel VISIT_ID --reason R</source>
        <translation>请给出一个登记记录 ID：vaxctl visit cancel VISIT_ID --reason 原因</translation>
    </message>
    <message>
        <source>Visit %1 cancelled.</source>
        <translation>已取消登记记录 %1。</translation>
    </message>
    <message>
        <source>Document type (default: from the number&apos;s shape)</source>
        <translation>证件类型（默认：根据号码格式判断）</translation>
    </message>
    <message>
        <source>Register a person without a check-in</source>
        <translation>为受种者建档，但不登记排队</translation>
    </message>
    <message>
        <source>When screening says defer or contraindicated, record the deferral instead of failing</source>
        <translation>健康询问结果为暂缓接种或禁忌时，记录暂缓接种而不是报错</translation>
    </message>
    <message>
        <source>Take a waiting visit out of the queue</source>
        <translation>将等待中的登记移出排队</translation>
    </message>
    <message>
        <source>The visit&apos;s id</source>
        <translation>登记记录 ID</translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>List the persons screening sent home</source>
        <translation>列出经健康询问未予接种的受种者</translation>
    </message>
    <message>
        <source>--people: give how many persons to create, e.g. --people 10000.</source>
        <translation>--people：请给出要创建的人数，例如 --people 10000。</translation>
    </message>
    <message>
        <source>--seed: give a whole number, e.g. --seed 42.</source>
        <translation>--seed：请给出整数，例如 --seed 42。</translation>
    </message>
    <message>
        <source>Fill a training database with realistic synthetic data</source>
        <translation>用逼真的合成数据填充培训数据库</translation>
    </message>
    <message>
        <source>Persons to create</source>
        <translation>要创建的人数</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same people (default 1)</source>
        <translation>随机种子：相同的种子生成相同的人员（默认 1）</translation>
    </message>
    <message>
        <source>--%1: give the USERNAME of the staff member.</source>
        <translation>--%1：请给出工作人员的用户名（USERNAME）。</translation>
    </message>
    <message>
        <source>--%1: no active staff member &quot;%2&quot;; check the username.</source>
        <translation>--%1：没有在职工作人员“%2”；请核对用户名。</translation>
    </message>
    <message>
        <source>--confirm: &quot;%1&quot; is not something to confirm; use all, or vaccine, name, verification.</source>
        <translation>--confirm：“%1”不是可确认的项目；请使用 all，或 vaccine、name、verification。</translation>
    </message>
    <message>
        <source>--visit: give the visit id (from &quot;vaxctl queue call-next&quot; or &quot;vaxctl queue list&quot;).</source>
        <translation>--visit：请给出登记记录 ID（来自“vaxctl queue call-next”或“vaxctl queue list”）。</translation>
    </message>
    <message>
        <source>--amount: give millilitres, e.g. 0.5.</source>
        <translation>--amount：请给出毫升数，例如 0.5。</translation>
    </message>
    <message>
        <source>The dose may be given.</source>
        <translation>可以接种。</translation>
    </message>
    <message>
        <source>The dose may NOT be given.</source>
        <translation>不得接种。</translation>
    </message>
    <message>
        <source>Give one dose id: vaxctl dose correct ID --reason TEXT</source>
        <translation>请给出一个接种记录 ID：vaxctl dose correct ID --reason 原因</translation>
    </message>
    <message>
        <source>Dose %1 entered in error.</source>
        <translation>接种记录 %1 已标记为录入错误（作废）。</translation>
    </message>
    <message>
        <source>Visit id of the person at the desk</source>
        <translation>接种台前受种者的登记记录 ID</translation>
    </message>
    <message>
        <source>Open vial id (multi-dose vials)</source>
        <translation>已开启疫苗瓶 ID（多剂次疫苗瓶）</translation>
    </message>
    <message>
        <source>Box trace code (20 digits)</source>
        <translation>包装追溯码（20 位）</translation>
    </message>
    <message>
        <source>Injection site, e.g. LD (left deltoid)</source>
        <translation>接种部位，例如 LD（左上臂三角肌）</translation>
    </message>
    <message>
        <source>Route, e.g. IM (default: the product&apos;s)</source>
        <translation>接种途径，例如 IM（默认：产品规定的途径）</translation>
    </message>
    <message>
        <source>Dose in mL (default: the product&apos;s)</source>
        <translation>剂量 mL（默认：产品规定的剂量）</translation>
    </message>
    <message>
        <source>Product chosen for the person (catalog code)</source>
        <translation>为受种者选择的产品（目录代码）</translation>
    </message>
    <message>
        <source>Confirmed by the nurse: all, or vaccine,name,verification</source>
        <translation>护士已确认的项目：all，或 vaccine,name,verification</translation>
    </message>
    <message>
        <source>Finding code a doctor overrides (repeat)</source>
        <translation>医生特批的核查结果代码（可重复）</translation>
    </message>
    <message>
        <source>Run the full checklist and record a dose</source>
        <translation>执行完整核查并记录接种</translation>
    </message>
    <message>
        <source>Desk name or number</source>
        <translation>接种台名称或编号</translation>
    </message>
    <message>
        <source>The doctor&apos;s reason for an override</source>
        <translation>医生特批的理由</translation>
    </message>
    <message>
        <source>Evaluate the checklist without recording</source>
        <translation>只执行核查，不记录接种</translation>
    </message>
    <message>
        <source>List doses of a day or of a person</source>
        <translation>列出某天或某位受种者的接种记录</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>受种者 ID</translation>
    </message>
    <message>
        <source>Mark a dose entered in error</source>
        <translation>将接种记录标记为录入错误（作废）</translation>
    </message>
    <message>
        <source>Dose id</source>
        <translation>接种记录 ID</translation>
    </message>
    <message>
        <source>Call the next waiting person to a desk</source>
        <translation>叫下一位等待的受种者到接种台</translation>
    </message>
    <message>
        <source>Desk name or number (default 1)</source>
        <translation>接种台名称或编号（默认 1）</translation>
    </message>
    <message>
        <source>Actor: copying backups elsewhere needs --actor USERNAME, a site administrator.</source>
        <translation>操作人：将备份复制到其他位置需要 --actor USERNAME，且须为接种点管理员。</translation>
    </message>
    <message>
        <source>The site administrator doing this (needed for --to and --mirror)</source>
        <translation>执行此操作的接种点管理员（使用 --to 和 --mirror 时必需）</translation>
    </message>
    <message>
        <source>Give both fridges: vaxctl stock transfer --lot L --from F --to F --doses N</source>
        <translation>请给出两台冰箱：vaxctl stock transfer --lot L --from F --to F --doses N</translation>
    </message>
    <message>
        <source>Moved %1 doses of lot %2 from %3 to %4.</source>
        <translation>已将批号 %2 的 %1 剂从 %3 调拨到 %4。</translation>
    </message>
    <message>
        <source>Give the vial id: vaxctl vial draw ID (see &quot;vaxctl vial list&quot;)</source>
        <translation>请给出疫苗瓶 ID：vaxctl vial draw ID（见“vaxctl vial list”）</translation>
    </message>
    <message>
        <source>Drew one dose from vial %1 of lot %2: %3 left.</source>
        <translation>已从批号 %2 的疫苗瓶 %1 抽取一剂：剩余 %3 剂。</translation>
    </message>
    <message>
        <source>Give the setting: vaxctl setting get KEY</source>
        <translation>请给出设置项：vaxctl setting get KEY</translation>
    </message>
    <message>
        <source>Give the setting and its value: vaxctl setting set KEY VALUE</source>
        <translation>请给出设置项及其值：vaxctl setting set KEY VALUE</translation>
    </message>
    <message>
        <source>KEY: &quot;%1&quot; is not a setting vaxctl can change; use one of: %2.</source>
        <translation>KEY：“%1”不是 vaxctl 可更改的设置项；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在为 %2。</translation>
    </message>
    <message>
        <source>Move doses of a lot between fridges</source>
        <translation>在冰箱之间调拨某批号的剂次</translation>
    </message>
    <message>
        <source>Fridge the doses leave</source>
        <translation>调出冰箱</translation>
    </message>
    <message>
        <source>Fridge the doses go to</source>
        <translation>调入冰箱</translation>
    </message>
    <message>
        <source>Doses moved</source>
        <translation>调拨剂数</translation>
    </message>
    <message>
        <source>Draw one dose from an open vial</source>
        <translation>从已开启的疫苗瓶中抽取一剂</translation>
    </message>
    <message>
        <source>Vial id</source>
        <translation>疫苗瓶 ID</translation>
    </message>
    <message>
        <source>Show a site setting</source>
        <translation>显示接种点设置</translation>
    </message>
    <message>
        <source>Change a site setting</source>
        <translation>更改接种点设置</translation>
    </message>
    <message>
        <source>%1: no staff member &quot;%2&quot;; run &quot;vaxctl user list&quot;.</source>
        <translation>%1：没有工作人员“%2”；请运行“vaxctl user list”。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>, locked until %1</source>
        <translation>，锁定至 %1</translation>
    </message>
    <message>
        <source>, PIN set</source>
        <translation>，已设置 PIN 码</translation>
    </message>
    <message>
        <source>--roles: give one or more of registrar, vaccinator, doctor, stock_keeper, site_admin, separated by commas.</source>
        <translation>--roles：请给出 registrar、vaccinator、doctor、stock_keeper、site_admin 中的一个或多个，以英文逗号分隔。</translation>
    </message>
    <message>
        <source>Give one username, e.g. vaxctl user disable nurse.li</source>
        <translation>请给出一个用户名，例如 vaxctl user disable nurse.li</translation>
    </message>
    <message>
        <source>The new user&apos;s password</source>
        <translation>新用户的密码</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>The new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Password of %1 reset by %2; any lockout is cleared.</source>
        <translation>%2 已重置 %1 的密码；锁定状态已解除。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>PIN of %1 cleared.</source>
        <translation>已清除 %1 的 PIN 码。</translation>
    </message>
    <message>
        <source>PIN of %1 set; it unlocks only their own locked session.</source>
        <translation>已设置 %1 的 PIN 码；它只能解锁本人锁定的会话。</translation>
    </message>
    <message>
        <source>Add a staff account (site administrators)</source>
        <translation>添加工作人员账号（接种点管理员）</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name as on records</source>
        <translation>记录上显示的姓名</translation>
    </message>
    <message>
        <source>registrar, vaccinator, doctor, stock_keeper, site_admin (one or several, comma-separated)</source>
        <translation>registrar、vaccinator、doctor、stock_keeper、site_admin（一个或多个，以英文逗号分隔）</translation>
    </message>
    <message>
        <source>List staff accounts</source>
        <translation>列出工作人员账号</translation>
    </message>
    <message>
        <source>Change one&apos;s own password, or reset someone&apos;s as an administrator</source>
        <translation>修改本人密码，或以管理员身份重置他人密码</translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation>要修改密码的用户</translation>
    </message>
    <message>
        <source>Disable a staff account (records keep its name)</source>
        <translation>停用工作人员账号（记录中保留其姓名）</translation>
    </message>
    <message>
        <source>Enable a staff account again</source>
        <translation>重新启用工作人员账号</translation>
    </message>
    <message>
        <source>Whose account</source>
        <translation>要操作的账号</translation>
    </message>
    <message>
        <source>Replace a staff member&apos;s roles</source>
        <translation>替换工作人员的角色</translation>
    </message>
    <message>
        <source>Whose roles</source>
        <translation>要更改角色的用户</translation>
    </message>
    <message>
        <source>The new roles</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>Set one&apos;s own unlock PIN (4–6 digits), or clear one</source>
        <translation>设置本人的解锁 PIN 码（4–6 位数字），或清除 PIN 码</translation>
    </message>
    <message>
        <source>Whose PIN</source>
        <translation>PIN 码所属用户</translation>
    </message>
    <message>
        <source>Clear the PIN (an administrator, with --actor)</source>
        <translation>清除 PIN 码（管理员，需配合 --actor）</translation>
    </message>
    <message>
        <source>Check whether the system keychain answers</source>
        <translation>检查系统密钥环是否响应</translation>
    </message>
    <message>
        <source>Give up after this many milliseconds (default 3000)</source>
        <translation>超过此毫秒数后放弃（默认 3000）</translation>
    </message>
    <message>
        <source>Read the key file&apos;s passphrase from standard input (or set VAXPOINT_KEY_PASSPHRASE)</source>
        <translation>从标准输入读取密钥文件的口令（或设置 VAXPOINT_KEY_PASSPHRASE）</translation>
    </message>
    <message>
        <source>%1 %2: %3 doses given, %4 corrected, %5 check-ins, %6 deferred; AEFI %7 (%8 serious); %9 doses wasted; %10 lots not counted.</source>
        <translation>%1 %2：接种 %3 剂，更正作废 %4 剂，登记 %5 人次，暂缓接种 %6 人；AEFI %7 例（严重 %8 例）；损耗 %9 剂；未盘点批号 %10 个。</translation>
    </message>
    <message>
        <source>Day closed: %1 vials closed, %2 doses left in them wasted.
</source>
        <translation>已日结：停用疫苗瓶 %1 瓶，瓶中剩余 %2 剂计为损耗。
</translation>
    </message>
    <message>
        <source>--out: give the folder to write the bundle into, e.g. --out /media/usb.</source>
        <translation>--out：请指定写出数据包的文件夹，例如 --out /media/usb。</translation>
    </message>
    <message>
        <source>Nothing changed since the last export: zero report %1 written (%2).</source>
        <translation>自上次导出以来没有变化：已写入零报告 %1（%2）。</translation>
    </message>
    <message>
        <source>Export %1 written: %2 records (%3 immunizations, %4 patients), SHA-256 %5.</source>
        <translation>导出文件 %1 已写入：%2 条记录（接种记录 %3 条，受种者 %4 人），SHA-256 %5。</translation>
    </message>
    <message>
        <source>Not yet exported: %1 records.</source>
        <translation>尚未导出：%1 条记录。</translation>
    </message>
    <message>
        <source>Give the bundle to verify: vaxctl verify BUNDLE --public-key FILE</source>
        <translation>请给出要校验的导出包：vaxctl verify 导出包 --public-key 文件</translation>
    </message>
    <message>
        <source>--public-key: give the file holding what &quot;vaxctl key show-public&quot; printed at the site.</source>
        <translation>--public-key：请给出保存了接种点“vaxctl key show-public”输出内容的文件。</translation>
    </message>
    <message>
        <source>Valid: signature, every file&apos;s SHA-256 and record count%1. Bundle %2 of site %3, SHA-256 %4.</source>
        <translation>校验通过：签名、每个文件的 SHA-256 和记录数%1均正确。接种点 %3 的导出包 %2，SHA-256 %4。</translation>
    </message>
    <message>
        <source>, and the chain to the previous bundle</source>
        <translation>，以及与上一个导出包的衔接</translation>
    </message>
    <message>
        <source>Passphrase: pass --passphrase-stdin and type it, or set %1.</source>
        <translation>口令：请使用 --passphrase-stdin 并输入口令，或设置 %1。</translation>
    </message>
    <message>
        <source>The signing key is in the key file; its public key (send it to the district):
%1</source>
        <translation>签名密钥保存在密钥文件中；其公钥如下（请发送给区县疾控）：
%1</translation>
    </message>
    <message>
        <source>Only show the summary of this day (YYYY-MM-DD)</source>
        <translation>仅显示该日（YYYY-MM-DD）的汇总</translation>
    </message>
    <message>
        <source>Write the signed bundle of everything not yet exported</source>
        <translation>将所有尚未导出的数据写入签名导出包</translation>
    </message>
    <message>
        <source>Folder to write the .zip into</source>
        <translation>写入 .zip 的文件夹</translation>
    </message>
    <message>
        <source>Past exports and records not yet exported</source>
        <translation>历史导出及尚未导出的记录</translation>
    </message>
    <message>
        <source>File with the site&apos;s public key</source>
        <translation>含接种点公钥的文件</translation>
    </message>
    <message>
        <source>The site&apos;s previous bundle, to check the chain</source>
        <translation>该接种点的上一个导出包，用于校验衔接</translation>
    </message>
    <message>
        <source>Print the export signing public key (created on first use)</source>
        <translation>显示导出签名公钥（首次使用时创建）</translation>
    </message>
    <message>
        <source>The key file (created when missing)</source>
        <translation>密钥文件（不存在时创建）</translation>
    </message>
    <message>
        <source>Consent: give --consent-version %1 (the consent text the person signed), with --guardian-name and --guardian-relation when a guardian signed.</source>
        <translation>知情同意：请给出 --consent-version %1（受种者签署的知情同意书版本）；由监护人签字时，还需给出 --guardian-name 和 --guardian-relation。</translation>
    </message>
    <message>
        <source>%1, lot %2: dose %3 given. Observe until %4.</source>
        <translation>%1，批号 %2：已接种第 %3 剂。留观至 %4。</translation>
    </message>
    <message>
        <source>No. %1 %2, onset %3: %4 (%5, %6)</source>
        <translation>%1 号 %2，发病时间 %3：%4（%5，%6）</translation>
    </message>
    <message>
        <source>SERIOUS: report to the district immediately.</source>
        <translation>严重：请立即向区县报告。</translation>
    </message>
    <message>
        <source>Give one observation id (from &quot;vaxctl observe list&quot;).</source>
        <translation>请给出一个留观记录 ID（从“vaxctl observe list”获取）。</translation>
    </message>
    <message>
        <source>Number %1: %2.</source>
        <translation>%1 号：%2。</translation>
    </message>
    <message>
        <source>--dose: give the dose id (from &quot;vaxctl observe list&quot;).</source>
        <translation>--dose：请给出接种记录 ID（从“vaxctl observe list”获取）。</translation>
    </message>
    <message>
        <source>Observation id</source>
        <translation>留观记录 ID</translation>
    </message>
    <message>
        <source>People in the observation area, with time left (names masked)</source>
        <translation>留观区内人员及剩余时间（姓名已脱敏）</translation>
    </message>
    <message>
        <source>All of today&apos;s observations, also ended ones</source>
        <translation>今天的全部留观记录，包括已结束的</translation>
    </message>
    <message>
        <source>The time is up: the person leaves</source>
        <translation>留观时间已到：受种者离开</translation>
    </message>
    <message>
        <source>The person left before the end of the observation</source>
        <translation>受种者在留观结束前离开</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>The person is sent on to a hospital or clinic</source>
        <translation>受种者转诊至医院或诊所</translation>
    </message>
    <message>
        <source>Where, why</source>
        <translation>转诊去向及原因</translation>
    </message>
    <message>
        <source>Record an adverse event following immunization</source>
        <translation>记录疑似预防接种异常反应</translation>
    </message>
    <message>
        <source>When the symptoms started, ISO 8601 (default now)</source>
        <translation>症状出现时间，ISO 8601（默认为现在）</translation>
    </message>
    <message>
        <source>Symptom codes, comma-separated, e.g. dizziness,rash</source>
        <translation>症状代码，以逗号分隔，例如 dizziness,rash</translation>
    </message>
    <message>
        <source>Description of an &apos;other&apos; symptom</source>
        <translation>“other”症状的描述</translation>
    </message>
    <message>
        <source>mild, moderate or severe</source>
        <translation>mild、moderate 或 severe</translation>
    </message>
    <message>
        <source>non_serious or serious</source>
        <translation>non_serious 或 serious</translation>
    </message>
    <message>
        <source>observed, treated_on_site, referred, ambulance (comma-separated)</source>
        <translation>observed、treated_on_site、referred、ambulance（以逗号分隔）</translation>
    </message>
    <message>
        <source>recovered, recovering, not_recovered, recovered_with_sequelae, fatal, unknown</source>
        <translation>recovered、recovering、not_recovered、recovered_with_sequelae、fatal、unknown</translation>
    </message>
    <message>
        <source>Adverse events of a day</source>
        <translation>某日的疑似预防接种异常反应</translation>
    </message>
    <message>
        <source>--doses: give how many doses to administer, e.g. --doses 500.</source>
        <translation>--doses：请给出要接种的剂次数，例如 --doses 500。</translation>
    </message>
    <message>
        <source>The stress test writes to training databases only; %1 is the production database of site %2 and was not changed. Use a training database (vaxctl init --training).</source>
        <translation>压力测试只能写入培训数据库；%1 是接种点 %2 的正式数据库，未做任何改动。请使用培训数据库（vaxctl init --training）。</translation>
    </message>
    <message>
        <source>Stress test %1</source>
        <translation>压力测试 %1</translation>
    </message>
    <message>
        <source>Nobody was waiting after a check-in; stopped after %1 doses.</source>
        <translation>登记后没有等候的受种者；已在 %1 剂次后停止。</translation>
    </message>
    <message>
        <source>Administer doses in a loop on a training database (crash tests)</source>
        <translation>在培训数据库上循环接种（用于崩溃测试）</translation>
    </message>
    <message>
        <source>Doses to administer; each dose id is printed once it is saved</source>
        <translation>要接种的剂次数；每剂次保存后即输出其编号</translation>
    </message>
    <message>
        <source>Seed for the generated persons (default 1)</source>
        <translation>生成受种者所用的随机种子（默认 1）</translation>
    </message>
    <message>
        <source>--person: give the person&apos;s id or the number of their ID document.</source>
        <translation>--person：请给出受种者编号或其证件号码。</translation>
    </message>
    <message>
        <source>--person: nobody on record has the id or document number &quot;%1&quot;. Look them up with &quot;vaxctl person find&quot;.</source>
        <translation>--person：记录中没有编号或证件号码为“%1”的人。请用“vaxctl person find”查找。</translation>
    </message>
    <message>
        <source>Certificate %1 — %2, ID %3, issued %4 at %5</source>
        <translation>证书 %1 — %2，证件 %3，%4 签发于 %5</translation>
    </message>
    <message>
        <source>Reprint of %1.</source>
        <translation>%1 的补打。</translation>
    </message>
    <message>
        <source>--pdf: vaxctl loads no GUI library and draws no pages. Print the certificate from the VaxPoint app (Ctrl+P at the desk); vaxctl records it and prints the record.</source>
        <translation>--pdf：vaxctl 不加载图形库，也不绘制页面。请在 VaxPoint 程序中打印证书（接种台按 Ctrl+P）；vaxctl 只签发记录并输出记录内容。</translation>
    </message>
    <message>
        <source>Give one certificate number (like C20261122-0042) or the text of its QR code.</source>
        <translation>请给出一个证书编号（格式如 C20261122-0042）或其二维码文本。</translation>
    </message>
    <message>
        <source>Give one certificate number, like C20261122-0042.</source>
        <translation>请给出一个证书编号，格式如 C20261122-0042。</translation>
    </message>
    <message>
        <source>Number of the ID document the person shows; the certificate must have been issued against it</source>
        <translation>对方出示的证件号码；证书必须是凭该证件签发的</translation>
    </message>
    <message>
        <source>Issue a vaccination certificate</source>
        <translation>签发接种证书</translation>
    </message>
    <message>
        <source>Person id or ID document number</source>
        <translation>受种者编号或证件号码</translation>
    </message>
    <message>
        <source>Not available here: the app prints</source>
        <translation>此处不可用：由程序打印</translation>
    </message>
    <message>
        <source>Show a certificate as recorded</source>
        <translation>显示证书的记录内容</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Verify a certificate by number or QR text</source>
        <translation>按编号或二维码文本核验证书</translation>
    </message>
    <message>
        <source>Certificate number, or the text of its QR code</source>
        <translation>证书编号，或其二维码文本</translation>
    </message>
    <message>
        <source>--days: give the number of past days with visits and doses, 0 to 3660, e.g. --days 180.</source>
        <translation>--days：请给出有登记和接种记录的过去天数，0 到 3660，例如 --days 180。</translation>
    </message>
    <message>
        <source>Created %1 persons (%2 documents), %3 visits, %4 doses, %5 lots, %6 stock movements and %7 fridge readings (seed %8) in %9 s.</source>
        <translation>已创建 %1 名受种者（%2 份证件）、%3 次登记、%4 剂接种、%5 个批号、%6 条库存变动和 %7 条冰箱温度记录（种子 %8），用时 %9 秒。</translation>
    </message>
    <message>
        <source>Past days with visits, doses, stock and fridge readings (default 0: persons only)</source>
        <translation>生成登记、接种、库存和冰箱温度记录的过去天数（默认 0：仅生成受种者）</translation>
    </message>
    <message>
        <source>--birth-date: %1</source>
        <translation>--birth-date：%1</translation>
    </message>
    <message>
        <source>--birth-date is required: the %1 number carries no birth date. Give the birth date from the document: --birth-date YYYY-MM-DD (or YYYYMMDD).</source>
        <translation>必须提供 --birth-date：%1号码中不含出生日期。请按证件提供出生日期：--birth-date YYYY-MM-DD（或 YYYYMMDD）。</translation>
    </message>
    <message>
        <source>document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Birth date YYYY-MM-DD or YYYYMMDD; required for a new person whose document number carries none (passport, permits)</source>
        <translation>出生日期 YYYY-MM-DD 或 YYYYMMDD；证件号码中不含出生日期的新受种者（护照、通行证等）必须提供</translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation>尚未写入任何记录</translation>
    </message>
    <message>
        <source>Latest time written: %1
The PC&apos;s clock now:  %2
</source>
        <translation>最近写入时间：%1
电脑当前时钟：%2
</translation>
    </message>
    <message>
        <source>The clock is %1 behind the latest time written (tolerance %2 min).
</source>
        <translation>时钟比最近写入时间落后 %1（容差 %2 分钟）。
</translation>
    </message>
    <message>
        <source>Writes are REFUSED: set the PC&apos;s clock right (date, time and time zone), or have a site administrator run &quot;vaxctl clock acknowledge --reason TEXT --actor ADMIN&quot;.</source>
        <translation>写入被拒绝：请把电脑时钟调正（日期、时间和时区），或请站点管理员运行 &quot;vaxctl clock acknowledge --reason TEXT --actor ADMIN&quot;。</translation>
    </message>
    <message>
        <source>Writes are accepted.</source>
        <translation>可以写入。</translation>
    </message>
    <message>
        <source>Clock correction acknowledged by %1: the latest time written was %2, it is now %3. Writes at the PC&apos;s time are accepted again.</source>
        <translation>%1 已确认时钟校正：最近写入时间原为 %2，现为 %3。按电脑时间的写入重新被接受。</translation>
    </message>
    <message>
        <source>Give the minutes: vaxctl clock tolerance MINUTES --actor ADMIN</source>
        <translation>请给出分钟数：vaxctl clock tolerance MINUTES --actor ADMIN</translation>
    </message>
    <message>
        <source>Clock tolerance is now %1 minutes.</source>
        <translation>时钟容差现为 %1 分钟。</translation>
    </message>
    <message>
        <source>The PC&apos;s clock against the latest time written; whether writes are refused</source>
        <translation>电脑时钟与最近写入时间的对比；写入是否被拒绝</translation>
    </message>
    <message>
        <source>Site admin: accept a deliberate correction of the PC&apos;s clock</source>
        <translation>站点管理员：确认对电脑时钟的有意校正</translation>
    </message>
    <message>
        <source>Why the clock was corrected (required)</source>
        <translation>时钟校正的原因（必填）</translation>
    </message>
    <message>
        <source>Site admin: minutes a write may be stamped before the latest one</source>
        <translation>站点管理员：写入时间可早于最近写入时间的分钟数</translation>
    </message>
    <message>
        <source>1 to 1440 (default 5)</source>
        <translation>1 到 1440（默认 5）</translation>
    </message>
    <message>
        <source>(a doctor may allow it: --override %1)</source>
        <translation>（医生可说明理由后准予接种：--override %1）</translation>
    </message>
    <message>
        <source>--doctor: an override needs the username of the doctor who decides, and the doctor&apos;s password or PIN (--%1 or %2).</source>
        <translation>--doctor：越过核查项需要作出决定的医生的用户名，以及该医生的密码或 PIN 码（--%1 或 %2）。</translation>
    </message>
    <message>
        <source>The doctor&apos;s password or PIN</source>
        <translation>医生的密码或 PIN 码</translation>
    </message>
    <message>
        <source>Username of the doctor who overrides; the doctor&apos;s password or PIN is read from --%1 or %2, never from an argument</source>
        <translation>作出越过决定的医生的用户名；医生的密码或 PIN 码从 --%1 或 %2 读取，绝不从命令行参数读取</translation>
    </message>
    <message>
        <source>the doctor&apos;s password or PIN</source>
        <translation>医生的密码或 PIN 码</translation>
    </message>
    <message>
        <source>Read %1 from one line of standard input (or set %2)</source>
        <translation>从标准输入的一行读取%1（或设置 %2）</translation>
    </message>
    <message>
        <source>Site %1 (%2), district %3, time zone %4%5</source>
        <translation>接种点 %1（%2），所属区县 %3，时区 %4%5</translation>
    </message>
    <message>
        <source>, training database</source>
        <translation>，培训数据库</translation>
    </message>
    <message>
        <source>Today at the site: %1</source>
        <translation>接种点今日：%1</translation>
    </message>
    <message>
        <source>Give one IANA time zone name: vaxctl site set-timezone ZONE --actor ADMIN</source>
        <translation>请给出一个 IANA 时区名：vaxctl site set-timezone ZONE --actor ADMIN</translation>
    </message>
    <message>
        <source>The site&apos;s time zone is now %1.</source>
        <translation>接种点时区已改为 %1。</translation>
    </message>
    <message>
        <source>Audit times run forwards.</source>
        <translation>审计时间按顺序向前。</translation>
    </message>
    <message>
        <source>WARNING: %1 audit row(s) are stamped earlier than a row before them (the PC&apos;s clock went back):</source>
        <translation>警告：有 %1 条审计记录的时间早于其之前的记录（电脑时钟曾被调回）：</translation>
    </message>
    <message>
        <source>  row %1 (%2) at %3, after row %4 at %5</source>
        <translation>  第 %1 行（%2）时间 %3，在第 %4 行（%5）之后</translation>
    </message>
    <message>
        <source>The site&apos;s time zone, an IANA name (default Asia/Shanghai): every date, age and expiry is judged in it</source>
        <translation>接种点时区，IANA 名称（默认 Asia/Shanghai）：所有日期、年龄和有效期均按此时区判断</translation>
    </message>
    <message>
        <source>Show the site: code, name, district, time zone</source>
        <translation>显示接种点：编码、名称、区县、时区</translation>
    </message>
    <message>
        <source>Change the site&apos;s time zone (site administrator)</source>
        <translation>更改接种点时区（接种点管理员）</translation>
    </message>
    <message>
        <source>IANA name, e.g. Asia/Shanghai</source>
        <translation>IANA 名称，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>--actor %1: this is a production database, so vaxctl needs %1&apos;s password. Pass --password-stdin and type it as the first line of standard input, or set VAXPOINT_PASSWORD (never put it on the command line).</source>
        <translation>--actor %1：这是正式数据库，vaxctl 需要 %1 的密码。请加 --password-stdin 并在标准输入的第一行输入密码，或设置 VAXPOINT_PASSWORD（切勿把密码写在命令行上）。</translation>
    </message>
    <message>
        <source>--actor %1: this needs %1&apos;s password. Pass --password-stdin and type it as the first line of standard input, or set VAXPOINT_PASSWORD.</source>
        <translation>--actor %1：此操作需要 %1 的密码。请加 --password-stdin 并在标准输入的第一行输入密码，或设置 VAXPOINT_PASSWORD。</translation>
    </message>
    <message>
        <source>--actor %1: the username or the password is wrong. Give %1&apos;s own password (first line of --password-stdin, or VAXPOINT_PASSWORD); each wrong password counts toward locking the account.</source>
        <translation>--actor %1：用户名或密码错误。请提供 %1 本人的密码（--password-stdin 的第一行，或 VAXPOINT_PASSWORD）；每次输错都会计入账号锁定次数。</translation>
    </message>
    <message>
        <source>--actor %1: %2</source>
        <translation>--actor %1：%2</translation>
    </message>
    <message>
        <source>--actor: give the USERNAME of the staff member acting, and their password with --password-stdin or VAXPOINT_PASSWORD.</source>
        <translation>--actor：请给出执行操作的工作人员用户名，并通过 --password-stdin 或 VAXPOINT_PASSWORD 提供其密码。</translation>
    </message>
    <message>
        <source>--actor: no active staff member &quot;%1&quot;; check the username.</source>
        <translation>--actor：没有名为“%1”的在用工作人员账号，请检查用户名。</translation>
    </message>
    <message>
        <source>Who is acting: on a production database every command that records or shows personal data needs --actor USERNAME and that person&apos;s password, exactly as at the sign-in screen (wrong passwords count toward the lockout and are audited). Give it with --password-stdin (the first line of standard input; the command&apos;s own secrets, such as a new password, follow on the next lines) or in the environment variable VAXPOINT_PASSWORD, never as an argument. A training database acts as the demo account by default, without a password. No actor is needed for commands that show no personal data: init, check-db, backup, audit verify, catalog, id check, scan parse, verify, key status|show-public, lot|vial|fridge|excursion list, setting get, export list, dayclose --date, observe list (names masked), certificate verify, --version and --help.
</source>
        <translation>操作人：在正式数据库上，凡是记录数据或显示个人信息的命令，都需要 --actor 用户名 及此人的密码，与登录界面完全相同（输错密码计入锁定次数并记入审计日志）。密码通过 --password-stdin（标准输入的第一行；命令自身需要的其他密钥，如新密码，依次放在后续各行）或环境变量 VAXPOINT_PASSWORD 提供，切勿作为参数。培训数据库默认以演示账号操作，无需密码。不显示个人信息的命令无需操作人：init、check-db、backup、audit verify、catalog、id check、scan parse、verify、key status|show-public、lot|vial|fridge|excursion list、setting get、export list、dayclose --date、observe list（姓名已遮蔽）、certificate verify、--version 和 --help。
</translation>
    </message>
    <message>
        <source>Usage: vaxctl [--db PATH] [--json] [--password-stdin] COMMAND [ARGS]
VaxPoint&apos;s command line. --db defaults to the GUI&apos;s database; --json prints one JSON object per line.

</source>
        <translation>用法：vaxctl [--db 路径] [--json] [--password-stdin] 命令 [参数]
VaxPoint 命令行。--db 默认为图形界面所用的数据库；--json 每行输出一个 JSON 对象。

</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
命令：
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Global options: --db PATH, --json, --password-stdin
</source>
        <translation>全局选项：--db 路径、--json、--password-stdin
</translation>
    </message>
    <message>
        <source>Username of the doctor (required; the doctor&apos;s password or PIN is checked like a sign-in)</source>
        <translation>医生的用户名（必填；医生的密码或 PIN 按登录方式核验）</translation>
    </message>
    <message>
        <source>Read the doctor&apos;s password or PIN from standard input (or set VAXPOINT_DOCTOR_PASSWORD)</source>
        <translation>从标准输入读取医生的密码或 PIN（或设置 VAXPOINT_DOCTOR_PASSWORD）</translation>
    </message>
    <message>
        <source>--actor: give the doctor&apos;s username; only a doctor may add or lift a contraindication.</source>
        <translation>--actor：请给出医生的用户名；只有医生可以添加或解除禁忌。</translation>
    </message>
    <message>
        <source>PERSON: no person with the id or document number &quot;%1&quot;. Find them with &quot;vaxctl person find&quot;.</source>
        <translation>PERSON：没有编号或证件号为“%1”的受种者。请用“vaxctl person find”查找。</translation>
    </message>
    <message>
        <source>    lifted %1: %2</source>
        <translation>    已于 %1 解除：%2</translation>
    </message>
    <message>
        <source>Give one PERSON: a person id or a document number.</source>
        <translation>请给出一个 PERSON：受种者编号或证件号。</translation>
    </message>
    <message>
        <source>No contraindication or precaution on record.</source>
        <translation>没有记录的禁忌或慎用。</translation>
    </message>
    <message>
        <source>--kind must be contraindication or precaution.</source>
        <translation>--kind 必须是 contraindication 或 precaution。</translation>
    </message>
    <message>
        <source>--until must be YYYY-MM-DD.</source>
        <translation>--until 格式必须为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Give one contraindication ID (from &quot;vaxctl person contraindications PERSON&quot;).</source>
        <translation>请给出一个禁忌编号（来自“vaxctl person contraindications PERSON”）。</translation>
    </message>
    <message>
        <source>A person&apos;s contraindications and precautions on record</source>
        <translation>受种者已记录的禁忌和慎用</translation>
    </message>
    <message>
        <source>Person id or document number</source>
        <translation>受种者编号或证件号</translation>
    </message>
    <message>
        <source>Also lifted and expired ones</source>
        <translation>包括已解除和已过期的</translation>
    </message>
    <message>
        <source>A doctor records a contraindication or precaution</source>
        <translation>医生记录禁忌或慎用</translation>
    </message>
    <message>
        <source>contraindication or precaution</source>
        <translation>contraindication（禁忌）或 precaution（慎用）</translation>
    </message>
    <message>
        <source>all, product:CODE, group:GROUP or component:NAME</source>
        <translation>all、product:代码、group:组 或 component:成分</translation>
    </message>
    <message>
        <source>What it is (required)</source>
        <translation>内容（必填）</translation>
    </message>
    <message>
        <source>Last day it applies, YYYY-MM-DD (default: permanent)</source>
        <translation>适用的最后一天，YYYY-MM-DD（默认：永久）</translation>
    </message>
    <message>
        <source>It is an allergy</source>
        <translation>属于过敏</translation>
    </message>
    <message>
        <source>A doctor lifts a contraindication or precaution</source>
        <translation>医生解除禁忌或慎用</translation>
    </message>
    <message>
        <source>Contraindication id</source>
        <translation>禁忌编号</translation>
    </message>
    <message>
        <source>--%1: give the file holding %2 (%3).</source>
        <translation>--%1：请提供保存%2的文件（%3）。</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>the district&apos;s public key, district.pub</source>
        <translation>区县公钥（district.pub）</translation>
    </message>
    <message>
        <source> Sealed for the district: only its key opens it.</source>
        <translation>已为区县加密：只有区县密钥能打开。</translation>
    </message>
    <message>
        <source>the district&apos;s public key, district.pub; or pass --clear</source>
        <translation>区县公钥（district.pub）；或使用 --clear</translation>
    </message>
    <message>
        <source>Exports are no longer sealed: they are signed .zip files anyone holding them can read.</source>
        <translation>导出不再加密：导出文件为已签名的 .zip，任何持有者都能读取。</translation>
    </message>
    <message>
        <source>Every export (vaxctl and the Day close page) is now sealed to the district key %1.</source>
        <translation>今后每次导出（vaxctl 和日结页面）都将用区县密钥 %1 加密。</translation>
    </message>
    <message>
        <source>the district&apos;s secret key, district.key</source>
        <translation>区县私钥（district.key）</translation>
    </message>
    <message>
        <source> (unsealed with the district key)</source>
        <translation>（已用区县密钥解密）</translation>
    </message>
    <message>
        <source>--out: give an existing folder for district.key and district.pub (%1 is not one).</source>
        <translation>--out：请为 district.key 和 district.pub 指定一个已存在的文件夹（%1 不是）。</translation>
    </message>
    <message>
        <source>%1 already holds a district key: replacing it would make every bundle sealed to it unreadable. Move district.key and district.pub away first, or choose another folder.</source>
        <translation>%1 中已有区县密钥：替换它会使所有用它加密的数据包无法读取。请先移走 district.key 和 district.pub，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>District key pair written. Keep %1 at the district (its loss makes sealed bundles unreadable; its theft lets others read them). Give %2 to the sites: vaxctl export seal-to --public-key district.pub.</source>
        <translation>区县密钥对已生成。请将 %1 保存在区县（丢失会使加密数据包无法读取；被盗则他人可以读取）。将 %2 交给各接种点：vaxctl export seal-to --public-key district.pub。</translation>
    </message>
    <message>
        <source>Seal the bundle to the district&apos;s public key in FILE (district.pub): a .zip.sealed only the district opens</source>
        <translation>用 FILE（district.pub）中的区县公钥加密数据包：生成只有区县能打开的 .zip.sealed</translation>
    </message>
    <message>
        <source>Seal every export of this site to the district&apos;s public key (site setting)</source>
        <translation>用区县公钥加密本站点的每次导出（站点设置）</translation>
    </message>
    <message>
        <source>The district&apos;s public key file (district.pub)</source>
        <translation>区县公钥文件（district.pub）</translation>
    </message>
    <message>
        <source>Stop sealing exports</source>
        <translation>停止加密导出</translation>
    </message>
    <message>
        <source>Check a bundle: signature, every hash, record counts, chain (a sealed one with --district-key)</source>
        <translation>检查数据包：签名、每个哈希、记录数、链（加密的数据包需 --district-key）</translation>
    </message>
    <message>
        <source>The .zip (or .zip.sealed) to check</source>
        <translation>要检查的 .zip（或 .zip.sealed）</translation>
    </message>
    <message>
        <source>The district&apos;s secret key file (district.key), to open a sealed bundle</source>
        <translation>区县私钥文件（district.key），用于打开加密数据包</translation>
    </message>
    <message>
        <source>Keep the signing key in a passphrase key file (no keychain), or with --district make the district&apos;s sealing key pair</source>
        <translation>将签名密钥保存在口令保护的密钥文件中（无钥匙串时），或用 --district 生成区县加密密钥对</translation>
    </message>
    <message>
        <source>Make the district&apos;s key pair for sealed bundles (district.key, district.pub) in --out DIR</source>
        <translation>在 --out DIR 中生成用于加密数据包的区县密钥对（district.key、district.pub）</translation>
    </message>
    <message>
        <source>Folder for district.key and district.pub</source>
        <translation>存放 district.key 和 district.pub 的文件夹</translation>
    </message>
    <message>
        <source>%1: pass %2 and type it, or set %3.</source>
        <translation>%1：请加 %2 并输入，或设置 %3。</translation>
    </message>
    <message>
        <source>Today&apos;s backup FAILED: %1</source>
        <translation>今天的备份失败：%1</translation>
    </message>
    <message>
        <source>Staff username acting; on a production database also their password (--password-stdin or VAXPOINT_PASSWORD)</source>
        <translation>执行操作的工作人员用户名；在正式数据库上还需其密码（--password-stdin 或 VAXPOINT_PASSWORD）</translation>
    </message>
    <message>
        <source>The PIN (next line)</source>
        <translation>PIN 码（下一行）</translation>
    </message>
    <message>
        <source>Read the actor&apos;s password, then the new user&apos;s, from standard input (or set VAXPOINT_PASSWORD and VAXPOINT_USER_PASSWORD)</source>
        <translation>从标准输入依次读取操作人的密码和新用户的密码（或设置 VAXPOINT_PASSWORD 和 VAXPOINT_USER_PASSWORD）</translation>
    </message>
    <message>
        <source>Read from standard input: the actor&apos;s password (for one&apos;s own: the current one) then the new one; or set VAXPOINT_PASSWORD and VAXPOINT_USER_PASSWORD</source>
        <translation>从标准输入读取：先是操作人的密码（修改本人密码时即当前密码），再是新密码；或设置 VAXPOINT_PASSWORD 和 VAXPOINT_USER_PASSWORD</translation>
    </message>
    <message>
        <source>Read the owner&apos;s password then the PIN from standard input (or set VAXPOINT_PASSWORD and VAXPOINT_USER_PIN)</source>
        <translation>从标准输入依次读取本人密码和 PIN 码（或设置 VAXPOINT_PASSWORD 和 VAXPOINT_USER_PIN）</translation>
    </message>
    <message>
        <source>Setting key: stock.session_end, security.idle_lock_minutes or checkin.consent_versions</source>
        <translation>设置项：stock.session_end、security.idle_lock_minutes 或 checkin.consent_versions</translation>
    </message>
    <message>
        <source>HH:MM (24-hour); minutes; the site&apos;s consent form versions, comma-separated</source>
        <translation>HH:MM（24 小时制）；分钟数；本接种点的知情同意书版本，用逗号分隔</translation>
    </message>
    <message>
        <source>Release quarantined lots (the fridge&apos;s newest reading must be back in range)</source>
        <translation>解除隔离批号（冰箱最新读数须已回到正常范围）</translation>
    </message>
    <message>
        <source>Release although no reading shows the fridge back in range; recorded and exported</source>
        <translation>在没有读数显示冰箱恢复正常温度的情况下解除；将被记录并导出</translation>
    </message>
    <message>
        <source>Day %1 reopened.</source>
        <translation>%1 已重新开启。</translation>
    </message>
    <message>
        <source>Close the day (close open vials, build the summary), show a day&apos;s summary, or reopen a closed day</source>
        <translation>日结（关闭已开启的疫苗瓶，生成汇总）、查看某天的汇总，或重新开启已日结的日期</translation>
    </message>
    <message>
        <source>Reopen this closed day (YYYY-MM-DD; site administrator, until its bundle is exported)</source>
        <translation>重新开启此已日结的日期（YYYY-MM-DD；限站点管理员，且须在其数据包导出之前）</translation>
    </message>
    <message>
        <source>--per-lot: give how many trace codes to list per lot, 0 to 1000, e.g. --per-lot 4.</source>
        <translation>--per-lot：请给出每个批次列出多少个追溯码，0 到 1000，例如 --per-lot 4。</translation>
    </message>
    <message>
        <source>%1  lot %2  expiry %3
  GS1: %4</source>
        <translation>%1  批号 %2  有效期至 %3
  GS1：%4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>  trace codes: %1</source>
        <translation>  追溯码：%1</translation>
    </message>
    <message>
        <source>List what to scan to practise with a training database&apos;s lots: GS1 box codes and box trace codes</source>
        <translation>列出培训数据库各批次可供练习扫描的码：GS1 包装码和药品追溯码</translation>
    </message>
    <message>
        <source>Trace codes to list per lot (default 4)</source>
        <translation>每个批次列出的追溯码数量（默认 4）</translation>
    </message>
    <message>
        <source>Give the site code with --site-code CODE (the code the desks&apos; databases have).</source>
        <translation>请用 --site-code 代码 给出站点代码（即各工位数据库中的代码）。</translation>
    </message>
    <message>
        <source>  desk %1: role %2, password %3
</source>
        <translation>  %1 号工位：角色 %2，密码 %3
</translation>
    </message>
    <message>
        <source>Site server %1 for site %2: site schema %3 (was %4).
</source>
        <translation>站点 %2 的站点服务器 %1：站点结构版本 %3（原为 %4）。
</translation>
    </message>
    <message>
        <source>New desks (write each password on the set-up sheet now: it is not shown again):
</source>
        <translation>新工位（请立即把每个密码抄到设置单上：之后不会再显示）：
</translation>
    </message>
    <message>
        <source>Desks join with: vaxctl site join --server %1 --desk N --password-stdin
</source>
        <translation>工位加入命令：vaxctl site join --server %1 --desk N --password-stdin
</translation>
    </message>
    <message>
        <source>The desk&apos;s password for the site server</source>
        <translation>本工位连接站点服务器的密码</translation>
    </message>
    <message>
        <source>This PC is desk %1 of site %2 on %3 (joined %4); its password is in %5.</source>
        <translation>本机是站点 %2 在 %3 上的 %1 号工位（加入于 %4）；其密码保存在%5中。</translation>
    </message>
    <message>
        <source>This desk works alone: it has not joined a site server (vaxctl site join).</source>
        <translation>本工位独立工作：尚未加入站点服务器（vaxctl site join）。</translation>
    </message>
    <message>
        <source>  desk %1: joined %2, last push %3, last pull %4
</source>
        <translation>  %1 号工位：加入于 %2，最近推送 %3，最近拉取 %4
</translation>
    </message>
    <message numerus="yes">
        <source>Site server %1: connected. Desk %2, %n record(s) waiting.</source>
        <translation>
            <numerusform>站点服务器 %1：已连接。%2 号工位，%n 条记录待发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site server %1: offline since %2. Desk %3, %n record(s) waiting.</source>
        <translation>
            <numerusform>站点服务器 %1：自 %2 起离线。%3 号工位，%n 条记录待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Desks (as of %1):
</source>
        <translation>各工位（截至 %1）：
</translation>
    </message>
    <message>
        <source>The site server, e.g. postgresql://192.168.1.10:5432/vaxpoint_site</source>
        <translation>站点服务器，例如 postgresql://192.168.1.10:5432/vaxpoint_site</translation>
    </message>
    <message>
        <source>Create or migrate the site schema on a PostgreSQL database (as its owner)</source>
        <translation>在 PostgreSQL 数据库上创建或迁移站点结构（以其所有者身份）</translation>
    </message>
    <message>
        <source>The site this server serves (default: the site of --db)</source>
        <translation>此服务器服务的站点（默认：--db 数据库的站点）</translation>
    </message>
    <message>
        <source>Make roles for desks 1 to N (existing ones are kept); their passwords are printed once</source>
        <translation>为 1 到 N 号工位创建角色（已有的保留）；密码只打印一次</translation>
    </message>
    <message>
        <source>Site admin: join this desk to the site server (password from --password-stdin or VAXPOINT_SITE_PASSWORD)</source>
        <translation>站点管理员：把本工位加入站点服务器（密码来自 --password-stdin 或 VAXPOINT_SITE_PASSWORD）</translation>
    </message>
    <message>
        <source>This desk&apos;s number (1 to 999)</source>
        <translation>本工位的号码（1 到 999）</translation>
    </message>
    <message>
        <source>Take over the desk number after a reinstall, or move this desk</source>
        <translation>重装后接管该工位号，或迁移本工位</translation>
    </message>
    <message>
        <source>The site server: reachable, this desk&apos;s backlog, every desk&apos;s last push and pull</source>
        <translation>站点服务器：是否可达、本工位待发送记录、各工位最近的推送和拉取</translation>
    </message>
    <message>
        <source>Pulled records set aside (site_pending): %1
</source>
        <translation>暂存待处理的拉取记录（site_pending）：%1
</translation>
    </message>
    <message>
        <source>Desk %1 and %2: pushed %3 record(s), pulled %4 (%5 written, %6 already here, %7 kept as this desk has them).</source>
        <translation>工作台 %1 与 %2：已推送 %3 条记录，已拉取 %4 条（写入 %5 条，%6 条本地已有，%7 条保留本工作台的版本）。</translation>
    </message>
    <message>
        <source>%1 record(s) waiting to be pushed; %2 pulled record(s) set aside (site_pending).</source>
        <translation>%1 条记录等待推送；%2 条拉取的记录暂存待处理（site_pending）。</translation>
    </message>
    <message>
        <source>--interval: give the pause between rounds in seconds (1 or more).</source>
        <translation>--interval：请给出每轮之间的间隔秒数（1 或以上）。</translation>
    </message>
    <message>
        <source>Push this desk&apos;s records to the site server and pull the other desks&apos;; without --once it keeps going until interrupted</source>
        <translation>将本工作台的记录推送到站点服务器并拉取其他工作台的记录；不加 --once 时持续运行直到被中断</translation>
    </message>
    <message>
        <source>One round, then stop</source>
        <translation>只同步一轮，然后停止</translation>
    </message>
    <message>
        <source>Pull only (a desk the server refused as behind: pull, then join as a new desk number)</source>
        <translation>只拉取（被服务器判定为落后的工作台：先拉取，再以新的工作台编号加入）</translation>
    </message>
    <message>
        <source>Seconds between rounds without --once (default 10)</source>
        <translation>不加 --once 时每轮之间的秒数（默认 10）</translation>
    </message>
    <message>
        <source>Open conflicts: %1 (as of %2; vaxctl site conflicts lists them)</source>
        <translation>未处理的冲突：%1（截至 %2；用 vaxctl site conflicts 查看）</translation>
    </message>
    <message>
        <source>#%1 %2 double dose: person %3 has dose %4 of the %5 series twice (doses %6; desks %7)</source>
        <translation>#%1 %2 重复接种：受种者 %3 的 %5 系列第 %4 剂接种了两次（接种记录 %6；接种台 %7）</translation>
    </message>
    <message>
        <source>#%1 %2 person merge: %3 (desk %4) merged into %5 (kept), same document %6 %7</source>
        <translation>#%1 %2 合并受种者：%3（接种台 %4）已合并到 %5（保留），证件相同 %6 %7</translation>
    </message>
    <message>
        <source>; not applied on this desk yet: %1</source>
        <translation>；本接种台尚未执行：%1</translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4 %5 from desk %6</source>
        <translation>#%1 %2 %3：%4 %5，来自接种台 %6</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for review, as read from the site server at %1 (vaxctl site sync reads them again).</source>
        <translation>
            <numerusform>%n 个冲突等待审核，读取自站点服务器，时间 %1（vaxctl site sync 会重新读取）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts read yet: this desk has not synced with a site server (vaxctl site sync).</source>
        <translation>尚未读取冲突：本工位还未与站点服务器同步（vaxctl site sync）。</translation>
    </message>
    <message>
        <source>%1 conflict(s) waiting for review (vaxctl site conflicts).</source>
        <translation>%1 个冲突待复核（vaxctl site conflicts）。</translation>
    </message>
    <message>
        <source>--batch-size: give the rows per batch, from 1 to 5000.</source>
        <translation>--batch-size：请给出每批的行数，1 到 5000。</translation>
    </message>
    <message>
        <source>Rows per batch (default 500)</source>
        <translation>每批行数（默认 500）</translation>
    </message>
    <message>
        <source>History judged: %1.</source>
        <translation>所依据的接种史：%1。</translation>
    </message>
    <message>
        <source>The site server cannot be asked: the nurse asked the person about other doses today (the checklist asks for it)</source>
        <translation>无法查询站点服务器时：护士已询问受种者今天是否接种过其他疫苗（核查单会要求确认）</translation>
    </message>
    <message>
        <source>Nobody is waiting (%1).</source>
        <translation>无人等候（%1）。</translation>
    </message>
    <message>
        <source>Number %1 (%2) to desk %3. Visit %4. Taken from: %5.</source>
        <translation>%1 号（%2）请到 %3 号台。就诊 %4。来源：%5。</translation>
    </message>
    <message>
        <source>--date: give the day to close as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>--date：请按 YYYY-MM-DD 格式填写要日结的日期，例如 2026-12-07。</translation>
    </message>
    <message>
        <source>Site day %1: follow-up %2 written (%3 records), chained to the close.</source>
        <translation>站点 %1：补充数据包 %2 已写出（%3 条记录），已链接到日结数据包。</translation>
    </message>
    <message>
        <source>Site day %1 closed: %2 written (%3 records).</source>
        <translation>站点 %1 已日结：已写出 %2（%3 条记录）。</translation>
    </message>
    <message>
        <source>Forced (%1); not pushed: %2. Their records go into a follow-up: run site close again once they synced.</source>
        <translation>强制日结（%1）；未上传：%2。它们的记录将进入补充数据包：待其同步后再次运行 site close。</translation>
    </message>
    <message>
        <source>Without --once: start a round as soon as another desk pushes (PostgreSQL LISTEN/NOTIFY), not only every --interval seconds</source>
        <translation>不带 --once 时：其他接种台一推送就立即同步一轮（PostgreSQL LISTEN/NOTIFY），而不只是每 --interval 秒一次</translation>
    </message>
    <message>
        <source>Site admin: close the site&apos;s day once every desk has pushed, and write the site&apos;s signed bundle (--force --reason TEXT closes without a desk; its records follow in a follow-up bundle)</source>
        <translation>站点管理员：在所有工作站上传后完成站点日结并写出站点签名数据包（--force --reason 文本 可在缺少工作站时日结；其记录随后进入补充数据包）</translation>
    </message>
    <message>
        <source>The day to close (YYYY-MM-DD)</source>
        <translation>要日结的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Folder to write the bundle into</source>
        <translation>写出数据包的文件夹</translation>
    </message>
    <message>
        <source>Close although desks have not pushed, or take over another desk&apos;s close in progress (needs --reason)</source>
        <translation>在工作站未上传时仍然日结，或接管另一台工作站正在进行的日结（需要 --reason）</translation>
    </message>
    <message>
        <source>Why the close is forced</source>
        <translation>强制日结的原因</translation>
    </message>
    <message>
        <source>Desk %1 (role %2) has a new password: %3
Write it on the set-up sheet now: it is not shown again. The old password no longer works. On desk %1: vaxctl site password --password-stdin (or Administration ▸ Site server ▸ Change the server password).</source>
        <translation>%1 号工位（角色 %2）的新密码：%3
请立即写在设置单上：它不会再次显示。旧密码已失效。在 %1 号工位上运行：vaxctl site password --password-stdin（或 管理 ▸ 站点服务器 ▸ 更改服务器密码）。</translation>
    </message>
    <message>
        <source>The desk&apos;s new password for the site server</source>
        <translation>本工位在站点服务器上的新密码</translation>
    </message>
    <message>
        <source>Desk %1 logged in to %2 with the new password; it replaced the old one in %3.</source>
        <translation>%1 号工位已用新密码登录 %2；新密码已替换%3中的旧密码。</translation>
    </message>
    <message>
        <source>; resolved by the site server %1</source>
        <translation>；已由站点服务器于 %1 解决</translation>
    </message>
    <message>
        <source>; resolved %1 by %2 at desk %3: %4</source>
        <translation>；%1 由 %2 在 %3 号工位解决：%4</translation>
    </message>
    <message numerus="yes">
        <source>pending: %1 %2 from desk %3, waiting since %4 (%n attempt(s)): %5</source>
        <translation>
            <numerusform>待应用：来自 %3 号工位的 %1 %2，自 %4 起等待（已尝试 %n 次）：%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pulled record(s) could not be applied at this desk and wait with their reason; they are tried again at every sync and after an upgrade.</source>
        <translation>
            <numerusform>%n 条拉取的记录无法在本工位应用，已连同原因搁置；每次同步及升级后都会重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give one conflict number as vaxctl site conflicts lists it: vaxctl site conflicts resolve 12 --note TEXT</source>
        <translation>请给出 vaxctl site conflicts 列出的一个冲突编号：vaxctl site conflicts resolve 12 --note 说明</translation>
    </message>
    <message>
        <source>Conflict #%1 resolved on the site server; every desk shows it resolved after its next sync.
</source>
        <translation>冲突 #%1 已在站点服务器上解决；各工位下次同步后都会显示为已解决。
</translation>
    </message>
    <message>
        <source>Make a new password for one desk&apos;s role (as the owner, like init); it is printed once</source>
        <translation>为某个工位的角色生成新密码（以所有者身份，同 init）；密码只打印一次</translation>
    </message>
    <message>
        <source>The desk&apos;s number</source>
        <translation>工位号</translation>
    </message>
    <message>
        <source>Site admin: keep the desk&apos;s new server password after it logs in with it (from --password-stdin or VAXPOINT_SITE_PASSWORD)</source>
        <translation>站点管理员：用新服务器密码登录成功后保存该密码（来自 --password-stdin 或 VAXPOINT_SITE_PASSWORD）</translation>
    </message>
    <message>
        <source>Person merges, double doses and other desks&apos; records set aside here, waiting for review, as this desk last read them from the site server (works offline)</source>
        <translation>等待审核的人员合并、重复接种以及在本工位搁置的其他工位记录，按本工位最近一次从站点服务器读取的内容列出（离线可用）</translation>
    </message>
    <message>
        <source>Also the conflicts already resolved</source>
        <translation>同时列出已解决的冲突</translation>
    </message>
    <message>
        <source>Site admin: close a site conflict after review, with a note (on the site server, so every desk agrees; refused offline)</source>
        <translation>站点管理员：审核后附说明解决一个站点冲突（在站点服务器上进行，使所有工位一致；离线时拒绝）</translation>
    </message>
    <message>
        <source>The conflict&apos;s number (#12 is 12)</source>
        <translation>冲突编号（#12 即 12）</translation>
    </message>
    <message>
        <source>What was reviewed and decided (required)</source>
        <translation>审核了什么、作出了什么决定（必填）</translation>
    </message>
</context>
</TS>
