<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Aefi</name>
    <message>
        <source>Dose: choose the dose this event follows.</source>
        <translation>劑次：請選擇本次反應發生前接種的劑次。</translation>
    </message>
    <message>
        <source>Dose: there is no dose &quot;%1&quot;. Take the id from &quot;vaxctl dose list&quot; or &quot;vaxctl observe list&quot;.</source>
        <translation>劑次：沒有接種記錄「%1」。請從「vaxctl dose list」或「vaxctl observe list」中取得 ID。</translation>
    </message>
    <message>
        <source>Dose: this dose was entered in error; record the event against the dose the person was given.</source>
        <translation>劑次：該接種記錄已標記為輸入錯誤；請將該事件記在受種者實際接種的劑次下。</translation>
    </message>
</context>
<context>
    <name>AefiText</name>
    <message>
        <source>Fever</source>
        <translation>發熱</translation>
    </message>
    <message>
        <source>Pain at the injection site</source>
        <translation>注射部位疼痛</translation>
    </message>
    <message>
        <source>Swelling or redness at the injection site</source>
        <translation>注射部位紅腫</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>頭痛</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>乏力</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>頭暈</translation>
    </message>
    <message>
        <source>Fainting (syncope)</source>
        <translation>暈厥</translation>
    </message>
    <message>
        <source>Nausea or vomiting</source>
        <translation>噁心或嘔吐</translation>
    </message>
    <message>
        <source>Rash</source>
        <translation>皮疹</translation>
    </message>
    <message>
        <source>Hives (urticaria)</source>
        <translation>蕁麻疹</translation>
    </message>
    <message>
        <source>Swelling of lips, face or throat (angioedema)</source>
        <translation>口唇、面部或咽喉腫脹（血管性水腫）</translation>
    </message>
    <message>
        <source>Difficulty breathing or wheezing</source>
        <translation>呼吸困難或喘息</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>嚴重過敏反應（過敏性休克）</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>驚厥</translation>
    </message>
    <message>
        <source>Palpitations or chest pain</source>
        <translation>心悸或胸痛</translation>
    </message>
    <message>
        <source>Other (describe)</source>
        <translation>其他（請描述）</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>輕度</translation>
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
        <translation>觀察</translation>
    </message>
    <message>
        <source>Treated on site</source>
        <translation>現場處置</translation>
    </message>
    <message>
        <source>Referred to hospital</source>
        <translation>轉診至醫院</translation>
    </message>
    <message>
        <source>Ambulance called</source>
        <translation>已呼叫救護車</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>痊癒</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>好轉</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>未愈</translation>
    </message>
    <message>
        <source>Recovered with sequelae</source>
        <translation>痊癒但有後遺症</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Dose: choose the dose this event follows.</source>
        <translation>劑次：請選擇本次反應發生前接種的劑次。</translation>
    </message>
    <message>
        <source>Onset: enter when the symptoms started (date and time).</source>
        <translation>發病時間：請填寫症狀出現的時間（日期和時間）。</translation>
    </message>
    <message>
        <source>Onset: the symptoms cannot start before the dose was given (%1). Check the time.</source>
        <translation>發病時間：症狀出現時間不能早於接種時間（%1）。請核對時間。</translation>
    </message>
    <message>
        <source>Onset: the time is in the future. Check the time.</source>
        <translation>發病時間：該時間晚於現在。請核對時間。</translation>
    </message>
    <message>
        <source>Symptoms: choose at least one symptom.</source>
        <translation>症狀：請至少選擇一個症狀。</translation>
    </message>
    <message>
        <source>Symptoms: &apos;%1&apos; is not in the list. Choose from the list or use &apos;other&apos; with a description.</source>
        <translation>症狀：「%1」不在列表中。請從列表中選擇，或選擇「其他」並加以描述。</translation>
    </message>
    <message>
        <source>Other symptom: describe it in words.</source>
        <translation>其他症狀：請用文字描述。</translation>
    </message>
    <message>
        <source>Severity: choose mild, moderate or severe.</source>
        <translation>嚴重程度：請選擇輕度、中度或重度。</translation>
    </message>
    <message>
        <source>Seriousness: choose serious or not serious.</source>
        <translation>是否嚴重：請選擇嚴重或非嚴重。</translation>
    </message>
    <message>
        <source>Seriousness: %1 is always a serious event. Set seriousness to serious.</source>
        <translation>是否嚴重：%1一律屬於嚴重事件。請設為嚴重。</translation>
    </message>
    <message>
        <source>Seriousness: a fatal outcome is a serious event. Set seriousness to serious.</source>
        <translation>是否嚴重：轉歸為死亡的屬於嚴重事件。請設為嚴重。</translation>
    </message>
    <message>
        <source>Actions: &apos;%1&apos; is not a known action.</source>
        <translation>處置：「%1」不是可識別的處置措施。</translation>
    </message>
    <message>
        <source>Outcome: choose one from the list (unknown if not yet known).</source>
        <translation>轉歸：請從列表中選擇一項（尚不清楚時選「不詳」）。</translation>
    </message>
    <message>
        <source>Reporter: sign in so the report names who made it.</source>
        <translation>報告人：請先登入，以便報告中記錄報告人。</translation>
    </message>
    <message>
        <source>Other symptom</source>
        <translation>其他症狀</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit row %1 is missing (the next row is %2): a row was deleted.</source>
        <translation>審計記錄第 %1 行缺失（下一行是第 %2 行）：有記錄被刪除。</translation>
    </message>
    <message>
        <source>Audit row %1 is out of sequence: a row was inserted.</source>
        <translation>審計記錄第 %1 行序號不連續：有記錄被插入。</translation>
    </message>
    <message>
        <source>Audit row %1 does not follow row %2: a row was inserted, deleted or replaced before it.</source>
        <translation>審計記錄第 %1 行與第 %2 行銜接不上：此前有記錄被插入、刪除或替換。</translation>
    </message>
    <message>
        <source>Audit row %1 was changed after it was written.</source>
        <translation>審計記錄第 %1 行在寫入後被修改過。</translation>
    </message>
    <message>
        <source>The audit log ends at row %1 but its head records row %2: rows were deleted from the end.</source>
        <translation>審計日誌止於第 %1 行，但鏈頭記錄為第 %2 行：末尾有記錄被刪除。</translation>
    </message>
    <message>
        <source>The audit log has rows after its recorded head (row %1): a row was appended outside VaxPoint.</source>
        <translation>審計日誌在鏈頭（第 %1 行）之後還有記錄：有記錄在 VaxPoint 之外被追加。</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Username or password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>使用者名稱或密碼錯誤。請檢查輸入法和大寫鎖定鍵後重試。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask the site administrator to enable it.</source>
        <translation>帳號「%1」已停用。請聯絡接種點管理員啟用。</translation>
    </message>
    <message>
        <source>Too many wrong passwords or PINs: the account &quot;%1&quot; is locked for %2 more minute(s). Wait, or ask the site administrator.</source>
        <translation>密碼或 PIN 碼錯誤次數過多：帳號「%1」還將鎖定 %2 分鐘。請等待，或聯絡接種點管理員。</translation>
    </message>
    <message>
        <source>The signed-in account no longer exists. Sign in again.</source>
        <translation>目前登入的帳號已不存在。請重新登入。</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more wrong attempt(s) lock the account for %2 minutes.</source>
        <translation>PIN 碼錯誤。再錯 %1 次，帳號將被鎖定 %2 分鐘。</translation>
    </message>
    <message>
        <source>Wrong password. %1 more wrong attempt(s) lock the account for %2 minutes.</source>
        <translation>密碼錯誤。再錯 %1 次，帳號將被鎖定 %2 分鐘。</translation>
    </message>
    <message>
        <source>Doctor: the username or password is wrong. The doctor types their own username and password (or PIN).</source>
        <translation>醫生：使用者名稱或密碼錯誤。請醫生輸入本人的使用者名稱和密碼（或 PIN 碼）。</translation>
    </message>
    <message>
        <source>Doctor: %1 is not a doctor, and only a doctor may override a checklist item. The doctor who decides types their own username.</source>
        <translation>醫生：%1 不是醫生，只有醫生可以越過核查項。請作出決定的醫生輸入本人的使用者名稱。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup into %1 failed: %2. Check that the folder exists, is writable and has free space.</source>
        <translation>備份到 %1 失敗：%2。請檢查該資料夾是否存在、可寫且有剩餘空間。</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>無法建立資料夾</translation>
    </message>
    <message>
        <source>cannot write the file to disk</source>
        <translation>無法將檔案寫入磁碟</translation>
    </message>
    <message>
        <source>cannot copy the backup there</source>
        <translation>無法將備份複製到該處</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>無法建立檔案</translation>
    </message>
    <message>
        <source>Stopped before the backup was made.</source>
        <translation>備份開始前已停止。</translation>
    </message>
    <message>
        <source>The day&apos;s backup was not made: %1 VaxPoint keeps working and saves records as usual, but without today&apos;s backup. It tries again later; fix the cause, then make one with Administration ▸ Back up now or &quot;vaxctl backup&quot;.</source>
        <translation>今天的備份未能完成：%1 VaxPoint 照常工作、照常儲存記錄，只是今天沒有備份。它稍後會再試；請排除原因，然後在“管理 ▸ 立即備份”中或用 &quot;vaxctl backup&quot; 做一次備份。</translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
    <message>
        <source>Birth date &quot;%1&quot; is not a date. Type it as on the document, as digits: YYYYMMDD or YYYY-MM-DD, e.g. 20040229.</source>
        <translation>出生日期“%1”不是有效日期。請按證件以數字錄入：YYYYMMDD 或 YYYY-MM-DD，例如 20040229。</translation>
    </message>
    <message>
        <source>Birth date is empty. Type it as on the document, as digits: YYYYMMDD or YYYY-MM-DD, e.g. 20040229.</source>
        <translation>出生日期為空。請按證件以數字錄入：YYYYMMDD 或 YYYY-MM-DD，例如 20040229。</translation>
    </message>
    <message>
        <source>Birth date %1: there is no such day (%2-%3-%4). Check the month and the day on the document.</source>
        <translation>出生日期 %1：不存在這一天（%2-%3-%4）。請核對證件上的月和日。</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future. Check the year on the document.</source>
        <translation>出生日期 %1 晚於今天。請核對證件上的年份。</translation>
    </message>
    <message>
        <source>Birth date %1 is more than 130 years ago. Check the year on the document.</source>
        <translation>出生日期 %1 早於 130 年前。請核對證件上的年份。</translation>
    </message>
    <message>
        <source>under %1: a guardian signs the consent</source>
        <translation>未滿 %1 週歲：由監護人簽署知情同意書</translation>
    </message>
    <message>
        <source>below the minimum age of %1 (%2)</source>
        <translation>低於 %1 的最低接種年齡（%2）</translation>
    </message>
    <message>
        <source>at or above the maximum age of %1 (%2)</source>
        <translation>達到或超過 %1 的最高接種年齡（%2）</translation>
    </message>
</context>
<context>
    <name>BundleText</name>
    <message>
        <source>Could not build the export archive (%1: %2).</source>
        <translation>無法生成匯出壓縮包（%1：%2）。</translation>
    </message>
    <message>
        <source>The file is not a readable export bundle (%1). Ask the site to send it again.</source>
        <translation>該檔案不是可讀取的匯出包（%1）。請讓接種點重新發送。</translation>
    </message>
    <message>
        <source>Bundle entry %1 cannot be read (%2).</source>
        <translation>無法讀取匯出包中的條目 %1（%2）。</translation>
    </message>
    <message>
        <source>Bundle entry %1 is damaged.</source>
        <translation>匯出包中的條目 %1 已損壞。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>無法讀取 %1：%2。</translation>
    </message>
    <message>
        <source>Bundle file name %1 is used twice.</source>
        <translation>匯出包中的檔名 %1 重複出現。</translation>
    </message>
    <message>
        <source>Cannot open the bundle %1: %2.</source>
        <translation>無法開啟匯出包 %1：%2。</translation>
    </message>
    <message>
        <source>The bundle has no %1 or no %2: it was not written by VaxPoint or was repacked.</source>
        <translation>匯出包中缺少 %1 或 %2：該匯出包不是由 VaxPoint 生成的，或已被重新打包。</translation>
    </message>
    <message>
        <source>The signature does not match: the manifest was changed or the bundle was signed with another site&apos;s key.</source>
        <translation>簽名不匹配：清單已被修改，或該匯出包是用其他接種點的金鑰簽名的。</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1).</source>
        <translation>manifest.json 不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the bundle.</source>
        <translation>%1 列在清單中，但匯出包中沒有該檔案。</translation>
    </message>
    <message>
        <source>%1 was changed after signing (its SHA-256 or size differs from the manifest).</source>
        <translation>%1 在簽名後被修改過（其 SHA-256 或大小與清單不符）。</translation>
    </message>
    <message>
        <source>%1 holds %2 records, the manifest says %3.</source>
        <translation>%1 含有 %2 條記錄，而清單記載為 %3 條。</translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in the signed manifest.</source>
        <translation>%1 在匯出包中，但不在已簽名的清單中。</translation>
    </message>
    <message>
        <source>This bundle does not follow the previous one: it names %1 as its predecessor, the previous bundle is %2. A bundle in between is missing.</source>
        <translation>該匯出包與上一個匯出包不銜接：它記載的前一個匯出包是 %1，而上一個匯出包是 %2。中間缺少一個匯出包。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Bundle entry %1 unpacks to %2 MB, more than the %3 MB a bundle entry may hold: it was not written by VaxPoint or was tampered with. It was not unpacked.</source>
        <translation>資料包條目 %1 解壓後為 %2 MB，超過單個條目允許的 %3 MB：它不是 VaxPoint 生成的，或已被篡改。未對其解壓。</translation>
    </message>
    <message>
        <source>Bundle entry %1 is damaged (%2). Ask the site to send it again.</source>
        <translation>資料包條目 %1 已損壞（%2）。請讓接種點重新發送。</translation>
    </message>
    <message>
        <source>Bundle entry %1 unpacks to more than the %2 bytes it declares: it was tampered with. Unpacking stopped.</source>
        <translation>資料包條目 %1 解壓後超過其宣告的 %2 位元組：已被篡改。已停止解壓。</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 位元組，而非 %2 位元組</translation>
    </message>
    <message>
        <source>Bundle entry %1 appears twice: the bundle was repacked or tampered with.</source>
        <translation>資料包條目 %1 出現了兩次：資料包被重新打包或被篡改。</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than %1 MB (at entry %2): it was not written by VaxPoint or was tampered with. It was not unpacked.</source>
        <translation>資料包解壓後超過 %1 MB（在條目 %2 處）：它不是 VaxPoint 生成的，或已被篡改。未對其解壓。</translation>
    </message>
    <message>
        <source>The export written to the folder %1 does not read back as it was written (%2). The medium may be failing: the file was removed and nothing was recorded as exported. Choose another folder or USB drive and export again.</source>
        <translation>寫入資料夾 %1 的匯出檔案讀回時與寫入的不一致（%2）。介質可能有故障：該檔案已刪除，也沒有任何記錄被標記為已匯出。請選擇其他資料夾或 U 盤，重新匯出。</translation>
    </message>
    <message>
        <source>its SHA-256 differs</source>
        <translation>其 SHA-256 不一致</translation>
    </message>
    <message>
        <source>The export built in memory does not verify (%1); nothing was written.</source>
        <translation>記憶體中生成的匯出包未透過校驗（%1）；未寫入任何檔案。</translation>
    </message>
    <message>
        <source>%1 is sealed to the district: give --district-key FILE (the district.key that &apos;vaxctl key init --district&apos; wrote) to open it.</source>
        <translation>%1 已為區縣加密：請用 --district-key FILE（“vaxctl key init --district”生成的 district.key）開啟。</translation>
    </message>
    <message>
        <source>Cannot unseal into the temporary folder %1: %2. Free some space there.</source>
        <translation>無法解密到臨時資料夾 %1：%2。請在那裡騰出空間。</translation>
    </message>
    <message>
        <source>%1 is sealed to the district: give --district-key FILE to open it.</source>
        <translation>%1 已為區縣加密：請用 --district-key FILE 開啟。</translation>
    </message>
    <message>
        <source>The bundle %1 is %2 MB, more than the %3 MB a bundle may be: it was not written by VaxPoint. It was not opened.</source>
        <translation>資料包 %1 大小為 %2 MB，超過資料包允許的 %3 MB：它不是由 VaxPoint 生成的。未開啟。</translation>
    </message>
    <message>
        <source>The bundle holds %1 entries, more than the %2 a VaxPoint bundle may hold: it was not written by VaxPoint or was tampered with. It was not unpacked.</source>
        <translation>資料包含有 %1 個條目，超過 VaxPoint 資料包允許的 %2 個：它不是由 VaxPoint 生成的，或已被篡改。未解包。</translation>
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
            <numerusform>%n 個月</numerusform>
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
            <numerusform>%n 歲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n 月齡</numerusform>
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
        <translation>滿 %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>product #%1</source>
        <translation>第 %1 個產品</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>產品 %1</translation>
    </message>
    <message>
        <source>Catalog %1, field &quot;%2&quot;: %3</source>
        <translation>疫苗目錄 %1，欄位「%2」：%3</translation>
    </message>
    <message>
        <source>required text is missing.</source>
        <translation>缺少必填文字。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必須是文字。</translation>
    </message>
    <message>
        <source>must be an object with &quot;zh_CN&quot; and &quot;en&quot; texts.</source>
        <translation>必須是包含「zh_CN」和「en」文字的物件。</translation>
    </message>
    <message>
        <source>needs both a &quot;zh_CN&quot; and an &quot;en&quot; text.</source>
        <translation>需要同時提供「zh_CN」和「en」文字。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必須是 %1 到 %2 之間的整數。</translation>
    </message>
    <message>
        <source>must be a span such as &quot;P18Y&quot;, &quot;P6M&quot;, &quot;P4W&quot; or &quot;P21D&quot;.</source>
        <translation>必須是時長，例如「P18Y」、「P6M」、「P4W」或「P21D」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unknown; use one of %2.</source>
        <translation>「%1」無法識別；請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>a CVX code is 1 to 3 digits.</source>
        <translation>CVX 代碼為 1 到 3 位數字。</translation>
    </message>
    <message>
        <source>must be a number of millilitres above 0 and at most 5.</source>
        <translation>必須是大於 0 且不超過 5 的毫升數。</translation>
    </message>
    <message>
        <source>must be a list of site codes such as [&quot;LD&quot;, &quot;RD&quot;].</source>
        <translation>必須是接種部位代碼列表，例如 [&quot;LD&quot;, &quot;RD&quot;]。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code; use one of %2.</source>
        <translation>「%1」不是接種部位代碼；請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>an injected vaccine needs at least one site.</source>
        <translation>注射類疫苗至少需要一個接種部位。</translation>
    </message>
    <message>
        <source>a multi-dose vial needs the hours it may be used after opening (WHO default: 6).</source>
        <translation>多劑次包裝需要填寫開啟後可使用的小時數（WHO 預設：6）。</translation>
    </message>
    <message>
        <source>must be above minAge.</source>
        <translation>必須大於 minAge。</translation>
    </message>
    <message>
        <source>must be an object with &quot;doses&quot; and &quot;intervals&quot;.</source>
        <translation>必須是包含「doses」和「intervals」的物件。</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10.</source>
        <translation>必須是 1 到 10 之間的整數。</translation>
    </message>
    <message>
        <source>&quot;dose&quot; must be 2 to %1 and &quot;after&quot; an earlier dose.</source>
        <translation>「dose」必須在 2 到 %1 之間，「after」必須是更早的劑次。</translation>
    </message>
    <message>
        <source>dose %1 has no interval rule; add one with &quot;dose&quot;: %1.</source>
        <translation>第 %1 劑沒有間隔規則；請新增一條 &quot;dose&quot;: %1 的規則。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GTIN-14 with a correct check digit.</source>
        <translation>「%1」不是校驗位正確的 GTIN-14。</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON (at byte %1: %2). Fix the file&apos;s syntax.</source>
        <translation>疫苗目錄不是有效的 JSON（第 %1 位元組：%2）。請修正檔案語法。</translation>
    </message>
    <message>
        <source>Catalog field &quot;format&quot; must be 1 (this VaxPoint reads catalog format 1).</source>
        <translation>目錄欄位「format」必須為 1（本版 VaxPoint 讀取第 1 版目錄格式）。</translation>
    </message>
    <message>
        <source>Catalog field &quot;version&quot; is missing: give the catalog a version such as &quot;2021.1&quot;.</source>
        <translation>缺少目錄欄位「version」：請為目錄填寫版本號，例如「2021.1」。</translation>
    </message>
    <message>
        <source>Catalog field &quot;products&quot; must list at least one product.</source>
        <translation>目錄欄位「products」至少要列出一個產品。</translation>
    </message>
    <message>
        <source>Catalog product %1, field &quot;code&quot;: the code is used twice; each product needs its own code.</source>
        <translation>目錄產品 %1，欄位「code」：該代碼重複使用；每個產品需要獨立的代碼。</translation>
    </message>
    <message>
        <source>must be a list of component codes such as [&quot;aluminium-hydroxide&quot;].</source>
        <translation>必須是成分程式碼列表，例如 [&quot;aluminium-hydroxide&quot;]。</translation>
    </message>
    <message>
        <source>Catalog field &quot;seriousAllergicAefi&quot; must list AEFI symptom codes such as &quot;anaphylaxis&quot;.</source>
        <translation>目錄欄位 &quot;seriousAllergicAefi&quot; 必須列出 AEFI 症狀程式碼，例如 &quot;anaphylaxis&quot;。</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Vaccination certificate</source>
        <translation>預防接種證明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>證明編號</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>劑次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批號</translation>
    </message>
    <message>
        <source>Issued %1 by %2.
Scan the code to verify this certificate with the vaccination point&apos;s records.</source>
        <translation>由 %2 於 %1 出具。
掃描 QR 碼，可依據接種點的記錄核驗本證明。</translation>
    </message>
    <message>
        <source>Certificate QR code: %1 Scan the code again, or type the certificate number.</source>
        <translation>證書QR 碼：%1 請重新掃碼，或輸入證書編號。</translation>
    </message>
    <message>
        <source>this is not a VaxPoint certificate code (it should start with VXC1/).</source>
        <translation>這不是 VaxPoint 證書碼（應以 VXC1/ 開頭）。</translation>
    </message>
    <message>
        <source>Certificate QR code: format %1 is not one this VaxPoint reads (it reads VXC%2). Update VaxPoint, or type the certificate number.</source>
        <translation>證書QR 碼：本版 VaxPoint 無法讀取格式 %1（可讀取 VXC%2）。請升級 VaxPoint，或輸入證書編號。</translation>
    </message>
    <message>
        <source>it has %1 parts separated by &quot;/&quot;; a certificate code has 5.</source>
        <translation>它有 %1 段以「/」分隔的內容；證書碼應為 5 段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate number (like C20261122-0042).</source>
        <translation>「%1」不是證書編號（格式如 C20261122-0042）。</translation>
    </message>
    <message>
        <source>the site code is missing.</source>
        <translation>缺少接種點編碼。</translation>
    </message>
    <message>
        <source>the person reference should be 16 hex digits.</source>
        <translation>受種者參考碼應為 16 位十六進位數字。</translation>
    </message>
    <message>
        <source>the list of doses is damaged.</source>
        <translation>劑次列表已損壞。</translation>
    </message>
    <message>
        <source>Certificate number: this site issued no certificate &quot;%1&quot;. Check the number on the paper (like C20261122-0042) and the site that issued it.</source>
        <translation>證書編號：本接種點未簽發證書「%1」。請核對紙質證書上的編號（格式如 C20261122-0042）及簽發接種點。</translation>
    </message>
    <message>
        <source>ID number: certificate %1 was not issued to the holder of this ID document. Check the number typed against the document, or ask for the document used at the vaccination.</source>
        <translation>證件號碼：證書 %1 並非簽發給此證件持有人。請核對輸入的號碼與證件是否一致，或請對方出示接種時使用的證件。</translation>
    </message>
    <message>
        <source>Person: no person with the id &quot;%1&quot;. Find them by their document or name first.</source>
        <translation>受種者：沒有編號為「%1」的受種者。請先按證件或姓名查詢。</translation>
    </message>
    <message>
        <source>%1 has no identity document on record, and a certificate is checked against one. Add their document at check-in, then print.</source>
        <translation>%1 沒有登記身份證件，而證書需憑證件核驗。請在登記處補錄證件後再列印。</translation>
    </message>
    <message>
        <source>%1 has no valid dose on record, so there is nothing to certify (doses entered in error do not count). Record the dose at the injection desk first, then print.</source>
        <translation>%1 沒有有效的接種記錄，無可證明的內容（錄入錯誤的劑次不計）。請先在接種臺記錄接種，再列印。</translation>
    </message>
    <message numerus="yes">
        <source>Valid: certificate %1, issued %2, lists %n dose(s), all still on record.</source>
        <translation>
            <numerusform>有效：證書 %1，簽發於 %2，列有 %n 劑，均仍在記錄中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Superseded: certificate %1 (issued %2) lists a dose corrected since (%3). Issue a new certificate from the current record%4.</source>
        <translation>已被取代：證書 %1（簽發於 %2）所列的劑次之後已更正（%3）。請按當前記錄簽發新證書%4。</translation>
    </message>
    <message>
        <source>; issued since: %1</source>
        <translation>；此後已簽發：%1</translation>
    </message>
    <message>
        <source>ID number: type the number of the ID document the person shows; the code is checked against it.</source>
        <translation>證件號碼：請輸入對方出示的證件號碼，證書碼將與之核對。</translation>
    </message>
    <message>
        <source>Certificate QR code: it was issued by the site %1, not by this site (%2). Verify it with that site&apos;s records.</source>
        <translation>證書QR 碼：該證書由接種點 %1 簽發，不是本接種點（%2）。請向該接種點核驗。</translation>
    </message>
    <message>
        <source>Certificate QR code: it does not match certificate %1 as issued (the person reference or the doses differ). The paper may be altered: check it by its number.</source>
        <translation>證書QR 碼：與簽發時的證書 %1 不符（受種者參考碼或劑次不同）。紙質證書可能被改動：請按編號核驗。</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>The person was not found. Search again.</source>
        <translation>未找到該受種者。請重新查詢。</translation>
    </message>
    <message>
        <source>The name is empty. Enter the name as on the document.</source>
        <translation>姓名為空。請按證件填寫姓名。</translation>
    </message>
    <message>
        <source>The person to link the document to was not found. Search again.</source>
        <translation>未找到要關聯證件的受種者。請重新查詢。</translation>
    </message>
    <message>
        <source>%1 born %2 is already registered with another document (%3). Link this document to that person or confirm that this is a new person.</source>
        <translation>%1（出生日期 %2）已用另一證件（%3）登記。請把該證件關聯到此人，或確認是新的受種者。</translation>
    </message>
    <message>
        <source>No staff member is logged in. Log in to check people in.</source>
        <translation>沒有工作人員登入。請先登入再進行登記。</translation>
    </message>
    <message>
        <source>Screening found a contraindication (%1): do not vaccinate. Explain to the person and refer to a doctor.</source>
        <translation>健康詢問發現禁忌證（%1）：不予接種。請向受種者說明並轉介醫師。</translation>
    </message>
    <message>
        <source>Screening says defer (%1): not today. The person may come back when it has passed.</source>
        <translation>健康詢問結果為暫緩接種（%1）：今天不接種。情況消除後可再來。</translation>
    </message>
    <message>
        <source>%1 is already checked in today with number %2. Use that number.</source>
        <translation>%1 今天已登記，排隊號 %2。請使用該號碼。</translation>
    </message>
    <message>
        <source>%1 was checked in today with number %2 and that visit was cancelled. One visit per person and day: ask a supervisor, or check in again tomorrow.</source>
        <translation>%1 今天已登記（排隊號 %2），但該登記已取消。每人每天只能登記一次：請聯絡主管，或明天再登記。</translation>
    </message>
    <message>
        <source>Screening does not say defer: nothing to record as a deferral. Check the person in instead.</source>
        <translation>健康詢問結果不是暫緩接種：無需記錄暫緩。請直接為受種者登記。</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the visit, e.g. &quot;left before being called&quot;.</source>
        <translation>請填寫取消登記的原因，例如「叫號前已離開」。</translation>
    </message>
    <message>
        <source>No visit has the id %1. Take the id from the queue list.</source>
        <translation>沒有 ID 為 %1 的登記記錄。請從排隊列表中取得 ID。</translation>
    </message>
    <message>
        <source>Visit number %1 is %2, not waiting: only a waiting visit can be cancelled.</source>
        <translation>排隊號 %1 的狀態為 %2，不是等待中：只能取消等待中的登記。</translation>
    </message>
    <message>
        <source>Birth date is missing: the %1 number does not carry it. Enter the birth date from the document, e.g. 2004-02-29.</source>
        <translation>缺少出生日期：%1號碼中不含出生日期。請按證件錄入出生日期，例如 2004-02-29。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>體溫</translation>
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
        <translation>登記草稿無法儲存到 %1（%2）。請釋放磁碟空間或修正資料夾權限；表單中已輸入的內容會保留。</translation>
    </message>
    <message>
        <source>The check-in draft %1 cannot be read (%2). Fix its permissions or delete the file.</source>
        <translation>無法讀取登記草稿 %1（%2）。請修正其權限或刪除該檔案。</translation>
    </message>
    <message>
        <source>The check-in draft %1 is damaged or from another version. Delete the file; only an unfinished form is lost.</source>
        <translation>登記草稿 %1 已損壞或來自其他版本。請刪除該檔案；只會遺失一份未完成的表單。</translation>
    </message>
    <message>
        <source>The check-in draft %1 cannot be removed (%2). Fix the folder&apos;s permissions.</source>
        <translation>無法刪除登記草稿 %1（%2）。請修正資料夾權限。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Scan the vaccine box or vial to check this.</source>
        <translation>請掃描疫苗包裝盒或疫苗瓶以核查此項。</translation>
    </message>
    <message>
        <source>Health and contraindications</source>
        <translation>健康狀況和禁忌證</translation>
    </message>
    <message>
        <source>The check-in is from %1, not today. Check the person in again today (screening and consent).</source>
        <translation>該登記日期為 %1，不是今天。請今天重新登記（健康詢問和知情同意）。</translation>
    </message>
    <message>
        <source>A dose is already recorded for this check-in. Do not give another; look at the dose list.</source>
        <translation>本次登記已有接種記錄。請勿再次接種；請檢視接種記錄列表。</translation>
    </message>
    <message>
        <source>This check-in was %1. Check the person in again if they are to be vaccinated.</source>
        <translation>本次登記狀態為 %1。如需接種，請重新登記。</translation>
    </message>
    <message>
        <source>No screening is recorded today. Send the person back to check-in for screening.</source>
        <translation>今天沒有健康詢問記錄。請讓受種者回到登記處進行健康詢問。</translation>
    </message>
    <message>
        <source>Screening found a contraindication (%1): do not vaccinate; refer to a doctor.</source>
        <translation>健康詢問發現禁忌證（%1）：不予接種；請轉介醫師。</translation>
    </message>
    <message>
        <source>Screening says defer (%1): not today. The person may come back when it has passed.</source>
        <translation>健康詢問結果為暫緩接種（%1）：今天不接種。情況消除後可再來。</translation>
    </message>
    <message>
        <source>Screening needs a doctor&apos;s decision (%1). A doctor may allow the dose with a reason.</source>
        <translation>健康詢問需要醫師判斷（%1）。醫師可說明理由後准予接種。</translation>
    </message>
    <message>
        <source>No consent is recorded. Record the consent at check-in.</source>
        <translation>沒有知情同意記錄。請在登記時記錄知情同意。</translation>
    </message>
    <message>
        <source>The person is under %1: a guardian must sign the consent with name and relation. Record it at check-in.</source>
        <translation>受種者未滿 %1 歲：須由監護人簽署知情同意並註明姓名和關係。請在登記時記錄。</translation>
    </message>
    <message>
        <source>Another vaccine (%1) was given on %2, %3 days ago; wait %4 days, until %5, or a doctor may allow it with a reason.</source>
        <translation>%2 接種過其他疫苗（%1），距今 %3 天；需間隔 %4 天，即等到 %5，或由醫師說明理由後准予接種。</translation>
    </message>
    <message>
        <source>Screening clear; consent by %1.</source>
        <translation>健康詢問無異常；知情同意簽署人：%1。</translation>
    </message>
    <message>
        <source>guardian %1 (%2)</source>
        <translation>監護人 %1（%2）</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>受種者本人</translation>
    </message>
    <message>
        <source>Screening: %1.</source>
        <translation>健康詢問：%1。</translation>
    </message>
    <message>
        <source>Record: dose due and intervals</source>
        <translation>接種記錄：應種劑次和間隔</translation>
    </message>
    <message>
        <source>Dose %1 on %2 was %3; %4 may not complete or follow that series. Use %3 or a product that may replace it.</source>
        <translation>%2 接種的第 %1 劑是 %3；%4 不能用於續種或完成該劑程。請使用 %3 或可替代它的產品。</translation>
    </message>
    <message>
        <source>Earlier doses were another product of the same group; %1 may complete the series.</source>
        <translation>此前劑次為同組的其他產品；可用 %1 完成全程接種。</translation>
    </message>
    <message>
        <source>The series of %1 dose(s) is complete (last dose on %2). Do not give another dose.</source>
        <translation>全程 %1 劑已完成（最後一劑於 %2）。請勿再接種。</translation>
    </message>
    <message>
        <source>Series complete.</source>
        <translation>已完成全程接種。</translation>
    </message>
    <message>
        <source>Dose %1 of %2.</source>
        <translation>第 %1 劑，共 %2 劑。</translation>
    </message>
    <message>
        <source>%1 days after dose %2 (%3).</source>
        <translation>距第 %2 劑（%3）%1 天。</translation>
    </message>
    <message>
        <source>Too early: dose %1 may be given from %2 (%3 after dose %4 on %5). Give an appointment for that day.</source>
        <translation>間隔不足：第 %1 劑最早可於 %2 接種（第 %4 劑於 %5 接種，需間隔 %3）。請預約該日接種。</translation>
    </message>
    <message>
        <source>Later than recommended (by %1 after dose %2). Give the dose now: a late dose completes the series, it never restarts it.</source>
        <translation>已晚於建議時間（第 %2 劑後建議於 %1 前接種）。請現在接種：延遲接種的劑次照常計入全程，無需重新開始。</translation>
    </message>
    <message>
        <source>Vaccine: appearance, lot, expiry</source>
        <translation>疫苗：外觀、批號、有效期</translation>
    </message>
    <message>
        <source>Lot %1 is quarantined after a temperature excursion. Take another lot; a supervisor must release this one first.</source>
        <translation>批號 %1 因溫度超標已被隔離。請換用其他批號；須由主管先解除隔離。</translation>
    </message>
    <message>
        <source>Lot %1 is recalled. Take another lot.</source>
        <translation>批號 %1 已被召回。請換用其他批號。</translation>
    </message>
    <message>
        <source>Lot %1 was discarded. Take another lot.</source>
        <translation>批號 %1 已報廢。請換用其他批號。</translation>
    </message>
    <message>
        <source>Lot %1 is %2. Take another lot.</source>
        <translation>批號 %1 狀態為 %2。請換用其他批號。</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2. Book it as wasted (expired) and take another lot.</source>
        <translation>批號 %1 已於 %2 過期。請登記為損耗（過期）並換用其他批號。</translation>
    </message>
    <message>
        <source>The open vial is of another lot than %1. Scan the vial you hold.</source>
        <translation>該已開啟疫苗瓶不屬於批號 %1。請掃描您手中的疫苗瓶。</translation>
    </message>
    <message>
        <source>This vial was closed. Open a new vial.</source>
        <translation>該疫苗瓶已停止使用。請開啟新的一瓶。</translation>
    </message>
    <message>
        <source>The open vial had to be discarded at %1. Discard it and open a new vial.</source>
        <translation>該已開啟疫苗瓶應於 %1 廢棄。請廢棄並開啟新的一瓶。</translation>
    </message>
    <message>
        <source>The open vial has no doses left. Open a new vial.</source>
        <translation>該已開啟疫苗瓶已無剩餘劑次。請開啟新的一瓶。</translation>
    </message>
    <message>
        <source>%1 comes in %2-dose vials: open a vial (or scan the open one) before the dose.</source>
        <translation>%1 為每瓶 %2 劑的多劑次包裝：接種前請開啟一瓶（或掃描已開啟的疫苗瓶）。</translation>
    </message>
    <message>
        <source>Lot %1 has no doses in stock. Check the box and the stock count; take another lot.</source>
        <translation>批號 %1 無庫存。請核對包裝盒和庫存數，並換用其他批號。</translation>
    </message>
    <message>
        <source>Box code %1 was not received at this site. Scan a box of the lot, or receive the box first.</source>
        <translation>包裝追溯碼 %1 未在本接種點入庫。請掃描該批號的包裝盒，或先將該盒入庫。</translation>
    </message>
    <message>
        <source>Box code %1 belongs to another lot than %2. Scan the box you hold.</source>
        <translation>包裝追溯碼 %1 不屬於批號 %2。請掃描您手中的包裝盒。</translation>
    </message>
    <message>
        <source>Box code %1 was already used for a dose. Set the box aside and take a new one.</source>
        <translation>包裝追溯碼 %1 已用於接種。請將該盒放在一邊，換用新的一盒。</translation>
    </message>
    <message>
        <source>Look at the vaccine and syringe (appearance, label, lot, expiry) and confirm.</source>
        <translation>請檢查疫苗和注射器（外觀、標籤、批號、有效期）並確認。</translation>
    </message>
    <message>
        <source>Lot %1, expires %2.</source>
        <translation>批號 %1，有效期至 %2。</translation>
    </message>
    <message>
        <source>Open vial: %1 dose(s) left, discard at %2.</source>
        <translation>已開啟疫苗瓶：剩餘 %1 劑，%2 廢棄。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The person has no name on record. Correct the registration.</source>
        <translation>受種者沒有登記姓名。請更正登記資訊。</translation>
    </message>
    <message>
        <source>Ask the person&apos;s name and confirm it is %1.</source>
        <translation>請詢問受種者姓名，並確認是 %1。</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>The birth date is missing or in the future. Correct the registration.</source>
        <translation>出生日期缺失或晚於今天。請更正登記資訊。</translation>
    </message>
    <message>
        <source>%1 years (born %2).</source>
        <translation>%1 歲（%2 出生）。</translation>
    </message>
    <message>
        <source>Too young for %1: the minimum age is %2, reached on %3.</source>
        <translation>未達到 %1 的最小接種年齡：最小年齡為 %2，將於 %3 達到。</translation>
    </message>
    <message>
        <source>%1 is for people younger than %2 (until %3). A doctor may allow it with a reason.</source>
        <translation>%1 適用於 %2 以下人群（至 %3 為止）。醫師可說明理由後准予接種。</translation>
    </message>
    <message>
        <source>Vaccine name</source>
        <translation>疫苗品名</translation>
    </message>
    <message>
        <source>Product %1 of lot %2 is not in the catalog. Take another lot.</source>
        <translation>批號 %2 的產品 %1 不在疫苗目錄中。請換用其他批號。</translation>
    </message>
    <message>
        <source>The scanned vaccine is %1, but %2 was chosen. Take the right vaccine.</source>
        <translation>掃描的疫苗是 %1，但選擇的是 %2。請取用正確的疫苗。</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Lot %1 holds %2 dose(s) per vial, the catalog says %3 for %4. Check the box and the lot record.</source>
        <translation>批號 %1 每瓶 %2 劑，而疫苗目錄中 %4 為每瓶 %3 劑。請核對包裝盒和批次記錄。</translation>
    </message>
    <message>
        <source>%1 mL per dose, %2 dose(s) per vial.</source>
        <translation>每劑 %1 mL，每瓶 %2 劑。</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>劑量</translation>
    </message>
    <message>
        <source>%1 mL is not the dose of %2 (%3 mL). Draw the catalog dose.</source>
        <translation>%1 mL 不是 %2 的劑量（%3 mL）。請按目錄劑量抽取。</translation>
    </message>
    <message>
        <source>%1 mL, dose %2 of %3.</source>
        <translation>%1 mL，第 %2 劑，共 %3 劑。</translation>
    </message>
    <message>
        <source>%1 mL.</source>
        <translation>%1 mL。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>接種部位</translation>
    </message>
    <message>
        <source>Choose the injection site (%1).</source>
        <translation>請選擇接種部位（%1）。</translation>
    </message>
    <message>
        <source>%1 is not a site for %2; use %3.</source>
        <translation>%1 不是 %2 的接種部位；請使用 %3。</translation>
    </message>
    <message>
        <source>no site (not injected)</source>
        <translation>無接種部位（非注射）</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>接種途徑</translation>
    </message>
    <message>
        <source>%1 is given %2, not %3.</source>
        <translation>%1 應經 %2 途徑接種，而不是 %3。</translation>
    </message>
    <message>
        <source>The person verifies the vaccine and its expiry</source>
        <translation>受種者驗證疫苗品種和有效期</translation>
    </message>
    <message>
        <source>Show the person (or guardian) the vaccine name and expiry and confirm that they checked it.</source>
        <translation>請向受種者（或監護人）出示疫苗名稱和有效期，並確認其已核對。</translation>
    </message>
    <message>
        <source>%1, lot %2, expires %3.</source>
        <translation>%1，批號 %2，有效期至 %3。</translation>
    </message>
    <message>
        <source>On record: %1 for %2 (%3). The scanned vaccine will be checked against it.</source>
        <translation>已有記錄：%2 %1（%3）。掃描疫苗後將據此核對。</translation>
    </message>
    <message>
        <source>Contraindication on record for %1: %2 (%3, %4). Do not vaccinate whatever today&apos;s answers are; only a doctor can lift it.</source>
        <translation>已記錄對%1的禁忌：%2（%3，%4）。無論今天如何回答都不得接種；只有醫生可以解除。</translation>
    </message>
    <message>
        <source>Precaution on record for %1: %2. A doctor must decide; a doctor may allow the dose with a reason.</source>
        <translation>已記錄對%1的慎用：%2。須由醫生決定；醫生可說明理由後允許接種。</translation>
    </message>
    <message>
        <source>History judged: %1. Doses given at other desks may be missing.</source>
        <translation>所依據的接種史：%1。其他接種臺給予的劑次可能缺失。</translation>
    </message>
    <message numerus="yes">
        <source>History judged: %1, but %n of the person&apos;s records from other desks could not be applied here yet.</source>
        <translation>
            <numerusform>所依據的接種史：%1，但該受種者來自其他接種臺的 %n 條記錄暫時無法在本臺載入。</numerusform>
        </translation>
    </message>
    <message>
        <source>You confirmed that you asked the person about other doses today.</source>
        <translation>您已確認詢問過受種者今天是否接種過其他疫苗。</translation>
    </message>
    <message>
        <source>Ask the person whether they had any other vaccine today, then confirm that you asked.</source>
        <translation>請詢問受種者今天是否接種過其他疫苗，然後確認已詢問。</translation>
    </message>
    <message>
        <source>site history as of %1</source>
        <translation>截至 %1 的全站接種史</translation>
    </message>
    <message>
        <source>this desk only: server unreachable since %1</source>
        <translation>僅本接種臺記錄：自 %1 起無法連線站點伺服器</translation>
    </message>
    <message>
        <source>this desk only: the site server was not asked</source>
        <translation>僅本接種臺記錄：未查詢站點伺服器</translation>
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
        <translation>%1：「%2」不是日期時間。請寫成 YYYY-MM-DDThh:mm:ss，可帶時區偏移，例如 +08:00。</translation>
    </message>
    <message>
        <source>VAXPOINT_FAKE_NOW is set, but this is a production database: records must carry the real time. Unset VAXPOINT_FAKE_NOW, or use a training database.</source>
        <translation>已設定 VAXPOINT_FAKE_NOW，但這是正式資料庫：記錄必須使用真實時間。請取消 VAXPOINT_FAKE_NOW，或改用培訓資料庫。</translation>
    </message>
</context>
<context>
    <name>ClockGuard</name>
    <message>
        <source>The PC&apos;s clock is behind: it says %1, but this database already holds a record written at %2, %3 later. Nothing was saved. Set the PC&apos;s clock right (date, time and time zone), or ask the site administrator to acknowledge a deliberate correction of the clock.</source>
        <translation>電腦時鐘落後了：它顯示 %1，但本資料庫已有一條寫於 %2 的記錄，晚了 %3。未儲存任何內容。請把電腦時鐘調正（日期、時間和時區），或請站點管理員確認這是一次有意的時鐘校正。</translation>
    </message>
    <message>
        <source>%1 (UTC%2%3:%4)</source>
        <translation>%1（UTC%2%3:%4）</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分鐘 %2 秒</translation>
    </message>
</context>
<context>
    <name>ClockService</name>
    <message>
        <source>Reason: say why the PC&apos;s clock was corrected, e.g. &quot;clock was 3 days ahead, set right&quot;.</source>
        <translation>原因：請說明電腦時鐘為何被校正，例如“時鐘快了 3 天，已調正”。</translation>
    </message>
    <message>
        <source>Clock tolerance: give %1 to %2 minutes.</source>
        <translation>時鐘容差：請填寫 %1 到 %2 分鐘。</translation>
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
        <translation>時間：該讀數的時間晚於現在；請填寫實際讀數時間。</translation>
    </message>
    <message>
        <source>Temperature: %1 °C is not a plausible fridge reading; enter it in °C.</source>
        <translation>溫度：%1 °C 不是合理的冰箱讀數；請以 °C 填寫。</translation>
    </message>
    <message>
        <source>Time: this fridge already has a manual reading at that time.</source>
        <translation>時間：該冰箱在此時間已有一條人工讀數。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The reading at %1</source>
        <translation>%1 的讀數</translation>
    </message>
    <message>
        <source>%1: the reading at %2 is in the future (the site&apos;s clock says %3). Check the logger&apos;s clock and export it again; nothing was imported.</source>
        <translation>%1：%2 的讀數在未來（本點時鐘為 %3）。請檢查記錄儀的時鐘後重新匯出；未匯入任何資料。</translation>
    </message>
    <message>
        <source>%1: the temperature is not a number between -100 and 100 °C. Fix the file or export it again; nothing was imported.</source>
        <translation>%1：溫度不是 -100 到 100 °C 之間的數字。請修正檔案或重新匯出；未匯入任何資料。</translation>
    </message>
    <message>
        <source>The logger&apos;s history has a day in the future (%1; today is %2). Check the logger&apos;s clock and export it again; nothing was imported.</source>
        <translation>記錄儀的歷史中有未來的日期（%1；今天是 %2）。請檢查記錄儀的時鐘後重新匯出；未匯入任何資料。</translation>
    </message>
    <message>
        <source>Temperature: &quot;%1&quot; is not a number; enter the reading in °C, e.g. 4.5.</source>
        <translation>溫度：“%1”不是數字；請以 °C 輸入讀數，例如 4.5。</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent is not recorded. Show the consent text and record its version and who signed.</source>
        <translation>尚未記錄知情同意。請出示知情同意書，並記錄其版本和簽字人。</translation>
    </message>
    <message>
        <source>A guardian signed: enter the guardian&apos;s name and relation to the person.</source>
        <translation>由監護人簽字：請填寫監護人姓名及與受種者的關係。</translation>
    </message>
    <message>
        <source>Site setting desk.adult_age_years is &quot;%1&quot;; set it to the age in whole years from which people sign their own consent, e.g. 18.</source>
        <translation>站點設定 desk.adult_age_years 為“%1”；請設為本人可自行簽署知情同意書的週歲年齡，例如 18。</translation>
    </message>
    <message>
        <source>The person is under %1: a guardian must sign the consent. Record the guardian&apos;s name and relation.</source>
        <translation>受種者未滿 %1 週歲：須由監護人簽署知情同意書。請記錄監護人的姓名和關係。</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>知情同意書版本</translation>
    </message>
    <message>
        <source>Consent text version &quot;%1&quot; is not one this site uses (%2). Record the version printed on the consent text that was shown; a site administrator adds a new text with &quot;vaxctl setting set %3&quot;.</source>
        <translation>知情同意書版本“%1”不是本接種點使用的版本（%2）。請記錄所出示的知情同意書上印的版本；新的同意書由接種點管理員用“vaxctl setting set %3”新增。</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>監護人姓名</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation</source>
        <translation>監護人與受種者的關係</translation>
    </message>
</context>
<context>
    <name>Contraindication</name>
    <message>
        <source>Scope &quot;%1&quot; is not understood: write all, product:CODE, group:GROUP or component:NAME.</source>
        <translation>無法識別範圍“%1”：請寫 all、product:程式碼、group:組 或 component:成分。</translation>
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
        <translation>%1 組的疫苗</translation>
    </message>
    <message>
        <source>vaccines containing %1</source>
        <translation>含 %1 的疫苗</translation>
    </message>
    <message>
        <source>screening answer</source>
        <translation>篩查回答</translation>
    </message>
    <message>
        <source>adverse event after a dose</source>
        <translation>接種後不良反應</translation>
    </message>
    <message>
        <source>doctor&apos;s entry</source>
        <translation>醫生錄入</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
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
        <translation>有記錄的禁忌</translation>
    </message>
    <message>
        <source>Precaution on record: a doctor decides</source>
        <translation>有記錄的慎用：由醫生決定</translation>
    </message>
    <message>
        <source>Contraindication: there is no &quot;%1&quot;. Take the id from &quot;vaxctl person contraindications PERSON&quot;.</source>
        <translation>禁忌：不存在“%1”。請從“vaxctl person contraindications PERSON”中獲取編號。</translation>
    </message>
    <message>
        <source>Doctor: the doctor types their own username.</source>
        <translation>醫生：請醫生輸入自己的使用者名稱。</translation>
    </message>
    <message>
        <source>Doctor: the password was confirmed too long ago. Type it again.</source>
        <translation>醫生：密碼確認已超時，請重新輸入。</translation>
    </message>
    <message>
        <source>Reason: say what the contraindication is, e.g. &quot;anaphylaxis to neomycin&quot;.</source>
        <translation>原因：請說明是什麼禁忌，例如“對新黴素嚴重過敏”。</translation>
    </message>
    <message>
        <source>Scope: name the product, group or component, e.g. group:covid-inactivated.</source>
        <translation>範圍：請寫明產品、組或成分，例如 group:covid-inactivated。</translation>
    </message>
    <message>
        <source>Scope: there is no product &quot;%1&quot; in the catalog; use its code, e.g. product:BBIBP-CorV.</source>
        <translation>範圍：目錄中沒有產品“%1”；請使用其程式碼，例如 product:BBIBP-CorV。</translation>
    </message>
    <message>
        <source>Until: %1 is already past; give today or a later date, or none for a permanent one.</source>
        <translation>截止日期：%1 已過；請填寫今天或以後的日期，永久有效則不填。</translation>
    </message>
    <message>
        <source>Person: there is no person &quot;%1&quot;. Find them with &quot;vaxctl person find&quot;.</source>
        <translation>受種者：不存在“%1”。請用“vaxctl person find”查詢。</translation>
    </message>
    <message>
        <source>Reason: say why the doctor lifts it, e.g. &quot;allergy test negative&quot;.</source>
        <translation>原因：請說明醫生解除的理由，例如“過敏試驗陰性”。</translation>
    </message>
    <message>
        <source>Contraindication %1 was already lifted on %2.</source>
        <translation>禁忌 %1 已於 %2 解除。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the file exists and that you may read it.</source>
        <translation>無法開啟資料庫 %1：%2。請檢查檔案是否存在以及是否有讀取權限。</translation>
    </message>
    <message>
        <source>The database is busy: another program holds it (%1). Nothing was saved; close the other program or wait, then try again.</source>
        <translation>資料庫正忙：另一個程式正在使用（%1）。未儲存任何內容；請關閉該程式或稍候再試。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some disk space, then try again.</source>
        <translation>磁碟已滿。未儲存任何內容；請釋放磁碟空間後重試。</translation>
    </message>
    <message>
        <source>The database cannot be written (%1). Nothing was saved; check the file&apos;s permissions and the disk, then try again.</source>
        <translation>資料庫無法寫入（%1）。未儲存任何內容；請檢查檔案權限和磁碟後重試。</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk, then try again.</source>
        <translation>磁碟報告錯誤（%1）。未儲存任何內容；請檢查磁碟後重試。</translation>
    </message>
    <message>
        <source>A database operation failed (%1): %2</source>
        <translation>資料庫操作失敗（%1）：%2</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;vaxctl init&quot; or start VaxPoint once, or pass the right --db path.</source>
        <translation>%1 處沒有資料庫。請用「vaxctl init」建立，或先啟動一次 VaxPoint，或用 --db 指定正確路徑。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer VaxPoint (schema %2; this program knows up to %3). Install the newer VaxPoint; this one will not touch the file.</source>
        <translation>資料庫 %1 由更新版本的 VaxPoint 寫入（結構版本 %2；本程式最高支援 %3）。請安裝新版 VaxPoint；本程式不會改動該檔案。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check the path and your permissions.</source>
        <translation>無法為資料庫建立資料夾 %1。請檢查路徑和權限。</translation>
    </message>
    <message>
        <source>The database refused write-ahead logging (%1). Move it to a local disk; network drives are not supported.</source>
        <translation>資料庫無法啟用預寫日誌（%1）。請將其移到本機磁碟；不支援網路驅動器。</translation>
    </message>
    <message>
        <source>The database has schema %1 and needs %2. Open it with VaxPoint or run &quot;vaxctl check-db&quot; to upgrade it.</source>
        <translation>資料庫結構版本為 %1，需要 %2。請用 VaxPoint 開啟或執行「vaxctl check-db」進行升級。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database was left at schema %4.</source>
        <translation>資料庫升級到結構版本 %1（%2）失敗：%3。資料庫保持在結構版本 %4。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Nothing was saved. Stop recording on this computer, keep the file as it is and call support before replacing anything.</source>
        <translation>資料庫已損壞（%1）。沒有儲存任何內容。請停止在這臺電腦上記錄，原樣保留該檔案，在替換任何檔案之前先聯絡技術支援。</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is read-only (a write-protected USB stick, a read-only network share, or a disk the system switched to read-only after errors). Nothing is lost and VaxPoint changed nothing. Unlock the medium, or copy the database to a writable disk, then start again.</source>
        <translation>資料庫 %1 所在的磁碟是隻讀的（防寫的 U 盤、只讀的網路共享，或系統因錯誤改為只讀的磁碟）。沒有丟失任何資料，VaxPoint 也沒有做任何修改。請解除介質的防寫，或把資料庫複製到可寫的磁碟，然後重新啟動。</translation>
    </message>
    <message>
        <source>The folder %1 that holds the database cannot be written: VaxPoint keeps its journal files (-wal, -shm) beside the database. Nothing is lost and VaxPoint changed nothing. Let this account write in that folder (ask the PC&apos;s administrator), or move the database to a writable folder, then start again.</source>
        <translation>存放資料庫的資料夾 %1 不可寫：VaxPoint 需要在資料庫旁邊儲存日誌檔案（-wal、-shm）。沒有丟失任何資料，VaxPoint 也沒有做任何修改。請讓本賬戶可以寫入該資料夾（請電腦管理員處理），或把資料庫移到可寫的資料夾，然後重新啟動。</translation>
    </message>
    <message>
        <source>The database %1 is read-only: VaxPoint could not record anything in it. Nothing is lost and VaxPoint changed nothing. Give this account write permission on the file (its properties, or ask the PC&apos;s administrator), then start again.</source>
        <translation>資料庫 %1 是隻讀的：VaxPoint 無法在其中記錄任何內容。沒有丟失任何資料，VaxPoint 也沒有做任何修改。請給本賬戶該檔案的寫許可權（在檔案屬性中，或請電腦管理員處理），然後重新啟動。</translation>
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
        <translation>資料庫 %1 所在的磁碟已滿（剩餘 %2）。VaxPoint 在做任何修改之前已停止：沒有丟失任何資料。請在該磁碟上騰出空間（舊的匯出檔案、副本、下載內容、回收站），然後重新啟動。</translation>
    </message>
    <message>
        <source>This account may not open the database %1 (permission denied). Nothing is lost. Sign in to the PC with the account that runs VaxPoint, or ask the PC&apos;s administrator to give this account access to the file and its folder.</source>
        <translation>本賬戶無權開啟資料庫 %1（許可權被拒絕）。沒有丟失任何資料。請用執行 VaxPoint 的賬戶登入電腦，或請電腦管理員給本賬戶該檔案及其資料夾的訪問許可權。</translation>
    </message>
    <message>
        <source>The database %1 is locked by %2, which keeps it to itself. VaxPoint waited, then stopped without changing anything: nothing is lost. Close that program (another VaxPoint window, a vaxctl command, a copy or sync tool), then start again.</source>
        <translation>資料庫 %1 被 %2 獨佔鎖定。VaxPoint 等待後已停止，未作任何修改：沒有丟失任何記錄。請關閉該程式（另一個 VaxPoint 視窗、vaxctl 命令、複製或同步工具），然後重新啟動。</translation>
    </message>
    <message>
        <source>The file %1 is not a VaxPoint database (%2). VaxPoint did not change it. Check the --db path or the VAXPOINT_DB setting. If this file was the clinic&apos;s database, keep it as it is and call support.</source>
        <translation>檔案 %1 不是 VaxPoint 資料庫（%2）。VaxPoint 沒有修改它。請檢查 --db 路徑或 VAXPOINT_DB 設定。如果這個檔案原本就是接種點的資料庫，請原樣保留並聯系技術支援。</translation>
    </message>
    <message>
        <source>The file %1 is empty: there is no database in it. VaxPoint did not change it. To create a site there, run &quot;vaxctl init --db %1 --site-code … --site-name … --district …&quot;; otherwise give the right --db path.</source>
        <translation>檔案 %1 是空的：其中沒有資料庫。VaxPoint 沒有修改它。要在此建立接種點，請執行 &quot;vaxctl init --db %1 --site-code … --site-name … --district …&quot;；否則請給出正確的 --db 路徑。</translation>
    </message>
    <message>
        <source>The database %1 says its schema is version %2, which no VaxPoint writes (this one knows 1 to %3). VaxPoint did not change it. Keep the file as it is and call support.</source>
        <translation>資料庫 %1 標明其結構版本為 %2，任何版本的 VaxPoint 都不會寫出這個版本（本程式認識 1 到 %3）。VaxPoint 沒有修改它。請原樣保留該檔案並聯系技術支援。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). VaxPoint stopped and did not change the file. Keep it exactly as it is and call support before replacing anything: support can often recover records from it. </source>
        <translation>資料庫 %1 已損壞（%2）。VaxPoint 已停止，沒有修改該檔案。請原樣保留，在替換任何檔案之前先聯絡技術支援：技術支援通常能從中恢復記錄。</translation>
    </message>
    <message>
        <source>No backup was found beside it.</source>
        <translation>旁邊沒有找到備份。</translation>
    </message>
    <message>
        <source>The newest backup is %1, taken %2: every record written after that (doses, check-ins, stock) is not in it and would be lost if the backup replaced the database.</source>
        <translation>最新的備份是 %1，備份時間 %2：此後寫入的所有記錄（接種、登記、庫存）都不在其中，如果用該備份替換資料庫，這些記錄將會丟失。</translation>
    </message>
    <message>
        <source>The disk reported an error on the database %1 (%2). VaxPoint stopped without changing anything. Check the disk (a failing disk, a removed USB stick, a lost network share), then start again.</source>
        <translation>磁碟在讀寫資料庫 %1 時報告錯誤（%2）。VaxPoint 已停止，沒有做任何修改。請檢查磁碟（磁碟故障、U 盤被拔出、網路共享斷開），然後重新啟動。</translation>
    </message>
    <message>
        <source>it does not start with a SQLite header</source>
        <translation>檔案開頭沒有 SQLite 檔案頭</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一個程式</translation>
    </message>
    <message>
        <source>another program (process %1)</source>
        <translation>另一個程式（程序 %1）</translation>
    </message>
    <message>
        <source>the program &quot;%1&quot; (process %2)</source>
        <translation>程式“%1”（程序 %2）</translation>
    </message>
    <message>
        <source>%1 (site time)</source>
        <translation>%1（接種點時間）</translation>
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
        <translation>日期：請按 YYYY-MM-DD 格式給出日期。</translation>
    </message>
    <message>
        <source>Date: give the day to reopen as YYYY-MM-DD.</source>
        <translation>日期：請按 YYYY-MM-DD 格式填寫要重新開啟的日期。</translation>
    </message>
    <message>
        <source>Date: %1 is not closed, so there is nothing to reopen. Only the day closed last can be reopened.</source>
        <translation>日期：%1 尚未日結，無需重新開啟。只能重新開啟最近一次日結的日期。</translation>
    </message>
    <message>
        <source>Date: %1 cannot be reopened: its bundle %2 was already exported after the close. Record late work today; the next export carries it to the district.</source>
        <translation>日期：%1 無法重新開啟：日結後其資料包 %2 已匯出。請在今天補錄遲到的記錄，下一次匯出會將其上報區縣。</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Daily vaccination report — %1</source>
        <translation>每日接種報表 — %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Day closed at %1.</source>
        <translation>已於 %1 日結。</translation>
    </message>
    <message>
        <source>The day is not closed yet: figures may still change.</source>
        <translation>當日尚未日結：數字仍可能變動。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要數據</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>登記人次</translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation>接種劑次</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正作廢</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暫緩接種</translation>
    </message>
    <message>
        <source>AEFI</source>
        <translation>AEFI</translation>
    </message>
    <message>
        <source>Serious AEFI</source>
        <translation>嚴重 AEFI</translation>
    </message>
    <message>
        <source>Doses wasted</source>
        <translation>損耗劑次</translation>
    </message>
    <message>
        <source>Doses per hour</source>
        <translation>每小時接種劑次</translation>
    </message>
    <message>
        <source>Doses by age group (blue: male and unknown, orange: female)</source>
        <translation>各年齡組接種劑次（藍色：男性及性別不詳，橙色：女性）</translation>
    </message>
    <message>
        <source>Doses by product, dose number, age group and sex</source>
        <translation>按產品、劑次、年齡組和性別統計的接種劑次</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>劑次</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>年齡組</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>劑數</translation>
    </message>
    <message>
        <source>Adverse events and wastage</source>
        <translation>疑似預防接種異常反應與損耗</translation>
    </message>
    <message>
        <source>AEFI: %1 (%2 serious). By severity: %3.</source>
        <translation>AEFI：%1 例（其中嚴重 %2 例）。按嚴重程度：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Wasted doses by reason: %1.</source>
        <translation>按原因統計的損耗劑次：%1。</translation>
    </message>
    <message>
        <source>Stock reconciliation</source>
        <translation>庫存核對</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批號</translation>
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
        <translation>入庫</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>接種</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>損耗</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>帳面</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>實盤</translation>
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
        <translation>未盤點</translation>
    </message>
    <message>
        <source>Fridges</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>讀數</translation>
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
        <translation>溫度超標</translation>
    </message>
    <message>
        <source>Excursion %1 in %2 from %3, %4 min, extreme %5 °C.</source>
        <translation>溫度超標（%1）：%2，%3 起，持續 %4 分鐘，極值 %5 °C。</translation>
    </message>
</context>
<context>
    <name>DemoSeed</name>
    <message>
        <source>Demo data goes into training databases only; %1 is the production database of site %2 and was not changed. Use a training database (vaxctl init --training).</source>
        <translation>示範資料只能寫入培訓資料庫；%1 是接種點 %2 的正式資料庫，未做任何改動。請使用培訓資料庫（vaxctl init --training）。</translation>
    </message>
    <message>
        <source>Demo data: the number of people and of days must be zero or more.</source>
        <translation>示範資料：人數和天數必須為 0 或以上。</translation>
    </message>
    <message>
        <source>Demo data: the site has no staff member to record as creator. Initialise the site first.</source>
        <translation>示範資料：接種點沒有可記為建立人的工作人員。請先初始化接種點。</translation>
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
        <translation>儲存時%1已被更改；未儲存任何內容。請重試。</translation>
    </message>
    <message>
        <source>Site setting desk.other_vaccine_days is &quot;%1&quot;; set it to a number of days, e.g. 14.</source>
        <translation>接種點設定 desk.other_vaccine_days 為「%1」；請設為天數，例如 14。</translation>
    </message>
    <message>
        <source>Site setting desk.allergy_observation_minutes is &quot;%1&quot;; set it to minutes, e.g. 30.</source>
        <translation>接種點設定 desk.allergy_observation_minutes 為「%1」；請設為分鐘數，例如 30。</translation>
    </message>
    <message>
        <source>Desk: give the desk&apos;s name or number, e.g. 3.</source>
        <translation>接種臺：請給出接種臺名稱或編號，例如 3。</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>排隊資訊</translation>
    </message>
    <message>
        <source>Visit: no check-in &quot;%1&quot;. Call the person from the queue or check them in.</source>
        <translation>登記記錄：沒有登記記錄「%1」。請從排隊中叫號，或為其登記。</translation>
    </message>
    <message>
        <source>Visit: its person is missing. Check the person in again.</source>
        <translation>登記記錄：找不到對應的受種者。請重新為其登記。</translation>
    </message>
    <message>
        <source>Box code: &quot;%1&quot; is not a 20-digit trace code. Scan the box&apos;s trace code again.</source>
        <translation>包裝追溯碼：「%1」不是 20 位追溯碼。請重新掃描包裝盒上的追溯碼。</translation>
    </message>
    <message>
        <source>Vial: no vial &quot;%1&quot;. Scan the open vial again or open a new one.</source>
        <translation>疫苗瓶：沒有疫苗瓶「%1」。請重新掃描已開啟的疫苗瓶，或開啟新的一瓶。</translation>
    </message>
    <message>
        <source>Override: give the doctor&apos;s reason for allowing the dose.</source>
        <translation>醫師特批：請填寫醫師准予接種的理由。</translation>
    </message>
    <message>
        <source>Override: %1 cannot be overridden here (not failing, or not an item a doctor may override).</source>
        <translation>醫師特批：%1 在此不能特批（該項未失敗，或不屬於醫師可特批的項目）。</translation>
    </message>
    <message>
        <source>The checklist does not pass (%1): %2</source>
        <translation>核查未通過（%1）：%2</translation>
    </message>
    <message>
        <source>no dose is due.</source>
        <translation>沒有應種劑次。</translation>
    </message>
    <message>
        <source>The box code</source>
        <translation>包裝追溯碼</translation>
    </message>
    <message>
        <source>The check-in</source>
        <translation>登記記錄</translation>
    </message>
    <message>
        <source>Reason: say why the dose is entered in error, e.g. &quot;recorded for the wrong person&quot;.</source>
        <translation>原因：請說明該接種記錄為何屬於輸入錯誤，例如「記到了其他人名下」。</translation>
    </message>
    <message>
        <source>Dose: no dose &quot;%1&quot;. Take the id from &quot;vaxctl dose list&quot;.</source>
        <translation>接種記錄：沒有接種記錄「%1」。請從「vaxctl dose list」中取得 ID。</translation>
    </message>
    <message>
        <source>Dose: it was already entered in error on %1 (%2).</source>
        <translation>接種記錄：已於 %1 標記為輸入錯誤（%2）。</translation>
    </message>
    <message>
        <source>The dose</source>
        <translation>接種記錄</translation>
    </message>
    <message>
        <source>The vial</source>
        <translation>疫苗瓶</translation>
    </message>
    <message>
        <source>Override: only a doctor may override, with their own password or PIN typed here. Ask the doctor to confirm.</source>
        <translation>越過：只有醫生可以越過，並須在此輸入本人的密碼或 PIN 碼。請醫生確認。</translation>
    </message>
    <message>
        <source>Override: the account &quot;%1&quot; is locked after wrong passwords or PINs. Another doctor must decide.</source>
        <translation>越過：賬號“%1”因密碼或 PIN 碼輸錯已被鎖定。須由另一位醫生決定。</translation>
    </message>
    <message>
        <source>Override: the doctor confirmed more than %1 minutes ago. Ask the doctor to confirm again with their password or PIN.</source>
        <translation>越過：醫生的確認已超過 %1 分鐘。請醫生用本人的密碼或 PIN 碼重新確認。</translation>
    </message>
    <message>
        <source>Override: the doctor confirmed it for another visit. Ask the doctor to confirm again for this person.</source>
        <translation>越過：醫生確認的是另一次就診。請醫生為此人重新確認。</translation>
    </message>
    <message>
        <source>Override: the doctor did not approve %1. Ask the doctor to confirm again.</source>
        <translation>越過：醫生未批准 %1。請醫生重新確認。</translation>
    </message>
    <message>
        <source>Override: the doctor&apos;s confirmation is not on record. Ask the doctor to confirm again with their password or PIN.</source>
        <translation>越過：沒有該醫生確認的記錄。請醫生用本人的密碼或 PIN 碼重新確認。</translation>
    </message>
    <message>
        <source>Override: this confirmation was already used for a dose. Ask the doctor to confirm again.</source>
        <translation>越過：此確認已用於一劑接種。請醫生重新確認。</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>接種臺</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>劑量</translation>
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
        <translation>接種記錄：這劑次是在本接種點的 %1 號臺接種的，記錄由該臺儲存；請在 %1 號臺更正。在這裡更正會被接種點伺服器拒絕。</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>The folder %1 is full: %2 did not fit. Free some space on it or choose another folder (e.g. another USB drive).</source>
        <translation>資料夾 %1 已滿：%2 寫不下。請騰出空間，或選擇其他資料夾（例如另一個 U 盤）。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only (a write-protected USB drive or a medium mounted read-only): %2 was not written. Slide the drive&apos;s lock switch off or choose another folder.</source>
        <translation>資料夾 %1 為只讀（U 盤處於防寫狀態，或介質以只讀方式掛載）：%2 未寫入。請撥開 U 盤的防寫開關，或選擇其他資料夾。</translation>
    </message>
    <message>
        <source>You may not write into the folder %1: %2 was not written. Choose a folder you can write into.</source>
        <translation>您無權寫入資料夾 %1：%2 未寫入。請選擇您可以寫入的資料夾。</translation>
    </message>
    <message>
        <source>The folder %1 stopped answering while %2 was written (was the USB drive removed?). Plug it in again, check it, and write again.</source>
        <translation>寫入 %2 時資料夾 %1 停止響應（U 盤被拔出了嗎？）。請重新插入並檢查後再寫一次。</translation>
    </message>
    <message>
        <source>The folder %1 already holds something named %2. Move it away or choose another folder.</source>
        <translation>資料夾 %1 中已有名為 %2 的專案。請將其移走，或選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Could not write %2 into the folder %1 (%3). Check that the folder exists, is writable and has free space.</source>
        <translation>無法將 %2 寫入資料夾 %1（%3）。請檢查該資料夾是否存在、可寫且有剩餘空間。</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Output folder: %1 does not exist; create it or choose another (e.g. a USB drive).</source>
        <translation>輸出資料夾：%1 不存在；請建立該資料夾或選擇其他資料夾（例如隨身碟）。</translation>
    </message>
</context>
<context>
    <name>Fridge</name>
    <message>
        <source>Name: give the fridge a name, e.g. &quot;Fridge 2&quot;.</source>
        <translation>名稱：請為冰箱命名，例如「2 號冰箱」。</translation>
    </message>
    <message>
        <source>Thresholds: the minimum (%1 °C) must be below the maximum (%2 °C).</source>
        <translation>閾值：最低溫度（%1 °C）必須低於最高溫度（%2 °C）。</translation>
    </message>
    <message>
        <source>Alarms: the freeze limit must be below the minimum and both alarm delays must be positive minutes.</source>
        <translation>報警：凍結限值必須低於最低溫度，兩個報警延時都必須是正的分鐘數。</translation>
    </message>
    <message>
        <source>Name: a fridge named &quot;%1&quot; exists; choose another name.</source>
        <translation>名稱：已有名為「%1」的冰箱；請換一個名稱。</translation>
    </message>
    <message>
        <source>Fridge: no fridge &quot;%1&quot;. Give a fridge&apos;s name or id (see &quot;vaxctl fridge list&quot;).</source>
        <translation>冰箱：沒有冰箱「%1」。請給出冰箱名稱或 ID（見「vaxctl fridge list」）。</translation>
    </message>
    <message>
        <source>Fridge name</source>
        <translation>冰箱名稱</translation>
    </message>
</context>
<context>
    <name>Gs1</name>
    <message>
        <source>GTIN (01) must be 14 digits; the scan gave &quot;%1&quot;. Scan the box code again.</source>
        <translation>GTIN (01) 必須是 14 位數字；掃描結果為「%1」。請重新掃描包裝盒上的條碼。</translation>
    </message>
    <message>
        <source>GTIN (01) %1 has a wrong check digit. Scan the box code again; if it repeats, the label is damaged.</source>
        <translation>GTIN (01) %1 校驗位錯誤。請重新掃描包裝盒條碼；如仍出錯，說明標籤已損壞。</translation>
    </message>
    <message>
        <source>Date (%1) &quot;%2&quot; is not a YYMMDD date. Scan the box code again or type the date.</source>
        <translation>日期 (%1)「%2」不是 YYMMDD 格式。請重新掃描包裝盒條碼或手動輸入日期。</translation>
    </message>
    <message>
        <source>(%1) is empty. Scan the box code again.</source>
        <translation>(%1) 為空。請重新掃描包裝盒條碼。</translation>
    </message>
    <message>
        <source>(%1) has %2 characters; at most %3 are allowed. Scan the box code again.</source>
        <translation>(%1) 有 %2 個字元；最多允許 %3 個。請重新掃描包裝盒條碼。</translation>
    </message>
    <message>
        <source>(%1) contains &quot;%2&quot;, which a GS1 code cannot hold. Scan the box code again.</source>
        <translation>(%1) 含有 GS1 碼不允許的字元「%2」。請重新掃描包裝盒條碼。</translation>
    </message>
    <message>
        <source>The code ends in the middle of an element. Scan it again.</source>
        <translation>條碼在某個資料元素中間就結束了。請重新掃描。</translation>
    </message>
    <message>
        <source>Application identifier (%1) is not supported here; VaxPoint reads (01), (17), (10) and (21). Type the lot and expiry instead.</source>
        <translation>此處不支援應用識別符號 (%1)；VaxPoint 讀取 (01)、(17)、(10) 和 (21)。請改為手動輸入批號和有效期。</translation>
    </message>
    <message>
        <source>(%1) appears twice. Scan the box code again.</source>
        <translation>(%1) 出現了兩次。請重新掃描包裝盒條碼。</translation>
    </message>
    <message>
        <source>(%1) needs %2 characters but the code ends early. Scan it again.</source>
        <translation>(%1) 需要 %2 個字元，但條碼提前結束。請重新掃描。</translation>
    </message>
    <message>
        <source>The code is empty. Scan the box code again.</source>
        <translation>條碼為空。請重新掃描包裝盒條碼。</translation>
    </message>
    <message>
        <source>(%1) &quot;%2&quot; may hold further elements because the scanner sent no GS separator, so the lot or serial cannot be read safely. Set the scanner to send GS (Ctrl+]) or type the lot and expiry.</source>
        <translation>(%1)「%2」可能還包含其他資料元素，因為掃描槍沒有傳送 GS 分隔符，無法可靠讀取批號或序列號。請把掃描槍設定為傳送 GS（Ctrl+]），或手動輸入批號和有效期。</translation>
    </message>
    <message>
        <source>The code has no GTIN (01). Scan the code on the vaccine box, not another label.</source>
        <translation>條碼中沒有 GTIN (01)。請掃描疫苗包裝盒上的條碼，而不是其他標籤。</translation>
    </message>
</context>
<context>
    <name>IdentityDocument</name>
    <message>
        <source>%1 number: expected %2. Check the number and type it again.</source>
        <translation>%1號碼：應為%2。請核對號碼後重新輸入。</translation>
    </message>
    <message>
        <source>H or M followed by 8 digits and an optional 2-digit renewal count, e.g. H12345678</source>
        <translation>H 或 M 加 8 位數字，可再加 2 位換證次數，例如 H12345678</translation>
    </message>
    <message>
        <source>8 digits, e.g. 12345678</source>
        <translation>8 位數字，例如 12345678</translation>
    </message>
    <message>
        <source>%1 number: &quot;%2&quot; is not a country code. The first three letters are the holder&apos;s nationality (ISO 3166, e.g. USA); check them.</source>
        <translation>%1號碼：「%2」不是國家代碼。前三個字母是持證人國籍（ISO 3166，例如 USA）；請核對。</translation>
    </message>
    <message>
        <source>3 letters and 12 digits (older card) or 18 characters starting with 9 (2023 card)</source>
        <translation>3 個字母加 12 位數字（舊版），或以 9 開頭的 18 位（2023 版）</translation>
    </message>
    <message>
        <source>5 to 9 letters or digits, e.g. E12345678</source>
        <translation>5 到 9 位字母或數字，例如 E12345678</translation>
    </message>
    <message>
        <source>Passport: the issuing country is missing. Enter its three-letter code (ISO 3166), e.g. CHN or USA.</source>
        <translation>護照：缺少簽發國。請填寫三字母代碼（ISO 3166），例如 CHN 或 USA。</translation>
    </message>
    <message>
        <source>Passport: &quot;%1&quot; is not a country code. Enter the three-letter code (ISO 3166), e.g. CHN or USA.</source>
        <translation>護照：「%1」不是國家代碼。請填寫三字母代碼（ISO 3166），例如 CHN 或 USA。</translation>
    </message>
    <message>
        <source>The document number is empty. Scan the card or type its number.</source>
        <translation>證件號碼為空。請掃描證件或輸入號碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like any known document number. Choose the document type and check the number.</source>
        <translation>「%1」不像任何已知的證件號碼。請選擇證件類型並核對號碼。</translation>
    </message>
    <message>
        <source>Birth date %1 contradicts the %2 number, which says %3. Correct the birth date or the number.</source>
        <translation>出生日期 %1 與%2號碼不符（號碼顯示為 %3）。請更正出生日期或號碼。</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future. Correct it.</source>
        <translation>出生日期 %1 晚於今天。請更正。</translation>
    </message>
    <message>
        <source>Sex &quot;%1&quot; contradicts the %2 number, which says &quot;%3&quot;. Correct the sex or the number.</source>
        <translation>性別「%1」與%2號碼不符（號碼顯示為「%3」）。請更正性別或號碼。</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>居民身分證</translation>
    </message>
    <message>
        <source>Hong Kong/Macao/Taiwan residence permit</source>
        <translation>港澳臺居民居住證</translation>
    </message>
    <message>
        <source>Home Return Permit</source>
        <translation>港澳居民來往內地通行證</translation>
    </message>
    <message>
        <source>Taiwan compatriot permit</source>
        <translation>臺灣居民來往大陸通行證</translation>
    </message>
    <message>
        <source>Foreign permanent residence card</source>
        <translation>外國人永久居留身分證</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>%1 number: expected 17 digits and a final digit or X (18 characters), got &quot;%2&quot; (%3 characters). Check the number and type it again.</source>
        <translation>%1號碼：應為 17 位數字加 1 位數字或 X（共 18 位），實際為「%2」（%3 位）。請核對號碼後重新輸入。</translation>
    </message>
    <message>
        <source>%1 number: it must start with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), not %2. Check the number or choose another document type.</source>
        <translation>%1號碼：必須以 810000（香港）、820000（澳門）或 830000（臺灣）開頭，而不是 %2。請核對號碼或選擇其他證件類型。</translation>
    </message>
    <message>
        <source>%1 number: region code %2 is not a Chinese province. Check the first digits of the number.</source>
        <translation>%1號碼：地區代碼 %2 不是中國的省級行政區。請核對號碼的前幾位。</translation>
    </message>
    <message>
        <source>%1 number: &quot;%2&quot; (digits 7–14) is not a real birth date. Check those digits.</source>
        <translation>%1號碼：「%2」（第 7–14 位）不是有效的出生日期。請核對這幾位。</translation>
    </message>
    <message>
        <source>%1 number: birth date %2 is in the future. Check digits 7–14.</source>
        <translation>%1號碼：出生日期 %2 晚於今天。請核對第 7–14 位。</translation>
    </message>
    <message>
        <source>%1 number: the last character should be %2, not %3, so a digit is wrong. Scan the card or check each digit.</source>
        <translation>%1號碼：最後一位應為 %2 而不是 %3，說明有數字錯誤。請掃描證件或逐位核對。</translation>
    </message>
    <message>
        <source>%1 number: region %2 is the region of a Hong Kong, Macao or Taiwan residence permit. Choose the residence permit as the document type.</source>
        <translation>%1號碼：地區碼 %2 屬於港澳臺居民居住證。請將證件類型選為港澳臺居民居住證。</translation>
    </message>
</context>
<context>
    <name>InputPolicy</name>
    <message>
        <source>a control character</source>
        <translation>控制字元</translation>
    </message>
    <message>
        <source>a character that reverses the direction of the text</source>
        <translation>改變文字方向的字元</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>換行符</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>不可見字元</translation>
    </message>
    <message>
        <source>a character that could not be read (the text was not valid UTF-8)</source>
        <translation>無法識別的字元（文字不是有效的 UTF-8）</translation>
    </message>
    <message>
        <source>a character that is not text</source>
        <translation>非文字字元</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit. Shorten it, or check that nothing was pasted or scanned into the field twice.</source>
        <translation>%1 長 %2 個字元，最多 %3 個。請縮短，或檢查是否重複貼上或掃描了兩次。</translation>
    </message>
    <message>
        <source>%1 contains %2 (%3) at character %4. Type it again by hand: text copied from elsewhere can carry hidden characters.</source>
        <translation>%1 的第 %4 個字元是%2（%3）。請手動重新輸入：從別處複製的文字可能帶有隱藏字元。</translation>
    </message>
    <message>
        <source>%1 may hold only digits, a leading +, spaces, hyphens and brackets; &quot;%2&quot; is not one. Enter the number as digits, e.g. 13800138000.</source>
        <translation>%1 只能包含數字、開頭的 +、空格、連字元和括號；“%2”不在其中。請輸入數字，例如 13800138000。</translation>
    </message>
    <message>
        <source>%1 has %2 digits; a phone number has 5 to 15. Check the number.</source>
        <translation>%1 有 %2 位數字；電話號碼應為 5 到 15 位。請核對號碼。</translation>
    </message>
    <message>
        <source>%1 is not a number. Enter a number between %2.</source>
        <translation>%1 不是數字。請輸入 %2 之間的數字。</translation>
    </message>
    <message>
        <source>%1 is %2, outside %3. Enter a number in that range.</source>
        <translation>%1 為 %2，超出 %3。請輸入該範圍內的數字。</translation>
    </message>
    <message>
        <source>%1 is not a valid time. Enter it as YYYY-MM-DD HH:MM.</source>
        <translation>%1 不是有效的時間。請按 YYYY-MM-DD HH:MM 輸入。</translation>
    </message>
    <message>
        <source>%1 (%2) lies in the future; the site&apos;s clock says %3. Enter the time it happened, or check the clock of the device that recorded it.</source>
        <translation>%1（%2）在未來；接種點時鐘為 %3。請輸入實際發生的時間，或檢查記錄裝置的時鐘。</translation>
    </message>
    <message>
        <source>%1 is not a valid date. Enter it as YYYY-MM-DD.</source>
        <translation>%1 不是有效的日期。請按 YYYY-MM-DD 輸入。</translation>
    </message>
    <message>
        <source>%1 (%2) lies after today (%3). Enter the date from the document.</source>
        <translation>%1（%2）晚於今天（%3）。請按證件上的日期輸入。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text (byte %2). Save or type it again as UTF-8.</source>
        <translation>%1 不是有效的 UTF-8 文字（第 %2 位元組）。請以 UTF-8 重新儲存或輸入。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Fever</source>
        <translation>發熱</translation>
    </message>
    <message>
        <source>Allergy to a vaccine component</source>
        <translation>對疫苗成分過敏</translation>
    </message>
    <message>
        <source>Severe reaction to an earlier dose</source>
        <translation>既往接種後嚴重反應</translation>
    </message>
    <message>
        <source>Serious neurological disease</source>
        <translation>嚴重神經系統疾病</translation>
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
        <translation>懷孕</translation>
    </message>
    <message>
        <source>Another vaccine recently</source>
        <translation>近期接種過其他疫苗</translation>
    </message>
    <message>
        <source>Immunodeficiency or immunosuppressive therapy</source>
        <translation>免疫缺陷或免疫抑制治療</translation>
    </message>
    <message>
        <source>Another condition for a doctor to judge</source>
        <translation>其他需醫生判斷的情況</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>無異常</translation>
    </message>
    <message>
        <source>Doctor&apos;s review</source>
        <translation>需醫生評估</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>暫緩</translation>
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
        <translation>已叫號</translation>
    </message>
    <message>
        <source>Vaccinated</source>
        <translation>已接種</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暫緩接種</translation>
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
        <translation>優先</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>監護人</translation>
    </message>
    <message>
        <source>Three checks</source>
        <translation>三查</translation>
    </message>
    <message>
        <source>Seven verifications</source>
        <translation>七對</translation>
    </message>
    <message>
        <source>One validation</source>
        <translation>一驗證</translation>
    </message>
    <message>
        <source>Health and contraindications</source>
        <translation>健康狀況和禁忌證</translation>
    </message>
    <message>
        <source>Record: dose due and intervals</source>
        <translation>接種記錄：應種劑次和間隔</translation>
    </message>
    <message>
        <source>Vaccine: appearance, lot, expiry</source>
        <translation>疫苗：外觀、批號、有效期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Vaccine name</source>
        <translation>疫苗名稱</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>劑量</translation>
    </message>
    <message>
        <source>Injection site</source>
        <translation>接種部位</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>接種途徑</translation>
    </message>
    <message>
        <source>The person verifies the vaccine and its expiry</source>
        <translation>受種者驗證疫苗及有效期</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>透過</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待確認</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未透過</translation>
    </message>
    <message>
        <source>Check-in is not from today</source>
        <translation>不是今天的登記</translation>
    </message>
    <message>
        <source>Already vaccinated at this check-in</source>
        <translation>本次登記已接種</translation>
    </message>
    <message>
        <source>Check-in closed</source>
        <translation>登記已結束</translation>
    </message>
    <message>
        <source>No screening recorded</source>
        <translation>未記錄健康篩查</translation>
    </message>
    <message>
        <source>Contraindication found at screening</source>
        <translation>篩查發現禁忌證</translation>
    </message>
    <message>
        <source>Deferred at screening</source>
        <translation>篩查結果為暫緩</translation>
    </message>
    <message>
        <source>Doctor&apos;s decision needed</source>
        <translation>需醫生決定</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>未記錄知情同意</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent missing</source>
        <translation>缺少監護人同意</translation>
    </message>
    <message>
        <source>Another vaccine too recently</source>
        <translation>近期接種過其他疫苗</translation>
    </message>
    <message>
        <source>Product may not continue this series</source>
        <translation>該疫苗不可續種此程次</translation>
    </message>
    <message>
        <source>Series continued with another product</source>
        <translation>用其他疫苗續種</translation>
    </message>
    <message>
        <source>Series already complete</source>
        <translation>已完成全程接種</translation>
    </message>
    <message>
        <source>Too early for this dose</source>
        <translation>本劑次接種過早</translation>
    </message>
    <message>
        <source>Later than recommended</source>
        <translation>晚於推薦時間</translation>
    </message>
    <message>
        <source>Vaccine not scanned yet</source>
        <translation>尚未掃描疫苗</translation>
    </message>
    <message>
        <source>Lot quarantined</source>
        <translation>批號已隔離</translation>
    </message>
    <message>
        <source>Lot recalled</source>
        <translation>批號已召回</translation>
    </message>
    <message>
        <source>Lot discarded</source>
        <translation>批號已報廢</translation>
    </message>
    <message>
        <source>Lot not usable</source>
        <translation>批號不可用</translation>
    </message>
    <message>
        <source>Lot expired</source>
        <translation>批號已過期</translation>
    </message>
    <message>
        <source>Open vial of another lot</source>
        <translation>開啟的疫苗瓶屬於其他批號</translation>
    </message>
    <message>
        <source>Vial closed</source>
        <translation>疫苗瓶已關閉</translation>
    </message>
    <message>
        <source>Open vial past its discard time</source>
        <translation>開啟的疫苗瓶已超過廢棄時間</translation>
    </message>
    <message>
        <source>Open vial empty</source>
        <translation>開啟的疫苗瓶已用完</translation>
    </message>
    <message>
        <source>No vial opened</source>
        <translation>未開啟疫苗瓶</translation>
    </message>
    <message>
        <source>No doses in stock</source>
        <translation>無庫存</translation>
    </message>
    <message>
        <source>Box code not received here</source>
        <translation>追溯碼未在本點入庫</translation>
    </message>
    <message>
        <source>Box code of another lot</source>
        <translation>追溯碼屬於其他批號</translation>
    </message>
    <message>
        <source>Box code already used</source>
        <translation>追溯碼已使用</translation>
    </message>
    <message>
        <source>Appearance not confirmed</source>
        <translation>外觀未確認</translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>Name not confirmed</source>
        <translation>姓名未確認</translation>
    </message>
    <message>
        <source>Birth date missing</source>
        <translation>缺少出生日期</translation>
    </message>
    <message>
        <source>Below the minimum age</source>
        <translation>未達最小年齡</translation>
    </message>
    <message>
        <source>Above the maximum age</source>
        <translation>超過最大年齡</translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation>疫苗不在目錄中</translation>
    </message>
    <message>
        <source>Not the chosen vaccine</source>
        <translation>不是所選疫苗</translation>
    </message>
    <message>
        <source>Doses per vial do not match</source>
        <translation>每瓶劑數不符</translation>
    </message>
    <message>
        <source>Wrong dose amount</source>
        <translation>劑量不對</translation>
    </message>
    <message>
        <source>Injection site not chosen</source>
        <translation>未選擇接種部位</translation>
    </message>
    <message>
        <source>Injection site not allowed</source>
        <translation>接種部位不允許</translation>
    </message>
    <message>
        <source>Wrong route</source>
        <translation>接種途徑不對</translation>
    </message>
    <message>
        <source>Person&apos;s verification not confirmed</source>
        <translation>受種者驗證未確認</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>內部錯誤</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>輸入無效</translation>
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
        <translation>無許可權</translation>
    </message>
    <message>
        <source>File error</source>
        <translation>檔案錯誤</translation>
    </message>
    <message>
        <source>Database not set up</source>
        <translation>資料庫未初始化</translation>
    </message>
    <message>
        <source>Database cannot be opened</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <source>Database from a newer version</source>
        <translation>資料庫來自更新的版本</translation>
    </message>
    <message>
        <source>Database upgrade failed</source>
        <translation>資料庫升級失敗</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>資料庫繁忙</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>Database read-only</source>
        <translation>資料庫只讀</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>資料庫錯誤</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation>審計日誌已損壞</translation>
    </message>
    <message>
        <source>Fake clock refused</source>
        <translation>拒絕模擬時間</translation>
    </message>
    <message>
        <source>Fake clock time invalid</source>
        <translation>模擬時間無效</translation>
    </message>
    <message>
        <source>Catalog invalid</source>
        <translation>疫苗目錄無效</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>賬戶已鎖定</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>賬戶已停用</translation>
    </message>
    <message>
        <source>Password too weak</source>
        <translation>密碼太弱</translation>
    </message>
    <message>
        <source>Document number format wrong</source>
        <translation>證件號碼格式錯誤</translation>
    </message>
    <message>
        <source>Document number check failed</source>
        <translation>證件號碼校驗失敗</translation>
    </message>
    <message>
        <source>Birth date in the number invalid</source>
        <translation>證件號碼中的出生日期無效</translation>
    </message>
    <message>
        <source>Birth date in the future</source>
        <translation>出生日期在未來</translation>
    </message>
    <message>
        <source>Region code invalid</source>
        <translation>地區程式碼無效</translation>
    </message>
    <message>
        <source>Document does not match</source>
        <translation>證件資訊不符</translation>
    </message>
    <message>
        <source>Country invalid</source>
        <translation>國家無效</translation>
    </message>
    <message>
        <source>Document type invalid</source>
        <translation>證件型別無效</translation>
    </message>
    <message>
        <source>Scan not recognised</source>
        <translation>無法識別掃碼內容</translation>
    </message>
    <message>
        <source>Box code invalid</source>
        <translation>包裝條碼無效</translation>
    </message>
    <message>
        <source>Box code check failed</source>
        <translation>包裝條碼校驗失敗</translation>
    </message>
    <message>
        <source>Box code ambiguous</source>
        <translation>包裝條碼有歧義</translation>
    </message>
    <message>
        <source>Registration code invalid</source>
        <translation>預約登記碼無效</translation>
    </message>
    <message>
        <source>Registration code version unsupported</source>
        <translation>預約登記碼版本不受支援</translation>
    </message>
    <message>
        <source>Person&apos;s details invalid</source>
        <translation>受種者資訊無效</translation>
    </message>
    <message>
        <source>Possibly registered already</source>
        <translation>可能已登記過</translation>
    </message>
    <message>
        <source>Document belongs to another person</source>
        <translation>證件屬於他人</translation>
    </message>
    <message>
        <source>Screening incomplete</source>
        <translation>健康篩查不完整</translation>
    </message>
    <message>
        <source>Temperature invalid</source>
        <translation>體溫無效</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>缺少知情同意</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent required</source>
        <translation>需要監護人同意</translation>
    </message>
    <message>
        <source>Already checked in today</source>
        <translation>今天已登記</translation>
    </message>
    <message>
        <source>Import line invalid</source>
        <translation>匯入行無效</translation>
    </message>
    <message>
        <source>Import file format unknown</source>
        <translation>匯入檔案格式未知</translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation>庫存不足</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>需要填寫原因</translation>
    </message>
    <message>
        <source>Open vial expired</source>
        <translation>開啟的疫苗瓶已過時限</translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation>已處理</translation>
    </message>
    <message>
        <source>Adverse event report incomplete</source>
        <translation>異常反應報告不完整</translation>
    </message>
    <message>
        <source>Not in observation</source>
        <translation>不在留觀中</translation>
    </message>
    <message>
        <source>Export file invalid</source>
        <translation>匯出檔案無效</translation>
    </message>
    <message>
        <source>Export signature invalid</source>
        <translation>匯出簽名無效</translation>
    </message>
    <message>
        <source>Export file altered</source>
        <translation>匯出檔案被改動</translation>
    </message>
    <message>
        <source>Export sequence broken</source>
        <translation>匯出序列中斷</translation>
    </message>
    <message>
        <source>Checklist not passed</source>
        <translation>核對未透過</translation>
    </message>
    <message>
        <source>Override refused</source>
        <translation>拒絕醫生豁免</translation>
    </message>
    <message>
        <source>Dose already corrected</source>
        <translation>該劑次已更正</translation>
    </message>
    <message>
        <source>Not a deferral</source>
        <translation>不是暫緩記錄</translation>
    </message>
    <message>
        <source>Not waiting in the queue</source>
        <translation>不在候種佇列中</translation>
    </message>
    <message>
        <source>Last site administrator</source>
        <translation>最後一名站點管理員</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>未設定 PIN</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>金鑰庫不可用</translation>
    </message>
    <message>
        <source>Key file refused</source>
        <translation>拒絕金鑰檔案</translation>
    </message>
    <message>
        <source>Training databases only</source>
        <translation>僅限培訓資料庫</translation>
    </message>
    <message>
        <source>Observation not over</source>
        <translation>留觀未結束</translation>
    </message>
    <message>
        <source>No dose for a certificate</source>
        <translation>無接種記錄，無法出具憑證</translation>
    </message>
    <message>
        <source>No document for a certificate</source>
        <translation>無證件，無法出具憑證</translation>
    </message>
    <message>
        <source>Certificate of another person</source>
        <translation>接種憑證屬於他人</translation>
    </message>
    <message>
        <source>Certificate altered</source>
        <translation>接種憑證被改動</translation>
    </message>
    <message>
        <source>Clock set back</source>
        <translation>電腦時鐘被調回</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入庫</translation>
    </message>
    <message>
        <source>Administered</source>
        <translation>已接種</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>報廢</translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation>盤點調整</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>調撥</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>過期</translation>
    </message>
    <message>
        <source>Open vial time over</source>
        <translation>開瓶時間已過</translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation>冷鏈問題</translation>
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
        <translation>已隔離</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已召回</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>已報廢</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已解除隔離</translation>
    </message>
    <message>
        <source>Out of range</source>
        <translation>超出範圍</translation>
    </message>
    <message>
        <source>Too warm</source>
        <translation>溫度過高</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>凍結</translation>
    </message>
    <message>
        <source>Observing</source>
        <translation>留觀中</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已離開</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>提前離開</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>異常反應</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已轉診</translation>
    </message>
    <message>
        <source>May leave</source>
        <translation>可離開</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超時</translation>
    </message>
    <message>
        <source>Not serious</source>
        <translation>非嚴重</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已接種</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>錄入錯誤</translation>
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
        <translation>肌內注射</translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation>皮下注射</translation>
    </message>
    <message>
        <source>Intradermal</source>
        <translation>皮內注射</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>口服</translation>
    </message>
    <message>
        <source>Intranasal</source>
        <translation>鼻內接種</translation>
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
        <translation>左股外側肌</translation>
    </message>
    <message>
        <source>Right vastus lateralis</source>
        <translation>右股外側肌</translation>
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
        <translation>滅活疫苗</translation>
    </message>
    <message>
        <source>Adenovirus vector</source>
        <translation>腺病毒載體</translation>
    </message>
    <message>
        <source>Recombinant protein</source>
        <translation>重組蛋白疫苗</translation>
    </message>
    <message>
        <source>mRNA</source>
        <translation>mRNA 疫苗</translation>
    </message>
    <message>
        <source>Live attenuated</source>
        <translation>減毒活疫苗</translation>
    </message>
    <message>
        <source>Polysaccharide</source>
        <translation>多糖疫苗</translation>
    </message>
    <message>
        <source>Conjugate</source>
        <translation>結合疫苗</translation>
    </message>
    <message>
        <source>Toxoid</source>
        <translation>類毒素</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份證件</translation>
    </message>
    <message>
        <source>Registration QR code</source>
        <translation>預約登記二維碼</translation>
    </message>
    <message>
        <source>Vaccine box code (GS1)</source>
        <translation>疫苗包裝條碼（GS1）</translation>
    </message>
    <message>
        <source>Drug trace code</source>
        <translation>藥品追溯碼</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>無法識別</translation>
    </message>
    <message>
        <source>Contraindication on record</source>
        <translation>已記錄的禁忌證</translation>
    </message>
    <message>
        <source>Precaution on record</source>
        <translation>已記錄的慎用情況</translation>
    </message>
    <message>
        <source>Not a VaxPoint database</source>
        <translation>不是 VaxPoint 資料庫</translation>
    </message>
    <message>
        <source>No permission for the database</source>
        <translation>無權訪問資料庫</translation>
    </message>
    <message>
        <source>Unknown database version</source>
        <translation>未知的資料庫版本</translation>
    </message>
    <message>
        <source>Input not accepted</source>
        <translation>輸入不被接受</translation>
    </message>
    <message>
        <source>Consent text not known to the site</source>
        <translation>接種點未登記的知情同意書版本</translation>
    </message>
    <message>
        <source>Fridge not shown back in range</source>
        <translation>冰箱未顯示已恢復正常溫度</translation>
    </message>
    <message>
        <source>Import file too large</source>
        <translation>匯入檔案過大</translation>
    </message>
    <message>
        <source>Export file too large</source>
        <translation>匯出檔案過大</translation>
    </message>
    <message>
        <source>Site server unreachable</source>
        <translation>站點伺服器無法連線</translation>
    </message>
    <message>
        <source>Site server refused the desk password</source>
        <translation>站點伺服器拒絕了工位密碼</translation>
    </message>
    <message>
        <source>Site server without encryption</source>
        <translation>站點伺服器未加密</translation>
    </message>
    <message>
        <source>Server of another site</source>
        <translation>其他站點的伺服器</translation>
    </message>
    <message>
        <source>Site server newer than this desk</source>
        <translation>站點伺服器比本工位新</translation>
    </message>
    <message>
        <source>Site server older than this desk</source>
        <translation>站點伺服器比本工位舊</translation>
    </message>
    <message>
        <source>Site protocol version not accepted</source>
        <translation>站點協議版本不被接受</translation>
    </message>
    <message>
        <source>Desk number already taken</source>
        <translation>工位號已被佔用</translation>
    </message>
    <message>
        <source>Site server not set up</source>
        <translation>站點伺服器尚未設定</translation>
    </message>
    <message>
        <source>Desk not joined to a site server</source>
        <translation>工位未加入站點伺服器</translation>
    </message>
    <message>
        <source>Site server error</source>
        <translation>站點伺服器錯誤</translation>
    </message>
    <message>
        <source>Desk database older than the server</source>
        <translation>工位資料庫比伺服器舊</translation>
    </message>
    <message>
        <source>This desk&apos;s history only</source>
        <translation>僅依據本臺接種史</translation>
    </message>
    <message>
        <source>Site history incomplete</source>
        <translation>全站接種史不完整</translation>
    </message>
    <message>
        <source>Dose given at another desk</source>
        <translation>在其他接種臺接種的劑次</translation>
    </message>
</context>
<context>
    <name>Lot</name>
    <message>
        <source>Product: &quot;%1&quot; is not in the catalog. Use a code from &quot;vaxctl catalog list&quot;.</source>
        <translation>產品：「%1」不在疫苗目錄中。請使用「vaxctl catalog list」中的代碼。</translation>
    </message>
    <message>
        <source>Lot number: enter the lot printed on the box (1 to 20 characters).</source>
        <translation>批號：請填寫包裝盒上印的批號（1 到 20 個字元）。</translation>
    </message>
    <message>
        <source>Expiry: enter the date as YYYY-MM-DD.</source>
        <translation>有效期：請按 YYYY-MM-DD 格式填寫日期。</translation>
    </message>
    <message>
        <source>Expiry: the lot expired on %1; do not receive expired vaccine.</source>
        <translation>有效期：該批號已於 %1 過期；不得接收過期疫苗。</translation>
    </message>
    <message>
        <source>Quantity: enter the number of vials or of doses received.</source>
        <translation>數量：請填寫接收的瓶數或劑數。</translation>
    </message>
    <message>
        <source>Quantity: %1 vials of %2 hold %3 doses, not %4. Correct the vials or the doses.</source>
        <translation>數量：%1 瓶 %2 共 %3 劑，而不是 %4 劑。請更正瓶數或劑數。</translation>
    </message>
    <message>
        <source>Box code: &quot;%1&quot; is not a 20-digit trace code. Scan the box&apos;s trace code again.</source>
        <translation>包裝追溯碼：「%1」不是 20 位追溯碼。請重新掃描包裝盒上的追溯碼。</translation>
    </message>
    <message>
        <source>Expiry: lot %1 is already in stock with expiry %2. Check the box; one lot has one expiry.</source>
        <translation>有效期：批號 %1 已在庫，有效期為 %2。請核對包裝盒；同一批號只有一個有效期。</translation>
    </message>
    <message>
        <source>Box code: %1 was already received. Set that box aside and check the delivery note.</source>
        <translation>包裝追溯碼：%1 已經入庫過。請把該盒放在一邊並核對送貨單。</translation>
    </message>
    <message>
        <source>Lot: no lot &quot;%1&quot;. Give a lot number or id from &quot;vaxctl lot list&quot;.</source>
        <translation>批號：沒有批號「%1」。請給出「vaxctl lot list」中的批號或 ID。</translation>
    </message>
    <message>
        <source>Lot: &quot;%1&quot; is the number of several lots; give the lot&apos;s id.</source>
        <translation>批號：「%1」對應多個批次；請給出批次 ID。</translation>
    </message>
    <message>
        <source>Lot %1 is quarantined after a temperature excursion. A supervisor must release it before use; take another lot.</source>
        <translation>批號 %1 因溫度超標已被隔離。須由主管解除隔離後才能使用；請換用其他批號。</translation>
    </message>
    <message>
        <source>Lot %1 is %2 and cannot be used; take another lot.</source>
        <translation>批號 %1 狀態為%2，不能使用；請換用其他批號。</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2; book it as wasted (expired) and take another lot.</source>
        <translation>批號 %1 已於 %2 過期；請登記為損耗（過期）並換用其他批號。</translation>
    </message>
    <message>
        <source>Doses: enter how many doses were wasted (1 or more).</source>
        <translation>劑數：請填寫損耗的劑數（1 或以上）。</translation>
    </message>
    <message>
        <source>Doses: enter how many doses to move (1 or more).</source>
        <translation>劑數：請填寫要調撥的劑數（1 或以上）。</translation>
    </message>
    <message>
        <source>To fridge: the doses are already in %1; choose another fridge.</source>
        <translation>調入冰箱：這些劑次已在 %1 中；請選擇其他冰箱。</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批號</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生產企業</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>LotLedger</name>
    <message>
        <source>Doses: a movement needs a number of doses other than 0.</source>
        <translation>劑數：出入庫記錄的劑數不能為 0。</translation>
    </message>
    <message>
        <source>Doses: only %1 doses of this lot are in the fridge; %2 cannot be taken out. Count the stock and correct it first.</source>
        <translation>劑數：該批號在此冰箱中只有 %1 劑；不能取出 %2 劑。請先盤點並更正庫存。</translation>
    </message>
    <message>
        <source>Transfer: give a positive number of doses and two different fridges.</source>
        <translation>調撥：請給出正的劑數和兩臺不同的冰箱。</translation>
    </message>
</context>
<context>
    <name>LotQuarantine</name>
    <message>
        <source>Reason: say why the lots are released or discarded (e.g. the manufacturer&apos;s stability data).</source>
        <translation>原因：請說明解除隔離或報廢的理由（例如生產企業的穩定性資料）。</translation>
    </message>
    <message>
        <source>Excursion: no quarantined lot for excursion &quot;%1&quot;%2. See &quot;vaxctl excursion list&quot;.</source>
        <translation>溫度超標：超標事件「%1」%2沒有被隔離的批號。見「vaxctl excursion list」。</translation>
    </message>
    <message>
        <source>Lot: this lot was already %1 for this excursion.</source>
        <translation>批號：該批號在此次超標中已被%1。</translation>
    </message>
    <message>
        <source>Excursion: every lot of this excursion was already decided.</source>
        <translation>溫度超標：此次超標涉及的所有批號都已處理。</translation>
    </message>
    <message>
        <source>Excursion: there is no excursion &quot;%1&quot;. See &quot;vaxctl excursion list&quot;.</source>
        <translation>溫度異常：沒有編號為“%1”的溫度異常記錄。請檢視“vaxctl excursion list”。</translation>
    </message>
    <message>
        <source>%1 has no reading since the excursion ended (%2). Record a reading back in %3 first, or release with an override.</source>
        <translation>%1 在溫度異常結束（%2）後沒有溫度記錄。請先記錄一次回到 %3 範圍內的讀數，或以特批方式解除。</translation>
    </message>
    <message>
        <source>%1&apos;s newest reading is %2 °C (%3), outside %4: the fridge is not back in range. Wait for a reading in range, or release with an override.</source>
        <translation>%1 的最新讀數為 %2 °C（%3），超出 %4：冰箱尚未恢復正常溫度。請等待正常範圍內的讀數，或以特批方式解除。</translation>
    </message>
    <message>
        <source>Reason: an override needs the reason the lots may be used although the fridge is not shown back in range (e.g. the manufacturer&apos;s stability data).</source>
        <translation>原因：特批解除須說明冰箱雖未顯示恢復正常溫度、疫苗仍可使用的理由（例如生產企業的穩定性資料）。</translation>
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
        <translation>留觀記錄：沒有留觀記錄「%1」。請從「vaxctl observe list」中取得 ID。</translation>
    </message>
    <message>
        <source>Reason: say why the person left before the end of the observation, e.g. &quot;refused to wait&quot;.</source>
        <translation>原因：請說明受種者為何在留觀結束前離開，例如「拒絕等候」。</translation>
    </message>
    <message>
        <source>Observation: number %1 is no longer in the observation area (%2). Nothing was changed.</source>
        <translation>留觀：%1 號已不在留觀區（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>Departure: number %1 still has %2 to wait (until %3). If the person leaves now, record an early leave with its reason (left-early).</source>
        <translation>離開：%1 號還需留觀 %2（至 %3）。如受種者現在離開，請記錄提前離開並說明原因（left-early）。</translation>
    </message>
    <message>
        <source>Early leave: the observation of number %1 is already over; record a normal departure instead.</source>
        <translation>提前離開：%1 號的留觀已結束；請改為記錄正常離開。</translation>
    </message>
    <message>
        <source>The observation changed while saving; nothing was saved. Try again.</source>
        <translation>儲存時留觀記錄已被更改；未儲存任何內容。請重試。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>Hashing the password ran out of memory. Close other programs and try again.</source>
        <translation>處理密碼時記憶體不足。請關閉其他程式後重試。</translation>
    </message>
    <message>
        <source>%1: use at least 8 characters, not only digits.</source>
        <translation>%1：至少 8 個字元，且不能全是數字。</translation>
    </message>
    <message>
        <source>%1: use 4 to 6 digits (0–9).</source>
        <translation>%1：請使用 4 到 6 位數字（0–9）。</translation>
    </message>
    <message>
        <source>%1: this PIN is too easy to guess; avoid repeated or consecutive digits.</source>
        <translation>%1：該 PIN 碼太容易被猜到；請避免重複或連續的數字。</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>check people in</source>
        <translation>登記受種者</translation>
    </message>
    <message>
        <source>give doses and open vials</source>
        <translation>接種和開啟疫苗瓶</translation>
    </message>
    <message>
        <source>override a checklist item</source>
        <translation>特批核查項目</translation>
    </message>
    <message>
        <source>correct a recorded dose</source>
        <translation>更正接種記錄</translation>
    </message>
    <message>
        <source>receive vaccine lots</source>
        <translation>疫苗批次入庫</translation>
    </message>
    <message>
        <source>book wasted doses</source>
        <translation>登記損耗劑次</translation>
    </message>
    <message>
        <source>count stock and close the day&apos;s vials</source>
        <translation>盤點庫存並處理當日已開啟的疫苗瓶</translation>
    </message>
    <message>
        <source>record fridge temperatures</source>
        <translation>記錄冰箱溫度</translation>
    </message>
    <message>
        <source>add fridges</source>
        <translation>新增冰箱</translation>
    </message>
    <message>
        <source>release or discard quarantined lots</source>
        <translation>解除隔離或報廢隔離批號</translation>
    </message>
    <message>
        <source>export data to the district</source>
        <translation>向區縣匯出資料</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理工作人員帳號</translation>
    </message>
    <message>
        <source>change site settings</source>
        <translation>更改接種點設定</translation>
    </message>
    <message>
        <source>Actor: no active staff member is signed in to %1. Sign in with your own account and try again.</source>
        <translation>操作人：沒有已登入的在職工作人員來%1。請用您自己的帳號登入後重試。</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3. Ask a colleague with that role, or the site administrator.</source>
        <translation>%1 無權%2：需要%3角色。請找具有該角色的同事，或聯絡接種點管理員。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>record departures from the observation area</source>
        <translation>登記受種者離開留觀區</translation>
    </message>
    <message>
        <source>record adverse events and referrals</source>
        <translation>記錄疑似預防接種異常反應和轉診</translation>
    </message>
    <message>
        <source>issue vaccination certificates</source>
        <translation>簽發接種證書</translation>
    </message>
    <message>
        <source>call the next person to the desk</source>
        <translation>叫下一位受種者到接種臺</translation>
    </message>
    <message>
        <source>move doses between fridges</source>
        <translation>在冰箱之間轉移疫苗</translation>
    </message>
    <message>
        <source>add or lift a person&apos;s contraindications</source>
        <translation>新增或解除受種者的禁忌</translation>
    </message>
    <message>
        <source>resolve the site&apos;s conflicts</source>
        <translation>解決站點衝突</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>A person needs a name and a birth date. Enter both.</source>
        <translation>受種者需要姓名和出生日期。請都填寫。</translation>
    </message>
    <message>
        <source>This %1 is already registered to another person. Find that person instead of adding the document again.</source>
        <translation>該%1已登記在另一位受種者名下。請查詢該受種者，不要重複新增證件。</translation>
    </message>
</context>
<context>
    <name>RegistrationQr</name>
    <message>
        <source>Ask the person to open the registration page again, or type the details.</source>
        <translation>請受種者重新開啟預約登記頁面，或手動輸入資訊。</translation>
    </message>
    <message>
        <source>The QR code is not a VaxPoint registration (not readable JSON). %1</source>
        <translation>該 QR 碼不是 VaxPoint 預約登記碼（不是可讀的 JSON）。%1</translation>
    </message>
    <message>
        <source>The QR code is not a VaxPoint registration (its type is &quot;%1&quot;). %2</source>
        <translation>該 QR 碼不是 VaxPoint 預約登記碼（其類型為「%1」）。%2</translation>
    </message>
    <message>
        <source>The registration QR code has version %1; this VaxPoint reads version %2. Update VaxPoint or type the details.</source>
        <translation>預約登記碼版本為 %1；本版 VaxPoint 讀取版本 %2。請更新 VaxPoint 或手動輸入資訊。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>The registration QR code has no name. %1</source>
        <translation>預約登記碼中沒有姓名。%1</translation>
    </message>
    <message>
        <source>The registration QR code lacks a document type and number (got type &quot;%1&quot;). %2</source>
        <translation>預約登記碼缺少證件類型和號碼（得到的類型為「%1」）。%2</translation>
    </message>
    <message>
        <source>The registration QR code has birth date &quot;%1&quot;, not YYYY-MM-DD. %2</source>
        <translation>預約登記碼中的出生日期為「%1」，不是 YYYY-MM-DD 格式。%2</translation>
    </message>
    <message>
        <source>The registration QR code has sex &quot;%1&quot;; expected male or female. %2</source>
        <translation>預約登記碼中的性別為「%1」；應為 male 或 female。%2</translation>
    </message>
    <message>
        <source>The registration QR code has phone &quot;%1&quot;, which is not a phone number. %2</source>
        <translation>預約登記碼中的電話「%1」不是電話號碼。%2</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Registrar</source>
        <translation>登記員</translation>
    </message>
    <message>
        <source>Vaccinator</source>
        <translation>接種員</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>醫師</translation>
    </message>
    <message>
        <source>Stock keeper</source>
        <translation>庫管員</translation>
    </message>
    <message>
        <source>Site administrator</source>
        <translation>接種點管理員</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>The scan &quot;%1&quot; is not an ID card, a registration QR code, a GS1 box code or a 20-digit trace code. Scan again, or type the number into the field it belongs to.</source>
        <translation>掃描內容「%1」不是身分證、預約登記碼、GS1 包裝條碼或 20 位追溯碼。請重新掃描，或在對應的輸入框中手動輸入。</translation>
    </message>
</context>
<context>
    <name>ScanSheet</name>
    <message>
        <source>Scan practice sheet — training lots</source>
        <translation>掃碼練習單 — 培訓批次</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation>%1 · 列印於 %2</translation>
    </message>
    <message>
        <source>For practice on a TRAINING database only: these codes belong to its training lots, not to real vaccines. Scan the large code (GS1 box code) or a small one (box trace code) into the injection desk or the receipt dialog.</source>
        <translation>僅供在培訓資料庫上練習：這些碼屬於培訓批次，不對應真實疫苗。將大碼（GS1 包裝碼）或小碼（藥品追溯碼）掃入接種臺或入庫對話方塊的掃碼框。</translation>
    </message>
    <message>
        <source>Lot %1    Expiry %2</source>
        <translation>批號 %1    有效期至 %2</translation>
    </message>
    <message>
        <source>GS1 box code (GTIN %1, serial %2):</source>
        <translation>GS1 包裝碼（GTIN %1，序列號 %2）：</translation>
    </message>
    <message>
        <source>— this lot number cannot be carried in a GS1 code —</source>
        <translation>— 此批號無法編入 GS1 碼 —</translation>
    </message>
    <message>
        <source>This lot was received without box trace codes.</source>
        <translation>此批次入庫時沒有登記藥品追溯碼。</translation>
    </message>
    <message>
        <source>Box trace codes (药品追溯码) of this lot, one per box:</source>
        <translation>本批次的藥品追溯碼（每盒一個）：</translation>
    </message>
    <message>
        <source>This training database has no lot in stock. Receive a lot on the Stock page, then print the sheets again.</source>
        <translation>此培訓資料庫沒有在庫批次。請先在“庫存”頁入庫一個批次，再重新列印練習單。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>The screening questionnaire is not a JSON object (%1). Fix the file.</source>
        <translation>健康詢問問卷不是 JSON 物件（%1）。請修正檔案。</translation>
    </message>
    <message>
        <source>The screening questionnaire needs a &quot;version&quot;.</source>
        <translation>健康詢問問卷需要「version」。</translation>
    </message>
    <message>
        <source>&quot;feverThresholdC&quot; must be between 37.0 and 38.5.</source>
        <translation>「feverThresholdC」必須在 37.0 到 38.5 之間。</translation>
    </message>
    <message>
        <source>The screening questionnaire has no questions.</source>
        <translation>健康詢問問卷中沒有問題。</translation>
    </message>
    <message>
        <source>question #%1</source>
        <translation>第 %1 個問題</translation>
    </message>
    <message>
        <source>Screening %1: &quot;id&quot; is missing, repeated or reserved. Give each question its own id.</source>
        <translation>健康詢問%1：「id」缺失、重複或為保留字。請為每個問題設定獨立的 id。</translation>
    </message>
    <message>
        <source>Screening question %1: &quot;outcome&quot; must be contraindicated, defer or doctor_review.</source>
        <translation>健康詢問問題 %1：「outcome」必須是 contraindicated、defer 或 doctor_review。</translation>
    </message>
    <message>
        <source>Screening question %1: &quot;text&quot; needs a zh_CN and an en text.</source>
        <translation>健康詢問問題 %1：「text」需要 zh_CN 和 en 文字。</translation>
    </message>
    <message>
        <source>Temperature %1 °C is not plausible. Measure again and enter it in °C, e.g. 36.5.</source>
        <translation>體溫 %1 °C 不合理。請重新測量並以 °C 填寫，例如 36.5。</translation>
    </message>
    <message>
        <source>Unknown screening question &quot;%1&quot;. Answer the questions of questionnaire %2.</source>
        <translation>未知的健康詢問問題「%1」。請回答問卷 %2 中的問題。</translation>
    </message>
    <message>
        <source>Screening question &quot;%1&quot; is not answered. Answer yes or no.</source>
        <translation>健康詢問問題「%1」未回答。請回答是或否。</translation>
    </message>
    <message>
        <source>Screening question %1: a contraindicating question needs &quot;remember&quot;: {&quot;scope&quot;: …} with all, product:CODE, group:G, component:C or previous_group.</source>
        <translation>篩查問題 %1：禁忌類問題需要 &quot;remember&quot;: {&quot;scope&quot;: …}，取值為 all、product:程式碼、group:組、component:成分 或 previous_group。</translation>
    </message>
</context>
<context>
    <name>SealSetting</name>
    <message>
        <source>The site setting %1 does not hold a district public key (x25519:…), so nothing is exported in clear. A site administrator sets it again: vaxctl export seal-to --public-key district.pub, or clears it with --clear.</source>
        <translation>站點設定 %1 中不是有效的區縣公鑰（x25519:…），為避免明文匯出，本次不匯出。請站點管理員重新設定：vaxctl export seal-to --public-key district.pub，或用 --clear 清除。</translation>
    </message>
</context>
<context>
    <name>SealingText</name>
    <message>
        <source>The sealed bundle is damaged or truncated (%1). Ask the site to send it again.</source>
        <translation>加密資料包已損壞或不完整（%1）。請讓接種點重新發送。</translation>
    </message>
    <message>
        <source>The district key does not open this bundle: it was sealed to another key (another district&apos;s, or one replaced since), or it was changed. Use the district key whose public key the site has, or ask the site to send it again.</source>
        <translation>該區縣金鑰無法開啟此資料包：它是用另一個金鑰加密的（其他區縣的，或已被更換的金鑰），或已被改動。請使用與接種點所持公鑰對應的區縣金鑰，或讓接種點重新發送。</translation>
    </message>
    <message>
        <source>The file is not a sealed VaxPoint bundle (it does not start with %1).</source>
        <translation>該檔案不是 VaxPoint 加密資料包（開頭不是 %1）。</translation>
    </message>
    <message>
        <source>it ends inside its header</source>
        <translation>檔案在檔案頭內就結束了</translation>
    </message>
    <message>
        <source>chunk size %1</source>
        <translation>分塊大小 %1</translation>
    </message>
    <message>
        <source>District public key: not an X25519 key. Pass the district.pub file that &apos;vaxctl key init --district&apos; wrote (x25519:…).</source>
        <translation>區縣公鑰：不是 X25519 金鑰。請提供“vaxctl key init --district”生成的 district.pub 檔案（x25519:…）。</translation>
    </message>
    <message>
        <source>District key: not an X25519 secret key. Pass the district.key file that &apos;vaxctl key init --district&apos; wrote (x25519-secret:…).</source>
        <translation>區縣金鑰：不是 X25519 私鑰。請提供“vaxctl key init --district”生成的 district.key 檔案（x25519-secret:…）。</translation>
    </message>
    <message>
        <source>%1 bytes after the header do not split into chunks</source>
        <translation>檔案頭之後的 %1 位元組無法按分塊切分</translation>
    </message>
    <message>
        <source>bytes follow its final chunk</source>
        <translation>最後一個分塊之後還有資料</translation>
    </message>
    <message>
        <source>chunk %1 does not authenticate</source>
        <translation>第 %1 塊未透過認證</translation>
    </message>
    <message>
        <source>its final chunk is missing</source>
        <translation>缺少最後一個分塊</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain answered within %1 s</source>
        <translation>%1 秒內沒有系統鑰匙圈回應</translation>
    </message>
    <message>
        <source>No keychain is available (%1)</source>
        <translation>沒有可用的系統鑰匙圈（%1）</translation>
    </message>
    <message>
        <source>%1. On Linux this needs a running secret service (GNOME Keyring or KWallet) in the desktop session. Use a passphrase-protected key file instead.</source>
        <translation>%1。在 Linux 上，這需要桌面工作階段中正在執行的金鑰服務（GNOME Keyring 或 KWallet）。請改用受通關密語保護的金鑰檔案。</translation>
    </message>
    <message>
        <source>Key file %1: %2</source>
        <translation>金鑰檔案 %1：%2</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase ran out of memory. Close other programs and try again.</source>
        <translation>由通關密語生成金鑰時記憶體不足。請關閉其他程式後重試。</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系統鑰匙圈</translation>
    </message>
    <message>
        <source>The system keychain answered in %1 ms; secrets are stored there.</source>
        <translation>系統鑰匙圈在 %1 毫秒內回應；金鑰儲存在其中。</translation>
    </message>
    <message>
        <source>Passphrase: use at least %1 characters; a few unrelated words are easy to type and hard to guess.</source>
        <translation>通關密語：至少使用 %1 個字元；幾個互不相關的詞語既容易輸入又難以猜到。</translation>
    </message>
    <message>
        <source>Key file %1 exists already. Open it with its passphrase, or choose another path.</source>
        <translation>金鑰檔案 %1 已存在。請用其通關密語開啟，或選擇其他路徑。</translation>
    </message>
    <message>
        <source>cannot create its folder; check the path.</source>
        <translation>無法建立其所在資料夾；請檢查路徑。</translation>
    </message>
    <message>
        <source>Key file %1 does not exist. Check the path, or create one.</source>
        <translation>金鑰檔案 %1 不存在。請檢查路徑，或新建一個。</translation>
    </message>
    <message>
        <source>it is not a VaxPoint key file, or it is damaged. Restore it from its backup.</source>
        <translation>它不是 VaxPoint 金鑰檔案，或已損壞。請從備份恢復。</translation>
    </message>
    <message>
        <source>the passphrase is wrong, or the file was changed. Type the passphrase again; if it still fails, restore the key file from its backup.</source>
        <translation>通關密語錯誤，或檔案已被修改。請重新輸入通關密語；如仍失敗，請從備份恢復金鑰檔案。</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>金鑰檔案 %1</translation>
    </message>
    <message>
        <source>cannot be written (%1); check the disk.</source>
        <translation>無法寫入（%1）；請檢查磁碟。</translation>
    </message>
    <message>
        <source>The system keyring refused access (%1)</source>
        <translation>系統金鑰環拒絕了訪問（%1）</translation>
    </message>
</context>
<context>
    <name>SigningKeyText</name>
    <message>
        <source>Passphrase: the signing key is in the key file %1; give its passphrase (--passphrase-stdin or %2).</source>
        <translation>通關密語：簽名金鑰儲存在金鑰檔案 %1 中；請提供其通關密語（--passphrase-stdin 或 %2）。</translation>
    </message>
    <message>
        <source>%1 To sign exports on this machine, a site administrator runs &quot;vaxctl key init --file PATH --passphrase-stdin&quot; once.</source>
        <translation>%1如需在本機為匯出資料簽名，請由接種點管理員執行一次「vaxctl key init --file 路徑 --passphrase-stdin」。</translation>
    </message>
    <message>
        <source>The signing key in %1 is damaged (%2). Restore it from the key backup.</source>
        <translation>%1 中的簽名金鑰已損壞（%2）。請從金鑰備份恢復。</translation>
    </message>
    <message>
        <source>There is no signing key in %1 yet; the first export creates one.</source>
        <translation>%1 中還沒有簽名金鑰；首次匯出時將自動建立。</translation>
    </message>
    <message>
        <source>Key file: give the path of the key file, e.g. --file /media/usb/vaxpoint-key.bin.</source>
        <translation>金鑰檔案：請給出金鑰檔案的路徑，例如 --file /media/usb/vaxpoint-key.bin。</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 s. If it showed a prompt, answer it and export again.</source>
        <translation>系統金鑰環在 %1 秒內沒有響應。如果它彈出了提示，請先回答，然後重新匯出。</translation>
    </message>
    <message>
        <source>fingerprint not recorded yet: the next export records it</source>
        <translation>指紋尚未記錄：下次匯出時記錄</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>指紋 %1</translation>
    </message>
    <message>
        <source>The export signing key is kept in the key file %1 (%2), but that file is not there now: connect the drive that holds it, or restore the file from its backup.</source>
        <translation>匯出簽名金鑰儲存在金鑰檔案 %1 中（%2），但該檔案現在不在：請連線存放它的驅動器，或從備份中恢復該檔案。</translation>
    </message>
    <message>
        <source>The export signing key is in the key file %1 (%2), protected by a passphrase that every export asks for.</source>
        <translation>匯出簽名金鑰在金鑰檔案 %1 中（%2），受口令保護，每次匯出都會要求輸入該口令。</translation>
    </message>
    <message>
        <source>The export signing key is in the system keychain of this PC (%1).</source>
        <translation>匯出簽名金鑰在本機的系統金鑰環中（%1）。</translation>
    </message>
    <message>
        <source>No export signing key has been set up yet. The first export keeps one in the system keychain, or, where there is none, in a key file protected by a passphrase.</source>
        <translation>尚未設定匯出簽名金鑰。第一次匯出時會把金鑰儲存在系統金鑰環中；沒有系統金鑰環時，儲存在受口令保護的金鑰檔案中。</translation>
    </message>
</context>
<context>
    <name>SigningText</name>
    <message>
        <source>The stored signing key is damaged (%1 bytes, expected %2). Restore it from the key backup.</source>
        <translation>已儲存的簽名金鑰已損壞（%1 位元組，應為 %2 位元組）。請從金鑰備份恢復。</translation>
    </message>
    <message>
        <source>Public key: not an Ed25519 key. Pass the text that &apos;vaxctl key show-public&apos; printed (ed25519:…).</source>
        <translation>公鑰：不是 Ed25519 金鑰。請提供「vaxctl key show-public」輸出的文字（ed25519:…）。</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Site code: use 2 to 20 letters, digits or dashes, e.g. &quot;BJ-CY-001&quot;.</source>
        <translation>接種點代碼：請使用 2 到 20 個字母、數字或短橫線，例如「BJ-CY-001」。</translation>
    </message>
    <message>
        <source>Site name: enter the vaccination point&apos;s name.</source>
        <translation>接種點名稱：請輸入接種點的名稱。</translation>
    </message>
    <message>
        <source>District: enter the district that receives this site&apos;s reports.</source>
        <translation>所屬區縣：請輸入接收本接種點報表的區縣。</translation>
    </message>
    <message>
        <source>Administrator: a production site needs the first administrator&apos;s username and password.</source>
        <translation>管理員：正式接種點需要第一位管理員的使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>Fridge 1 (training)</source>
        <translation>1 號冰箱（培訓）</translation>
    </message>
    <message>
        <source>The database has no site yet. Create it with &quot;vaxctl init --site-code … --site-name … --district …&quot;.</source>
        <translation>資料庫中還沒有接種點。請用「vaxctl init --site-code … --site-name … --district …」建立。</translation>
    </message>
    <message>
        <source>This database already belongs to site %1. Use another --db path for a new site.</source>
        <translation>該資料庫已屬於接種點 %1。新建接種點請使用其他 --db 路徑。</translation>
    </message>
    <message>
        <source>Site administrator</source>
        <translation>接種點管理員</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>接種點名稱</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所屬區縣</translation>
    </message>
</context>
<context>
    <name>SiteAdmin</name>
    <message>
        <source>Idle lock: give %1 to %2 minutes.</source>
        <translation>空閒鎖定：請設為 %1 到 %2 分鐘。</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>知情同意書版本</translation>
    </message>
    <message>
        <source>Consent text version &quot;%1&quot; contains a comma; separate versions with commas, not inside one.</source>
        <translation>知情同意書版本“%1”含有逗號；逗號用於分隔不同版本，不能出現在版本內。</translation>
    </message>
</context>
<context>
    <name>SiteCalendar</name>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone this PC knows. Give an IANA name such as Asia/Shanghai or Asia/Urumqi.</source>
        <translation>%1：本機不認識時區“%2”。請填寫 IANA 時區名，例如 Asia/Shanghai 或 Asia/Urumqi。</translation>
    </message>
</context>
<context>
    <name>SiteConflicts</name>
    <message>
        <source>the site server resolved it on %1 (a correction left one dose)</source>
        <translation>站點伺服器已於 %1 解決（更正後只剩一劑）</translation>
    </message>
    <message>
        <source>%1 resolved it at desk %2 on %3: &quot;%4&quot;</source>
        <translation>%1 已在 %2 號工位於 %3 解決：“%4”</translation>
    </message>
    <message>
        <source>Note: say what was reviewed and decided (e.g. &quot;both doses confirmed with the person, AEFI watch noted&quot;). A conflict is resolved only with a note.</source>
        <translation>說明：請寫明稽核了什麼、作出了什麼決定（例如“已與受種者核實兩劑，已記錄 AEFI 觀察”）。衝突必須附說明才能解決。</translation>
    </message>
    <message>
        <source>Conflict: give its number as vaxctl site conflicts lists it (#12 is 12).</source>
        <translation>衝突：請給出 vaxctl site conflicts 列出的編號（#12 即 12）。</translation>
    </message>
    <message>
        <source>This desk has not joined a site server, so it has no site conflicts to resolve (vaxctl site join).</source>
        <translation>本工位尚未加入站點伺服器，因此沒有需要解決的站點衝突（vaxctl site join）。</translation>
    </message>
    <message>
        <source>The site server does not answer (%1). A conflict is resolved on the server, so that every desk agrees: nothing was written. Resolve it once the server is back (vaxctl site status says when it answers).</source>
        <translation>站點伺服器無響應（%1）。衝突須在伺服器上解決，以便所有工位一致：未寫入任何內容。請在伺服器恢復後再解決（vaxctl site status 會顯示伺服器何時響應）。</translation>
    </message>
    <message>
        <source>Conflict #%1: the site server has no conflict with this number. vaxctl site conflicts --all lists them.</source>
        <translation>衝突 #%1：站點伺服器上沒有此編號的衝突。vaxctl site conflicts --all 可列出全部衝突。</translation>
    </message>
    <message>
        <source>Conflict #%1: the site server did not record the resolution. Nothing was written; try again.</source>
        <translation>衝突 #%1：站點伺服器未記錄此次解決。未寫入任何內容，請重試。</translation>
    </message>
    <message>
        <source>Conflict #%1 is resolved already: %2. Nothing was changed; the next sync shows it resolved here too.</source>
        <translation>衝突 #%1 已被解決：%2。未作任何更改；下次同步後本工位也會顯示為已解決。</translation>
    </message>
</context>
<context>
    <name>SiteContext</name>
    <message>
        <source>Training vaccination point</source>
        <translation>培訓接種點</translation>
    </message>
    <message>
        <source>Training district</source>
        <translation>培訓區縣</translation>
    </message>
</context>
<context>
    <name>SiteDayClose</name>
    <message>
        <source>This desk has not joined a site server: close the day with vaxctl dayclose and vaxctl export, or join the site first (vaxctl site join).</source>
        <translation>本工作站尚未加入站點伺服器：請用 vaxctl dayclose 和 vaxctl export 完成日結，或先加入站點（vaxctl site join）。</translation>
    </message>
    <message>
        <source>Date: give the day to close as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>日期：請按 YYYY-MM-DD 格式填寫要日結的日期，例如 2026-12-07。</translation>
    </message>
    <message>
        <source>Reason: say why the day is closed before every desk has pushed (e.g. &quot;desk 3 broken, its records follow&quot;).</source>
        <translation>原因：請說明為何在所有工作站上傳之前進行日結（例如“3 號工作站故障，其記錄隨後補交”）。</translation>
    </message>
    <message>
        <source>The site day %1 was closed by desk %2 at %3 (bundle %4); nothing arrived late since. Each day is closed once for the whole site.</source>
        <translation>站點 %1 的日結已由 %2 號工作站於 %3 完成（資料包 %4）；此後沒有遲到的記錄。每天全站隻日結一次。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>%1 record(s) waiting</source>
        <translation>%1 條記錄待上傳</translation>
    </message>
    <message>
        <source>records waiting unknown</source>
        <translation>待上傳記錄數未知</translation>
    </message>
    <message>
        <source>desk %1 (last contact %2, %3)</source>
        <translation>%1 號工作站（最後聯絡 %2，%3）</translation>
    </message>
    <message>
        <source>The site day %1 was closed by desk %2 (bundle %3). Its follow-ups are made at desk %2, which holds the bundle chain.</source>
        <translation>站點 %1 的日結已由 %2 號工作站完成（資料包 %3）。補充資料包須在持有資料包鏈的 %2 號工作站上生成。</translation>
    </message>
    <message>
        <source>The site day %1 cannot close yet: not every desk has pushed its records: %2. Sync those desks (vaxctl site sync), or a site administrator forces the close with a reason; their records then go into a follow-up bundle.</source>
        <translation>站點 %1 暫不能日結：並非所有工作站都已上傳記錄：%2。請同步這些工作站（vaxctl site sync），或由站點管理員填寫原因強制日結；它們的記錄隨後進入補充資料包。</translation>
    </message>
    <message>
        <source>The site day %1 is being closed by desk %2 since %3: nothing was exported or recorded here. Wait for desk %2; if it stopped, its claim can be taken over after 10 minutes, or at once by a site administrator&apos;s forced close with a reason.</source>
        <translation>站點 %1 正由 %2 號工作站自 %3 起進行日結：本工作站未匯出也未記錄任何內容。請等待 %2 號工作站；若它已停止，10 分鐘後可接管其日結佔用，或由站點管理員填寫原因強制日結立即接管。</translation>
    </message>
    <message>
        <source>The bundle %1 no longer verifies on disk: it is not recorded as the site&apos;s day close on the server; keep it out of the district&apos;s import, check the drive and close again.</source>
        <translation>資料包 %1 在磁碟上已無法透過校驗：它未作為站點日結記錄到伺服器；請勿將其匯入區縣系統，檢查儲存裝置後重新日結。</translation>
    </message>
    <message>
        <source>%1 The bundle %2 was written at this desk but is not the site&apos;s day close; keep it out of the district&apos;s import.</source>
        <translation>%1 資料包 %2 已在本工作站寫出，但不是站點的日結資料包；請勿將其匯入區縣系統。</translation>
    </message>
</context>
<context>
    <name>SiteLink</name>
    <message>
        <source>The database %1 is not set up as a site server (%2). Run &quot;vaxctl site-server init&quot; on the server PC.</source>
        <translation>資料庫 %1 尚未設定為站點伺服器（%2）。請在伺服器電腦上執行“vaxctl site-server init”。</translation>
    </message>
    <message>
        <source>The site server %1 has no site recorded yet. Run &quot;vaxctl site-server init --site-code CODE&quot; on the server PC.</source>
        <translation>站點伺服器 %1 尚未記錄站點。請在伺服器電腦上執行“vaxctl site-server init --site-code 程式碼”。</translation>
    </message>
    <message>
        <source>The site server runs a newer VaxPoint (site schema %1; this desk knows up to %2). Upgrade VaxPoint on this desk to the server&apos;s release.</source>
        <translation>站點伺服器執行的是更新的 VaxPoint（站點結構版本 %1；本工位最高只認識 %2）。請把本工位的 VaxPoint 升級到伺服器的版本。</translation>
    </message>
    <message>
        <source>The site server has an older site schema (%1; this desk needs %2). Run &quot;vaxctl site-server init&quot; of this release on the server PC.</source>
        <translation>站點伺服器的站點結構版本較舊（%1；本工位需要 %2）。請在伺服器電腦上用本版本執行“vaxctl site-server init”。</translation>
    </message>
    <message>
        <source>The site server accepts protocol %1 to %2 and this desk speaks %3: upgrade VaxPoint on this desk.</source>
        <translation>站點伺服器接受的協議版本為 %1 到 %2，本工位使用 %3：請升級本工位的 VaxPoint。</translation>
    </message>
    <message>
        <source>The site server accepts protocol %1 to %2 and this desk speaks %3: run &quot;vaxctl site-server init&quot; of this release on the server PC.</source>
        <translation>站點伺服器接受的協議版本為 %1 到 %2，本工位使用 %3：請在伺服器電腦上用本版本執行“vaxctl site-server init”。</translation>
    </message>
    <message>
        <source>The site server %1 serves site %2, and this desk&apos;s database is site %3. Join this site&apos;s own server, or check that this is the right desk database.</source>
        <translation>站點伺服器 %1 服務於站點 %2，而本工位的資料庫屬於站點 %3。請加入本站點自己的伺服器，或確認這是正確的工位資料庫。</translation>
    </message>
    <message>
        <source>Desk number: give this desk&apos;s number from %1 to %2, as written on the server&apos;s set-up sheet (--desk).</source>
        <translation>工位號：請按伺服器設定單給出本工位的號碼，範圍 %1 到 %2（--desk）。</translation>
    </message>
    <message>
        <source>Password: give the desk&apos;s password from the server&apos;s set-up sheet (--password-stdin or VAXPOINT_SITE_PASSWORD).</source>
        <translation>密碼：請給出伺服器設定單上本工位的密碼（--password-stdin 或 VAXPOINT_SITE_PASSWORD）。</translation>
    </message>
    <message>
        <source>This desk is already joined to %1 as desk %2. To move it to another server or desk number, join again with --rejoin.</source>
        <translation>本工位已作為 %2 號工位加入 %1。如要改到其他伺服器或工位號，請用 --rejoin 重新加入。</translation>
    </message>
    <message>
        <source>Desk %1 was joined by another installation on %2. Choose another desk number, or, if this PC replaces that desk (a reinstall), join again with --rejoin.</source>
        <translation>%1 號工位已於 %2 被另一套安裝加入。請選擇其他工位號；如果本機是替換該工位（重灌），請用 --rejoin 重新加入。</translation>
    </message>
    <message>
        <source>The site server did not confirm the join.</source>
        <translation>站點伺服器沒有確認加入。</translation>
    </message>
    <message>
        <source>The desk&apos;s server password is not in %1. Join again (vaxctl site join) with the password from the server&apos;s set-up sheet.</source>
        <translation>%1 中沒有本工位的伺服器密碼。請用伺服器設定單上的密碼重新加入（vaxctl site join）。</translation>
    </message>
    <message>
        <source>This desk has not joined a site server, so it has no server password to change. Join it (vaxctl site join, or Administration ▸ Site server).</source>
        <translation>本工位尚未加入站點伺服器，因此沒有可更改的伺服器密碼。請先加入（vaxctl site join，或 管理 ▸ 站點伺服器）。</translation>
    </message>
    <message>
        <source>New password: give the password &quot;vaxctl site-server desk-password --desk %1&quot; printed on the server PC (--password-stdin or VAXPOINT_SITE_PASSWORD).</source>
        <translation>新密碼：請給出在伺服器電腦上由“vaxctl site-server desk-password --desk %1”列印的密碼（--password-stdin 或 VAXPOINT_SITE_PASSWORD）。</translation>
    </message>
    <message>
        <source>New password: the site server refused it for desk %1 (%2). Nothing was changed: the old password stays in %3. Type the password &quot;vaxctl site-server desk-password --desk %1&quot; printed.</source>
        <translation>新密碼：站點伺服器拒絕了 %1 號工位的這個密碼（%2）。未做任何更改：舊密碼仍儲存在%3中。請輸入“vaxctl site-server desk-password --desk %1”列印的密碼。</translation>
    </message>
</context>
<context>
    <name>SiteQueue</name>
    <message>
        <source>The site&apos;s next visit could not be brought to this desk (not pulled yet).</source>
        <translation>全站排隊的下一位尚未同步到本臺（尚未拉取）。</translation>
    </message>
    <message>
        <source>The site&apos;s queue kept giving visits this desk has called already; it has not pulled them yet.</source>
        <translation>全站排隊連續給出本臺已呼叫的就診記錄；本臺尚未拉取這些記錄。</translation>
    </message>
    <message>
        <source>site queue</source>
        <translation>全站排隊</translation>
    </message>
    <message>
        <source>this desk&apos;s queue</source>
        <translation>本臺排隊</translation>
    </message>
    <message>
        <source>this desk&apos;s queue: server unreachable</source>
        <translation>本臺排隊：伺服器無法連線</translation>
    </message>
    <message>
        <source>this desk&apos;s queue: the site&apos;s queue could not be used</source>
        <translation>本臺排隊：無法使用全站排隊</translation>
    </message>
    <message>
        <source>The site server %1 did not answer within %2 ms (%3): this desk calls from its own queue.</source>
        <translation>接種點伺服器 %1 在 %2 毫秒內未響應（%3）：本臺從自己的排隊中呼叫。</translation>
    </message>
</context>
<context>
    <name>SiteServer</name>
    <message>
        <source>The site server %1 cannot be reached (%2). Check that the server PC is on and in the same network, the cable or Wi-Fi of this PC, and the address; the desk keeps working on its own.</source>
        <translation>無法連線站點伺服器 %1（%2）。請檢查伺服器電腦是否開機並在同一網路中、本機的網線或 Wi-Fi 以及地址；本工位會繼續獨立工作。</translation>
    </message>
    <message>
        <source>The site server %1 does not offer an encrypted connection (TLS), and desks send records only encrypted. Run the server&apos;s set-up again (scripts/site-server.sh turns TLS on).</source>
        <translation>站點伺服器 %1 不提供加密連線（TLS），而工位只通過加密連線傳送記錄。請重新執行伺服器設定（scripts/site-server.sh 會開啟 TLS）。</translation>
    </message>
    <message>
        <source>The site server %1 refused the role %2 (%3). Check the desk number and type the password from the server&apos;s set-up sheet.</source>
        <translation>站點伺服器 %1 拒絕了角色 %2（%3）。請核對工位號，並輸入伺服器設定單上的密碼。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this PC: install the package libqt6sql6-psql.</source>
        <translation>本機未安裝 Qt 的 PostgreSQL 驅動：請安裝軟體包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver could not be loaded: install the package libqt6sql6-psql.</source>
        <translation>無法載入 Qt 的 PostgreSQL 驅動：請安裝軟體包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>This desk number is already joined by another PC (%1). Choose another desk number, or after reinstalling this desk&apos;s PC join again with --rejoin.</source>
        <translation>此工位號已被另一臺電腦加入（%1）。請選擇其他工位號；如果是重灌了本工位的電腦，請用 --rejoin 重新加入。</translation>
    </message>
    <message>
        <source>The password belongs to another desk (%1). Give the desk number that goes with this password.</source>
        <translation>此密碼屬於另一個工位（%1）。請給出與該密碼對應的工位號。</translation>
    </message>
    <message>
        <source>The site server refused this desk&apos;s records (%1): this database is older than what the desk already sent, as after restoring a backup or copying a disk. Nothing was sent. Pull the site&apos;s records, then join again as a new desk number (docs/site.md, &quot;The way out&quot;).</source>
        <translation>站點伺服器拒絕了本工位的記錄（%1）：本資料庫比本工位已傳送的內容更舊，常見於恢復備份或複製硬碟之後。未傳送任何內容。請先拉取站點的記錄，再以新的工位號重新加入（見 docs/site.md “The way out”）。</translation>
    </message>
    <message>
        <source>The site server refused this (%1): the role lacks the right. Use the owner role the set-up created.</source>
        <translation>站點伺服器拒絕了此操作（%1）：該角色沒有相應許可權。請使用設定時建立的所有者角色。</translation>
    </message>
    <message>
        <source>The connection to the site server was lost (%1). The desk keeps working on its own and tries again.</source>
        <translation>與站點伺服器的連線已斷開（%1）。本工位會繼續獨立工作並自動重試。</translation>
    </message>
    <message>
        <source>The site server could not run &quot;%1&quot;: %2</source>
        <translation>站點伺服器無法執行“%1”：%2</translation>
    </message>
    <message>
        <source>Server address: %1 Write it as postgresql://HOST:5432/DATABASE, as the server&apos;s set-up printed it.</source>
        <translation>伺服器地址：%1 請按伺服器設定時列印的格式填寫：postgresql://主機:5432/資料庫。</translation>
    </message>
    <message>
        <source>give the site server&apos;s address with --server.</source>
        <translation>請用 --server 給出站點伺服器的地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// address.</source>
        <translation>“%1”不是 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>the address holds a password, which would be stored and shown; remove it and give the password with --password-stdin.</source>
        <translation>地址中含有密碼，它會被儲存並顯示出來；請去掉密碼，改用 --password-stdin 輸入。</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>埠必須是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>the server&apos;s name or address is missing.</source>
        <translation>缺少伺服器的名稱或地址。</translation>
    </message>
    <message>
        <source>the database name is missing after the server&apos;s address.</source>
        <translation>伺服器地址後缺少資料庫名稱。</translation>
    </message>
    <message>
        <source>The role %1 may not create the desks&apos; roles (%2). Give it CREATEROLE (ALTER ROLE %1 CREATEROLE, as the postgres user), or let scripts/site-server.sh set the server up.</source>
        <translation>角色 %1 無權建立工位角色（%2）。請授予它 CREATEROLE（以 postgres 使用者執行 ALTER ROLE %1 CREATEROLE），或用 scripts/site-server.sh 設定伺服器。</translation>
    </message>
    <message>
        <source>Server migration %1 failed and was rolled back: %2</source>
        <translation>伺服器遷移 %1 失敗，已回滾：%2</translation>
    </message>
    <message>
        <source>The site server %1 has site schema %2, newer than this VaxPoint knows (up to %3). Nothing was changed. Upgrade VaxPoint on this PC.</source>
        <translation>站點伺服器 %1 的站點結構版本為 %2，比本 VaxPoint 所知的更新（最高 %3）。未做任何更改。請在本機升級 VaxPoint。</translation>
    </message>
    <message>
        <source>The site server %1 serves site %2, not %3. Nothing was changed. Use a database of its own for site %3.</source>
        <translation>站點伺服器 %1 服務於站點 %2，而不是 %3。未做任何更改。請為站點 %3 使用單獨的資料庫。</translation>
    </message>
    <message>
        <source>A role %1 already exists on this PostgreSQL server but is not a desk of this database. Drop it (DROP ROLE %1, as the postgres user) or use another database name.</source>
        <translation>此 PostgreSQL 伺服器上已有角色 %1，但它不是本資料庫的工位。請刪除它（以 postgres 使用者執行 DROP ROLE %1），或改用其他資料庫名稱。</translation>
    </message>
    <message>
        <source>TLS is on: desks connect with sslmode=require and send nothing unencrypted. pg_hba.conf should let the desks in only over TLS with a password: a line &quot;hostssl %1 +%2 0.0.0.0/0 scram-sha-256&quot; (and the same for the owner), and no plain &quot;host&quot; line for them (scripts/site-server.sh writes these). Keep the server&apos;s certificate and key where ssl_cert_file and ssl_key_file point; a new certificate needs only a reload.</source>
        <translation>TLS 已開啟：工位以 sslmode=require 連線，不傳送任何未加密內容。pg_hba.conf 應只允許工位透過 TLS 並憑密碼連線：一行“hostssl %1 +%2 0.0.0.0/0 scram-sha-256”（所有者同樣如此），且不要為它們保留普通的“host”行（scripts/site-server.sh 會寫好這些）。伺服器證書和金鑰請保留在 ssl_cert_file 和 ssl_key_file 所指的位置；更換證書只需重新載入。</translation>
    </message>
    <message>
        <source>TLS is OFF on this server: every desk will refuse it (site.tls_refused). Make a certificate (openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj /CN=$(hostname) -keyout server.key -out server.crt), put both in the cluster&apos;s folder owned by postgres (key mode 0600), set ssl = on, ssl_cert_file and ssl_key_file, allow desks with &quot;hostssl %1 +%2 0.0.0.0/0 scram-sha-256&quot; in pg_hba.conf and reload PostgreSQL; scripts/site-server.sh does all of it.</source>
        <translation>此伺服器未開啟 TLS：所有工位都會拒絕連線（site.tls_refused）。請生成證書（openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj /CN=$(hostname) -keyout server.key -out server.crt），把兩個檔案放在歸 postgres 所有的叢集目錄中（金鑰許可權 0600），設定 ssl = on、ssl_cert_file 和 ssl_key_file，在 pg_hba.conf 中用“hostssl %1 +%2 0.0.0.0/0 scram-sha-256”允許工位連線，然後重新載入 PostgreSQL；scripts/site-server.sh 會完成以上全部步驟。</translation>
    </message>
    <message>
        <source>Site code: give the code of the site this server serves (--site-code), the same as the desks&apos; databases.</source>
        <translation>站點程式碼：請給出此伺服器所服務站點的程式碼（--site-code），須與各工位資料庫的相同。</translation>
    </message>
    <message>
        <source>Desks: give a number from 0 to %1.</source>
        <translation>工位數：請給出 0 到 %1 之間的數字。</translation>
    </message>
    <message>
        <source>The site server refused the day close (%1): another desk closed this day first. Its bundle is the site&apos;s; ask that desk for it.</source>
        <translation>站點伺服器拒絕了日結（%1）：另一臺工作站已先完成當天日結。站點的資料包以那臺工作站的為準，請向其索取。</translation>
    </message>
    <message>
        <source>The site server refused the day close (%1): another desk is closing this day now. Wait for it; a claim older than 10 minutes, or a site administrator&apos;s forced close with a reason, takes it over.</source>
        <translation>站點伺服器拒絕了日結（%1）：另一臺工作站正在進行當天日結。請等待其完成；超過 10 分鐘的日結佔用，或站點管理員填寫原因的強制日結，可以接管它。</translation>
    </message>
    <message>
        <source>The database %1 has no site schema yet. Nothing was changed. Run &quot;vaxctl site-server init --server %1 --site-code CODE --desks N&quot; first: it makes the desks and prints their passwords.</source>
        <translation>資料庫 %1 還沒有站點模式。未做任何更改。請先執行“vaxctl site-server init --server %1 --site-code CODE --desks N”：它會建立各工位並列印其密碼。</translation>
    </message>
    <message>
        <source>The role %1 is not the owner of the site schema on %2 (%3 is). Nothing was changed. Give the owner&apos;s user in the address, e.g. postgresql://%3@localhost/%4, as for &quot;vaxctl site-server init&quot;.</source>
        <translation>角色 %1 不是 %2 上站點模式的所有者（所有者是 %3）。未做任何更改。請像“vaxctl site-server init”那樣在地址中給出所有者使用者，例如 postgresql://%3@localhost/%4。</translation>
    </message>
    <message>
        <source>The role %1 may not change the desks&apos; passwords. Nothing was changed. Give it CREATEROLE (ALTER ROLE %1 CREATEROLE, as the postgres user), or let scripts/site-server.sh set the server up.</source>
        <translation>角色 %1 無權更改工位密碼。未做任何更改。請授予其 CREATEROLE（以 postgres 使用者執行 ALTER ROLE %1 CREATEROLE），或用 scripts/site-server.sh 設定伺服器。</translation>
    </message>
    <message>
        <source>Desk %1&apos;s role %2 is missing from this PostgreSQL server (dropped by hand?). Nothing was changed. Create it again as the postgres user (CREATE ROLE %2 LOGIN IN ROLE %3), then make its password again.</source>
        <translation>此 PostgreSQL 伺服器上缺少 %1 號工位的角色 %2（被手動刪除？）。未做任何更改。請以 postgres 使用者重新建立（CREATE ROLE %2 LOGIN IN ROLE %3），然後再次生成其密碼。</translation>
    </message>
    <message>
        <source>Desk %1 has no role on the site server %2 yet (its desks: %3). Nothing was changed. Make it with &quot;vaxctl site-server init --server %2 --desks %1&quot;: init prints the new desk&apos;s password.</source>
        <translation>站點伺服器 %2 上還沒有 %1 號工位的角色（現有工位：%3）。未做任何更改。請用“vaxctl site-server init --server %2 --desks %1”建立：init 會列印新工位的密碼。</translation>
    </message>
    <message>
        <source>Desk number: give the desk&apos;s number from %1 to %2 (--desk).</source>
        <translation>工位號：請給出 %1 到 %2 之間的工位號（--desk）。</translation>
    </message>
    <message>
        <source>The site server did not quote the new password.</source>
        <translation>站點伺服器未能為新密碼加引號。</translation>
    </message>
    <message>
        <source>The site server refused to set desk %1&apos;s new password (role %2). Nothing was changed. Run this as the site schema&apos;s owner with CREATEROLE (ALTER ROLE %3 CREATEROLE, as the postgres user).</source>
        <translation>站點伺服器拒絕設定 %1 號工位的新密碼（角色 %2）。未做任何更改。請以具有 CREATEROLE 許可權的站點模式所有者身份執行（以 postgres 使用者執行 ALTER ROLE %3 CREATEROLE）。</translation>
    </message>
</context>
<context>
    <name>SiteSync</name>
    <message>
        <source>This desk has not joined a site server: join it first (vaxctl site join --server URL --desk N).</source>
        <translation>本工作臺尚未加入站點伺服器：請先加入（vaxctl site join --server URL --desk N）。</translation>
    </message>
    <message>
        <source>This desk does not know the table %1: upgrade VaxPoint on this desk.</source>
        <translation>本工作臺不認識資料表 %1：請在本工作臺升級 VaxPoint。</translation>
    </message>
    <message>
        <source>The row has a column this desk does not know (%1.%2): upgrade VaxPoint on this desk.</source>
        <translation>該記錄含有本工作臺不認識的欄位（%1.%2）：請在本工作臺升級 VaxPoint。</translation>
    </message>
    <message>
        <source>The row&apos;s id does not match its change (%1 %2).</source>
        <translation>該記錄的 ID 與其變更不符（%1 %2）。</translation>
    </message>
    <message>
        <source>The site server %1 did not answer within %2 ms (%3): this desk judges its own records only.</source>
        <translation>站點伺服器 %1 在 %2 毫秒內沒有響應（%3）：本接種臺僅依據自己的記錄判斷。</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Username: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>使用者名稱：請使用 2 到 32 個字母、數字、點、短橫線或下劃線。</translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s full name as it should appear on records.</source>
        <translation>姓名：請輸入將出現在記錄上的全名。</translation>
    </message>
    <message>
        <source>Roles: give at least one role (registrar, vaccinator, doctor, stock_keeper, site_admin).</source>
        <translation>角色：至少指定一個角色（registrar、vaccinator、doctor、stock_keeper、site_admin）。</translation>
    </message>
    <message>
        <source>Username: &quot;%1&quot; is taken; choose another.</source>
        <translation>使用者名稱：「%1」已被使用；請換一個。</translation>
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
        <translation>盤點數：請填寫冰箱中清點的劑數（0 或以上）。</translation>
    </message>
    <message>
        <source>Reason: the count differs from the books by %1 doses (expected %2, counted %3); give the reason.</source>
        <translation>原因：盤點與帳面相差 %1 劑（帳面 %2，實盤 %3）；請說明原因。</translation>
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
        <translation>LogTag 表頭行必須是「key,value」。</translation>
    </message>
    <message>
        <source>expected &quot;index,date,time,temperature&quot; (e.g. &quot;1,2023-03-01,08:00:00,4.5&quot;), found &quot;%1&quot;.</source>
        <translation>應為「index,date,time,temperature」（例如「1,2023-03-01,08:00:00,4.5」），實際為「%1」。</translation>
    </message>
    <message>
        <source>This LogTag file has no header lines or no readings. Export it from LogTag Analyzer as CSV with its header.</source>
        <translation>該 LogTag 檔案沒有表頭行或沒有讀數。請從 LogTag Analyzer 匯出帶表頭的 CSV。</translation>
    </message>
    <message>
        <source>expected &quot;timestamp,celsius&quot; (e.g. &quot;2023-03-01T08:00:00+08:00,4.5&quot;), found &quot;%1&quot;.</source>
        <translation>應為「timestamp,celsius」（例如「2023-03-01T08:00:00+08:00,4.5」），實際為「%1」。</translation>
    </message>
    <message>
        <source>The CSV file has no readings. Each line should be &quot;timestamp,celsius&quot;.</source>
        <translation>該 CSV 檔案沒有讀數。每行應為「timestamp,celsius」。</translation>
    </message>
    <message>
        <source>The file&apos;s format was not recognised. VaxPoint imports LogTag CSV, Fridge-tag 2 / 2 L text reports and &quot;timestamp,celsius&quot; CSV.</source>
        <translation>無法識別該檔案格式。VaxPoint 可匯入 LogTag CSV、Fridge-tag 2 / 2 L 文字報告和「timestamp,celsius」CSV。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use logtag, fridgetag or plain.</source>
        <translation>未知格式「%1」：請使用 logtag、fridgetag 或 plain。</translation>
    </message>
    <message>
        <source>This is not a Fridge-tag report: its first line should start with &quot;Device:&quot;. Export the report again from the logger.</source>
        <translation>這不是 Fridge-tag 報告：第一行應以「Device:」開頭。請從記錄器重新匯出報告。</translation>
    </message>
    <message>
        <source>a tab-indented reading outside the &quot;Data:&quot; section.</source>
        <translation>在「Data:」部分之外出現了定位字元縮排的讀數。</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot;, found &quot;%1&quot;.</source>
        <translation>應為「名稱: 值」，實際為「%1」。</translation>
    </message>
    <message>
        <source>The Fridge-tag report has no daily history and no readings. Export a report that includes the history.</source>
        <translation>該 Fridge-tag 報告既沒有每日曆史也沒有讀數。請匯出包含歷史記錄的報告。</translation>
    </message>
    <message>
        <source>Line %1: device &quot;%2&quot; is not a Fridge-tag 2 or 2 L; this report variant cannot be imported. Use a plain timestamp,celsius CSV.</source>
        <translation>第 %1 行：裝置「%2」不是 Fridge-tag 2 或 2 L；無法匯入這種報告。請改用 timestamp,celsius 格式的 CSV。</translation>
    </message>
    <message>
        <source>reports of %1 sensors are not supported; only one sensor is.</source>
        <translation>不支援 %1 個感測器的報告；只支援單個感測器。</translation>
    </message>
    <message>
        <source>temperature unit &quot;%1&quot; is not supported; set the logger to °C.</source>
        <translation>不支援溫度單位「%1」；請將記錄器設定為 °C。</translation>
    </message>
    <message>
        <source>an alarm number was expected.</source>
        <translation>此處應為報警編號。</translation>
    </message>
    <message>
        <source>an alarm needs &quot;T AL: limit, t AL: minutes&quot;.</source>
        <translation>報警需要「T AL: 限值, t AL: 分鐘」。</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYY-MM-DD.</source>
        <translation>日期「%1」不是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>the average temperature &quot;%1&quot; is not a number.</source>
        <translation>平均溫度「%1」不是數字。</translation>
    </message>
    <message>
        <source>alarm minutes &quot;%1&quot; must be a whole number from 0 to 1440.</source>
        <translation>報警分鐘數「%1」必須是 0 到 1440 之間的整數。</translation>
    </message>
    <message>
        <source>alarm %1 is not in the report&apos;s alarm configuration.</source>
        <translation>報警 %1 不在該報告的報警配置中。</translation>
    </message>
    <message>
        <source>expected &quot;%1: temperature, %2: HH:MM&quot;.</source>
        <translation>應為「%1: 溫度, %2: HH:MM」。</translation>
    </message>
    <message>
        <source>this day lacks its date, minimum, maximum or average temperature.</source>
        <translation>該日缺少日期、最低、最高或平均溫度。</translation>
    </message>
    <message>
        <source>expected &quot;YYYY-MM-DD HH:MM&lt;tab&gt;temperature&quot;, found &quot;%1&quot;.</source>
        <translation>應為「YYYY-MM-DD HH:MM&lt;定位字元&gt;溫度」，實際為「%1」。</translation>
    </message>
    <message>
        <source>Line %1: %2 Fix the file or export it again; nothing was imported.</source>
        <translation>第 %1 行：%2 請修正檔案或重新匯出；未匯入任何資料。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>該檔案</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation>無法讀取 %1：%2。請檢查路徑。</translation>
    </message>
    <message>
        <source>%1: %2 Split the logger export (for example by month) and import the parts one by one; nothing was imported.</source>
        <translation>%1：%2請將記錄儀匯出檔案拆分（例如按月）後逐個匯入；未匯入任何資料。</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most one import takes.</source>
        <translation>檔案大於單次匯入允許的上限 %1 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file and import it again.</source>
        <translation>無法讀取 %1：%2。請檢查檔案後重新匯入。</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes; a logger file&apos;s lines are short.</source>
        <translation>第 %1 行超過 %2 位元組；記錄儀檔案的行應當很短。</translation>
    </message>
    <message>
        <source>the file has more than %1 lines, the most one import takes.</source>
        <translation>檔案超過單次匯入允許的上限 %1 行。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file. Fix the file or export it again; nothing was imported.</source>
        <translation>第 %1 行：帶引號的欄位直到檔案結束都未閉合。請修正檔案或重新匯出；未匯入任何資料。</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Queue number — priority lane</source>
        <translation>排隊號 — 優先通道</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>排隊號</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>請等候叫號。</translation>
    </message>
</context>
<context>
    <name>TrainingCodes</name>
    <message>
        <source>Training scan sheets are made from training databases only; %1 is the production database of site %2. Open a training database (vaxctl init --training).</source>
        <translation>培訓掃碼練習單隻能由培訓資料庫生成；%1 是接種點 %2 的正式資料庫。請開啟培訓資料庫（vaxctl init --training）。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Staff member: no account with this id; refresh the list and choose again.</source>
        <translation>工作人員：沒有該 ID 的帳號；請重新整理列表後重新選擇。</translation>
    </message>
    <message>
        <source>%1 is the last active site administrator. Give another staff member the site_admin role first.</source>
        <translation>%1 是最後一位在職的接種點管理員。請先為另一位工作人員授予 site_admin 角色。</translation>
    </message>
    <message>
        <source>The account is disabled; ask the site administrator.</source>
        <translation>該帳號已停用；請聯絡接種點管理員。</translation>
    </message>
    <message>
        <source>Current password: it is wrong. Type the password you signed in with.</source>
        <translation>目前密碼：密碼錯誤。請輸入您登入時使用的密碼。</translation>
    </message>
    <message>
        <source>Roles: give at least one role (registrar, vaccinator, doctor, stock_keeper, site_admin).</source>
        <translation>角色：至少指定一個角色（registrar、vaccinator、doctor、stock_keeper、site_admin）。</translation>
    </message>
    <message>
        <source>PIN: only %1 can set their own PIN. An administrator can clear it.</source>
        <translation>PIN 碼：只有 %1 本人可以設定自己的 PIN 碼。管理員可以清除它。</translation>
    </message>
    <message>
        <source>Password: it is wrong. Confirm the PIN with the password you sign in with.</source>
        <translation>密碼：密碼錯誤。請用您的登入密碼確認 PIN 碼。</translation>
    </message>
</context>
<context>
    <name>Vial</name>
    <message>
        <source>Session end: the site setting &quot;%1&quot; is not HH:MM; set it again, e.g. 17:30.</source>
        <translation>接種結束時間：接種點設定「%1」不是 HH:MM 格式；請重新設定，例如 17:30。</translation>
    </message>
    <message>
        <source>Lot %1 has no unopened doses in this fridge; receive stock or use an open vial.</source>
        <translation>批號 %1 在此冰箱中沒有未開啟的劑次；請入庫或使用已開啟的疫苗瓶。</translation>
    </message>
    <message>
        <source>Vial: no open vial &quot;%1&quot;; open a new vial.</source>
        <translation>疫苗瓶：沒有已開啟的疫苗瓶「%1」；請開啟新的一瓶。</translation>
    </message>
    <message>
        <source>Vial: this vial had to be discarded at %1; discard it and open a new one.</source>
        <translation>疫苗瓶：此瓶應於 %1 廢棄；請廢棄並開啟新的一瓶。</translation>
    </message>
    <message>
        <source>Vial: no doses left; open a new vial.</source>
        <translation>疫苗瓶：已無剩餘劑次；請開啟新的一瓶。</translation>
    </message>
    <message>
        <source>Session end: &quot;%1&quot; is not a time of day; give it as HH:MM (24-hour), e.g. 17:30.</source>
        <translation>接種結束時間：「%1」不是有效的時刻；請按 HH:MM（24 小時制）填寫，例如 17:30。</translation>
    </message>
    <message>
        <source>Vial: this vial belongs to desk %1, which opened it; draw from it there, or open a new vial at this desk.</source>
        <translation>疫苗瓶：此瓶屬於開啟它的 %1 號工作臺；請在該工作臺抽取，或在本工作臺開啟一瓶新的。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VaxPoint vaccination point</source>
        <translation>VaxPoint 預防接種點</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>VaxPoint cannot start</source>
        <translation>VaxPoint 無法啟動</translation>
    </message>
    <message>
        <source>Screen number for the board (0 = first)</source>
        <translation>顯示看板的螢幕編號（0 = 第一塊螢幕）</translation>
    </message>
    <message>
        <source>Language (zh_CN, zh_TW or en): the environment variable VAXPOINT_LANG if set; else the language last chosen on the sign-in page or in the status bar; else the PC&apos;s locale (LANG).</source>
        <translation>介面語言（zh_CN、zh_TW 或 en）：如設定了環境變數 VAXPOINT_LANG 則用它；否則用上次在登入頁或狀態列選擇的語言；否則用本機的區域設定（LANG）。</translation>
    </message>
    <message>
        <source>Show only the observation board, full screen (names masked; no sign-in); on a PC joined to a site server, every desk&apos;s people</source>
        <translation>只顯示留觀看板，全屏（姓名已遮蔽；無需登入）；在已加入站點伺服器的電腦上顯示所有接種臺的留觀人員</translation>
    </message>
</context>
<context>
    <name>vax::ui::AdminPage</name>
    <message>
        <source>Backup written: %1</source>
        <translation>備份已寫入：%1</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系統管理</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Site&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1 (%2)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;District&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Database&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 — schema %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kind&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;接種點&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1（%2）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;所屬區縣&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;資料庫&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 — 結構版本 %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;類型&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;TRAINING&lt;/b&gt; — practice data, not for real records&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;培訓&lt;/b&gt; — 練習資料，不是真實記錄&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Backups (the newest %1 are kept)</source>
        <translation>備份（保留最新 %1 份）</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>Vaccine catalog %1</source>
        <translation>疫苗目錄 %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
</context>
<context>
    <name>vax::ui::AefiDialog</name>
    <message>
        <source>Adverse event</source>
        <translation>疑似預防接種異常反應</translation>
    </message>
    <message>
        <source>Adverse event following immunization — %1</source>
        <translation>疑似預防接種異常反應——%1</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>發病時間(&amp;O)：</translation>
    </message>
    <message>
        <source>Symptoms (press the key to tick)</source>
        <translation>症狀（按對應鍵勾選）</translation>
    </message>
    <message>
        <source>Describe the other symptom</source>
        <translation>描述其他症狀</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>嚴重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Not serious</source>
        <translation>非嚴重</translation>
    </message>
    <message>
        <source>Serious — report immediately</source>
        <translation>嚴重——須立即報告</translation>
    </message>
    <message>
        <source>Se&amp;riousness:</source>
        <translation>是否嚴重(&amp;R)：</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>處置：</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>轉歸(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Record adverse event</source>
        <translation>記錄異常反應</translation>
    </message>
</context>
<context>
    <name>vax::ui::BoardModel</name>
    <message>
        <source>SERIOUS adverse event — report now</source>
        <translation>嚴重異常反應——立即報告</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>排隊號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>接種臺</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>AEFI</source>
        <comment>adverse event, as short as possible: a word on a board tile</comment>
        <translation>異常反應</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>已到時</translation>
    </message>
    <message>
        <source>%1 min over</source>
        <translation>超時 %1 分鐘</translation>
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
        <translation>代碼</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生產企業</translation>
    </message>
    <message>
        <source>Doses in series</source>
        <translation>全程劑次</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>劑量</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>接種途徑</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>最小年齡</translation>
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
        <translation>證件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>體溫</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Screening — number key toggles a question, N answers the rest &quot;no&quot;</source>
        <translation>健康詢問 — 按數字鍵切換對應問題，按 N 將其餘問題答為「否」</translation>
    </message>
    <message>
        <source>Print ticket (Ctrl+P)</source>
        <translation>列印排隊單（Ctrl+P）</translation>
    </message>
    <message>
        <source>Scan the ID card or registration QR code, or type the ID number, then Enter</source>
        <translation>掃描身分證或預約登記碼，或輸入證件號碼，然後按 Enter</translation>
    </message>
    <message>
        <source>New person: type the name as on the document, then Enter</source>
        <translation>新受種者：按證件輸入姓名，然後按 Enter</translation>
    </message>
    <message>
        <source>Axillary temperature in °C (36.6 or 366), then Enter</source>
        <translation>腋溫 °C（36.6 或 366），然後按 Enter</translation>
    </message>
    <message>
        <source>Screening: press N if every answer is &quot;no&quot;; a question&apos;s number toggles &quot;yes&quot;</source>
        <translation>健康詢問：如全部回答為「否」，請按 N；按問題編號可切換為「是」</translation>
    </message>
    <message>
        <source>Consent signed by the person: press Enter to check in (G: a guardian signed)</source>
        <translation>受種者本人已簽署知情同意：按 Enter 完成登記（G：由監護人簽字）</translation>
    </message>
    <message>
        <source>Guardian&apos;s name, then Enter</source>
        <translation>監護人姓名，然後按 Enter</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation to the person (e.g. mother, father), then Enter to check in</source>
        <translation>監護人與受種者的關係（例如母親、父親），然後按 Enter 完成登記</translation>
    </message>
    <message>
        <source>Not today. Press Enter to record the deferral, Esc to correct the answers</source>
        <translation>今天不能接種。按 Enter 記錄暫緩接種，按 Esc 修改回答</translation>
    </message>
    <message>
        <source>Scan the next person</source>
        <translation>請掃描下一位受種者</translation>
    </message>
    <message>
        <source>Enter: next step · Esc: back · Ctrl+Enter: check in</source>
        <translation>Enter：下一步 · Esc：返回 · Ctrl+Enter：完成登記</translation>
    </message>
    <message>
        <source>(on file)</source>
        <translation>（已建檔）</translation>
    </message>
    <message>
        <source>(new person)</source>
        <translation>（新受種者）</translation>
    </message>
    <message>
        <source>Guardian: %1 (%2)</source>
        <translation>監護人：%1（%2）</translation>
    </message>
    <message>
        <source>Signed by the person</source>
        <translation>受種者本人簽字</translation>
    </message>
    <message>
        <source>Consent text %1: not yet recorded</source>
        <translation>知情同意書 %1：尚未記錄</translation>
    </message>
    <message>
        <source>Record deferral (Enter)</source>
        <translation>記錄暫緩接種（Enter）</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation>完成登記（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>The unfinished check-in was restored. Continue where it stopped.</source>
        <translation>已恢復未完成的登記。請從中斷處繼續。</translation>
    </message>
    <message>
        <source>The name is empty. Type the name as on the document.</source>
        <translation>姓名為空。請按證件輸入姓名。</translation>
    </message>
    <message>
        <source>Some questions are not answered. Press N to answer the rest &quot;no&quot;.</source>
        <translation>有問題尚未回答。按 N 將其餘問題答為「否」。</translation>
    </message>
    <message>
        <source>Enter the guardian&apos;s name.</source>
        <translation>請輸入監護人姓名。</translation>
    </message>
    <message>
        <source>Fever (%1 °C or more): the person will be deferred today.</source>
        <translation>發熱（%1 °C 及以上）：今天將暫緩接種。</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1. Check the number.</source>
        <translation>身分證號碼為 18 位；此號碼為 %1 位。請核對號碼。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已輸入 %1/18 位</translation>
    </message>
    <message>
        <source>%1 is already checked in today (%2). Use this number.</source>
        <translation>%1 今天已登記（%2）。請使用該號碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a temperature. Enter it in °C, e.g. 36.5 or 365.</source>
        <translation>「%1」不是有效的體溫。請以 °C 輸入，例如 36.5 或 365。</translation>
    </message>
    <message>
        <source>Do not vaccinate: contraindication (%1). Refer to a doctor.</source>
        <translation>不予接種：有禁忌證（%1）。請轉介醫師。</translation>
    </message>
    <message>
        <source>Not today: defer (%1). The person may come back when it has passed.</source>
        <translation>今天不接種：暫緩接種（%1）。情況消除後可再來。</translation>
    </message>
    <message>
        <source>A doctor must review this person before the injection.</source>
        <translation>接種前須由醫師評估。</translation>
    </message>
    <message>
        <source>No document yet. Scan the ID card or type the ID number.</source>
        <translation>尚無證件。請掃描身分證或輸入證件號碼。</translation>
    </message>
    <message>
        <source>No temperature yet. Measure it and enter it in °C, e.g. 36.5.</source>
        <translation>尚未輸入體溫。請測量後以 °C 輸入，例如 36.5。</translation>
    </message>
    <message>
        <source>Deferral recorded for %1 (%2). No queue number: not vaccinated today.</source>
        <translation>已為 %1 記錄暫緩接種（%2）。不發排隊號：今天不接種。</translation>
    </message>
    <message>
        <source>%1 is checked in. A doctor reviews before the injection.</source>
        <translation>%1 已登記。接種前由醫師評估。</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 已登記。</translation>
    </message>
    <message>
        <source>Not saved: %1 The form is kept; press Ctrl+Enter to try again.</source>
        <translation>未儲存：%1 表單內容已保留；按 Ctrl+Enter 重試。</translation>
    </message>
    <message>
        <source>Print ticket %1</source>
        <translation>列印排隊單 %1</translation>
    </message>
    <message>
        <source>Birth date: the second entry %1 differs from the first %2. Type the birth date again from the document.</source>
        <translation>出生日期：第二次錄入的 %1 與第一次的 %2 不一致。請按證件重新錄入出生日期。</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>The %1 number carries no birth date: type it from the document as digits (YYYYMMDD or YYYY-MM-DD), then Enter</source>
        <translation>%1號碼中不含出生日期：請按證件以數字錄入（YYYYMMDD 或 YYYY-MM-DD），然後按 Enter</translation>
    </message>
    <message>
        <source>Type the birth date a second time to confirm it, then Enter. It makes the person: %1</source>
        <translation>請再次錄入出生日期以確認，然後按 Enter。按此日期，受種者：%1</translation>
    </message>
    <message>
        <source>Under %1: a guardian signs the consent. Press Enter or G to record the guardian</source>
        <translation>未滿 %1 週歲：由監護人簽署知情同意書。按 Enter 或 G 記錄監護人</translation>
    </message>
    <message>
        <source>%1 (age %2), confirmed</source>
        <translation>%1（%2 週歲），已確認</translation>
    </message>
    <message>
        <source>%1 (age %2), type it again</source>
        <translation>%1（%2 週歲），請再次錄入</translation>
    </message>
    <message>
        <source>not on the document&apos;s number: type it</source>
        <translation>證件號碼中不含：請錄入</translation>
    </message>
    <message>
        <source>Birth date: the %1 number does not carry it. Type the birth date from the document as digits (YYYYMMDD or YYYY-MM-DD), then Enter.</source>
        <translation>出生日期：%1號碼中不含出生日期。請按證件以數字錄入（YYYYMMDD 或 YYYY-MM-DD），然後按 Enter。</translation>
    </message>
    <message>
        <source>A guardian signs</source>
        <translation>由監護人簽署</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>監護人：%1</translation>
    </message>
    <message>
        <source>Enter the temperature in °C, e.g. 36.5 or 365.</source>
        <translation>請輸入體溫（°C），例如 36.5 或 365。</translation>
    </message>
    <message>
        <source>Found on the site server: %1, registered at another desk.</source>
        <translation>已在站點伺服器找到：%1，已在其他接種臺登記。</translation>
    </message>
</context>
<context>
    <name>vax::ui::ChecklistView</name>
    <message>
        <source>OK</source>
        <translation>透過</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待確認</translation>
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
        <translation>七對</translation>
    </message>
    <message>
        <source>一验证 The person verifies</source>
        <translation>一驗證</translation>
    </message>
    <message>
        <source>Overridden by a doctor: %1</source>
        <translation>醫師特批：%1</translation>
    </message>
    <message>
        <source>(Ctrl+D: doctor&apos;s decision)</source>
        <translation>（Ctrl+D：由醫師決定）</translation>
    </message>
</context>
<context>
    <name>vax::ui::ClockPanel</name>
    <message>
        <source>Latest time written: %1&lt;br&gt;The PC&apos;s clock now: %2</source>
        <translation>最近寫入時間：%1&lt;br&gt;電腦當前時鐘：%2</translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation>尚未寫入任何記錄</translation>
    </message>
    <message>
        <source>The clock is %1 behind: every write is refused. Set the PC&apos;s clock right (date, time and time zone); if it was corrected on purpose, a site administrator acknowledges it here with a reason.</source>
        <translation>時鐘落後 %1：所有寫入都被拒絕。請把電腦時鐘調正（日期、時間和時區）；如果是有意校正，由站點管理員在此填寫原因並確認。</translation>
    </message>
    <message>
        <source>Writes are accepted (tolerance %1 minutes).</source>
        <translation>可以寫入（容差 %1 分鐘）。</translation>
    </message>
    <message>
        <source>Only a site administrator may acknowledge.</source>
        <translation>只有站點管理員可以確認。</translation>
    </message>
    <message>
        <source>Correction acknowledged: writes at the PC&apos;s time are accepted again.</source>
        <translation>校正已確認：按電腦時間的寫入重新被接受。</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時鐘</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>why the PC&apos;s clock was corrected</source>
        <translation>電腦時鐘為何被校正</translation>
    </message>
    <message>
        <source>Acknowledge the correction</source>
        <translation>確認校正</translation>
    </message>
</context>
<context>
    <name>vax::ui::ContraindicationBox</name>
    <message>
        <source>On record from earlier visits — whatever today&apos;s answers are:</source>
        <translation>以往就診已記錄 — 無論今天如何回答：</translation>
    </message>
    <message>
        <source>Only a doctor can lift it: Ctrl+L.</source>
        <translation>只有醫生可以解除：Ctrl+L。</translation>
    </message>
</context>
<context>
    <name>vax::ui::CountDialog</name>
    <message>
        <source>Count and reconcile</source>
        <translation>盤點與核對</translation>
    </message>
    <message>
        <source>Needed when the count differs from the ledger</source>
        <translation>盤點數與帳面不符時必填</translation>
    </message>
    <message>
        <source>&amp;Fridge</source>
        <translation>冰箱(&amp;F)</translation>
    </message>
    <message>
        <source>Ledger says</source>
        <translation>帳面數</translation>
    </message>
    <message>
        <source>&amp;Counted doses</source>
        <translation>盤點劑數(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>%1 doses (opening %2 + received %3 − administered %4 − wasted %5%6)</source>
        <translation>%1 劑（期初 %2 + 入庫 %3 − 接種 %4 − 損耗 %5%6）</translation>
    </message>
    <message>
        <source> + other %1</source>
        <translation> + 其他 %1</translation>
    </message>
    <message>
        <source>Lot %1: expected %2, counted %3, difference %4.</source>
        <translation>批號 %1：帳面 %2，實盤 %3，差異 %4。</translation>
    </message>
</context>
<context>
    <name>vax::ui::DayCloseConfirmDialog</name>
    <message>
        <source>Close the day %1?</source>
        <translation>結束 %1 的日結？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still open today:&lt;/b&gt;</source>
        <translation>&lt;b&gt;今天仍未完成：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing is left open today.</source>
        <translation>今天沒有未完成的事項。</translation>
    </message>
    <message>
        <source>People still under observation: %1</source>
        <translation>仍在留觀的人數：%1</translation>
    </message>
    <message>
        <source>Lots not counted: %1</source>
        <translation>未盤點的批號：%1</translation>
    </message>
    <message>
        <source>Open vials: %1 — the %2 doses left in them will be booked as wasted</source>
        <translation>已開啟的疫苗瓶：%1 —— 瓶中剩餘的 %2 劑將記為損耗</translation>
    </message>
    <message>
        <source>Records not yet exported: %1</source>
        <translation>尚未匯出的記錄：%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;This day is already closed; closing again closes the vials opened since.&lt;/p&gt;</source>
        <translation>&lt;p&gt;今天已日結；再次日結將關閉此後開啟的疫苗瓶。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To close the day, type its date %1:</source>
        <translation>如確認日結，請輸入當天日期 %1：</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日結</translation>
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
        <translation>選擇匯出包的儲存資料夾</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>簽名金鑰</translation>
    </message>
    <message>
        <source>Passphrase of the signing key file:</source>
        <translation>簽名金鑰檔案的通關密語：</translation>
    </message>
    <message>
        <source>Nothing changed since the last export: zero report %1 written to %2.</source>
        <translation>自上次匯出以來沒有變化：已將零報告 %1 寫入 %2。</translation>
    </message>
    <message>
        <source>Export %1 written: %2 records (%3 doses). Give this file to the district: %4</source>
        <translation>匯出檔案 %1 已寫入：%2 條記錄（%3 劑次）。請將此檔案提交給區縣疾控：%4</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日結</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>日結(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>列印報表(&amp;P)…</translation>
    </message>
    <message>
        <source>Stock reconciliation</source>
        <translation>庫存核對</translation>
    </message>
    <message>
        <source>Past exports</source>
        <translation>歷史匯出</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批號</translation>
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
        <translation>入庫</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>接種</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>損耗</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>帳面</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>實盤</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>寫入時間</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記錄數</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not yet exported: %1 records</source>
        <translation>尚未匯出：%1 條記錄</translation>
    </message>
    <message>
        <source>0 (zero report)</source>
        <translation>0（零報告）</translation>
    </message>
    <message>
        <source>Day close — %1 (closed at %2)</source>
        <translation>日結 — %1（%2 已日結）</translation>
    </message>
    <message>
        <source>Day close — %1</source>
        <translation>日結 — %1</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Check-ins&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Doses given&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Corrected (entered in error)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Deferred&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Adverse events&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5 (%6 serious)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Doses wasted&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Vials still open&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fridge readings&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Excursions&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;登記人次&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;接種劑次&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;更正作廢（輸入錯誤）&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;暫緩接種&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;疑似預防接種異常反應&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5（嚴重 %6）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;損耗劑次&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;仍開啟的疫苗瓶&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;冰箱讀數&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;溫度超標&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Doses per hour</source>
        <translation>每小時接種劑次</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>劑數</translation>
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
        <translation>不詳</translation>
    </message>
    <message>
        <source>Doses by age group</source>
        <translation>各年齡組接種劑次</translation>
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
        <translation>未盤點</translation>
    </message>
    <message>
        <source>Every lot in stock was counted today.</source>
        <translation>今天已盤點所有在庫批號。</translation>
    </message>
    <message>
        <source>Lots not counted today: %1. Count them on the Stock page before closing.</source>
        <translation>今天未盤點的批號：%1。請在日結前到「庫存」頁面盤點。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>每日報表 %1</translation>
    </message>
    <message>
        <source>Day closed. Open vials closed: %1; doses left in them booked as wasted: %2.</source>
        <translation>已日結。停用已開啟的疫苗瓶：%1 瓶；其中剩餘劑次已登記為損耗：%2 劑。</translation>
    </message>
    <message>
        <source> It is sealed for the district: only the district&apos;s key opens it.</source>
        <translation>該檔案已為區縣加密：只有區縣金鑰能開啟。</translation>
    </message>
    <message>
        <source>The records stay pending: export again when it is fixed.</source>
        <translation>這些記錄仍為待匯出：問題解決後請重新匯出。</translation>
    </message>
    <message>
        <source>Shows what is still open, then closes every open vial (the doses left in them are wasted) and records the day as closed once you type the day&apos;s date.</source>
        <translation>先列出仍未完成的事項；輸入當天日期後，關閉所有已開啟的疫苗瓶（瓶中剩餘劑次記為損耗），並將當天記為已日結。</translation>
    </message>
    <message>
        <source>&amp;Reopen the day</source>
        <translation>重新開啟當天(&amp;R)</translation>
    </message>
    <message>
        <source>Site administrator: undo the close until the day&apos;s bundle is exported.</source>
        <translation>站點管理員：在當天的資料包匯出之前，可撤銷日結。</translation>
    </message>
    <message>
        <source>DAY CLOSED at %1. Check-ins and doses are still saved, under this day; the next export carries them. A site administrator can reopen the day until it is exported.</source>
        <translation>已於 %1 日結。登記和接種仍會儲存在當天名下，並隨下一次匯出上報。匯出之前，站點管理員可重新開啟當天。</translation>
    </message>
    <message>
        <source>The day was not closed: nothing changed.</source>
        <translation>未日結：沒有任何更改。</translation>
    </message>
    <message>
        <source>Day %1 reopened. Vials closed at the close stay closed; their waste stays booked.</source>
        <translation>%1 已重新開啟。日結時關閉的疫苗瓶仍保持關閉，其損耗記錄保持不變。</translation>
    </message>
    <message>
        <source>Create a &amp;key file…</source>
        <translation>建立金鑰檔案(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep the export signing key in a file protected by a passphrase, for a PC whose system keyring is missing or does not answer.</source>
        <translation>把匯出簽名金鑰儲存在受口令保護的檔案中，適用於沒有系統金鑰環或系統金鑰環不響應的電腦。</translation>
    </message>
    <message>
        <source>Waiting for the system keyring… (answer the keyring&apos;s prompt: on a new desktop it asks you to choose a password for a new keyring). At most %1 s; other pages can be used meanwhile.</source>
        <translation>正在等待系統金鑰環…（請回答金鑰環的提示：在新的桌面上，它會要求您為新的金鑰環設定密碼）。最多等待 %1 秒；等待期間可以使用其他頁面。</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>停止等待(&amp;W)</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written. If the keyring&apos;s prompt is still open, close it; to sign without the keyring, create a key file.</source>
        <translation>已取消匯出：未寫入任何內容。如果金鑰環的提示仍然開啟，請關閉它；如需不用金鑰環簽名，請建立金鑰檔案。</translation>
    </message>
    <message>
        <source>No signing key is available: create a key file protected by a passphrase, and the export goes on with it.</source>
        <translation>沒有可用的簽名金鑰：請建立受口令保護的金鑰檔案，匯出將用它繼續進行。</translation>
    </message>
    <message>
        <source>Export cancelled: no signing key, nothing was written.</source>
        <translation>已取消匯出：沒有簽名金鑰，未寫入任何內容。</translation>
    </message>
    <message>
        <source>The signing key is now in the key file %1 (fingerprint %2); each export asks for its passphrase.</source>
        <translation>簽名金鑰現在儲存在金鑰檔案 %1 中（指紋 %2）；每次匯出都會要求輸入其口令。</translation>
    </message>
</context>
<context>
    <name>vax::ui::DeskPage</name>
    <message>
        <source>Desk</source>
        <translation>接種臺</translation>
    </message>
    <message>
        <source>Check-in (F2)</source>
        <translation>登記（F2）</translation>
    </message>
    <message>
        <source>Injection (F3)</source>
        <translation>接種（F3）</translation>
    </message>
    <message>
        <source>The injection checklist (三查七对一验证) comes here in a later version. Check people in with F2; their queue numbers are listed on the right.</source>
        <translation>接種核查（三查七對一驗證）將在後續版本中加入此處。請按 F2 登記受種者；排隊號列在右側。</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>今日排隊</translation>
    </message>
</context>
<context>
    <name>vax::ui::DoctorDecisionDialog</name>
    <message>
        <source>Doctor&apos;s username</source>
        <translation>醫生使用者名稱</translation>
    </message>
    <message>
        <source>Doctor&apos;s password or PIN</source>
        <translation>醫生的密碼或 PIN 碼</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核驗…</translation>
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
        <translation>已有出生日期相同的 %1 以其他證件建檔。是否為同一人？</translation>
    </message>
    <message>
        <source>%1 · born %2 · phone %3 · on file since %4</source>
        <translation>%1 · 出生於 %2 · 電話 %3 · 建檔於 %4</translation>
    </message>
    <message>
        <source>L — Same person: add this document</source>
        <translation>L — 同一人：新增此證件</translation>
    </message>
    <message>
        <source>N — A different person: register new</source>
        <translation>N — 不是同一人：新建登記</translation>
    </message>
    <message>
        <source>Esc — Back to the form</source>
        <translation>Esc — 返回表單</translation>
    </message>
</context>
<context>
    <name>vax::ui::ExcursionsModel</name>
    <message>
        <source>Too warm (logger alarm)</source>
        <translation>溫度過高（記錄器報警）</translation>
    </message>
    <message>
        <source>Freezing (logger alarm)</source>
        <translation>凍結（記錄器報警）</translation>
    </message>
    <message>
        <source>Reading out of range</source>
        <translation>讀數超出範圍</translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation>已隔離</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已解除隔離</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>已報廢</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>no lot in the fridge</source>
        <translation>冰箱中沒有批號</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation>溫度超標</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>極值溫度</translation>
    </message>
    <message>
        <source>Lots and decisions</source>
        <translation>批號及處理</translation>
    </message>
</context>
<context>
    <name>vax::ui::FridgeChart</name>
    <message>
        <source>Allowed %1–%2 °C</source>
        <translation>允許範圍 %1–%2 °C</translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation>溫度超標</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <source>Outside %1–%2 °C</source>
        <translation>超出 %1–%2 °C</translation>
    </message>
    <message>
        <source>Manual reading</source>
        <translation>人工讀數</translation>
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
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>vax::ui::FridgePage</name>
    <message>
        <source>Cold chain</source>
        <translation>冷鏈</translation>
    </message>
    <message>
        <source>Fridges</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Manual reading (°C)</source>
        <translation>人工讀數（°C）</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import logger file…</source>
        <translation>匯入記錄器檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>LogTag CSV, Fridge-tag 2 / 2 L report, or timestamp,celsius CSV</source>
        <translation>LogTag CSV、Fridge-tag 2 / 2 L 報告，或 timestamp,celsius CSV</translation>
    </message>
    <message>
        <source>Excursions and quarantined lots</source>
        <translation>溫度超標與隔離批號</translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation>處理理由（必填）</translation>
    </message>
    <message>
        <source>Re&amp;lease lots</source>
        <translation>解除隔離(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Discard lots</source>
        <translation>報廢批號(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (%2–%3 °C)</source>
        <translation>%1（%2–%3 °C）</translation>
    </message>
    <message>
        <source>No manual reading due now.</source>
        <translation>目前無需人工讀數。</translation>
    </message>
    <message>
        <source>The MORNING reading of this fridge is due.</source>
        <translation>該冰箱應記錄上午的溫度讀數。</translation>
    </message>
    <message>
        <source>The AFTERNOON reading of this fridge is due.</source>
        <translation>該冰箱應記錄下午的溫度讀數。</translation>
    </message>
    <message>
        <source>Sign in to record a reading.</source>
        <translation>請登入後記錄讀數。</translation>
    </message>
    <message>
        <source>Temperature: &quot;%1&quot; is not a number of °C; type it as read, e.g. 4.5.</source>
        <translation>溫度：「%1」不是以 °C 表示的數值；請按讀到的數值輸入，例如 4.5。</translation>
    </message>
    <message>
        <source>Recorded %1 °C.</source>
        <translation>已記錄 %1 °C。</translation>
    </message>
    <message numerus="yes">
        <source>%1 °C is OUTSIDE the allowed range: %n lot(s) of this fridge are quarantined until a supervisor decides.</source>
        <translation>
            <numerusform>%1 °C 超出允許範圍：該冰箱的 %n 個批號已被隔離，等待主管處理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a logger file</source>
        <translation>匯入記錄器檔案</translation>
    </message>
    <message>
        <source>Logger files (*.csv *.txt);;All files (*)</source>
        <translation>記錄器檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <source>File: cannot read %1 (%2); choose another file.</source>
        <translation>檔案：無法讀取 %1（%2）；請選擇其他檔案。</translation>
    </message>
    <message>
        <source>Imported %1 reading(s) (%2); %3 were already stored.</source>
        <translation>已匯入 %1 條讀數（%2）；%3 條已存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n new excursion(s); %1 lot(s) quarantined.</source>
        <translation>
            <numerusform>新增 %n 起溫度超標；已隔離 %1 個批號。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor (site administrator) decides on quarantined lots</source>
        <translation>只有主管（接種點管理員）可以處理隔離批號</translation>
    </message>
    <message numerus="yes">
        <source>Released %n lot(s).</source>
        <translation>
            <numerusform>已解除 %n 個批號的隔離。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n lot(s); their doses in that fridge are booked as wasted (cold chain).</source>
        <translation>
            <numerusform>已報廢 %n 個批號；它們在該冰箱中的劑次已登記為損耗（冷鏈）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Release although no reading shows the fridge back in range (override: recorded and sent to the district)</source>
        <translation>在沒有讀數顯示冰箱恢復正常溫度的情況下解除（特批：將被記錄並上報區縣）</translation>
    </message>
    <message>
        <source>%1 — %2 readings in the last %3 days</source>
        <translation>%1 — 最近 %3 天的 %2 條讀數</translation>
    </message>
</context>
<context>
    <name>vax::ui::InjectionPanel</name>
    <message>
        <source>Next (F5)</source>
        <translation>叫號（F5）</translation>
    </message>
    <message>
        <source>Display (F9)</source>
        <translation>受種者屏（F9）</translation>
    </message>
    <message>
        <source>Show the recipient display; full screen on a second screen</source>
        <translation>顯示受種者屏；有第二塊螢幕時全屏顯示在該螢幕上</translation>
    </message>
    <message>
        <source>Administer (Enter)</source>
        <translation>接種（Enter）</translation>
    </message>
    <message>
        <source>Sign in first: the dose is recorded with your name.</source>
        <translation>請先登入：接種記錄會寫上您的姓名。</translation>
    </message>
    <message>
        <source>No. %1 has not been vaccinated. Press F5 again to call the next person; No. %1 stays &quot;called&quot;.</source>
        <translation>%1 號尚未接種。再按 F5 叫下一位；%1 號保持「已叫號」狀態。</translation>
    </message>
    <message>
        <source>Nobody is waiting. Check people in with F2.</source>
        <translation>沒有等候的受種者。請按 F2 登記。</translation>
    </message>
    <message>
        <source>Call the person first (F5), then scan the vaccine.</source>
        <translation>請先叫號（F5），再掃描疫苗。</translation>
    </message>
    <message>
        <source>This dose is saved. Press F5 to call the next person.</source>
        <translation>本劑次已儲存。按 F5 叫下一位。</translation>
    </message>
    <message>
        <source>Box code: this GS1 code carries no lot number (10). Scan the box&apos;s trace code or type the lot number.</source>
        <translation>包裝碼：此 GS1 碼不含批號（10）。請掃描包裝上的追溯碼或輸入批號。</translation>
    </message>
    <message>
        <source>This is a person&apos;s document. Here the vaccine is scanned: F5 calls the next person; check-in is F2.</source>
        <translation>這是受種者的證件。此處掃描的是疫苗：按 F5 叫下一位；登記請按 F2。</translation>
    </message>
    <message>
        <source>%1 has no site on that side; use %2.</source>
        <translation>%1 在這一側沒有可用部位；請使用 %2。</translation>
    </message>
    <message>
        <source>Nothing here may be overridden by a doctor.</source>
        <translation>這裡沒有可由醫師特批的專案。</translation>
    </message>
    <message>
        <source>A doctor allowed: %1. Reason: %2</source>
        <translation>醫師特批：%1。原因：%2</translation>
    </message>
    <message>
        <source>Nobody is called: press F5 to call the next person.</source>
        <translation>尚未叫號：按 F5 叫下一位。</translation>
    </message>
    <message>
        <source>Not yet — nothing was saved: %1</source>
        <translation>還不能接種，未儲存任何內容：%1</translation>
    </message>
    <message>
        <source>no dose is due.</source>
        <translation>沒有應種劑次。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>✓ Saved %1 — may leave observation at %2</source>
        <translation>✓ 已儲存 %1 — 留觀至 %2 可離開</translation>
    </message>
    <message>
        <source>Given at %1: dose %2 of %3</source>
        <translation>接種於 %1：第 %2 劑，共 %3 劑</translation>
    </message>
    <message>
        <source>Dose due: dose 1 (no earlier doses); scan the vaccine</source>
        <translation>應種：第 1 劑（無既往接種）；請掃描疫苗</translation>
    </message>
    <message>
        <source>(by the earlier doses; scan the vaccine)</source>
        <translation>（按既往接種推算；請掃描疫苗）</translation>
    </message>
    <message>
        <source>%1, dose %2 of %3</source>
        <translation>%1，第 %2 劑，共 %3 劑</translation>
    </message>
    <message>
        <source>none — %1</source>
        <translation>無 — %1</translation>
    </message>
    <message>
        <source>Dose due: %1</source>
        <translation>應種：%1</translation>
    </message>
    <message>
        <source>Sign in to give doses.</source>
        <translation>請登入後再接種。</translation>
    </message>
    <message>
        <source>Press F5 to call the next person.</source>
        <translation>按 F5 叫下一位。</translation>
    </message>
    <message>
        <source>Saved. Press F5 to call the next person.</source>
        <translation>已儲存。按 F5 叫下一位。</translation>
    </message>
    <message>
        <source>Scan the vaccine box, the open vial or the lot number, then Enter.</source>
        <translation>請掃描疫苗包裝、已開啟的疫苗瓶或批號，然後按 Enter。</translation>
    </message>
    <message>
        <source>Space: you asked the name and it is %1.</source>
        <translation>空格：已詢問姓名，確認是 %1。</translation>
    </message>
    <message>
        <source>Space: you looked at the vaccine and syringe (appearance, label, lot, expiry).</source>
        <translation>空格：已檢查疫苗和注射器（外觀、標籤、批號、有效期）。</translation>
    </message>
    <message>
        <source>V: the person has checked the vaccine and expiry on their screen.</source>
        <translation>V：受種者已在其螢幕上核對疫苗和有效期。</translation>
    </message>
    <message>
        <source>Choose the site: L left, R right.</source>
        <translation>選擇接種部位：L 左側，R 右側。</translation>
    </message>
    <message>
        <source>Enter: administer and save.</source>
        <translation>Enter：接種並儲存。</translation>
    </message>
    <message>
        <source>Cannot administer: %1</source>
        <translation>不能接種：%1</translation>
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
        <translation>F5 叫號 · 掃碼 + Enter · 空格 確認 · V 已驗證 · L / R 部位 · Enter 接種 · Esc 返回 · Ctrl+D 醫師 · Ctrl+P 證書 · F9 受種者屏</translation>
    </message>
    <message>
        <source>Call the person first (F5): the certificate is printed for the person at the desk.</source>
        <translation>請先叫號（F5）：證書為接種臺前的受種者列印。</translation>
    </message>
    <message>
        <source>Sign in first: the certificate is issued in your name.</source>
        <translation>請先登入：證書以您的名義簽發。</translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation>未簽發證書：%1</translation>
    </message>
    <message>
        <source>Print certificate %1</source>
        <translation>列印證書 %1</translation>
    </message>
    <message>
        <source>Certificate %1 is recorded but was not printed. Press Ctrl+P to print a new one.</source>
        <translation>證書 %1 已記錄但未列印。按 Ctrl+P 列印一份新證書。</translation>
    </message>
    <message>
        <source>Certificate %1 is recorded but the printer refused the page. Check the printer, then press Ctrl+P to print a new one.</source>
        <translation>證書 %1 已記錄，但印表機拒絕了該頁。請檢查印表機，然後按 Ctrl+P 列印一份新證書。</translation>
    </message>
    <message>
        <source>Certificate %1 printed</source>
        <translation>證書 %1 已列印</translation>
    </message>
    <message>
        <source>Site: %1 (L / R)</source>
        <translation>部位：%1（L / R）</translation>
    </message>
    <message>
        <source>Asking the site server for this person&apos;s doses…</source>
        <translation>正在向站點伺服器查詢此人的接種記錄…</translation>
    </message>
    <message>
        <source>The site server did not answer: the checklist judges this desk&apos;s records only. Ask the person about other doses today, then press Space.</source>
        <translation>站點伺服器沒有響應：核查單僅依據本接種臺的記錄。請詢問受種者今天是否接種過其他疫苗，然後按空格鍵確認。</translation>
    </message>
    <message>
        <source>Calling the next person of the site…</source>
        <translation>正在呼叫全站的下一位……</translation>
    </message>
    <message>
        <source>Called from: %1</source>
        <translation>呼叫來源：%1</translation>
    </message>
</context>
<context>
    <name>vax::ui::KeyFileDialog</name>
    <message>
        <source>Create a signing key file</source>
        <translation>建立簽名金鑰檔案</translation>
    </message>
    <message>
        <source>Exports are signed with the site&apos;s key. Without a system keyring, the key is kept in a file protected by a passphrase: every export asks for it. Keep a copy of the file (e.g. on a USB stick) and the passphrase where a site administrator finds them: without both, this key cannot sign again.</source>
        <translation>匯出資料用本接種點的金鑰簽名。沒有系統金鑰環時，金鑰儲存在受口令保護的檔案中，每次匯出都會要求輸入口令。請把該檔案複製一份（例如存到 U 盤），並把口令放在接種點管理員能找到的地方：兩者缺一，這把金鑰就無法再簽名。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to type and hard to guess.</source>
        <translation>至少 %1 個字元；幾個互不相關的詞語既容易輸入又難以猜到。</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>金鑰檔案：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>再次輸入口令：</translation>
    </message>
    <message>
        <source>Create the key file</source>
        <translation>建立金鑰檔案</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>金鑰檔案</translation>
    </message>
    <message>
        <source>Key file: give the path of the file, e.g. on a USB stick.</source>
        <translation>金鑰檔案：請填寫檔案路徑，例如 U 盤上的路徑。</translation>
    </message>
    <message>
        <source>Passphrase again: the two passphrases differ; type the same one twice.</source>
        <translation>再次輸入口令：兩次輸入的口令不一致，請輸入相同的口令兩次。</translation>
    </message>
    <message>
        <source>Creating the key file…</source>
        <translation>正在建立金鑰檔案…</translation>
    </message>
</context>
<context>
    <name>vax::ui::LeftEarlyDialog</name>
    <message>
        <source>Left early</source>
        <translation>提前離開</translation>
    </message>
    <message>
        <source>Refused to wait</source>
        <translation>拒絕等候</translation>
    </message>
    <message>
        <source>Urgent matter, had to leave</source>
        <translation>有急事須離開</translation>
    </message>
    <message>
        <source>Left without telling staff</source>
        <translation>未告知工作人員自行離開</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Record early leave</source>
        <translation>記錄提前離開</translation>
    </message>
</context>
<context>
    <name>vax::ui::LiftDialog</name>
    <message>
        <source>A doctor lifts a contraindication</source>
        <translation>醫生解除禁忌</translation>
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
        <translation>原因：請說明醫生解除的理由。</translation>
    </message>
</context>
<context>
    <name>vax::ui::LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Locked at %3. The work on this desk is kept as it was.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;於 %3 鎖定。本接種臺的工作保持原樣。</translation>
    </message>
    <message>
        <source>Type your PIN or your password, then press Enter.</source>
        <translation>請輸入 PIN 碼或密碼，然後按 Enter。</translation>
    </message>
    <message>
        <source>Type your password, then press Enter.</source>
        <translation>請輸入密碼，然後按 Enter。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切換使用者…</translation>
    </message>
    <message>
        <source>Another staff member signs in</source>
        <translation>其他工作人員登入</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in and keep the work</source>
        <translation>登入並保留目前工作</translation>
    </message>
    <message>
        <source>Type your PIN or password first.</source>
        <translation>請先輸入 PIN 碼或密碼。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在驗證…</translation>
    </message>
    <message>
        <source>Username: type the other staff member&apos;s username.</source>
        <translation>使用者名稱：請輸入另一位工作人員的使用者名稱。</translation>
    </message>
    <message>
        <source>That was a scan, not a password — nothing was counted.&lt;br&gt;Type the password to sign in.</source>
        <translation>這是一次掃碼，不是密碼——未計入錯誤次數。&lt;br&gt;請輸入密碼登入。</translation>
    </message>
    <message>
        <source>That was a scan, not a password — nothing was counted.&lt;br&gt;Type your PIN or password to unlock.</source>
        <translation>這是一次掃碼，不是密碼——未計入錯誤次數。&lt;br&gt;請輸入 PIN 碼或密碼解鎖。</translation>
    </message>
    <message>
        <source>That was a scan, not a password — nothing was counted.&lt;br&gt;Type your password to unlock.</source>
        <translation>這是一次掃碼，不是密碼——未計入錯誤次數。&lt;br&gt;請輸入密碼解鎖。</translation>
    </message>
</context>
<context>
    <name>vax::ui::LoginPage</name>
    <message>
        <source>VaxPoint sign in</source>
        <translation>VaxPoint 登入</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>&lt;b&gt;TRAINING DATABASE&lt;/b&gt; — practice only, not for real records.&lt;br&gt;Demo login: username &lt;b&gt;%1&lt;/b&gt;, password &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;培訓資料庫&lt;/b&gt; — 僅供練習，不是真實記錄。&lt;br&gt;示範帳號：使用者名稱 &lt;b&gt;%1&lt;/b&gt;，密碼 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Username: type your username, then press Enter.</source>
        <translation>使用者名稱：請輸入使用者名稱後按回車。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在驗證…</translation>
    </message>
</context>
<context>
    <name>vax::ui::LotActionDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — lot %2, expiry %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 批號 %2，有效期 %3</translation>
    </message>
    <message>
        <source>%1 (%2 doses)</source>
        <translation>%1（%2 劑）</translation>
    </message>
</context>
<context>
    <name>vax::ui::LotsModel</name>
    <message>
        <source>QUARANTINED — do not use</source>
        <translation>已隔離 — 禁止使用</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已過期）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（剩餘 %n 天）</numerusform>
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
        <translation>批號</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Doses on hand</source>
        <translation>庫存劑數</translation>
    </message>
    <message>
        <source>Doses per fridge</source>
        <translation>各冰箱劑數</translation>
    </message>
</context>
<context>
    <name>vax::ui::MainWindow</name>
    <message>
        <source>TRAINING DATABASE — practice data only; nothing here is a real vaccination record</source>
        <translation>培訓資料庫 — 僅為練習資料，這裡沒有任何真實的接種記錄</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最近備份：%1</translation>
    </message>
    <message>
        <source>Last backup: none</source>
        <translation>最近備份：無</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;TRAINING&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;培訓&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>目前使用者：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>Database: %1 — checking the file…</source>
        <translation>資料庫：%1 — 正在檢查檔案…</translation>
    </message>
    <message>
        <source>Making the day&apos;s backup…</source>
        <translation>正在進行當日備份…</translation>
    </message>
    <message>
        <source>This PC&apos;s time zone (%1) differs from the site&apos;s (%2). VaxPoint keeps judging every date, age and expiry in the site&apos;s zone; ask the site administrator to set the PC&apos;s time zone.</source>
        <translation>本機時區（%1）與接種點時區（%2）不同。VaxPoint 仍按接種點時區判斷所有日期、年齡和有效期；請聯絡接種點管理員設定本機時區。</translation>
    </message>
    <message>
        <source>The PC&apos;s clock says %1, %2 before the latest record (%3): nothing can be saved. Set the PC&apos;s clock right (date, time and time zone), or ask the site administrator to acknowledge a deliberate correction (Administration ▸ Clock).</source>
        <translation>電腦時鐘顯示 %1，比最近一條記錄（%3）早 %2：現在無法儲存任何內容。請把電腦時鐘調正（日期、時間和時區），或請站點管理員確認有意的校正（管理 ▸ 時鐘）。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Backup failed&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;備份失敗&lt;/b&gt;</translation>
    </message>
    <message>
        <source>NO BACKUP TODAY — %1</source>
        <translation>今天沒有備份 — %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b35900&apos;&gt;DAY CLOSED at %1&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b35900&apos;&gt;已於 %1 日結&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Today (%1) was closed on the Day close page. Work is still saved under this day; a site administrator can reopen it until it is exported.</source>
        <translation>今天（%1）已在日結頁面日結。之後的記錄仍儲存在當天名下；匯出之前，站點管理員可重新開啟當天。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>%1 — TRAINING — %2</source>
        <translation>%1 — 培訓 — %2</translation>
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
        <translation>留觀區</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was changed (%1 min:s). Times on this board may be wrong — check the clock. Recorded end times were not changed.</source>
        <translation>電腦時鐘被調整過（%1 分:秒）。本看板上的時間可能有誤——請檢查時鐘。已記錄的結束時間未更改。</translation>
    </message>
    <message>
        <source>Nobody is under observation</source>
        <translation>目前無人留觀</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 頁</translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation>接種臺 %1</translation>
    </message>
    <message>
        <source>Site server offline since %1 — timers of other desks may be late</source>
        <translation>站點伺服器自 %1 起離線 — 其他接種臺的計時可能滯後</translation>
    </message>
</context>
<context>
    <name>vax::ui::ObservationPage</name>
    <message>
        <source>Observation</source>
        <translation>留觀</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>排隊號(&amp;N)：</translation>
    </message>
    <message>
        <source>Type the queue number, then: D departure · E left early · A adverse event · Ctrl+B board</source>
        <translation>輸入排隊號，然後按：D 離開 · E 提前離開 · A 異常反應 · Ctrl+B 看板</translation>
    </message>
    <message>
        <source>Departure (D)</source>
        <translation>離開（D）</translation>
    </message>
    <message>
        <source>Left early (E)</source>
        <translation>提前離開（E）</translation>
    </message>
    <message>
        <source>Adverse event (A)</source>
        <translation>異常反應（A）</translation>
    </message>
    <message>
        <source>Open board (Ctrl+B)</source>
        <translation>開啟看板（Ctrl+B）</translation>
    </message>
    <message>
        <source>No. %1 %2 (%3)</source>
        <translation>%1 號 %2（%3）</translation>
    </message>
    <message>
        <source>SERIOUS adverse event today — report to the district immediately: %1</source>
        <translation>今天有嚴重異常反應——請立即向區縣報告：%1</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was changed by %1 minutes. Times left may be wrong — check the system clock. Recorded end times were not changed.</source>
        <translation>電腦時鐘被調整了 %1 分鐘。剩餘時間可能有誤——請檢查系統時鐘。已記錄的結束時間未更改。</translation>
    </message>
    <message>
        <source>Number %1 is not in the observation area.</source>
        <translation>%1 號不在留觀區。</translation>
    </message>
    <message>
        <source>Type the queue number of the person first.</source>
        <translation>請先輸入受種者的排隊號。</translation>
    </message>
    <message>
        <source>Number %1 has left.</source>
        <translation>%1 號已離開。</translation>
    </message>
    <message>
        <source>Number %1 (%2) still has %3 of observation left. Reactions can start in these minutes: ask the person to stay. If they leave anyway, record an early leave with the reason.</source>
        <translation>%1 號（%2）還需留觀 %3。這段時間內仍可能出現反應：請勸受種者留下。如仍堅持離開，請記錄提前離開並說明原因。</translation>
    </message>
    <message>
        <source>Number %1 left early: %2</source>
        <translation>%1 號提前離開：%2</translation>
    </message>
    <message>
        <source>No. %1 %2</source>
        <translation>%1 號 %2</translation>
    </message>
    <message>
        <source>Adverse event recorded for number %1. SERIOUS: report to the district immediately.</source>
        <translation>已為 %1 號記錄異常反應。嚴重：請立即向區縣報告。</translation>
    </message>
    <message>
        <source>Adverse event recorded for number %1.</source>
        <translation>已為 %1 號記錄異常反應。</translation>
    </message>
</context>
<context>
    <name>vax::ui::OpenVialPanel</name>
    <message>
        <source>Open vials</source>
        <translation>已開啟的疫苗瓶</translation>
    </message>
    <message>
        <source>&amp;Open vial…</source>
        <translation>開啟疫苗瓶(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a vial</source>
        <translation>開啟疫苗瓶</translation>
    </message>
    <message>
        <source>%1 — lot %2 — %3 (%4 doses)</source>
        <translation>%1 — 批號 %2 — %3（%4 劑）</translation>
    </message>
    <message>
        <source>Lot and fridge</source>
        <translation>批號和冰箱</translation>
    </message>
    <message>
        <source>Lot: no usable multi-dose lot has doses in a fridge; receive stock first.</source>
        <translation>批號：冰箱中沒有可用的多劑量批號庫存；請先入庫。</translation>
    </message>
</context>
<context>
    <name>vax::ui::OpenVialsModel</name>
    <message>
        <source>Time is up — discard the vial</source>
        <translation>已到時間 — 請廢棄該疫苗瓶</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Doses left</source>
        <translation>剩餘劑數</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Discard at</source>
        <translation>廢棄時間</translation>
    </message>
</context>
<context>
    <name>vax::ui::OverrideDialog</name>
    <message>
        <source>Doctor&apos;s decision</source>
        <translation>醫師決定</translation>
    </message>
    <message>
        <source>A doctor allows the dose despite:</source>
        <translation>醫師在以下情況下仍允許接種：</translation>
    </message>
    <message>
        <source>Allow the dose</source>
        <translation>允許接種</translation>
    </message>
    <message>
        <source>Doctor&apos;s username: the doctor types their username.</source>
        <translation>醫師使用者名稱：請醫師輸入自己的使用者名稱。</translation>
    </message>
    <message>
        <source>Reason: say why the doctor allows the dose.</source>
        <translation>原因：請說明醫師允許接種的理由。</translation>
    </message>
    <message>
        <source>Doctor&apos;s password or PIN: the doctor types it here.</source>
        <translation>醫生的密碼或 PIN 碼：請醫生在此輸入。</translation>
    </message>
</context>
<context>
    <name>vax::ui::PersonCard</name>
    <message>
        <source>Dose history</source>
        <translation>接種史</translation>
    </message>
    <message>
        <source>Nobody called</source>
        <translation>尚未叫號</translation>
    </message>
    <message>
        <source>Press F5 to call the next person</source>
        <translation>按 F5 叫下一位</translation>
    </message>
    <message>
        <source>Queue number %1</source>
        <translation>排隊號 %1</translation>
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
        <translation>%1 歲（%2 出生）</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>證件 %1</translation>
    </message>
    <message>
        <source>%1  %2, dose %3, lot %4</source>
        <translation>%1  %2，第 %3 劑，批號 %4</translation>
    </message>
    <message>
        <source>(entered in error)</source>
        <translation>（輸入錯誤，已作廢）</translation>
    </message>
    <message>
        <source>No earlier doses on record.</source>
        <translation>無既往接種記錄。</translation>
    </message>
    <message>
        <source>Print certificate (Ctrl+P)</source>
        <translation>列印證書（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>vax::ui::QueueModel</name>
    <message>
        <source>waiting · doctor review</source>
        <translation>等待中 · 需醫師評估</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>排隊號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>vax::ui::ReceiveDialog</name>
    <message>
        <source>Receive a delivery</source>
        <translation>疫苗到貨入庫</translation>
    </message>
    <message>
        <source>Scan the DataMatrix code on a box: it fills vaccine, lot and expiry. Then scan the 20-digit trace code of every box.</source>
        <translation>掃描包裝盒上的 DataMatrix 碼：自動填入疫苗、批號和有效期。然後逐盒掃描 20 位追溯碼。</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>在此掃描</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 請選擇 —</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>from vials</source>
        <translation>按瓶數計算</translation>
    </message>
    <message>
        <source>&amp;Vaccine</source>
        <translation>疫苗(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>批號(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>有效期(&amp;E)</translation>
    </message>
    <message>
        <source>V&amp;ials</source>
        <translation>瓶數(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Doses</source>
        <translation>劑數(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Fridge</source>
        <translation>冰箱(&amp;F)</translation>
    </message>
    <message>
        <source>Box trace codes scanned</source>
        <translation>已掃描的包裝追溯碼</translation>
    </message>
    <message>
        <source>Remove selected box</source>
        <translation>移除所選包裝</translation>
    </message>
    <message>
        <source>&amp;Receive (Ctrl+Enter)</source>
        <translation>入庫(&amp;R)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Box code: %1 was already scanned for this delivery; scan the next box.</source>
        <translation>包裝追溯碼：%1 在本次到貨中已掃描過；請掃描下一盒。</translation>
    </message>
    <message>
        <source>Scan: this is neither the DataMatrix code of a box nor a 20-digit trace code. Scan the box again.</source>
        <translation>掃描：這既不是包裝盒的 DataMatrix 碼，也不是 20 位追溯碼。請重新掃描包裝盒。</translation>
    </message>
    <message>
        <source>Scan: GTIN %1 is not a vaccine of the catalog; choose the vaccine by hand.</source>
        <translation>掃描：GTIN %1 不是疫苗目錄中的疫苗；請手動選擇疫苗。</translation>
    </message>
    <message>
        <source>Scan: the scan field still holds &quot;%1&quot;; press Enter to use it or clear it.</source>
        <translation>掃描：掃描框中仍有「%1」；請按 Enter 使用，或將其清除。</translation>
    </message>
    <message>
        <source>Vaccine: choose the vaccine, or scan the box&apos;s DataMatrix code.</source>
        <translation>疫苗：請選擇疫苗，或掃描包裝盒上的 DataMatrix 碼。</translation>
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
        <translation>生產企業</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批號</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>劑次</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>請等候叫號。</translation>
    </message>
    <message>
        <source>No. %1  %2</source>
        <translation>%1 號  %2</translation>
    </message>
    <message>
        <source>The nurse is preparing your vaccine.</source>
        <translation>接種員正在為您準備疫苗。</translation>
    </message>
    <message>
        <source>Dose %1 of %2</source>
        <translation>第 %1 劑，共 %2 劑</translation>
    </message>
    <message>
        <source>Not today — please ask the nurse</source>
        <translation>今天不能接種，請詢問接種員</translation>
    </message>
    <message>
        <source>Please check the vaccine name and the expiry date, and tell the nurse.</source>
        <translation>請核對疫苗名稱和有效期，並告訴接種員。</translation>
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
        <translation>%1（%2 週歲）</translation>
    </message>
    <message>
        <source>Please check your birth date. If it is wrong, tell the nurse now.</source>
        <translation>請核對您的出生日期。如有錯誤，請立即告訴護士。</translation>
    </message>
    <message>
        <source>✓ Vaccinated. Please wait in the observation area until %1.</source>
        <translation>✓ 已接種。請在留觀區等候至 %1。</translation>
    </message>
    <message>
        <source>✓ Vaccinated with %1. Please wait in the observation area until %2.</source>
        <translation>✓ 已接種%1。請在留觀區等候至 %2。</translation>
    </message>
</context>
<context>
    <name>vax::ui::ScanNotice</name>
    <message>
        <source>This is a vaccine box code. Scan it in the injection mode (F3); here scan the person&apos;s ID or QR code.</source>
        <translation>這是疫苗包裝條碼。請在接種模式（F3）下掃描；此處請掃描受種者的證件或二維碼。</translation>
    </message>
    <message>
        <source>Another person was scanned (%1) while %2 is being checked in. N: discard %2&apos;s check-in and start the new person · Esc: keep checking in %2</source>
        <translation>正在為 %2 登記時掃描到另一位受種者（%1）。N：放棄 %2 的登記，開始登記新受種者 · Esc：繼續為 %2 登記</translation>
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
        <translation>站點日結 — %1：所有工作站上傳記錄後，全站生成一個數據包</translation>
    </message>
    <message>
        <source>Check the &amp;desks</source>
        <translation>檢查工作站(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Force the close…</source>
        <translation>強制日結(&amp;F)…</translation>
    </message>
    <message>
        <source>Site administrator: close the site&apos;s day although the desks listed have not pushed; their records follow in a follow-up bundle.</source>
        <translation>站點管理員：在所列工作站未上傳時仍完成站點日結；它們的記錄隨後進入補充資料包。</translation>
    </message>
    <message>
        <source>Desk not pushed</source>
        <translation>未上傳的工作站</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最後聯絡</translation>
    </message>
    <message>
        <source>Records waiting</source>
        <translation>待上傳記錄</translation>
    </message>
    <message>
        <source>Asking the site server which desks have pushed…</source>
        <translation>正在向站點伺服器查詢哪些工作站已上傳…</translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation>%1 號工作站</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The site&apos;s day was closed by desk %1 at %2 (%3).</source>
        <translation>站點當天已由 %1 號工作站於 %2 日結（%3）。</translation>
    </message>
    <message>
        <source>Every desk has pushed: Export writes the site&apos;s day close.</source>
        <translation>所有工作站均已上傳：“匯出”將寫出站點日結資料包。</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) have not pushed up to the close: sync them, or force the close with a reason.</source>
        <translation>
            <numerusform>%n 臺工作站尚未上傳到日結點：請同步它們，或填寫原因強制日結。</numerusform>
        </translation>
    </message>
    <message>
        <source>Force the site day close</source>
        <translation>強制站點日結</translation>
    </message>
    <message>
        <source>Why close before every desk has pushed? (e.g. &quot;desk 3 broken, its records follow&quot;)</source>
        <translation>為何在所有工作站上傳之前日結？（例如“3 號工作站故障，其記錄隨後補交”）</translation>
    </message>
    <message>
        <source>Reason: say why the day is closed before every desk has pushed; nothing was closed.</source>
        <translation>原因：請說明為何在所有工作站上傳之前日結；未進行日結。</translation>
    </message>
    <message>
        <source>Follow-up %1 of the site&apos;s day written.</source>
        <translation>已寫出站點當天的第 %1 部分補充資料包。</translation>
    </message>
    <message>
        <source>The site&apos;s day was closed, forced: the desks listed send their records in a follow-up.</source>
        <translation>站點當天已強制日結：所列工作站的記錄將透過補充資料包提交。</translation>
    </message>
    <message>
        <source>The site&apos;s day was closed.</source>
        <translation>站點當天已日結。</translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteConflictsModel</name>
    <message>
        <source>Person %1 has dose %2 of the %3 series twice (doses %4)</source>
        <translation>受種者 %1 的 %3 系列第 %2 劑接種了兩次（接種記錄 %4）</translation>
    </message>
    <message>
        <source>Person %1 merged into %2 (the same document)</source>
        <translation>人員 %1 已合併到 %2（證件相同）</translation>
    </message>
    <message>
        <source>Desk %1 changed %2 %3, which desk %4 owns; desk %4&apos;s version is kept</source>
        <translation>%1 號工位修改了屬於 %4 號工位的 %2 %3；保留 %4 號工位的版本</translation>
    </message>
    <message>
        <source>Double dose</source>
        <translation>重複接種</translation>
    </message>
    <message>
        <source>Person merge</source>
        <translation>人員合併</translation>
    </message>
    <message>
        <source>Another desk&apos;s record</source>
        <translation>其他工位的記錄</translation>
    </message>
    <message>
        <source>Set aside here</source>
        <translation>在本工位擱置</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 could not be applied (%n attempt(s)): %3</source>
        <translation>
            <numerusform>%1 %2 無法應用（已嘗試 %n 次）：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情況</translation>
    </message>
    <message>
        <source>From desk</source>
        <translation>來源工位</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteConflictsPanel</name>
    <message>
        <source>Site conflicts</source>
        <translation>站點衝突</translation>
    </message>
    <message>
        <source>Resolution &amp;note</source>
        <translation>解決說明(&amp;N)</translation>
    </message>
    <message>
        <source>What was checked and decided, e.g. both doses confirmed with the person</source>
        <translation>核實了什麼、作出了什麼決定，例如：已與受種者核實兩劑</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解決(&amp;R)</translation>
    </message>
    <message>
        <source>Resolved on the site server, so every desk shows it resolved after its next sync</source>
        <translation>在站點伺服器上解決，各工位下次同步後都會顯示為已解決</translation>
    </message>
    <message>
        <source>A record set aside is not resolved here: it applies by itself at a later sync once what it needs has arrived (or after an upgrade). Choose a conflict (a row with a number).</source>
        <translation>擱置的記錄無需在此解決：待其所需資料到達（或升級後），會在之後的同步中自動應用。請選擇一個衝突（帶編號的行）。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for review, as read from the site server at %1.</source>
        <translation>
            <numerusform>%n 個衝突等待稽核，讀取自站點伺服器，時間 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts read yet: this desk has not synced with a site server.</source>
        <translation>尚未讀取衝突：本工位還未與站點伺服器同步。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of other desks could not be applied here and wait with their reason.</source>
        <translation>
            <numerusform>%n 條其他工位的記錄無法在本工位應用，已連同原因擱置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as a site administrator to resolve a conflict.</source>
        <translation>請以站點管理員身份登入後再解決衝突。</translation>
    </message>
    <message>
        <source>Choose a conflict in the list first (a row with a number).</source>
        <translation>請先在列表中選擇一個衝突（帶編號的行）。</translation>
    </message>
    <message>
        <source>Resolution note: say what was checked and decided about #%1.</source>
        <translation>解決說明：請寫明對 #%1 核實了什麼、作出了什麼決定。</translation>
    </message>
    <message>
        <source>Resolving #%1 on the site server…</source>
        <translation>正在站點伺服器上解決 #%1…</translation>
    </message>
    <message>
        <source>#%1 resolved on the site server; every desk shows it resolved after its next sync.</source>
        <translation>#%1 已在站點伺服器上解決；各工位下次同步後都會顯示為已解決。</translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteJoinPage</name>
    <message>
        <source>Site server</source>
        <translation>站點伺服器</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>伺服器地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Desk number</source>
        <translation>工位號(&amp;D)</translation>
    </message>
    <message>
        <source>Desk &amp;password</source>
        <translation>工位密碼(&amp;P)</translation>
    </message>
    <message>
        <source>As printed by the server&apos;s set-up (site-server.sh)</source>
        <translation>即伺服器設定（site-server.sh）打印出的地址</translation>
    </message>
    <message>
        <source>From the server&apos;s set-up sheet; kept in the system keychain, never in the database</source>
        <translation>見伺服器設定單；儲存在系統鑰匙串中，絕不寫入資料庫</translation>
    </message>
    <message>
        <source>&amp;Take over this desk number (this PC replaces a reinstalled desk, or the desk moves to another server or number)</source>
        <translation>接管此工位號(&amp;T)（本電腦替換重灌的工位，或工位改到其他伺服器或工位號）</translation>
    </message>
    <message>
        <source>&amp;Join the site server</source>
        <translation>加入站點伺服器(&amp;J)</translation>
    </message>
    <message>
        <source>This desk works alone: it has not joined a site server. Join it with the server&apos;s address, this desk&apos;s number and its password from the set-up sheet.</source>
        <translation>本工位獨立工作：尚未加入站點伺服器。請用設定單上的伺服器地址、本工位號及其密碼加入。</translation>
    </message>
    <message>
        <source>This PC is desk %1 of site %2 on %3 (joined %4). Its records are sent to the server in the background; the status bar says how it goes.</source>
        <translation>本電腦是站點 %2 在 %3 上的 %1 號工位（%4 加入）。其記錄在後臺傳送到伺服器；狀態列顯示進展。</translation>
    </message>
    <message>
        <source>Sign in as a site administrator to join this desk.</source>
        <translation>請以站點管理員身份登入後再加入本工位。</translation>
    </message>
    <message>
        <source>Server address: type the address from the server&apos;s set-up sheet, e.g. postgresql://192.168.1.10:5432/vaxpoint_site.</source>
        <translation>伺服器地址：請輸入伺服器設定單上的地址，例如 postgresql://192.168.1.10:5432/vaxpoint_site。</translation>
    </message>
    <message>
        <source>Desk password: type desk %1&apos;s password from the server&apos;s set-up sheet.</source>
        <translation>工位密碼：請輸入伺服器設定單上 %1 號工位的密碼。</translation>
    </message>
    <message>
        <source>Joining %1 as desk %2…</source>
        <translation>正在以 %2 號工位加入 %1…</translation>
    </message>
    <message>
        <source>Joined: this PC is desk %1 of site %2. Its password is in the system keychain.</source>
        <translation>已加入：本電腦是站點 %2 的 %1 號工位。其密碼儲存在系統鑰匙串中。</translation>
    </message>
    <message>
        <source>Desk password: the server refused desk %1&apos;s password (or has no desk %1). Type the password written for desk %1 on the server&apos;s set-up sheet; if it is lost, the site technician makes a new one on the server PC.</source>
        <translation>工位密碼：伺服器拒絕了 %1 號工位的密碼（或沒有 %1 號工位）。請輸入伺服器設定單上為 %1 號工位寫下的密碼；如已遺失，請站點技術員在伺服器電腦上重新生成。</translation>
    </message>
    <message>
        <source>Server address: no answer from %1. Check the address on the set-up sheet, the cable or Wi-Fi, and that the server PC is on.</source>
        <translation>伺服器地址：%1 沒有應答。請核對設定單上的地址、網線或 Wi-Fi，並確認伺服器電腦已開機。</translation>
    </message>
    <message>
        <source>Server address: the server at %1 does not offer encryption, so this desk will not send it a password. Run site-server.sh on the server PC (it turns encryption on).</source>
        <translation>伺服器地址：%1 的伺服器不提供加密，本工位不會向它傳送密碼。請在伺服器電腦上執行 site-server.sh（它會開啟加密）。</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>伺服器地址：%1</translation>
    </message>
    <message>
        <source>Server address: the server runs a newer VaxPoint than this desk. Upgrade VaxPoint on this desk to the server&apos;s release, then join again.</source>
        <translation>伺服器地址：伺服器執行的 VaxPoint 比本工位新。請把本工位的 VaxPoint 升級到伺服器的版本，然後重新加入。</translation>
    </message>
    <message>
        <source>Server address: the server runs an older VaxPoint than this desk. Run &quot;vaxctl site-server init&quot; of this release on the server PC, then join again.</source>
        <translation>伺服器地址：伺服器執行的 VaxPoint 比本工位舊。請在伺服器電腦上用本版本執行“vaxctl site-server init”，然後重新加入。</translation>
    </message>
    <message>
        <source>Server address: %1 is not set up as a site server. Run site-server.sh (or &quot;vaxctl site-server init&quot;) on the server PC.</source>
        <translation>伺服器地址：%1 尚未設定為站點伺服器。請在伺服器電腦上執行 site-server.sh（或“vaxctl site-server init”）。</translation>
    </message>
    <message>
        <source>Desk number: desk %1 is already held by another installation. Choose this PC&apos;s own number from the set-up sheet, or, if this PC replaces that desk (a reinstall), tick &quot;Take over this desk number&quot; and join again.</source>
        <translation>工位號：%1 號工位已被另一臺安裝佔用。請選擇設定單上本電腦自己的工位號；如本電腦替換該工位（重灌），請勾選“接管此工位號”後重新加入。</translation>
    </message>
    <message>
        <source>Desk number: this PC is already joined to another server or under another number. To move it, tick &quot;Take over this desk number&quot; and join again.</source>
        <translation>工位號：本電腦已加入其他伺服器或使用其他工位號。如要更改，請勾選“接管此工位號”後重新加入。</translation>
    </message>
</context>
<context>
    <name>vax::ui::SitePasswordBox</name>
    <message>
        <source>Change the server password</source>
        <translation>更改伺服器密碼</translation>
    </message>
    <message>
        <source>When the site technician made a new password for this desk on the server PC (vaxctl site-server desk-password), type it here. It is checked with the server first, and kept in the system keychain only if the server takes it.</source>
        <translation>站點技術員在伺服器電腦上為本工位生成新密碼（vaxctl site-server desk-password）後，請在此輸入。系統會先向伺服器驗證，只有伺服器接受後才儲存到系統鑰匙串中。</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密碼(&amp;N)</translation>
    </message>
    <message>
        <source>As printed on the server PC; never shown, never in the database</source>
        <translation>即伺服器電腦上列印的密碼；不會顯示，也絕不寫入資料庫</translation>
    </message>
    <message>
        <source>&amp;Change the server password</source>
        <translation>更改伺服器密碼(&amp;C)</translation>
    </message>
    <message>
        <source>Sign in as a site administrator to change the server password.</source>
        <translation>請以站點管理員身份登入後再更改伺服器密碼。</translation>
    </message>
    <message>
        <source>New password: type the password the server PC printed for desk %1.</source>
        <translation>新密碼：請輸入伺服器電腦為 %1 號工位列印的密碼。</translation>
    </message>
    <message>
        <source>Checking the new password with the server…</source>
        <translation>正在向伺服器驗證新密碼…</translation>
    </message>
    <message>
        <source>Changed: desk %1 logged in to the server with the new password, which replaced the old one in the system keychain.</source>
        <translation>已更改：%1 號工位已用新密碼登入伺服器，新密碼已替換系統鑰匙串中的舊密碼。</translation>
    </message>
    <message>
        <source>New password: the server refused it for desk %1. The old password is kept. Type the password &quot;vaxctl site-server desk-password --desk %1&quot; printed on the server PC.</source>
        <translation>新密碼：伺服器拒絕了 %1 號工位的這個密碼。舊密碼保持不變。請輸入在伺服器電腦上由“vaxctl site-server desk-password --desk %1”列印的密碼。</translation>
    </message>
    <message>
        <source>No answer from the server, so the new password could not be checked; the old one is kept. Check the cable or Wi-Fi and that the server PC is on, then try again.</source>
        <translation>伺服器無應答，無法驗證新密碼；舊密碼保持不變。請檢查網線或 Wi-Fi 以及伺服器電腦是否開機，然後重試。</translation>
    </message>
    <message>
        <source>The server does not offer encryption, so this desk will not send it a password; the old one is kept. Run site-server.sh on the server PC (it turns encryption on).</source>
        <translation>伺服器未提供加密連線，本工位不會向其傳送密碼；舊密碼保持不變。請在伺服器電腦上執行 site-server.sh（它會開啟加密）。</translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteStatusItem</name>
    <message>
        <source>Site server: not joined</source>
        <translation>站點伺服器：未加入</translation>
    </message>
    <message numerus="yes">
        <source>Site server: connected, %n record(s) waiting</source>
        <translation>
            <numerusform>站點伺服器：已連線，%n 條記錄待發送</numerusform>
        </translation>
    </message>
    <message>
        <source>Site server: connected</source>
        <translation>站點伺服器：已連線</translation>
    </message>
    <message numerus="yes">
        <source>Site server: offline since %1, %n record(s) waiting</source>
        <translation>
            <numerusform>站點伺服器：自 %1 起離線，%n 條記錄待發送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site server: %1, %n record(s) waiting</source>
        <translation>
            <numerusform>站點伺服器：%1，%n 條記錄待發送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site server: not reached yet, %n record(s) waiting</source>
        <translation>
            <numerusform>站點伺服器：尚未連上，%n 條記錄待發送</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 of site %2 on %3.</source>
        <translation>站點 %2 在 %3 上的 %1 號工位。</translation>
    </message>
    <message>
        <source>Last contact: %1.</source>
        <translation>最後聯絡：%1。</translation>
    </message>
    <message>
        <source>Pulled records set aside until they can be applied: %1.</source>
        <translation>已拉取但暫時無法應用、擱置等待的記錄：%1。</translation>
    </message>
    <message>
        <source>Work goes on without the server: every record is saved on this desk and sent when the server answers again.</source>
        <translation>沒有伺服器也照常工作：每條記錄都儲存在本工位，伺服器恢復應答後再發送。</translation>
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
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已設定</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
</context>
<context>
    <name>vax::ui::StockPage</name>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>&amp;Receive… (Ctrl+R)</source>
        <translation>入庫(&amp;R)…（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Waste…</source>
        <translation>損耗(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Count &amp;&amp; reconcile…</source>
        <translation>盤點與核對(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>調撥(&amp;T)…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;red&lt;/b&gt;: expired or quarantined&lt;/span&gt; · &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;amber&lt;/b&gt;: expires within %3 days&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;紅色&lt;/b&gt;：已過期或已隔離&lt;/span&gt; · &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;琥珀色&lt;/b&gt;：%3 天內到期&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Received %1 doses of lot %2 (%3 box codes).</source>
        <translation>已入庫批號 %2 共 %1 劑（%3 個包裝追溯碼）。</translation>
    </message>
    <message>
        <source>Lot: select a lot in the table first.</source>
        <translation>批號：請先在表格中選擇一個批號。</translation>
    </message>
</context>
<context>
    <name>vax::ui::TrainingSheetsAction</name>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>Training &amp;scan sheets (PDF)…</source>
        <translation>培訓掃碼練習單（PDF）(&amp;S)…</translation>
    </message>
    <message>
        <source>Printable GS1 box codes and box trace codes of this training database&apos;s lots, to practise scanning at the injection desk and at receipt.</source>
        <translation>可列印此培訓資料庫各批次的 GS1 包裝碼和藥品追溯碼，用於在接種臺和入庫時練習掃碼。</translation>
    </message>
    <message>
        <source>Only a training database has scan sheets: this is the production database, and printed codes of its real lots could be scanned in place of a real box.</source>
        <translation>只有培訓資料庫才有掃碼練習單：這是正式資料庫，打印出的真實批次的碼可能被當作真實包裝掃入。</translation>
    </message>
    <message>
        <source>The screen is locked: unlock it first, then print the training scan sheets.</source>
        <translation>螢幕已鎖定：請先解鎖，再列印培訓掃碼練習單。</translation>
    </message>
    <message>
        <source>scan-practice-%1.pdf</source>
        <translation>掃碼練習單-%1.pdf</translation>
    </message>
    <message>
        <source>Save the training scan sheets</source>
        <translation>儲存培訓掃碼練習單</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Training scan sheets: %1 exists and cannot be replaced. Close it in the PDF viewer or choose another name.</source>
        <translation>培訓掃碼練習單：%1 已存在且無法替換。請在 PDF 閱讀器中關閉它，或換一個檔名。</translation>
    </message>
    <message>
        <source>Training scan sheets saved to %1: %2 lots, %3 codes on %4 pages.</source>
        <translation>培訓掃碼練習單已儲存到 %1：%2 個批次，%3 個碼，共 %4 頁。</translation>
    </message>
</context>
<context>
    <name>vax::ui::TransferDialog</name>
    <message>
        <source>Move doses to another fridge</source>
        <translation>調撥到其他冰箱</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>調出冰箱(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>調入冰箱(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Doses</source>
        <translation>劑數(&amp;D)</translation>
    </message>
    <message>
        <source>Moved %1 doses of lot %2 to %3.</source>
        <translation>已將批號 %2 的 %1 劑調撥到 %3。</translation>
    </message>
</context>
<context>
    <name>vax::ui::UsersPage</name>
    <message>
        <source>Staff and security</source>
        <translation>人員與安全</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人員帳號</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密碼(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/啟用(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <source>My &amp;PIN…</source>
        <translation>我的 PIN 碼(&amp;P)…</translation>
    </message>
    <message>
        <source>Lock a desk after this many minutes without input:</source>
        <translation>無操作多少分鐘後鎖定接種臺：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Check keychain</source>
        <translation>檢查鑰匙圈</translation>
    </message>
    <message>
        <source>Only a site administrator manages accounts. You can set your own PIN.</source>
        <translation>只有接種點管理員可以管理帳號。您可以設定自己的 PIN 碼。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在處理…</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>新增工作人員帳號</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password: the two entries differ; add the account again.</source>
        <translation>密碼：兩次輸入不一致；請重新新增帳號。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>請先在列表中選擇一位工作人員。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密碼</translation>
    </message>
    <message>
        <source>New password for %1 (they should change it at their next sign-in):</source>
        <translation>%1 的新密碼（其下次登入時應修改）：</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>已重置 %1 的密碼。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已啟用 %1。</translation>
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
        <translation>我的解鎖 PIN 碼</translation>
    </message>
    <message>
        <source>4 to 6 digits. The PIN only unlocks your own locked desk; signing in always needs the password.</source>
        <translation>4 到 6 位數字。PIN 碼只能解鎖您自己鎖定的接種臺；登入始終需要密碼。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密碼</translation>
    </message>
    <message>
        <source>Your PIN is set. It unlocks your desk after the idle lock.</source>
        <translation>已設定您的 PIN 碼。空閒鎖定後可用它解鎖接種臺。</translation>
    </message>
    <message>
        <source>Desks now lock after %1 minute(s) without input; this applies at the next sign-in.</source>
        <translation>接種臺現在無操作 %1 分鐘後鎖定；下次登入時生效。</translation>
    </message>
    <message>
        <source>Asking the system keychain (at most %1 s)…</source>
        <translation>正在詢問系統鑰匙圈（最多 %1 秒）…</translation>
    </message>
</context>
<context>
    <name>vax::ui::WasteDialog</name>
    <message>
        <source>Book wasted doses</source>
        <translation>登記損耗劑次</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>過期</translation>
    </message>
    <message>
        <source>Open vial time over</source>
        <translation>開啟後超時</translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation>冷鏈</translation>
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
        <translation>劑數(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Booked %1 doses of lot %2 as wasted (%3).</source>
        <translation>已將批號 %2 的 %1 劑登記為損耗（%3）。</translation>
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
        <translation>--db 需要一個路徑，例如 --db /data/site.sqlite</translation>
    </message>
    <message>
        <source>
Run &quot;vaxctl COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
執行「vaxctl 命令 --help」檢視該命令的選項。
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;vaxctl --help&quot; for the list of commands.</source>
        <translation>未知命令「%1」。執行「vaxctl --help」檢視命令列表。</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for its options.</source>
        <translation>執行「%1 --help」檢視其選項。</translation>
    </message>
    <message>
        <source>--admin-user needs a password: set VAXPOINT_ADMIN_PASSWORD or pass --admin-password-stdin.</source>
        <translation>--admin-user 需要密碼：請設定 VAXPOINT_ADMIN_PASSWORD 或使用 --admin-password-stdin。</translation>
    </message>
    <message>
        <source>Created site %1 (%2) in %3.</source>
        <translation>已在 %3 建立接種點 %1（%2）。</translation>
    </message>
    <message>
        <source>TRAINING database: demo login %1 / %2, demo lots in Fridge 1.</source>
        <translation>培訓資料庫：示範帳號 %1 / %2，示範批號在 1 號冰箱。</translation>
    </message>
    <message>
        <source>Database %1: schema %2, quick_check ok.
Site %3 (%4)%5.
</source>
        <translation>資料庫 %1：結構版本 %2，quick_check 正常。
接種點 %3（%4）%5。
</translation>
    </message>
    <message>
        <source>, TRAINING data</source>
        <translation>，培訓資料</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, chain intact.</source>
        <translation>審計日誌：%1 行，雜湊鏈完整。</translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1</source>
        <translation>審計日誌已被破壞：%1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最近備份：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>備份已寫入：%1</translation>
    </message>
    <message>
        <source>Copy written: %1</source>
        <translation>副本已寫入：%1</translation>
    </message>
    <message>
        <source>Give one catalog file: vaxctl catalog validate FILE</source>
        <translation>請給出一個目錄檔案：vaxctl catalog validate 檔案</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation>無法讀取 %1：%2。請檢查路徑。</translation>
    </message>
    <message>
        <source>Catalog %1 is valid: %2 products.</source>
        <translation>目錄 %1 有效：共 %2 個產品。</translation>
    </message>
    <message>
        <source>Audit log intact: %1 rows, head %2.</source>
        <translation>審計日誌完整：%1 行，鏈頭 %2。</translation>
    </message>
    <message>
        <source>Create a site database</source>
        <translation>建立接種點資料庫</translation>
    </message>
    <message>
        <source>Site code, e.g. BJ-CY-001</source>
        <translation>接種點代碼，例如 BJ-CY-001</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>接種點名稱</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所屬區縣</translation>
    </message>
    <message>
        <source>Training database with demo data and demo login</source>
        <translation>帶示範資料和示範帳號的培訓資料庫</translation>
    </message>
    <message>
        <source>First administrator&apos;s username</source>
        <translation>第一位管理員的使用者名稱</translation>
    </message>
    <message>
        <source>First administrator&apos;s name</source>
        <translation>第一位管理員的姓名</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from standard input (or set VAXPOINT_ADMIN_PASSWORD)</source>
        <translation>從標準輸入讀取管理員密碼（或設定 VAXPOINT_ADMIN_PASSWORD）</translation>
    </message>
    <message>
        <source>Check the database: integrity, schema, audit chain</source>
        <translation>檢查資料庫：完整性、結構版本、審計鏈</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>立即備份資料庫</translation>
    </message>
    <message>
        <source>Also copy the backup into this folder</source>
        <translation>同時把備份複製到此資料夾</translation>
    </message>
    <message>
        <source>List the vaccine catalog</source>
        <translation>列出疫苗目錄</translation>
    </message>
    <message>
        <source>Validate a catalog JSON file</source>
        <translation>校驗目錄 JSON 檔案</translation>
    </message>
    <message>
        <source>Catalog JSON</source>
        <translation>目錄 JSON</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation>校驗審計日誌的雜湊鏈</translation>
    </message>
    <message>
        <source>Give one or more numbers: vaxctl id check ID…</source>
        <translation>請給出一個或多個號碼：vaxctl id check 號碼…</translation>
    </message>
    <message>
        <source>Unknown --type &quot;%1&quot;; use resident_id, residence_permit, home_return_permit, taiwan_permit, foreign_permanent_residence or passport.</source>
        <translation>未知的 --type「%1」；請使用 resident_id、residence_permit、home_return_permit、taiwan_permit、foreign_permanent_residence 或 passport。</translation>
    </message>
    <message>
        <source>--birth-date must be YYYY-MM-DD.</source>
        <translation>--birth-date 必須是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>--sex must be male or female.</source>
        <translation>--sex 必須是 male 或 female。</translation>
    </message>
    <message>
        <source>%1: valid %2 %3, born %4, %5</source>
        <translation>%1：有效的%2 %3，出生於 %4，%5</translation>
    </message>
    <message>
        <source>%1: INVALID: %2</source>
        <translation>%1：無效：%2</translation>
    </message>
    <message>
        <source>Give one scanned text: vaxctl scan parse TEXT</source>
        <translation>請給出一段掃描文字：vaxctl scan parse 文字</translation>
    </message>
    <message>
        <source>Give --document, --phone or --name.</source>
        <translation>請給出 --document、--phone 或 --name。</translation>
    </message>
    <message>
        <source>--temperature is required, in °C, e.g. 36.5.</source>
        <translation>必須提供 --temperature（°C），例如 36.5。</translation>
    </message>
    <message>
        <source>Checked in: queue number %1 (%2).</source>
        <translation>已登記：排隊號 %1（%2）。</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation>--date 必須是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>Remember this folder (e.g. a USB stick) for a second copy of every backup from now on</source>
        <translation>記住此資料夾（例如隨身碟），今後每次備份都額外複製一份到這裡</translation>
    </message>
    <message>
        <source>Check identity document numbers</source>
        <translation>校驗身分證件號碼</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Document type, e.g. resident_id, passport</source>
        <translation>證件類型，例如 resident_id、passport</translation>
    </message>
    <message>
        <source>Passport country (ISO alpha-3)</source>
        <translation>護照簽發國（ISO 三字母代碼）</translation>
    </message>
    <message>
        <source>Typed birth date YYYY-MM-DD</source>
        <translation>輸入的出生日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Typed sex: male or female</source>
        <translation>輸入的性別：male 或 female</translation>
    </message>
    <message>
        <source>Classify and parse a scanned text</source>
        <translation>識別並解析掃描內容</translation>
    </message>
    <message>
        <source>The scanned text; &lt;GS&gt; stands for 0x1D</source>
        <translation>掃描到的文字；&lt;GS&gt; 代表 0x1D</translation>
    </message>
    <message>
        <source>Find persons by document, phone or name</source>
        <translation>按證件、電話或姓名查詢受種者</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>證件類型</translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation>護照簽發國</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>Name or part of it</source>
        <translation>姓名或其中一部分</translation>
    </message>
    <message>
        <source>Check a person in: screening, consent, queue number</source>
        <translation>登記受種者：健康詢問、知情同意、排隊號</translation>
    </message>
    <message>
        <source>Id of a known person</source>
        <translation>已登記受種者的 ID</translation>
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
        <translation>回答「是」的健康詢問問題（可重複）</translation>
    </message>
    <message>
        <source>Axillary temperature in °C</source>
        <translation>腋溫（°C）</translation>
    </message>
    <message>
        <source>Version of the consent text</source>
        <translation>知情同意書版本</translation>
    </message>
    <message>
        <source>Guardian who signed</source>
        <translation>簽字的監護人</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation</source>
        <translation>監護人與受種者的關係</translation>
    </message>
    <message>
        <source>Possible duplicate: add the document to this person</source>
        <translation>疑似重複：把該證件關聯到此人</translation>
    </message>
    <message>
        <source>Appointment id</source>
        <translation>預約號</translation>
    </message>
    <message>
        <source>Possible duplicate: this is a new person</source>
        <translation>疑似重複：確認是新的受種者</translation>
    </message>
    <message>
        <source>Priority lane (60+, disabled)</source>
        <translation>優先通道（60 歲以上、殘障人士）</translation>
    </message>
    <message>
        <source>List the queue of a day</source>
        <translation>列出某天的排隊</translation>
    </message>
    <message>
        <source>Day YYYY-MM-DD (default today)</source>
        <translation>日期 YYYY-MM-DD（預設今天）</translation>
    </message>
    <message>
        <source>--%1: give a whole number, e.g. --%1 10.</source>
        <translation>--%1：請給出整數，例如 --%1 10。</translation>
    </message>
    <message>
        <source>--%1: give a temperature in °C, e.g. --%1 4.5.</source>
        <translation>--%1：請給出溫度（°C），例如 --%1 4.5。</translation>
    </message>
    <message>
        <source>--scan: GTIN %1 is not in the catalog; type --product instead.</source>
        <translation>--scan：GTIN %1 不在疫苗目錄中；請改用 --product 輸入。</translation>
    </message>
    <message>
        <source>--scan: the box says %1 lot %2 expiry %3, which differs from what was typed; check the box.</source>
        <translation>--scan：包裝盒顯示為 %1 批號 %2 有效期 %3，與輸入的不一致；請核對包裝盒。</translation>
    </message>
    <message>
        <source>Received %1 doses of lot %2 (%3).</source>
        <translation>已入庫批號 %2 共 %1 劑（%3）。</translation>
    </message>
    <message>
        <source>Opened vial %1 of lot %2: %3 doses, discard at %4.</source>
        <translation>已開啟批號 %2 的疫苗瓶 %1：%3 劑，%4 廢棄。</translation>
    </message>
    <message>
        <source>  EXPIRED</source>
        <translation>  已過期</translation>
    </message>
    <message>
        <source>Lot %1: expected %2, counted %3, discrepancy %4.</source>
        <translation>批號 %1：帳面 %2，實盤 %3，差異 %4。</translation>
    </message>
    <message>
        <source>--reason: use broken, expired, open_vial_time, cold_chain or other.</source>
        <translation>--reason：請使用 broken、expired、open_vial_time、cold_chain 或 other。</translation>
    </message>
    <message>
        <source>Booked %1 doses of lot %2 as wasted (%3).</source>
        <translation>已將批號 %2 的 %1 劑登記為損耗（%3）。</translation>
    </message>
    <message>
        <source>Added fridge %1 (%2).</source>
        <translation>已新增冰箱 %1（%2）。</translation>
    </message>
    <message>
        <source>Stored %1 reading(s), %2 already known.</source>
        <translation>已儲存 %1 條讀數，%2 條已存在。</translation>
    </message>
    <message>
        <source>EXCURSION %1 (%2, %3 °C): %4 lot(s) quarantined.</source>
        <translation>溫度超標 %1（%2，%3 °C）：已隔離 %4 個批號。</translation>
    </message>
    <message>
        <source>--celsius: give the temperature read, e.g. --celsius 4.5.</source>
        <translation>--celsius：請給出讀到的溫度，例如 --celsius 4.5。</translation>
    </message>
    <message>
        <source>Give one file: vaxctl temps import FILE --fridge NAME</source>
        <translation>請給出一個檔案：vaxctl temps import 檔案 --fridge 名稱</translation>
    </message>
    <message>
        <source>  OPEN</source>
        <translation>  未處理</translation>
    </message>
    <message>
        <source>Give the excursion id: vaxctl excursion release|discard ID --reason TEXT [--lot LOT]</source>
        <translation>請給出超標事件 ID：vaxctl excursion release|discard ID --reason 原因 [--lot 批號]</translation>
    </message>
    <message>
        <source>Released %1 lot(s).</source>
        <translation>已解除 %1 個批號的隔離。</translation>
    </message>
    <message>
        <source>Discarded %1 lot(s).</source>
        <translation>已報廢 %1 個批號。</translation>
    </message>
    <message>
        <source>Lot number or id</source>
        <translation>批號或 ID</translation>
    </message>
    <message>
        <source>Fridge name or id</source>
        <translation>冰箱名稱或 ID</translation>
    </message>
    <message>
        <source>Receive a lot into a fridge</source>
        <translation>將疫苗批次入庫到冰箱</translation>
    </message>
    <message>
        <source>Catalog product code</source>
        <translation>目錄產品代碼</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批號</translation>
    </message>
    <message>
        <source>Expiry, YYYY-MM-DD</source>
        <translation>有效期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生產企業</translation>
    </message>
    <message>
        <source>GTIN-14</source>
        <translation>GTIN-14</translation>
    </message>
    <message>
        <source>Vials received</source>
        <translation>接收瓶數</translation>
    </message>
    <message>
        <source>Doses received</source>
        <translation>接收劑數</translation>
    </message>
    <message>
        <source>A box trace code (20 digits); repeat</source>
        <translation>包裝追溯碼（20 位）；可重複</translation>
    </message>
    <message>
        <source>A box&apos;s GS1 DataMatrix text (GTIN, expiry, lot)</source>
        <translation>包裝盒 GS1 DataMatrix 文字（GTIN、有效期、批號）</translation>
    </message>
    <message>
        <source>List lots and their stock</source>
        <translation>列出批號及其庫存</translation>
    </message>
    <message>
        <source>Only lots expiring within DAYS</source>
        <translation>只列出 DAYS 天內到期的批號</translation>
    </message>
    <message>
        <source>Open a multi-dose vial</source>
        <translation>開啟多劑次疫苗瓶</translation>
    </message>
    <message>
        <source>List open vials</source>
        <translation>列出已開啟的疫苗瓶</translation>
    </message>
    <message>
        <source>Record a physical count of a lot</source>
        <translation>記錄某批號的實物盤點</translation>
    </message>
    <message>
        <source>Doses counted</source>
        <translation>清點劑數</translation>
    </message>
    <message>
        <source>Reason for a discrepancy</source>
        <translation>差異原因</translation>
    </message>
    <message>
        <source>Book wasted doses</source>
        <translation>登記損耗劑次</translation>
    </message>
    <message>
        <source>Doses wasted</source>
        <translation>損耗劑數</translation>
    </message>
    <message>
        <source>broken, expired, open_vial_time, cold_chain, other</source>
        <translation>broken、expired、open_vial_time、cold_chain、other</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文字</translation>
    </message>
    <message>
        <source>Add a fridge with its thresholds</source>
        <translation>新增冰箱及其溫度閾值</translation>
    </message>
    <message>
        <source>Fridge name</source>
        <translation>冰箱名稱</translation>
    </message>
    <message>
        <source>Minimum °C (2)</source>
        <translation>最低溫度 °C（2）</translation>
    </message>
    <message>
        <source>Maximum °C (8)</source>
        <translation>最高溫度 °C（8）</translation>
    </message>
    <message>
        <source>Heat alarm delay (600)</source>
        <translation>高溫報警延時（600）</translation>
    </message>
    <message>
        <source>Freeze limit °C (-0.5)</source>
        <translation>凍結限值 °C（-0.5）</translation>
    </message>
    <message>
        <source>Freeze alarm delay (60)</source>
        <translation>凍結報警延時（60）</translation>
    </message>
    <message>
        <source>List fridges</source>
        <translation>列出冰箱</translation>
    </message>
    <message>
        <source>Record a manual fridge reading</source>
        <translation>記錄人工冰箱溫度讀數</translation>
    </message>
    <message>
        <source>Temperature read</source>
        <translation>讀到的溫度</translation>
    </message>
    <message>
        <source>When it was read (ISO 8601); default now</source>
        <translation>讀數時間（ISO 8601）；預設為現在</translation>
    </message>
    <message>
        <source>Import a logger file (LogTag CSV, Fridge-tag, timestamp,celsius CSV)</source>
        <translation>匯入記錄器檔案（LogTag CSV、Fridge-tag、timestamp,celsius CSV）</translation>
    </message>
    <message>
        <source>logtag, fridgetag or plain (default: detect)</source>
        <translation>logtag、fridgetag 或 plain（預設：自動識別）</translation>
    </message>
    <message>
        <source>Logger file</source>
        <translation>記錄器檔案</translation>
    </message>
    <message>
        <source>List temperature excursions</source>
        <translation>列出溫度超標事件</translation>
    </message>
    <message>
        <source>Only excursions with lots awaiting a decision</source>
        <translation>只列出有批號待處理的超標事件</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Excursion id</source>
        <translation>超標事件 ID</translation>
    </message>
    <message>
        <source>Discard quarantined lots</source>
        <translation>報廢隔離批號</translation>
    </message>
    <message>
        <source>Unknown --doc-type &quot;%1&quot;; use resident_id, residence_permit, home_return_permit, taiwan_permit, foreign_permanent_residence or passport.</source>
        <translation>未知的 --doc-type「%1」；請使用 resident_id、residence_permit、home_return_permit、taiwan_permit、foreign_permanent_residence 或 passport。</translation>
    </message>
    <message>
        <source>Give either --link PERSON_ID or --confirm-new, not both.</source>
        <translation>--link PERSON_ID 和 --confirm-new 只能給出其中一個，不能同時使用。</translation>
    </message>
    <message>
        <source>Run the same command again with --link PERSON_ID (the same person: the document is added to them) or with --confirm-new (a different person).</source>
        <translation>請加上 --link PERSON_ID（同一人：證件將新增到此人名下）或 --confirm-new（不同的人）重新執行同一命令。</translation>
    </message>
    <message>
        <source>Give the document: --doc NUMBER [--doc-type T].</source>
        <translation>請給出證件：--doc 號碼 [--doc-type 類型]。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已新增 %1（%2）。</translation>
    </message>
    <message>
        <source>Document added to %1 (%2).</source>
        <translation>已將證件新增到 %1（%2）名下。</translation>
    </message>
    <message>
        <source>Already registered: %1 (%2).</source>
        <translation>已建檔：%1（%2）。</translation>
    </message>
    <message>
        <source>Not checked in: screening says %1 (%2). The deferral is recorded.</source>
        <translation>未登記：健康詢問結果為%1（%2）。已記錄暫緩接種。</translation>
    </message>
    <message>
        <source>Give one visit id: vaxctl visit cancel VISIT_ID --reason R</source>
        <translation>請給出一個登記記錄 ID：vaxctl visit cancel VISIT_ID --reason 原因</translation>
    </message>
    <message>
        <source>Visit %1 cancelled.</source>
        <translation>已取消登記記錄 %1。</translation>
    </message>
    <message>
        <source>Document type (default: from the number&apos;s shape)</source>
        <translation>證件類型（預設：根據號碼格式判斷）</translation>
    </message>
    <message>
        <source>Register a person without a check-in</source>
        <translation>為受種者建檔，但不登記排隊</translation>
    </message>
    <message>
        <source>When screening says defer or contraindicated, record the deferral instead of failing</source>
        <translation>健康詢問結果為暫緩接種或禁忌時，記錄暫緩接種而不是回報錯誤</translation>
    </message>
    <message>
        <source>Take a waiting visit out of the queue</source>
        <translation>將等待中的登記移出排隊</translation>
    </message>
    <message>
        <source>The visit&apos;s id</source>
        <translation>登記記錄 ID</translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>List the persons screening sent home</source>
        <translation>列出經健康詢問未予接種的受種者</translation>
    </message>
    <message>
        <source>--people: give how many persons to create, e.g. --people 10000.</source>
        <translation>--people：請給出要建立的人數，例如 --people 10000。</translation>
    </message>
    <message>
        <source>--seed: give a whole number, e.g. --seed 42.</source>
        <translation>--seed：請給出整數，例如 --seed 42。</translation>
    </message>
    <message>
        <source>Fill a training database with realistic synthetic data</source>
        <translation>用逼真的合成資料填充培訓資料庫</translation>
    </message>
    <message>
        <source>Persons to create</source>
        <translation>要建立的人數</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same people (default 1)</source>
        <translation>隨機種子：相同的種子生成相同的人員（預設 1）</translation>
    </message>
    <message>
        <source>--%1: give the USERNAME of the staff member.</source>
        <translation>--%1：請給出工作人員的使用者名稱（USERNAME）。</translation>
    </message>
    <message>
        <source>--%1: no active staff member &quot;%2&quot;; check the username.</source>
        <translation>--%1：沒有在職工作人員「%2」；請核對使用者名稱。</translation>
    </message>
    <message>
        <source>--confirm: &quot;%1&quot; is not something to confirm; use all, or vaccine, name, verification.</source>
        <translation>--confirm：「%1」不是可確認的項目；請使用 all，或 vaccine、name、verification。</translation>
    </message>
    <message>
        <source>--visit: give the visit id (from &quot;vaxctl queue call-next&quot; or &quot;vaxctl queue list&quot;).</source>
        <translation>--visit：請給出登記記錄 ID（來自「vaxctl queue call-next」或「vaxctl queue list」）。</translation>
    </message>
    <message>
        <source>--amount: give millilitres, e.g. 0.5.</source>
        <translation>--amount：請給出毫升數，例如 0.5。</translation>
    </message>
    <message>
        <source>The dose may be given.</source>
        <translation>可以接種。</translation>
    </message>
    <message>
        <source>The dose may NOT be given.</source>
        <translation>不得接種。</translation>
    </message>
    <message>
        <source>Give one dose id: vaxctl dose correct ID --reason TEXT</source>
        <translation>請給出一個接種記錄 ID：vaxctl dose correct ID --reason 原因</translation>
    </message>
    <message>
        <source>Dose %1 entered in error.</source>
        <translation>接種記錄 %1 已標記為輸入錯誤（作廢）。</translation>
    </message>
    <message>
        <source>Visit id of the person at the desk</source>
        <translation>接種臺前受種者的登記記錄 ID</translation>
    </message>
    <message>
        <source>Open vial id (multi-dose vials)</source>
        <translation>已開啟疫苗瓶 ID（多劑次疫苗瓶）</translation>
    </message>
    <message>
        <source>Box trace code (20 digits)</source>
        <translation>包裝追溯碼（20 位）</translation>
    </message>
    <message>
        <source>Injection site, e.g. LD (left deltoid)</source>
        <translation>接種部位，例如 LD（左上臂三角肌）</translation>
    </message>
    <message>
        <source>Route, e.g. IM (default: the product&apos;s)</source>
        <translation>接種途徑，例如 IM（預設：產品規定的途徑）</translation>
    </message>
    <message>
        <source>Dose in mL (default: the product&apos;s)</source>
        <translation>劑量 mL（預設：產品規定的劑量）</translation>
    </message>
    <message>
        <source>Product chosen for the person (catalog code)</source>
        <translation>為受種者選擇的產品（目錄代碼）</translation>
    </message>
    <message>
        <source>Confirmed by the nurse: all, or vaccine,name,verification</source>
        <translation>護士已確認的項目：all，或 vaccine,name,verification</translation>
    </message>
    <message>
        <source>Finding code a doctor overrides (repeat)</source>
        <translation>醫師特批的核查結果代碼（可重複）</translation>
    </message>
    <message>
        <source>Run the full checklist and record a dose</source>
        <translation>執行完整核查並記錄接種</translation>
    </message>
    <message>
        <source>Desk name or number</source>
        <translation>接種臺名稱或編號</translation>
    </message>
    <message>
        <source>The doctor&apos;s reason for an override</source>
        <translation>醫師特批的理由</translation>
    </message>
    <message>
        <source>Evaluate the checklist without recording</source>
        <translation>只執行核查，不記錄接種</translation>
    </message>
    <message>
        <source>List doses of a day or of a person</source>
        <translation>列出某天或某位受種者的接種記錄</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>受種者 ID</translation>
    </message>
    <message>
        <source>Mark a dose entered in error</source>
        <translation>將接種記錄標記為輸入錯誤（作廢）</translation>
    </message>
    <message>
        <source>Dose id</source>
        <translation>接種記錄 ID</translation>
    </message>
    <message>
        <source>Call the next waiting person to a desk</source>
        <translation>叫下一位等待的受種者到接種臺</translation>
    </message>
    <message>
        <source>Desk name or number (default 1)</source>
        <translation>接種臺名稱或編號（預設 1）</translation>
    </message>
    <message>
        <source>Actor: copying backups elsewhere needs --actor USERNAME, a site administrator.</source>
        <translation>操作人：將備份複製到其他位置需要 --actor USERNAME，且須為接種點管理員。</translation>
    </message>
    <message>
        <source>The site administrator doing this (needed for --to and --mirror)</source>
        <translation>執行此操作的接種點管理員（使用 --to 和 --mirror 時必需）</translation>
    </message>
    <message>
        <source>Give both fridges: vaxctl stock transfer --lot L --from F --to F --doses N</source>
        <translation>請給出兩臺冰箱：vaxctl stock transfer --lot L --from F --to F --doses N</translation>
    </message>
    <message>
        <source>Moved %1 doses of lot %2 from %3 to %4.</source>
        <translation>已將批號 %2 的 %1 劑從 %3 調撥到 %4。</translation>
    </message>
    <message>
        <source>Give the vial id: vaxctl vial draw ID (see &quot;vaxctl vial list&quot;)</source>
        <translation>請給出疫苗瓶 ID：vaxctl vial draw ID（見「vaxctl vial list」）</translation>
    </message>
    <message>
        <source>Drew one dose from vial %1 of lot %2: %3 left.</source>
        <translation>已從批號 %2 的疫苗瓶 %1 抽取一劑：剩餘 %3 劑。</translation>
    </message>
    <message>
        <source>Give the setting: vaxctl setting get KEY</source>
        <translation>請給出設定項：vaxctl setting get KEY</translation>
    </message>
    <message>
        <source>Give the setting and its value: vaxctl setting set KEY VALUE</source>
        <translation>請給出設定項及其值：vaxctl setting set KEY VALUE</translation>
    </message>
    <message>
        <source>KEY: &quot;%1&quot; is not a setting vaxctl can change; use one of: %2.</source>
        <translation>KEY：「%1」不是 vaxctl 可更改的設定項；請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 現在為 %2。</translation>
    </message>
    <message>
        <source>Move doses of a lot between fridges</source>
        <translation>在冰箱之間調撥某批號的劑次</translation>
    </message>
    <message>
        <source>Fridge the doses leave</source>
        <translation>調出冰箱</translation>
    </message>
    <message>
        <source>Fridge the doses go to</source>
        <translation>調入冰箱</translation>
    </message>
    <message>
        <source>Doses moved</source>
        <translation>調撥劑數</translation>
    </message>
    <message>
        <source>Draw one dose from an open vial</source>
        <translation>從已開啟的疫苗瓶中抽取一劑</translation>
    </message>
    <message>
        <source>Vial id</source>
        <translation>疫苗瓶 ID</translation>
    </message>
    <message>
        <source>Show a site setting</source>
        <translation>顯示接種點設定</translation>
    </message>
    <message>
        <source>Change a site setting</source>
        <translation>更改接種點設定</translation>
    </message>
    <message>
        <source>%1: no staff member &quot;%2&quot;; run &quot;vaxctl user list&quot;.</source>
        <translation>%1：沒有工作人員「%2」；請執行「vaxctl user list」。</translation>
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
        <translation>，鎖定至 %1</translation>
    </message>
    <message>
        <source>, PIN set</source>
        <translation>，已設定 PIN 碼</translation>
    </message>
    <message>
        <source>--roles: give one or more of registrar, vaccinator, doctor, stock_keeper, site_admin, separated by commas.</source>
        <translation>--roles：請給出 registrar、vaccinator、doctor、stock_keeper、site_admin 中的一個或多個，以英文逗號分隔。</translation>
    </message>
    <message>
        <source>Give one username, e.g. vaxctl user disable nurse.li</source>
        <translation>請給出一個使用者名稱，例如 vaxctl user disable nurse.li</translation>
    </message>
    <message>
        <source>The new user&apos;s password</source>
        <translation>新使用者的密碼</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已新增 %1</translation>
    </message>
    <message>
        <source>The new password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>Password of %1 reset by %2; any lockout is cleared.</source>
        <translation>%2 已重置 %1 的密碼；鎖定狀態已解除。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已修改 %1 的密碼。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已啟用 %1。</translation>
    </message>
    <message>
        <source>PIN of %1 cleared.</source>
        <translation>已清除 %1 的 PIN 碼。</translation>
    </message>
    <message>
        <source>PIN of %1 set; it unlocks only their own locked session.</source>
        <translation>已設定 %1 的 PIN 碼；它只能解鎖本人鎖定的工作階段。</translation>
    </message>
    <message>
        <source>Add a staff account (site administrators)</source>
        <translation>新增工作人員帳號（接種點管理員）</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>Full name as on records</source>
        <translation>記錄上顯示的姓名</translation>
    </message>
    <message>
        <source>registrar, vaccinator, doctor, stock_keeper, site_admin (one or several, comma-separated)</source>
        <translation>registrar、vaccinator、doctor、stock_keeper、site_admin（一個或多個，以英文逗號分隔）</translation>
    </message>
    <message>
        <source>List staff accounts</source>
        <translation>列出工作人員帳號</translation>
    </message>
    <message>
        <source>Change one&apos;s own password, or reset someone&apos;s as an administrator</source>
        <translation>修改本人密碼，或以管理員身分重置他人密碼</translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation>要修改密碼的使用者</translation>
    </message>
    <message>
        <source>Disable a staff account (records keep its name)</source>
        <translation>停用工作人員帳號（記錄中保留其姓名）</translation>
    </message>
    <message>
        <source>Enable a staff account again</source>
        <translation>重新啟用工作人員帳號</translation>
    </message>
    <message>
        <source>Whose account</source>
        <translation>要操作的帳號</translation>
    </message>
    <message>
        <source>Replace a staff member&apos;s roles</source>
        <translation>替換工作人員的角色</translation>
    </message>
    <message>
        <source>Whose roles</source>
        <translation>要更改角色的使用者</translation>
    </message>
    <message>
        <source>The new roles</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>Set one&apos;s own unlock PIN (4–6 digits), or clear one</source>
        <translation>設定本人的解鎖 PIN 碼（4–6 位數字），或清除 PIN 碼</translation>
    </message>
    <message>
        <source>Whose PIN</source>
        <translation>PIN 碼所屬使用者</translation>
    </message>
    <message>
        <source>Clear the PIN (an administrator, with --actor)</source>
        <translation>清除 PIN 碼（管理員，需配合 --actor）</translation>
    </message>
    <message>
        <source>Check whether the system keychain answers</source>
        <translation>檢查系統鑰匙圈是否回應</translation>
    </message>
    <message>
        <source>Give up after this many milliseconds (default 3000)</source>
        <translation>超過此毫秒數後放棄（預設 3000）</translation>
    </message>
    <message>
        <source>Read the key file&apos;s passphrase from standard input (or set VAXPOINT_KEY_PASSPHRASE)</source>
        <translation>從標準輸入讀取金鑰檔案的通關密語（或設定 VAXPOINT_KEY_PASSPHRASE）</translation>
    </message>
    <message>
        <source>%1 %2: %3 doses given, %4 corrected, %5 check-ins, %6 deferred; AEFI %7 (%8 serious); %9 doses wasted; %10 lots not counted.</source>
        <translation>%1 %2：接種 %3 劑，更正作廢 %4 劑，登記 %5 人次，暫緩接種 %6 人；AEFI %7 例（嚴重 %8 例）；損耗 %9 劑；未盤點批號 %10 個。</translation>
    </message>
    <message>
        <source>Day closed: %1 vials closed, %2 doses left in them wasted.
</source>
        <translation>已日結：停用疫苗瓶 %1 瓶，瓶中剩餘 %2 劑計為損耗。
</translation>
    </message>
    <message>
        <source>--out: give the folder to write the bundle into, e.g. --out /media/usb.</source>
        <translation>--out：請給出寫入匯出包的資料夾，例如 --out /media/usb。</translation>
    </message>
    <message>
        <source>Nothing changed since the last export: zero report %1 written (%2).</source>
        <translation>自上次匯出以來沒有變化：已寫入零報告 %1（%2）。</translation>
    </message>
    <message>
        <source>Export %1 written: %2 records (%3 immunizations, %4 patients), SHA-256 %5.</source>
        <translation>匯出檔案 %1 已寫入：%2 條記錄（接種記錄 %3 條，受種者 %4 人），SHA-256 %5。</translation>
    </message>
    <message>
        <source>Not yet exported: %1 records.</source>
        <translation>尚未匯出：%1 條記錄。</translation>
    </message>
    <message>
        <source>Give the bundle to verify: vaxctl verify BUNDLE --public-key FILE</source>
        <translation>請給出要校驗的匯出包：vaxctl verify 匯出包 --public-key 檔案</translation>
    </message>
    <message>
        <source>--public-key: give the file holding what &quot;vaxctl key show-public&quot; printed at the site.</source>
        <translation>--public-key：請給出儲存了接種點「vaxctl key show-public」輸出內容的檔案。</translation>
    </message>
    <message>
        <source>Valid: signature, every file&apos;s SHA-256 and record count%1. Bundle %2 of site %3, SHA-256 %4.</source>
        <translation>校驗通過：簽名、每個檔案的 SHA-256 和記錄數%1均正確。接種點 %3 的匯出包 %2，SHA-256 %4。</translation>
    </message>
    <message>
        <source>, and the chain to the previous bundle</source>
        <translation>，以及與上一個匯出包的銜接</translation>
    </message>
    <message>
        <source>Passphrase: pass --passphrase-stdin and type it, or set %1.</source>
        <translation>通關密語：請使用 --passphrase-stdin 並輸入通關密語，或設定 %1。</translation>
    </message>
    <message>
        <source>The signing key is in the key file; its public key (send it to the district):
%1</source>
        <translation>簽名金鑰儲存在金鑰檔案中；其公鑰如下（請傳送給區縣疾控）：
%1</translation>
    </message>
    <message>
        <source>Only show the summary of this day (YYYY-MM-DD)</source>
        <translation>僅顯示該日（YYYY-MM-DD）的彙總</translation>
    </message>
    <message>
        <source>Write the signed bundle of everything not yet exported</source>
        <translation>將所有尚未匯出的資料寫入簽名匯出包</translation>
    </message>
    <message>
        <source>Folder to write the .zip into</source>
        <translation>寫入 .zip 的資料夾</translation>
    </message>
    <message>
        <source>Past exports and records not yet exported</source>
        <translation>歷史匯出及尚未匯出的記錄</translation>
    </message>
    <message>
        <source>File with the site&apos;s public key</source>
        <translation>含接種點公鑰的檔案</translation>
    </message>
    <message>
        <source>The site&apos;s previous bundle, to check the chain</source>
        <translation>該接種點的上一個匯出包，用於校驗銜接</translation>
    </message>
    <message>
        <source>Print the export signing public key (created on first use)</source>
        <translation>顯示匯出簽名公鑰（首次使用時建立）</translation>
    </message>
    <message>
        <source>The key file (created when missing)</source>
        <translation>金鑰檔案（不存在時建立）</translation>
    </message>
    <message>
        <source>Consent: give --consent-version %1 (the consent text the person signed), with --guardian-name and --guardian-relation when a guardian signed.</source>
        <translation>知情同意：請給出 --consent-version %1（受種者簽署的知情同意書版本）；由監護人簽字時，還需給出 --guardian-name 和 --guardian-relation。</translation>
    </message>
    <message>
        <source>%1, lot %2: dose %3 given. Observe until %4.</source>
        <translation>%1，批號 %2：已接種第 %3 劑。留觀至 %4。</translation>
    </message>
    <message>
        <source>No. %1 %2, onset %3: %4 (%5, %6)</source>
        <translation>%1 號 %2，發病時間 %3：%4（%5，%6）</translation>
    </message>
    <message>
        <source>SERIOUS: report to the district immediately.</source>
        <translation>嚴重：請立即向區縣報告。</translation>
    </message>
    <message>
        <source>Give one observation id (from &quot;vaxctl observe list&quot;).</source>
        <translation>請給出一個留觀記錄 ID（從「vaxctl observe list」取得）。</translation>
    </message>
    <message>
        <source>Number %1: %2.</source>
        <translation>%1 號：%2。</translation>
    </message>
    <message>
        <source>--dose: give the dose id (from &quot;vaxctl observe list&quot;).</source>
        <translation>--dose：請給出接種記錄 ID（從「vaxctl observe list」取得）。</translation>
    </message>
    <message>
        <source>Observation id</source>
        <translation>留觀記錄 ID</translation>
    </message>
    <message>
        <source>People in the observation area, with time left (names masked)</source>
        <translation>留觀區內人員及剩餘時間（姓名已遮蔽）</translation>
    </message>
    <message>
        <source>All of today&apos;s observations, also ended ones</source>
        <translation>今天的全部留觀記錄，包括已結束的</translation>
    </message>
    <message>
        <source>The time is up: the person leaves</source>
        <translation>留觀時間已到：受種者離開</translation>
    </message>
    <message>
        <source>The person left before the end of the observation</source>
        <translation>受種者在留觀結束前離開</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>The person is sent on to a hospital or clinic</source>
        <translation>受種者轉診至醫院或診所</translation>
    </message>
    <message>
        <source>Where, why</source>
        <translation>轉診去向及原因</translation>
    </message>
    <message>
        <source>Record an adverse event following immunization</source>
        <translation>記錄疑似預防接種異常反應</translation>
    </message>
    <message>
        <source>When the symptoms started, ISO 8601 (default now)</source>
        <translation>症狀出現時間，ISO 8601（預設為現在）</translation>
    </message>
    <message>
        <source>Symptom codes, comma-separated, e.g. dizziness,rash</source>
        <translation>症狀代碼，以逗號分隔，例如 dizziness,rash</translation>
    </message>
    <message>
        <source>Description of an &apos;other&apos; symptom</source>
        <translation>「other」症狀的描述</translation>
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
        <translation>observed、treated_on_site、referred、ambulance（以逗號分隔）</translation>
    </message>
    <message>
        <source>recovered, recovering, not_recovered, recovered_with_sequelae, fatal, unknown</source>
        <translation>recovered、recovering、not_recovered、recovered_with_sequelae、fatal、unknown</translation>
    </message>
    <message>
        <source>Adverse events of a day</source>
        <translation>某日的疑似預防接種異常反應</translation>
    </message>
    <message>
        <source>--doses: give how many doses to administer, e.g. --doses 500.</source>
        <translation>--doses：請給出要接種的劑次數，例如 --doses 500。</translation>
    </message>
    <message>
        <source>The stress test writes to training databases only; %1 is the production database of site %2 and was not changed. Use a training database (vaxctl init --training).</source>
        <translation>壓力測試只能寫入培訓資料庫；%1 是接種點 %2 的正式資料庫，未做任何改動。請使用培訓資料庫（vaxctl init --training）。</translation>
    </message>
    <message>
        <source>Stress test %1</source>
        <translation>壓力測試 %1</translation>
    </message>
    <message>
        <source>Nobody was waiting after a check-in; stopped after %1 doses.</source>
        <translation>登記後沒有等候的受種者；已在 %1 劑次後停止。</translation>
    </message>
    <message>
        <source>Administer doses in a loop on a training database (crash tests)</source>
        <translation>在培訓資料庫上迴圈接種（用於崩潰測試）</translation>
    </message>
    <message>
        <source>Doses to administer; each dose id is printed once it is saved</source>
        <translation>要接種的劑次數；每劑次儲存後即輸出其編號</translation>
    </message>
    <message>
        <source>Seed for the generated persons (default 1)</source>
        <translation>生成受種者所用的隨機種子（預設 1）</translation>
    </message>
    <message>
        <source>--person: give the person&apos;s id or the number of their ID document.</source>
        <translation>--person：請給出受種者編號或其證件號碼。</translation>
    </message>
    <message>
        <source>--person: nobody on record has the id or document number &quot;%1&quot;. Look them up with &quot;vaxctl person find&quot;.</source>
        <translation>--person：記錄中沒有編號或證件號碼為「%1」的人。請用「vaxctl person find」查詢。</translation>
    </message>
    <message>
        <source>Certificate %1 — %2, ID %3, issued %4 at %5</source>
        <translation>證書 %1 — %2，證件 %3，%4 簽發於 %5</translation>
    </message>
    <message>
        <source>Reprint of %1.</source>
        <translation>%1 的補打。</translation>
    </message>
    <message>
        <source>--pdf: vaxctl loads no GUI library and draws no pages. Print the certificate from the VaxPoint app (Ctrl+P at the desk); vaxctl records it and prints the record.</source>
        <translation>--pdf：vaxctl 不載入圖形庫，也不繪製頁面。請在 VaxPoint 程式中列印證書（接種臺按 Ctrl+P）；vaxctl 只簽發記錄並輸出記錄內容。</translation>
    </message>
    <message>
        <source>Give one certificate number (like C20261122-0042) or the text of its QR code.</source>
        <translation>請給出一個證書編號（格式如 C20261122-0042）或其QR 碼文字。</translation>
    </message>
    <message>
        <source>Give one certificate number, like C20261122-0042.</source>
        <translation>請給出一個證書編號，格式如 C20261122-0042。</translation>
    </message>
    <message>
        <source>Number of the ID document the person shows; the certificate must have been issued against it</source>
        <translation>對方出示的證件號碼；證書必須是憑該證件簽發的</translation>
    </message>
    <message>
        <source>Issue a vaccination certificate</source>
        <translation>簽發接種證書</translation>
    </message>
    <message>
        <source>Person id or ID document number</source>
        <translation>受種者編號或證件號碼</translation>
    </message>
    <message>
        <source>Not available here: the app prints</source>
        <translation>此處不可用：由程式列印</translation>
    </message>
    <message>
        <source>Show a certificate as recorded</source>
        <translation>顯示證書的記錄內容</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>證書編號</translation>
    </message>
    <message>
        <source>Verify a certificate by number or QR text</source>
        <translation>按編號或QR 碼文字核驗證書</translation>
    </message>
    <message>
        <source>Certificate number, or the text of its QR code</source>
        <translation>證書編號，或其QR 碼文字</translation>
    </message>
    <message>
        <source>--days: give the number of past days with visits and doses, 0 to 3660, e.g. --days 180.</source>
        <translation>--days：請給出有登記和接種記錄的過去天數，0 到 3660，例如 --days 180。</translation>
    </message>
    <message>
        <source>Created %1 persons (%2 documents), %3 visits, %4 doses, %5 lots, %6 stock movements and %7 fridge readings (seed %8) in %9 s.</source>
        <translation>已建立 %1 名受種者（%2 份證件）、%3 次登記、%4 劑接種、%5 個批號、%6 條庫存變動和 %7 條冰箱溫度記錄（種子 %8），用時 %9 秒。</translation>
    </message>
    <message>
        <source>Past days with visits, doses, stock and fridge readings (default 0: persons only)</source>
        <translation>生成登記、接種、庫存和冰箱溫度記錄的過去天數（預設 0：僅生成受種者）</translation>
    </message>
    <message>
        <source>--birth-date: %1</source>
        <translation>--birth-date：%1</translation>
    </message>
    <message>
        <source>--birth-date is required: the %1 number carries no birth date. Give the birth date from the document: --birth-date YYYY-MM-DD (or YYYYMMDD).</source>
        <translation>必須提供 --birth-date：%1號碼中不含出生日期。請按證件提供出生日期：--birth-date YYYY-MM-DD（或 YYYYMMDD）。</translation>
    </message>
    <message>
        <source>document</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>Birth date YYYY-MM-DD or YYYYMMDD; required for a new person whose document number carries none (passport, permits)</source>
        <translation>出生日期 YYYY-MM-DD 或 YYYYMMDD；證件號碼中不含出生日期的新受種者（護照、通行證等）必須提供</translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation>尚未寫入任何記錄</translation>
    </message>
    <message>
        <source>Latest time written: %1
The PC&apos;s clock now:  %2
</source>
        <translation>最近寫入時間：%1
電腦當前時鐘：%2
</translation>
    </message>
    <message>
        <source>The clock is %1 behind the latest time written (tolerance %2 min).
</source>
        <translation>時鐘比最近寫入時間落後 %1（容差 %2 分鐘）。
</translation>
    </message>
    <message>
        <source>Writes are REFUSED: set the PC&apos;s clock right (date, time and time zone), or have a site administrator run &quot;vaxctl clock acknowledge --reason TEXT --actor ADMIN&quot;.</source>
        <translation>寫入被拒絕：請把電腦時鐘調正（日期、時間和時區），或請站點管理員執行 &quot;vaxctl clock acknowledge --reason TEXT --actor ADMIN&quot;。</translation>
    </message>
    <message>
        <source>Writes are accepted.</source>
        <translation>可以寫入。</translation>
    </message>
    <message>
        <source>Clock correction acknowledged by %1: the latest time written was %2, it is now %3. Writes at the PC&apos;s time are accepted again.</source>
        <translation>%1 已確認時鐘校正：最近寫入時間原為 %2，現為 %3。按電腦時間的寫入重新被接受。</translation>
    </message>
    <message>
        <source>Give the minutes: vaxctl clock tolerance MINUTES --actor ADMIN</source>
        <translation>請給出分鐘數：vaxctl clock tolerance MINUTES --actor ADMIN</translation>
    </message>
    <message>
        <source>Clock tolerance is now %1 minutes.</source>
        <translation>時鐘容差現為 %1 分鐘。</translation>
    </message>
    <message>
        <source>The PC&apos;s clock against the latest time written; whether writes are refused</source>
        <translation>電腦時鐘與最近寫入時間的對比；寫入是否被拒絕</translation>
    </message>
    <message>
        <source>Site admin: accept a deliberate correction of the PC&apos;s clock</source>
        <translation>站點管理員：確認對電腦時鐘的有意校正</translation>
    </message>
    <message>
        <source>Why the clock was corrected (required)</source>
        <translation>時鐘校正的原因（必填）</translation>
    </message>
    <message>
        <source>Site admin: minutes a write may be stamped before the latest one</source>
        <translation>站點管理員：寫入時間可早於最近寫入時間的分鐘數</translation>
    </message>
    <message>
        <source>1 to 1440 (default 5)</source>
        <translation>1 到 1440（預設 5）</translation>
    </message>
    <message>
        <source>(a doctor may allow it: --override %1)</source>
        <translation>（醫生可說明理由後准予接種：--override %1）</translation>
    </message>
    <message>
        <source>--doctor: an override needs the username of the doctor who decides, and the doctor&apos;s password or PIN (--%1 or %2).</source>
        <translation>--doctor：越過核查項需要作出決定的醫生的使用者名稱，以及該醫生的密碼或 PIN 碼（--%1 或 %2）。</translation>
    </message>
    <message>
        <source>The doctor&apos;s password or PIN</source>
        <translation>醫生的密碼或 PIN 碼</translation>
    </message>
    <message>
        <source>Username of the doctor who overrides; the doctor&apos;s password or PIN is read from --%1 or %2, never from an argument</source>
        <translation>作出越過決定的醫生的使用者名稱；醫生的密碼或 PIN 碼從 --%1 或 %2 讀取，絕不從命令列引數讀取</translation>
    </message>
    <message>
        <source>the doctor&apos;s password or PIN</source>
        <translation>醫生的密碼或 PIN 碼</translation>
    </message>
    <message>
        <source>Read %1 from one line of standard input (or set %2)</source>
        <translation>從標準輸入的一行讀取%1（或設定 %2）</translation>
    </message>
    <message>
        <source>Site %1 (%2), district %3, time zone %4%5</source>
        <translation>接種點 %1（%2），所屬區縣 %3，時區 %4%5</translation>
    </message>
    <message>
        <source>, training database</source>
        <translation>，培訓資料庫</translation>
    </message>
    <message>
        <source>Today at the site: %1</source>
        <translation>接種點今日：%1</translation>
    </message>
    <message>
        <source>Give one IANA time zone name: vaxctl site set-timezone ZONE --actor ADMIN</source>
        <translation>請給出一個 IANA 時區名：vaxctl site set-timezone ZONE --actor ADMIN</translation>
    </message>
    <message>
        <source>The site&apos;s time zone is now %1.</source>
        <translation>接種點時區已改為 %1。</translation>
    </message>
    <message>
        <source>Audit times run forwards.</source>
        <translation>審計時間按順序向前。</translation>
    </message>
    <message>
        <source>WARNING: %1 audit row(s) are stamped earlier than a row before them (the PC&apos;s clock went back):</source>
        <translation>警告：有 %1 條審計記錄的時間早於其之前的記錄（電腦時鐘曾被調回）：</translation>
    </message>
    <message>
        <source>  row %1 (%2) at %3, after row %4 at %5</source>
        <translation>  第 %1 行（%2）時間 %3，在第 %4 行（%5）之後</translation>
    </message>
    <message>
        <source>The site&apos;s time zone, an IANA name (default Asia/Shanghai): every date, age and expiry is judged in it</source>
        <translation>接種點時區，IANA 名稱（預設 Asia/Shanghai）：所有日期、年齡和有效期均按此時區判斷</translation>
    </message>
    <message>
        <source>Show the site: code, name, district, time zone</source>
        <translation>顯示接種點：編碼、名稱、區縣、時區</translation>
    </message>
    <message>
        <source>Change the site&apos;s time zone (site administrator)</source>
        <translation>更改接種點時區（接種點管理員）</translation>
    </message>
    <message>
        <source>IANA name, e.g. Asia/Shanghai</source>
        <translation>IANA 名稱，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>--actor %1: this is a production database, so vaxctl needs %1&apos;s password. Pass --password-stdin and type it as the first line of standard input, or set VAXPOINT_PASSWORD (never put it on the command line).</source>
        <translation>--actor %1：這是正式資料庫，vaxctl 需要 %1 的密碼。請加 --password-stdin 並在標準輸入的第一行輸入密碼，或設定 VAXPOINT_PASSWORD（切勿把密碼寫在命令列上）。</translation>
    </message>
    <message>
        <source>--actor %1: this needs %1&apos;s password. Pass --password-stdin and type it as the first line of standard input, or set VAXPOINT_PASSWORD.</source>
        <translation>--actor %1：此操作需要 %1 的密碼。請加 --password-stdin 並在標準輸入的第一行輸入密碼，或設定 VAXPOINT_PASSWORD。</translation>
    </message>
    <message>
        <source>--actor %1: the username or the password is wrong. Give %1&apos;s own password (first line of --password-stdin, or VAXPOINT_PASSWORD); each wrong password counts toward locking the account.</source>
        <translation>--actor %1：使用者名稱或密碼錯誤。請提供 %1 本人的密碼（--password-stdin 的第一行，或 VAXPOINT_PASSWORD）；每次輸錯都會計入賬號鎖定次數。</translation>
    </message>
    <message>
        <source>--actor %1: %2</source>
        <translation>--actor %1：%2</translation>
    </message>
    <message>
        <source>--actor: give the USERNAME of the staff member acting, and their password with --password-stdin or VAXPOINT_PASSWORD.</source>
        <translation>--actor：請給出執行操作的工作人員使用者名稱，並透過 --password-stdin 或 VAXPOINT_PASSWORD 提供其密碼。</translation>
    </message>
    <message>
        <source>--actor: no active staff member &quot;%1&quot;; check the username.</source>
        <translation>--actor：沒有名為“%1”的在用工作人員賬號，請檢查使用者名稱。</translation>
    </message>
    <message>
        <source>Who is acting: on a production database every command that records or shows personal data needs --actor USERNAME and that person&apos;s password, exactly as at the sign-in screen (wrong passwords count toward the lockout and are audited). Give it with --password-stdin (the first line of standard input; the command&apos;s own secrets, such as a new password, follow on the next lines) or in the environment variable VAXPOINT_PASSWORD, never as an argument. A training database acts as the demo account by default, without a password. No actor is needed for commands that show no personal data: init, check-db, backup, audit verify, catalog, id check, scan parse, verify, key status|show-public, lot|vial|fridge|excursion list, setting get, export list, dayclose --date, observe list (names masked), certificate verify, --version and --help.
</source>
        <translation>操作人：在正式資料庫上，凡是記錄資料或顯示個人資訊的命令，都需要 --actor 使用者名稱 及此人的密碼，與登入介面完全相同（輸錯密碼計入鎖定次數並記入審計日誌）。密碼透過 --password-stdin（標準輸入的第一行；命令自身需要的其他金鑰，如新密碼，依次放在後續各行）或環境變數 VAXPOINT_PASSWORD 提供，切勿作為引數。培訓資料庫預設以演示賬號操作，無需密碼。不顯示個人資訊的命令無需操作人：init、check-db、backup、audit verify、catalog、id check、scan parse、verify、key status|show-public、lot|vial|fridge|excursion list、setting get、export list、dayclose --date、observe list（姓名已遮蔽）、certificate verify、--version 和 --help。
</translation>
    </message>
    <message>
        <source>Usage: vaxctl [--db PATH] [--json] [--password-stdin] COMMAND [ARGS]
VaxPoint&apos;s command line. --db defaults to the GUI&apos;s database; --json prints one JSON object per line.

</source>
        <translation>用法：vaxctl [--db 路徑] [--json] [--password-stdin] 命令 [引數]
VaxPoint 命令列。--db 預設為圖形介面所用的資料庫；--json 每行輸出一個 JSON 物件。

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
        <translation>全域性選項：--db 路徑、--json、--password-stdin
</translation>
    </message>
    <message>
        <source>Username of the doctor (required; the doctor&apos;s password or PIN is checked like a sign-in)</source>
        <translation>醫生的使用者名稱（必填；醫生的密碼或 PIN 按登入方式核驗）</translation>
    </message>
    <message>
        <source>Read the doctor&apos;s password or PIN from standard input (or set VAXPOINT_DOCTOR_PASSWORD)</source>
        <translation>從標準輸入讀取醫生的密碼或 PIN（或設定 VAXPOINT_DOCTOR_PASSWORD）</translation>
    </message>
    <message>
        <source>--actor: give the doctor&apos;s username; only a doctor may add or lift a contraindication.</source>
        <translation>--actor：請給出醫生的使用者名稱；只有醫生可以新增或解除禁忌。</translation>
    </message>
    <message>
        <source>PERSON: no person with the id or document number &quot;%1&quot;. Find them with &quot;vaxctl person find&quot;.</source>
        <translation>PERSON：沒有編號或證件號為“%1”的受種者。請用“vaxctl person find”查詢。</translation>
    </message>
    <message>
        <source>    lifted %1: %2</source>
        <translation>    已於 %1 解除：%2</translation>
    </message>
    <message>
        <source>Give one PERSON: a person id or a document number.</source>
        <translation>請給出一個 PERSON：受種者編號或證件號。</translation>
    </message>
    <message>
        <source>No contraindication or precaution on record.</source>
        <translation>沒有記錄的禁忌或慎用。</translation>
    </message>
    <message>
        <source>--kind must be contraindication or precaution.</source>
        <translation>--kind 必須是 contraindication 或 precaution。</translation>
    </message>
    <message>
        <source>--until must be YYYY-MM-DD.</source>
        <translation>--until 格式必須為 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Give one contraindication ID (from &quot;vaxctl person contraindications PERSON&quot;).</source>
        <translation>請給出一個禁忌編號（來自“vaxctl person contraindications PERSON”）。</translation>
    </message>
    <message>
        <source>A person&apos;s contraindications and precautions on record</source>
        <translation>受種者已記錄的禁忌和慎用</translation>
    </message>
    <message>
        <source>Person id or document number</source>
        <translation>受種者編號或證件號</translation>
    </message>
    <message>
        <source>Also lifted and expired ones</source>
        <translation>包括已解除和已過期的</translation>
    </message>
    <message>
        <source>A doctor records a contraindication or precaution</source>
        <translation>醫生記錄禁忌或慎用</translation>
    </message>
    <message>
        <source>contraindication or precaution</source>
        <translation>contraindication（禁忌）或 precaution（慎用）</translation>
    </message>
    <message>
        <source>all, product:CODE, group:GROUP or component:NAME</source>
        <translation>all、product:程式碼、group:組 或 component:成分</translation>
    </message>
    <message>
        <source>What it is (required)</source>
        <translation>內容（必填）</translation>
    </message>
    <message>
        <source>Last day it applies, YYYY-MM-DD (default: permanent)</source>
        <translation>適用的最後一天，YYYY-MM-DD（預設：永久）</translation>
    </message>
    <message>
        <source>It is an allergy</source>
        <translation>屬於過敏</translation>
    </message>
    <message>
        <source>A doctor lifts a contraindication or precaution</source>
        <translation>醫生解除禁忌或慎用</translation>
    </message>
    <message>
        <source>Contraindication id</source>
        <translation>禁忌編號</translation>
    </message>
    <message>
        <source>--%1: give the file holding %2 (%3).</source>
        <translation>--%1：請提供儲存%2的檔案（%3）。</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>the district&apos;s public key, district.pub</source>
        <translation>區縣公鑰（district.pub）</translation>
    </message>
    <message>
        <source> Sealed for the district: only its key opens it.</source>
        <translation>已為區縣加密：只有區縣金鑰能開啟。</translation>
    </message>
    <message>
        <source>the district&apos;s public key, district.pub; or pass --clear</source>
        <translation>區縣公鑰（district.pub）；或使用 --clear</translation>
    </message>
    <message>
        <source>Exports are no longer sealed: they are signed .zip files anyone holding them can read.</source>
        <translation>匯出不再加密：匯出檔案為已簽名的 .zip，任何持有者都能讀取。</translation>
    </message>
    <message>
        <source>Every export (vaxctl and the Day close page) is now sealed to the district key %1.</source>
        <translation>今後每次匯出（vaxctl 和日結頁面）都將用區縣金鑰 %1 加密。</translation>
    </message>
    <message>
        <source>the district&apos;s secret key, district.key</source>
        <translation>區縣私鑰（district.key）</translation>
    </message>
    <message>
        <source> (unsealed with the district key)</source>
        <translation>（已用區縣金鑰解密）</translation>
    </message>
    <message>
        <source>--out: give an existing folder for district.key and district.pub (%1 is not one).</source>
        <translation>--out：請為 district.key 和 district.pub 指定一個已存在的資料夾（%1 不是）。</translation>
    </message>
    <message>
        <source>%1 already holds a district key: replacing it would make every bundle sealed to it unreadable. Move district.key and district.pub away first, or choose another folder.</source>
        <translation>%1 中已有區縣金鑰：替換它會使所有用它加密的資料包無法讀取。請先移走 district.key 和 district.pub，或選擇其他資料夾。</translation>
    </message>
    <message>
        <source>District key pair written. Keep %1 at the district (its loss makes sealed bundles unreadable; its theft lets others read them). Give %2 to the sites: vaxctl export seal-to --public-key district.pub.</source>
        <translation>區縣金鑰對已生成。請將 %1 儲存在區縣（丟失會使加密資料包無法讀取；被盜則他人可以讀取）。將 %2 交給各接種點：vaxctl export seal-to --public-key district.pub。</translation>
    </message>
    <message>
        <source>Seal the bundle to the district&apos;s public key in FILE (district.pub): a .zip.sealed only the district opens</source>
        <translation>用 FILE（district.pub）中的區縣公鑰加密資料包：生成只有區縣能開啟的 .zip.sealed</translation>
    </message>
    <message>
        <source>Seal every export of this site to the district&apos;s public key (site setting)</source>
        <translation>用區縣公鑰加密本站點的每次匯出（站點設定）</translation>
    </message>
    <message>
        <source>The district&apos;s public key file (district.pub)</source>
        <translation>區縣公鑰檔案（district.pub）</translation>
    </message>
    <message>
        <source>Stop sealing exports</source>
        <translation>停止加密匯出</translation>
    </message>
    <message>
        <source>Check a bundle: signature, every hash, record counts, chain (a sealed one with --district-key)</source>
        <translation>檢查資料包：簽名、每個雜湊、記錄數、鏈（加密的資料包需 --district-key）</translation>
    </message>
    <message>
        <source>The .zip (or .zip.sealed) to check</source>
        <translation>要檢查的 .zip（或 .zip.sealed）</translation>
    </message>
    <message>
        <source>The district&apos;s secret key file (district.key), to open a sealed bundle</source>
        <translation>區縣私鑰檔案（district.key），用於開啟加密資料包</translation>
    </message>
    <message>
        <source>Keep the signing key in a passphrase key file (no keychain), or with --district make the district&apos;s sealing key pair</source>
        <translation>將簽名金鑰儲存在口令保護的金鑰檔案中（無鑰匙串時），或用 --district 生成區縣加密金鑰對</translation>
    </message>
    <message>
        <source>Make the district&apos;s key pair for sealed bundles (district.key, district.pub) in --out DIR</source>
        <translation>在 --out DIR 中生成用於加密資料包的區縣金鑰對（district.key、district.pub）</translation>
    </message>
    <message>
        <source>Folder for district.key and district.pub</source>
        <translation>存放 district.key 和 district.pub 的資料夾</translation>
    </message>
    <message>
        <source>%1: pass %2 and type it, or set %3.</source>
        <translation>%1：請加 %2 並輸入，或設定 %3。</translation>
    </message>
    <message>
        <source>Today&apos;s backup FAILED: %1</source>
        <translation>今天的備份失敗：%1</translation>
    </message>
    <message>
        <source>Staff username acting; on a production database also their password (--password-stdin or VAXPOINT_PASSWORD)</source>
        <translation>執行操作的工作人員使用者名稱；在正式資料庫上還需其密碼（--password-stdin 或 VAXPOINT_PASSWORD）</translation>
    </message>
    <message>
        <source>The PIN (next line)</source>
        <translation>PIN 碼（下一行）</translation>
    </message>
    <message>
        <source>Read the actor&apos;s password, then the new user&apos;s, from standard input (or set VAXPOINT_PASSWORD and VAXPOINT_USER_PASSWORD)</source>
        <translation>從標準輸入依次讀取操作人的密碼和新使用者的密碼（或設定 VAXPOINT_PASSWORD 和 VAXPOINT_USER_PASSWORD）</translation>
    </message>
    <message>
        <source>Read from standard input: the actor&apos;s password (for one&apos;s own: the current one) then the new one; or set VAXPOINT_PASSWORD and VAXPOINT_USER_PASSWORD</source>
        <translation>從標準輸入讀取：先是操作人的密碼（修改本人密碼時即當前密碼），再是新密碼；或設定 VAXPOINT_PASSWORD 和 VAXPOINT_USER_PASSWORD</translation>
    </message>
    <message>
        <source>Read the owner&apos;s password then the PIN from standard input (or set VAXPOINT_PASSWORD and VAXPOINT_USER_PIN)</source>
        <translation>從標準輸入依次讀取本人密碼和 PIN 碼（或設定 VAXPOINT_PASSWORD 和 VAXPOINT_USER_PIN）</translation>
    </message>
    <message>
        <source>Setting key: stock.session_end, security.idle_lock_minutes or checkin.consent_versions</source>
        <translation>設定項：stock.session_end、security.idle_lock_minutes 或 checkin.consent_versions</translation>
    </message>
    <message>
        <source>HH:MM (24-hour); minutes; the site&apos;s consent form versions, comma-separated</source>
        <translation>HH:MM（24 小時制）；分鐘數；本接種點的知情同意書版本，用逗號分隔</translation>
    </message>
    <message>
        <source>Release quarantined lots (the fridge&apos;s newest reading must be back in range)</source>
        <translation>解除隔離批號（冰箱最新讀數須已回到正常範圍）</translation>
    </message>
    <message>
        <source>Release although no reading shows the fridge back in range; recorded and exported</source>
        <translation>在沒有讀數顯示冰箱恢復正常溫度的情況下解除；將被記錄並匯出</translation>
    </message>
    <message>
        <source>Day %1 reopened.</source>
        <translation>%1 已重新開啟。</translation>
    </message>
    <message>
        <source>Close the day (close open vials, build the summary), show a day&apos;s summary, or reopen a closed day</source>
        <translation>日結（關閉已開啟的疫苗瓶，生成彙總）、檢視某天的彙總，或重新開啟已日結的日期</translation>
    </message>
    <message>
        <source>Reopen this closed day (YYYY-MM-DD; site administrator, until its bundle is exported)</source>
        <translation>重新開啟此已日結的日期（YYYY-MM-DD；限站點管理員，且須在其資料包匯出之前）</translation>
    </message>
    <message>
        <source>--per-lot: give how many trace codes to list per lot, 0 to 1000, e.g. --per-lot 4.</source>
        <translation>--per-lot：請給出每個批次列出多少個追溯碼，0 到 1000，例如 --per-lot 4。</translation>
    </message>
    <message>
        <source>%1  lot %2  expiry %3
  GS1: %4</source>
        <translation>%1  批號 %2  有效期至 %3
  GS1：%4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>  trace codes: %1</source>
        <translation>  追溯碼：%1</translation>
    </message>
    <message>
        <source>List what to scan to practise with a training database&apos;s lots: GS1 box codes and box trace codes</source>
        <translation>列出培訓資料庫各批次可供練習掃描的碼：GS1 包裝碼和藥品追溯碼</translation>
    </message>
    <message>
        <source>Trace codes to list per lot (default 4)</source>
        <translation>每個批次列出的追溯碼數量（預設 4）</translation>
    </message>
    <message>
        <source>Give the site code with --site-code CODE (the code the desks&apos; databases have).</source>
        <translation>請用 --site-code 程式碼 給出站點程式碼（即各工位資料庫中的程式碼）。</translation>
    </message>
    <message>
        <source>  desk %1: role %2, password %3
</source>
        <translation>  %1 號工位：角色 %2，密碼 %3
</translation>
    </message>
    <message>
        <source>Site server %1 for site %2: site schema %3 (was %4).
</source>
        <translation>站點 %2 的站點伺服器 %1：站點結構版本 %3（原為 %4）。
</translation>
    </message>
    <message>
        <source>New desks (write each password on the set-up sheet now: it is not shown again):
</source>
        <translation>新工位（請立即把每個密碼抄到設定單上：之後不會再顯示）：
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
        <translation>本工位連線站點伺服器的密碼</translation>
    </message>
    <message>
        <source>This PC is desk %1 of site %2 on %3 (joined %4); its password is in %5.</source>
        <translation>本機是站點 %2 在 %3 上的 %1 號工位（加入於 %4）；其密碼儲存在%5中。</translation>
    </message>
    <message>
        <source>This desk works alone: it has not joined a site server (vaxctl site join).</source>
        <translation>本工位獨立工作：尚未加入站點伺服器（vaxctl site join）。</translation>
    </message>
    <message>
        <source>  desk %1: joined %2, last push %3, last pull %4
</source>
        <translation>  %1 號工位：加入於 %2，最近推送 %3，最近拉取 %4
</translation>
    </message>
    <message numerus="yes">
        <source>Site server %1: connected. Desk %2, %n record(s) waiting.</source>
        <translation>
            <numerusform>站點伺服器 %1：已連線。%2 號工位，%n 條記錄待發送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site server %1: offline since %2. Desk %3, %n record(s) waiting.</source>
        <translation>
            <numerusform>站點伺服器 %1：自 %2 起離線。%3 號工位，%n 條記錄待發送。</numerusform>
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
        <translation>站點伺服器，例如 postgresql://192.168.1.10:5432/vaxpoint_site</translation>
    </message>
    <message>
        <source>Create or migrate the site schema on a PostgreSQL database (as its owner)</source>
        <translation>在 PostgreSQL 資料庫上建立或遷移站點結構（以其所有者身份）</translation>
    </message>
    <message>
        <source>The site this server serves (default: the site of --db)</source>
        <translation>此伺服器服務的站點（預設：--db 資料庫的站點）</translation>
    </message>
    <message>
        <source>Make roles for desks 1 to N (existing ones are kept); their passwords are printed once</source>
        <translation>為 1 到 N 號工位建立角色（已有的保留）；密碼只打印一次</translation>
    </message>
    <message>
        <source>Site admin: join this desk to the site server (password from --password-stdin or VAXPOINT_SITE_PASSWORD)</source>
        <translation>站點管理員：把本工位加入站點伺服器（密碼來自 --password-stdin 或 VAXPOINT_SITE_PASSWORD）</translation>
    </message>
    <message>
        <source>This desk&apos;s number (1 to 999)</source>
        <translation>本工位的號碼（1 到 999）</translation>
    </message>
    <message>
        <source>Take over the desk number after a reinstall, or move this desk</source>
        <translation>重灌後接管該工位號，或遷移本工位</translation>
    </message>
    <message>
        <source>The site server: reachable, this desk&apos;s backlog, every desk&apos;s last push and pull</source>
        <translation>站點伺服器：是否可達、本工位待發送記錄、各工位最近的推送和拉取</translation>
    </message>
    <message>
        <source>Pulled records set aside (site_pending): %1
</source>
        <translation>暫存待處理的拉取記錄（site_pending）：%1
</translation>
    </message>
    <message>
        <source>Desk %1 and %2: pushed %3 record(s), pulled %4 (%5 written, %6 already here, %7 kept as this desk has them).</source>
        <translation>工作臺 %1 與 %2：已推送 %3 條記錄，已拉取 %4 條（寫入 %5 條，%6 條本地已有，%7 條保留本工作臺的版本）。</translation>
    </message>
    <message>
        <source>%1 record(s) waiting to be pushed; %2 pulled record(s) set aside (site_pending).</source>
        <translation>%1 條記錄等待推送；%2 條拉取的記錄暫存待處理（site_pending）。</translation>
    </message>
    <message>
        <source>--interval: give the pause between rounds in seconds (1 or more).</source>
        <translation>--interval：請給出每輪之間的間隔秒數（1 或以上）。</translation>
    </message>
    <message>
        <source>Push this desk&apos;s records to the site server and pull the other desks&apos;; without --once it keeps going until interrupted</source>
        <translation>將本工作臺的記錄推送到站點伺服器並拉取其他工作臺的記錄；不加 --once 時持續執行直到被中斷</translation>
    </message>
    <message>
        <source>One round, then stop</source>
        <translation>只同步一輪，然後停止</translation>
    </message>
    <message>
        <source>Pull only (a desk the server refused as behind: pull, then join as a new desk number)</source>
        <translation>只拉取（被伺服器判定為落後的工作臺：先拉取，再以新的工作臺編號加入）</translation>
    </message>
    <message>
        <source>Seconds between rounds without --once (default 10)</source>
        <translation>不加 --once 時每輪之間的秒數（預設 10）</translation>
    </message>
    <message>
        <source>Open conflicts: %1 (as of %2; vaxctl site conflicts lists them)</source>
        <translation>未處理的衝突：%1（截至 %2；用 vaxctl site conflicts 檢視）</translation>
    </message>
    <message>
        <source>#%1 %2 double dose: person %3 has dose %4 of the %5 series twice (doses %6; desks %7)</source>
        <translation>#%1 %2 重複接種：受種者 %3 的 %5 系列第 %4 劑接種了兩次（接種記錄 %6；接種臺 %7）</translation>
    </message>
    <message>
        <source>#%1 %2 person merge: %3 (desk %4) merged into %5 (kept), same document %6 %7</source>
        <translation>#%1 %2 合併受種者：%3（接種臺 %4）已合併到 %5（保留），證件相同 %6 %7</translation>
    </message>
    <message>
        <source>; not applied on this desk yet: %1</source>
        <translation>；本接種臺尚未執行：%1</translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4 %5 from desk %6</source>
        <translation>#%1 %2 %3：%4 %5，來自接種臺 %6</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for review, as read from the site server at %1 (vaxctl site sync reads them again).</source>
        <translation>
            <numerusform>%n 個衝突待複核，於 %1 從站點伺服器讀取（vaxctl site sync 會重新讀取）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts read yet: this desk has not synced with a site server (vaxctl site sync).</source>
        <translation>尚未讀取衝突：本接種臺還沒有與站點伺服器同步（vaxctl site sync）。</translation>
    </message>
    <message>
        <source>%1 conflict(s) waiting for review (vaxctl site conflicts).</source>
        <translation>%1 個衝突待複核（vaxctl site conflicts）。</translation>
    </message>
    <message>
        <source>--batch-size: give the rows per batch, from 1 to 5000.</source>
        <translation>--batch-size：請給出每批的行數，1 到 5000。</translation>
    </message>
    <message>
        <source>Rows per batch (default 500)</source>
        <translation>每批行數（預設 500）</translation>
    </message>
    <message>
        <source>History judged: %1.</source>
        <translation>所依據的接種史：%1。</translation>
    </message>
    <message>
        <source>The site server cannot be asked: the nurse asked the person about other doses today (the checklist asks for it)</source>
        <translation>無法查詢站點伺服器時：護士已詢問受種者今天是否接種過其他疫苗（核查單會要求確認）</translation>
    </message>
    <message>
        <source>Nobody is waiting (%1).</source>
        <translation>無人等候（%1）。</translation>
    </message>
    <message>
        <source>Number %1 (%2) to desk %3. Visit %4. Taken from: %5.</source>
        <translation>%1 號（%2）請到 %3 號臺。就診 %4。來源：%5。</translation>
    </message>
    <message>
        <source>--date: give the day to close as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>--date：請按 YYYY-MM-DD 格式填寫要日結的日期，例如 2026-12-07。</translation>
    </message>
    <message>
        <source>Site day %1: follow-up %2 written (%3 records), chained to the close.</source>
        <translation>站點 %1：補充資料包 %2 已寫出（%3 條記錄），已連結到日結資料包。</translation>
    </message>
    <message>
        <source>Site day %1 closed: %2 written (%3 records).</source>
        <translation>站點 %1 已日結：已寫出 %2（%3 條記錄）。</translation>
    </message>
    <message>
        <source>Forced (%1); not pushed: %2. Their records go into a follow-up: run site close again once they synced.</source>
        <translation>強制日結（%1）；未上傳：%2。它們的記錄將進入補充資料包：待其同步後再次執行 site close。</translation>
    </message>
    <message>
        <source>Without --once: start a round as soon as another desk pushes (PostgreSQL LISTEN/NOTIFY), not only every --interval seconds</source>
        <translation>不帶 --once 時：其他接種臺一推送就立即同步一輪（PostgreSQL LISTEN/NOTIFY），而不只是每 --interval 秒一次</translation>
    </message>
    <message>
        <source>Site admin: close the site&apos;s day once every desk has pushed, and write the site&apos;s signed bundle (--force --reason TEXT closes without a desk; its records follow in a follow-up bundle)</source>
        <translation>站點管理員：在所有工作站上傳後完成站點日結並寫出站點簽名資料包（--force --reason 文字 可在缺少工作站時日結；其記錄隨後進入補充資料包）</translation>
    </message>
    <message>
        <source>The day to close (YYYY-MM-DD)</source>
        <translation>要日結的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Folder to write the bundle into</source>
        <translation>寫出資料包的資料夾</translation>
    </message>
    <message>
        <source>Close although desks have not pushed, or take over another desk&apos;s close in progress (needs --reason)</source>
        <translation>在工作站未上傳時仍然日結，或接管另一臺工作站正在進行的日結（需要 --reason）</translation>
    </message>
    <message>
        <source>Why the close is forced</source>
        <translation>強制日結的原因</translation>
    </message>
    <message>
        <source>Desk %1 (role %2) has a new password: %3
Write it on the set-up sheet now: it is not shown again. The old password no longer works. On desk %1: vaxctl site password --password-stdin (or Administration ▸ Site server ▸ Change the server password).</source>
        <translation>%1 號工位（角色 %2）的新密碼：%3
請立即寫在設定單上：它不會再次顯示。舊密碼已失效。在 %1 號工位上執行：vaxctl site password --password-stdin（或 管理 ▸ 站點伺服器 ▸ 更改伺服器密碼）。</translation>
    </message>
    <message>
        <source>The desk&apos;s new password for the site server</source>
        <translation>本工位在站點伺服器上的新密碼</translation>
    </message>
    <message>
        <source>Desk %1 logged in to %2 with the new password; it replaced the old one in %3.</source>
        <translation>%1 號工位已用新密碼登入 %2；新密碼已替換%3中的舊密碼。</translation>
    </message>
    <message>
        <source>; resolved by the site server %1</source>
        <translation>；已由站點伺服器於 %1 解決</translation>
    </message>
    <message>
        <source>; resolved %1 by %2 at desk %3: %4</source>
        <translation>；%1 由 %2 在 %3 號工位解決：%4</translation>
    </message>
    <message numerus="yes">
        <source>pending: %1 %2 from desk %3, waiting since %4 (%n attempt(s)): %5</source>
        <translation>
            <numerusform>待應用：來自 %3 號工位的 %1 %2，自 %4 起等待（已嘗試 %n 次）：%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pulled record(s) could not be applied at this desk and wait with their reason; they are tried again at every sync and after an upgrade.</source>
        <translation>
            <numerusform>%n 條拉取的記錄無法在本工位應用，已連同原因擱置；每次同步及升級後都會重試。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give one conflict number as vaxctl site conflicts lists it: vaxctl site conflicts resolve 12 --note TEXT</source>
        <translation>請給出 vaxctl site conflicts 列出的一個衝突編號：vaxctl site conflicts resolve 12 --note 說明</translation>
    </message>
    <message>
        <source>Conflict #%1 resolved on the site server; every desk shows it resolved after its next sync.
</source>
        <translation>衝突 #%1 已在站點伺服器上解決；各工位下次同步後都會顯示為已解決。
</translation>
    </message>
    <message>
        <source>Make a new password for one desk&apos;s role (as the owner, like init); it is printed once</source>
        <translation>為某個工位的角色生成新密碼（以所有者身份，同 init）；密碼只打印一次</translation>
    </message>
    <message>
        <source>The desk&apos;s number</source>
        <translation>工位號</translation>
    </message>
    <message>
        <source>Site admin: keep the desk&apos;s new server password after it logs in with it (from --password-stdin or VAXPOINT_SITE_PASSWORD)</source>
        <translation>站點管理員：用新伺服器密碼登入成功後儲存該密碼（來自 --password-stdin 或 VAXPOINT_SITE_PASSWORD）</translation>
    </message>
    <message>
        <source>Person merges, double doses and other desks&apos; records set aside here, waiting for review, as this desk last read them from the site server (works offline)</source>
        <translation>等待稽核的人員合併、重複接種以及在本工位擱置的其他工位記錄，按本工位最近一次從站點伺服器讀取的內容列出（離線可用）</translation>
    </message>
    <message>
        <source>Also the conflicts already resolved</source>
        <translation>同時列出已解決的衝突</translation>
    </message>
    <message>
        <source>Site admin: close a site conflict after review, with a note (on the site server, so every desk agrees; refused offline)</source>
        <translation>站點管理員：稽核後附說明解決一個站點衝突（在站點伺服器上進行，使所有工位一致；離線時拒絕）</translation>
    </message>
    <message>
        <source>The conflict&apos;s number (#12 is 12)</source>
        <translation>衝突編號（#12 即 12）</translation>
    </message>
    <message>
        <source>What was reviewed and decided (required)</source>
        <translation>稽核了什麼、作出了什麼決定（必填）</translation>
    </message>
</context>
</TS>
