<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Sign in to services (client authentication)</source>
        <translation>Bei Diensten anmelden (Client-Authentifizierung)</translation>
    </message>
    <message>
        <source>Identify a server (TLS server)</source>
        <translation>Einen Server ausweisen (TLS-Server)</translation>
    </message>
    <message>
        <source>Sign and encrypt e-mail</source>
        <translation>E-Mails signieren und verschlüsseln</translation>
    </message>
    <message>
        <source>Sign software</source>
        <translation>Software signieren</translation>
    </message>
    <message>
        <source>Time stamping</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Sign revocation answers (OCSP)</source>
        <translation>Sperrauskünfte signieren (OCSP)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Vault passphrase</source>
        <translation>Passphrase des Tresors</translation>
    </message>
    <message>
        <source>Enter the vault passphrase. If this vault has none yet, the passphrase you enter now will protect its keys.</source>
        <translation>Geben Sie die Passphrase des Tresors ein. Hat dieser Tresor noch keine, schützt die jetzt eingegebene Passphrase seine Schlüssel.</translation>
    </message>
    <message>
        <source>CertDesk cannot ask for administrator rights here (pkexec is not installed). Run certdesk-cli with sudo instead.</source>
        <translation>CertDesk kann hier keine Administratorrechte anfordern (pkexec ist nicht installiert). Führen Sie stattdessen certdesk-cli mit sudo aus.</translation>
    </message>
    <message>
        <source>CertDesk cannot write a temporary file.</source>
        <translation>CertDesk kann keine temporäre Datei schreiben.</translation>
    </message>
    <message>
        <source>Nobody answered the request for administrator rights.</source>
        <translation>Niemand hat die Anfrage nach Administratorrechten beantwortet.</translation>
    </message>
    <message>
        <source>Administrator rights were not given, so the system trust store was not changed.</source>
        <translation>Administratorrechte wurden nicht erteilt; der Vertrauensspeicher des Systems wurde daher nicht geändert.</translation>
    </message>
    <message>
        <source>Changing the system trust store failed (certdesk-cli ended with code %1).</source>
        <translation>Das Ändern des Vertrauensspeichers des Systems ist fehlgeschlagen (certdesk-cli endete mit Code %1).</translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation>PEM-Text</translation>
    </message>
    <message>
        <source>DER certificate</source>
        <translation>DER-Zertifikat</translation>
    </message>
    <message>
        <source>DER certificate request</source>
        <translation>DER-Zertifikatsanfrage</translation>
    </message>
    <message>
        <source>PKCS#7 certificate chain</source>
        <translation>PKCS#7-Zertifikatskette</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>PKCS#12-Paket</translation>
    </message>
    <message>
        <source>PKCS#8 private key</source>
        <translation>privater PKCS#8-Schlüssel</translation>
    </message>
    <message>
        <source>encrypted PKCS#8 private key</source>
        <translation>verschlüsselter privater PKCS#8-Schlüssel</translation>
    </message>
    <message>
        <source>This %1 is protected by a password. Enter the password you were given with it.</source>
        <translation>Dies (%1) ist durch ein Passwort geschützt. Geben Sie das Passwort ein, das Sie dazu erhalten haben.</translation>
    </message>
    <message>
        <source>The password is wrong for this %1, or the file is damaged. Check capital letters and the keyboard layout, then try again.</source>
        <translation>Das Passwort passt nicht zu diesem Inhalt (%1), oder die Datei ist beschädigt. Prüfen Sie Groß- und Kleinschreibung und die Tastaturbelegung und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This PKCS#7 file holds no certificates (it is of type %1).</source>
        <translation>Diese PKCS#7-Datei enthält keine Zertifikate (sie hat den Typ %1).</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>A private key in the file is damaged or of a kind CertDesk cannot read.</source>
        <translation>Ein privater Schlüssel in der Datei ist beschädigt oder von einer Art, die CertDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>PEM block %1 in the file is damaged or cut short (its BEGIN and END lines do not match, or its base64 text is broken). Ask for the file again.</source>
        <translation>PEM-Block %1 in der Datei ist beschädigt oder abgeschnitten (seine BEGIN- und END-Zeilen passen nicht zusammen, oder sein Base64-Text ist fehlerhaft). Fordern Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>Certificate %1 in the file is damaged.</source>
        <translation>Zertifikat %1 in der Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The certificate request in the file is damaged.</source>
        <translation>Die Zertifikatsanfrage in der Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The PKCS#7 block in the file is damaged.</source>
        <translation>Der PKCS#7-Block in der Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>A “%1” block was skipped; CertDesk does not use it.</source>
        <translation>Ein Block „%1“ wurde übersprungen; CertDesk verwendet ihn nicht.</translation>
    </message>
    <message>
        <source>The file looks like PEM text but holds no complete block.</source>
        <translation>Die Datei sieht wie PEM-Text aus, enthält aber keinen vollständigen Block.</translation>
    </message>
    <message>
        <source>The file holds no certificate, request or private key.</source>
        <translation>Die Datei enthält weder Zertifikat noch Anfrage noch privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key uses an algorithm CertDesk cannot read.</source>
        <translation>Der private Schlüssel verwendet einen Algorithmus, den CertDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The file is cut short: it announces %1 bytes but holds only %2. Ask for the file again.</source>
        <translation>Die Datei ist abgeschnitten: Sie kündigt %1 Bytes an, enthält aber nur %2. Fordern Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>CertDesk does not recognise this file: it is not a certificate, a certificate request, a PKCS#7 chain, a PKCS#12 bundle or a private key, or it is damaged.</source>
        <translation>CertDesk erkennt diese Datei nicht: Sie ist weder ein Zertifikat noch eine Zertifikatsanfrage, eine PKCS#7-Kette, ein PKCS#12-Paket oder ein privater Schlüssel, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate bundle.</source>
        <translation>Die Datei ist zu groß für ein Zertifikatspaket.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a certificate bundle.</source>
        <translation>„%1“ ist zu groß für ein Zertifikatspaket.</translation>
    </message>
    <message>
        <source>CertDesk cannot read “%1”: %2.</source>
        <translation>CertDesk kann „%1“ nicht lesen: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a readable certificate.</source>
        <translation>Dies ist kein lesbares Zertifikat.</translation>
    </message>
    <message>
        <source>The request names nobody: give a subject (for example CN=Alice Example) or at least one alternative name.</source>
        <translation>Die Anfrage nennt niemanden: Geben Sie einen Inhaber an (zum Beispiel CN=Erika Mustermann) oder mindestens einen alternativen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a key usage; use %2.</source>
        <translation>„%1“ ist keine Schlüsselverwendung; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>“%1” is not an extended key usage; use a name such as clientAuth, serverAuth, emailProtection, codeSigning, or a dotted OID.</source>
        <translation>„%1“ ist keine erweiterte Schlüsselverwendung; verwenden Sie einen Namen wie clientAuth, serverAuth, emailProtection, codeSigning oder eine OID mit Punkten.</translation>
    </message>
    <message>
        <source>A custom profile needs at least one key usage or extended key usage.</source>
        <translation>Ein benutzerdefiniertes Profil braucht mindestens eine Schlüsselverwendung oder erweiterte Schlüsselverwendung.</translation>
    </message>
    <message>
        <source>An e-mail certificate needs the e-mail address as an alternative name (for example --san email:alice@example.org); mail programs look only there.</source>
        <translation>Ein E-Mail-Zertifikat braucht die E-Mail-Adresse als alternativen Namen (zum Beispiel --san email:alice@example.org); E-Mail-Programme suchen nur dort.</translation>
    </message>
    <message>
        <source>A server certificate needs at least one DNS name or IP address as an alternative name (for example --san dns:www.example.org); browsers ignore the common name.</source>
        <translation>Ein Serverzertifikat braucht mindestens einen DNS-Namen oder eine IP-Adresse als alternativen Namen (zum Beispiel --san dns:www.example.org); Browser ignorieren den allgemeinen Namen.</translation>
    </message>
    <message>
        <source>There is no key to sign the request with.</source>
        <translation>Es gibt keinen Schlüssel, mit dem die Anfrage signiert werden kann.</translation>
    </message>
    <message>
        <source>CertDesk could not put the subject name and key into the request.</source>
        <translation>CertDesk konnte Inhabername und Schlüssel nicht in die Anfrage schreiben.</translation>
    </message>
    <message>
        <source>CertDesk could not encode the request&apos;s extensions.</source>
        <translation>CertDesk konnte die Erweiterungen der Anfrage nicht kodieren.</translation>
    </message>
    <message>
        <source>CertDesk could not add the extensions to the request.</source>
        <translation>CertDesk konnte die Erweiterungen nicht zur Anfrage hinzufügen.</translation>
    </message>
    <message>
        <source>CertDesk could not sign the request with the new key.</source>
        <translation>CertDesk konnte die Anfrage nicht mit dem neuen Schlüssel signieren.</translation>
    </message>
    <message>
        <source>This is not a readable certificate request.</source>
        <translation>Dies ist keine lesbare Zertifikatsanfrage.</translation>
    </message>
    <message>
        <source>The subject name has an empty part; remove the extra comma.</source>
        <translation>Der Inhabername hat einen leeren Teil; entfernen Sie das überzählige Komma.</translation>
    </message>
    <message>
        <source>“%1” in the subject name has no “=”; write it as TYPE=value, for example CN=Alice Example.</source>
        <translation>„%1“ im Inhabernamen hat kein „=“; schreiben Sie es als TYP=Wert, zum Beispiel CN=Erika Mustermann.</translation>
    </message>
    <message>
        <source>The subject name ends with a lone backslash; write \\ for a backslash.</source>
        <translation>Der Inhabername endet mit einem einzelnen Backslash; schreiben Sie \\ für einen Backslash.</translation>
    </message>
    <message>
        <source>The subject name has an unknown escape “\%1”; escape special characters as \, \+ \&quot; \\ or two hex digits.</source>
        <translation>Der Inhabername enthält eine unbekannte Maskierung „\%1“; maskieren Sie Sonderzeichen als \, \+ \&quot; \\ oder mit zwei Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The subject name has a “+” (several values in one part), which CertDesk does not request; write \+ for a plus sign in a value.</source>
        <translation>Der Inhabername enthält ein „+“ (mehrere Werte in einem Teil), was CertDesk nicht beantragt; schreiben Sie \+ für ein Pluszeichen in einem Wert.</translation>
    </message>
    <message>
        <source>The subject name ends with a comma; remove it.</source>
        <translation>Der Inhabername endet mit einem Komma; entfernen Sie es.</translation>
    </message>
    <message>
        <source>“%1” is not a subject attribute CertDesk knows; use CN, O, OU, L, ST, C, emailAddress, DC, UID, serialNumber, GN or SN.</source>
        <translation>„%1“ ist kein Inhaberattribut, das CertDesk kennt; verwenden Sie CN, O, OU, L, ST, C, emailAddress, DC, UID, serialNumber, GN oder SN.</translation>
    </message>
    <message>
        <source>The %1 (%2=) is empty; fill it in or leave it out.</source>
        <translation>Das Feld %1 (%2=) ist leer; füllen Sie es aus oder lassen Sie es weg.</translation>
    </message>
    <message>
        <source>The country (C=%1) must be a two-letter code such as DE, FR or US.</source>
        <translation>Das Land (C=%1) muss ein Code aus zwei Buchstaben sein, etwa DE, AT oder CH.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; certificates allow at most %3.</source>
        <translation>Das Feld %1 ist %2 Zeichen lang; Zertifikate erlauben höchstens %3.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is encrypted with %1, an old algorithm, and this system&apos;s OpenSSL has no legacy support to read it. Ask for the bundle again in a modern format (AES-256), or export it again from the program that made it.</source>
        <translation>Dieses PKCS#12-Paket ist mit %1 verschlüsselt, einem alten Algorithmus, und das OpenSSL dieses Systems hat keine Legacy-Unterstützung, um es zu lesen. Fordern Sie das Paket in einem modernen Format (AES-256) erneut an, oder exportieren Sie es noch einmal aus dem Programm, das es erstellt hat.</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle is damaged: %1. Ask for the file again.</source>
        <translation>Das PKCS#12-Paket ist beschädigt: %1. Fordern Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>its contents cannot be unpacked</source>
        <translation>sein Inhalt lässt sich nicht entpacken</translation>
    </message>
    <message>
        <source>a section cannot be read</source>
        <translation>ein Abschnitt lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>its certificate section cannot be decrypted</source>
        <translation>sein Zertifikatsabschnitt lässt sich nicht entschlüsseln</translation>
    </message>
    <message>
        <source>A section of type %1 was skipped.</source>
        <translation>Ein Abschnitt vom Typ %1 wurde übersprungen.</translation>
    </message>
    <message>
        <source>This bundle was made with %1, an old algorithm; CertDesk read it with OpenSSL&apos;s legacy support. Exports from CertDesk use modern algorithms.</source>
        <translation>Dieses Paket wurde mit %1 erstellt, einem alten Algorithmus; CertDesk hat es mit der Legacy-Unterstützung von OpenSSL gelesen. Exporte aus CertDesk verwenden moderne Algorithmen.</translation>
    </message>
    <message>
        <source>its sections are nested too deeply</source>
        <translation>seine Abschnitte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation>sein privater Schlüssel lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>its private key cannot be decrypted</source>
        <translation>sein privater Schlüssel lässt sich nicht entschlüsseln</translation>
    </message>
    <message>
        <source>A certificate that is not X.509 was skipped.</source>
        <translation>Ein Zertifikat, das kein X.509-Zertifikat ist, wurde übersprungen.</translation>
    </message>
    <message>
        <source>a certificate in it cannot be read</source>
        <translation>ein enthaltenes Zertifikat lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>A part of type %1 was skipped.</source>
        <translation>Ein Teil vom Typ %1 wurde übersprungen.</translation>
    </message>
    <message>
        <source>The file is not a complete PKCS#12 bundle; it may be cut short or damaged. Ask for the file again.</source>
        <translation>Die Datei ist kein vollständiges PKCS#12-Paket; sie ist vielleicht abgeschnitten oder beschädigt. Fordern Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is protected with the integrity algorithm %1, which CertDesk cannot check. Ask for the bundle in a common format.</source>
        <translation>Dieses PKCS#12-Paket ist mit dem Integritätsalgorithmus %1 geschützt, den CertDesk nicht prüfen kann. Fordern Sie das Paket in einem gängigen Format an.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is protected by a password. Enter the password you were given with the file.</source>
        <translation>Dieses PKCS#12-Paket ist durch ein Passwort geschützt. Geben Sie das Passwort ein, das Sie mit der Datei erhalten haben.</translation>
    </message>
    <message>
        <source>The password is wrong for this PKCS#12 bundle. Check capital letters and the keyboard layout, then try again.</source>
        <translation>Das Passwort passt nicht zu diesem PKCS#12-Paket. Prüfen Sie Groß- und Kleinschreibung und die Tastaturbelegung und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This bundle has no integrity check (MAC): CertDesk cannot prove it was not altered on its way to you.</source>
        <translation>Dieses Paket hat keine Integritätsprüfung (MAC): CertDesk kann nicht nachweisen, dass es auf dem Weg zu Ihnen nicht verändert wurde.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle has no integrity check (MAC), and it did not decrypt with this password: either the password is wrong or the file is damaged.</source>
        <translation>Dieses PKCS#12-Paket hat keine Integritätsprüfung (MAC) und ließ sich mit diesem Passwort nicht entschlüsseln: Entweder ist das Passwort falsch oder die Datei beschädigt.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle has no integrity check (MAC) and is encrypted. Enter the password you were given with the file.</source>
        <translation>Dieses PKCS#12-Paket hat keine Integritätsprüfung (MAC) und ist verschlüsselt. Geben Sie das Passwort ein, das Sie mit der Datei erhalten haben.</translation>
    </message>
    <message>
        <source>A PKCS#12 bundle needs a password; many importers reject bundles without one.</source>
        <translation>Ein PKCS#12-Paket braucht ein Passwort; viele Programme lehnen Pakete ohne Passwort beim Import ab.</translation>
    </message>
    <message>
        <source>CertDesk could not build the PKCS#12 bundle.</source>
        <translation>CertDesk konnte das PKCS#12-Paket nicht erstellen.</translation>
    </message>
    <message>
        <source>CertDesk could not protect the PKCS#12 bundle.</source>
        <translation>CertDesk konnte das PKCS#12-Paket nicht schützen.</translation>
    </message>
    <message>
        <source>CertDesk could not encode the PKCS#12 bundle.</source>
        <translation>CertDesk konnte das PKCS#12-Paket nicht kodieren.</translation>
    </message>
    <message>
        <source>CertDesk could not generate a %1 key.</source>
        <translation>CertDesk konnte keinen %1-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>The stored private key is damaged.</source>
        <translation>Der gespeicherte private Schlüssel ist beschädigt.</translation>
    </message>
    <message>
        <source>The private key could not be serialised.</source>
        <translation>Der private Schlüssel konnte nicht serialisiert werden.</translation>
    </message>
    <message>
        <source>A password is needed to export a private key; an empty one is not accepted.</source>
        <translation>Zum Exportieren eines privaten Schlüssels ist ein Passwort nötig; ein leeres wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The private key could not be encrypted for export.</source>
        <translation>Der private Schlüssel konnte für den Export nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>“%1” needs a type: write dns:NAME, email:ADDRESS, uri:URI, ip:ADDRESS or upn:USER@DOMAIN.</source>
        <translation>„%1“ braucht einen Typ: Schreiben Sie dns:NAME, email:ADRESSE, uri:URI, ip:ADRESSE oder upn:BENUTZER@DOMÄNE.</translation>
    </message>
    <message>
        <source>“%1” is not a SAN type; use dns, email, uri, ip or upn.</source>
        <translation>„%1“ ist kein SAN-Typ; verwenden Sie dns, email, uri, ip oder upn.</translation>
    </message>
    <message>
        <source>The %1 alternative name is empty.</source>
        <translation>Der alternative Name (%1) ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid DNS name (letters, digits and hyphens, separated by dots).</source>
        <translation>„%1“ ist kein gültiger DNS-Name (Buchstaben, Ziffern und Bindestriche, durch Punkte getrennt).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address CertDesk can put in a certificate.</source>
        <translation>„%1“ ist keine E-Mail-Adresse, die CertDesk in ein Zertifikat schreiben kann.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URI such as https://example.org/alice.</source>
        <translation>„%1“ ist keine absolute URI wie https://example.org/alice.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a user principal name such as alice@corp.example.org.</source>
        <translation>„%1“ ist kein Benutzerprinzipalname wie alice@corp.example.org.</translation>
    </message>
    <message>
        <source>CertDesk cannot save the entry that starts it at login in %1; check that you may write to that folder.</source>
        <translation>CertDesk kann den Eintrag, der es beim Anmelden startet, nicht in %1 speichern; prüfen Sie, ob Sie in diesen Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>CertDesk cannot remove the entry that starts it at login, %1; check that you may write to its folder.</source>
        <translation>CertDesk kann den Eintrag, der es beim Anmelden startet (%1), nicht entfernen; prüfen Sie, ob Sie in seinen Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>“%1” cannot start CertDesk at login; give the program as an absolute path, without line breaks.</source>
        <translation>„%1“ kann CertDesk nicht beim Anmelden starten; geben Sie das Programm als absoluten Pfad ohne Zeilenumbrüche an.</translation>
    </message>
    <message>
        <source>CertDesk reminders</source>
        <translation>CertDesk-Erinnerungen</translation>
    </message>
    <message>
        <source>Reminds you before your certificates expire</source>
        <translation>Erinnert Sie, bevor Ihre Zertifikate ablaufen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Reached %1 on port %2.</source>
        <translation>%1 auf Port %2 erreicht.</translation>
    </message>
    <message>
        <source>Reached %1 (%2) on port %3.</source>
        <translation>%1 (%2) auf Port %3 erreicht.</translation>
    </message>
    <message>
        <source>CertDesk cannot start a TLS connection (OpenSSL failed).</source>
        <translation>CertDesk kann keine TLS-Verbindung starten (OpenSSL ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>CertDesk cannot read CA certificates from “%1”; give a PEM file of CA certificates.</source>
        <translation>CertDesk kann aus „%1“ keine CA-Zertifikate lesen; geben Sie eine PEM-Datei mit CA-Zertifikaten an.</translation>
    </message>
    <message>
        <source>The private key of %1 does not belong to its certificate, so it cannot be used to sign in.</source>
        <translation>Der private Schlüssel von %1 gehört nicht zu seinem Zertifikat und kann daher nicht zum Anmelden verwendet werden.</translation>
    </message>
    <message>
        <source>extended key usage: %1; key usage: %2</source>
        <translation>erweiterte Schlüsselverwendung: %1; Schlüsselverwendung: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 is not made for signing in to services: its certificate allows %2, but not TLS client authentication. Servers refuse it.</source>
        <translation>%1 ist nicht zum Anmelden bei Diensten gedacht: Sein Zertifikat erlaubt %2, aber keine TLS-Client-Authentifizierung. Server lehnen es ab.</translation>
    </message>
    <message>
        <source>Use another identity, or request a new certificate with the client profile (certdesk-cli request --profile client …).</source>
        <translation>Verwenden Sie eine andere Identität, oder beantragen Sie ein neues Zertifikat mit dem Client-Profil (certdesk-cli request --profile client …).</translation>
    </message>
    <message>
        <source>%1 may not be used for signatures (its key usage is %2), and signing in with a certificate is a signature. Servers refuse it.</source>
        <translation>%1 darf nicht für Signaturen verwendet werden (seine Schlüsselverwendung ist %2), und die Anmeldung mit einem Zertifikat ist eine Signatur. Server lehnen es ab.</translation>
    </message>
    <message>
        <source>valid from %1 to %2; this computer&apos;s time: %3</source>
        <translation>gültig von %1 bis %2; Zeit dieses Computers: %3</translation>
    </message>
    <message>
        <source>%1 expired on %2. Servers refuse expired certificates.</source>
        <translation>%1 ist am %2 abgelaufen. Server lehnen abgelaufene Zertifikate ab.</translation>
    </message>
    <message>
        <source>Renew it: certdesk-cli renew %1, send the request to your certificate authority, then import what it sends back with certdesk-cli import FILE --replace.</source>
        <translation>Erneuern Sie es: certdesk-cli renew %1, senden Sie die Anfrage an Ihre Zertifizierungsstelle und importieren Sie dann, was sie zurückschickt, mit certdesk-cli import DATEI --replace.</translation>
    </message>
    <message>
        <source>%1 is valid only from %2, and this computer says it is %3 now.</source>
        <translation>%1 ist erst ab %2 gültig, und laut diesem Computer ist es jetzt %3.</translation>
    </message>
    <message>
        <source>If the date is right, wait until the certificate becomes valid; if this computer&apos;s clock is wrong, correct it.</source>
        <translation>Wenn das Datum stimmt, warten Sie, bis das Zertifikat gültig wird; wenn die Uhr dieses Computers falsch geht, stellen Sie sie richtig.</translation>
    </message>
    <message>
        <source>CertDesk does not have the certificate of %1, the authority that issued %2. If it is an intermediate CA, servers that do not already know it will refuse your certificate.</source>
        <translation>CertDesk hat das Zertifikat von %1 nicht, der Stelle, die %2 ausgestellt hat. Ist es eine Zwischen-CA, lehnen Server, die sie nicht schon kennen, Ihr Zertifikat ab.</translation>
    </message>
    <message>
        <source>Import the CA certificates your certificate authority sent with your certificate (certdesk-cli import FILE); CertDesk then sends them along.</source>
        <translation>Importieren Sie die CA-Zertifikate, die Ihre Zertifizierungsstelle mit Ihrem Zertifikat geschickt hat (certdesk-cli import DATEI); CertDesk sendet sie dann mit.</translation>
    </message>
    <message>
        <source>Certificate: subject %1; issuer %2; no CA certificate for %2 in the vault or the trust store</source>
        <translation>Zertifikat: Inhaber %1; Aussteller %2; kein CA-Zertifikat für %2 im Tresor oder im Vertrauensspeicher</translation>
    </message>
    <message>
        <source>Looking up the name %1 took longer than %2 seconds. This is not a certificate problem.</source>
        <translation>Das Nachschlagen des Namens %1 dauerte länger als %2 Sekunden. Das ist kein Zertifikatsproblem.</translation>
    </message>
    <message>
        <source>Check the network connection and the name servers it uses, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Nameserver, die sie verwendet, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>getaddrinfo(%1) did not return within %2 ms</source>
        <translation>getaddrinfo(%1) kam nicht innerhalb von %2 ms zurück</translation>
    </message>
    <message>
        <source>The name servers did not answer for %1 right now. This is not a certificate problem.</source>
        <translation>Die Nameserver haben für %1 gerade nicht geantwortet. Das ist kein Zertifikatsproblem.</translation>
    </message>
    <message>
        <source>The name %1 was not found. This is not a certificate problem.</source>
        <translation>Der Name %1 wurde nicht gefunden. Das ist kein Zertifikatsproblem.</translation>
    </message>
    <message>
        <source>Check the network connection and try again in a moment.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Check the spelling of the address. If it is right, the name may exist only inside your organisation&apos;s network: connect to its VPN and try again.</source>
        <translation>Prüfen Sie die Schreibweise der Adresse. Stimmt sie, gibt es den Namen vielleicht nur im Netz Ihrer Organisation: Verbinden Sie sich mit deren VPN und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2: the connection was refused. This is not a certificate problem.</source>
        <translation>Auf Port %1 von %2 nimmt nichts Verbindungen an: Die Verbindung wurde abgewiesen. Das ist kein Zertifikatsproblem.</translation>
    </message>
    <message>
        <source>Check the address and port. If they are right, the service is not running or a firewall rejects the connection: tell the service&apos;s administrators.</source>
        <translation>Prüfen Sie Adresse und Port. Stimmen sie, läuft der Dienst nicht, oder eine Firewall weist die Verbindung ab: Sagen Sie es den Administratoren des Dienstes.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 seconds. This is not a certificate problem.</source>
        <translation>%1 hat auf Port %2 nicht innerhalb von %3 Sekunden geantwortet. Das ist kein Zertifikatsproblem.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection, or the service may be reachable only through your organisation&apos;s VPN: check the network and try again.</source>
        <translation>Vielleicht verwirft eine Firewall die Verbindung, oder der Dienst ist nur über das VPN Ihrer Organisation erreichbar: Prüfen Sie das Netzwerk und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>CertDesk cannot reach %1 on port %2. This is not a certificate problem.</source>
        <translation>CertDesk kann %1 auf Port %2 nicht erreichen. Das ist kein Zertifikatsproblem.</translation>
    </message>
    <message>
        <source>Check the network connection (and a VPN, if the service needs one), then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung (und ein VPN, falls der Dienst eines braucht) und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The server uses TLS 1.2, where the client certificate travels unencrypted: anyone on the network path can see that %1 (%2) connected here.</source>
        <translation>Der Server verwendet TLS 1.2, bei dem das Client-Zertifikat unverschlüsselt übertragen wird: Jeder auf dem Netzwerkweg kann sehen, dass %1 (%2) sich hierher verbunden hat.</translation>
    </message>
    <message>
        <source>Nothing to do for the connection itself. If that matters for your privacy, ask the service&apos;s administrators to enable TLS 1.3.</source>
        <translation>Für die Verbindung selbst ist nichts zu tun. Wenn es Ihnen um Ihre Privatsphäre geht, bitten Sie die Administratoren des Dienstes, TLS 1.3 einzuschalten.</translation>
    </message>
    <message>
        <source>Negotiated TLS 1.2%1</source>
        <translation>TLS 1.2 ausgehandelt%1</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not complete the TLS handshake within %2 seconds.</source>
        <translation>%1 hat die Verbindung angenommen, den TLS-Handshake aber nicht innerhalb von %2 Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>The service may be overloaded, or this port may not speak TLS. Check the port, and try again later.</source>
        <translation>Der Dienst ist vielleicht überlastet, oder dieser Port spricht kein TLS. Prüfen Sie den Port und versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server had asked for a client certificate.</source>
        <translation>Der Server hatte nach einem Client-Zertifikat gefragt.</translation>
    </message>
    <message>
        <source>after the handshake</source>
        <translation>nach dem Handshake</translation>
    </message>
    <message>
        <source>The server accepted %1 (%2, %3).</source>
        <translation>Der Server hat %1 angenommen (%2, %3).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 works (%2, %3); no client certificate was sent.</source>
        <translation>Die TLS-Verbindung zu %1 funktioniert (%2, %3); es wurde kein Client-Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>Server certificate: subject %1; issuer %2; serial %3; valid %4 to %5; names %6</source>
        <translation>Serverzertifikat: Inhaber %1; Aussteller %2; Seriennummer %3; gültig %4 bis %5; Namen %6</translation>
    </message>
    <message>
        <source>The server&apos;s own certificate expired on %1. This is the server&apos;s problem, not your certificate&apos;s.</source>
        <translation>Das eigene Zertifikat des Servers ist am %1 abgelaufen. Das ist ein Problem des Servers, nicht Ihres Zertifikats.</translation>
    </message>
    <message>
        <source>A CA certificate the server sends (%1) expired on %2. This is the server&apos;s problem, not your certificate&apos;s.</source>
        <translation>Ein CA-Zertifikat, das der Server sendet (%1), ist am %2 abgelaufen. Das ist ein Problem des Servers, nicht Ihres Zertifikats.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrators that its certificate must be renewed (unless this computer&apos;s clock is wrong: it says %1).</source>
        <translation>Sagen Sie den Administratoren des Dienstes, dass sein Zertifikat erneuert werden muss (es sei denn, die Uhr dieses Computers geht falsch: Sie zeigt %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1, and this computer says it is %2 now.</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig, und laut diesem Computer ist es jetzt %2.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, tell the service&apos;s administrators.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers; stimmen sie, sagen Sie es den Administratoren des Dienstes.</translation>
    </message>
    <message>
        <source>Both your certificate and the server&apos;s are “not yet valid”.</source>
        <translation>Sowohl Ihr Zertifikat als auch das des Servers sind „noch nicht gültig“.</translation>
    </message>
    <message>
        <source>it is self-signed, so nobody vouches for it</source>
        <translation>es ist selbstsigniert, also bürgt niemand dafür</translation>
    </message>
    <message>
        <source>it is issued by %1, which this computer does not trust</source>
        <translation>es ist von %1 ausgestellt, dem dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>it is issued by %1, which this computer does not know (a private CA, or the server fails to send an intermediate certificate)</source>
        <translation>es ist von %1 ausgestellt, das dieser Computer nicht kennt (eine private CA, oder der Server sendet ein Zwischenzertifikat nicht mit)</translation>
    </message>
    <message>
        <source>This computer does not trust the server&apos;s own certificate: %1. This is about the server, not your certificate.</source>
        <translation>Dieser Computer vertraut dem eigenen Zertifikat des Servers nicht: %1. Das betrifft den Server, nicht Ihr Zertifikat.</translation>
    </message>
    <message>
        <source>If the service belongs to your organisation, its CA certificate must be trusted here: install it (certdesk-cli install CA-FILE --store system) or test with --ca-file CA-FILE. Otherwise do not sign in: this may not be the server you mean.</source>
        <translation>Gehört der Dienst zu Ihrer Organisation, muss ihrem CA-Zertifikat hier vertraut werden: Installieren Sie es (certdesk-cli install CA-DATEI --store system) oder testen Sie mit --ca-file CA-DATEI. Andernfalls melden Sie sich nicht an: Das ist vielleicht nicht der Server, den Sie meinen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2, the name you connected to. Either the address is not the usual one for this service, or the server is misconfigured.</source>
        <translation>Das Zertifikat des Servers gilt für %1, nicht für %2, den Namen, mit dem Sie sich verbunden haben. Entweder ist das nicht die übliche Adresse dieses Dienstes, oder der Server ist falsch eingerichtet.</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>überhaupt keinen Namen</translation>
    </message>
    <message>
        <source>Connect with the name the certificate is for, or ask the service&apos;s administrators to add %1 to its certificate.</source>
        <translation>Verbinden Sie sich mit dem Namen, für den das Zertifikat gilt, oder bitten Sie die Administratoren des Dienstes, %1 in sein Zertifikat aufzunehmen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid for %1 until %2 and issued by a trusted authority (%3).</source>
        <translation>Das Zertifikat des Servers ist für %1 bis %2 gültig und von einer vertrauenswürdigen Stelle ausgestellt (%3).</translation>
    </message>
    <message>
        <source>The server did not ask for a client certificate, so %1 was not used: whatever goes wrong with this service, your certificate is not the cause.</source>
        <translation>Der Server hat nicht nach einem Client-Zertifikat gefragt, daher wurde %1 nicht verwendet: Was auch immer bei diesem Dienst schiefgeht, Ihr Zertifikat ist nicht die Ursache.</translation>
    </message>
    <message>
        <source>If the service still refuses you, the reason lies elsewhere (account, permissions, or a different address that asks for certificates); send a report of this test (--report FILE) to its helpdesk.</source>
        <translation>Weist der Dienst Sie trotzdem ab, liegt der Grund woanders (Konto, Berechtigungen oder eine andere Adresse, die nach Zertifikaten fragt); senden Sie einen Bericht dieses Tests (--report DATEI) an seinen Helpdesk.</translation>
    </message>
    <message>
        <source>The server did not ask for a client certificate.</source>
        <translation>Der Server hat nicht nach einem Client-Zertifikat gefragt.</translation>
    </message>
    <message>
        <source>it did not name the authorities it accepts</source>
        <translation>er hat die Zertifizierungsstellen, die er akzeptiert, nicht genannt</translation>
    </message>
    <message>
        <source>it accepts certificates issued by %1</source>
        <translation>er akzeptiert Zertifikate, die von %1 ausgestellt sind</translation>
    </message>
    <message>
        <source>Acceptable CA names: (none sent)</source>
        <translation>Akzeptierte CA-Namen: (keine gesendet)</translation>
    </message>
    <message>
        <source>Acceptable CA names: %1</source>
        <translation>Akzeptierte CA-Namen: %1</translation>
    </message>
    <message>
        <source>The server asks for a client certificate (%1). CertDesk sent none, because no identity was chosen.</source>
        <translation>Der Server fragt nach einem Client-Zertifikat (%1). CertDesk hat keines gesendet, weil keine Identität gewählt wurde.</translation>
    </message>
    <message>
        <source>Test again with --identity ID (certdesk-cli list shows your identities).</source>
        <translation>Testen Sie noch einmal mit --identity ID (certdesk-cli list zeigt Ihre Identitäten).</translation>
    </message>
    <message>
        <source>These identities of yours fit: %1. Test again with --identity ID.</source>
        <translation>Diese Ihrer Identitäten passen: %1. Testen Sie noch einmal mit --identity ID.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate (%1); CertDesk sent %2.</source>
        <translation>Der Server hat nach einem Client-Zertifikat gefragt (%1); CertDesk hat %2 gesendet.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate (%1); CertDesk sent %2, which is issued under %3.</source>
        <translation>Der Server hat nach einem Client-Zertifikat gefragt (%1); CertDesk hat %2 gesendet, das unter %3 ausgestellt ist.</translation>
    </message>
    <message>
        <source>None of your identities is issued by one of them: request a certificate from one of these authorities, or ask the service&apos;s administrators which certificate it expects.</source>
        <translation>Keine Ihrer Identitäten ist von einer davon ausgestellt: Beantragen Sie ein Zertifikat bei einer dieser Stellen, oder fragen Sie die Administratoren des Dienstes, welches Zertifikat er erwartet.</translation>
    </message>
    <message>
        <source>Use one of your identities that fits instead: %1 (certdesk-cli doctor %2 --identity ID).</source>
        <translation>Verwenden Sie stattdessen eine Ihrer passenden Identitäten: %1 (certdesk-cli doctor %2 --identity ID).</translation>
    </message>
    <message>
        <source>The server accepts certificates issued by %1. %2 is issued by %3, and CertDesk does not have that authority&apos;s certificate to show how it leads to them: the chain is incomplete.</source>
        <translation>Der Server akzeptiert Zertifikate, die von %1 ausgestellt sind. %2 ist von %3 ausgestellt, und CertDesk hat das Zertifikat dieser Stelle nicht, um zu zeigen, wie es zu ihnen führt: Die Kette ist unvollständig.</translation>
    </message>
    <message>
        <source>The server accepts client certificates only from %1, but %2 is issued by %3, which is not one of them. The server will most likely refuse it.</source>
        <translation>Der Server akzeptiert Client-Zertifikate nur von %1, aber %2 ist von %3 ausgestellt, das nicht dazugehört. Der Server wird es sehr wahrscheinlich ablehnen.</translation>
    </message>
    <message>
        <source>%1 This computer&apos;s clock looks wrong (it says %2).</source>
        <translation>%1 Die Uhr dieses Computers scheint falsch zu gehen (sie zeigt %2).</translation>
    </message>
    <message>
        <source>Correct the date, time and time zone of this computer, then test again.</source>
        <translation>Stellen Sie Datum, Uhrzeit und Zeitzone dieses Computers richtig und testen Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>The server sent the TLS alert %1 (%2) %3.</source>
        <translation>Der Server hat den TLS-Alarm %1 (%2) %3 gesendet.</translation>
    </message>
    <message>
        <source> OpenSSL: %1.</source>
        <translation> OpenSSL: %1.</translation>
    </message>
    <message>
        <source> Acceptable CA names: %1.</source>
        <translation> Akzeptierte CA-Namen: %1.</translation>
    </message>
    <message>
        <source> Your identities that fit the server&apos;s list: %1.</source>
        <translation> Ihre Identitäten, die zur Liste des Servers passen: %1.</translation>
    </message>
    <message>
        <source>The server requires a client certificate and CertDesk could not send %1 (the server&apos;s signature algorithms do not fit its key).</source>
        <translation>Der Server verlangt ein Client-Zertifikat, und CertDesk konnte %1 nicht senden (die Signaturalgorithmen des Servers passen nicht zu seinem Schlüssel).</translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was sent.</source>
        <translation>Der Server verlangt ein Client-Zertifikat, und es wurde keines gesendet.</translation>
    </message>
    <message>
        <source>Use an identity with an RSA or EC P-256 key.</source>
        <translation>Verwenden Sie eine Identität mit einem RSA- oder EC-P-256-Schlüssel.</translation>
    </message>
    <message>
        <source>Test again with --identity ID, choosing the certificate this service expects.</source>
        <translation>Testen Sie noch einmal mit --identity ID und wählen Sie das Zertifikat, das dieser Dienst erwartet.</translation>
    </message>
    <message>
        <source>The server and CertDesk have no TLS version in common (the server sent %1): it probably allows only TLS 1.1 or older, which CertDesk refuses as unsafe.</source>
        <translation>Server und CertDesk haben keine gemeinsame TLS-Version (der Server hat %1 gesendet): Er erlaubt wahrscheinlich nur TLS 1.1 oder älter, was CertDesk als unsicher ablehnt.</translation>
    </message>
    <message>
        <source>The server ended the handshake with %1 before any client certificate was involved: it could not agree on how to encrypt, or it is misconfigured. This is not a problem of your certificate.</source>
        <translation>Der Server hat den Handshake mit %1 beendet, bevor ein Client-Zertifikat im Spiel war: Er konnte sich nicht auf eine Verschlüsselung einigen, oder er ist falsch eingerichtet. Das ist kein Problem Ihres Zertifikats.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrators, with a report of this test (--report FILE).</source>
        <translation>Sagen Sie es den Administratoren des Dienstes, mit einem Bericht dieses Tests (--report DATEI).</translation>
    </message>
    <message>
        <source> CertDesk could not send the certificate of %1, which issued yours; the server probably needs it to connect your certificate to an authority it trusts.</source>
        <translation> CertDesk konnte das Zertifikat von %1, das Ihres ausgestellt hat, nicht senden; der Server braucht es wahrscheinlich, um Ihr Zertifikat mit einer Stelle zu verbinden, der er vertraut.</translation>
    </message>
    <message>
        <source>Import the CA certificates your certificate authority sent with your certificate (certdesk-cli import FILE), then test again.</source>
        <translation>Importieren Sie die CA-Zertifikate, die Ihre Zertifizierungsstelle mit Ihrem Zertifikat geschickt hat (certdesk-cli import DATEI), und testen Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>The server does not trust the authority that issued %1 (%2).%3</source>
        <translation>Der Server vertraut der Stelle nicht, die %1 ausgestellt hat (%2).%3</translation>
    </message>
    <message>
        <source>Use an identity issued by an authority the server accepts: %1.</source>
        <translation>Verwenden Sie eine Identität, die von einer Stelle ausgestellt ist, die der Server akzeptiert: %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators which certificate authority they accept, and request a certificate there.</source>
        <translation>Fragen Sie die Administratoren des Dienstes, welche Zertifizierungsstelle sie akzeptieren, und beantragen Sie dort ein Zertifikat.</translation>
    </message>
    <message>
        <source>The server refused %1 because it, or a CA certificate in its chain, has expired (valid until %2).</source>
        <translation>Der Server hat %1 abgelehnt, weil es oder ein CA-Zertifikat in seiner Kette abgelaufen ist (gültig bis %2).</translation>
    </message>
    <message>
        <source>Renew it: certdesk-cli renew %1. If it is not expired, check this computer&apos;s and the server&apos;s clock.</source>
        <translation>Erneuern Sie es: certdesk-cli renew %1. Ist es nicht abgelaufen, prüfen Sie die Uhr dieses Computers und die des Servers.</translation>
    </message>
    <message>
        <source>The server refused %1 because its certificate authority has revoked it: it is no longer valid anywhere.</source>
        <translation>Der Server hat %1 abgelehnt, weil seine Zertifizierungsstelle es widerrufen hat: Es ist nirgends mehr gültig.</translation>
    </message>
    <message>
        <source>Ask your certificate authority why it was revoked and request a new certificate; do not keep using this one.</source>
        <translation>Fragen Sie Ihre Zertifizierungsstelle, warum es widerrufen wurde, und beantragen Sie ein neues Zertifikat; verwenden Sie dieses nicht weiter.</translation>
    </message>
    <message>
        <source>The server accepted %1 as genuine but does not let its owner in: the certificate is fine, the permission is missing.</source>
        <translation>Der Server hat %1 als echt anerkannt, lässt seinen Inhaber aber nicht hinein: Das Zertifikat ist in Ordnung, es fehlt die Berechtigung.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators to grant access to %1.</source>
        <translation>Bitten Sie die Administratoren des Dienstes, %1 Zugang zu gewähren.</translation>
    </message>
    <message>
        <source>The server could not accept %1: it found the certificate or its signature faulty.%2</source>
        <translation>Der Server konnte %1 nicht annehmen: Er hat das Zertifikat oder seine Signatur für fehlerhaft befunden.%2</translation>
    </message>
    <message>
        <source>Send a report of this test (--report FILE) to the service&apos;s helpdesk; if the certificate was recently renewed, make sure the new one is the one in use.</source>
        <translation>Senden Sie einen Bericht dieses Tests (--report DATEI) an den Helpdesk des Dienstes; wurde das Zertifikat kürzlich erneuert, stellen Sie sicher, dass das neue verwendet wird.</translation>
    </message>
    <message>
        <source>The server refused %1 (%2): it does not accept this kind of certificate for signing in, or does not trust its issuer %3.%4</source>
        <translation>Der Server hat %1 abgelehnt (%2): Er akzeptiert diese Art von Zertifikat nicht zum Anmelden, oder er vertraut seinem Aussteller %3 nicht.%4</translation>
    </message>
    <message>
        <source>Try one of your identities that fit the server&apos;s list: %1.</source>
        <translation>Versuchen Sie eine Ihrer Identitäten, die zur Liste des Servers passen: %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators which certificate they expect.</source>
        <translation>Fragen Sie die Administratoren des Dienstes, welches Zertifikat sie erwarten.</translation>
    </message>
    <message>
        <source>The server ended the handshake after receiving %1, without saying why (handshake_failure). Since it had asked for a client certificate, that certificate is the most likely cause: its issuer is not accepted, it is expired or revoked, or it is not allowed in.%2</source>
        <translation>Der Server hat den Handshake nach dem Empfang von %1 ohne Begründung beendet (handshake_failure). Da er nach einem Client-Zertifikat gefragt hatte, ist dieses Zertifikat die wahrscheinlichste Ursache: Sein Aussteller wird nicht akzeptiert, es ist abgelaufen oder widerrufen, oder es hat keinen Zugang.%2</translation>
    </message>
    <message>
        <source>Check the other findings above; if none explains it, send a report of this test (--report FILE) to the service&apos;s helpdesk — their server log names the reason.</source>
        <translation>Prüfen Sie die anderen Ergebnisse oben; erklärt keines davon den Fehler, senden Sie einen Bericht dieses Tests (--report DATEI) an den Helpdesk des Dienstes – dessen Serverprotokoll nennt den Grund.</translation>
    </message>
    <message>
        <source>The server ended the connection with the TLS alert %1 after receiving %2.%3</source>
        <translation>Der Server hat die Verbindung nach dem Empfang von %2 mit dem TLS-Alarm %1 beendet.%3</translation>
    </message>
    <message>
        <source>Send a report of this test (--report FILE) to the service&apos;s helpdesk; their server log names the reason.</source>
        <translation>Senden Sie einen Bericht dieses Tests (--report DATEI) an den Helpdesk des Dienstes; dessen Serverprotokoll nennt den Grund.</translation>
    </message>
    <message>
        <source>The server closed the connection right after receiving %1, without saying why. Servers do that when they refuse a certificate.</source>
        <translation>Der Server hat die Verbindung direkt nach dem Empfang von %1 ohne Begründung geschlossen. Das tun Server, wenn sie ein Zertifikat ablehnen.</translation>
    </message>
    <message>
        <source>The server closed the connection during the handshake without saying why.</source>
        <translation>Der Server hat die Verbindung während des Handshakes ohne Begründung geschlossen.</translation>
    </message>
    <message>
        <source>It had asked for a client certificate: test again with --identity ID.</source>
        <translation>Er hatte nach einem Client-Zertifikat gefragt: Testen Sie noch einmal mit --identity ID.</translation>
    </message>
    <message>
        <source>during the handshake</source>
        <translation>während des Handshakes</translation>
    </message>
    <message>
        <source>%1 answered, but not with TLS: this port serves something else (plain HTTP, for example). This is not a certificate problem.</source>
        <translation>%1 hat geantwortet, aber nicht mit TLS: Dieser Port bedient etwas anderes (zum Beispiel unverschlüsseltes HTTP). Das ist kein Zertifikatsproblem.</translation>
    </message>
    <message>
        <source>Check the port number (HTTPS is usually 443).</source>
        <translation>Prüfen Sie die Portnummer (HTTPS ist meist 443).</translation>
    </message>
    <message>
        <source>The server offers only TLS versions older than 1.2, which CertDesk refuses as unsafe. This is not a problem of your certificate.</source>
        <translation>Der Server bietet nur TLS-Versionen älter als 1.2 an, die CertDesk als unsicher ablehnt. Das ist kein Problem Ihres Zertifikats.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrators that the server needs TLS 1.2 or 1.3.</source>
        <translation>Sagen Sie den Administratoren des Dienstes, dass der Server TLS 1.2 oder 1.3 braucht.</translation>
    </message>
    <message>
        <source>The TLS handshake failed for a reason CertDesk cannot explain in plain words.</source>
        <translation>Der TLS-Handshake ist aus einem Grund fehlgeschlagen, den CertDesk nicht mit einfachen Worten erklären kann.</translation>
    </message>
    <message>
        <source>Send a report of this test (--report FILE) to the service&apos;s helpdesk.</source>
        <translation>Senden Sie einen Bericht dieses Tests (--report DATEI) an den Helpdesk des Dienstes.</translation>
    </message>
    <message>
        <source>The server accepted %1 (%2).</source>
        <translation>Der Server hat %1 angenommen (%2).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 works (%2).</source>
        <translation>Die TLS-Verbindung zu %1 funktioniert (%2).</translation>
    </message>
    <message>
        <source>The TLS connection works, but the server gave no HTTP answer to a request for %1.</source>
        <translation>Die TLS-Verbindung funktioniert, aber der Server hat auf eine Anfrage nach %1 keine HTTP-Antwort gegeben.</translation>
    </message>
    <message>
        <source>If this is not a web service, test it as HOST:PORT instead of an https:// address.</source>
        <translation>Ist dies kein Webdienst, testen Sie ihn als HOST:PORT statt mit einer https://-Adresse.</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>The server&apos;s clock says %1, this computer&apos;s %2.</source>
        <translation>Die Uhr des Servers zeigt %1, die dieses Computers %2.</translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was sent (it answered “%1: No required SSL certificate was sent”).</source>
        <translation>Der Server verlangt ein Client-Zertifikat, und es wurde keines gesendet (er antwortete „%1: No required SSL certificate was sent“).</translation>
    </message>
    <message>
        <source>Test again with --identity ID; your identities that fit: %1.</source>
        <translation>Testen Sie noch einmal mit --identity ID; Ihre passenden Identitäten: %1.</translation>
    </message>
    <message>
        <source>The web server checked %1 and refused it (it answered “%2: The SSL certificate error”): it does not trust its issuer %3, or the certificate is expired or revoked.</source>
        <translation>Der Webserver hat %1 geprüft und abgelehnt (er antwortete „%2: The SSL certificate error“): Er vertraut seinem Aussteller %3 nicht, oder das Zertifikat ist abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators which certificate authority they accept.</source>
        <translation>Fragen Sie die Administratoren des Dienstes, welche Zertifizierungsstelle sie akzeptieren.</translation>
    </message>
    <message>
        <source>The connection and your certificate were accepted, but the application refused access to %1 (%2). Your certificate works; your permission for this page is missing.</source>
        <translation>Die Verbindung und Ihr Zertifikat wurden angenommen, aber die Anwendung hat den Zugriff auf %1 verweigert (%2). Ihr Zertifikat funktioniert; es fehlt Ihre Berechtigung für diese Seite.</translation>
    </message>
    <message>
        <source>The connection works, but the application refused access to %1 (%2) without a client certificate.</source>
        <translation>Die Verbindung funktioniert, aber die Anwendung hat den Zugriff auf %1 (%2) ohne Client-Zertifikat verweigert.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators to give %1 access to %2.</source>
        <translation>Bitten Sie die Administratoren des Dienstes, %1 Zugriff auf %2 zu geben.</translation>
    </message>
    <message>
        <source>The server answered the request for %1 with %2.</source>
        <translation>Der Server hat die Anfrage nach %1 mit %2 beantwortet.</translation>
    </message>
    <message>
        <source>The service has a problem of its own: try again later or tell its administrators.</source>
        <translation>Der Dienst hat ein eigenes Problem: Versuchen Sie es später noch einmal, oder sagen Sie es seinen Administratoren.</translation>
    </message>
    <message>
        <source>Check the address of the page.</source>
        <translation>Prüfen Sie die Adresse der Seite.</translation>
    </message>
    <message>
        <source>“%1” is not an address CertDesk can test; give a URL (https://example.org/path) or HOST:PORT (example.org:443).</source>
        <translation>„%1“ ist keine Adresse, die CertDesk testen kann; geben Sie eine URL (https://example.org/pfad) oder HOST:PORT (example.org:443) an.</translation>
    </message>
    <message>
        <source>CertDesk does not know the usual port for %1:// addresses; add it (%1://host:PORT).</source>
        <translation>CertDesk kennt den üblichen Port für %1://-Adressen nicht; fügen Sie ihn hinzu (%1://host:PORT).</translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535).</source>
        <translation>%1 ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import what your certificate authority sends first (certdesk-cli import FILE).</source>
        <translation>„%1“ wartet noch auf sein Zertifikat; importieren Sie zuerst, was Ihre Zertifizierungsstelle schickt (certdesk-cli import DATEI).</translation>
    </message>
    <message>
        <source>“%1” has no private key in the vault (a CA certificate, or someone else&apos;s), so it cannot sign in anywhere; choose one of your own identities.</source>
        <translation>„%1“ hat keinen privaten Schlüssel im Tresor (ein CA-Zertifikat oder das eines anderen) und kann sich daher nirgends anmelden; wählen Sie eine Ihrer eigenen Identitäten.</translation>
    </message>
    <message>
        <source>%1Subject: %2
%1Issuer:  %3
%1Serial:  %4
%1Valid:   %5 to %6
%1SHA-256: %7
</source>
        <translation>%1Inhaber:      %2
%1Aussteller:   %3
%1Seriennummer: %4
%1Gültig:       %5 bis %6
%1SHA-256:      %7
</translation>
    </message>
    <message>
        <source>CertDesk connection report
Created %1 by %2. It contains no private keys and no passwords.

</source>
        <translation>CertDesk-Verbindungsbericht
Erstellt am %1 von %2. Er enthält keine privaten Schlüssel und keine Passwörter.

</translation>
    </message>
    <message>
        <source>Target:  %1 (host %2, port %3, address %4)
</source>
        <translation>Ziel:    %1 (Host %2, Port %3, Adresse %4)
</translation>
    </message>
    <message>
        <source>none reached</source>
        <translation>keine erreicht</translation>
    </message>
    <message>
        <source>TLS:     %1
</source>
        <translation>TLS:     %1
</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>nicht aufgebaut</translation>
    </message>
    <message>
        <source>Identity: none (no client certificate offered)
</source>
        <translation>Identität: keine (kein Client-Zertifikat angeboten)
</translation>
    </message>
    <message>
        <source>Identity: %1 (ID %2)
</source>
        <translation>Identität: %1 (ID %2)
</translation>
    </message>
    <message>
        <source>Client certificate requested by the server: %1
</source>
        <translation>Client-Zertifikat vom Server verlangt: %1
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>  Acceptable CA: %1
</source>
        <translation>  Akzeptierte CA: %1
</translation>
    </message>
    <message>
        <source>  Identity that fits: %1
</source>
        <translation>  Passende Identität: %1
</translation>
    </message>
    <message>
        <source>Server certificate %1:
</source>
        <translation>Serverzertifikat %1:
</translation>
    </message>
    <message>
        <source>HTTP status: %1
</source>
        <translation>HTTP-Status: %1
</translation>
    </message>
    <message>
        <source>The test was cancelled before it finished.
</source>
        <translation>Der Test wurde abgebrochen, bevor er fertig war.
</translation>
    </message>
    <message>
        <source>
Findings:
</source>
        <translation>
Ergebnisse:
</translation>
    </message>
    <message>
        <source>    Next step: %1
</source>
        <translation>    Nächster Schritt: %1
</translation>
    </message>
    <message>
        <source>    Detail: %1
</source>
        <translation>    Detail: %1
</translation>
    </message>
    <message>
        <source>
Exit code: %1
</source>
        <translation>
Exit-Code: %1
</translation>
    </message>
    <message>
        <source>Certificate “%1” expires in 1 day</source>
        <translation>Zertifikat „%1“ läuft in 1 Tag ab</translation>
    </message>
    <message numerus="yes">
        <source>Certificate “%1” expires in %n days</source>
        <translation>
            <numerusform>Zertifikat „%1“ läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat „%1“ läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>To renew it, run: %1</source>
        <translation>Zum Erneuern ausführen: %1</translation>
    </message>
    <message>
        <source>Certificate “%1” expires</source>
        <translation>Zertifikat „%1“ läuft ab</translation>
    </message>
    <message>
        <source>Certificate “%1” expires now</source>
        <translation>Zertifikat „%1“ läuft jetzt ab</translation>
    </message>
    <message>
        <source>“%1” is not a number of days between 1 and 3650; write the reminder days like 30,14,7,3,1.</source>
        <translation>„%1“ ist keine Anzahl von Tagen zwischen 1 und 3650; schreiben Sie die Erinnerungstage wie 30,14,7,3,1.</translation>
    </message>
    <message>
        <source>The reminder day %1 is given twice.</source>
        <translation>Der Erinnerungstag %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Give at least one reminder day, like 30,14,7,3,1.</source>
        <translation>Geben Sie mindestens einen Erinnerungstag an, etwa 30,14,7,3,1.</translation>
    </message>
    <message>
        <source>CertDesk vault</source>
        <translation>CertDesk-Tresor</translation>
    </message>
    <message>
        <source>has expired</source>
        <translation>ist abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>ist vor %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>läuft morgen ab</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its first certificate; there is nothing to renew yet.</source>
        <translation>„%1“ wartet noch auf sein erstes Zertifikat; es gibt noch nichts zu erneuern.</translation>
    </message>
    <message>
        <source>“%1” has no private key in the vault, so it is not an identity CertDesk can renew.</source>
        <translation>„%1“ hat keinen privaten Schlüssel im Tresor und ist daher keine Identität, die CertDesk erneuern kann.</translation>
    </message>
    <message>
        <source>The subject of “%1” uses attributes CertDesk cannot put into a request; request a new certificate instead.</source>
        <translation>Der Inhaber von „%1“ verwendet Attribute, die CertDesk nicht in eine Anfrage schreiben kann; beantragen Sie stattdessen ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>The alternative name “%1” of “%2” cannot be put into a request.</source>
        <translation>Der alternative Name „%1“ von „%2“ lässt sich nicht in eine Anfrage schreiben.</translation>
    </message>
    <message>
        <source>The old key (%1) is not one CertDesk generates; the new key is %2.</source>
        <translation>Der alte Schlüssel (%1) ist keiner, den CertDesk erzeugt; der neue Schlüssel ist %2.</translation>
    </message>
    <message>
        <source>“%1” was already replaced by its renewal.</source>
        <translation>„%1“ wurde bereits durch seine Erneuerung ersetzt.</translation>
    </message>
    <message>
        <source>“%1” is not the renewal of another identity, so there is nothing to replace.</source>
        <translation>„%1“ ist nicht die Erneuerung einer anderen Identität; es gibt daher nichts zu ersetzen.</translation>
    </message>
    <message>
        <source>The renewal of “%1” is still waiting for its certificate; import it first.</source>
        <translation>Die Erneuerung von „%1“ wartet noch auf ihr Zertifikat; importieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>CertDesk could not load the smart card driver “%1”. Check that the driver for your card is installed, or ask your helpdesk which one it needs.</source>
        <translation>CertDesk konnte den Smartcard-Treiber „%1“ nicht laden. Prüfen Sie, ob der Treiber für Ihre Karte installiert ist, oder fragen Sie Ihren Helpdesk, welchen sie braucht.</translation>
    </message>
    <message>
        <source>The smart card driver “%1” did not start. Check that the card reader is connected and its service (pcscd) is running, then try again.</source>
        <translation>Der Smartcard-Treiber „%1“ ist nicht gestartet. Prüfen Sie, ob das Kartenlesegerät angeschlossen ist und sein Dienst (pcscd) läuft, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The PIN for the smart card “%1” is not correct. Check it and try again; after too many wrong tries the card locks itself.</source>
        <translation>Die PIN für die Smartcard „%1“ ist nicht richtig. Prüfen Sie sie und versuchen Sie es noch einmal; nach zu vielen Fehlversuchen sperrt sich die Karte.</translation>
    </message>
    <message>
        <source>The smart card “%1” is locked because its PIN was entered wrongly too often. Ask your helpdesk to unlock it (with the card&apos;s PUK or security officer PIN).</source>
        <translation>Die Smartcard „%1“ ist gesperrt, weil ihre PIN zu oft falsch eingegeben wurde. Bitten Sie Ihren Helpdesk, sie zu entsperren (mit der PUK oder der Security-Officer-PIN der Karte).</translation>
    </message>
    <message>
        <source>The PIN of the smart card “%1” has expired. Set a new PIN with the card&apos;s own tool, then try again.</source>
        <translation>Die PIN der Smartcard „%1“ ist abgelaufen. Setzen Sie mit dem Werkzeug der Karte eine neue PIN und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The smart card “%1” needs its PIN for this. Enter the PIN and try again.</source>
        <translation>Die Smartcard „%1“ braucht dafür ihre PIN. Geben Sie die PIN ein und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The smart card “%1” was removed or its reader was disconnected. Insert it again and retry.</source>
        <translation>Die Smartcard „%1“ wurde entfernt oder ihr Lesegerät getrennt. Stecken Sie sie wieder ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The smart card “%1” is read-only, so nothing can be stored on it.</source>
        <translation>Die Smartcard „%1“ ist schreibgeschützt; es lässt sich nichts darauf speichern.</translation>
    </message>
    <message>
        <source>The smart card “%1” is full. Remove certificates you no longer need from it, then try again.</source>
        <translation>Die Smartcard „%1“ ist voll. Entfernen Sie Zertifikate, die Sie nicht mehr brauchen, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The smart card “%1” does not accept this kind of key or certificate. Ask your helpdesk which key types the card supports.</source>
        <translation>Die Smartcard „%1“ akzeptiert diese Art von Schlüssel oder Zertifikat nicht. Fragen Sie Ihren Helpdesk, welche Schlüsseltypen die Karte unterstützt.</translation>
    </message>
    <message>
        <source>The smart card “%1” reported an error while %2. Try again; if it keeps happening, give your helpdesk the details.</source>
        <translation>Die Smartcard „%1“ hat einen Fehler gemeldet beim %2. Versuchen Sie es noch einmal; wenn es wieder passiert, geben Sie Ihrem Helpdesk die Details.</translation>
    </message>
    <message>
        <source>searching its contents</source>
        <translation>Durchsuchen ihres Inhalts</translation>
    </message>
    <message>
        <source>reading its contents</source>
        <translation>Lesen ihres Inhalts</translation>
    </message>
    <message>
        <source>storing a certificate</source>
        <translation>Speichern eines Zertifikats</translation>
    </message>
    <message>
        <source>CertDesk can put RSA and elliptic-curve (P-256, P-384) keys on a smart card, but not this kind of key. Request a certificate with one of those key types.</source>
        <translation>CertDesk kann RSA-Schlüssel und Schlüssel mit elliptischen Kurven (P-256, P-384) auf eine Smartcard schreiben, aber nicht diese Art von Schlüssel. Beantragen Sie ein Zertifikat mit einem dieser Schlüsseltypen.</translation>
    </message>
    <message>
        <source>storing the private key</source>
        <translation>Speichern des privaten Schlüssels</translation>
    </message>
    <message>
        <source>storing the public key</source>
        <translation>Speichern des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems hat versagt.</translation>
    </message>
    <message>
        <source>checking the stored key with a test signature</source>
        <translation>Prüfen des gespeicherten Schlüssels mit einer Testsignatur</translation>
    </message>
    <message>
        <source>The key stored on the smart card “%1” does not produce signatures that match the certificate, so CertDesk removed it again. Give your helpdesk the details.</source>
        <translation>Der auf der Smartcard „%1“ gespeicherte Schlüssel erzeugt keine Signaturen, die zum Zertifikat passen; CertDesk hat ihn daher wieder entfernt. Geben Sie Ihrem Helpdesk die Details.</translation>
    </message>
    <message>
        <source>No smart card labelled “%1” was found. Insert the card, check that its reader is connected, and try again.</source>
        <translation>Es wurde keine Smartcard mit der Bezeichnung „%1“ gefunden. Stecken Sie die Karte ein, prüfen Sie, ob ihr Lesegerät angeschlossen ist, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Smart card “%1”</source>
        <translation>Smartcard „%1“</translation>
    </message>
    <message>
        <source>CertDesk could not load the system&apos;s smart card drivers (p11-kit). Check the p11-kit configuration or ask your helpdesk.</source>
        <translation>CertDesk konnte die Smartcard-Treiber des Systems (p11-kit) nicht laden. Prüfen Sie die Konfiguration von p11-kit oder fragen Sie Ihren Helpdesk.</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The smart card “%1” needs its PIN. Enter the PIN and try again.</source>
        <translation>Die Smartcard „%1“ braucht ihre PIN. Geben Sie die PIN ein und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>checking the PIN</source>
        <translation>Prüfen der PIN</translation>
    </message>
    <message>
        <source>Both a private key and its certificate are needed to install an identity.</source>
        <translation>Zum Installieren einer Identität werden ein privater Schlüssel und sein Zertifikat gebraucht.</translation>
    </message>
    <message>
        <source>This certificate was not issued for this private key, so they cannot be installed together.</source>
        <translation>Dieses Zertifikat wurde nicht für diesen privaten Schlüssel ausgestellt; beide können daher nicht zusammen installiert werden.</translation>
    </message>
    <message>
        <source>The smart card “%1” did not keep the certificate and its key together, so CertDesk removed them again. Give your helpdesk the details.</source>
        <translation>Die Smartcard „%1“ hat das Zertifikat und seinen Schlüssel nicht zusammen behalten; CertDesk hat beide daher wieder entfernt. Geben Sie Ihrem Helpdesk die Details.</translation>
    </message>
    <message>
        <source>No certificate was given to install.</source>
        <translation>Es wurde kein Zertifikat zum Installieren angegeben.</translation>
    </message>
    <message>
        <source>The smart card “%1” did not keep the certificate.</source>
        <translation>Die Smartcard „%1“ hat das Zertifikat nicht behalten.</translation>
    </message>
    <message>
        <source>The certificate “%1” is not on the smart card “%2”.</source>
        <translation>Das Zertifikat „%1“ ist nicht auf der Smartcard „%2“.</translation>
    </message>
    <message>
        <source>removing a certificate</source>
        <translation>Entfernen eines Zertifikats</translation>
    </message>
    <message>
        <source>removing a key</source>
        <translation>Entfernen eines Schlüssels</translation>
    </message>
    <message>
        <source>The smart card “%1” still holds the certificate after removing it.</source>
        <translation>Die Smartcard „%1“ enthält das Zertifikat nach dem Entfernen immer noch.</translation>
    </message>
    <message>
        <source>“%1” is not a store CertDesk knows; use nss, nss:DIR, firefox, firefox:PROFILE, system or pkcs11:TOKEN-LABEL (certdesk-cli stores lists them).</source>
        <translation>„%1“ ist kein Speicher, den CertDesk kennt; verwenden Sie nss, nss:ORDNER, firefox, firefox:PROFIL, system oder pkcs11:TOKEN-BEZEICHNUNG (certdesk-cli stores listet sie auf).</translation>
    </message>
    <message>
        <source>This system has no trust store CertDesk knows how to change (neither update-ca-certificates nor update-ca-trust was found).</source>
        <translation>Dieses System hat keinen Vertrauensspeicher, den CertDesk ändern kann (weder update-ca-certificates noch update-ca-trust wurde gefunden).</translation>
    </message>
    <message>
        <source>No Firefox profile was found for this user.</source>
        <translation>Für diesen Benutzer wurde kein Firefox-Profil gefunden.</translation>
    </message>
    <message>
        <source>There are several Firefox profiles; name one: %1.</source>
        <translation>Es gibt mehrere Firefox-Profile; nennen Sie eines: %1.</translation>
    </message>
    <message>
        <source>No smart card or token labelled “%1” is present. Insert it, or check the label with certdesk-cli stores.</source>
        <translation>Keine Smartcard und kein Token mit der Bezeichnung „%1“ ist vorhanden. Stecken Sie sie ein, oder prüfen Sie die Bezeichnung mit certdesk-cli stores.</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import it before installing.</source>
        <translation>„%1“ wartet noch auf sein Zertifikat; importieren Sie es vor dem Installieren.</translation>
    </message>
    <message>
        <source>There is no vault to take the private key from.</source>
        <translation>Es gibt keinen Tresor, aus dem der private Schlüssel genommen werden kann.</translation>
    </message>
    <message>
        <source>The system trust store holds CA certificates only; install “%1” into a browser store or a smart card.</source>
        <translation>Der Vertrauensspeicher des Systems enthält nur CA-Zertifikate; installieren Sie „%1“ in einen Browserspeicher oder auf eine Smartcard.</translation>
    </message>
    <message>
        <source>The vault holds no private key for “%1”, so there is no identity to install.</source>
        <translation>Der Tresor enthält keinen privaten Schlüssel für „%1“; es gibt daher keine Identität zu installieren.</translation>
    </message>
    <message>
        <source>%1 accepted “%2”, but reading it back did not find it complete.</source>
        <translation>%1 hat „%2“ angenommen, aber beim Zurücklesen war es nicht vollständig.</translation>
    </message>
    <message>
        <source>%1 still holds “%2” after removing it.</source>
        <translation>%1 enthält „%2“ nach dem Entfernen immer noch.</translation>
    </message>
    <message>
        <source>Changing the system trust store needs administrator rights. Run the command again with sudo, or use the desktop app, which asks for permission.</source>
        <translation>Das Ändern des Vertrauensspeichers des Systems erfordert Administratorrechte. Führen Sie den Befehl erneut mit sudo aus, oder verwenden Sie die Desktop-Anwendung, die um Erlaubnis fragt.</translation>
    </message>
    <message>
        <source>System trust store</source>
        <translation>Vertrauensspeicher des Systems</translation>
    </message>
    <message>
        <source>The system trust store holds CA certificates only. Install your own certificate into a browser store or a smart card instead.</source>
        <translation>Der Vertrauensspeicher des Systems enthält nur CA-Zertifikate. Installieren Sie Ihr eigenes Zertifikat stattdessen in einen Browserspeicher oder auf eine Smartcard.</translation>
    </message>
    <message>
        <source>“%1” is not a CA certificate; only CA certificates belong in the system trust store.</source>
        <translation>„%1“ ist kein CA-Zertifikat; in den Vertrauensspeicher des Systems gehören nur CA-Zertifikate.</translation>
    </message>
    <message>
        <source>CertDesk cannot write to the system trust store folder.</source>
        <translation>CertDesk kann nicht in den Ordner des Vertrauensspeichers des Systems schreiben.</translation>
    </message>
    <message>
        <source>The system trust store was updated, but the certificate does not appear in %1; nothing was changed.</source>
        <translation>Der Vertrauensspeicher des Systems wurde aktualisiert, aber das Zertifikat erscheint nicht in %1; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>CertDesk did not add “%1” to the system trust store, so it does not remove it.</source>
        <translation>CertDesk hat „%1“ nicht zum Vertrauensspeicher des Systems hinzugefügt und entfernt es daher auch nicht.</translation>
    </message>
    <message>
        <source>CertDesk cannot remove %1.</source>
        <translation>CertDesk kann %1 nicht entfernen.</translation>
    </message>
    <message>
        <source>The anchor was removed, but %1 still holds the certificate (another copy of it is installed).</source>
        <translation>Der Vertrauensanker wurde entfernt, aber %1 enthält das Zertifikat noch (eine weitere Kopie davon ist installiert).</translation>
    </message>
    <message>
        <source>The system&apos;s certificate update command (%1) failed.</source>
        <translation>Der Befehl des Systems zum Aktualisieren der Zertifikate (%1) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Certificate “%1” has expired</source>
        <translation>Zertifikat „%1“ ist abgelaufen</translation>
    </message>
    <message>
        <source>It expired on %1. Whatever uses it (signing in, e-mail, a server) no longer accepts it; renew it now.</source>
        <translation>Es ist am %1 abgelaufen. Was es verwendet (Anmeldung, E-Mail, ein Server), akzeptiert es nicht mehr; erneuern Sie es jetzt.</translation>
    </message>
    <message>
        <source>Certificate “%1” %2</source>
        <translation>Zertifikat „%1“ %2</translation>
    </message>
    <message>
        <source>It is valid until %1. Renew it before then so that everything using it keeps working.</source>
        <translation>Es ist gültig bis %1. Erneuern Sie es vorher, damit alles, was es verwendet, weiter funktioniert.</translation>
    </message>
    <message>
        <source>Its renewed certificate has arrived: open CertDesk and replace the old one with it.</source>
        <translation>Sein erneuertes Zertifikat ist eingetroffen: Öffnen Sie CertDesk und ersetzen Sie das alte damit.</translation>
    </message>
    <message>
        <source>A renewal was requested on %1: import the certificate as soon as your certificate authority sends it.</source>
        <translation>Am %1 wurde eine Erneuerung beantragt: Importieren Sie das Zertifikat, sobald Ihre Zertifizierungsstelle es schickt.</translation>
    </message>
    <message>
        <source>Found in: %1</source>
        <translation>Gefunden in: %1</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Morgen erinnern</translation>
    </message>
    <message>
        <source>CertDesk could not turn off core dumps for itself.</source>
        <translation>CertDesk konnte Speicherabbilder (Core-Dumps) für sich nicht abschalten.</translation>
    </message>
    <message>
        <source>CertDesk could not protect its memory from other programs.</source>
        <translation>CertDesk konnte seinen Speicher nicht vor anderen Programmen schützen.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds (it may be locked and waiting for a password prompt). Unlock it, or give a passphrase with --passphrase-file FILE.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet (er ist vielleicht gesperrt und wartet auf eine Passwortabfrage). Entsperren Sie ihn, oder geben Sie eine Passphrase mit --passphrase-file DATEI an.</translation>
    </message>
    <message>
        <source>The keychain holds no key for this vault.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel für diesen Tresor.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Allow CertDesk in the keychain, or give a passphrase with --passphrase-file FILE.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert. Erlauben Sie CertDesk den Zugriff im Schlüsselbund, oder geben Sie eine Passphrase mit --passphrase-file DATEI an.</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service is running in this session). Give a passphrase with --passphrase-file FILE to protect the vault&apos;s keys instead.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (in dieser Sitzung läuft kein Secret Service). Geben Sie stattdessen eine Passphrase mit --passphrase-file DATEI an, um die Schlüssel des Tresors zu schützen.</translation>
    </message>
    <message>
        <source>The vault database could not be updated; nothing was changed.</source>
        <translation>Die Datenbank des Tresors konnte nicht aktualisiert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault is busy or cannot be written.</source>
        <translation>Der Tresor ist beschäftigt oder kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>CertDesk cannot create its vault file “%1”.</source>
        <translation>CertDesk kann seine Tresordatei „%1“ nicht anlegen.</translation>
    </message>
    <message>
        <source>CertDesk cannot make its vault file private.</source>
        <translation>CertDesk kann seine Tresordatei nicht privat machen.</translation>
    </message>
    <message>
        <source>The vault location “%1” is a file, not a folder.</source>
        <translation>Der Tresorort „%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>CertDesk cannot create its vault folder “%1”.</source>
        <translation>CertDesk kann seinen Tresorordner „%1“ nicht anlegen.</translation>
    </message>
    <message>
        <source>CertDesk cannot make its vault folder “%1” private.</source>
        <translation>CertDesk kann seinen Tresorordner „%1“ nicht privat machen.</translation>
    </message>
    <message>
        <source>CertDesk cannot open its vault “%1”.</source>
        <translation>CertDesk kann seinen Tresor „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>This vault was written by a newer CertDesk (format %1); update CertDesk to use it.</source>
        <translation>Dieser Tresor wurde von einem neueren CertDesk geschrieben (Format %1); aktualisieren Sie CertDesk, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase settings are damaged.</source>
        <translation>Die Passphrase-Einstellungen des Tresors sind beschädigt.</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation>Die Passphrase öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>This vault&apos;s key is kept in the system keychain, which CertDesk was told not to use.</source>
        <translation>Der Schlüssel dieses Tresors liegt im Schlüsselbund des Systems, den CertDesk nicht verwenden soll.</translation>
    </message>
    <message>
        <source>This vault also opens with its passphrase (--passphrase-file FILE).</source>
        <translation>Dieser Tresor lässt sich auch mit seiner Passphrase öffnen (--passphrase-file DATEI).</translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase; give it with --passphrase-file FILE.</source>
        <translation>Dieser Tresor ist durch eine Passphrase geschützt; geben Sie sie mit --passphrase-file DATEI an.</translation>
    </message>
    <message>
        <source>The key found for this vault does not open it (the keychain entry belongs to another vault or was changed).</source>
        <translation>Der für diesen Tresor gefundene Schlüssel öffnet ihn nicht (der Eintrag im Schlüsselbund gehört zu einem anderen Tresor oder wurde geändert).</translation>
    </message>
    <message>
        <source>No keychain is available to protect the vault&apos;s keys. Give a passphrase with --passphrase-file FILE.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um die Schlüssel des Tresors zu schützen. Geben Sie eine Passphrase mit --passphrase-file DATEI an.</translation>
    </message>
    <message>
        <source>The certificate of “%1” in the vault is damaged.</source>
        <translation>Das Zertifikat von „%1“ im Tresor ist beschädigt.</translation>
    </message>
    <message>
        <source>There is no entry with the ID “%1” in the vault.</source>
        <translation>Im Tresor gibt es keinen Eintrag mit der ID „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not an entry ID; IDs are hexadecimal, as `certdesk-cli list` shows them (at least 4 characters).</source>
        <translation>„%1“ ist keine Eintrags-ID; IDs sind hexadezimal, wie `certdesk-cli list` sie zeigt (mindestens 4 Zeichen).</translation>
    </message>
    <message>
        <source>The ID “%1” matches %2 entries; type more of it.</source>
        <translation>Die ID „%1“ passt zu %2 Einträgen; geben Sie mehr davon ein.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>CertDesk could not find a free ID for the new entry.</source>
        <translation>CertDesk konnte keine freie ID für den neuen Eintrag finden.</translation>
    </message>
    <message>
        <source>A private key without its certificate was not imported; import it together with its certificate (for example as a PKCS#12 bundle).</source>
        <translation>Ein privater Schlüssel ohne sein Zertifikat wurde nicht importiert; importieren Sie ihn zusammen mit seinem Zertifikat (zum Beispiel als PKCS#12-Paket).</translation>
    </message>
    <message>
        <source>No waiting key in the vault matches the certificate for “%1”. Import the PKCS#12 bundle that holds its key, or request a new certificate with CertDesk.</source>
        <translation>Kein wartender Schlüssel im Tresor passt zum Zertifikat für „%1“. Importieren Sie das PKCS#12-Paket, das seinen Schlüssel enthält, oder beantragen Sie mit CertDesk ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>The file holds only CA certificates (the first is “%1”) and no certificate for a key in the vault.</source>
        <translation>Die Datei enthält nur CA-Zertifikate (das erste ist „%1“) und kein Zertifikat für einen Schlüssel im Tresor.</translation>
    </message>
    <message>
        <source>The file holds a private key but not its certificate; import the key together with its certificate.</source>
        <translation>Die Datei enthält einen privaten Schlüssel, aber nicht sein Zertifikat; importieren Sie den Schlüssel zusammen mit seinem Zertifikat.</translation>
    </message>
    <message>
        <source>The file holds only a certificate request; CertDesk keeps requests together with the keys it generated itself. Send the request to your CA.</source>
        <translation>Die Datei enthält nur eine Zertifikatsanfrage; CertDesk verwahrt Anfragen zusammen mit den Schlüsseln, die es selbst erzeugt hat. Senden Sie die Anfrage an Ihre Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The vault database file is damaged; restore it from a backup or ask your helpdesk.</source>
        <translation>Die Datenbankdatei des Tresors ist beschädigt; stellen Sie sie aus einer Sicherung wieder her oder fragen Sie Ihren Helpdesk.</translation>
    </message>
    <message>
        <source>The certificate request of “%1” cannot be read.</source>
        <translation>Die Zertifikatsanfrage von „%1“ lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The certificate request of “%1” does not belong to its key.</source>
        <translation>Die Zertifikatsanfrage von „%1“ gehört nicht zu seinem Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate of “%1” cannot be read.</source>
        <translation>Das Zertifikat von „%1“ lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The certificate of “%1” does not belong to its key.</source>
        <translation>Das Zertifikat von „%1“ gehört nicht zu seinem Schlüssel.</translation>
    </message>
    <message>
        <source>The private keys could not be checked: %1</source>
        <translation>Die privaten Schlüssel konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The private key of “%1” cannot be decrypted: it is damaged.</source>
        <translation>Der private Schlüssel von „%1“ lässt sich nicht entschlüsseln: Er ist beschädigt.</translation>
    </message>
    <message>
        <source>The private key of “%1” cannot be read.</source>
        <translation>Der private Schlüssel von „%1“ lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The private key of “%1” is not the key its entry names.</source>
        <translation>Der private Schlüssel von „%1“ ist nicht der Schlüssel, den sein Eintrag nennt.</translation>
    </message>
    <message>
        <source>A certificate in the chain of “%1” cannot be read.</source>
        <translation>Ein Zertifikat in der Kette von „%1“ lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The vault holds no private key for this entry.</source>
        <translation>Der Tresor enthält keinen privaten Schlüssel für diesen Eintrag.</translation>
    </message>
    <message>
        <source>Waiting for certificate</source>
        <translation>Wartet auf Zertifikat</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Replaced (archived)</source>
        <translation>Ersetzt (archiviert)</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>CertDesk could not encrypt the private key.</source>
        <translation>CertDesk konnte den privaten Schlüssel nicht verschlüsseln.</translation>
    </message>
    <message>
        <source>A stored private key is damaged.</source>
        <translation>Ein gespeicherter privater Schlüssel ist beschädigt.</translation>
    </message>
    <message>
        <source>A stored private key does not decrypt with this vault&apos;s key: the key or the vault is damaged.</source>
        <translation>Ein gespeicherter privater Schlüssel lässt sich mit dem Schlüssel dieses Tresors nicht entschlüsseln: Der Schlüssel oder der Tresor ist beschädigt.</translation>
    </message>
    <message>
        <source>CertDesk could not derive a key from the passphrase (out of memory?).</source>
        <translation>CertDesk konnte keinen Schlüssel aus der Passphrase ableiten (kein Speicher mehr?).</translation>
    </message>
    <message>
        <source>common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>organisational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>domain component</source>
        <translation>Domänenkomponente</translation>
    </message>
    <message>
        <source>user ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy no longer allows %1 keys; the new key is %2.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt keine Schlüssel vom Typ %1 mehr; der neue Schlüssel ist vom Typ %2.</translation>
    </message>
    <message>
        <source>The organisation policy is not valid — %1: %2 Ask your IT administrator to correct it; CertDesk does nothing that the policy governs until then.</source>
        <translation>Die Organisationsrichtlinie ist ungültig – %1: %2 Bitten Sie Ihren IT-Administrator, sie zu korrigieren; bis dahin tut CertDesk nichts, was die Richtlinie regelt.</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Windows sign-in name (UPN)</source>
        <translation>Windows-Anmeldename (UPN)</translation>
    </message>
    <message>
        <source>“%1” is not a setting of %2; known settings are %3.</source>
        <translation>„%1“ ist keine Einstellung in %2; bekannte Einstellungen sind %3.</translation>
    </message>
    <message>
        <source>the policy</source>
        <translation>der Richtlinie</translation>
    </message>
    <message>
        <source>“%1” must be an object ({ … }).</source>
        <translation>„%1“ muss ein Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>“%1” must be a list of texts ([&quot;…&quot;, …]).</source>
        <translation>„%1“ muss eine Liste von Texten sein ([&quot;…&quot;, …]).</translation>
    </message>
    <message>
        <source>every entry of “%1” must be a non-empty text.</source>
        <translation>Jeder Eintrag von „%1“ muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>“%1” must be a text in quotes.</source>
        <translation>„%1“ muss ein Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>policy rule: %1</source>
        <translation>Richtlinienregel: %1</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>Dies ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>the policy must be one JSON object ({ … }).</source>
        <translation>Die Richtlinie muss ein einziges JSON-Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>“%1” is set twice; keep one.</source>
        <translation>„%1“ ist zweimal angegeben; behalten Sie nur eine Angabe.</translation>
    </message>
    <message>
        <source>this CertDesk understands policy version 1 only.</source>
        <translation>Diese CertDesk-Version versteht nur Richtlinien der Version 1.</translation>
    </message>
    <message>
        <source>the value of “%1” must be a non-empty text.</source>
        <translation>Der Wert von „%1“ muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>the common name (CN) is the person&apos;s or machine&apos;s own name and cannot be fixed; constrain it with subject.commonName.pattern.</source>
        <translation>Der allgemeine Name (CN) ist der eigene Name der Person oder des Rechners und kann nicht fest vorgegeben werden; schränken Sie ihn mit subject.commonName.pattern ein.</translation>
    </message>
    <message>
        <source>“%1” is fixed twice (under two spellings).</source>
        <translation>„%1“ ist zweimal fest vorgegeben (unter zwei Schreibweisen).</translation>
    </message>
    <message>
        <source>the pattern “%1” is not a valid regular expression (%2 at character %3).</source>
        <translation>Das Muster „%1“ ist kein gültiger regulärer Ausdruck (%2 bei Zeichen %3).</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.org.</source>
        <translation>„%1“ ist kein Domänenname wie example.org.</translation>
    </message>
    <message>
        <source>“%1” is not an alternative name type; use dns, email, uri, ip or upn.</source>
        <translation>„%1“ ist keine Art von alternativem Namen; verwenden Sie dns, email, uri, ip oder upn.</translation>
    </message>
    <message>
        <source>“%1” is not a key type CertDesk generates; use %2.</source>
        <translation>„%1“ ist kein Schlüsseltyp, den CertDesk erzeugt; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>these key rules leave no key type CertDesk can generate; allow at least one.</source>
        <translation>Diese Schlüsselregeln lassen keinen Schlüsseltyp übrig, den CertDesk erzeugen kann; erlauben Sie mindestens einen.</translation>
    </message>
    <message>
        <source>“reminders.days” must be a list of different whole numbers of days from 1 to 3650, such as [60, 30, 14, 7].%1</source>
        <translation>„reminders.days“ muss eine Liste verschiedener ganzer Zahlen von Tagen zwischen 1 und 3650 sein, etwa [60, 30, 14, 7].%1</translation>
    </message>
    <message>
        <source>“%1” is not a store; use nss, nss:DIR, firefox, firefox:PROFILE, system or pkcs11:TOKEN-LABEL.</source>
        <translation>„%1“ ist kein Speicher; verwenden Sie nss, nss:ORDNER, firefox, firefox:PROFIL, system oder pkcs11:TOKEN-BEZEICHNUNG.</translation>
    </message>
    <message>
        <source>“%1” is not a PKCS#12 profile; use modern or compatible.</source>
        <translation>„%1“ ist kein PKCS#12-Profil; verwenden Sie modern oder compatible.</translation>
    </message>
    <message>
        <source>“export.allowPrivateKey” must be true or false.</source>
        <translation>„export.allowPrivateKey“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>The organisation policy %1 cannot be read; ask your IT administrator to check its permissions. CertDesk does nothing that the policy governs until then.</source>
        <translation>Die Organisationsrichtlinie %1 kann nicht gelesen werden; bitten Sie Ihren IT-Administrator, ihre Berechtigungen zu prüfen. Bis dahin tut CertDesk nichts, was die Richtlinie regelt.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy sets %1 to “%2” in every request, not “%3”; leave %1 out and CertDesk fills it in.</source>
        <translation>Die Richtlinie Ihrer Organisation setzt %1 in jeder Anfrage auf „%2“, nicht auf „%3“; lassen Sie %1 weg, dann füllt CertDesk es aus.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires the common name to be %1; “%2” is not.</source>
        <translation>Die Richtlinie Ihrer Organisation verlangt als allgemeinen Namen %1; „%2“ ist das nicht.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires the common name to match the pattern %1; “%2” does not.</source>
        <translation>Die Richtlinie Ihrer Organisation verlangt, dass der allgemeine Name dem Muster %1 entspricht; „%2“ tut das nicht.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy allows e-mail addresses only at %1; “%2” is not one of them.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt nur E-Mail-Adressen der Domänen %1; „%2“ gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow %1 keys; choose one of %2.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt keine Schlüssel vom Typ %1; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires RSA keys of at least %1 bits; choose one of %2.</source>
        <translation>Die Richtlinie Ihrer Organisation verlangt RSA-Schlüssel mit mindestens %1 Bit; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires elliptic-curve keys of at least %1 bits; choose one of %2.</source>
        <translation>Die Richtlinie Ihrer Organisation verlangt Schlüssel mit elliptischen Kurven von mindestens %1 Bit; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy sets %1 to “%2” in every request, not “%3”.</source>
        <translation>Die Richtlinie Ihrer Organisation setzt %1 in jeder Anfrage auf „%2“, nicht auf „%3“.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires %1=%2 in the subject.</source>
        <translation>Die Richtlinie Ihrer Organisation verlangt %1=%2 im Inhabernamen.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires an alternative name of type %1 (%2) in every request; add one.</source>
        <translation>Die Richtlinie Ihrer Organisation verlangt in jeder Anfrage einen alternativen Namen vom Typ %1 (%2); fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow exporting private keys; export the certificate without its key instead.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt keinen Export privater Schlüssel; exportieren Sie stattdessen das Zertifikat ohne seinen Schlüssel.</translation>
    </message>
    <message>
        <source>Every request has %1=%2 (set by your organisation).</source>
        <translation>Jede Anfrage enthält %1=%2 (von Ihrer Organisation festgelegt).</translation>
    </message>
    <message>
        <source>The common name must match the pattern %1.</source>
        <translation>Der allgemeine Name muss dem Muster %1 entsprechen.</translation>
    </message>
    <message>
        <source>The common name must be %1 (pattern %2).</source>
        <translation>Der allgemeine Name muss %1 sein (Muster %2).</translation>
    </message>
    <message>
        <source>E-mail addresses only at %1.</source>
        <translation>E-Mail-Adressen nur in den Domänen %1.</translation>
    </message>
    <message>
        <source>Every request needs an alternative name of type %1 (%2).</source>
        <translation>Jede Anfrage braucht einen alternativen Namen vom Typ %1 (%2).</translation>
    </message>
    <message>
        <source>Key types allowed: %1.</source>
        <translation>Erlaubte Schlüsseltypen: %1.</translation>
    </message>
    <message>
        <source>Reminders %1 days before expiry (you may choose other days).</source>
        <translation>Erinnerungen %1 Tage vor dem Ablauf (Sie können andere Tage wählen).</translation>
    </message>
    <message>
        <source>Install into %1 unless you choose other stores.</source>
        <translation>Installation in %1, sofern Sie keine anderen Speicher wählen.</translation>
    </message>
    <message>
        <source>PKCS#12 exports use the %1 profile unless you choose the other.</source>
        <translation>PKCS#12-Exporte verwenden das Profil %1, sofern Sie nicht das andere wählen.</translation>
    </message>
    <message>
        <source>Private keys cannot be exported.</source>
        <translation>Private Schlüssel können nicht exportiert werden.</translation>
    </message>
    <message>
        <source>The policy sets no rules.</source>
        <translation>Die Richtlinie legt keine Regeln fest.</translation>
    </message>
    <message>
        <source>The disk that holds the vault is full; nothing was changed. Free some space, then try again.</source>
        <translation>Der Datenträger, auf dem der Tresor liegt, ist voll; es wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain did not give out this vault&apos;s key: it is locked (and its unlock prompt could not be shown or was cancelled), or the key was removed from it. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Schlüssel dieses Tresors nicht herausgegeben: Er ist gesperrt (und seine Entsperrabfrage konnte nicht angezeigt werden oder wurde abgebrochen), oder der Schlüssel wurde daraus entfernt. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Once it is unlocked, giving a passphrase (--passphrase-file FILE) adds a second way into this vault that does not need the keychain.</source>
        <translation>Sobald er entsperrt ist, schafft eine Passphrase (--passphrase-file DATEI) einen zweiten Zugang zu diesem Tresor, der den Schlüsselbund nicht braucht.</translation>
    </message>
    <message>
        <source>The %1 (%2=%3) may hold only ASCII letters, digits and punctuation; certificates cannot carry other characters there.</source>
        <translation>Das Feld %1 (%2=%3) darf nur ASCII-Buchstaben, Ziffern und Satzzeichen enthalten; andere Zeichen können Zertifikate dort nicht tragen.</translation>
    </message>
    <message>
        <source>The %1 (%2=%3) may hold only unaccented letters, digits, spaces and &apos; ( ) + , - . / : = ? in a certificate.</source>
        <translation>Das Feld %1 (%2=%3) darf in einem Zertifikat nur Buchstaben ohne Akzente, Ziffern, Leerzeichen und &apos; ( ) + , - . / : = ? enthalten.</translation>
    </message>
    <message>
        <source>This file asks for far more password hashing than any program writes: opening it would keep this computer busy for a very long time, so CertDesk refuses. The file is damaged or made to stall the programs that open it; ask for the file again.</source>
        <translation>Diese Datei verlangt weit mehr Passwort-Hashing, als irgendein Programm schreibt: Das Öffnen würde diesen Computer sehr lange beschäftigen, daher lehnt CertDesk sie ab. Die Datei ist beschädigt oder soll Programme aufhalten, die sie öffnen; fordern Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>The encrypted private key in the file is damaged.</source>
        <translation>Der verschlüsselte private Schlüssel in der Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The stored summary of the certificate of “%1” does not match the certificate; lists may show wrong facts. Import the certificate again to rewrite it.</source>
        <translation>Die gespeicherte Zusammenfassung des Zertifikats von „%1“ stimmt nicht mit dem Zertifikat überein; Listen zeigen womöglich falsche Angaben. Importieren Sie das Zertifikat erneut, um sie neu zu schreiben.</translation>
    </message>
    <message>
        <source>“%1” is %2, not a file. Give the certificate or bundle file itself.</source>
        <translation>„%1“ ist %2, keine Datei. Geben Sie die Zertifikats- oder Paketdatei selbst an.</translation>
    </message>
    <message>
        <source>This file is a signed message (PKCS#7) with no certificates in it, so there is nothing to import. If you expected a certificate chain (.p7b), ask for it again.</source>
        <translation>Diese Datei ist eine signierte Nachricht (PKCS#7) ohne Zertifikate, es gibt also nichts zu importieren. Wenn Sie eine Zertifikatskette (.p7b) erwartet haben, fordern Sie sie erneut an.</translation>
    </message>
    <message>
        <source>A PKCS#7 block holds no certificates (a signed message without them); it was skipped.</source>
        <translation>Ein PKCS#7-Block enthält keine Zertifikate (eine signierte Nachricht ohne sie); er wurde übersprungen.</translation>
    </message>
    <message>
        <source>a socket or pipe</source>
        <translation>ein Socket oder eine Pipe</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>unknown algorithm %1</source>
        <translation>unbekannter Algorithmus %1</translation>
    </message>
    <message>
        <source>The password is right, but the private key in this PKCS#12 bundle is of a kind CertDesk cannot use (%1): this system&apos;s OpenSSL %2 does not support it. The file is not damaged. CertDesk keeps RSA, EC and Ed25519 keys; ask for a bundle with one of those.</source>
        <translation>Das Passwort ist richtig, aber der private Schlüssel in diesem PKCS#12-Paket ist von einer Art, die CertDesk nicht verwenden kann (%1): OpenSSL %2 auf diesem System unterstützt sie nicht. Die Datei ist nicht beschädigt. CertDesk verwahrt RSA-, EC- und Ed25519-Schlüssel; fordern Sie ein Paket mit einem davon an.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is protected with PBMAC1 (RFC 9579), a newer integrity check that this system&apos;s OpenSSL %1 cannot verify (OpenSSL 3.4 and later can). Ask for the bundle with the usual SHA-256 integrity check (HMAC), or export it again in a common format.</source>
        <translation>Dieses PKCS#12-Paket ist mit PBMAC1 (RFC 9579) geschützt, einer neueren Integritätsprüfung, die OpenSSL %1 auf diesem System nicht prüfen kann (OpenSSL 3.4 und neuer können es). Fordern Sie das Paket mit der üblichen SHA-256-Integritätsprüfung (HMAC) an, oder exportieren Sie es erneut in einem gängigen Format.</translation>
    </message>
    <message>
        <source>The certificate for “%1” is damaged: the dates it is valid between cannot be read, so nobody can tell when it expires. It was not imported; ask for it again.</source>
        <translation>Das Zertifikat für „%1“ ist beschädigt: Die Daten, zwischen denen es gültig ist, sind nicht lesbar, daher kann niemand sagen, wann es abläuft. Es wurde nicht importiert; fordern Sie es erneut an.</translation>
    </message>
    <message>
        <source>The certificate for “%1” is damaged: its public key cannot be read. It was not imported; ask for it again.</source>
        <translation>Das Zertifikat für „%1“ ist beschädigt: Sein öffentlicher Schlüssel ist nicht lesbar. Es wurde nicht importiert; fordern Sie es erneut an.</translation>
    </message>
    <message>
        <source>The vault already has a newer certificate for the key of “%1”; this older one was not kept.</source>
        <translation>Der Tresor hat für den Schlüssel von „%1“ bereits ein neueres Zertifikat; dieses ältere wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>“%1” is a CA certificate that issued none of the certificates imported here; it was not kept.</source>
        <translation>„%1“ ist ein CA-Zertifikat, das keines der hier importierten Zertifikate ausgestellt hat; es wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>No key in the vault belongs to the certificate for “%1”; it was not kept.</source>
        <translation>Zum Zertifikat für „%1“ gehört kein Schlüssel im Tresor; es wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>The files hold nothing CertDesk can import.</source>
        <translation>Die Dateien enthalten nichts, was CertDesk importieren kann.</translation>
    </message>
    <message>
        <source>The dates the certificate of “%1” is valid between cannot be read, so nobody can tell when it expires. Delete it, and import a readable copy if you have one.</source>
        <translation>Die Daten, zwischen denen das Zertifikat von „%1“ gültig ist, sind nicht lesbar, daher kann niemand sagen, wann es abläuft. Löschen Sie es, und importieren Sie eine lesbare Kopie, falls Sie eine haben.</translation>
    </message>
    <message>
        <source>CertDesk could not build the PKCS#12 bundle: the key does not belong to the certificate.</source>
        <translation>CertDesk konnte das PKCS#12-Paket nicht erstellen: Der Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>The reminder days saved in the vault cannot be read. Set the reminder days again; until then CertDesk cannot tell when to remind you.</source>
        <translation>Die im Tresor gespeicherten Erinnerungstage sind nicht lesbar. Legen Sie die Erinnerungstage erneut fest; bis dahin weiß CertDesk nicht, wann es Sie erinnern soll.</translation>
    </message>
    <message>
        <source>CertDesk could not add the certificate to the system trust store, and could not undo its change either: %1 is still there. Ask your administrator to remove it and run %2.</source>
        <translation>CertDesk konnte das Zertifikat nicht in den Vertrauensspeicher des Systems aufnehmen und seine Änderung auch nicht rückgängig machen: %1 ist noch vorhanden. Bitten Sie Ihren Administrator, die Datei zu entfernen und %2 auszuführen.</translation>
    </message>
    <message>
        <source>CertDesk could not add the certificate to the system trust store, and could not undo its change either: %1 may still hold the certificate. Ask your administrator to run %2.</source>
        <translation>CertDesk konnte das Zertifikat nicht in den Vertrauensspeicher des Systems aufnehmen und seine Änderung auch nicht rückgängig machen: %1 enthält das Zertifikat womöglich noch. Bitten Sie Ihren Administrator, %2 auszuführen.</translation>
    </message>
    <message>
        <source>Exporting the private key needs the vault and a password.</source>
        <translation>Um den privaten Schlüssel zu exportieren, braucht CertDesk den Tresor und ein Passwort.</translation>
    </message>
    <message>
        <source>CertDesk cannot write “%1”: %2. Choose another folder or file name.</source>
        <translation>CertDesk kann „%1“ nicht schreiben: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Chromium and other NSS applications</source>
        <translation>Chromium und andere NSS-Anwendungen</translation>
    </message>
    <message>
        <source>NSS database %1</source>
        <translation>NSS-Datenbank %1</translation>
    </message>
    <message>
        <source>Firefox — profile %1</source>
        <translation>Firefox – Profil %1</translation>
    </message>
    <message>
        <source>Firefox (%1) — profile %2</source>
        <translation>Firefox (%1) – Profil %2</translation>
    </message>
    <message>
        <source>Give the folder of the NSS database after “nss:”.</source>
        <translation>Geben Sie nach „nss:“ den Ordner der NSS-Datenbank an.</translation>
    </message>
    <message>
        <source>There is no Firefox profile “%1” on this computer. Open Firefox once to create it, or choose one of the profiles CertDesk lists.</source>
        <translation>Auf diesem Computer gibt es kein Firefox-Profil „%1“. Starten Sie Firefox einmal, damit es angelegt wird, oder wählen Sie eines der Profile, die CertDesk auflistet.</translation>
    </message>
    <message>
        <source>“%1” does not name an NSS database; use “nss:FOLDER” or “firefox:PROFILE”.</source>
        <translation>„%1“ bezeichnet keine NSS-Datenbank; verwenden Sie „nss:ORDNER“ oder „firefox:PROFIL“.</translation>
    </message>
    <message>
        <source>Close Firefox first: it has this profile open, and changing its certificate database now could damage it. Then try again.</source>
        <translation>Schließen Sie zuerst Firefox: Dieses Profil ist dort geöffnet, und eine Änderung an seiner Zertifikatsdatenbank könnte sie jetzt beschädigen. Versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Give the full path of the NSS database folder.</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners der NSS-Datenbank an.</translation>
    </message>
    <message>
        <source>The certificate database in %1 is in the old format (cert8.db) that only one program can use at a time. Open it once with a current Firefox or Chromium, which converts it, then try again.</source>
        <translation>Die Zertifikatsdatenbank in %1 hat das alte Format (cert8.db), das immer nur ein Programm zugleich verwenden kann. Öffnen Sie sie einmal mit einer aktuellen Version von Firefox oder Chromium, die sie umwandelt, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>There is no NSS certificate database in %1. Check the folder, or start the application that owns it once so that it creates one.</source>
        <translation>In %1 gibt es keine NSS-Zertifikatsdatenbank. Prüfen Sie den Ordner, oder starten Sie die Anwendung, zu der er gehört, einmal, damit sie eine anlegt.</translation>
    </message>
    <message>
        <source>CertDesk could not create the folder %1 for the certificate database. Check that you may write to it.</source>
        <translation>CertDesk konnte den Ordner %1 für die Zertifikatsdatenbank nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>The certificate database in %1 is read-only for you. Ask whoever manages this computer, or choose another store.</source>
        <translation>Die Zertifikatsdatenbank in %1 ist für Sie schreibgeschützt. Wenden Sie sich an die Person, die diesen Computer verwaltet, oder wählen Sie einen anderen Speicher.</translation>
    </message>
    <message>
        <source>The NSS library could not start, so CertDesk cannot open %1.</source>
        <translation>Die NSS-Bibliothek ließ sich nicht starten; CertDesk kann %1 daher nicht öffnen.</translation>
    </message>
    <message>
        <source>The certificate database in %1 cannot be read: it may be damaged, or another program may have it open. Close Firefox and other browsers and try again.</source>
        <translation>Die Zertifikatsdatenbank in %1 lässt sich nicht lesen: Sie ist vielleicht beschädigt, oder ein anderes Programm hat sie geöffnet. Schließen Sie Firefox und andere Browser und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>CertDesk could not set up the new certificate database in %1.</source>
        <translation>CertDesk konnte die neue Zertifikatsdatenbank in %1 nicht einrichten.</translation>
    </message>
    <message>
        <source>The certificate database in %1 is protected by a password (Firefox calls it the Primary Password). Enter it to continue.</source>
        <translation>Die Zertifikatsdatenbank in %1 ist durch ein Passwort geschützt (Firefox nennt es Hauptpasswort). Geben Sie es ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>The password of the certificate database in %1 is not correct. Enter it again (Firefox calls it the Primary Password).</source>
        <translation>Das Passwort der Zertifikatsdatenbank in %1 ist nicht richtig. Geben Sie es noch einmal ein (Firefox nennt es Hauptpasswort).</translation>
    </message>
    <message>
        <source>CertDesk could not log in to the certificate database in %1.</source>
        <translation>CertDesk konnte sich nicht an der Zertifikatsdatenbank in %1 anmelden.</translation>
    </message>
    <message>
        <source>NSS cannot read the certificate “%1”.</source>
        <translation>NSS kann das Zertifikat „%1“ nicht lesen.</translation>
    </message>
    <message>
        <source>CertDesk could not add the certificate “%1” to the certificate database.</source>
        <translation>CertDesk konnte das Zertifikat „%1“ nicht zur Zertifikatsdatenbank hinzufügen.</translation>
    </message>
    <message>
        <source>The certificate “%1” was added but cannot be found in the database again.</source>
        <translation>Das Zertifikat „%1“ wurde hinzugefügt, lässt sich in der Datenbank danach aber nicht wiederfinden.</translation>
    </message>
    <message>
        <source>CertDesk could not prepare the trust settings.</source>
        <translation>CertDesk konnte die Vertrauenseinstellungen nicht vorbereiten.</translation>
    </message>
    <message>
        <source>CertDesk could not mark “%1” as a trusted certificate authority.</source>
        <translation>CertDesk konnte „%1“ nicht als vertrauenswürdige Zertifizierungsstelle kennzeichnen.</translation>
    </message>
    <message>
        <source>The trust settings of “%1” did not stick in the certificate database.</source>
        <translation>Die Vertrauenseinstellungen für „%1“ wurden von der Zertifikatsdatenbank nicht übernommen.</translation>
    </message>
    <message>
        <source>CertDesk could not read the certificates in %1.</source>
        <translation>CertDesk konnte die Zertifikate in %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Choose a certificate together with its private key to install.</source>
        <translation>Wählen Sie zum Installieren ein Zertifikat zusammen mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate “%1”.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat „%1“.</translation>
    </message>
    <message>
        <source>Firefox and Chromium cannot use Ed25519 keys for signing in yet. Request a certificate with an EC P-256 or RSA key instead.</source>
        <translation>Firefox und Chromium können Ed25519-Schlüssel noch nicht zum Anmelden verwenden. Beantragen Sie stattdessen ein Zertifikat mit einem EC-P-256- oder RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>NSS cannot read the public key of “%1”.</source>
        <translation>NSS kann den öffentlichen Schlüssel von „%1“ nicht lesen.</translation>
    </message>
    <message>
        <source>This kind of key cannot be installed into an NSS database. Use an EC or RSA key.</source>
        <translation>Diese Art von Schlüssel lässt sich nicht in eine NSS-Datenbank installieren. Verwenden Sie einen EC- oder RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>The name “%1” is already used in this store by a certificate for someone else. Choose another name.</source>
        <translation>Der Name „%1“ wird in diesem Speicher schon von einem Zertifikat für jemand anderen verwendet. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>CertDesk could not add the private key to the certificate database.</source>
        <translation>CertDesk konnte den privaten Schlüssel nicht zur Zertifikatsdatenbank hinzufügen.</translation>
    </message>
    <message>
        <source>CertDesk could not add the public key to the certificate database.</source>
        <translation>CertDesk konnte den öffentlichen Schlüssel nicht zur Zertifikatsdatenbank hinzufügen.</translation>
    </message>
    <message>
        <source>NSS cannot read the chain certificate “%1”.</source>
        <translation>NSS kann das Zertifikat „%1“ aus der Kette nicht lesen.</translation>
    </message>
    <message>
        <source>The certificate was added, but NSS does not find its private key with it, so browsers would not offer it. Nothing was kept; try again, or report this with the details.</source>
        <translation>Das Zertifikat wurde hinzugefügt, aber NSS findet seinen privaten Schlüssel nicht dazu, sodass Browser es nicht anbieten würden. Es wurde nichts behalten; versuchen Sie es noch einmal, oder melden Sie den Fehler mit den Details.</translation>
    </message>
    <message>
        <source>The certificate was added, but NSS does not accept it for signing in to websites: the chain that came with it does not lead to its issuer, or the certificate has expired or is not made for client authentication. Nothing was kept.</source>
        <translation>Das Zertifikat wurde hinzugefügt, aber NSS akzeptiert es nicht zum Anmelden bei Websites: Die mitgelieferte Kette führt nicht zu seinem Aussteller, oder das Zertifikat ist abgelaufen oder nicht für die Client-Authentifizierung gedacht. Es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Choose a CA certificate to trust.</source>
        <translation>Wählen Sie ein CA-Zertifikat, dem vertraut werden soll.</translation>
    </message>
    <message>
        <source>“%1” is not a certificate authority, so it cannot be trusted as one.</source>
        <translation>„%1“ ist keine Zertifizierungsstelle und kann daher nicht als vertrauenswürdige Zertifizierungsstelle eingetragen werden.</translation>
    </message>
    <message>
        <source>“%1” is not in this certificate database.</source>
        <translation>„%1“ ist nicht in dieser Zertifikatsdatenbank.</translation>
    </message>
    <message>
        <source>CertDesk could not delete the private key of “%1”.</source>
        <translation>CertDesk konnte den privaten Schlüssel von „%1“ nicht löschen.</translation>
    </message>
    <message>
        <source>CertDesk could not delete “%1” from the certificate database.</source>
        <translation>CertDesk konnte „%1“ nicht aus der Zertifikatsdatenbank löschen.</translation>
    </message>
    <message>
        <source>“%1” is still in the certificate database after deleting it.</source>
        <translation>„%1“ ist nach dem Löschen noch immer in der Zertifikatsdatenbank.</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import the certificate from your CA first. Only the request can be exported now.</source>
        <translation>„%1“ wartet noch auf sein Zertifikat; importieren Sie zuerst das Zertifikat von Ihrer Zertifizierungsstelle. Jetzt lässt sich nur die Anfrage exportieren.</translation>
    </message>
</context>
<context>
    <name>certdesk::DesktopNotifier</name>
    <message>
        <source>There is no desktop session bus (D-Bus) here, so CertDesk cannot show desktop notifications. Run CertDesk inside a desktop session, or set DBUS_SESSION_BUS_ADDRESS to the session&apos;s bus.</source>
        <translation>Hier gibt es keinen Sitzungsbus der Arbeitsumgebung (D-Bus), daher kann CertDesk keine Desktop-Benachrichtigungen anzeigen. Starten Sie CertDesk in einer Desktop-Sitzung, oder setzen Sie DBUS_SESSION_BUS_ADDRESS auf den Bus der Sitzung.</translation>
    </message>
    <message>
        <source>No desktop notification service is running in this session, so CertDesk cannot show notifications. Start the desktop&apos;s notification service (GNOME and KDE have one built in; elsewhere, for example, dunst or mako).</source>
        <translation>In dieser Sitzung läuft kein Benachrichtigungsdienst, daher kann CertDesk keine Benachrichtigungen anzeigen. Starten Sie den Benachrichtigungsdienst der Arbeitsumgebung (GNOME und KDE haben einen eingebaut; anderswo zum Beispiel dunst oder mako).</translation>
    </message>
    <message>
        <source>The desktop notification service gave an answer CertDesk does not understand, so the notification may not have been shown. Restart the notification service and try again.</source>
        <translation>Der Benachrichtigungsdienst hat eine Antwort gegeben, die CertDesk nicht versteht; die Benachrichtigung wurde möglicherweise nicht angezeigt. Starten Sie den Benachrichtigungsdienst neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The desktop notification service did not answer within %1 seconds. It may be busy or stuck: try again, or restart it (logging out and back in does).</source>
        <translation>Der Benachrichtigungsdienst hat nicht innerhalb von %1 Sekunden geantwortet. Er ist vielleicht ausgelastet oder hängt: Versuchen Sie es noch einmal, oder starten Sie ihn neu (Ab- und wieder Anmelden tut das).</translation>
    </message>
    <message>
        <source>The desktop notification service refused the request, so the notification was not shown. Restart the notification service and try again.</source>
        <translation>Der Benachrichtigungsdienst hat die Anfrage abgelehnt; die Benachrichtigung wurde nicht angezeigt. Starten Sie den Benachrichtigungsdienst neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>A desktop notification service is installed but could not start in this session, so CertDesk cannot show notifications. It usually needs a graphical desktop: log in to one and try again, or ask your helpdesk to check the notification service.</source>
        <translation>Ein Benachrichtigungsdienst ist installiert, konnte in dieser Sitzung aber nicht starten, daher kann CertDesk keine Benachrichtigungen anzeigen. Meist braucht er eine grafische Arbeitsumgebung: Melden Sie sich an einer an und versuchen Sie es noch einmal, oder bitten Sie Ihren Helpdesk, den Benachrichtigungsdienst zu prüfen.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::AutostartAction</name>
    <message>
        <source>Start CertDesk in the background when you log in, so that it reminds you before a certificate expires</source>
        <translation>CertDesk beim Anmelden im Hintergrund starten, damit es Sie erinnert, bevor ein Zertifikat abläuft</translation>
    </message>
    <message>
        <source>CertDesk cannot start with your session</source>
        <translation>CertDesk kann nicht mit Ihrer Sitzung starten</translation>
    </message>
    <message>
        <source>CertDesk still starts with your session</source>
        <translation>CertDesk startet weiterhin mit Ihrer Sitzung</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::BusyPanel</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ConnectionTestDialog</name>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Test a connection with “%1”</source>
        <translation>Verbindung mit „%1“ testen</translation>
    </message>
    <message>
        <source>CertDesk connects to the server with “%1” as a browser or VPN client would, and explains each step. Nothing is changed on this computer or on the server.</source>
        <translation>CertDesk verbindet sich mit „%1“ so mit dem Server, wie es ein Browser oder VPN-Client täte, und erklärt jeden Schritt. Weder auf diesem Computer noch auf dem Server wird etwas verändert.</translation>
    </message>
    <message>
        <source>Address of the server</source>
        <translation>Adresse des Servers</translation>
    </message>
    <message>
        <source>https://portal.example.org/ or host:port</source>
        <translation>https://portal.example.org/ oder Host:Port</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Den Test abbrechen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save a report for your helpdesk</source>
        <translation>Einen Bericht für Ihren Helpdesk speichern</translation>
    </message>
    <message>
        <source>A text file with what was tested and seen, for your helpdesk. It holds names, serial numbers and dates, never keys or passwords.</source>
        <translation>Eine Textdatei mit dem, was getestet und gesehen wurde, für Ihren Helpdesk. Sie enthält Namen, Seriennummern und Daten, niemals Schlüssel oder Passwörter.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The vault needs its passphrase to use the key of “%1”, so nothing was tested.</source>
        <translation>Der Tresor braucht seine Passphrase, um den Schlüssel von „%1“ zu verwenden; daher wurde nichts getestet.</translation>
    </message>
    <message>
        <source>The test was cancelled. What it saw until then is below.</source>
        <translation>Der Test wurde abgebrochen. Was er bis dahin gesehen hat, steht unten.</translation>
    </message>
    <message>
        <source>The connection to %1 works with “%2”.</source>
        <translation>Die Verbindung zu %1 funktioniert mit „%2“.</translation>
    </message>
    <message>
        <source>%1 accepted “%2”, but CertDesk found a problem. What it is and what to do is below.</source>
        <translation>%1 hat „%2“ angenommen, aber CertDesk hat ein Problem gefunden. Was es ist und was zu tun ist, steht unten.</translation>
    </message>
    <message>
        <source>CertDesk could not set up a secure connection to %1. What went wrong is below.</source>
        <translation>CertDesk konnte keine sichere Verbindung zu %1 aufbauen. Was schiefging, steht unten.</translation>
    </message>
    <message>
        <source>The connection to %1 does not work with “%2”. What went wrong and what to do is below.</source>
        <translation>Die Verbindung zu %1 funktioniert nicht mit „%2“. Was schiefging und was zu tun ist, steht unten.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Show the technical detail</source>
        <translation>Die technischen Details anzeigen</translation>
    </message>
    <message>
        <source>Save the connection report</source>
        <translation>Den Verbindungsbericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CertDesk %1</source>
        <translation>CertDesk %1</translation>
    </message>
    <message>
        <source>CertDesk could not save the report to %1: %2</source>
        <translation>CertDesk konnte den Bericht nicht unter %1 speichern: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::CsrView</name>
    <message>
        <source>Certificate request (PEM)</source>
        <translation>Zertifikatsanfrage (PEM)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the request to the clipboard</source>
        <translation>Die Anfrage in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the request to a file</source>
        <translation>Die Anfrage in einer Datei speichern</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation>Die Zertifikatsanfrage speichern</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem);;All files (*)</source>
        <translation>Zertifikatsanfragen (*.csr *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CertDesk could not save the request to %1: %2</source>
        <translation>CertDesk konnte die Anfrage nicht unter %1 speichern: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a request or certificate to see its details.</source>
        <translation>Wählen Sie eine Anfrage oder ein Zertifikat aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Installed in</source>
        <translation>Installiert in</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>&amp;Save request…</source>
        <translation>Anfrage &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the renewal request to a file</source>
        <translation>Die Erneuerungsanfrage in einer Datei speichern</translation>
    </message>
    <message>
        <source>I&amp;mport certificate…</source>
        <translation>Zertifikat i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Import the renewed certificate</source>
        <translation>Das erneuerte Zertifikat importieren</translation>
    </message>
    <message>
        <source>Discard renewal…</source>
        <translation>Erneuerung verwerfen…</translation>
    </message>
    <message>
        <source>Discard the renewal request</source>
        <translation>Die Erneuerungsanfrage verwerfen</translation>
    </message>
    <message>
        <source>Delete the renewal request and its new key, to start over</source>
        <translation>Die Erneuerungsanfrage und ihren neuen Schlüssel löschen, um neu anzufangen</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Erneuern…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Ask your certificate authority for a new certificate for the same name</source>
        <translation>Ihre Zertifizierungsstelle um ein neues Zertifikat für denselben Namen bitten</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>When CertDesk reminds you</source>
        <translation>Wann CertDesk Sie erinnert</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change when to be reminded</source>
        <translation>Ändern, wann Sie erinnert werden</translation>
    </message>
    <message>
        <source>Don&apos;t remind me about this one</source>
        <translation>Für dieses nicht mehr erinnern</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Vertrauenskette</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>&amp;Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>Den SHA-256-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;PEM</source>
        <translation>&amp;PEM kopieren</translation>
    </message>
    <message>
        <source>Copy the certificate as PEM text</source>
        <translation>Das Zertifikat als PEM-Text kopieren</translation>
    </message>
    <message>
        <source>I&amp;nstall…</source>
        <translation>&amp;Installieren…</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Put it where browsers, VPN and mail programs look for it</source>
        <translation>Dort ablegen, wo Browser, VPN- und E-Mail-Programme danach suchen</translation>
    </message>
    <message>
        <source>&amp;Test connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>Test a connection</source>
        <translation>Eine Verbindung testen</translation>
    </message>
    <message>
        <source>Connect to a server with this identity and see why it is accepted or not</source>
        <translation>Mit dieser Identität eine Verbindung zu einem Server herstellen und sehen, warum sie angenommen wird oder nicht</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 — 1 day left</source>
        <translation>%1 — noch 1 Tag</translation>
    </message>
    <message>
        <source>%1 — %2 days left</source>
        <translation>%1 — noch %2 Tage</translation>
    </message>
    <message>
        <source>%1 — expired yesterday</source>
        <translation>%1 — gestern abgelaufen</translation>
    </message>
    <message>
        <source>%1 — expired %2 days ago</source>
        <translation>%1 — vor %2 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>Not yet issued: send the request to your certificate authority, then import what it returns.</source>
        <translation>Noch nicht ausgestellt: Senden Sie die Anfrage an Ihre Zertifizierungsstelle und importieren Sie dann, was diese zurückschickt.</translation>
    </message>
    <message>
        <source>from %1
until %2</source>
        <translation>vom %1
bis %2</translation>
    </message>
    <message>
        <source>%1, private key kept encrypted in the vault</source>
        <translation>%1, privater Schlüssel verschlüsselt im Tresor</translation>
    </message>
    <message>
        <source>%1, no private key in the vault (certificate only)</source>
        <translation>%1, kein privater Schlüssel im Tresor (nur Zertifikat)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>any purpose (no restriction in the certificate)</source>
        <translation>jeder Zweck (keine Einschränkung im Zertifikat)</translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation>nicht eingeschränkt</translation>
    </message>
    <message>
        <source>%1 (as “%2”)</source>
        <translation>%1 (als „%2“)</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>noch nirgends</translation>
    </message>
    <message>
        <source>Copy request &amp;PEM</source>
        <translation>Anfrage als &amp;PEM kopieren</translation>
    </message>
    <message>
        <source>(issuer certificates not imported)</source>
        <translation>(Zertifikate der Aussteller nicht importiert)</translation>
    </message>
    <message>
        <source>“%1” has expired. Renew it: CertDesk asks your certificate authority for a new certificate for the same name.</source>
        <translation>„%1“ ist abgelaufen. Erneuern Sie es: CertDesk bittet Ihre Zertifizierungsstelle um ein neues Zertifikat für denselben Namen.</translation>
    </message>
    <message>
        <source>“%1” expires on %2. Renew it now: CertDesk asks your certificate authority for a new certificate for the same name, and this one keeps working meanwhile.</source>
        <translation>„%1“ läuft am %2 ab. Erneuern Sie es jetzt: CertDesk bittet Ihre Zertifizierungsstelle um ein neues Zertifikat für denselben Namen, und dieses funktioniert so lange weiter.</translation>
    </message>
    <message>
        <source>Renewal requested on %1. Send the request to your certificate authority; when the new certificate arrives, import it. Until then “%2” keeps working.</source>
        <translation>Erneuerung am %1 beantragt. Senden Sie die Anfrage an Ihre Zertifizierungsstelle; importieren Sie das neue Zertifikat, sobald es eintrifft. Bis dahin funktioniert „%2“ weiter.</translation>
    </message>
    <message>
        <source>Renewal requested on %1. The new certificate has arrived (valid until %2).</source>
        <translation>Erneuerung am %1 beantragt. Das neue Zertifikat ist eingetroffen (gültig bis %2).</translation>
    </message>
    <message>
        <source>Renewal requested on %1. The new certificate has arrived (valid until %2), but the old one is still the one installed in %3.</source>
        <translation>Erneuerung am %1 beantragt. Das neue Zertifikat ist eingetroffen (gültig bis %2), aber in %3 ist noch das alte installiert.</translation>
    </message>
    <message>
        <source>Finish renewal</source>
        <translation>Erneuerung abschließen</translation>
    </message>
    <message>
        <source>Replace in 1 store</source>
        <translation>In 1 Speicher ersetzen</translation>
    </message>
    <message>
        <source>Replace in %1 stores</source>
        <translation>In %1 Speichern ersetzen</translation>
    </message>
    <message>
        <source>Remind me %1 days before it expires.</source>
        <translation>%1 Tage vor dem Ablauf erinnern.</translation>
    </message>
    <message>
        <source>Remind me %1 days before it expires (the default).</source>
        <translation>%1 Tage vor dem Ablauf erinnern (die Voreinstellung).</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ExportDialog</name>
    <message>
        <source>Choose a password. Whoever opens the file will need it.</source>
        <translation>Wählen Sie ein Passwort. Wer die Datei öffnet, braucht es.</translation>
    </message>
    <message>
        <source>Too short. Someone who gets the file can guess a password this short quickly; use at least 12 characters, or a few unrelated words.</source>
        <translation>Zu kurz. Wer die Datei bekommt, errät ein so kurzes Passwort schnell; verwenden Sie mindestens 12 Zeichen oder ein paar Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Starkes Passwort.</translation>
    </message>
    <message>
        <source>Fair. Longer is stronger: 12 or more characters mixing letters, digits and signs, or a few unrelated words.</source>
        <translation>Ausreichend. Länger ist stärker: 12 oder mehr Zeichen aus Buchstaben, Ziffern und Sonderzeichen, oder ein paar Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Certificate (PEM text, .pem)</source>
        <translation>Zertifikat (PEM-Text, .pem)</translation>
    </message>
    <message>
        <source>Certificate (DER binary, .cer)</source>
        <translation>Zertifikat (DER binär, .cer)</translation>
    </message>
    <message>
        <source>Certificate with its issuers (PEM chain)</source>
        <translation>Zertifikat mit seinen Ausstellern (PEM-Kette)</translation>
    </message>
    <message>
        <source>PKCS#12 bundle: certificate, private key and chain (.p12)</source>
        <translation>PKCS#12-Paket: Zertifikat, privater Schlüssel und Kette (.p12)</translation>
    </message>
    <message>
        <source>Certificate request (PEM, .csr)</source>
        <translation>Zertifikatsanfrage (PEM, .csr)</translation>
    </message>
    <message>
        <source>Calendar reminder (.ics)</source>
        <translation>Kalendererinnerung (.ics)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>This request is still waiting for its certificate. Export the request and send it to your certificate authority.</source>
        <translation>Diese Anfrage wartet noch auf ihr Zertifikat. Exportieren Sie die Anfrage und senden Sie sie an Ihre Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The vault holds no private key for this certificate, so it can only be exported without one.</source>
        <translation>Der Tresor enthält keinen privaten Schlüssel für dieses Zertifikat; es lässt sich daher nur ohne exportieren.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Modern (AES-256)</source>
        <translation>Modern (AES-256)</translation>
    </message>
    <message>
        <source>Compatible with older Windows and macOS (3DES)</source>
        <translation>Kompatibel mit älterem Windows und macOS (3DES)</translation>
    </message>
    <message>
        <source>Include the private key (encrypted with this password)</source>
        <translation>Den privaten Schlüssel einschließen (mit diesem Passwort verschlüsselt)</translation>
    </message>
    <message>
        <source>Password for the file</source>
        <translation>Passwort für die Datei</translation>
    </message>
    <message>
        <source>Password again, to confirm</source>
        <translation>Passwort noch einmal, zur Bestätigung</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Passwörter anzeigen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type the password again in “Confirm” to make sure it is the one you meant.</source>
        <translation>Geben Sie das Passwort unter „Wiederholen“ noch einmal ein, um sicherzugehen, dass es das gemeinte ist.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password in both fields.</source>
        <translation>Die beiden Passwörter unterscheiden sich. Geben Sie in beiden Feldern dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>DER-Zertifikate (*.cer *.der)</translation>
    </message>
    <message>
        <source>PKCS#12 bundles (*.p12 *.pfx)</source>
        <translation>PKCS#12-Pakete (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem)</source>
        <translation>Zertifikatsanfragen (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>Saved the PKCS#12 bundle to “%1”. Keep the password: it is needed to open the file.</source>
        <translation>Das PKCS#12-Paket wurde unter „%1“ gespeichert. Bewahren Sie das Passwort auf: Es wird zum Öffnen der Datei gebraucht.</translation>
    </message>
    <message>
        <source>Saved the certificate and its encrypted private key to “%1”. Keep the password: it is needed to use the key.</source>
        <translation>Das Zertifikat und sein verschlüsselter privater Schlüssel wurden unter „%1“ gespeichert. Bewahren Sie das Passwort auf: Es wird zur Verwendung des Schlüssels gebraucht.</translation>
    </message>
    <message>
        <source>Saved the expiry date, with reminders %1 days before, to “%2”. Open it with your calendar.</source>
        <translation>Das Ablaufdatum wurde mit Erinnerungen %1 Tage vorher unter „%2“ gespeichert. Öffnen Sie die Datei mit Ihrem Kalender.</translation>
    </message>
    <message>
        <source>Saved to “%1”.</source>
        <translation>Gespeichert unter „%1“.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not exported: the vault stayed locked, so its private key could not be read. Choose Export again and enter the vault passphrase.</source>
        <translation>Nicht exportiert: Der Tresor blieb gesperrt, daher konnte der private Schlüssel nicht gelesen werden. Wählen Sie erneut „Exportieren“ und geben Sie die Passphrase des Tresors ein.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ImportDialog</name>
    <message>
        <source>Type the password below and choose Unlock. Senders usually give it separately, for example by phone or in another message.</source>
        <translation>Geben Sie unten das Passwort ein und wählen Sie „Entsperren“. Absender nennen es meist getrennt, zum Beispiel am Telefon oder in einer anderen Nachricht.</translation>
    </message>
    <message>
        <source>Type the password again below. Tick “Show password” to check what you typed.</source>
        <translation>Geben Sie das Passwort unten noch einmal ein. Kreuzen Sie „Passwort anzeigen“ an, um zu prüfen, was Sie eingegeben haben.</translation>
    </message>
    <message>
        <source>Type the password again below. If the file still does not open, ask the sender for a new copy.</source>
        <translation>Geben Sie das Passwort unten noch einmal ein. Wenn sich die Datei weiterhin nicht öffnet, bitten Sie den Absender um eine neue Kopie.</translation>
    </message>
    <message>
        <source>Remove this file from the list, then add the bundle again once you have a copy in a modern format.</source>
        <translation>Entfernen Sie diese Datei aus der Liste und fügen Sie das Paket erneut hinzu, sobald Sie eine Kopie in einem modernen Format haben.</translation>
    </message>
    <message>
        <source>Remove this file from the list and add the new copy when you have it.</source>
        <translation>Entfernen Sie diese Datei aus der Liste und fügen Sie die neue Kopie hinzu, sobald Sie sie haben.</translation>
    </message>
    <message>
        <source>Remove this file from the list. If you pasted text, copy the whole block including its BEGIN and END lines.</source>
        <translation>Entfernen Sie diese Datei aus der Liste. Wenn Sie Text eingefügt haben, kopieren Sie den ganzen Block einschließlich der BEGIN- und END-Zeilen.</translation>
    </message>
    <message>
        <source>Remove this file from the list to import the others.</source>
        <translation>Entfernen Sie diese Datei aus der Liste, um die anderen zu importieren.</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>1 private key</source>
        <translation>1 privater Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n private keys</source>
        <translation>
            <numerusform>%n privater Schlüssel</numerusform>
            <numerusform>%n private Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported identity “%1” (%2) with its private key.</source>
        <translation>Identität „%1“ (%2) mit ihrem privaten Schlüssel importiert.</translation>
    </message>
    <message>
        <source>Completed request “%1”: its certificate has arrived (%2).</source>
        <translation>Anfrage „%1“ abgeschlossen: Ihr Zertifikat ist eingetroffen (%2).</translation>
    </message>
    <message>
        <source>“%1” now has a newer certificate, valid until %2.</source>
        <translation>„%1“ hat jetzt ein neueres Zertifikat, gültig bis %2.</translation>
    </message>
    <message>
        <source>Already in the vault, nothing changed: “%1”.</source>
        <translation>Schon im Tresor, nichts geändert: „%1“.</translation>
    </message>
    <message>
        <source>Imported request “%1”; it waits for its certificate.</source>
        <translation>Anfrage „%1“ importiert; sie wartet auf ihr Zertifikat.</translation>
    </message>
    <message>
        <source>Kept certificate “%1” (%2) without a private key.</source>
        <translation>Zertifikat „%1“ (%2) ohne privaten Schlüssel aufbewahrt.</translation>
    </message>
    <message>
        <source>Added the private key to “%1”.</source>
        <translation>Den privaten Schlüssel zu „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Import certificates and keys</source>
        <translation>Zertifikate und Schlüssel importieren</translation>
    </message>
    <message>
        <source>Add everything your certificate authority or colleague sent: certificate, chain, PKCS#12 bundle. Drop files here, choose them, or paste PEM text with Ctrl+V. They are imported together.</source>
        <translation>Fügen Sie alles hinzu, was Ihre Zertifizierungsstelle oder Ihr Kollege geschickt hat: Zertifikat, Kette, PKCS#12-Paket. Ziehen Sie Dateien hierher, wählen Sie sie aus, oder fügen Sie PEM-Text mit Strg+V ein. Sie werden zusammen importiert.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dateien auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Die ausgewählten Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Passwort der Datei</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Keep without key</source>
        <translation>Ohne Schlüssel aufbewahren</translation>
    </message>
    <message>
        <source>Keep the certificate without a private key</source>
        <translation>Das Zertifikat ohne privaten Schlüssel aufbewahren</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Was der Import getan hat</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>Installieren…</translation>
    </message>
    <message>
        <source>Put the identity where your browser, VPN and mail programs look for it</source>
        <translation>Die Identität dort ablegen, wo Ihr Browser, VPN- und E-Mail-Programme danach suchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Install the renewed certificate wherever the old one is installed, check it there, then remove the old one</source>
        <translation>Das erneuerte Zertifikat überall dort installieren, wo das alte installiert ist, es dort prüfen und dann das alte entfernen</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Dateien zum Importieren auswählen</translation>
    </message>
    <message>
        <source>Certificates, requests, keys and bundles (*.pem *.crt *.cer *.der *.csr *.req *.p7b *.p7c *.p12 *.pfx *.key);;All files (*)</source>
        <translation>Zertifikate, Anfragen, Schlüssel und Pakete (*.pem *.crt *.cer *.der *.csr *.req *.p7b *.p7c *.p12 *.pfx *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The vault stayed locked, so nothing was imported. The private key in these files can only be stored once the vault is unlocked.</source>
        <translation>Der Tresor blieb gesperrt, daher wurde nichts importiert. Der private Schlüssel in diesen Dateien kann erst gespeichert werden, wenn der Tresor entsperrt ist.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing new to import</source>
        <translation>Nichts Neues zu importieren</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>This renews “%1”, but the old one could not be retired: %2</source>
        <translation>Dies erneuert „%1“, aber das alte konnte nicht außer Dienst gestellt werden: %2</translation>
    </message>
    <message>
        <source>This renews “%1”. The old certificate was installed nowhere, so it is now archived (View › Show Replaced Certificates lists it).</source>
        <translation>Dies erneuert „%1“. Das alte Zertifikat war nirgends installiert und ist jetzt archiviert (Ansicht › Ersetzte Zertifikate anzeigen listet es auf).</translation>
    </message>
    <message>
        <source>This renews “%1”, but the old certificate could not be archived.</source>
        <translation>Dies erneuert „%1“, aber das alte Zertifikat konnte nicht archiviert werden.</translation>
    </message>
    <message>
        <source>This renews “%1”, which is installed in %2. Replace puts the new certificate there, checks it, and then removes the old one; until then the old one stays in use.</source>
        <translation>Dies erneuert „%1“, das in %2 installiert ist. „Ersetzen“ legt das neue Zertifikat dort ab, prüft es und entfernt dann das alte; bis dahin bleibt das alte in Gebrauch.</translation>
    </message>
    <message>
        <source>Replace in 1 store</source>
        <translation>In 1 Speicher ersetzen</translation>
    </message>
    <message>
        <source>Replace in %1 stores</source>
        <translation>In %1 Speichern ersetzen</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ %1: the renewed certificate is installed and checked there, and the old one is removed.</source>
        <translation>✓ %1: Das erneuerte Zertifikat ist dort installiert und geprüft, und das alte ist entfernt.</translation>
    </message>
    <message>
        <source>Renewal finished: the new certificate is in place everywhere, and the old one is archived (View › Show Replaced Certificates lists it).</source>
        <translation>Erneuerung abgeschlossen: Das neue Zertifikat ist überall eingesetzt, und das alte ist archiviert (Ansicht › Ersetzte Zertifikate anzeigen listet es auf).</translation>
    </message>
    <message>
        <source>Not replaced everywhere: the old certificate stays where the new one could not be put. Fix what the list says and choose Replace again.</source>
        <translation>Nicht überall ersetzt: Das alte Zertifikat bleibt dort, wo das neue nicht abgelegt werden konnte. Beheben Sie, was die Liste nennt, und wählen Sie erneut „Ersetzen“.</translation>
    </message>
    <message>
        <source>The old certificate was not archived; choose Replace again.</source>
        <translation>Das alte Zertifikat wurde nicht archiviert; wählen Sie erneut „Ersetzen“.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Needs its password</source>
        <translation>Braucht sein Passwort</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Kann nicht importiert werden</translation>
    </message>
    <message>
        <source>If it is a CA certificate or a colleague’s certificate that you want to keep anyway, choose “Keep without key”.</source>
        <translation>Wenn es ein CA-Zertifikat oder das Zertifikat eines Kollegen ist, das Sie trotzdem aufbewahren möchten, wählen Sie „Ohne Schlüssel aufbewahren“.</translation>
    </message>
    <message>
        <source>Choose Import again and enter the vault passphrase.</source>
        <translation>Wählen Sie erneut „Importieren“ und geben Sie die Passphrase des Tresors ein.</translation>
    </message>
    <message>
        <source>Nothing was imported. Change the files in the list, then choose Import again.</source>
        <translation>Es wurde nichts importiert. Ändern Sie die Dateien in der Liste und wählen Sie dann erneut „Importieren“.</translation>
    </message>
    <message>
        <source>Replacing the old certificate…</source>
        <translation>Das alte Zertifikat wird ersetzt…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::InstallDialog</name>
    <message>
        <source>Install “%1”</source>
        <translation>„%1“ installieren</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import it before installing.</source>
        <translation>„%1“ wartet noch auf sein Zertifikat; importieren Sie es vor dem Installieren.</translation>
    </message>
    <message>
        <source>Choose where “%1” should be available. Browsers and mail programs then offer it when a site asks for a client certificate.</source>
        <translation>Wählen Sie, wo „%1“ verfügbar sein soll. Browser und E-Mail-Programme bieten es dann an, wenn eine Website nach einem Client-Zertifikat fragt.</translation>
    </message>
    <message>
        <source>Choose where the CA certificate “%1” should be trusted. Applications using these stores then accept the certificates it issued.</source>
        <translation>Wählen Sie, wo dem CA-Zertifikat „%1“ vertraut werden soll. Anwendungen, die diese Speicher verwenden, akzeptieren dann die Zertifikate, die es ausgestellt hat.</translation>
    </message>
    <message>
        <source>The vault holds no private key for “%1” and it is not a CA certificate, so there is nothing to install.</source>
        <translation>Der Tresor enthält keinen privaten Schlüssel für „%1“, und es ist kein CA-Zertifikat; es gibt daher nichts zu installieren.</translation>
    </message>
    <message>
        <source>What installing does</source>
        <translation>Was das Installieren tut</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Certificate stores</source>
        <translation>Zertifikatsspeicher</translation>
    </message>
    <message>
        <source>Notes about the search for stores</source>
        <translation>Hinweise zur Suche nach Speichern</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Install in the selected stores</source>
        <translation>In den ausgewählten Speichern installieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Looking for certificate stores on this computer…</source>
        <translation>Zertifikatsspeicher auf diesem Computer werden gesucht…</translation>
    </message>
    <message>
        <source>Import the certificate first.</source>
        <translation>Importieren Sie zuerst das Zertifikat.</translation>
    </message>
    <message>
        <source>The system trust store holds CA certificates only.</source>
        <translation>Der Vertrauensspeicher des Systems enthält nur CA-Zertifikate.</translation>
    </message>
    <message>
        <source>Changing the system trust store needs administrator rights. Run this in a terminal: %1</source>
        <translation>Das Ändern des Vertrauensspeichers des Systems erfordert Administratorrechte. Führen Sie dies in einem Terminal aus: %1</translation>
    </message>
    <message>
        <source>Without its private key this certificate cannot be used from here.</source>
        <translation>Ohne seinen privaten Schlüssel kann dieses Zertifikat von hier aus nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>State in %1</source>
        <translation>Zustand in %1</translation>
    </message>
    <message>
        <source>Why %1 is not available</source>
        <translation>Warum %1 nicht verfügbar ist</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN für %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Token-PIN</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Passwort des Speichers</translation>
    </message>
    <message>
        <source>Installed on %1.</source>
        <translation>Installiert am %1.</translation>
    </message>
    <message>
        <source>No certificate stores were found on this computer. Start Firefox or Chromium once so that they create theirs, then open this dialog again.</source>
        <translation>Auf diesem Computer wurden keine Zertifikatsspeicher gefunden. Starten Sie Firefox oder Chromium einmal, damit sie ihre anlegen, und öffnen Sie dann diesen Dialog erneut.</translation>
    </message>
    <message>
        <source>No stores found</source>
        <translation>Keine Speicher gefunden</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Installed in every chosen store, and checked in each that it is complete.</source>
        <translation>In jedem gewählten Speicher installiert und in jedem auf Vollständigkeit geprüft.</translation>
    </message>
    <message>
        <source>Nothing was installed. Each store above says what went wrong.</source>
        <translation>Es wurde nichts installiert. Jeder Speicher oben nennt, was schiefging.</translation>
    </message>
    <message>
        <source>Installed in %1 of the chosen stores; the others say above what went wrong.</source>
        <translation>In %1 der gewählten Speicher installiert; die anderen nennen oben, was schiefging.</translation>
    </message>
    <message>
        <source>✓ Installed and checked.</source>
        <translation>✓ Installiert und geprüft.</translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation>✓ Entfernt.</translation>
    </message>
    <message>
        <source>✗ Not installed: the vault stayed locked, so its private key could not be read. Choose Install again and enter the vault passphrase.</source>
        <translation>✗ Nicht installiert: Der Tresor blieb gesperrt, daher konnte der private Schlüssel nicht gelesen werden. Wählen Sie erneut „Installieren“ und geben Sie die Passphrase des Tresors ein.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Tresor: %1</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Tresorordner</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Request a Certificate…</source>
        <translation>&amp;Zertifikat beantragen…</translation>
    </message>
    <message>
        <source>Create a key and the request your certificate authority needs (Ctrl+N)</source>
        <translation>Einen Schlüssel und die Anfrage erstellen, die Ihre Zertifizierungsstelle braucht (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a certificate, chain or PKCS#12 bundle (Ctrl+O); you can also drop files on the window</source>
        <translation>Ein Zertifikat, eine Kette oder ein PKCS#12-Paket importieren (Strg+O); Sie können Dateien auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>Import from &amp;Clipboard</source>
        <translation>Aus der Zwischenablage im&amp;portieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected certificate or PKCS#12 bundle (Ctrl+E)</source>
        <translation>Das ausgewählte Zertifikat oder PKCS#12-Paket exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>I&amp;nstall…</source>
        <translation>&amp;Installieren…</translation>
    </message>
    <message>
        <source>Put the selected certificate where browsers, VPN and mail programs look for it (Ctrl+I)</source>
        <translation>Das ausgewählte Zertifikat dort ablegen, wo Browser, VPN- und E-Mail-Programme danach suchen (Strg+I)</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>E&amp;rneuern…</translation>
    </message>
    <message>
        <source>Ask your certificate authority for a new certificate for the selected identity before it expires (Ctrl+Shift+R)</source>
        <translation>Ihre Zertifizierungsstelle um ein neues Zertifikat für die ausgewählte Identität bitten, bevor sie abläuft (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>Connect to a server with the selected identity and see why it is accepted or not (Ctrl+T)</source>
        <translation>Mit der ausgewählten Identität eine Verbindung zu einem Server herstellen und sehen, warum sie angenommen wird oder nicht (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu l&amp;aden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>Start with My &amp;Session</source>
        <translation>Beim Anmel&amp;den starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Replaced Certificates</source>
        <translation>&amp;Ersetzte Zertifikate anzeigen</translation>
    </message>
    <message>
        <source>Also list the identities that a renewal replaced; they are kept in the vault until you delete them</source>
        <translation>Auch die Identitäten auflisten, die eine Erneuerung ersetzt hat; sie bleiben im Tresor, bis Sie sie löschen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>&amp;Über CertDesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading the vault…</source>
        <translation>Der Tresor wird geladen…</translation>
    </message>
    <message>
        <source>Loading the vault</source>
        <translation>Der Tresor wird geladen</translation>
    </message>
    <message>
        <source>Your vault is empty</source>
        <translation>Ihr Tresor ist leer</translation>
    </message>
    <message>
        <source>CertDesk keeps your certificate requests, their private keys and the certificates your certificate authority issues. There are two ways in:</source>
        <translation>CertDesk verwahrt Ihre Zertifikatsanfragen, ihre privaten Schlüssel und die Zertifikate, die Ihre Zertifizierungsstelle ausstellt. Es gibt zwei Wege hinein:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Request a certificate</source>
        <translation>Ein Zertifikat beantragen</translation>
    </message>
    <message>
        <source>You need a certificate from your organisation: CertDesk creates the key and the request.</source>
        <translation>Sie brauchen ein Zertifikat von Ihrer Organisation: CertDesk erstellt den Schlüssel und die Anfrage.</translation>
    </message>
    <message>
        <source>Import a certificate or bundle</source>
        <translation>Ein Zertifikat oder Paket importieren</translation>
    </message>
    <message>
        <source>You received a certificate or a .p12/.pfx file: bring it in. You can also drop files here.</source>
        <translation>Sie haben ein Zertifikat oder eine .p12/.pfx-Datei erhalten: Holen Sie sie herein. Sie können Dateien auch hierher ziehen.</translation>
    </message>
    <message>
        <source>On the command line, the same starts with:</source>
        <translation>Auf der Kommandozeile beginnt dasselbe mit:</translation>
    </message>
    <message>
        <source>Command-line alternative</source>
        <translation>Alternative auf der Kommandozeile</translation>
    </message>
    <message>
        <source>This window shows new entries by itself once the vault changes.</source>
        <translation>Dieses Fenster zeigt neue Einträge von selbst, sobald sich der Tresor ändert.</translation>
    </message>
    <message>
        <source>Requests and certificates</source>
        <translation>Anfragen und Zertifikate</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search names, subjects, issuers… (Ctrl+F)</source>
        <translation>Namen, Inhaber, Aussteller durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>The vault cannot be opened</source>
        <translation>Der Tresor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>CertDesk cannot open the vault</source>
        <translation>CertDesk kann den Tresor nicht öffnen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it, or start CertDesk with --vault FOLDER to use another vault.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen, oder starten Sie CertDesk mit --vault ORDNER, um einen anderen Tresor zu verwenden.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try opening the vault again</source>
        <translation>Erneut versuchen, den Tresor zu öffnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Nothing to renew</source>
        <translation>Nichts zu erneuern</translation>
    </message>
    <message>
        <source>The vault has no identity with the ID “%1”. It may have been deleted.</source>
        <translation>Der Tresor enthält keine Identität mit der ID „%1“. Sie wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>A renewal of “%1” was already requested on %2. Its request is in the details of “%1” (Save request…); import the new certificate when it arrives.</source>
        <translation>Eine Erneuerung von „%1“ wurde bereits am %2 beantragt. Ihre Anfrage steht in den Details von „%1“ (Anfrage speichern…); importieren Sie das neue Zertifikat, sobald es eintrifft.</translation>
    </message>
    <message>
        <source>“%1” was already replaced by its renewal.</source>
        <translation>„%1“ wurde bereits durch seine Erneuerung ersetzt.</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its first certificate; there is nothing to renew yet.</source>
        <translation>„%1“ wartet noch auf sein erstes Zertifikat; es gibt noch nichts zu erneuern.</translation>
    </message>
    <message>
        <source>“%1” has no private key in the vault, so it is not an identity CertDesk can renew.</source>
        <translation>„%1“ hat keinen privaten Schlüssel im Tresor und ist daher keine Identität, die CertDesk erneuern kann.</translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation>„%1“ erneuern</translation>
    </message>
    <message>
        <source>Reminders not changed</source>
        <translation>Erinnerungen nicht geändert</translation>
    </message>
    <message>
        <source>Discard the renewal of “%1”?</source>
        <translation>Die Erneuerung von „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>This deletes the renewal request and the new private key made for it. A certificate your certificate authority issues for that request can then no longer be used. “%1” itself stays as it is.</source>
        <translation>Dies löscht die Erneuerungsanfrage und den dafür erzeugten neuen privaten Schlüssel. Ein Zertifikat, das Ihre Zertifizierungsstelle für diese Anfrage ausstellt, kann dann nicht mehr verwendet werden. „%1“ selbst bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Renewal not discarded</source>
        <translation>Erneuerung nicht verworfen</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ %1: replaced, and checked that the new certificate is there with its key.</source>
        <translation>✓ %1: ersetzt und geprüft, dass das neue Zertifikat mit seinem Schlüssel dort ist.</translation>
    </message>
    <message>
        <source>The old certificate is archived (View › Show Replaced Certificates lists it).</source>
        <translation>Das alte Zertifikat ist archiviert (Ansicht › Ersetzte Zertifikate anzeigen listet es auf).</translation>
    </message>
    <message>
        <source>Renewal finished</source>
        <translation>Erneuerung abgeschlossen</translation>
    </message>
    <message>
        <source>Not replaced everywhere</source>
        <translation>Nicht überall ersetzt</translation>
    </message>
    <message>
        <source>The old certificate stays in use where the new one could not be put. Fix the problem above, then choose “Replace” in the old certificate&apos;s details again.</source>
        <translation>Das alte Zertifikat bleibt dort in Gebrauch, wo das neue nicht abgelegt werden konnte. Beheben Sie das Problem oben und wählen Sie dann in den Details des alten Zertifikats erneut „Ersetzen“.</translation>
    </message>
    <message>
        <source>Putting the renewed certificate in place of the old one…</source>
        <translation>Das erneuerte Zertifikat wird anstelle des alten eingesetzt…</translation>
    </message>
    <message>
        <source>The clipboard holds no PEM text (-----BEGIN …) to import.</source>
        <translation>Die Zwischenablage enthält keinen PEM-Text (-----BEGIN …) zum Importieren.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes the private key generated for it. A certificate issued for this request can then no longer be used. This cannot be undone.</source>
        <translation>Das Löschen von „%1“ löscht auch den dafür erzeugten privaten Schlüssel. Ein für diese Anfrage ausgestelltes Zertifikat kann dann nicht mehr verwendet werden. Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes its private key: without it, the certificate can no longer be used. This cannot be undone. Export it first if you may need it again.</source>
        <translation>Das Löschen von „%1“ löscht auch seinen privaten Schlüssel: Ohne ihn kann das Zertifikat nicht mehr verwendet werden. Dies lässt sich nicht rückgängig machen. Exportieren Sie es vorher, wenn Sie es vielleicht noch brauchen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export First…</source>
        <translation>Zuerst exportieren…</translation>
    </message>
    <message>
        <source>Remove the certificate “%1” from the vault?</source>
        <translation>Das Zertifikat „%1“ aus dem Tresor entfernen?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>Über CertDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Request, import and keep track of your personal certificates.&lt;/p&gt;&lt;p&gt;Vault: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Persönliche Zertifikate beantragen, importieren und im Blick behalten.&lt;/p&gt;&lt;p&gt;Tresor: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3 und %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>⚠ The organisation policy cannot be used (Help › Organisation Policy…)</source>
        <translation>⚠ Die Organisationsrichtlinie kann nicht verwendet werden (Hilfe › Organisationsrichtlinie…)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Check Vault…</source>
        <translation>Tresor &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check that the vault&apos;s database is intact and that every private key opens and belongs to its certificate</source>
        <translation>Prüfen, ob die Datenbank des Tresors intakt ist und ob sich jeder private Schlüssel öffnen lässt und zu seinem Zertifikat gehört</translation>
    </message>
    <message>
        <source>Organisation &amp;Policy…</source>
        <translation>&amp;Organisationsrichtlinie…</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Der Tresor wird geprüft…</translation>
    </message>
    <message>
        <source>Vault not checked</source>
        <translation>Tresor nicht geprüft</translation>
    </message>
    <message>
        <source>Vault Check</source>
        <translation>Tresorprüfung</translation>
    </message>
    <message>
        <source>The vault is healthy: its database is intact, and every private key opens and belongs to its certificate or request (%1 entries and %2 private keys checked).</source>
        <translation>Der Tresor ist in Ordnung: Seine Datenbank ist intakt, und jeder private Schlüssel lässt sich öffnen und gehört zu seinem Zertifikat oder seiner Anfrage (%1 Einträge und %2 private Schlüssel geprüft).</translation>
    </message>
    <message>
        <source>The vault check found these problems (%1):</source>
        <translation>Die Tresorprüfung hat diese Probleme gefunden (%1):</translation>
    </message>
    <message>
        <source>Entries not named here are fine and can still be used and exported. Keep a copy of the vault folder “%1” for your helpdesk.</source>
        <translation>Hier nicht genannte Einträge sind in Ordnung und können weiter verwendet und exportiert werden. Bewahren Sie eine Kopie des Tresorordners „%1“ für Ihren Helpdesk auf.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::PolicyDialog</name>
    <message>
        <source>Organisation Policy</source>
        <translation>Organisationsrichtlinie</translation>
    </message>
    <message>
        <source>Rules of the organisation policy</source>
        <translation>Regeln der Organisationsrichtlinie</translation>
    </message>
    <message>
        <source>No organisation policy: %1 does not exist, so every choice is yours.</source>
        <translation>Keine Organisationsrichtlinie: %1 existiert nicht, daher liegt jede Entscheidung bei Ihnen.</translation>
    </message>
    <message>
        <source>Your organisation sets these rules (from %1):</source>
        <translation>Ihre Organisation legt diese Regeln fest (aus %1):</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ReminderDaysDialog</name>
    <message>
        <source>Reminders for “%1”</source>
        <translation>Erinnerungen für „%1“</translation>
    </message>
    <message>
        <source>Remind me this many &amp;days before “%1” expires (numbers separated by commas):</source>
        <translation>So viele &amp;Tage vor dem Ablauf von „%1“ erinnern (Zahlen durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Days before expiry</source>
        <translation>Tage vor dem Ablauf</translation>
    </message>
    <message>
        <source>for example 30, 14, 7, 3, 1</source>
        <translation>zum Beispiel 30, 14, 7, 3, 1</translation>
    </message>
    <message>
        <source>&amp;Use the default (%1 days)</source>
        <translation>&amp;Voreinstellung verwenden (%1 Tage)</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Voreinstellung verwenden</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RenewDialog</name>
    <message>
        <source>any purpose (no restriction)</source>
        <translation>jeder Zweck (keine Einschränkung)</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096 (takes several seconds to create)</source>
        <translation>RSA 4096 (die Erstellung dauert einige Sekunden)</translation>
    </message>
    <message>
        <source>Ed25519 (not accepted by every authority)</source>
        <translation>Ed25519 (nicht von jeder Zertifizierungsstelle akzeptiert)</translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation>„%1“ erneuern</translation>
    </message>
    <message>
        <source>CertDesk creates a new private key and a request for the same certificate. Your certificate authority issues the new certificate from that request.</source>
        <translation>CertDesk erstellt einen neuen privaten Schlüssel und eine Anfrage für dasselbe Zertifikat. Ihre Zertifizierungsstelle stellt aus dieser Anfrage das neue Zertifikat aus.</translation>
    </message>
    <message>
        <source>Type of the new key</source>
        <translation>Typ des neuen Schlüssels</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Used for:</source>
        <translation>Verwendet für:</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>%1 — the same type as now</source>
        <translation>%1 — derselbe Typ wie bisher</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Neuer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>About the key</source>
        <translation>Zum Schlüssel</translation>
    </message>
    <message>
        <source>“%1” keeps working until the new certificate is installed in its place. Nothing changes in your browsers or other stores before that.</source>
        <translation>„%1“ funktioniert weiter, bis das neue Zertifikat an seiner Stelle installiert ist. Bis dahin ändert sich nichts in Ihren Browsern oder anderen Speichern.</translation>
    </message>
    <message>
        <source>Creating the new key and the request…</source>
        <translation>Der neue Schlüssel und die Anfrage werden erstellt…</translation>
    </message>
    <message>
        <source>Your renewal request is ready</source>
        <translation>Ihre Erneuerungsanfrage ist fertig</translation>
    </message>
    <message>
        <source>The new private key is in CertDesk&apos;s vault. Send the request below to your certificate authority.</source>
        <translation>Der neue private Schlüssel liegt im Tresor von CertDesk. Senden Sie die Anfrage unten an Ihre Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Send the request to your certificate authority.&lt;/li&gt;&lt;li&gt;When the new certificate arrives, import it (File › Import…, or “Import certificate…” in the details of “%1”). CertDesk then offers to put it in place of the old one wherever that is installed.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Wie es weitergeht&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Senden Sie die Anfrage an Ihre Zertifizierungsstelle.&lt;/li&gt;&lt;li&gt;Wenn das neue Zertifikat eintrifft, importieren Sie es (Datei › Importieren… oder „Zertifikat importieren…“ in den Details von „%1“). CertDesk bietet dann an, es überall dort anstelle des alten einzusetzen, wo dieses installiert ist.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation>&amp;Anfrage erstellen</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Anfrage erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A renewal of “%1” was already requested on %2. Its request is in the details of “%1” (Save request…).</source>
        <translation>Eine Erneuerung von „%1“ wurde bereits am %2 beantragt. Ihre Anfrage steht in den Details von „%1“ (Anfrage speichern…).</translation>
    </message>
    <message>
        <source>The vault needs its passphrase to keep the new key, so nothing was created. Choose “Create request” to try again.</source>
        <translation>Der Tresor braucht seine Passphrase, um den neuen Schlüssel zu verwahren; daher wurde nichts erstellt. Wählen Sie „Anfrage erstellen“, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RenewalReplacer</name>
    <message>
        <source>PIN for %1</source>
        <translation>PIN für %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Enter the PIN of “%1” to put the renewed certificate there in place of the old one.</source>
        <translation>Geben Sie die PIN von „%1“ ein, um das erneuerte Zertifikat dort anstelle des alten einzusetzen.</translation>
    </message>
    <message>
        <source>Enter the password of “%1” to put the renewed certificate there in place of the old one.</source>
        <translation>Geben Sie das Passwort von „%1“ ein, um das erneuerte Zertifikat dort anstelle des alten einzusetzen.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestKeyPage</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>CertDesk creates a new private key on this computer and keeps it encrypted in its vault. Only the request goes to your certificate authority.</source>
        <translation>CertDesk erstellt einen neuen privaten Schlüssel auf diesem Computer und verwahrt ihn verschlüsselt in seinem Tresor. Nur die Anfrage geht an Ihre Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation>&amp;Anfrage erstellen</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>Fast, small, accepted by current systems.</source>
        <translation>Schnell, klein, von aktuellen Systemen akzeptiert.</translation>
    </message>
    <message>
        <source>Advanced key types</source>
        <translation>Weitere Schlüsseltypen</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <source>A larger curve, for authorities that ask for it.</source>
        <translation>Eine größere Kurve, für Zertifizierungsstellen, die sie verlangen.</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>For older systems that do not accept elliptic-curve keys.</source>
        <translation>Für ältere Systeme, die keine Schlüssel mit elliptischen Kurven akzeptieren.</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA with a safety margin beyond 2030.</source>
        <translation>RSA mit Sicherheitsreserve über 2030 hinaus.</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>Takes several seconds to create; larger and slower in use.</source>
        <translation>Die Erstellung dauert einige Sekunden; größer und langsamer im Gebrauch.</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>Modern and fast, but many authorities and programs do not accept it yet.</source>
        <translation>Modern und schnell, aber viele Zertifizierungsstellen und Programme akzeptieren ihn noch nicht.</translation>
    </message>
    <message>
        <source>Creating the request</source>
        <translation>Die Anfrage wird erstellt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop creating the request</source>
        <translation>Das Erstellen der Anfrage stoppen</translation>
    </message>
    <message>
        <source>Creating the key and the request…</source>
        <translation>Der Schlüssel und die Anfrage werden erstellt…</translation>
    </message>
    <message>
        <source>Storing the key in the vault…</source>
        <translation>Der Schlüssel wird im Tresor gespeichert…</translation>
    </message>
    <message>
        <source>Your organisation allows only the key types shown here.</source>
        <translation>Ihre Organisation erlaubt nur die hier gezeigten Schlüsseltypen.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestProfilePage</name>
    <message>
        <source>What is the certificate for?</source>
        <translation>Wofür ist das Zertifikat?</translation>
    </message>
    <message>
        <source>Your certificate authority issues certificates for one purpose each. Choose the one you need.</source>
        <translation>Ihre Zertifizierungsstelle stellt Zertifikate für jeweils einen Zweck aus. Wählen Sie den, den Sie brauchen.</translation>
    </message>
    <message>
        <source>Sign in to services (VPN, Wi-Fi, web sites)</source>
        <translation>Bei Diensten anmelden (VPN, WLAN, Websites)</translation>
    </message>
    <message>
        <source>Proves who you are when you connect, instead of or in addition to a password.</source>
        <translation>Weist beim Verbinden nach, wer Sie sind – statt eines Passworts oder zusätzlich dazu.</translation>
    </message>
    <message>
        <source>Sign and encrypt e-mail</source>
        <translation>E-Mails signieren und verschlüsseln</translation>
    </message>
    <message>
        <source>Lets others check that your messages come from you, and send you encrypted messages (S/MIME).</source>
        <translation>Andere können prüfen, dass Ihre Nachrichten von Ihnen stammen, und Ihnen verschlüsselte Nachrichten senden (S/MIME).</translation>
    </message>
    <message>
        <source>Identify a server</source>
        <translation>Einen Server ausweisen</translation>
    </message>
    <message>
        <source>For a web, mail or VPN server: clients check that they talk to the right machine.</source>
        <translation>Für einen Web-, Mail- oder VPN-Server: Clients prüfen, dass sie mit dem richtigen Rechner sprechen.</translation>
    </message>
    <message>
        <source>Custom (for experts)</source>
        <translation>Benutzerdefiniert (für Fachleute)</translation>
    </message>
    <message>
        <source>Choose key usages and extended key usages yourself.</source>
        <translation>Schlüsselverwendungen und erweiterte Schlüsselverwendungen selbst wählen.</translation>
    </message>
    <message>
        <source>Custom usages</source>
        <translation>Benutzerdefinierte Verwendungen</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Schlüsselverwendung:</translation>
    </message>
    <message>
        <source>Key usage %1</source>
        <translation>Schlüsselverwendung %1</translation>
    </message>
    <message>
        <source>&amp;Extended key usages (names or OIDs, separated by commas):</source>
        <translation>&amp;Erweiterte Schlüsselverwendungen (Namen oder OIDs, durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Extended key usages</source>
        <translation>Erweiterte Schlüsselverwendungen</translation>
    </message>
    <message>
        <source>for example codeSigning, 1.3.6.1.4.1.311.20.2.2</source>
        <translation>zum Beispiel codeSigning, 1.3.6.1.4.1.311.20.2.2</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestResultPage</name>
    <message>
        <source>Your request is ready</source>
        <translation>Ihre Anfrage ist fertig</translation>
    </message>
    <message>
        <source>The private key is in CertDesk&apos;s vault. Send the request below to your certificate authority.</source>
        <translation>Der private Schlüssel liegt im Tresor von CertDesk. Senden Sie die Anfrage unten an Ihre Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Send the request to your certificate authority: paste it into their web form, or attach the saved file.&lt;/li&gt;&lt;li&gt;When the authority sends the certificate back, import it into CertDesk (File › Import…, or drop the file on the window). CertDesk matches it to this key by itself.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Wie es weitergeht&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Senden Sie die Anfrage an Ihre Zertifizierungsstelle: Fügen Sie sie in deren Webformular ein, oder hängen Sie die gespeicherte Datei an.&lt;/li&gt;&lt;li&gt;Wenn die Zertifizierungsstelle das Zertifikat zurückschickt, importieren Sie es in CertDesk (Datei › Importieren… oder die Datei auf das Fenster ziehen). CertDesk ordnet es selbst diesem Schlüssel zu.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestSubjectPage</name>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Windows sign-in name (UPN)</source>
        <translation>Windows-Anmeldename (UPN)</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Für wen ist es?</translation>
    </message>
    <message>
        <source>Fill in what your certificate authority asks for; leave the rest empty.</source>
        <translation>Füllen Sie aus, was Ihre Zertifizierungsstelle verlangt; lassen Sie den Rest leer.</translation>
    </message>
    <message>
        <source>Name for the request</source>
        <translation>Name für die Anfrage</translation>
    </message>
    <message>
        <source>Only shown in CertDesk; the certificate authority does not see it.</source>
        <translation>Wird nur in CertDesk angezeigt; die Zertifizierungsstelle sieht ihn nicht.</translation>
    </message>
    <message>
        <source>Empty: the common name</source>
        <translation>Leer: der allgemeine Name</translation>
    </message>
    <message>
        <source>&amp;Name in CertDesk:</source>
        <translation>Name in &amp;CertDesk:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>&amp;Common name:</source>
        <translation>&amp;Allgemeiner Name:</translation>
    </message>
    <message>
        <source>Alice Example</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>alice@example.org</source>
        <translation>erika@example.org</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisational &amp;unit:</source>
        <translation>Organisationseinhei&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>city or town</source>
        <translation>Stadt oder Gemeinde</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Bundesland:</translation>
    </message>
    <message>
        <source>state or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Coun&amp;try:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>two letters: DE, FR, US…</source>
        <translation>z. B. DE, AT, CH</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Type of the alternative name</source>
        <translation>Art des alternativen Namens</translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation>Alternativer Name</translation>
    </message>
    <message>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add alternative name</source>
        <translation>Alternativen Namen hinzufügen</translation>
    </message>
    <message>
        <source>Alternative names in the request</source>
        <translation>Alternative Namen in der Anfrage</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected alternative names</source>
        <translation>Die ausgewählten alternativen Namen entfernen</translation>
    </message>
    <message>
        <source>What the certificate authority will see</source>
        <translation>Was die Zertifizierungsstelle sehen wird</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>Vorschau der Anfrage</translation>
    </message>
    <message>
        <source>Note: with TLS 1.2, client authentication sends this certificate, with this name and address, unencrypted; anyone on the network path can read them.</source>
        <translation>Hinweis: Mit TLS 1.2 sendet die Client-Authentifizierung dieses Zertifikat samt Name und Adresse unverschlüsselt; jeder auf dem Netzwerkweg kann sie lesen.</translation>
    </message>
    <message>
        <source>Type the alternative name first, then add it.</source>
        <translation>Geben Sie zuerst den alternativen Namen ein und fügen Sie ihn dann hinzu.</translation>
    </message>
    <message>
        <source>The request already has this alternative name.</source>
        <translation>Die Anfrage hat diesen alternativen Namen bereits.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Taken from the E-mail field</source>
        <translation>Aus dem Feld „E-Mail“ übernommen</translation>
    </message>
    <message>
        <source>An e-mail certificate needs the e-mail address under Alternative names; mail programs look only there.</source>
        <translation>Ein E-Mail-Zertifikat braucht die E-Mail-Adresse unter „Alternative Namen“; E-Mail-Programme suchen nur dort.</translation>
    </message>
    <message>
        <source>A server certificate needs at least one DNS name or IP address under Alternative names; browsers ignore the common name.</source>
        <translation>Ein Serverzertifikat braucht mindestens einen DNS-Namen oder eine IP-Adresse unter „Alternative Namen“; Browser ignorieren den allgemeinen Namen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Subject: %1
Alternative names: %2</source>
        <translation>Inhaber: %1
Alternative Namen: %2</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestWizard</name>
    <message>
        <source>Request a Certificate</source>
        <translation>Zertifikat beantragen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Anfrage erstellen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopped. Nothing was stored.</source>
        <translation>Gestoppt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The vault needs its passphrase to keep the new key, so the request was not stored. Choose “Create request” to try again.</source>
        <translation>Der Tresor braucht seine Passphrase, um den neuen Schlüssel zu verwahren; daher wurde die Anfrage nicht gespeichert. Wählen Sie „Anfrage erstellen“, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time CertDesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von CertDesk.</translation>
    </message>
    <message>
        <source>Cannot be used (damaged file)</source>
        <translation>Nicht verwendbar (Datei beschädigt)</translation>
    </message>
    <message>
        <source>Active, from %1</source>
        <translation>Aktiv, aus %1</translation>
    </message>
    <message>
        <source>None: every choice is yours</source>
        <translation>Keine: Sie entscheiden alles selbst</translation>
    </message>
    <message>
        <source>&amp;Show…</source>
        <translation>&amp;Anzeigen…</translation>
    </message>
    <message>
        <source>Show the organisation policy</source>
        <translation>Organisationsrichtlinie anzeigen</translation>
    </message>
    <message>
        <source>Organisation policy:</source>
        <translation>Organisationsrichtlinie:</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::TrayController</name>
    <message>
        <source>Checking your certificates…</source>
        <translation>Ihre Zertifikate werden geprüft…</translation>
    </message>
    <message>
        <source>Open CertDesk</source>
        <translation>CertDesk öffnen</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>CertDesk could not check your certificates: %1</source>
        <translation>CertDesk konnte Ihre Zertifikate nicht prüfen: %1</translation>
    </message>
    <message>
        <source>All certificates are fine</source>
        <translation>Alle Zertifikate sind in Ordnung</translation>
    </message>
    <message>
        <source>1 certificate needs attention</source>
        <translation>1 Zertifikat braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates need attention</source>
        <translation>
            <numerusform>%n Zertifikat braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Zertifikate brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <source>CertDesk will remind you again at the next check</source>
        <translation>CertDesk erinnert Sie bei der nächsten Prüfung erneut</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::VaultTableModel</name>
    <message>
        <source>Renewal requested on %1</source>
        <translation>Erneuerung am %1 beantragt</translation>
    </message>
    <message>
        <source>Renewed, not yet replaced</source>
        <translation>Erneuert, noch nicht ersetzt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Installed in</source>
        <translation>Installiert in</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No certificate yet: the request is waiting for your certificate authority.</source>
        <translation>Noch kein Zertifikat: Die Anfrage wartet auf Ihre Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>less than a day left</source>
        <translation>weniger als ein Tag übrig</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired less than a day ago</source>
        <translation>vor weniger als einem Tag abgelaufen</translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation>vor 1 Tag abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expired %n days ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>expiry date (relative time)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your personal certificates.</source>
        <translation>Verwalten Sie Ihre persönlichen Zertifikate.</translation>
    </message>
    <message>
        <source>Use the vault in DIR (default: $CERTDESK_VAULT or the data folder).</source>
        <translation>Den Tresor in ORDNER verwenden (Voreinstellung: $CERTDESK_VAULT oder der Datenordner).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Start without a window, in the system tray, and remind you before certificates expire.</source>
        <translation>Ohne Fenster im Systembereich der Kontrollleiste starten und erinnern, bevor Zertifikate ablaufen.</translation>
    </message>
    <message>
        <source>Open the renewal of the identity ID (as a reminder&apos;s “Renew…” does).</source>
        <translation>Die Erneuerung der Identität ID öffnen (wie „Erneuern…“ in einer Erinnerung).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Certificates or bundles to import (optional).</source>
        <translation>Zu importierende Zertifikate oder Pakete (optional).</translation>
    </message>
</context>
</TS>
