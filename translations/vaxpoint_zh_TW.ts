<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Check identity document numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type, e.g. resident_id, passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport country (ISO alpha-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed birth date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed sex: male or female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify and parse a scanned text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned text; &lt;GS&gt; stands for 0x1D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find persons by document, phone or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a person in: screening, consent, queue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting staff id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of a known person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male or female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening question answered yes (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axillary temperature in °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: add the document to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: this is a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority lane (60+, disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the queue of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day YYYY-MM-DD (default today)</source>
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
        <source>Too many wrong passwords: the account &quot;%1&quot; is locked for %2 more minute(s). Wait, or ask the site administrator.</source>
        <translation>密碼錯誤次數過多：賬號“%1”已鎖定，還需 %2 分鐘。請稍候，或聯絡接種點管理員。</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty. Enter the name as on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document does not carry a birth date. Enter the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person to link the document to was not found. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 born %2 is already registered with another document (%3). Link this document to that person or confirm that this is a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member is logged in. Log in to check people in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening found a contraindication (%1): do not vaccinate. Explain to the person and refer to a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening says defer (%1): not today. The person may come back when it has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already checked in today with number %2. Use that number.</source>
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
    <name>Consent</name>
    <message>
        <source>Consent is not recorded. Show the consent text and record its version and who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is under 18: a guardian must sign the consent. Record the guardian&apos;s name and relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian signed: enter the guardian&apos;s name and relation to the person.</source>
        <translation type="unfinished"></translation>
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
    <name>Gs1</name>
    <message>
        <source>GTIN (01) must be 14 digits; the scan gave &quot;%1&quot;. Scan the box code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN (01) %1 has a wrong check digit. Scan the box code again; if it repeats, the label is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (%1) &quot;%2&quot; is not a YYMMDD date. Scan the box code again or type the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) is empty. Scan the box code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) has %2 characters; at most %3 are allowed. Scan the box code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) contains &quot;%2&quot;, which a GS1 code cannot hold. Scan the box code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code ends in the middle of an element. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application identifier (%1) is not supported here; VaxPoint reads (01), (17), (10) and (21). Type the lot and expiry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) appears twice. Scan the box code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) needs %2 characters but the code ends early. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is empty. Scan the box code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) &quot;%2&quot; may hold further elements because the scanner sent no GS separator, so the lot or serial cannot be read safely. Set the scanner to send GS (Ctrl+]) or type the lot and expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has no GTIN (01). Scan the code on the vaccine box, not another label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDocument</name>
    <message>
        <source>%1 number: expected %2. Check the number and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H or M followed by 8 digits and an optional 2-digit renewal count, e.g. H12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits, e.g. 12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number: &quot;%2&quot; is not a country code. The first three letters are the holder&apos;s nationality (ISO 3166, e.g. USA); check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 letters and 12 digits (older card) or 18 characters starting with 9 (2023 card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 9 letters or digits, e.g. E12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport: the issuing country is missing. Enter its three-letter code (ISO 3166), e.g. CHN or USA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport: &quot;%1&quot; is not a country code. Enter the three-letter code (ISO 3166), e.g. CHN or USA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number is empty. Scan the card or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like any known document number. Choose the document type and check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 contradicts the %2 number, which says %3. Correct the birth date or the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 is in the future. Correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex &quot;%1&quot; contradicts the %2 number, which says &quot;%3&quot;. Correct the sex or the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong/Macao/Taiwan residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Return Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan compatriot permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign permanent residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number: expected 17 digits and a final digit or X (18 characters), got &quot;%2&quot; (%3 characters). Check the number and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number: it must start with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), not %2. Check the number or choose another document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number: region code %2 is not a Chinese province. Check the first digits of the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number: &quot;%2&quot; (digits 7–14) is not a real birth date. Check those digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number: birth date %2 is in the future. Check digits 7–14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number: the last character should be %2, not %3, so a digit is wrong. Scan the card or check each digit.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Person</name>
    <message>
        <source>A person needs a name and a birth date. Enter both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is already registered to another person. Find that person instead of adding the document again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationQr</name>
    <message>
        <source>Ask the person to open the registration page again, or type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code is not a VaxPoint registration (not readable JSON). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code is not a VaxPoint registration (its type is &quot;%1&quot;). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration QR code has version %1; this VaxPoint reads version %2. Update VaxPoint or type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration QR code has no name. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration QR code lacks a document type and number (got type &quot;%1&quot;). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration QR code has birth date &quot;%1&quot;, not YYYY-MM-DD. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration QR code has sex &quot;%1&quot;; expected male or female. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration QR code has phone &quot;%1&quot;, which is not a phone number. %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>The screening questionnaire is not a JSON object (%1). Fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening questionnaire needs a &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;feverThresholdC&quot; must be between 37.0 and 38.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening questionnaire has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening %1: &quot;id&quot; is missing, repeated or reserved. Give each question its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening question %1: &quot;outcome&quot; must be contraindicated, defer or doctor_review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening question %1: &quot;text&quot; needs a zh_CN and an en text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature %1 °C is not plausible. Measure again and enter it in °C, e.g. 36.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown screening question &quot;%1&quot;. Answer the questions of questionnaire %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening question &quot;%1&quot; is not answered. Answer yes or no.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --type &quot;%1&quot;; use resident_id, residence_permit, home_return_permit, taiwan_permit, foreign_permanent_residence or passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sex must be male or female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid %2 %3, born %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: INVALID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one scanned text: vaxctl scan parse TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --document, --phone or --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature is required, in °C, e.g. 36.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: queue number %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this folder (e.g. a USB stick) for a second copy of every backup from now on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
