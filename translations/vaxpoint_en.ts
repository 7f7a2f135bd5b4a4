<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Aefi</name>
    <message>
        <source>Dose: choose the dose this event follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: there is no dose &quot;%1&quot;. Take the id from &quot;vaxctl dose list&quot; or &quot;vaxctl observe list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: this dose was entered in error; record the event against the dose the person was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Other symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Doctor: the username or password is wrong. The doctor types their own username and password (or PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor: %1 is not a doctor, and only a doctor may override a checklist item. The doctor who decides types their own username.</source>
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
    <message>
        <source>cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s backup was not made: %1 VaxPoint keeps working and saves records as usual, but without today&apos;s backup. It tries again later; fix the cause, then make one with Administration ▸ Back up now or &quot;vaxctl backup&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
    <message>
        <source>Birth date &quot;%1&quot; is not a date. Type it as on the document, as digits: YYYYMMDD or YYYY-MM-DD, e.g. 20040229.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date is empty. Type it as on the document, as digits: YYYYMMDD or YYYY-MM-DD, e.g. 20040229.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1: there is no such day (%2-%3-%4). Check the month and the day on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 is in the future. Check the year on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 is more than 130 years ago. Check the year on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1: a guardian signs the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum age of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above the maximum age of %1 (%2)</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle entry %1 unpacks to %2 MB, more than the %3 MB a bundle entry may hold: it was not written by VaxPoint or was tampered with. It was not unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle entry %1 is damaged (%2). Ask the site to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle entry %1 unpacks to more than the %2 bytes it declares: it was tampered with. Unpacking stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle entry %1 appears twice: the bundle was repacked or tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle unpacks to more than %1 MB (at entry %2): it was not written by VaxPoint or was tampered with. It was not unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export written to the folder %1 does not read back as it was written (%2). The medium may be failing: the file was removed and nothing was recorded as exported. Choose another folder or USB drive and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export built in memory does not verify (%1); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sealed to the district: give --district-key FILE (the district.key that &apos;vaxctl key init --district&apos; wrote) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unseal into the temporary folder %1: %2. Free some space there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sealed to the district: give --district-key FILE to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 is %2 MB, more than the %3 MB a bundle may be: it was not written by VaxPoint. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds %1 entries, more than the %2 a VaxPoint bundle may hold: it was not written by VaxPoint or was tampered with. It was not unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSpan</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n month old</numerusform>
            <numerusform>%n months old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 old</source>
        <comment>an age of several parts, e.g. 1 year 6 months</comment>
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
    <message>
        <source>must be a list of component codes such as [&quot;aluminium-hydroxide&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog field &quot;seriousAllergicAefi&quot; must list AEFI symptom codes such as &quot;anaphylaxis&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Vaccination certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 by %2.
Scan the code to verify this certificate with the vaccination point&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate QR code: %1 Scan the code again, or type the certificate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a VaxPoint certificate code (it should start with VXC1/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate QR code: format %1 is not one this VaxPoint reads (it reads VXC%2). Update VaxPoint, or type the certificate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 parts separated by &quot;/&quot;; a certificate code has 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate number (like C20261122-0042).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person reference should be 16 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of doses is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number: this site issued no certificate &quot;%1&quot;. Check the number on the paper (like C20261122-0042) and the site that issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: certificate %1 was not issued to the holder of this ID document. Check the number typed against the document, or ask for the document used at the vaccination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: no person with the id &quot;%1&quot;. Find them by their document or name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no identity document on record, and a certificate is checked against one. Add their document at check-in, then print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid dose on record, so there is nothing to certify (doses entered in error do not count). Record the dose at the injection desk first, then print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid: certificate %1, issued %2, lists %n dose(s), all still on record.</source>
        <translation>
            <numerusform>Valid: certificate %1, issued %2, lists %n dose, still on record.</numerusform>
            <numerusform>Valid: certificate %1, issued %2, lists %n doses, all still on record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Superseded: certificate %1 (issued %2) lists a dose corrected since (%3). Issue a new certificate from the current record%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; issued since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: type the number of the ID document the person shows; the code is checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate QR code: it was issued by the site %1, not by this site (%2). Verify it with that site&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate QR code: it does not match certificate %1 as issued (the person reference or the doses differ). The paper may be altered: check it by its number.</source>
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
    <message>
        <source>Birth date is missing: the %1 number does not carry it. Enter the birth date from the document, e.g. 2004-02-29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>On record: %1 for %2 (%3). The scanned vaccine will be checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication on record for %1: %2 (%3, %4). Do not vaccinate whatever today&apos;s answers are; only a doctor can lift it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precaution on record for %1: %2. A doctor must decide; a doctor may allow the dose with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History judged: %1. Doses given at other desks may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History judged: %1, but %n of the person&apos;s records from other desks could not be applied here yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You confirmed that you asked the person about other doses today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person whether they had any other vaccine today, then confirm that you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site history as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk only: server unreachable since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk only: the site server was not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>the history judged, then the item&apos;s detail</comment>
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
    <name>ClockGuard</name>
    <message>
        <source>The PC&apos;s clock is behind: it says %1, but this database already holds a record written at %2, %3 later. Nothing was saved. Set the PC&apos;s clock right (date, time and time zone), or ask the site administrator to acknowledge a deliberate correction of the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC%2%3:%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockService</name>
    <message>
        <source>Reason: say why the PC&apos;s clock was corrected, e.g. &quot;clock was 3 days ahead, set right&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock tolerance: give %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
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
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reading at %2 is in the future (the site&apos;s clock says %3). Check the logger&apos;s clock and export it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the temperature is not a number between -100 and 100 °C. Fix the file or export it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logger&apos;s history has a day in the future (%1; today is %2). Check the logger&apos;s clock and export it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: &quot;%1&quot; is not a number; enter the reading in °C, e.g. 4.5.</source>
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
        <source>A guardian signed: enter the guardian&apos;s name and relation to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site setting desk.adult_age_years is &quot;%1&quot;; set it to the age in whole years from which people sign their own consent, e.g. 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is under %1: a guardian must sign the consent. Record the guardian&apos;s name and relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text version &quot;%1&quot; is not one this site uses (%2). Record the version printed on the consent text that was shown; a site administrator adds a new text with &quot;vaxctl setting set %3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s relation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contraindication</name>
    <message>
        <source>Scope &quot;%1&quot; is not understood: write all, product:CODE, group:GROUP or component:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all vaccines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vaccine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vaccines of the group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vaccines containing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adverse event after a dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precaution on record: a doctor decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication: there is no &quot;%1&quot;. Take the id from &quot;vaxctl person contraindications PERSON&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor: the doctor types their own username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor: the password was confirmed too long ago. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say what the contraindication is, e.g. &quot;anaphylaxis to neomycin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: name the product, group or component, e.g. group:covid-inactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: there is no product &quot;%1&quot; in the catalog; use its code, e.g. product:BBIBP-CorV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until: %1 is already past; give today or a later date, or none for a permanent one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: there is no person &quot;%1&quot;. Find them with &quot;vaxctl person find&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the doctor lifts it, e.g. &quot;allergy test negative&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication %1 was already lifted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
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
    <message>
        <source>The database is damaged (%1). Nothing was saved. Stop recording on this computer, keep the file as it is and call support before replacing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database %1 is read-only (a write-protected USB stick, a read-only network share, or a disk the system switched to read-only after errors). Nothing is lost and VaxPoint changed nothing. Unlock the medium, or copy the database to a writable disk, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 that holds the database cannot be written: VaxPoint keeps its journal files (-wal, -shm) beside the database. Nothing is lost and VaxPoint changed nothing. Let this account write in that folder (ask the PC&apos;s administrator), or move the database to a writable folder, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only: VaxPoint could not record anything in it. Nothing is lost and VaxPoint changed nothing. Give this account write permission on the file (its properties, or ask the PC&apos;s administrator), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full (%2 free). VaxPoint stopped before changing anything: nothing is lost. Free some space on that disk (old exports, copies, downloads, the recycle bin), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not open the database %1 (permission denied). Nothing is lost. Sign in to the PC with the account that runs VaxPoint, or ask the PC&apos;s administrator to give this account access to the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by %2, which keeps it to itself. VaxPoint waited, then stopped without changing anything: nothing is lost. Close that program (another VaxPoint window, a vaxctl command, a copy or sync tool), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a VaxPoint database (%2). VaxPoint did not change it. Check the --db path or the VAXPOINT_DB setting. If this file was the clinic&apos;s database, keep it as it is and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: there is no database in it. VaxPoint did not change it. To create a site there, run &quot;vaxctl init --db %1 --site-code … --site-name … --district …&quot;; otherwise give the right --db path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 says its schema is version %2, which no VaxPoint writes (this one knows 1 to %3). VaxPoint did not change it. Keep the file as it is and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). VaxPoint stopped and did not change the file. Keep it exactly as it is and call support before replacing anything: support can often recover records from it. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1, taken %2: every record written after that (doses, check-ins, stock) is not in it and would be lost if the backup replaced the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error on the database %1 (%2). VaxPoint stopped without changing anything. Check the disk (a failing disk, a removed USB stick, a lost network share), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with a SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program (process %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program &quot;%1&quot; (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (site time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCloseText</name>
    <message>
        <source>Date: give the day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: give the day to reopen as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is not closed, so there is nothing to reopen. Only the day closed last can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 cannot be reopened: its bundle %2 was already exported after the close. Record late work today; the next export carries it to the district.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Daily vaccination report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day closed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is not closed yet: figures may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious AEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses by age group (blue: male and unknown, orange: female)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses by product, dose number, age group and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events and wastage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AEFI: %1 (%2 serious). By severity: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted doses by reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excursions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excursion %1 in %2 from %3, %4 min, extreme %5 °C.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Fridge 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial: no vial &quot;%1&quot;. Scan the open vial again or open a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: give the doctor&apos;s reason for allowing the dose.</source>
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
    <message>
        <source>Override: only a doctor may override, with their own password or PIN typed here. Ask the doctor to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: the account &quot;%1&quot; is locked after wrong passwords or PINs. Another doctor must decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: the doctor confirmed more than %1 minutes ago. Ask the doctor to confirm again with their password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: the doctor confirmed it for another visit. Ask the doctor to confirm again for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: the doctor did not approve %1. Ask the doctor to confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: the doctor&apos;s confirmation is not on record. Ask the doctor to confirm again with their password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: this confirmation was already used for a dose. Ask the doctor to confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: it was given at desk %1 of this site, which keeps its record; correct it at desk %1. The site server would refuse a correction made here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>The folder %1 is full: %2 did not fit. Free some space on it or choose another folder (e.g. another USB drive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only (a write-protected USB drive or a medium mounted read-only): %2 was not written. Slide the drive&apos;s lock switch off or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write into the folder %1: %2 was not written. Choose a folder you can write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 stopped answering while %2 was written (was the USB drive removed?). Plug it in again, check it, and write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 already holds something named %2. Move it away or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %2 into the folder %1 (%3). Check that the folder exists, is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Output folder: %1 does not exist; create it or choose another (e.g. a USB drive).</source>
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
    <message>
        <source>Fridge name</source>
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
    <message>
        <source>%1 number: region %2 is the region of a Hong Kong, Macao or Taiwan residence permit. Choose the residence permit as the document type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPolicy</name>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that reverses the direction of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that could not be read (the text was not valid UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit. Shorten it, or check that nothing was pasted or scanned into the field twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2 (%3) at character %4. Type it again by hand: text copied from elsewhere can carry hidden characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may hold only digits, a leading +, spaces, hyphens and brackets; &quot;%2&quot; is not one. Enter the number as digits, e.g. 13800138000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 digits; a phone number has 5 to 15. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number. Enter a number between %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, outside %3. Enter a number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid time. Enter it as YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) lies in the future; the site&apos;s clock says %3. Enter the time it happened, or check the clock of the device that recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date. Enter it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) lies after today (%3). Enter the date from the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text (byte %2). Save or type it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy to a vaccine component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe reaction to an earlier dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious neurological disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncontrolled chronic disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another vaccine recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunodeficiency or immunosuppressive therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another condition for a doctor to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: dose due and intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine: appearance, lot, expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person verifies the vaccine and its expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in is not from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already vaccinated at this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication found at screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred at screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s decision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s consent missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another vaccine too recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product may not continue this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series continued with another product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series already complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too early for this dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later than recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vial of another lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vial past its discard time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vial empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vial opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code not received here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code of another lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the minimum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the maximum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the chosen vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses per vial do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong dose amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection site not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection site not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s verification not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgrade failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake clock refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake clock time invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number format wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date in the number invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration code invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration code version unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s details invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly registered already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document belongs to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s consent required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import line invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file format unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vial expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event report incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sequence broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose already corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not waiting in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last site administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training databases only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation not over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock set back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
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
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
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
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intradermal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left vastus lateralis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right vastus lateralis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left gluteus medius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right gluteus medius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adenovirus vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recombinant protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mRNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live attenuated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polysaccharide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conjugate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toxoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine box code (GS1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug trace code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precaution on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a VaxPoint database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text not known to the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge not shown back in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server refused the desk password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server of another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server newer than this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server older than this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site protocol version not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk number already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk not joined to a site server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk database older than the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s history only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site history incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose given at another desk</source>
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
    <message>
        <source>Doses: enter how many doses to move (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fridge: the doses are already in %1; choose another fridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
    <message>
        <source>Excursion: there is no excursion &quot;%1&quot;. See &quot;vaxctl excursion list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reading since the excursion ended (%2). Record a reading back in %3 first, or release with an override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s newest reading is %2 °C (%3), outside %4: the fridge is not back in range. Wait for a reading in range, or release with an override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: an override needs the reason the lots may be used although the fridge is not shown back in range (e.g. the manufacturer&apos;s stability data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Observation</name>
    <message>
        <source>Observation: there is no observation &quot;%1&quot;. Take the id from &quot;vaxctl observe list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the person left before the end of the observation, e.g. &quot;refused to wait&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation: number %1 is no longer in the observation area (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure: number %1 still has %2 to wait (until %3). If the person leaves now, record an early leave with its reason (left-early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early leave: the observation of number %1 is already over; record a normal departure instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation changed while saving; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
    <message>
        <source>record departures from the observation area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record adverse events and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue vaccination certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call the next person to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move doses between fridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or lift a person&apos;s contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve the site&apos;s conflicts</source>
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
    <name>ScanSheet</name>
    <message>
        <source>Scan practice sheet — training lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For practice on a TRAINING database only: these codes belong to its training lots, not to real vaccines. Scan the large code (GS1 box code) or a small one (box trace code) into the injection desk or the receipt dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1    Expiry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 box code (GTIN %1, serial %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— this lot number cannot be carried in a GS1 code —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lot was received without box trace codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box trace codes (药品追溯码) of this lot, one per box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This training database has no lot in stock. Receive a lot on the Stock page, then print the sheets again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
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
    <message>
        <source>Screening question %1: a contraindicating question needs &quot;remember&quot;: {&quot;scope&quot;: …} with all, product:CODE, group:G, component:C or previous_group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealSetting</name>
    <message>
        <source>The site setting %1 does not hold a district public key (x25519:…), so nothing is exported in clear. A site administrator sets it again: vaxctl export seal-to --public-key district.pub, or clears it with --clear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealingText</name>
    <message>
        <source>The sealed bundle is damaged or truncated (%1). Ask the site to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district key does not open this bundle: it was sealed to another key (another district&apos;s, or one replaced since), or it was changed. Use the district key whose public key the site has, or ask the site to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a sealed VaxPoint bundle (it does not start with %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District public key: not an X25519 key. Pass the district.pub file that &apos;vaxctl key init --district&apos; wrote (x25519:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District key: not an X25519 secret key. Pass the district.key file that &apos;vaxctl key init --district&apos; wrote (x25519-secret:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes after the header do not split into chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes follow its final chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 does not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its final chunk is missing</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The system keyring refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyText</name>
    <message>
        <source>Passphrase: the signing key is in the key file %1; give its passphrase (--passphrase-stdin or %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 To sign exports on this machine, a site administrator runs &quot;vaxctl key init --file PATH --passphrase-stdin&quot; once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key in %1 is damaged (%2). Restore it from the key backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing key in %1 yet; the first export creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file: give the path of the key file, e.g. --file /media/usb/vaxpoint-key.bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 s. If it showed a prompt, answer it and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint not recorded yet: the next export records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export signing key is kept in the key file %1 (%2), but that file is not there now: connect the drive that holds it, or restore the file from its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export signing key is in the key file %1 (%2), protected by a passphrase that every export asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export signing key is in the system keychain of this PC (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export signing key has been set up yet. The first export keeps one in the system keychain, or, where there is none, in a key file protected by a passphrase.</source>
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
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteAdmin</name>
    <message>
        <source>Idle lock: give %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text version &quot;%1&quot; contains a comma; separate versions with commas, not inside one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteCalendar</name>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone this PC knows. Give an IANA name such as Asia/Shanghai or Asia/Urumqi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteConflicts</name>
    <message>
        <source>the site server resolved it on %1 (a correction left one dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved it at desk %2 on %3: &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: say what was reviewed and decided (e.g. &quot;both doses confirmed with the person, AEFI watch noted&quot;). A conflict is resolved only with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: give its number as vaxctl site conflicts lists it (#12 is 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has not joined a site server, so it has no site conflicts to resolve (vaxctl site join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server does not answer (%1). A conflict is resolved on the server, so that every desk agrees: nothing was written. Resolve it once the server is back (vaxctl site status says when it answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict #%1: the site server has no conflict with this number. vaxctl site conflicts --all lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict #%1: the site server did not record the resolution. Nothing was written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict #%1 is resolved already: %2. Nothing was changed; the next sync shows it resolved here too.</source>
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
    <name>SiteDayClose</name>
    <message>
        <source>This desk has not joined a site server: close the day with vaxctl dayclose and vaxctl export, or join the site first (vaxctl site join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: give the day to close as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the day is closed before every desk has pushed (e.g. &quot;desk 3 broken, its records follow&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site day %1 was closed by desk %2 at %3 (bundle %4); nothing arrived late since. Each day is closed once for the whole site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records waiting unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk %1 (last contact %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site day %1 was closed by desk %2 (bundle %3). Its follow-ups are made at desk %2, which holds the bundle chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site day %1 cannot close yet: not every desk has pushed its records: %2. Sync those desks (vaxctl site sync), or a site administrator forces the close with a reason; their records then go into a follow-up bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site day %1 is being closed by desk %2 since %3: nothing was exported or recorded here. Wait for desk %2; if it stopped, its claim can be taken over after 10 minutes, or at once by a site administrator&apos;s forced close with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 no longer verifies on disk: it is not recorded as the site&apos;s day close on the server; keep it out of the district&apos;s import, check the drive and close again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The bundle %2 was written at this desk but is not the site&apos;s day close; keep it out of the district&apos;s import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteLink</name>
    <message>
        <source>The database %1 is not set up as a site server (%2). Run &quot;vaxctl site-server init&quot; on the server PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server %1 has no site recorded yet. Run &quot;vaxctl site-server init --site-code CODE&quot; on the server PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server runs a newer VaxPoint (site schema %1; this desk knows up to %2). Upgrade VaxPoint on this desk to the server&apos;s release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server has an older site schema (%1; this desk needs %2). Run &quot;vaxctl site-server init&quot; of this release on the server PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server accepts protocol %1 to %2 and this desk speaks %3: upgrade VaxPoint on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server accepts protocol %1 to %2 and this desk speaks %3: run &quot;vaxctl site-server init&quot; of this release on the server PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server %1 serves site %2, and this desk&apos;s database is site %3. Join this site&apos;s own server, or check that this is the right desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk number: give this desk&apos;s number from %1 to %2, as written on the server&apos;s set-up sheet (--desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: give the desk&apos;s password from the server&apos;s set-up sheet (--password-stdin or VAXPOINT_SITE_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is already joined to %1 as desk %2. To move it to another server or desk number, join again with --rejoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1 was joined by another installation on %2. Choose another desk number, or, if this PC replaces that desk (a reinstall), join again with --rejoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server did not confirm the join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s server password is not in %1. Join again (vaxctl site join) with the password from the server&apos;s set-up sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has not joined a site server, so it has no server password to change. Join it (vaxctl site join, or Administration ▸ Site server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: give the password &quot;vaxctl site-server desk-password --desk %1&quot; printed on the server PC (--password-stdin or VAXPOINT_SITE_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: the site server refused it for desk %1 (%2). Nothing was changed: the old password stays in %3. Type the password &quot;vaxctl site-server desk-password --desk %1&quot; printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteQueue</name>
    <message>
        <source>The site&apos;s next visit could not be brought to this desk (not pulled yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s queue kept giving visits this desk has called already; it has not pulled them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk&apos;s queue: server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk&apos;s queue: the site&apos;s queue could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server %1 did not answer within %2 ms (%3): this desk calls from its own queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteServer</name>
    <message>
        <source>The site server %1 cannot be reached (%2). Check that the server PC is on and in the same network, the cable or Wi-Fi of this PC, and the address; the desk keeps working on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server %1 does not offer an encrypted connection (TLS), and desks send records only encrypted. Run the server&apos;s set-up again (scripts/site-server.sh turns TLS on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server %1 refused the role %2 (%3). Check the desk number and type the password from the server&apos;s set-up sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this PC: install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver could not be loaded: install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk number is already joined by another PC (%1). Choose another desk number, or after reinstalling this desk&apos;s PC join again with --rejoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password belongs to another desk (%1). Give the desk number that goes with this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server refused this desk&apos;s records (%1): this database is older than what the desk already sent, as after restoring a backup or copying a disk. Nothing was sent. Pull the site&apos;s records, then join again as a new desk number (docs/site.md, &quot;The way out&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server refused this (%1): the role lacks the right. Use the owner role the set-up created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the site server was lost (%1). The desk keeps working on its own and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server could not run &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: %1 Write it as postgresql://HOST:5432/DATABASE, as the server&apos;s set-up printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the site server&apos;s address with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address holds a password, which would be stored and shown; remove it and give the password with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name or address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing after the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not create the desks&apos; roles (%2). Give it CREATEROLE (ALTER ROLE %1 CREATEROLE, as the postgres user), or let scripts/site-server.sh set the server up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server migration %1 failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server %1 has site schema %2, newer than this VaxPoint knows (up to %3). Nothing was changed. Upgrade VaxPoint on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server %1 serves site %2, not %3. Nothing was changed. Use a database of its own for site %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role %1 already exists on this PostgreSQL server but is not a desk of this database. Drop it (DROP ROLE %1, as the postgres user) or use another database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is on: desks connect with sslmode=require and send nothing unencrypted. pg_hba.conf should let the desks in only over TLS with a password: a line &quot;hostssl %1 +%2 0.0.0.0/0 scram-sha-256&quot; (and the same for the owner), and no plain &quot;host&quot; line for them (scripts/site-server.sh writes these). Keep the server&apos;s certificate and key where ssl_cert_file and ssl_key_file point; a new certificate needs only a reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is OFF on this server: every desk will refuse it (site.tls_refused). Make a certificate (openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj /CN=$(hostname) -keyout server.key -out server.crt), put both in the cluster&apos;s folder owned by postgres (key mode 0600), set ssl = on, ssl_cert_file and ssl_key_file, allow desks with &quot;hostssl %1 +%2 0.0.0.0/0 scram-sha-256&quot; in pg_hba.conf and reload PostgreSQL; scripts/site-server.sh does all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code: give the code of the site this server serves (--site-code), the same as the desks&apos; databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks: give a number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server refused the day close (%1): another desk closed this day first. Its bundle is the site&apos;s; ask that desk for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server refused the day close (%1): another desk is closing this day now. Wait for it; a claim older than 10 minutes, or a site administrator&apos;s forced close with a reason, takes it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no site schema yet. Nothing was changed. Run &quot;vaxctl site-server init --server %1 --site-code CODE --desks N&quot; first: it makes the desks and prints their passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 is not the owner of the site schema on %2 (%3 is). Nothing was changed. Give the owner&apos;s user in the address, e.g. postgresql://%3@localhost/%4, as for &quot;vaxctl site-server init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not change the desks&apos; passwords. Nothing was changed. Give it CREATEROLE (ALTER ROLE %1 CREATEROLE, as the postgres user), or let scripts/site-server.sh set the server up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1&apos;s role %2 is missing from this PostgreSQL server (dropped by hand?). Nothing was changed. Create it again as the postgres user (CREATE ROLE %2 LOGIN IN ROLE %3), then make its password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1 has no role on the site server %2 yet (its desks: %3). Nothing was changed. Make it with &quot;vaxctl site-server init --server %2 --desks %1&quot;: init prints the new desk&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk number: give the desk&apos;s number from %1 to %2 (--desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server did not quote the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server refused to set desk %1&apos;s new password (role %2). Nothing was changed. Run this as the site schema&apos;s owner with CREATEROLE (ALTER ROLE %3 CREATEROLE, as the postgres user).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSync</name>
    <message>
        <source>This desk has not joined a site server: join it first (vaxctl site join --server URL --desk N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk does not know the table %1: upgrade VaxPoint on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has a column this desk does not know (%1.%2): upgrade VaxPoint on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s id does not match its change (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server %1 did not answer within %2 ms (%3): this desk judges its own records only.</source>
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
    <message>
        <source>Name</source>
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
    <message>
        <source>Reason</source>
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
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Split the logger export (for example by month) and import the parts one by one; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most one import takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes; a logger file&apos;s lines are short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 lines, the most one import takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file. Fix the file or export it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
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
    <name>TrainingCodes</name>
    <message>
        <source>Training scan sheets are made from training databases only; %1 is the production database of site %2. Open a training database (vaxctl init --training).</source>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>Session end: &quot;%1&quot; is not a time of day; give it as HH:MM (24-hour), e.g. 17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial: this vial belongs to desk %1, which opened it; draw from it there, or open a new vial at this desk.</source>
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
    <message>
        <source>Screen number for the board (0 = first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (zh_CN, zh_TW or en): the environment variable VAXPOINT_LANG if set; else the language last chosen on the sign-in page or in the status bar; else the PC&apos;s locale (LANG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the observation board, full screen (names masked; no sign-in); on a PC joined to a site server, every desk&apos;s people</source>
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
    <name>vax::ui::AefiDialog</name>
    <message>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event following immunization — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms (press the key to tick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the other symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious — report immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;riousness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record adverse event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::BoardModel</name>
    <message>
        <source>SERIOUS adverse event — report now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AEFI</source>
        <comment>adverse event, as short as possible: a word on a board tile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min over</source>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>Birth date: the second entry %1 differs from the first %2. Type the birth date again from the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 number carries no birth date: type it from the document as digits (YYYYMMDD or YYYY-MM-DD), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the birth date a second time to confirm it, then Enter. It makes the person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under %1: a guardian signs the consent. Press Enter or G to record the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2), confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2), type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the document&apos;s number: type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date: the %1 number does not carry it. Type the birth date from the document as digits (YYYYMMDD or YYYY-MM-DD), then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the temperature in °C, e.g. 36.5 or 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on the site server: %1, registered at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::ChecklistView</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三查 Three checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>七对 Seven verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一验证 The person verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden by a doctor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Ctrl+D: doctor&apos;s decision)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::ClockPanel</name>
    <message>
        <source>Latest time written: %1&lt;br&gt;The PC&apos;s clock now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is %1 behind: every write is refused. Set the PC&apos;s clock right (date, time and time zone); if it was corrected on purpose, a site administrator acknowledges it here with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes are accepted (tolerance %1 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a site administrator may acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction acknowledged: writes at the PC&apos;s time are accepted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the PC&apos;s clock was corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::ContraindicationBox</name>
    <message>
        <source>On record from earlier visits — whatever today&apos;s answers are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a doctor can lift it: Ctrl+L.</source>
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
    <name>vax::ui::DayCloseConfirmDialog</name>
    <message>
        <source>Close the day %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Still open today:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left open today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People still under observation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vials: %1 — the %2 doses left in them will be booked as wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records not yet exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This day is already closed; closing again closes the vials opened since.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close the day, type its date %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::DayClosePage</name>
    <message>
        <source>Write the export bundle into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the signing key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the last export: zero report %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 written: %2 records (%3 doses). Give this file to the district: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet exported: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (zero report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close — %1 (closed at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Check-ins&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Doses given&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Corrected (entered in error)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Deferred&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Adverse events&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5 (%6 serious)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Doses wasted&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Vials still open&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fridge readings&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Excursions&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses by age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lot in stock was counted today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots not counted today: %1. Count them on the Stock page before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day closed. Open vials closed: %1; doses left in them booked as wasted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is sealed for the district: only the district&apos;s key opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records stay pending: export again when it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what is still open, then closes every open vial (the doses left in them are wasted) and records the day as closed once you type the day&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site administrator: undo the close until the day&apos;s bundle is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY CLOSED at %1. Check-ins and doses are still saved, under this day; the next export carries them. A site administrator can reopen the day until it is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day was not closed: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 reopened. Vials closed at the close stay closed; their waste stays booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the export signing key in a file protected by a passphrase, for a PC whose system keyring is missing or does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the system keyring… (answer the keyring&apos;s prompt: on a new desktop it asks you to choose a password for a new keyring). At most %1 s; other pages can be used meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written. If the keyring&apos;s prompt is still open, close it; to sign without the keyring, create a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key is available: create a key file protected by a passphrase, and the export goes on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no signing key, nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is now in the key file %1 (fingerprint %2); each export asks for its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::DeskPage</name>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
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
    <name>vax::ui::DoctorDecisionDialog</name>
    <message>
        <source>Doctor&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
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
    <message>
        <source>Time</source>
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
        <translation>
            <numerusform>%1 °C is OUTSIDE the allowed range: %n lot of this fridge is quarantined until a supervisor decides.</numerusform>
            <numerusform>%1 °C is OUTSIDE the allowed range: %n lots of this fridge are quarantined until a supervisor decides.</numerusform>
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
        <translation>
            <numerusform>%n new excursion; %1 lot(s) quarantined.</numerusform>
            <numerusform>%n new excursions; %1 lot(s) quarantined.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor (site administrator) decides on quarantined lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Released %n lot(s).</source>
        <translation>
            <numerusform>Released %n lot.</numerusform>
            <numerusform>Released %n lots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n lot(s); their doses in that fridge are booked as wasted (cold chain).</source>
        <translation>
            <numerusform>Discarded %n lot; its doses in that fridge are booked as wasted (cold chain).</numerusform>
            <numerusform>Discarded %n lots; their doses in that fridge are booked as wasted (cold chain).</numerusform>
        </translation>
    </message>
    <message>
        <source>Release although no reading shows the fridge back in range (override: recorded and sent to the district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 readings in the last %3 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::InjectionPanel</name>
    <message>
        <source>Next (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the recipient display; full screen on a second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the dose is recorded with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 has not been vaccinated. Press F5 again to call the next person; No. %1 stays &quot;called&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting. Check people in with F2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the person first (F5), then scan the vaccine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dose is saved. Press F5 to call the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box code: this GS1 code carries no lot number (10). Scan the box&apos;s trace code or type the lot number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a person&apos;s document. Here the vaccine is scanned: F5 calls the next person; check-in is F2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no site on that side; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here may be overridden by a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor allowed: %1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is called: press F5 to call the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet — nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dose is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved %1 — may leave observation at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given at %1: dose %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose due: dose 1 (no earlier doses); scan the vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by the earlier doses; scan the vaccine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, dose %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to give doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F5 to call the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Press F5 to call the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the vaccine box, the open vial or the lot number, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: you asked the name and it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: you looked at the vaccine and syringe (appearance, label, lot, expiry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V: the person has checked the vaccine and expiry on their screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site: L left, R right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: administer and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot administer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: — (L / R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 next · scan + Enter · Space confirm · V verified · L / R site · Enter administer · Esc back · Ctrl+D doctor · Ctrl+P certificate · F9 display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the person first (F5): the certificate is printed for the person at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the certificate is issued in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is recorded but was not printed. Press Ctrl+P to print a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is recorded but the printer refused the page. Check the printer, then press Ctrl+P to print a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1 (L / R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the site server for this person&apos;s doses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server did not answer: the checklist judges this desk&apos;s records only. Ask the person about other doses today, then press Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling the next person of the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::KeyFileDialog</name>
    <message>
        <source>Create a signing key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are signed with the site&apos;s key. Without a system keyring, the key is kept in a file protected by a passphrase: every export asks for it. Keep a copy of the file (e.g. on a USB stick) and the passphrase where a site administrator finds them: without both, this key cannot sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to type and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file: give the path of the file, e.g. on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again: the two passphrases differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::LeftEarlyDialog</name>
    <message>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent matter, had to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left without telling staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record early leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::LiftDialog</name>
    <message>
        <source>A doctor lifts a contraindication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the doctor lifts it.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: type the other staff member&apos;s username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was a scan, not a password — nothing was counted.&lt;br&gt;Type the password to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was a scan, not a password — nothing was counted.&lt;br&gt;Type your PIN or password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was a scan, not a password — nothing was counted.&lt;br&gt;Type your password to unlock.</source>
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
        <source>QUARANTINED — do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Language of the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 — checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the day&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s time zone (%1) differs from the site&apos;s (%2). VaxPoint keeps judging every date, age and expiry in the site&apos;s zone; ask the site administrator to set the PC&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC&apos;s clock says %1, %2 before the latest record (%3): nothing can be saved. Set the PC&apos;s clock right (date, time and time zone), or ask the site administrator to acknowledge a deliberate correction (Administration ▸ Clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Backup failed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO BACKUP TODAY — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b35900&apos;&gt;DAY CLOSED at %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1) was closed on the Day close page. Work is still saved under this day; a site administrator can reopen it until it is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — TRAINING — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::ObservationBoard</name>
    <message>
        <source>Observation area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s clock was changed (%1 min:s). Times on this board may be wrong — check the clock. Recorded end times were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is under observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server offline since %1 — timers of other desks may be late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::ObservationPage</name>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the queue number, then: D departure · E left early · A adverse event · Ctrl+B board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open board (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIOUS adverse event today — report to the district immediately: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s clock was changed by %1 minutes. Times left may be wrong — check the system clock. Recorded end times were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is not in the observation area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the queue number of the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 (%2) still has %3 of observation left. Reactions can start in these minutes: ask the person to stay. If they leave anyway, record an early leave with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 left early: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event recorded for number %1. SERIOUS: report to the district immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event recorded for number %1.</source>
        <translation type="unfinished"></translation>
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
        <source>Lot: no usable multi-dose lot has doses in a fridge; receive stock first.</source>
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
    <name>vax::ui::OverrideDialog</name>
    <message>
        <source>Doctor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor allows the dose despite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s username: the doctor types their username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the doctor allows the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s password or PIN: the doctor types it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::PersonCard</name>
    <message>
        <source>Dose history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F5 to call the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, dose %3, lot %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(entered in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier doses on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print certificate (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::QueueModel</name>
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
        <translation type="unfinished"></translation>
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
    <name>vax::ui::RecipientDisplay</name>
    <message>
        <source>VaxPoint — your vaccine</source>
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
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurse is preparing your vaccine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today — please ask the nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the vaccine name and the expiry date, and tell the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your birth date. If it is wrong, tell the nurse now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Vaccinated. Please wait in the observation area until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Vaccinated with %1. Please wait in the observation area until %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::ScanNotice</name>
    <message>
        <source>This is a vaccine box code. Scan it in the injection mode (F3); here scan the person&apos;s ID or QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person was scanned (%1) while %2 is being checked in. N: discard %2&apos;s check-in and start the new person · Esc: keep checking in %2</source>
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
    <name>vax::ui::SiteCloseBox</name>
    <message>
        <source>Site day close — %1: one bundle for the whole site, once every desk has pushed its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force the close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site administrator: close the site&apos;s day although the desks listed have not pushed; their records follow in a follow-up bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the site server which desks have pushed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s day was closed by desk %1 at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk has pushed: Export writes the site&apos;s day close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) have not pushed up to the close: sync them, or force the close with a reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Force the site day close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why close before every desk has pushed? (e.g. &quot;desk 3 broken, its records follow&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the day is closed before every desk has pushed; nothing was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 of the site&apos;s day written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s day was closed, forced: the desks listed send their records in a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s day was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteConflictsModel</name>
    <message>
        <source>Person %1 has dose %2 of the %3 series twice (doses %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 merged into %2 (the same document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1 changed %2 %3, which desk %4 owns; desk %4&apos;s version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 could not be applied (%n attempt(s)): %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteConflictsPanel</name>
    <message>
        <source>Site conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked and decided, e.g. both doses confirmed with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on the site server, so every desk shows it resolved after its next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record set aside is not resolved here: it applies by itself at a later sync once what it needs has arrived (or after an upgrade). Choose a conflict (a row with a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for review, as read from the site server at %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts read yet: this desk has not synced with a site server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of other desks could not be applied here and wait with their reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as a site administrator to resolve a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conflict in the list first (a row with a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution note: say what was checked and decided about #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving #%1 on the site server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 resolved on the site server; every desk shows it resolved after its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteJoinPage</name>
    <message>
        <source>Site server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed by the server&apos;s set-up (site-server.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the server&apos;s set-up sheet; kept in the system keychain, never in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over this desk number (this PC replaces a reinstalled desk, or the desk moves to another server or number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join the site server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk works alone: it has not joined a site server. Join it with the server&apos;s address, this desk&apos;s number and its password from the set-up sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is desk %1 of site %2 on %3 (joined %4). Its records are sent to the server in the background; the status bar says how it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a site administrator to join this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: type the address from the server&apos;s set-up sheet, e.g. postgresql://192.168.1.10:5432/vaxpoint_site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk password: type desk %1&apos;s password from the server&apos;s set-up sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining %1 as desk %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined: this PC is desk %1 of site %2. Its password is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk password: the server refused desk %1&apos;s password (or has no desk %1). Type the password written for desk %1 on the server&apos;s set-up sheet; if it is lost, the site technician makes a new one on the server PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: no answer from %1. Check the address on the set-up sheet, the cable or Wi-Fi, and that the server PC is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: the server at %1 does not offer encryption, so this desk will not send it a password. Run site-server.sh on the server PC (it turns encryption on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: the server runs a newer VaxPoint than this desk. Upgrade VaxPoint on this desk to the server&apos;s release, then join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: the server runs an older VaxPoint than this desk. Run &quot;vaxctl site-server init&quot; of this release on the server PC, then join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: %1 is not set up as a site server. Run site-server.sh (or &quot;vaxctl site-server init&quot;) on the server PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk number: desk %1 is already held by another installation. Choose this PC&apos;s own number from the set-up sheet, or, if this PC replaces that desk (a reinstall), tick &quot;Take over this desk number&quot; and join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk number: this PC is already joined to another server or under another number. To move it, tick &quot;Take over this desk number&quot; and join again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::SitePasswordBox</name>
    <message>
        <source>Change the server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the site technician made a new password for this desk on the server PC (vaxctl site-server desk-password), type it here. It is checked with the server first, and kept in the system keychain only if the server takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the server PC; never shown, never in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a site administrator to change the server password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: type the password the server PC printed for desk %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the new password with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: desk %1 logged in to the server with the new password, which replaced the old one in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: the server refused it for desk %1. The old password is kept. Type the password &quot;vaxctl site-server desk-password --desk %1&quot; printed on the server PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server, so the new password could not be checked; the old one is kept. Check the cable or Wi-Fi and that the server PC is on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption, so this desk will not send it a password; the old one is kept. Run site-server.sh on the server PC (it turns encryption on).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vax::ui::SiteStatusItem</name>
    <message>
        <source>Site server: not joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Site server: connected, %n record(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Site server: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Site server: offline since %1, %n record(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site server: %1, %n record(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site server: not reached yet, %n record(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 of site %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled records set aside until they can be applied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work goes on without the server: every record is saved on this desk and sent when the server answers again.</source>
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
        <translation type="unfinished"></translation>
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
    <name>vax::ui::TrainingSheetsAction</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;scan sheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable GS1 box codes and box trace codes of this training database&apos;s lots, to practise scanning at the injection desk and at receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a training database has scan sheets: this is the production database, and printed codes of its real lots could be scanned in place of a real box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is locked: unlock it first, then print the training scan sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan-practice-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the training scan sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scan sheets: %1 exists and cannot be replaced. Close it in the PDF viewer or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scan sheets saved to %1: %2 lots, %3 codes on %4 pages.</source>
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
        <translation type="unfinished"></translation>
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
        <source>Id of a known person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Discard quarantined lots</source>
        <translation type="unfinished"></translation>
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
        <source>--seed: give a whole number, e.g. --seed 42.</source>
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
        <source>Give one dose id: vaxctl dose correct ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose %1 entered in error.</source>
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
        <source>Change a site setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no staff member &quot;%2&quot;; run &quot;vaxctl user list&quot;.</source>
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
        <source>PIN of %1 cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of %1 set; it unlocks only their own locked session.</source>
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
        <source>Read the key file&apos;s passphrase from standard input (or set VAXPOINT_KEY_PASSPHRASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 doses given, %4 corrected, %5 check-ins, %6 deferred; AEFI %7 (%8 serious); %9 doses wasted; %10 lots not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day closed: %1 vials closed, %2 doses left in them wasted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: give the folder to write the bundle into, e.g. --out /media/usb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the last export: zero report %1 written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 written: %2 records (%3 immunizations, %4 patients), SHA-256 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet exported: %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the bundle to verify: vaxctl verify BUNDLE --public-key FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--public-key: give the file holding what &quot;vaxctl key show-public&quot; printed at the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: signature, every file&apos;s SHA-256 and record count%1. Bundle %2 of site %3, SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and the chain to the previous bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: pass --passphrase-stdin and type it, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is in the key file; its public key (send it to the district):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show the summary of this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the signed bundle of everything not yet exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the .zip into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past exports and records not yet exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with the site&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s previous bundle, to check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the export signing public key (created on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (created when missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: give --consent-version %1 (the consent text the person signed), with --guardian-name and --guardian-relation when a guardian signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lot %2: dose %3 given. Observe until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 %2, onset %3: %4 (%5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIOUS: report to the district immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one observation id (from &quot;vaxctl observe list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dose: give the dose id (from &quot;vaxctl observe list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the observation area, with time left (names masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of today&apos;s observations, also ended ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is up: the person leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person left before the end of the observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is sent on to a hospital or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an adverse event following immunization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the symptoms started, ISO 8601 (default now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom codes, comma-separated, e.g. dizziness,rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of an &apos;other&apos; symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild, moderate or severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non_serious or serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed, treated_on_site, referred, ambulance (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered, recovering, not_recovered, recovered_with_sequelae, fatal, unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--doses: give how many doses to administer, e.g. --doses 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stress test writes to training databases only; %1 is the production database of site %2 and was not changed. Use a training database (vaxctl init --training).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was waiting after a check-in; stopped after %1 doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer doses in a loop on a training database (crash tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses to administer; each dose id is printed once it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the generated persons (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person: give the person&apos;s id or the number of their ID document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person: nobody on record has the id or document number &quot;%1&quot;. Look them up with &quot;vaxctl person find&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 — %2, ID %3, issued %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf: vaxctl loads no GUI library and draws no pages. Print the certificate from the VaxPoint app (Ctrl+P at the desk); vaxctl records it and prints the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one certificate number (like C20261122-0042) or the text of its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one certificate number, like C20261122-0042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the ID document the person shows; the certificate must have been issued against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a vaccination certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person id or ID document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available here: the app prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a certificate as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a certificate by number or QR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number, or the text of its QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: give the number of past days with visits and doses, 0 to 3660, e.g. --days 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 persons (%2 documents), %3 visits, %4 doses, %5 lots, %6 stock movements and %7 fridge readings (seed %8) in %9 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past days with visits, doses, stock and fridge readings (default 0: persons only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date is required: the %1 number carries no birth date. Give the birth date from the document: --birth-date YYYY-MM-DD (or YYYYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date YYYY-MM-DD or YYYYMMDD; required for a new person whose document number carries none (passport, permits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest time written: %1
The PC&apos;s clock now:  %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is %1 behind the latest time written (tolerance %2 min).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes are REFUSED: set the PC&apos;s clock right (date, time and time zone), or have a site administrator run &quot;vaxctl clock acknowledge --reason TEXT --actor ADMIN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock correction acknowledged by %1: the latest time written was %2, it is now %3. Writes at the PC&apos;s time are accepted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the minutes: vaxctl clock tolerance MINUTES --actor ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock tolerance is now %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC&apos;s clock against the latest time written; whether writes are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site admin: accept a deliberate correction of the PC&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the clock was corrected (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site admin: minutes a write may be stamped before the latest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 1440 (default 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a doctor may allow it: --override %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--doctor: an override needs the username of the doctor who decides, and the doctor&apos;s password or PIN (--%1 or %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor&apos;s password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of the doctor who overrides; the doctor&apos;s password or PIN is read from --%1 or %2, never from an argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the doctor&apos;s password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 from one line of standard input (or set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 (%2), district %3, time zone %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, training database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one IANA time zone name: vaxctl site set-timezone ZONE --actor ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s time zone is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit times run forwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: %1 audit row(s) are stamped earlier than a row before them (the PC&apos;s clock went back):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row %1 (%2) at %3, after row %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s time zone, an IANA name (default Asia/Shanghai): every date, age and expiry is judged in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the site: code, name, district, time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the site&apos;s time zone (site administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA name, e.g. Asia/Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor %1: this is a production database, so vaxctl needs %1&apos;s password. Pass --password-stdin and type it as the first line of standard input, or set VAXPOINT_PASSWORD (never put it on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor %1: this needs %1&apos;s password. Pass --password-stdin and type it as the first line of standard input, or set VAXPOINT_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor %1: the username or the password is wrong. Give %1&apos;s own password (first line of --password-stdin, or VAXPOINT_PASSWORD); each wrong password counts toward locking the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor: give the USERNAME of the staff member acting, and their password with --password-stdin or VAXPOINT_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor: no active staff member &quot;%1&quot;; check the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is acting: on a production database every command that records or shows personal data needs --actor USERNAME and that person&apos;s password, exactly as at the sign-in screen (wrong passwords count toward the lockout and are audited). Give it with --password-stdin (the first line of standard input; the command&apos;s own secrets, such as a new password, follow on the next lines) or in the environment variable VAXPOINT_PASSWORD, never as an argument. A training database acts as the demo account by default, without a password. No actor is needed for commands that show no personal data: init, check-db, backup, audit verify, catalog, id check, scan parse, verify, key status|show-public, lot|vial|fridge|excursion list, setting get, export list, dayclose --date, observe list (names masked), certificate verify, --version and --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vaxctl [--db PATH] [--json] [--password-stdin] COMMAND [ARGS]
VaxPoint&apos;s command line. --db defaults to the GUI&apos;s database; --json prints one JSON object per line.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options: --db PATH, --json, --password-stdin
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of the doctor (required; the doctor&apos;s password or PIN is checked like a sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the doctor&apos;s password or PIN from standard input (or set VAXPOINT_DOCTOR_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor: give the doctor&apos;s username; only a doctor may add or lift a contraindication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSON: no person with the id or document number &quot;%1&quot;. Find them with &quot;vaxctl person find&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    lifted %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one PERSON: a person id or a document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contraindication or precaution on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be contraindication or precaution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one contraindication ID (from &quot;vaxctl person contraindications PERSON&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s contraindications and precautions on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person id or document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also lifted and expired ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor records a contraindication or precaution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contraindication or precaution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all, product:CODE, group:GROUP or component:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day it applies, YYYY-MM-DD (default: permanent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor lifts a contraindication or precaution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: give the file holding %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district&apos;s public key, district.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sealed for the district: only its key opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district&apos;s public key, district.pub; or pass --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are no longer sealed: they are signed .zip files anyone holding them can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every export (vaxctl and the Day close page) is now sealed to the district key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district&apos;s secret key, district.key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unsealed with the district key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: give an existing folder for district.key and district.pub (%1 is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a district key: replacing it would make every bundle sealed to it unreadable. Move district.key and district.pub away first, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District key pair written. Keep %1 at the district (its loss makes sealed bundles unreadable; its theft lets others read them). Give %2 to the sites: vaxctl export seal-to --public-key district.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the bundle to the district&apos;s public key in FILE (district.pub): a .zip.sealed only the district opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal every export of this site to the district&apos;s public key (site setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s public key file (district.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sealing exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle: signature, every hash, record counts, chain (a sealed one with --district-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .zip (or .zip.sealed) to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s secret key file (district.key), to open a sealed bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the signing key in a passphrase key file (no keychain), or with --district make the district&apos;s sealing key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the district&apos;s key pair for sealed bundles (district.key, district.pub) in --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for district.key and district.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pass %2 and type it, or set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff username acting; on a production database also their password (--password-stdin or VAXPOINT_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN (next line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the actor&apos;s password, then the new user&apos;s, from standard input (or set VAXPOINT_PASSWORD and VAXPOINT_USER_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from standard input: the actor&apos;s password (for one&apos;s own: the current one) then the new one; or set VAXPOINT_PASSWORD and VAXPOINT_USER_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the owner&apos;s password then the PIN from standard input (or set VAXPOINT_PASSWORD and VAXPOINT_USER_PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting key: stock.session_end, security.idle_lock_minutes or checkin.consent_versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM (24-hour); minutes; the site&apos;s consent form versions, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release quarantined lots (the fridge&apos;s newest reading must be back in range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release although no reading shows the fridge back in range; recorded and exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day (close open vials, build the summary), show a day&apos;s summary, or reopen a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen this closed day (YYYY-MM-DD; site administrator, until its bundle is exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-lot: give how many trace codes to list per lot, 0 to 1000, e.g. --per-lot 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  lot %2  expiry %3
  GS1: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  trace codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what to scan to practise with a training database&apos;s lots: GS1 box codes and box trace codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace codes to list per lot (default 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the site code with --site-code CODE (the code the desks&apos; databases have).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  desk %1: role %2, password %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server %1 for site %2: site schema %3 (was %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New desks (write each password on the set-up sheet now: it is not shown again):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks join with: vaxctl site join --server %1 --desk N --password-stdin
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s password for the site server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is desk %1 of site %2 on %3 (joined %4); its password is in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk works alone: it has not joined a site server (vaxctl site join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  desk %1: joined %2, last push %3, last pull %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Site server %1: connected. Desk %2, %n record(s) waiting.</source>
        <translation>
            <numerusform>Site server %1: connected. Desk %2, %n record waiting.</numerusform>
            <numerusform>Site server %1: connected. Desk %2, %n records waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site server %1: offline since %2. Desk %3, %n record(s) waiting.</source>
        <translation>
            <numerusform>Site server %1: offline since %2. Desk %3, %n record waiting.</numerusform>
            <numerusform>Site server %1: offline since %2. Desk %3, %n records waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Desks (as of %1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server, e.g. postgresql://192.168.1.10:5432/vaxpoint_site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or migrate the site schema on a PostgreSQL database (as its owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site this server serves (default: the site of --db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make roles for desks 1 to N (existing ones are kept); their passwords are printed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site admin: join this desk to the site server (password from --password-stdin or VAXPOINT_SITE_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s number (1 to 999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the desk number after a reinstall, or move this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server: reachable, this desk&apos;s backlog, every desk&apos;s last push and pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled records set aside (site_pending): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1 and %2: pushed %3 record(s), pulled %4 (%5 written, %6 already here, %7 kept as this desk has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) waiting to be pushed; %2 pulled record(s) set aside (site_pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval: give the pause between rounds in seconds (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push this desk&apos;s records to the site server and pull the other desks&apos;; without --once it keeps going until interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One round, then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull only (a desk the server refused as behind: pull, then join as a new desk number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between rounds without --once (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: %1 (as of %2; vaxctl site conflicts lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 double dose: person %3 has dose %4 of the %5 series twice (doses %6; desks %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 person merge: %3 (desk %4) merged into %5 (kept), same document %6 %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not applied on this desk yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4 %5 from desk %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for review, as read from the site server at %1 (vaxctl site sync reads them again).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts read yet: this desk has not synced with a site server (vaxctl site sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflict(s) waiting for review (vaxctl site conflicts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size: give the rows per batch, from 1 to 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per batch (default 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History judged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server cannot be asked: the nurse asked the person about other doses today (the checklist asks for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 (%2) to desk %3. Visit %4. Taken from: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: give the day to close as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site day %1: follow-up %2 written (%3 records), chained to the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site day %1 closed: %2 written (%3 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced (%1); not pushed: %2. Their records go into a follow-up: run site close again once they synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --once: start a round as soon as another desk pushes (PostgreSQL LISTEN/NOTIFY), not only every --interval seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site admin: close the site&apos;s day once every desk has pushed, and write the site&apos;s signed bundle (--force --reason TEXT closes without a desk; its records follow in a follow-up bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to close (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the bundle into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close although desks have not pushed, or take over another desk&apos;s close in progress (needs --reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the close is forced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1 (role %2) has a new password: %3
Write it on the set-up sheet now: it is not shown again. The old password no longer works. On desk %1: vaxctl site password --password-stdin (or Administration ▸ Site server ▸ Change the server password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s new password for the site server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1 logged in to %2 with the new password; it replaced the old one in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; resolved by the site server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; resolved %1 by %2 at desk %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pending: %1 %2 from desk %3, waiting since %4 (%n attempt(s)): %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pulled record(s) could not be applied at this desk and wait with their reason; they are tried again at every sync and after an upgrade.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give one conflict number as vaxctl site conflicts lists it: vaxctl site conflicts resolve 12 --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict #%1 resolved on the site server; every desk shows it resolved after its next sync.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new password for one desk&apos;s role (as the owner, like init); it is printed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site admin: keep the desk&apos;s new server password after it logs in with it (from --password-stdin or VAXPOINT_SITE_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person merges, double doses and other desks&apos; records set aside here, waiting for review, as this desk last read them from the site server (works offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the conflicts already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site admin: close a site conflict after review, with a note (on the site server, so every desk agrees; refused offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict&apos;s number (#12 is 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reviewed and decided (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
