<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AefiText</name>
    <message>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling or redness at the injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fainting (syncope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nausea or vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hives (urticaria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling of lips, face or throat (angioedema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty breathing or wheezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palpitations or chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (describe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulance called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered with sequelae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: choose the dose this event follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset: enter when the symptoms started (date and time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset: the symptoms cannot start before the dose was given (%1). Check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset: the time is in the future. Check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms: choose at least one symptom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms: &apos;%1&apos; is not in the list. Choose from the list or use &apos;other&apos; with a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other symptom: describe it in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: choose mild, moderate or severe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seriousness: choose serious or not serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seriousness: %1 is always a serious event. Set seriousness to serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seriousness: a fatal outcome is a serious event. Set seriousness to serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: &apos;%1&apos; is not a known action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: choose one from the list (unknown if not yet known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter: sign in so the report names who made it.</source>
        <translation type="unfinished"></translation>
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
        <translation>賬號“%1”已停用。請聯絡接種點管理員啟用。</translation>
    </message>
    <message>
        <source>Too many wrong passwords or PINs: the account &quot;%1&quot; is locked for %2 more minute(s). Wait, or ask the site administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in account no longer exists. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more wrong attempt(s) lock the account for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. %1 more wrong attempt(s) lock the account for %2 minutes.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleText</name>
    <message>
        <source>Could not build the export archive (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable export bundle (%1). Ask the site to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle entry %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle entry %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file name %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export to %1: %2. Check the folder exists, is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the bundle %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no %1 or no %2: it was not written by VaxPoint or was repacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the manifest was changed or the bundle was signed with another site&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after signing (its SHA-256 or size differs from the manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 records, the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in the signed manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle does not follow the previous one: it names %1 as its predecessor, the previous bundle is %2. A bundle in between is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">無</translation>
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
        <translation>疫苗目錄 %1，欄位“%2”：%3</translation>
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
        <translation>必須是包含“zh_CN”和“en”文字的物件。</translation>
    </message>
    <message>
        <source>needs both a &quot;zh_CN&quot; and an &quot;en&quot; text.</source>
        <translation>需要同時提供“zh_CN”和“en”文字。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必須是 %1 到 %2 之間的整數。</translation>
    </message>
    <message>
        <source>must be a span such as &quot;P18Y&quot;, &quot;P6M&quot;, &quot;P4W&quot; or &quot;P21D&quot;.</source>
        <translation>必須是時長，例如“P18Y”、“P6M”、“P4W”或“P21D”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unknown; use one of %2.</source>
        <translation>“%1”無法識別；請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>a CVX code is 1 to 3 digits.</source>
        <translation>CVX 程式碼為 1 到 3 位數字。</translation>
    </message>
    <message>
        <source>must be a number of millilitres above 0 and at most 5.</source>
        <translation>必須是大於 0 且不超過 5 的毫升數。</translation>
    </message>
    <message>
        <source>must be a list of site codes such as [&quot;LD&quot;, &quot;RD&quot;].</source>
        <translation>必須是接種部位程式碼列表，例如 [&quot;LD&quot;, &quot;RD&quot;]。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code; use one of %2.</source>
        <translation>“%1”不是接種部位程式碼；請使用以下之一：%2。</translation>
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
        <translation>必須是包含“doses”和“intervals”的物件。</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10.</source>
        <translation>必須是 1 到 10 之間的整數。</translation>
    </message>
    <message>
        <source>&quot;dose&quot; must be 2 to %1 and &quot;after&quot; an earlier dose.</source>
        <translation>“dose”必須在 2 到 %1 之間，“after”必須是更早的劑次。</translation>
    </message>
    <message>
        <source>dose %1 has no interval rule; add one with &quot;dose&quot;: %1.</source>
        <translation>第 %1 劑沒有間隔規則；請新增一條 &quot;dose&quot;: %1 的規則。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GTIN-14 with a correct check digit.</source>
        <translation>“%1”不是校驗位正確的 GTIN-14。</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON (at byte %1: %2). Fix the file&apos;s syntax.</source>
        <translation>疫苗目錄不是有效的 JSON（第 %1 位元組：%2）。請修正檔案語法。</translation>
    </message>
    <message>
        <source>Catalog field &quot;format&quot; must be 1 (this VaxPoint reads catalog format 1).</source>
        <translation>目錄欄位“format”必須為 1（本版 VaxPoint 讀取第 1 版目錄格式）。</translation>
    </message>
    <message>
        <source>Catalog field &quot;version&quot; is missing: give the catalog a version such as &quot;2021.1&quot;.</source>
        <translation>缺少目錄欄位“version”：請為目錄填寫版本號，例如“2021.1”。</translation>
    </message>
    <message>
        <source>Catalog field &quot;products&quot; must list at least one product.</source>
        <translation>目錄欄位“products”至少要列出一個產品。</translation>
    </message>
    <message>
        <source>Catalog product %1, field &quot;code&quot;: the code is used twice; each product needs its own code.</source>
        <translation>目錄產品 %1，欄位“code”：該程式碼重複使用；每個產品需要獨立的程式碼。</translation>
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
        <source>This document does not carry a birth date. Enter the birth date.</source>
        <translation>該證件不含出生日期。請填寫出生日期。</translation>
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
        <translation>健康詢問發現禁忌證（%1）：不予接種。請向受種者說明並轉介醫生。</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening does not say defer: nothing to record as a deferral. Check the person in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for cancelling the visit, e.g. &quot;left before being called&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit has the id %1. Take the id from the queue list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit number %1 is %2, not waiting: only a waiting visit can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDraft</name>
    <message>
        <source>The check-in draft cannot be saved to %1 (%2). Free disk space or fix the folder&apos;s permissions; the form keeps what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in draft %1 cannot be read (%2). Fix its permissions or delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in draft %1 is damaged or from another version. Delete the file; only an unfinished form is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in draft %1 cannot be removed (%2). Fix the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Scan the vaccine box or vial to check this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in is from %1, not today. Check the person in again today (screening and consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dose is already recorded for this check-in. Do not give another; look at the dose list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check-in was %1. Check the person in again if they are to be vaccinated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening is recorded today. Send the person back to check-in for screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening found a contraindication (%1): do not vaccinate; refer to a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening says defer (%1): not today. The person may come back when it has passed.</source>
        <translation type="unfinished">健康詢問結果為暫緩接種（%1）：今天不接種。情況消除後可再來。</translation>
    </message>
    <message>
        <source>Screening needs a doctor&apos;s decision (%1). A doctor may allow the dose with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent is recorded. Record the consent at check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is under %1: a guardian must sign the consent with name and relation. Record it at check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another vaccine (%1) was given on %2, %3 days ago; wait %4 days, until %5, or a doctor may allow it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening clear; consent by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: dose due and intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose %1 on %2 was %3; %4 may not complete or follow that series. Use %3 or a product that may replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier doses were another product of the same group; %1 may complete the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series of %1 dose(s) is complete (last dose on %2). Do not give another dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days after dose %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too early: dose %1 may be given from %2 (%3 after dose %4 on %5). Give an appointment for that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later than recommended (by %1 after dose %2). Give the dose now: a late dose completes the series, it never restarts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine: appearance, lot, expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is quarantined after a temperature excursion. Take another lot; a supervisor must release this one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is recalled. Take another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 was discarded. Take another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is %2. Take another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 expired on %2. Book it as wasted (expired) and take another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open vial is of another lot than %1. Scan the vial you hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vial was closed. Open a new vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open vial had to be discarded at %1. Discard it and open a new vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open vial has no doses left. Open a new vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes in %2-dose vials: open a vial (or scan the open one) before the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 has no doses in stock. Check the box and the stock count; take another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code %1 was not received at this site. Scan a box of the lot, or receive the box first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code %1 belongs to another lot than %2. Scan the box you hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code %1 was already used for a dose. Set the box aside and take a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the vaccine and syringe (appearance, label, lot, expiry) and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1, expires %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vial: %1 dose(s) left, discard at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>The person has no name on record. Correct the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person&apos;s name and confirm it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is missing or in the future. Correct the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years (born %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too young for %1: the minimum age is %2, reached on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for people younger than %2 (until %3). A doctor may allow it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 of lot %2 is not in the catalog. Take another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned vaccine is %1, but %2 was chosen. Take the right vaccine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 holds %2 dose(s) per vial, the catalog says %3 for %4. Check the box and the lot record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mL per dose, %2 dose(s) per vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished">劑量</translation>
    </message>
    <message>
        <source>%1 mL is not the dose of %2 (%3 mL). Draw the catalog dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mL, dose %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the injection site (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a site for %2; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site (not injected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished">接種途徑</translation>
    </message>
    <message>
        <source>%1 is given %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person verifies the vaccine and its expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the person (or guardian) the vaccine name and expiry and confirm that they checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lot %2, expires %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time. Write it as YYYY-MM-DDThh:mm:ss, optionally with an offset such as +08:00.</source>
        <translation>%1：“%2”不是日期時間。請寫成 YYYY-MM-DDThh:mm:ss，可帶時區偏移，例如 +08:00。</translation>
    </message>
    <message>
        <source>VAXPOINT_FAKE_NOW is set, but this is a production database: records must carry the real time. Unset VAXPOINT_FAKE_NOW, or use a training database.</source>
        <translation>已設定 VAXPOINT_FAKE_NOW，但這是正式資料庫：記錄必須使用真實時間。請取消 VAXPOINT_FAKE_NOW，或改用培訓資料庫。</translation>
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
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent is not recorded. Show the consent text and record its version and who signed.</source>
        <translation>尚未記錄知情同意。請出示知情同意書，並記錄其版本和簽字人。</translation>
    </message>
    <message>
        <source>The person is under 18: a guardian must sign the consent. Record the guardian&apos;s name and relation.</source>
        <translation>受種者未滿 18 歲：須由監護人簽署知情同意。請記錄監護人姓名及關係。</translation>
    </message>
    <message>
        <source>A guardian signed: enter the guardian&apos;s name and relation to the person.</source>
        <translation>由監護人簽字：請填寫監護人姓名及與受種者的關係。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is damaged (%2). VaxPoint stopped and did not change the file. </source>
        <translation>資料庫 %1 已損壞（%2）。VaxPoint 已停止，未改動該檔案。</translation>
    </message>
    <message>
        <source>No backup was found beside it: keep the file and call support.</source>
        <translation>旁邊沒有找到備份：請保留該檔案並聯系技術支援。</translation>
    </message>
    <message>
        <source>The newest backup is %1: keep the damaged file, and restore that backup by copying it in place of the database.</source>
        <translation>最新的備份是 %1：請保留損壞的檔案，並用該備份複製替換資料庫以恢復。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check that the file exists and that you may read it.</source>
        <translation>無法開啟資料庫 %1：%2。請檢查檔案是否存在以及是否有讀取許可權。</translation>
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
        <translation>資料庫無法寫入（%1）。未儲存任何內容；請檢查檔案許可權和磁碟後重試。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Stop using this computer for records and restore the newest backup.</source>
        <translation>資料庫已損壞（%1）。請停止在本機錄入，並恢復最新的備份。</translation>
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
        <translation>%1 處沒有資料庫。請用“vaxctl init”建立，或先啟動一次 VaxPoint，或用 --db 指定正確路徑。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer VaxPoint (schema %2; this program knows up to %3). Install the newer VaxPoint; this one will not touch the file.</source>
        <translation>資料庫 %1 由更新版本的 VaxPoint 寫入（結構版本 %2；本程式最高支援 %3）。請安裝新版 VaxPoint；本程式不會改動該檔案。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check the path and your permissions.</source>
        <translation>無法為資料庫建立資料夾 %1。請檢查路徑和許可權。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <source>The database refused write-ahead logging (%1). Move it to a local disk; network drives are not supported.</source>
        <translation>資料庫無法啟用預寫日誌（%1）。請將其移到本地磁碟；不支援網路驅動器。</translation>
    </message>
    <message>
        <source>The database has schema %1 and needs %2. Open it with VaxPoint or run &quot;vaxctl check-db&quot; to upgrade it.</source>
        <translation>資料庫結構版本為 %1，需要 %2。請用 VaxPoint 開啟或執行“vaxctl check-db”進行升級。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database was left at schema %4.</source>
        <translation>資料庫升級到結構版本 %1（%2）失敗：%3。資料庫保持在結構版本 %4。</translation>
    </message>
</context>
<context>
    <name>DemoSeed</name>
    <message>
        <source>Demo data goes into training databases only; %1 is the production database of site %2 and was not changed. Use a training database (vaxctl init --training).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the number of people and of days must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the site has no staff member to record as creator. Initialise the site first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>%1: nobody is given. Log in (or name the staff member) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no active staff member with this id. Check who is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not hold the role %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while saving; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site setting desk.other_vaccine_days is &quot;%1&quot;; set it to a number of days, e.g. 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site setting desk.allergy_observation_minutes is &quot;%1&quot;; set it to minutes, e.g. 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk: give the desk&apos;s name or number, e.g. 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: no check-in &quot;%1&quot;. Call the person from the queue or check them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: its person is missing. Check the person in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code: &quot;%1&quot; is not a 20-digit trace code. Scan the box&apos;s trace code again.</source>
        <translation type="unfinished">包裝追溯碼：“%1”不是 20 位追溯碼。請重新掃描包裝盒上的追溯碼。</translation>
    </message>
    <message>
        <source>Vial: no vial &quot;%1&quot;. Scan the open vial again or open a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinator</source>
        <translation type="unfinished">接種員</translation>
    </message>
    <message>
        <source>Override: give the doctor&apos;s reason for allowing the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: only a doctor may override; name the doctor who decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: %1 cannot be overridden here (not failing, or not an item a doctor may override).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist does not pass (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dose is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the dose is entered in error, e.g. &quot;recorded for the wrong person&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: no dose &quot;%1&quot;. Take the id from &quot;vaxctl dose list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: it was already entered in error on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fridge</name>
    <message>
        <source>Name: give the fridge a name, e.g. &quot;Fridge 2&quot;.</source>
        <translation>名稱：請為冰箱命名，例如“2 號冰箱”。</translation>
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
        <translation>名稱：已有名為“%1”的冰箱；請換一個名稱。</translation>
    </message>
    <message>
        <source>Fridge: no fridge &quot;%1&quot;. Give a fridge&apos;s name or id (see &quot;vaxctl fridge list&quot;).</source>
        <translation>冰箱：沒有冰箱“%1”。請給出冰箱名稱或 ID（見“vaxctl fridge list”）。</translation>
    </message>
</context>
<context>
    <name>Gs1</name>
    <message>
        <source>GTIN (01) must be 14 digits; the scan gave &quot;%1&quot;. Scan the box code again.</source>
        <translation>GTIN (01) 必須是 14 位數字；掃描結果為“%1”。請重新掃描包裝盒上的條碼。</translation>
    </message>
    <message>
        <source>GTIN (01) %1 has a wrong check digit. Scan the box code again; if it repeats, the label is damaged.</source>
        <translation>GTIN (01) %1 校驗位錯誤。請重新掃描包裝盒條碼；如仍出錯，說明標籤已損壞。</translation>
    </message>
    <message>
        <source>Date (%1) &quot;%2&quot; is not a YYMMDD date. Scan the box code again or type the date.</source>
        <translation>日期 (%1)“%2”不是 YYMMDD 格式。請重新掃描包裝盒條碼或手工輸入日期。</translation>
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
        <translation>(%1) 含有 GS1 碼不允許的字元“%2”。請重新掃描包裝盒條碼。</translation>
    </message>
    <message>
        <source>The code ends in the middle of an element. Scan it again.</source>
        <translation>條碼在某個資料元素中間就結束了。請重新掃描。</translation>
    </message>
    <message>
        <source>Application identifier (%1) is not supported here; VaxPoint reads (01), (17), (10) and (21). Type the lot and expiry instead.</source>
        <translation>此處不支援應用識別符號 (%1)；VaxPoint 讀取 (01)、(17)、(10) 和 (21)。請改為手工輸入批號和有效期。</translation>
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
        <translation>(%1)“%2”可能還包含其他資料元素，因為掃描槍沒有傳送 GS 分隔符，無法可靠讀取批號或序列號。請把掃描槍設定為傳送 GS（Ctrl+]），或手工輸入批號和有效期。</translation>
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
        <translation>%1號碼：“%2”不是國家程式碼。前三個字母是持證人國籍（ISO 3166，例如 USA）；請核對。</translation>
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
        <translation>護照：缺少簽發國。請填寫三字母程式碼（ISO 3166），例如 CHN 或 USA。</translation>
    </message>
    <message>
        <source>Passport: &quot;%1&quot; is not a country code. Enter the three-letter code (ISO 3166), e.g. CHN or USA.</source>
        <translation>護照：“%1”不是國家程式碼。請填寫三字母程式碼（ISO 3166），例如 CHN 或 USA。</translation>
    </message>
    <message>
        <source>The document number is empty. Scan the card or type its number.</source>
        <translation>證件號碼為空。請掃描證件或輸入號碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like any known document number. Choose the document type and check the number.</source>
        <translation>“%1”不像任何已知的證件號碼。請選擇證件型別並核對號碼。</translation>
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
        <translation>性別“%1”與%2號碼不符（號碼顯示為“%3”）。請更正性別或號碼。</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>居民身份證</translation>
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
        <translation>外國人永久居留身份證</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>%1 number: expected 17 digits and a final digit or X (18 characters), got &quot;%2&quot; (%3 characters). Check the number and type it again.</source>
        <translation>%1號碼：應為 17 位數字加 1 位數字或 X（共 18 位），實際為“%2”（%3 位）。請核對號碼後重新輸入。</translation>
    </message>
    <message>
        <source>%1 number: it must start with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), not %2. Check the number or choose another document type.</source>
        <translation>%1號碼：必須以 810000（香港）、820000（澳門）或 830000（臺灣）開頭，而不是 %2。請核對號碼或選擇其他證件型別。</translation>
    </message>
    <message>
        <source>%1 number: region code %2 is not a Chinese province. Check the first digits of the number.</source>
        <translation>%1號碼：地區程式碼 %2 不是中國的省級行政區。請核對號碼的前幾位。</translation>
    </message>
    <message>
        <source>%1 number: &quot;%2&quot; (digits 7–14) is not a real birth date. Check those digits.</source>
        <translation>%1號碼：“%2”（第 7–14 位）不是有效的出生日期。請核對這幾位。</translation>
    </message>
    <message>
        <source>%1 number: birth date %2 is in the future. Check digits 7–14.</source>
        <translation>%1號碼：出生日期 %2 晚於今天。請核對第 7–14 位。</translation>
    </message>
    <message>
        <source>%1 number: the last character should be %2, not %3, so a digit is wrong. Scan the card or check each digit.</source>
        <translation>%1號碼：最後一位應為 %2 而不是 %3，說明有數字錯誤。請掃描證件或逐位核對。</translation>
    </message>
</context>
<context>
    <name>Lot</name>
    <message>
        <source>Product: &quot;%1&quot; is not in the catalog. Use a code from &quot;vaxctl catalog list&quot;.</source>
        <translation>產品：“%1”不在疫苗目錄中。請使用“vaxctl catalog list”中的程式碼。</translation>
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
        <translation>包裝追溯碼：“%1”不是 20 位追溯碼。請重新掃描包裝盒上的追溯碼。</translation>
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
        <translation>批號：沒有批號“%1”。請給出“vaxctl lot list”中的批號或 ID。</translation>
    </message>
    <message>
        <source>Lot: &quot;%1&quot; is the number of several lots; give the lot&apos;s id.</source>
        <translation>批號：“%1”對應多個批次；請給出批次 ID。</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fridge: the doses are already in %1; choose another fridge.</source>
        <translation type="unfinished"></translation>
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
        <translation>溫度超標：超標事件“%1”%2沒有被隔離的批號。見“vaxctl excursion list”。</translation>
    </message>
    <message>
        <source>Lot: this lot was already %1 for this excursion.</source>
        <translation>批號：該批號在此次超標中已被%1。</translation>
    </message>
    <message>
        <source>Excursion: every lot of this excursion was already decided.</source>
        <translation>溫度超標：此次超標涉及的所有批號都已處理。</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this PIN is too easy to guess; avoid repeated or consecutive digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>check people in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give doses and open vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override a checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct a recorded dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive vaccine lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book wasted doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count stock and close the day&apos;s vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record fridge temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add fridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release or discard quarantined lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data to the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: no active staff member is signed in to %1. Sign in with your own account and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3. Ask a colleague with that role, or the site administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
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
        <translation>請受種者重新開啟預約登記頁面，或手工錄入資訊。</translation>
    </message>
    <message>
        <source>The QR code is not a VaxPoint registration (not readable JSON). %1</source>
        <translation>該二維碼不是 VaxPoint 預約登記碼（不是可讀的 JSON）。%1</translation>
    </message>
    <message>
        <source>The QR code is not a VaxPoint registration (its type is &quot;%1&quot;). %2</source>
        <translation>該二維碼不是 VaxPoint 預約登記碼（其型別為“%1”）。%2</translation>
    </message>
    <message>
        <source>The registration QR code has version %1; this VaxPoint reads version %2. Update VaxPoint or type the details.</source>
        <translation>預約登記碼版本為 %1；本版 VaxPoint 讀取版本 %2。請更新 VaxPoint 或手工錄入資訊。</translation>
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
        <translation>預約登記碼缺少證件型別和號碼（得到的型別為“%1”）。%2</translation>
    </message>
    <message>
        <source>The registration QR code has birth date &quot;%1&quot;, not YYYY-MM-DD. %2</source>
        <translation>預約登記碼中的出生日期為“%1”，不是 YYYY-MM-DD 格式。%2</translation>
    </message>
    <message>
        <source>The registration QR code has sex &quot;%1&quot;; expected male or female. %2</source>
        <translation>預約登記碼中的性別為“%1”；應為 male 或 female。%2</translation>
    </message>
    <message>
        <source>The registration QR code has phone &quot;%1&quot;, which is not a phone number. %2</source>
        <translation>預約登記碼中的電話“%1”不是電話號碼。%2</translation>
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
        <translation>醫生</translation>
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
        <translation>掃描內容“%1”不是身份證、預約登記碼、GS1 包裝條碼或 20 位追溯碼。請重新掃描，或在對應的輸入框中手工輸入。</translation>
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
        <translation>健康詢問問卷需要“version”。</translation>
    </message>
    <message>
        <source>&quot;feverThresholdC&quot; must be between 37.0 and 38.5.</source>
        <translation>“feverThresholdC”必須在 37.0 到 38.5 之間。</translation>
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
        <translation>健康詢問%1：“id”缺失、重複或為保留字。請為每個問題設定獨立的 id。</translation>
    </message>
    <message>
        <source>Screening question %1: &quot;outcome&quot; must be contraindicated, defer or doctor_review.</source>
        <translation>健康詢問問題 %1：“outcome”必須是 contraindicated、defer 或 doctor_review。</translation>
    </message>
    <message>
        <source>Screening question %1: &quot;text&quot; needs a zh_CN and an en text.</source>
        <translation>健康詢問問題 %1：“text”需要 zh_CN 和 en 文字。</translation>
    </message>
    <message>
        <source>Temperature %1 °C is not plausible. Measure again and enter it in °C, e.g. 36.5.</source>
        <translation>體溫 %1 °C 不合理。請重新測量並以 °C 填寫，例如 36.5。</translation>
    </message>
    <message>
        <source>Unknown screening question &quot;%1&quot;. Answer the questions of questionnaire %2.</source>
        <translation>未知的健康詢問問題“%1”。請回答問卷 %2 中的問題。</translation>
    </message>
    <message>
        <source>Screening question &quot;%1&quot; is not answered. Answer yes or no.</source>
        <translation>健康詢問問題“%1”未回答。請回答是或否。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain answered within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. On Linux this needs a running secret service (GNOME Keyring or KWallet) in the desktop session. Use a passphrase-protected key file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase ran out of memory. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain answered in %1 ms; secrets are stored there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: use at least %1 characters; a few unrelated words are easy to type and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file %1 exists already. Open it with its passphrase, or choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create its folder; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file %1 does not exist. Check the path, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a VaxPoint key file, or it is damaged. Restore it from its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is wrong, or the file was changed. Type the passphrase again; if it still fails, restore the key file from its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (%1); check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningText</name>
    <message>
        <source>The stored signing key is damaged (%1 bytes, expected %2). Restore it from the key backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key: not an Ed25519 key. Pass the text that &apos;vaxctl key show-public&apos; printed (ed25519:…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Site code: use 2 to 20 letters, digits or dashes, e.g. &quot;BJ-CY-001&quot;.</source>
        <translation>接種點程式碼：請使用 2 到 20 個字母、數字或短橫線，例如“BJ-CY-001”。</translation>
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
        <translation>資料庫中還沒有接種點。請用“vaxctl init --site-code … --site-name … --district …”建立。</translation>
    </message>
    <message>
        <source>This database already belongs to site %1. Use another --db path for a new site.</source>
        <translation>該資料庫已屬於接種點 %1。新建接種點請使用其他 --db 路徑。</translation>
    </message>
    <message>
        <source>Site administrator</source>
        <translation>接種點管理員</translation>
    </message>
</context>
<context>
    <name>SiteAdmin</name>
    <message>
        <source>Idle lock: give %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
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
        <translation>使用者名稱：“%1”已被使用；請換一個。</translation>
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
        <translation>原因：盤點與賬面相差 %1 劑（賬面 %2，實盤 %3）；請說明原因。</translation>
    </message>
</context>
<context>
    <name>TemperatureImport</name>
    <message>
        <source>a LogTag header line must be &quot;key,value&quot;.</source>
        <translation>LogTag 表頭行必須是“key,value”。</translation>
    </message>
    <message>
        <source>expected &quot;index,date,time,temperature&quot; (e.g. &quot;1,2023-03-01,08:00:00,4.5&quot;), found &quot;%1&quot;.</source>
        <translation>應為“index,date,time,temperature”（例如“1,2023-03-01,08:00:00,4.5”），實際為“%1”。</translation>
    </message>
    <message>
        <source>This LogTag file has no header lines or no readings. Export it from LogTag Analyzer as CSV with its header.</source>
        <translation>該 LogTag 檔案沒有表頭行或沒有讀數。請從 LogTag Analyzer 匯出帶表頭的 CSV。</translation>
    </message>
    <message>
        <source>expected &quot;timestamp,celsius&quot; (e.g. &quot;2023-03-01T08:00:00+08:00,4.5&quot;), found &quot;%1&quot;.</source>
        <translation>應為“timestamp,celsius”（例如“2023-03-01T08:00:00+08:00,4.5”），實際為“%1”。</translation>
    </message>
    <message>
        <source>The CSV file has no readings. Each line should be &quot;timestamp,celsius&quot;.</source>
        <translation>該 CSV 檔案沒有讀數。每行應為“timestamp,celsius”。</translation>
    </message>
    <message>
        <source>The file&apos;s format was not recognised. VaxPoint imports LogTag CSV, Fridge-tag 2 / 2 L text reports and &quot;timestamp,celsius&quot; CSV.</source>
        <translation>無法識別該檔案格式。VaxPoint 可匯入 LogTag CSV、Fridge-tag 2 / 2 L 文字報告和“timestamp,celsius”CSV。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use logtag, fridgetag or plain.</source>
        <translation>未知格式“%1”：請使用 logtag、fridgetag 或 plain。</translation>
    </message>
    <message>
        <source>This is not a Fridge-tag report: its first line should start with &quot;Device:&quot;. Export the report again from the logger.</source>
        <translation>這不是 Fridge-tag 報告：第一行應以“Device:”開頭。請從記錄儀重新匯出報告。</translation>
    </message>
    <message>
        <source>a tab-indented reading outside the &quot;Data:&quot; section.</source>
        <translation>在“Data:”部分之外出現了製表符縮排的讀數。</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot;, found &quot;%1&quot;.</source>
        <translation>應為“名稱: 值”，實際為“%1”。</translation>
    </message>
    <message>
        <source>The Fridge-tag report has no daily history and no readings. Export a report that includes the history.</source>
        <translation>該 Fridge-tag 報告既沒有每日曆史也沒有讀數。請匯出包含歷史記錄的報告。</translation>
    </message>
    <message>
        <source>Line %1: device &quot;%2&quot; is not a Fridge-tag 2 or 2 L; this report variant cannot be imported. Use a plain timestamp,celsius CSV.</source>
        <translation>第 %1 行：裝置“%2”不是 Fridge-tag 2 或 2 L；無法匯入這種報告。請改用 timestamp,celsius 格式的 CSV。</translation>
    </message>
    <message>
        <source>reports of %1 sensors are not supported; only one sensor is.</source>
        <translation>不支援 %1 個感測器的報告；只支援單個感測器。</translation>
    </message>
    <message>
        <source>temperature unit &quot;%1&quot; is not supported; set the logger to °C.</source>
        <translation>不支援溫度單位“%1”；請將記錄儀設定為 °C。</translation>
    </message>
    <message>
        <source>an alarm number was expected.</source>
        <translation>此處應為報警編號。</translation>
    </message>
    <message>
        <source>an alarm needs &quot;T AL: limit, t AL: minutes&quot;.</source>
        <translation>報警需要“T AL: 限值, t AL: 分鐘”。</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYY-MM-DD.</source>
        <translation>日期“%1”不是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>the average temperature &quot;%1&quot; is not a number.</source>
        <translation>平均溫度“%1”不是數字。</translation>
    </message>
    <message>
        <source>alarm minutes &quot;%1&quot; must be a whole number from 0 to 1440.</source>
        <translation>報警分鐘數“%1”必須是 0 到 1440 之間的整數。</translation>
    </message>
    <message>
        <source>alarm %1 is not in the report&apos;s alarm configuration.</source>
        <translation>報警 %1 不在該報告的報警配置中。</translation>
    </message>
    <message>
        <source>expected &quot;%1: temperature, %2: HH:MM&quot;.</source>
        <translation>應為“%1: 溫度, %2: HH:MM”。</translation>
    </message>
    <message>
        <source>this day lacks its date, minimum, maximum or average temperature.</source>
        <translation>該日缺少日期、最低、最高或平均溫度。</translation>
    </message>
    <message>
        <source>expected &quot;YYYY-MM-DD HH:MM&lt;tab&gt;temperature&quot;, found &quot;%1&quot;.</source>
        <translation>應為“YYYY-MM-DD HH:MM&lt;製表符&gt;溫度”，實際為“%1”。</translation>
    </message>
    <message>
        <source>Line %1: %2 Fix the file or export it again; nothing was imported.</source>
        <translation>第 %1 行：%2 請修正檔案或重新匯出；未匯入任何資料。</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Queue number — priority lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Staff member: no account with this id; refresh the list and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active site administrator. Give another staff member the site_admin role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled; ask the site administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: it is wrong. Type the password you signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: give at least one role (registrar, vaccinator, doctor, stock_keeper, site_admin).</source>
        <translation type="unfinished">角色：至少指定一個角色（registrar、vaccinator、doctor、stock_keeper、site_admin）。</translation>
    </message>
    <message>
        <source>PIN: only %1 can set their own PIN. An administrator can clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: it is wrong. Confirm the PIN with the password you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vial</name>
    <message>
        <source>Session end: the site setting &quot;%1&quot; is not HH:MM; set it again, e.g. 17:30.</source>
        <translation>接種結束時間：接種點設定“%1”不是 HH:MM 格式；請重新設定，例如 17:30。</translation>
    </message>
    <message>
        <source>Lot %1 has no unopened doses in this fridge; receive stock or use an open vial.</source>
        <translation>批號 %1 在此冰箱中沒有未開啟的劑次；請入庫或使用已開啟的疫苗瓶。</translation>
    </message>
    <message>
        <source>Vial: no open vial &quot;%1&quot;; open a new vial.</source>
        <translation>疫苗瓶：沒有已開啟的疫苗瓶“%1”；請開啟新的一瓶。</translation>
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
        <translation type="unfinished"></translation>
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
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;接種點&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1（%2）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;所屬區縣&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;資料庫&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 — 結構版本 %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;型別&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
    <name>vax::ui::CatalogModel</name>
    <message>
        <source>%1 mL</source>
        <translation>%1 mL</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening — number key toggles a question, N answers the rest &quot;no&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ticket (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the ID card or registration QR code, or type the ID number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person: type the name as on the document, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axillary temperature in °C (36.6 or 366), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: press N if every answer is &quot;no&quot;; a question&apos;s number toggles &quot;yes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18: a guardian signs the consent. Press Enter or G to record the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent signed by the person: press Enter to check in (G: a guardian signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s relation to the person (e.g. mother, father), then Enter to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today. Press Enter to record the deferral, Esc to correct the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next step · Esc: back · Ctrl+Enter: check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text %1: not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record deferral (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished check-in was restored. Continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty. Type the name as on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questions are not answered. Press N to answer the rest &quot;no&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the guardian&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever (%1 °C or more): the person will be deferred today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a vaccine box code. Scan it in the injection mode (F3); here scan the person&apos;s ID or QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already checked in today (%2). Use this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a temperature. Enter it in °C, e.g. 36.5 or 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not vaccinate: contraindication (%1). Refer to a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today: defer (%1). The person may come back when it has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor must review this person before the injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document yet. Scan the ID card or type the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temperature yet. Measure it and enter it in °C, e.g. 36.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferral recorded for %1 (%2). No queue number: not vaccinated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked in. A doctor reviews before the injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 The form is kept; press Ctrl+Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::CountDialog</name>
    <message>
        <source>Count and reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the count differs from the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 doses (opening %2 + received %3 − administered %4 − wasted %5%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + other %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1: expected %2, counted %3, difference %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::DeskPage</name>
    <message>
        <source>Desk</source>
        <translation type="unfinished">接種臺</translation>
    </message>
    <message>
        <source>Check-in (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The injection checklist (三查七对一验证) comes here in a later version. Check people in with F2; their queue numbers are listed on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::DuplicateDialog</name>
    <message>
        <source>Possibly the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the same birth date is already on file with another document. Is it the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · born %2 · phone %3 · on file since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L — Same person: add this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N — A different person: register new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc — Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::ExcursionsModel</name>
    <message>
        <source>Too warm (logger alarm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing (logger alarm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lot in the fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots and decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::FridgeChart</name>
    <message>
        <source>Allowed %1–%2 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside %1–%2 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::FridgePage</name>
    <message>
        <source>Cold chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual reading (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import logger file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogTag CSV, Fridge-tag 2 / 2 L report, or timestamp,celsius CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excursions and quarantined lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manual reading due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MORNING reading of this fridge is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AFTERNOON reading of this fridge is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to record a reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: &quot;%1&quot; is not a number of °C; type it as read, e.g. 4.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 °C is OUTSIDE the allowed range: %n lot(s) of this fridge are quarantined until a supervisor decides.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a logger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logger files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: cannot read %1 (%2); choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 reading(s) (%2); %3 were already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new excursion(s); %1 lot(s) quarantined.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor (site administrator) decides on quarantined lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Released %n lot(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n lot(s); their doses in that fridge are booked as wasted (cold chain).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vax::ui::LockScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Locked at %3. The work on this desk is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN or your password, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another staff member signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished">使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in and keep the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN or password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished">正在驗證…</translation>
    </message>
    <message>
        <source>Username: type the other staff member&apos;s username.</source>
        <translation type="unfinished"></translation>
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
        <translation>&lt;b&gt;培訓資料庫&lt;/b&gt; — 僅供練習，不是真實記錄。&lt;br&gt;演示賬號：使用者名稱 &lt;b&gt;%1&lt;/b&gt;，密碼 &lt;b&gt;%2&lt;/b&gt;</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 doses)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::LotsModel</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUARANTINED — do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished">疫苗</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses per fridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::MainWindow</name>
    <message>
        <source> — TRAINING</source>
        <translation> — 培訓</translation>
    </message>
    <message>
        <source>VaxPoint — %1</source>
        <translation>VaxPoint — %1</translation>
    </message>
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
        <translation>當前使用者：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
</context>
<context>
    <name>vax::ui::OpenVialPanel</name>
    <message>
        <source>Open vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — lot %2 — %3 (%4 doses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot and fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot: no usable lot has doses in a fridge; receive stock first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::OpenVialsModel</name>
    <message>
        <source>Time is up — discard the vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished">疫苗</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::QueueModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vaccinated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting · doctor review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::ReceiveDialog</name>
    <message>
        <source>Receive a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the DataMatrix code on a box: it fills vaccine, lot and expiry. Then scan the 20-digit trace code of every box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box trace codes scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code: %1 was already scanned for this delivery; scan the next box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: this is neither the DataMatrix code of a box nor a 20-digit trace code. Scan the box again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: GTIN %1 is not a vaccine of the catalog; choose the vaccine by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: the scan field still holds &quot;%1&quot;; press Enter to use it or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine: choose the vaccine, or scan the box&apos;s DataMatrix code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::ScreeningToggles</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::StaffModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::StockPage</name>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive… (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count &amp;&amp; reconcile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;red&lt;/b&gt;: expired or quarantined&lt;/span&gt; · &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;amber&lt;/b&gt;: expires within %3 days&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 doses of lot %2 (%3 box codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot: select a lot in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::TransferDialog</name>
    <message>
        <source>Move doses to another fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 doses of lot %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::UpcomingWorkspace</name>
    <message>
        <source>Desk</source>
        <translation>接種臺</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>留觀</translation>
    </message>
    <message>
        <source>Stock &amp; cold chain</source>
        <translation>庫存與冷鏈</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日結</translation>
    </message>
    <message>
        <source>Check-in (ID card or QR scan, screening, consent, queue number) and the injection checklist 三查七对一验证.</source>
        <translation>登記（身份證或二維碼掃描、健康詢問、知情同意、排隊號）以及接種前的“三查七對一驗證”。</translation>
    </message>
    <message>
        <source>The 30-minute observation board, departures and adverse events.</source>
        <translation>30 分鐘留觀看板、離開登記和疑似預防接種異常反應。</translation>
    </message>
    <message>
        <source>Lots and box codes, open vials, fridge temperatures, excursions and quarantine.</source>
        <translation>批號與追溯碼、已開啟疫苗瓶、冰箱溫度、溫度超標與隔離。</translation>
    </message>
    <message>
        <source>Day close, reconciliation and the signed export to the district.</source>
        <translation>日結、庫存核對以及上報區縣的簽名資料匯出。</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The screens of this workspace are not in this version yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;本版本尚未包含此工作區的介面。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vax::ui::UsersPage</name>
    <message>
        <source>Staff and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock a desk after this many minutes without input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export signing key is kept in the system keychain when one answers. Press &quot;Check keychain&quot; to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a site administrator manages accounts. You can set your own PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: the two entries differ; add the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (they should change it at their next sign-in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My unlock PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 6 digits. The PIN only unlocks your own locked desk; signing in always needs the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is set. It unlocks your desk after the idle lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks now lock after %1 minute(s) without input; this applies at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the system keychain (at most %1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::WasteDialog</name>
    <message>
        <source>Book wasted doses</source>
        <translation type="unfinished">登記損耗劑次</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vial time over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1 doses of lot %2 as wasted (%3).</source>
        <translation type="unfinished">已將批號 %2 的 %1 劑登記為損耗（%3）。</translation>
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
        <source>Usage: vaxctl [--db PATH] [--json] COMMAND [ARGS]
VaxPoint&apos;s command line. --db defaults to the GUI&apos;s database; --json prints one JSON object per line.

Commands:
</source>
        <translation>用法：vaxctl [--db 路徑] [--json] 命令 [引數]
VaxPoint 命令列工具。--db 預設為圖形介面使用的資料庫；--json 每行輸出一個 JSON 物件。

命令：
</translation>
    </message>
    <message>
        <source>
Run &quot;vaxctl COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
執行“vaxctl 命令 --help”檢視該命令的選項。
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;vaxctl --help&quot; for the list of commands.</source>
        <translation>未知命令“%1”。執行“vaxctl --help”檢視命令列表。</translation>
    </message>
    <message>
        <source>Global options: --db PATH, --json
</source>
        <translation>全域性選項：--db 路徑，--json
</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for its options.</source>
        <translation>執行“%1 --help”檢視其選項。</translation>
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
        <translation>培訓資料庫：演示賬號 %1 / %2，演示批號在 1 號冰箱。</translation>
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
        <translation>接種點程式碼，例如 BJ-CY-001</translation>
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
        <translation>帶演示資料和演示賬號的培訓資料庫</translation>
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
        <translation>未知的 --type“%1”；請使用 resident_id、residence_permit、home_return_permit、taiwan_permit、foreign_permanent_residence 或 passport。</translation>
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
        <translation>記住此資料夾（例如 U 盤），今後每次備份都額外複製一份到這裡</translation>
    </message>
    <message>
        <source>Check identity document numbers</source>
        <translation>校驗身份證件號碼</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Document type, e.g. resident_id, passport</source>
        <translation>證件型別，例如 resident_id、passport</translation>
    </message>
    <message>
        <source>Passport country (ISO alpha-3)</source>
        <translation>護照簽發國（ISO 三字母程式碼）</translation>
    </message>
    <message>
        <source>Typed birth date YYYY-MM-DD</source>
        <translation>錄入的出生日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Typed sex: male or female</source>
        <translation>錄入的性別：male 或 female</translation>
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
        <translation>證件型別</translation>
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
        <source>Birth date YYYY-MM-DD</source>
        <translation>出生日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>male or female</source>
        <translation>male 或 female</translation>
    </message>
    <message>
        <source>A screening question answered yes (repeat)</source>
        <translation>回答“是”的健康詢問問題（可重複）</translation>
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
        <source>Actor: give --actor USERNAME, the staff member doing this.</source>
        <translation>操作人：請用 --actor 使用者名稱 指定執行此操作的工作人員。</translation>
    </message>
    <message>
        <source>Actor: no active staff member &quot;%1&quot;; check the username.</source>
        <translation>操作人：沒有在職工作人員“%1”；請核對使用者名稱。</translation>
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
        <translation>批號 %1：賬面 %2，實盤 %3，差異 %4。</translation>
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
        <source>Staff username acting</source>
        <translation>執行操作的工作人員使用者名稱</translation>
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
        <translation>目錄產品程式碼</translation>
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
        <translation>匯入記錄儀檔案（LogTag CSV、Fridge-tag、timestamp,celsius CSV）</translation>
    </message>
    <message>
        <source>logtag, fridgetag or plain (default: detect)</source>
        <translation>logtag、fridgetag 或 plain（預設：自動識別）</translation>
    </message>
    <message>
        <source>Logger file</source>
        <translation>記錄儀檔案</translation>
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
        <source>Release quarantined lots</source>
        <translation>解除批號隔離</translation>
    </message>
    <message>
        <source>Discard quarantined lots</source>
        <translation>報廢隔離批號</translation>
    </message>
    <message>
        <source>Unknown --doc-type &quot;%1&quot;; use resident_id, residence_permit, home_return_permit, taiwan_permit, foreign_permanent_residence or passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --link PERSON_ID or --confirm-new, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same command again with --link PERSON_ID (the same person: the document is added to them) or with --confirm-new (a different person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document: --doc NUMBER [--doc-type T].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document added to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in: screening says %1 (%2). The deferral is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one visit id: vaxctl visit cancel VISIT_ID --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type (default: from the number&apos;s shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a person without a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When screening says defer or contraindicated, record the deferral instead of failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a waiting visit out of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the persons screening sent home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--people: give how many persons to create, e.g. --people 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: give the number of past days with visits, 0 to 3660, e.g. --days 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: give a whole number, e.g. --seed 42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 persons and %2 visits (seed %3) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a training database with realistic synthetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past days with visits (default 0: persons only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same people (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: give the USERNAME of the staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: no active staff member &quot;%2&quot;; check the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirm: &quot;%1&quot; is not something to confirm; use all, or vaccine, name, verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visit: give the visit id (from &quot;vaxctl queue call-next&quot; or &quot;vaxctl queue list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: give millilitres, e.g. 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose may NOT be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose %1 of %2 given (dose %3). Observe until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one dose id: vaxctl dose correct ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose %1 entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 (%2) to desk %3. Visit %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit id of the person at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vial id (multi-dose vials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box trace code (20 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection site, e.g. LD (left deltoid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, e.g. IM (default: the product&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in mL (default: the product&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product chosen for the person (catalog code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the nurse: all, or vaccine,name,verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding code a doctor overrides (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the full checklist and record a dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor&apos;s reason for an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of the doctor who overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the checklist without recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List doses of a day or of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a dose entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the next waiting person to a desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk name or number (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: copying backups elsewhere needs --actor USERNAME, a site administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site administrator doing this (needed for --to and --mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both fridges: vaxctl stock transfer --lot L --from F --to F --doses N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 doses of lot %2 from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vial id: vaxctl vial draw ID (see &quot;vaxctl vial list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew one dose from vial %1 of lot %2: %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the setting: vaxctl setting get KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the setting and its value: vaxctl setting set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY: &quot;%1&quot; is not a setting vaxctl can change; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move doses of a lot between fridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge the doses leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge the doses go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one dose from an open vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a site setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock.session_end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a site setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM (24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no staff member &quot;%2&quot;; run &quot;vaxctl user list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pass --password-stdin and type it, or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--roles: give one or more of registrar, vaccinator, doctor, stock_keeper, site_admin, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one username, e.g. vaxctl user disable nurse.li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password (first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 reset by %2; any lockout is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN (first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password, to confirm (second line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of %1 cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of %1 set; it unlocks only their own locked session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks lock after %1 minute(s) without input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member doing this (default on training data: demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account (site administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as on records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrar, vaccinator, doctor, stock_keeper, site_admin (one or several, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input (or set VAXPOINT_USER_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one&apos;s own password, or reset someone&apos;s as an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from standard input: the current password then the new one (own), or only the new one (reset); or set VAXPOINT_OLD_PASSWORD and VAXPOINT_USER_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable a staff account (records keep its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a staff account again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a staff member&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one&apos;s own unlock PIN (4–6 digits), or clear one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PIN then the password from standard input (or set VAXPOINT_USER_PIN and VAXPOINT_USER_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the PIN (an administrator, with --actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the system keychain answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many milliseconds (default 3000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set the idle lock minutes of the desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without input (1–60)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
