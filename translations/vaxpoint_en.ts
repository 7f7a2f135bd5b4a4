<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit row %1 is missing (the next row is %2): a row was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is out of sequence: a row was inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 does not follow row %2: a row was inserted, deleted or replaced before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log ends at row %1 but its head records row %2: rows were deleted from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has rows after its recorded head (row %1): a row was appended outside VaxPoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Username or password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask the site administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account &quot;%1&quot; is locked for %2 more minute(s). Wait, or ask the site administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup into %1 failed: %2. Check that the folder exists, is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the backup there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>product #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required text is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;zh_CN&quot; and &quot;en&quot; texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs both a &quot;zh_CN&quot; and an &quot;en&quot; text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a span such as &quot;P18Y&quot;, &quot;P6M&quot;, &quot;P4W&quot; or &quot;P21D&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unknown; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CVX code is 1 to 3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of millilitres above 0 and at most 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of site codes such as [&quot;LD&quot;, &quot;RD&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an injected vaccine needs at least one site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multi-dose vial needs the hours it may be used after opening (WHO default: 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above minAge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;doses&quot; and &quot;intervals&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;dose&quot; must be 2 to %1 and &quot;after&quot; an earlier dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose %1 has no interval rule; add one with &quot;dose&quot;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GTIN-14 with a correct check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is not valid JSON (at byte %1: %2). Fix the file&apos;s syntax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog field &quot;format&quot; must be 1 (this VaxPoint reads catalog format 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog field &quot;version&quot; is missing: give the catalog a version such as &quot;2021.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog field &quot;products&quot; must list at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog product %1, field &quot;code&quot;: the code is used twice; each product needs its own code.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAXPOINT_FAKE_NOW is set, but this is a production database: records must carry the real time. Unset VAXPOINT_FAKE_NOW, or use a training database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColdChain</name>
    <message>
        <source>Time: the reading is in the future; enter the time it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: %1 °C is not a plausible fridge reading; enter it in °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: this fridge already has a manual reading at that time.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found beside it: keep the file and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1: keep the damaged file, and restore that backup by copying it in place of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program holds it (%1). Nothing was saved; close the other program or wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (%1). Nothing was saved; check the file&apos;s permissions and the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged (%1). Stop using this computer for records and restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;vaxctl init&quot; or start VaxPoint once, or pass the right --db path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer VaxPoint (schema %2; this program knows up to %3). Install the newer VaxPoint; this one will not touch the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check the path and your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused write-ahead logging (%1). Move it to a local disk; network drives are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema %1 and needs %2. Open it with VaxPoint or run &quot;vaxctl check-db&quot; to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database was left at schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fridge</name>
    <message>
        <source>Name: give the fridge a name, e.g. &quot;Fridge 2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds: the minimum (%1 °C) must be below the maximum (%2 °C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms: the freeze limit must be below the minimum and both alarm delays must be positive minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a fridge named &quot;%1&quot; exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge: no fridge &quot;%1&quot;. Give a fridge&apos;s name or id (see &quot;vaxctl fridge list&quot;).</source>
        <translation type="unfinished"></translation>
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
    <name>Lot</name>
    <message>
        <source>Product: &quot;%1&quot; is not in the catalog. Use a code from &quot;vaxctl catalog list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number: enter the lot printed on the box (1 to 20 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: enter the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: the lot expired on %1; do not receive expired vaccine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: enter the number of vials or of doses received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: %1 vials of %2 hold %3 doses, not %4. Correct the vials or the doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code: &quot;%1&quot; is not a 20-digit trace code. Scan the box&apos;s trace code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: lot %1 is already in stock with expiry %2. Check the box; one lot has one expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code: %1 was already received. Set that box aside and check the delivery note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot: no lot &quot;%1&quot;. Give a lot number or id from &quot;vaxctl lot list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot: &quot;%1&quot; is the number of several lots; give the lot&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is quarantined after a temperature excursion. A supervisor must release it before use; take another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is %2 and cannot be used; take another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 expired on %2; book it as wasted (expired) and take another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses: enter how many doses were wasted (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotLedger</name>
    <message>
        <source>Doses: a movement needs a number of doses other than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses: only %1 doses of this lot are in the fridge; %2 cannot be taken out. Count the stock and correct it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer: give a positive number of doses and two different fridges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotQuarantine</name>
    <message>
        <source>Actor: only a supervisor (site administrator) may release or discard quarantined lots; ask one to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the lots are released or discarded (e.g. the manufacturer&apos;s stability data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excursion: no quarantined lot for excursion &quot;%1&quot;%2. See &quot;vaxctl excursion list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot: this lot was already %1 for this excursion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excursion: every lot of this excursion was already decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>Hashing the password ran out of memory. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use at least 8 characters, not only digits.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site administrator</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name: enter the vaccination point&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District: enter the district that receives this site&apos;s reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator: a production site needs the first administrator&apos;s username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge 1 (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no site yet. Create it with &quot;vaxctl init --site-code … --site-name … --district …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already belongs to site %1. Use another --db path for a new site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteContext</name>
    <message>
        <source>Training vaccination point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training district</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Username: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s full name as it should appear on records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: give at least one role (registrar, vaccinator, doctor, stock_keeper, site_admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: &quot;%1&quot; is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <source>Counted: enter the doses counted in the fridge (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: the count differs from the books by %1 doses (expected %2, counted %3); give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemperatureImport</name>
    <message>
        <source>a LogTag header line must be &quot;key,value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;index,date,time,temperature&quot; (e.g. &quot;1,2023-03-01,08:00:00,4.5&quot;), found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LogTag file has no header lines or no readings. Export it from LogTag Analyzer as CSV with its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;timestamp,celsius&quot; (e.g. &quot;2023-03-01T08:00:00+08:00,4.5&quot;), found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no readings. Each line should be &quot;timestamp,celsius&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s format was not recognised. VaxPoint imports LogTag CSV, Fridge-tag 2 / 2 L text reports and &quot;timestamp,celsius&quot; CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use logtag, fridgetag or plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Fridge-tag report: its first line should start with &quot;Device:&quot;. Export the report again from the logger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab-indented reading outside the &quot;Data:&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Fridge-tag report has no daily history and no readings. Export a report that includes the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: device &quot;%2&quot; is not a Fridge-tag 2 or 2 L; this report variant cannot be imported. Use a plain timestamp,celsius CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports of %1 sensors are not supported; only one sensor is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature unit &quot;%1&quot; is not supported; set the logger to °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alarm number was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alarm needs &quot;T AL: limit, t AL: minutes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average temperature &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm minutes &quot;%1&quot; must be a whole number from 0 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm %1 is not in the report&apos;s alarm configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1: temperature, %2: HH:MM&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this day lacks its date, minimum, maximum or average temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;YYYY-MM-DD HH:MM&lt;tab&gt;temperature&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 Fix the file or export it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vial</name>
    <message>
        <source>Session end: the site setting &quot;%1&quot; is not HH:MM; set it again, e.g. 17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 has no unopened doses in this fridge; receive stock or use an open vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial: no open vial &quot;%1&quot;; open a new vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial: this vial had to be discarded at %1; discard it and open a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial: no doses left; open a new vial.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VaxPoint vaccination point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VaxPoint cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::AdminPage</name>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Site&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1 (%2)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;District&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Database&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4 — schema %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kind&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;TRAINING&lt;/b&gt; — practice data, not for real records&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (the newest %1 are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::CatalogModel</name>
    <message>
        <source>%1 mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::LoginPage</name>
    <message>
        <source>VaxPoint sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;TRAINING DATABASE&lt;/b&gt; — practice only, not for real records.&lt;br&gt;Demo login: username &lt;b&gt;%1&lt;/b&gt;, password &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: type your username, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::MainWindow</name>
    <message>
        <source> — TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VaxPoint — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING DATABASE — practice data only; nothing here is a real vaccination record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;TRAINING&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::UpcomingWorkspace</name>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock &amp; cold chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (ID card or QR scan, screening, consent, queue number) and the injection checklist 三查七对一验证.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 30-minute observation board, departures and adverse events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots and box codes, open vials, fridge temperatures, excursions and quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close, reconciliation and the signed export to the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The screens of this workspace are not in this version yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::Workspace</name>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaxctl</name>
    <message>
        <source>--db needs a path, e.g. --db /data/site.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vaxctl [--db PATH] [--json] COMMAND [ARGS]
VaxPoint&apos;s command line. --db defaults to the GUI&apos;s database; --json prints one JSON object per line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;vaxctl COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;vaxctl --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options: --db PATH, --json
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin-user needs a password: set VAXPOINT_ADMIN_PASSWORD or pass --admin-password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created site %1 (%2) in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING database: demo login %1 / %2, demo lots in Fridge 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1: schema %2, quick_check ok.
Site %3 (%4)%5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, TRAINING data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: %1 rows, chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one catalog file: vaxctl catalog validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 is valid: %2 products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact: %1 rows, head %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a site database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code, e.g. BJ-CY-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training database with demo data and demo login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from standard input (or set VAXPOINT_ADMIN_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database: integrity, schema, audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copy the backup into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the vaccine catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a catalog JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Actor: give --actor USERNAME, the staff member doing this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: no active staff member &quot;%1&quot;; check the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: give a whole number, e.g. --%1 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: give a temperature in °C, e.g. --%1 4.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scan: GTIN %1 is not in the catalog; type --product instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scan: the box says %1 lot %2 expiry %3, which differs from what was typed; check the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 doses of lot %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened vial %1 of lot %2: %3 doses, discard at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1: expected %2, counted %3, discrepancy %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason: use broken, expired, open_vial_time, cold_chain or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1 doses of lot %2 as wasted (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added fridge %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 reading(s), %2 already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXCURSION %1 (%2, %3 °C): %4 lot(s) quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--celsius: give the temperature read, e.g. --celsius 4.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one file: vaxctl temps import FILE --fridge NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the excursion id: vaxctl excursion release|discard ID --reason TEXT [--lot LOT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1 lot(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded %1 lot(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff username acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a lot into a fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box trace code (20 digits); repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box&apos;s GS1 DataMatrix text (GTIN, expiry, lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List lots and their stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lots expiring within DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a multi-dose vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a physical count of a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book wasted doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken, expired, open_vial_time, cold_chain, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fridge with its thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum °C (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum °C (8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat alarm delay (600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze limit °C (-0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze alarm delay (60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List fridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a manual fridge reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was read (ISO 8601); default now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a logger file (LogTag CSV, Fridge-tag, timestamp,celsius CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logtag, fridgetag or plain (default: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List temperature excursions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only excursions with lots awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excursion id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release quarantined lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard quarantined lots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
