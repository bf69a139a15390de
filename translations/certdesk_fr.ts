<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Sign in to services (client authentication)</source>
        <translation>Se connecter à des services (authentification client)</translation>
    </message>
    <message>
        <source>Identify a server (TLS server)</source>
        <translation>Identifier un serveur (serveur TLS)</translation>
    </message>
    <message>
        <source>Sign and encrypt e-mail</source>
        <translation>Signer et chiffrer les courriels</translation>
    </message>
    <message>
        <source>Sign software</source>
        <translation>Signer des logiciels</translation>
    </message>
    <message>
        <source>Time stamping</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Sign revocation answers (OCSP)</source>
        <translation>Signer les réponses de révocation (OCSP)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase secrète du coffre</translation>
    </message>
    <message>
        <source>Enter the vault passphrase. If this vault has none yet, the passphrase you enter now will protect its keys.</source>
        <translation>Saisissez la phrase secrète du coffre. Si ce coffre n’en a pas encore, celle que vous saisissez maintenant protégera ses clés.</translation>
    </message>
    <message>
        <source>CertDesk cannot ask for administrator rights here (pkexec is not installed). Run certdesk-cli with sudo instead.</source>
        <translation>CertDesk ne peut pas demander les droits d’administrateur ici (pkexec n’est pas installé). Lancez plutôt certdesk-cli avec sudo.</translation>
    </message>
    <message>
        <source>CertDesk cannot write a temporary file.</source>
        <translation>CertDesk ne peut pas écrire de fichier temporaire.</translation>
    </message>
    <message>
        <source>Nobody answered the request for administrator rights.</source>
        <translation>Personne n’a répondu à la demande de droits d’administrateur.</translation>
    </message>
    <message>
        <source>Administrator rights were not given, so the system trust store was not changed.</source>
        <translation>Les droits d’administrateur n’ont pas été accordés&#x202f;; le magasin de confiance du système n’a donc pas été modifié.</translation>
    </message>
    <message>
        <source>Changing the system trust store failed (certdesk-cli ended with code %1).</source>
        <translation>La modification du magasin de confiance du système a échoué (certdesk-cli s’est terminé avec le code %1).</translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation>texte PEM</translation>
    </message>
    <message>
        <source>DER certificate</source>
        <translation>certificat DER</translation>
    </message>
    <message>
        <source>DER certificate request</source>
        <translation>demande de certificat DER</translation>
    </message>
    <message>
        <source>PKCS#7 certificate chain</source>
        <translation>chaîne de certificats PKCS#7</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>fichier PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#8 private key</source>
        <translation>clé privée PKCS#8</translation>
    </message>
    <message>
        <source>encrypted PKCS#8 private key</source>
        <translation>clé privée PKCS#8 chiffrée</translation>
    </message>
    <message>
        <source>This %1 is protected by a password. Enter the password you were given with it.</source>
        <translation>Cet élément (%1) est protégé par un mot de passe. Saisissez le mot de passe qui vous a été remis avec lui.</translation>
    </message>
    <message>
        <source>The password is wrong for this %1, or the file is damaged. Check capital letters and the keyboard layout, then try again.</source>
        <translation>Le mot de passe ne correspond pas à cet élément (%1), ou le fichier est endommagé. Vérifiez les majuscules et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <source>This PKCS#7 file holds no certificates (it is of type %1).</source>
        <translation>Ce fichier PKCS#7 ne contient aucun certificat (il est de type %1).</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <source>A private key in the file is damaged or of a kind CertDesk cannot read.</source>
        <translation>Une clé privée du fichier est endommagée ou d’un type que CertDesk ne sait pas lire.</translation>
    </message>
    <message>
        <source>PEM block %1 in the file is damaged or cut short (its BEGIN and END lines do not match, or its base64 text is broken). Ask for the file again.</source>
        <translation>Le bloc PEM %1 du fichier est endommagé ou tronqué (ses lignes BEGIN et END ne correspondent pas, ou son texte base64 est abîmé). Demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Certificate %1 in the file is damaged.</source>
        <translation>Le certificat %1 du fichier est endommagé.</translation>
    </message>
    <message>
        <source>The certificate request in the file is damaged.</source>
        <translation>La demande de certificat du fichier est endommagée.</translation>
    </message>
    <message>
        <source>The PKCS#7 block in the file is damaged.</source>
        <translation>Le bloc PKCS#7 du fichier est endommagé.</translation>
    </message>
    <message>
        <source>A “%1” block was skipped; CertDesk does not use it.</source>
        <translation>Un bloc «&#xa0;%1&#xa0;» a été ignoré&#x202f;; CertDesk ne l’utilise pas.</translation>
    </message>
    <message>
        <source>The file looks like PEM text but holds no complete block.</source>
        <translation>Le fichier ressemble à du texte PEM mais ne contient aucun bloc complet.</translation>
    </message>
    <message>
        <source>The file holds no certificate, request or private key.</source>
        <translation>Le fichier ne contient ni certificat, ni demande, ni clé privée.</translation>
    </message>
    <message>
        <source>The private key uses an algorithm CertDesk cannot read.</source>
        <translation>La clé privée utilise un algorithme que CertDesk ne sait pas lire.</translation>
    </message>
    <message>
        <source>The file is cut short: it announces %1 bytes but holds only %2. Ask for the file again.</source>
        <translation>Le fichier est tronqué&#xa0;: il annonce %1 octets mais n’en contient que %2. Demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>CertDesk does not recognise this file: it is not a certificate, a certificate request, a PKCS#7 chain, a PKCS#12 bundle or a private key, or it is damaged.</source>
        <translation>CertDesk ne reconnaît pas ce fichier&#xa0;: ce n’est ni un certificat, ni une demande de certificat, ni une chaîne PKCS#7, ni un fichier PKCS#12, ni une clé privée, ou alors il est endommagé.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate bundle.</source>
        <translation>Le fichier est trop volumineux pour être un fichier de certificats.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a certificate bundle.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être un fichier de certificats.</translation>
    </message>
    <message>
        <source>CertDesk cannot read “%1”: %2.</source>
        <translation>CertDesk ne peut pas lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a readable certificate.</source>
        <translation>Ce n’est pas un certificat lisible.</translation>
    </message>
    <message>
        <source>The request names nobody: give a subject (for example CN=Alice Example) or at least one alternative name.</source>
        <translation>La demande ne désigne personne&#xa0;: indiquez un sujet (par exemple CN=Alice Exemple) ou au moins un nom alternatif.</translation>
    </message>
    <message>
        <source>“%1” is not a key usage; use %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une utilisation de clé&#x202f;; utilisez %2.</translation>
    </message>
    <message>
        <source>“%1” is not an extended key usage; use a name such as clientAuth, serverAuth, emailProtection, codeSigning, or a dotted OID.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une utilisation étendue de clé&#x202f;; utilisez un nom comme clientAuth, serverAuth, emailProtection, codeSigning, ou un OID en notation pointée.</translation>
    </message>
    <message>
        <source>A custom profile needs at least one key usage or extended key usage.</source>
        <translation>Un profil personnalisé nécessite au moins une utilisation de clé ou une utilisation étendue de clé.</translation>
    </message>
    <message>
        <source>An e-mail certificate needs the e-mail address as an alternative name (for example --san email:alice@example.org); mail programs look only there.</source>
        <translation>Un certificat de messagerie doit contenir l’adresse électronique comme nom alternatif (par exemple --san email:alice@example.org)&#x202f;; les logiciels de messagerie ne la cherchent que là.</translation>
    </message>
    <message>
        <source>A server certificate needs at least one DNS name or IP address as an alternative name (for example --san dns:www.example.org); browsers ignore the common name.</source>
        <translation>Un certificat de serveur doit contenir au moins un nom DNS ou une adresse IP comme nom alternatif (par exemple --san dns:www.example.org)&#x202f;; les navigateurs ignorent le nom commun.</translation>
    </message>
    <message>
        <source>There is no key to sign the request with.</source>
        <translation>Il n’y a aucune clé avec laquelle signer la demande.</translation>
    </message>
    <message>
        <source>CertDesk could not put the subject name and key into the request.</source>
        <translation>CertDesk n’a pas pu insérer le nom du sujet et la clé dans la demande.</translation>
    </message>
    <message>
        <source>CertDesk could not encode the request&apos;s extensions.</source>
        <translation>CertDesk n’a pas pu encoder les extensions de la demande.</translation>
    </message>
    <message>
        <source>CertDesk could not add the extensions to the request.</source>
        <translation>CertDesk n’a pas pu ajouter les extensions à la demande.</translation>
    </message>
    <message>
        <source>CertDesk could not sign the request with the new key.</source>
        <translation>CertDesk n’a pas pu signer la demande avec la nouvelle clé.</translation>
    </message>
    <message>
        <source>This is not a readable certificate request.</source>
        <translation>Ce n’est pas une demande de certificat lisible.</translation>
    </message>
    <message>
        <source>The subject name has an empty part; remove the extra comma.</source>
        <translation>Le nom du sujet contient une partie vide&#x202f;; supprimez la virgule en trop.</translation>
    </message>
    <message>
        <source>“%1” in the subject name has no “=”; write it as TYPE=value, for example CN=Alice Example.</source>
        <translation>«&#xa0;%1&#xa0;» dans le nom du sujet n’a pas de «&#xa0;=&#xa0;»&#x202f;; écrivez-le sous la forme TYPE=valeur, par exemple CN=Alice Exemple.</translation>
    </message>
    <message>
        <source>The subject name ends with a lone backslash; write \\ for a backslash.</source>
        <translation>Le nom du sujet se termine par une barre oblique inverse isolée&#x202f;; écrivez \\ pour une barre oblique inverse.</translation>
    </message>
    <message>
        <source>The subject name has an unknown escape “\%1”; escape special characters as \, \+ \&quot; \\ or two hex digits.</source>
        <translation>Le nom du sujet contient une séquence d’échappement inconnue «&#xa0;\%1&#xa0;»&#x202f;; échappez les caractères spéciaux sous la forme \, \+ \&quot; \\ ou par deux chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The subject name has a “+” (several values in one part), which CertDesk does not request; write \+ for a plus sign in a value.</source>
        <translation>Le nom du sujet contient un «&#xa0;+&#xa0;» (plusieurs valeurs dans une même partie), ce que CertDesk ne demande pas&#x202f;; écrivez \+ pour un signe plus dans une valeur.</translation>
    </message>
    <message>
        <source>The subject name ends with a comma; remove it.</source>
        <translation>Le nom du sujet se termine par une virgule&#x202f;; supprimez-la.</translation>
    </message>
    <message>
        <source>“%1” is not a subject attribute CertDesk knows; use CN, O, OU, L, ST, C, emailAddress, DC, UID, serialNumber, GN or SN.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un attribut de sujet connu de CertDesk&#x202f;; utilisez CN, O, OU, L, ST, C, emailAddress, DC, UID, serialNumber, GN ou SN.</translation>
    </message>
    <message>
        <source>The %1 (%2=) is empty; fill it in or leave it out.</source>
        <translation>Le champ %1 (%2=) est vide&#x202f;; renseignez-le ou omettez-le.</translation>
    </message>
    <message>
        <source>The country (C=%1) must be a two-letter code such as DE, FR or US.</source>
        <translation>Le pays (C=%1) doit être un code à deux lettres, comme DE, FR ou US.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; certificates allow at most %3.</source>
        <translation>Le champ %1 fait %2 caractères&#x202f;; les certificats en autorisent au plus %3.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is encrypted with %1, an old algorithm, and this system&apos;s OpenSSL has no legacy support to read it. Ask for the bundle again in a modern format (AES-256), or export it again from the program that made it.</source>
        <translation>Ce fichier PKCS#12 est chiffré avec %1, un ancien algorithme, et l’OpenSSL de ce système n’a pas la prise en charge des anciens algorithmes (legacy) nécessaire pour le lire. Demandez à nouveau le fichier dans un format moderne (AES-256), ou exportez-le à nouveau depuis le programme qui l’a créé.</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle is damaged: %1. Ask for the file again.</source>
        <translation>Le fichier PKCS#12 est endommagé&#xa0;: %1. Demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>its contents cannot be unpacked</source>
        <translation>son contenu ne peut pas être décompressé</translation>
    </message>
    <message>
        <source>a section cannot be read</source>
        <translation>une section ne peut pas être lue</translation>
    </message>
    <message>
        <source>its certificate section cannot be decrypted</source>
        <translation>sa section de certificats ne peut pas être déchiffrée</translation>
    </message>
    <message>
        <source>A section of type %1 was skipped.</source>
        <translation>Une section de type %1 a été ignorée.</translation>
    </message>
    <message>
        <source>This bundle was made with %1, an old algorithm; CertDesk read it with OpenSSL&apos;s legacy support. Exports from CertDesk use modern algorithms.</source>
        <translation>Ce fichier a été créé avec %1, un ancien algorithme&#x202f;; CertDesk l’a lu grâce à la prise en charge des anciens algorithmes (legacy) d’OpenSSL. Les exportations de CertDesk utilisent des algorithmes modernes.</translation>
    </message>
    <message>
        <source>its sections are nested too deeply</source>
        <translation>ses sections sont trop profondément imbriquées</translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation>sa clé privée ne peut pas être lue</translation>
    </message>
    <message>
        <source>its private key cannot be decrypted</source>
        <translation>sa clé privée ne peut pas être déchiffrée</translation>
    </message>
    <message>
        <source>A certificate that is not X.509 was skipped.</source>
        <translation>Un certificat qui n’est pas au format X.509 a été ignoré.</translation>
    </message>
    <message>
        <source>a certificate in it cannot be read</source>
        <translation>un des certificats qu’il contient ne peut pas être lu</translation>
    </message>
    <message>
        <source>A part of type %1 was skipped.</source>
        <translation>Une partie de type %1 a été ignorée.</translation>
    </message>
    <message>
        <source>The file is not a complete PKCS#12 bundle; it may be cut short or damaged. Ask for the file again.</source>
        <translation>Le fichier n’est pas un fichier PKCS#12 complet&#x202f;; il est peut-être tronqué ou endommagé. Demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is protected with the integrity algorithm %1, which CertDesk cannot check. Ask for the bundle in a common format.</source>
        <translation>Ce fichier PKCS#12 est protégé par l’algorithme d’intégrité %1, que CertDesk ne sait pas vérifier. Demandez le fichier dans un format courant.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is protected by a password. Enter the password you were given with the file.</source>
        <translation>Ce fichier PKCS#12 est protégé par un mot de passe. Saisissez le mot de passe qui vous a été remis avec le fichier.</translation>
    </message>
    <message>
        <source>The password is wrong for this PKCS#12 bundle. Check capital letters and the keyboard layout, then try again.</source>
        <translation>Le mot de passe ne correspond pas à ce fichier PKCS#12. Vérifiez les majuscules et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <source>This bundle has no integrity check (MAC): CertDesk cannot prove it was not altered on its way to you.</source>
        <translation>Ce fichier n’a pas de contrôle d’intégrité (MAC)&#xa0;: CertDesk ne peut pas prouver qu’il n’a pas été modifié avant de vous parvenir.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle has no integrity check (MAC), and it did not decrypt with this password: either the password is wrong or the file is damaged.</source>
        <translation>Ce fichier PKCS#12 n’a pas de contrôle d’intégrité (MAC), et il n’a pas pu être déchiffré avec ce mot de passe&#xa0;: soit le mot de passe est erroné, soit le fichier est endommagé.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle has no integrity check (MAC) and is encrypted. Enter the password you were given with the file.</source>
        <translation>Ce fichier PKCS#12 n’a pas de contrôle d’intégrité (MAC) et il est chiffré. Saisissez le mot de passe qui vous a été remis avec le fichier.</translation>
    </message>
    <message>
        <source>A PKCS#12 bundle needs a password; many importers reject bundles without one.</source>
        <translation>Un fichier PKCS#12 nécessite un mot de passe&#x202f;; de nombreux logiciels refusent d’importer un fichier qui n’en a pas.</translation>
    </message>
    <message>
        <source>CertDesk could not build the PKCS#12 bundle.</source>
        <translation>CertDesk n’a pas pu construire le fichier PKCS#12.</translation>
    </message>
    <message>
        <source>CertDesk could not protect the PKCS#12 bundle.</source>
        <translation>CertDesk n’a pas pu protéger le fichier PKCS#12.</translation>
    </message>
    <message>
        <source>CertDesk could not encode the PKCS#12 bundle.</source>
        <translation>CertDesk n’a pas pu encoder le fichier PKCS#12.</translation>
    </message>
    <message>
        <source>CertDesk could not generate a %1 key.</source>
        <translation>CertDesk n’a pas pu générer de clé %1.</translation>
    </message>
    <message>
        <source>The stored private key is damaged.</source>
        <translation>La clé privée enregistrée est endommagée.</translation>
    </message>
    <message>
        <source>The private key could not be serialised.</source>
        <translation>La clé privée n’a pas pu être sérialisée.</translation>
    </message>
    <message>
        <source>A password is needed to export a private key; an empty one is not accepted.</source>
        <translation>Un mot de passe est nécessaire pour exporter une clé privée&#x202f;; un mot de passe vide n’est pas accepté.</translation>
    </message>
    <message>
        <source>The private key could not be encrypted for export.</source>
        <translation>La clé privée n’a pas pu être chiffrée pour l’exportation.</translation>
    </message>
    <message>
        <source>“%1” needs a type: write dns:NAME, email:ADDRESS, uri:URI, ip:ADDRESS or upn:USER@DOMAIN.</source>
        <translation>«&#xa0;%1&#xa0;» doit indiquer un type&#xa0;: écrivez dns:NOM, email:ADRESSE, uri:URI, ip:ADRESSE ou upn:UTILISATEUR@DOMAINE.</translation>
    </message>
    <message>
        <source>“%1” is not a SAN type; use dns, email, uri, ip or upn.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de SAN&#x202f;; utilisez dns, email, uri, ip ou upn.</translation>
    </message>
    <message>
        <source>The %1 alternative name is empty.</source>
        <translation>Le nom alternatif %1 est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid DNS name (letters, digits and hyphens, separated by dots).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom DNS valide (lettres, chiffres et tirets, séparés par des points).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address CertDesk can put in a certificate.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique que CertDesk peut mettre dans un certificat.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URI such as https://example.org/alice.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un URI absolu comme https://example.org/alice.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>“%1” is not a user principal name such as alice@corp.example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’utilisateur principal (UPN) comme alice@corp.example.org.</translation>
    </message>
    <message>
        <source>CertDesk cannot save the entry that starts it at login in %1; check that you may write to that folder.</source>
        <translation>CertDesk ne peut pas enregistrer dans %1 l’entrée qui le lance à l’ouverture de session&#x202f;; vérifiez que vous avez le droit d’écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>CertDesk cannot remove the entry that starts it at login, %1; check that you may write to its folder.</source>
        <translation>CertDesk ne peut pas supprimer l’entrée qui le lance à l’ouverture de session, %1&#x202f;; vérifiez que vous avez le droit d’écrire dans son dossier.</translation>
    </message>
    <message>
        <source>“%1” cannot start CertDesk at login; give the program as an absolute path, without line breaks.</source>
        <translation>«&#xa0;%1&#xa0;» ne permet pas de lancer CertDesk à l’ouverture de session&#x202f;; indiquez le programme par un chemin absolu, sans saut de ligne.</translation>
    </message>
    <message>
        <source>CertDesk reminders</source>
        <translation>Rappels CertDesk</translation>
    </message>
    <message>
        <source>Reminds you before your certificates expire</source>
        <translation>Vous prévient avant l’expiration de vos certificats</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reached %1 on port %2.</source>
        <translation>%1 joint sur le port %2.</translation>
    </message>
    <message>
        <source>Reached %1 (%2) on port %3.</source>
        <translation>%1 (%2) joint sur le port %3.</translation>
    </message>
    <message>
        <source>CertDesk cannot start a TLS connection (OpenSSL failed).</source>
        <translation>CertDesk ne peut pas démarrer de connexion TLS (échec d’OpenSSL).</translation>
    </message>
    <message>
        <source>CertDesk cannot read CA certificates from “%1”; give a PEM file of CA certificates.</source>
        <translation>CertDesk ne peut pas lire de certificats d’AC dans «&#xa0;%1&#xa0;»&#x202f;; indiquez un fichier PEM de certificats d’AC.</translation>
    </message>
    <message>
        <source>The private key of %1 does not belong to its certificate, so it cannot be used to sign in.</source>
        <translation>La clé privée de %1 ne correspond pas à son certificat&#x202f;; elle ne peut donc pas servir à se connecter.</translation>
    </message>
    <message>
        <source>extended key usage: %1; key usage: %2</source>
        <translation>utilisation étendue de la clé&#xa0;: %1&#x202f;; utilisation de la clé&#xa0;: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 is not made for signing in to services: its certificate allows %2, but not TLS client authentication. Servers refuse it.</source>
        <translation>%1 n’est pas prévu pour se connecter à des services&#xa0;: son certificat autorise %2, mais pas l’authentification client TLS. Les serveurs le refusent.</translation>
    </message>
    <message>
        <source>Use another identity, or request a new certificate with the client profile (certdesk-cli request --profile client …).</source>
        <translation>Utilisez une autre identité, ou demandez un nouveau certificat avec le profil client (certdesk-cli request --profile client …).</translation>
    </message>
    <message>
        <source>%1 may not be used for signatures (its key usage is %2), and signing in with a certificate is a signature. Servers refuse it.</source>
        <translation>%1 ne peut pas servir aux signatures (l’utilisation de sa clé est %2), or se connecter avec un certificat revient à signer. Les serveurs le refusent.</translation>
    </message>
    <message>
        <source>valid from %1 to %2; this computer&apos;s time: %3</source>
        <translation>valable du %1 au %2&#x202f;; heure de cet ordinateur&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 expired on %2. Servers refuse expired certificates.</source>
        <translation>%1 a expiré le %2. Les serveurs refusent les certificats expirés.</translation>
    </message>
    <message>
        <source>Renew it: certdesk-cli renew %1, send the request to your certificate authority, then import what it sends back with certdesk-cli import FILE --replace.</source>
        <translation>Renouvelez-le&#xa0;: certdesk-cli renew %1, envoyez la demande à votre autorité de certification, puis importez ce qu’elle vous renvoie avec certdesk-cli import FICHIER --replace.</translation>
    </message>
    <message>
        <source>%1 is valid only from %2, and this computer says it is %3 now.</source>
        <translation>%1 n’est valable qu’à partir du %2, et cet ordinateur indique que nous sommes le %3.</translation>
    </message>
    <message>
        <source>If the date is right, wait until the certificate becomes valid; if this computer&apos;s clock is wrong, correct it.</source>
        <translation>Si la date est juste, attendez que le certificat devienne valable&#x202f;; si l’horloge de cet ordinateur est fausse, corrigez-la.</translation>
    </message>
    <message>
        <source>CertDesk does not have the certificate of %1, the authority that issued %2. If it is an intermediate CA, servers that do not already know it will refuse your certificate.</source>
        <translation>CertDesk n’a pas le certificat de %1, l’autorité qui a délivré %2. S’il s’agit d’une AC intermédiaire, les serveurs qui ne la connaissent pas déjà refuseront votre certificat.</translation>
    </message>
    <message>
        <source>Import the CA certificates your certificate authority sent with your certificate (certdesk-cli import FILE); CertDesk then sends them along.</source>
        <translation>Importez les certificats d’AC que votre autorité de certification a envoyés avec votre certificat (certdesk-cli import FICHIER)&#x202f;; CertDesk les transmettra alors avec lui.</translation>
    </message>
    <message>
        <source>Certificate: subject %1; issuer %2; no CA certificate for %2 in the vault or the trust store</source>
        <translation>Certificat&#xa0;: sujet %1&#x202f;; émetteur %2&#x202f;; aucun certificat d’AC pour %2 dans le coffre ni dans le magasin de confiance</translation>
    </message>
    <message>
        <source>Looking up the name %1 took longer than %2 seconds. This is not a certificate problem.</source>
        <translation>La résolution du nom %1 a pris plus de %2 secondes. Ce n’est pas un problème de certificat.</translation>
    </message>
    <message>
        <source>Check the network connection and the name servers it uses, then try again.</source>
        <translation>Vérifiez la connexion réseau et les serveurs de noms qu’elle utilise, puis réessayez.</translation>
    </message>
    <message>
        <source>getaddrinfo(%1) did not return within %2 ms</source>
        <translation>getaddrinfo(%1) n’a pas répondu dans les %2 ms</translation>
    </message>
    <message>
        <source>The name servers did not answer for %1 right now. This is not a certificate problem.</source>
        <translation>Les serveurs de noms ne répondent pas pour %1 en ce moment. Ce n’est pas un problème de certificat.</translation>
    </message>
    <message>
        <source>The name %1 was not found. This is not a certificate problem.</source>
        <translation>Le nom %1 est introuvable. Ce n’est pas un problème de certificat.</translation>
    </message>
    <message>
        <source>Check the network connection and try again in a moment.</source>
        <translation>Vérifiez la connexion réseau et réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Check the spelling of the address. If it is right, the name may exist only inside your organisation&apos;s network: connect to its VPN and try again.</source>
        <translation>Vérifiez l’orthographe de l’adresse. Si elle est juste, le nom n’existe peut-être qu’à l’intérieur du réseau de votre organisation&#xa0;: connectez-vous à son VPN et réessayez.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2: the connection was refused. This is not a certificate problem.</source>
        <translation>Rien n’accepte de connexion sur le port %1 de %2&#xa0;: la connexion a été refusée. Ce n’est pas un problème de certificat.</translation>
    </message>
    <message>
        <source>Check the address and port. If they are right, the service is not running or a firewall rejects the connection: tell the service&apos;s administrators.</source>
        <translation>Vérifiez l’adresse et le port. S’ils sont justes, le service n’est pas actif ou un pare-feu rejette la connexion&#xa0;: prévenez les administrateurs du service.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 seconds. This is not a certificate problem.</source>
        <translation>%1 n’a pas répondu sur le port %2 dans les %3 secondes. Ce n’est pas un problème de certificat.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection, or the service may be reachable only through your organisation&apos;s VPN: check the network and try again.</source>
        <translation>Un pare-feu bloque peut-être la connexion, ou le service n’est accessible que par le VPN de votre organisation&#xa0;: vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>CertDesk cannot reach %1 on port %2. This is not a certificate problem.</source>
        <translation>CertDesk ne parvient pas à joindre %1 sur le port %2. Ce n’est pas un problème de certificat.</translation>
    </message>
    <message>
        <source>Check the network connection (and a VPN, if the service needs one), then try again.</source>
        <translation>Vérifiez la connexion réseau (et le VPN, si le service en a besoin), puis réessayez.</translation>
    </message>
    <message>
        <source>The server uses TLS 1.2, where the client certificate travels unencrypted: anyone on the network path can see that %1 (%2) connected here.</source>
        <translation>Le serveur utilise TLS 1.2, où le certificat client circule sans chiffrement&#xa0;: n’importe qui sur le chemin réseau peut voir que %1 (%2) s’est connecté ici.</translation>
    </message>
    <message>
        <source>Nothing to do for the connection itself. If that matters for your privacy, ask the service&apos;s administrators to enable TLS 1.3.</source>
        <translation>Rien à faire pour la connexion elle-même. Si cela compte pour votre vie privée, demandez aux administrateurs du service d’activer TLS 1.3.</translation>
    </message>
    <message>
        <source>Negotiated TLS 1.2%1</source>
        <translation>TLS 1.2 négocié%1</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not complete the TLS handshake within %2 seconds.</source>
        <translation>%1 a accepté la connexion mais n’a pas terminé la négociation TLS dans les %2 secondes.</translation>
    </message>
    <message>
        <source>The service may be overloaded, or this port may not speak TLS. Check the port, and try again later.</source>
        <translation>Le service est peut-être surchargé, ou ce port ne parle pas TLS. Vérifiez le port et réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server had asked for a client certificate.</source>
        <translation>Le serveur avait demandé un certificat client.</translation>
    </message>
    <message>
        <source>after the handshake</source>
        <translation>après la négociation</translation>
    </message>
    <message>
        <source>The server accepted %1 (%2, %3).</source>
        <translation>Le serveur a accepté %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 works (%2, %3); no client certificate was sent.</source>
        <translation>La connexion TLS à %1 fonctionne (%2, %3)&#x202f;; aucun certificat client n’a été envoyé.</translation>
    </message>
    <message>
        <source>Server certificate: subject %1; issuer %2; serial %3; valid %4 to %5; names %6</source>
        <translation>Certificat du serveur&#xa0;: sujet %1&#x202f;; émetteur %2&#x202f;; numéro de série %3&#x202f;; valable du %4 au %5&#x202f;; noms %6</translation>
    </message>
    <message>
        <source>The server&apos;s own certificate expired on %1. This is the server&apos;s problem, not your certificate&apos;s.</source>
        <translation>Le certificat du serveur lui-même a expiré le %1. C’est un problème du serveur, pas de votre certificat.</translation>
    </message>
    <message>
        <source>A CA certificate the server sends (%1) expired on %2. This is the server&apos;s problem, not your certificate&apos;s.</source>
        <translation>Un certificat d’AC envoyé par le serveur (%1) a expiré le %2. C’est un problème du serveur, pas de votre certificat.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrators that its certificate must be renewed (unless this computer&apos;s clock is wrong: it says %1).</source>
        <translation>Prévenez les administrateurs du service que son certificat doit être renouvelé (sauf si l’horloge de cet ordinateur est fausse&#xa0;: elle indique %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1, and this computer says it is %2 now.</source>
        <translation>Le certificat du serveur n’est valable qu’à partir du %1, et cet ordinateur indique que nous sommes le %2.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, tell the service&apos;s administrators.</source>
        <translation>Vérifiez la date et l’heure de cet ordinateur&#x202f;; si elles sont justes, prévenez les administrateurs du service.</translation>
    </message>
    <message>
        <source>Both your certificate and the server&apos;s are “not yet valid”.</source>
        <translation>Votre certificat et celui du serveur sont tous deux «&#xa0;pas encore valables&#xa0;».</translation>
    </message>
    <message>
        <source>it is self-signed, so nobody vouches for it</source>
        <translation>il est autosigné, personne ne s’en porte donc garant</translation>
    </message>
    <message>
        <source>it is issued by %1, which this computer does not trust</source>
        <translation>il est délivré par %1, que cet ordinateur n’approuve pas</translation>
    </message>
    <message>
        <source>it is issued by %1, which this computer does not know (a private CA, or the server fails to send an intermediate certificate)</source>
        <translation>il est délivré par %1, que cet ordinateur ne connaît pas (une AC privée, ou le serveur n’envoie pas un certificat intermédiaire)</translation>
    </message>
    <message>
        <source>This computer does not trust the server&apos;s own certificate: %1. This is about the server, not your certificate.</source>
        <translation>Cet ordinateur n’approuve pas le certificat du serveur lui-même&#xa0;: %1. Cela concerne le serveur, pas votre certificat.</translation>
    </message>
    <message>
        <source>If the service belongs to your organisation, its CA certificate must be trusted here: install it (certdesk-cli install CA-FILE --store system) or test with --ca-file CA-FILE. Otherwise do not sign in: this may not be the server you mean.</source>
        <translation>Si le service appartient à votre organisation, son certificat d’AC doit être approuvé ici&#xa0;: installez-le (certdesk-cli install FICHIER-AC --store system) ou testez avec --ca-file FICHIER-AC. Sinon, ne vous connectez pas&#xa0;: ce n’est peut-être pas le serveur que vous croyez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2, the name you connected to. Either the address is not the usual one for this service, or the server is misconfigured.</source>
        <translation>Le certificat du serveur est établi pour %1, pas pour %2, le nom auquel vous vous êtes connecté. Soit l’adresse n’est pas celle habituellement utilisée pour ce service, soit le serveur est mal configuré.</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <source>Connect with the name the certificate is for, or ask the service&apos;s administrators to add %1 to its certificate.</source>
        <translation>Connectez-vous avec le nom pour lequel le certificat est établi, ou demandez aux administrateurs du service d’ajouter %1 à son certificat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid for %1 until %2 and issued by a trusted authority (%3).</source>
        <translation>Le certificat du serveur est valable pour %1 jusqu’au %2 et délivré par une autorité approuvée (%3).</translation>
    </message>
    <message>
        <source>The server did not ask for a client certificate, so %1 was not used: whatever goes wrong with this service, your certificate is not the cause.</source>
        <translation>Le serveur n’a pas demandé de certificat client, %1 n’a donc pas été utilisé&#xa0;: quel que soit le problème avec ce service, votre certificat n’en est pas la cause.</translation>
    </message>
    <message>
        <source>If the service still refuses you, the reason lies elsewhere (account, permissions, or a different address that asks for certificates); send a report of this test (--report FILE) to its helpdesk.</source>
        <translation>Si le service vous refuse encore, la raison est ailleurs (compte, permissions, ou une autre adresse qui demande des certificats)&#x202f;; envoyez un rapport de ce test (--report FICHIER) à son support informatique.</translation>
    </message>
    <message>
        <source>The server did not ask for a client certificate.</source>
        <translation>Le serveur n’a pas demandé de certificat client.</translation>
    </message>
    <message>
        <source>it did not name the authorities it accepts</source>
        <translation>il n’a pas indiqué les autorités qu’il accepte</translation>
    </message>
    <message>
        <source>it accepts certificates issued by %1</source>
        <translation>il accepte les certificats délivrés par %1</translation>
    </message>
    <message>
        <source>Acceptable CA names: (none sent)</source>
        <translation>Noms d’AC acceptés&#xa0;: (aucun envoyé)</translation>
    </message>
    <message>
        <source>Acceptable CA names: %1</source>
        <translation>Noms d’AC acceptés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server asks for a client certificate (%1). CertDesk sent none, because no identity was chosen.</source>
        <translation>Le serveur demande un certificat client (%1). CertDesk n’en a envoyé aucun, car aucune identité n’a été choisie.</translation>
    </message>
    <message>
        <source>Test again with --identity ID (certdesk-cli list shows your identities).</source>
        <translation>Testez à nouveau avec --identity ID (certdesk-cli list affiche vos identités).</translation>
    </message>
    <message>
        <source>These identities of yours fit: %1. Test again with --identity ID.</source>
        <translation>Parmi vos identités, celles-ci conviennent&#xa0;: %1. Testez à nouveau avec --identity ID.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate (%1); CertDesk sent %2.</source>
        <translation>Le serveur a demandé un certificat client (%1)&#x202f;; CertDesk a envoyé %2.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate (%1); CertDesk sent %2, which is issued under %3.</source>
        <translation>Le serveur a demandé un certificat client (%1)&#x202f;; CertDesk a envoyé %2, qui est délivré sous %3.</translation>
    </message>
    <message>
        <source>None of your identities is issued by one of them: request a certificate from one of these authorities, or ask the service&apos;s administrators which certificate it expects.</source>
        <translation>Aucune de vos identités n’est délivrée par l’une d’elles&#xa0;: demandez un certificat à l’une de ces autorités, ou demandez aux administrateurs du service quel certificat il attend.</translation>
    </message>
    <message>
        <source>Use one of your identities that fits instead: %1 (certdesk-cli doctor %2 --identity ID).</source>
        <translation>Utilisez plutôt une de vos identités qui convient&#xa0;: %1 (certdesk-cli doctor %2 --identity ID).</translation>
    </message>
    <message>
        <source>The server accepts certificates issued by %1. %2 is issued by %3, and CertDesk does not have that authority&apos;s certificate to show how it leads to them: the chain is incomplete.</source>
        <translation>Le serveur accepte les certificats délivrés par %1. %2 est délivré par %3, et CertDesk n’a pas le certificat de cette autorité pour établir le lien avec elles&#xa0;: la chaîne est incomplète.</translation>
    </message>
    <message>
        <source>The server accepts client certificates only from %1, but %2 is issued by %3, which is not one of them. The server will most likely refuse it.</source>
        <translation>Le serveur n’accepte les certificats clients que de %1, mais %2 est délivré par %3, qui n’en fait pas partie. Le serveur le refusera très probablement.</translation>
    </message>
    <message>
        <source>%1 This computer&apos;s clock looks wrong (it says %2).</source>
        <translation>%1 L’horloge de cet ordinateur semble fausse (elle indique %2).</translation>
    </message>
    <message>
        <source>Correct the date, time and time zone of this computer, then test again.</source>
        <translation>Corrigez la date, l’heure et le fuseau horaire de cet ordinateur, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>The server sent the TLS alert %1 (%2) %3.</source>
        <translation>Le serveur a envoyé l’alerte TLS %1 (%2) %3.</translation>
    </message>
    <message>
        <source> OpenSSL: %1.</source>
        <translation> OpenSSL&#xa0;: %1.</translation>
    </message>
    <message>
        <source> Acceptable CA names: %1.</source>
        <translation> Noms d’AC acceptés&#xa0;: %1.</translation>
    </message>
    <message>
        <source> Your identities that fit the server&apos;s list: %1.</source>
        <translation> Vos identités qui correspondent à la liste du serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server requires a client certificate and CertDesk could not send %1 (the server&apos;s signature algorithms do not fit its key).</source>
        <translation>Le serveur exige un certificat client et CertDesk n’a pas pu envoyer %1 (les algorithmes de signature du serveur ne conviennent pas à sa clé).</translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was sent.</source>
        <translation>Le serveur exige un certificat client, et aucun n’a été envoyé.</translation>
    </message>
    <message>
        <source>Use an identity with an RSA or EC P-256 key.</source>
        <translation>Utilisez une identité avec une clé RSA ou EC P-256.</translation>
    </message>
    <message>
        <source>Test again with --identity ID, choosing the certificate this service expects.</source>
        <translation>Testez à nouveau avec --identity ID, en choisissant le certificat que ce service attend.</translation>
    </message>
    <message>
        <source>The server and CertDesk have no TLS version in common (the server sent %1): it probably allows only TLS 1.1 or older, which CertDesk refuses as unsafe.</source>
        <translation>Le serveur et CertDesk n’ont aucune version de TLS en commun (le serveur a envoyé %1)&#xa0;: il n’autorise probablement que TLS 1.1 ou plus ancien, que CertDesk refuse car non sûr.</translation>
    </message>
    <message>
        <source>The server ended the handshake with %1 before any client certificate was involved: it could not agree on how to encrypt, or it is misconfigured. This is not a problem of your certificate.</source>
        <translation>Le serveur a mis fin à la négociation avec %1 avant qu’un certificat client n’intervienne&#xa0;: il n’a pas pu se mettre d’accord sur le chiffrement, ou il est mal configuré. Ce n’est pas un problème de votre certificat.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrators, with a report of this test (--report FILE).</source>
        <translation>Prévenez les administrateurs du service, avec un rapport de ce test (--report FICHIER).</translation>
    </message>
    <message>
        <source> CertDesk could not send the certificate of %1, which issued yours; the server probably needs it to connect your certificate to an authority it trusts.</source>
        <translation> CertDesk n’a pas pu envoyer le certificat de %1, qui a délivré le vôtre&#x202f;; le serveur en a probablement besoin pour rattacher votre certificat à une autorité qu’il approuve.</translation>
    </message>
    <message>
        <source>Import the CA certificates your certificate authority sent with your certificate (certdesk-cli import FILE), then test again.</source>
        <translation>Importez les certificats d’AC que votre autorité de certification a envoyés avec votre certificat (certdesk-cli import FICHIER), puis testez à nouveau.</translation>
    </message>
    <message>
        <source>The server does not trust the authority that issued %1 (%2).%3</source>
        <translation>Le serveur n’approuve pas l’autorité qui a délivré %1 (%2).%3</translation>
    </message>
    <message>
        <source>Use an identity issued by an authority the server accepts: %1.</source>
        <translation>Utilisez une identité délivrée par une autorité que le serveur accepte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators which certificate authority they accept, and request a certificate there.</source>
        <translation>Demandez aux administrateurs du service quelle autorité de certification ils acceptent, et demandez-y un certificat.</translation>
    </message>
    <message>
        <source>The server refused %1 because it, or a CA certificate in its chain, has expired (valid until %2).</source>
        <translation>Le serveur a refusé %1 parce que celui-ci, ou un certificat d’AC de sa chaîne, a expiré (valable jusqu’au %2).</translation>
    </message>
    <message>
        <source>Renew it: certdesk-cli renew %1. If it is not expired, check this computer&apos;s and the server&apos;s clock.</source>
        <translation>Renouvelez-le&#xa0;: certdesk-cli renew %1. S’il n’a pas expiré, vérifiez l’horloge de cet ordinateur et celle du serveur.</translation>
    </message>
    <message>
        <source>The server refused %1 because its certificate authority has revoked it: it is no longer valid anywhere.</source>
        <translation>Le serveur a refusé %1 parce que son autorité de certification l’a révoqué&#xa0;: il n’est plus valable nulle part.</translation>
    </message>
    <message>
        <source>Ask your certificate authority why it was revoked and request a new certificate; do not keep using this one.</source>
        <translation>Demandez à votre autorité de certification pourquoi il a été révoqué et demandez un nouveau certificat&#x202f;; ne continuez pas à utiliser celui-ci.</translation>
    </message>
    <message>
        <source>The server accepted %1 as genuine but does not let its owner in: the certificate is fine, the permission is missing.</source>
        <translation>Le serveur a reconnu %1 comme authentique mais ne laisse pas entrer son titulaire&#xa0;: le certificat est correct, c’est l’autorisation qui manque.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators to grant access to %1.</source>
        <translation>Demandez aux administrateurs du service d’accorder l’accès à %1.</translation>
    </message>
    <message>
        <source>The server could not accept %1: it found the certificate or its signature faulty.%2</source>
        <translation>Le serveur n’a pas pu accepter %1&#xa0;: il a jugé le certificat ou sa signature défectueux.%2</translation>
    </message>
    <message>
        <source>Send a report of this test (--report FILE) to the service&apos;s helpdesk; if the certificate was recently renewed, make sure the new one is the one in use.</source>
        <translation>Envoyez un rapport de ce test (--report FICHIER) au support informatique du service&#x202f;; si le certificat a été renouvelé récemment, assurez-vous que c’est bien le nouveau qui est utilisé.</translation>
    </message>
    <message>
        <source>The server refused %1 (%2): it does not accept this kind of certificate for signing in, or does not trust its issuer %3.%4</source>
        <translation>Le serveur a refusé %1 (%2)&#xa0;: il n’accepte pas ce type de certificat pour la connexion, ou n’approuve pas son émetteur %3.%4</translation>
    </message>
    <message>
        <source>Try one of your identities that fit the server&apos;s list: %1.</source>
        <translation>Essayez une de vos identités qui correspondent à la liste du serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators which certificate they expect.</source>
        <translation>Demandez aux administrateurs du service quel certificat ils attendent.</translation>
    </message>
    <message>
        <source>The server ended the handshake after receiving %1, without saying why (handshake_failure). Since it had asked for a client certificate, that certificate is the most likely cause: its issuer is not accepted, it is expired or revoked, or it is not allowed in.%2</source>
        <translation>Le serveur a mis fin à la négociation après avoir reçu %1, sans dire pourquoi (handshake_failure). Comme il avait demandé un certificat client, c’est très probablement ce certificat qui est en cause&#xa0;: son émetteur n’est pas accepté, il a expiré ou a été révoqué, ou il n’est pas autorisé à entrer.%2</translation>
    </message>
    <message>
        <source>Check the other findings above; if none explains it, send a report of this test (--report FILE) to the service&apos;s helpdesk — their server log names the reason.</source>
        <translation>Consultez les autres constats ci-dessus&#x202f;; si aucun ne l’explique, envoyez un rapport de ce test (--report FICHIER) au support informatique du service — le journal de leur serveur en indique la raison.</translation>
    </message>
    <message>
        <source>The server ended the connection with the TLS alert %1 after receiving %2.%3</source>
        <translation>Le serveur a mis fin à la connexion avec l’alerte TLS %1 après avoir reçu %2.%3</translation>
    </message>
    <message>
        <source>Send a report of this test (--report FILE) to the service&apos;s helpdesk; their server log names the reason.</source>
        <translation>Envoyez un rapport de ce test (--report FICHIER) au support informatique du service&#x202f;; le journal de leur serveur en indique la raison.</translation>
    </message>
    <message>
        <source>The server closed the connection right after receiving %1, without saying why. Servers do that when they refuse a certificate.</source>
        <translation>Le serveur a fermé la connexion juste après avoir reçu %1, sans dire pourquoi. Les serveurs font cela lorsqu’ils refusent un certificat.</translation>
    </message>
    <message>
        <source>The server closed the connection during the handshake without saying why.</source>
        <translation>Le serveur a fermé la connexion pendant la négociation sans dire pourquoi.</translation>
    </message>
    <message>
        <source>It had asked for a client certificate: test again with --identity ID.</source>
        <translation>Il avait demandé un certificat client&#xa0;: testez à nouveau avec --identity ID.</translation>
    </message>
    <message>
        <source>during the handshake</source>
        <translation>pendant la négociation</translation>
    </message>
    <message>
        <source>%1 answered, but not with TLS: this port serves something else (plain HTTP, for example). This is not a certificate problem.</source>
        <translation>%1 a répondu, mais pas en TLS&#xa0;: ce port sert autre chose (du HTTP simple, par exemple). Ce n’est pas un problème de certificat.</translation>
    </message>
    <message>
        <source>Check the port number (HTTPS is usually 443).</source>
        <translation>Vérifiez le numéro de port (HTTPS utilise généralement le 443).</translation>
    </message>
    <message>
        <source>The server offers only TLS versions older than 1.2, which CertDesk refuses as unsafe. This is not a problem of your certificate.</source>
        <translation>Le serveur ne propose que des versions de TLS antérieures à 1.2, que CertDesk refuse car non sûres. Ce n’est pas un problème de votre certificat.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrators that the server needs TLS 1.2 or 1.3.</source>
        <translation>Prévenez les administrateurs du service que le serveur doit prendre en charge TLS 1.2 ou 1.3.</translation>
    </message>
    <message>
        <source>The TLS handshake failed for a reason CertDesk cannot explain in plain words.</source>
        <translation>La négociation TLS a échoué pour une raison que CertDesk ne sait pas expliquer simplement.</translation>
    </message>
    <message>
        <source>Send a report of this test (--report FILE) to the service&apos;s helpdesk.</source>
        <translation>Envoyez un rapport de ce test (--report FICHIER) au support informatique du service.</translation>
    </message>
    <message>
        <source>The server accepted %1 (%2).</source>
        <translation>Le serveur a accepté %1 (%2).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 works (%2).</source>
        <translation>La connexion TLS à %1 fonctionne (%2).</translation>
    </message>
    <message>
        <source>The TLS connection works, but the server gave no HTTP answer to a request for %1.</source>
        <translation>La connexion TLS fonctionne, mais le serveur n’a pas donné de réponse HTTP à une requête pour %1.</translation>
    </message>
    <message>
        <source>If this is not a web service, test it as HOST:PORT instead of an https:// address.</source>
        <translation>S’il ne s’agit pas d’un service web, testez-le sous la forme HÔTE:PORT plutôt qu’avec une adresse https://.</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Pas de réponse dans les %1 ms</translation>
    </message>
    <message>
        <source>The server&apos;s clock says %1, this computer&apos;s %2.</source>
        <translation>L’horloge du serveur indique %1, celle de cet ordinateur %2.</translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was sent (it answered “%1: No required SSL certificate was sent”).</source>
        <translation>Le serveur exige un certificat client, et aucun n’a été envoyé (il a répondu «&#xa0;%1: No required SSL certificate was sent&#xa0;»).</translation>
    </message>
    <message>
        <source>Test again with --identity ID; your identities that fit: %1.</source>
        <translation>Testez à nouveau avec --identity ID&#x202f;; vos identités qui conviennent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The web server checked %1 and refused it (it answered “%2: The SSL certificate error”): it does not trust its issuer %3, or the certificate is expired or revoked.</source>
        <translation>Le serveur web a vérifié %1 et l’a refusé (il a répondu «&#xa0;%2: The SSL certificate error&#xa0;»)&#xa0;: il n’approuve pas son émetteur %3, ou le certificat a expiré ou a été révoqué.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators which certificate authority they accept.</source>
        <translation>Demandez aux administrateurs du service quelle autorité de certification ils acceptent.</translation>
    </message>
    <message>
        <source>The connection and your certificate were accepted, but the application refused access to %1 (%2). Your certificate works; your permission for this page is missing.</source>
        <translation>La connexion et votre certificat ont été acceptés, mais l’application a refusé l’accès à %1 (%2). Votre certificat fonctionne&#x202f;; c’est votre autorisation pour cette page qui manque.</translation>
    </message>
    <message>
        <source>The connection works, but the application refused access to %1 (%2) without a client certificate.</source>
        <translation>La connexion fonctionne, mais l’application a refusé l’accès à %1 (%2) sans certificat client.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators to give %1 access to %2.</source>
        <translation>Demandez aux administrateurs du service de donner à %1 l’accès à %2.</translation>
    </message>
    <message>
        <source>The server answered the request for %1 with %2.</source>
        <translation>Le serveur a répondu à la requête pour %1 par %2.</translation>
    </message>
    <message>
        <source>The service has a problem of its own: try again later or tell its administrators.</source>
        <translation>Le service a un problème qui lui est propre&#xa0;: réessayez plus tard ou prévenez ses administrateurs.</translation>
    </message>
    <message>
        <source>Check the address of the page.</source>
        <translation>Vérifiez l’adresse de la page.</translation>
    </message>
    <message>
        <source>“%1” is not an address CertDesk can test; give a URL (https://example.org/path) or HOST:PORT (example.org:443).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse que CertDesk peut tester&#x202f;; indiquez une URL (https://example.org/chemin) ou HÔTE:PORT (example.org:443).</translation>
    </message>
    <message>
        <source>CertDesk does not know the usual port for %1:// addresses; add it (%1://host:PORT).</source>
        <translation>CertDesk ne connaît pas le port habituel des adresses %1://&#x202f;; ajoutez-le (%1://hôte:PORT).</translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535).</source>
        <translation>%1 n’est pas un numéro de port (de 1 à 65535).</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import what your certificate authority sends first (certdesk-cli import FILE).</source>
        <translation>«&#xa0;%1&#xa0;» attend toujours son certificat&#x202f;; importez d’abord ce que votre autorité de certification vous envoie (certdesk-cli import FICHIER).</translation>
    </message>
    <message>
        <source>“%1” has no private key in the vault (a CA certificate, or someone else&apos;s), so it cannot sign in anywhere; choose one of your own identities.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de clé privée dans le coffre (c’est un certificat d’AC, ou celui de quelqu’un d’autre)&#x202f;; il ne peut donc servir à se connecter nulle part. Choisissez une de vos propres identités.</translation>
    </message>
    <message>
        <source>%1Subject: %2
%1Issuer:  %3
%1Serial:  %4
%1Valid:   %5 to %6
%1SHA-256: %7
</source>
        <translation>%1Sujet&#xa0;:    %2
%1Émetteur&#xa0;: %3
%1Série&#xa0;:    %4
%1Validité&#xa0;: du %5 au %6
%1SHA-256&#xa0;:  %7
</translation>
    </message>
    <message>
        <source>CertDesk connection report
Created %1 by %2. It contains no private keys and no passwords.

</source>
        <translation>Rapport de connexion CertDesk
Créé le %1 par %2. Il ne contient aucune clé privée ni aucun mot de passe.

</translation>
    </message>
    <message>
        <source>Target:  %1 (host %2, port %3, address %4)
</source>
        <translation>Cible&#xa0;:    %1 (hôte %2, port %3, adresse %4)
</translation>
    </message>
    <message>
        <source>none reached</source>
        <translation>non jointe</translation>
    </message>
    <message>
        <source>TLS:     %1
</source>
        <translation>TLS&#xa0;:      %1
</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>non établie</translation>
    </message>
    <message>
        <source>Identity: none (no client certificate offered)
</source>
        <translation>Identité&#xa0;: aucune (aucun certificat client proposé)
</translation>
    </message>
    <message>
        <source>Identity: %1 (ID %2)
</source>
        <translation>Identité&#xa0;: %1 (ID %2)
</translation>
    </message>
    <message>
        <source>Client certificate requested by the server: %1
</source>
        <translation>Certificat client demandé par le serveur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>  Acceptable CA: %1
</source>
        <translation>  AC acceptée&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  Identity that fits: %1
</source>
        <translation>  Identité qui convient&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Server certificate %1:
</source>
        <translation>Certificat du serveur %1&#xa0;:
</translation>
    </message>
    <message>
        <source>HTTP status: %1
</source>
        <translation>État HTTP&#xa0;: %1
</translation>
    </message>
    <message>
        <source>The test was cancelled before it finished.
</source>
        <translation>Le test a été annulé avant la fin.
</translation>
    </message>
    <message>
        <source>
Findings:
</source>
        <translation>
Constats&#xa0;:
</translation>
    </message>
    <message>
        <source>    Next step: %1
</source>
        <translation>    Étape suivante&#xa0;: %1
</translation>
    </message>
    <message>
        <source>    Detail: %1
</source>
        <translation>    Détail&#xa0;: %1
</translation>
    </message>
    <message>
        <source>
Exit code: %1
</source>
        <translation>
Code de sortie&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Certificate “%1” expires in 1 day</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» expire dans 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>Certificate “%1” expires in %n days</source>
        <translation>
            <numerusform>Le certificat «&#xa0;%1&#xa0;» expire dans %n jour</numerusform>
            <numerusform>Le certificat «&#xa0;%1&#xa0;» expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Numéro de série&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expiration&#xa0;: %1</translation>
    </message>
    <message>
        <source>To renew it, run: %1</source>
        <translation>Pour le renouveler, exécutez&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate “%1” expires</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» expire</translation>
    </message>
    <message>
        <source>Certificate “%1” expires now</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» expire maintenant</translation>
    </message>
    <message>
        <source>“%1” is not a number of days between 1 and 3650; write the reminder days like 30,14,7,3,1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours compris entre 1 et 3650&#x202f;; écrivez les jours de rappel sous la forme 30,14,7,3,1.</translation>
    </message>
    <message>
        <source>The reminder day %1 is given twice.</source>
        <translation>Le jour de rappel %1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>Give at least one reminder day, like 30,14,7,3,1.</source>
        <translation>Indiquez au moins un jour de rappel, par exemple 30,14,7,3,1.</translation>
    </message>
    <message>
        <source>CertDesk vault</source>
        <translation>Coffre CertDesk</translation>
    </message>
    <message>
        <source>has expired</source>
        <translation>a expiré</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>a expiré il y a %1 jours</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expire aujourd’hui</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>expire demain</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>expire dans %1 jours</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 n’a pas pu être vérifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its first certificate; there is nothing to renew yet.</source>
        <translation>«&#xa0;%1&#xa0;» attend toujours son premier certificat&#x202f;; il n’y a encore rien à renouveler.</translation>
    </message>
    <message>
        <source>“%1” has no private key in the vault, so it is not an identity CertDesk can renew.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de clé privée dans le coffre&#x202f;; ce n’est donc pas une identité que CertDesk peut renouveler.</translation>
    </message>
    <message>
        <source>The subject of “%1” uses attributes CertDesk cannot put into a request; request a new certificate instead.</source>
        <translation>Le sujet de «&#xa0;%1&#xa0;» utilise des attributs que CertDesk ne peut pas mettre dans une demande&#x202f;; demandez plutôt un nouveau certificat.</translation>
    </message>
    <message>
        <source>The alternative name “%1” of “%2” cannot be put into a request.</source>
        <translation>Le nom alternatif «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» ne peut pas être mis dans une demande.</translation>
    </message>
    <message>
        <source>The old key (%1) is not one CertDesk generates; the new key is %2.</source>
        <translation>L’ancienne clé (%1) n’est pas d’un type que CertDesk génère&#x202f;; la nouvelle clé est de type %2.</translation>
    </message>
    <message>
        <source>“%1” was already replaced by its renewal.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été remplacé par son renouvellement.</translation>
    </message>
    <message>
        <source>“%1” is not the renewal of another identity, so there is nothing to replace.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le renouvellement d’une autre identité&#x202f;; il n’y a donc rien à remplacer.</translation>
    </message>
    <message>
        <source>The renewal of “%1” is still waiting for its certificate; import it first.</source>
        <translation>Le renouvellement de «&#xa0;%1&#xa0;» attend toujours son certificat&#x202f;; importez-le d’abord.</translation>
    </message>
    <message>
        <source>CertDesk could not load the smart card driver “%1”. Check that the driver for your card is installed, or ask your helpdesk which one it needs.</source>
        <translation>CertDesk n’a pas pu charger le pilote de carte à puce «&#xa0;%1&#xa0;». Vérifiez que le pilote de votre carte est installé, ou demandez à votre support informatique lequel il faut.</translation>
    </message>
    <message>
        <source>The smart card driver “%1” did not start. Check that the card reader is connected and its service (pcscd) is running, then try again.</source>
        <translation>Le pilote de carte à puce «&#xa0;%1&#xa0;» n’a pas démarré. Vérifiez que le lecteur de carte est branché et que son service (pcscd) est actif, puis réessayez.</translation>
    </message>
    <message>
        <source>The PIN for the smart card “%1” is not correct. Check it and try again; after too many wrong tries the card locks itself.</source>
        <translation>Le code PIN de la carte à puce «&#xa0;%1&#xa0;» est incorrect. Vérifiez-le et réessayez&#x202f;; après trop d’essais erronés, la carte se bloque.</translation>
    </message>
    <message>
        <source>The smart card “%1” is locked because its PIN was entered wrongly too often. Ask your helpdesk to unlock it (with the card&apos;s PUK or security officer PIN).</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» est bloquée parce que son code PIN a été mal saisi trop souvent. Demandez à votre support informatique de la débloquer (avec le code PUK de la carte ou le code PIN de l’agent de sécurité).</translation>
    </message>
    <message>
        <source>The PIN of the smart card “%1” has expired. Set a new PIN with the card&apos;s own tool, then try again.</source>
        <translation>Le code PIN de la carte à puce «&#xa0;%1&#xa0;» a expiré. Définissez un nouveau code PIN avec l’outil propre à la carte, puis réessayez.</translation>
    </message>
    <message>
        <source>The smart card “%1” needs its PIN for this. Enter the PIN and try again.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» a besoin de son code PIN pour cela. Saisissez le code PIN et réessayez.</translation>
    </message>
    <message>
        <source>The smart card “%1” was removed or its reader was disconnected. Insert it again and retry.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» a été retirée ou son lecteur a été débranché. Insérez-la à nouveau et réessayez.</translation>
    </message>
    <message>
        <source>The smart card “%1” is read-only, so nothing can be stored on it.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» est en lecture seule&#x202f;; rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>The smart card “%1” is full. Remove certificates you no longer need from it, then try again.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» est pleine. Retirez-en les certificats dont vous n’avez plus besoin, puis réessayez.</translation>
    </message>
    <message>
        <source>The smart card “%1” does not accept this kind of key or certificate. Ask your helpdesk which key types the card supports.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» n’accepte pas ce type de clé ou de certificat. Demandez à votre support informatique quels types de clés la carte prend en charge.</translation>
    </message>
    <message>
        <source>The smart card “%1” reported an error while %2. Try again; if it keeps happening, give your helpdesk the details.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» a signalé une erreur lors de l’opération suivante&#xa0;: %2. Réessayez&#x202f;; si cela se reproduit, communiquez les détails à votre support informatique.</translation>
    </message>
    <message>
        <source>searching its contents</source>
        <translation>recherche dans son contenu</translation>
    </message>
    <message>
        <source>reading its contents</source>
        <translation>lecture de son contenu</translation>
    </message>
    <message>
        <source>storing a certificate</source>
        <translation>enregistrement d’un certificat</translation>
    </message>
    <message>
        <source>CertDesk can put RSA and elliptic-curve (P-256, P-384) keys on a smart card, but not this kind of key. Request a certificate with one of those key types.</source>
        <translation>CertDesk peut placer des clés RSA et à courbe elliptique (P-256, P-384) sur une carte à puce, mais pas ce type de clé. Demandez un certificat avec l’un de ces types de clés.</translation>
    </message>
    <message>
        <source>storing the private key</source>
        <translation>enregistrement de la clé privée</translation>
    </message>
    <message>
        <source>storing the public key</source>
        <translation>enregistrement de la clé publique</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué.</translation>
    </message>
    <message>
        <source>checking the stored key with a test signature</source>
        <translation>vérification de la clé enregistrée par une signature de test</translation>
    </message>
    <message>
        <source>The key stored on the smart card “%1” does not produce signatures that match the certificate, so CertDesk removed it again. Give your helpdesk the details.</source>
        <translation>La clé enregistrée sur la carte à puce «&#xa0;%1&#xa0;» ne produit pas de signatures correspondant au certificat&#x202f;; CertDesk l’a donc retirée. Communiquez les détails à votre support informatique.</translation>
    </message>
    <message>
        <source>No smart card labelled “%1” was found. Insert the card, check that its reader is connected, and try again.</source>
        <translation>Aucune carte à puce portant l’étiquette «&#xa0;%1&#xa0;» n’a été trouvée. Insérez la carte, vérifiez que son lecteur est branché, et réessayez.</translation>
    </message>
    <message>
        <source>Smart card “%1”</source>
        <translation>Carte à puce «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>CertDesk could not load the system&apos;s smart card drivers (p11-kit). Check the p11-kit configuration or ask your helpdesk.</source>
        <translation>CertDesk n’a pas pu charger les pilotes de carte à puce du système (p11-kit). Vérifiez la configuration de p11-kit ou demandez à votre support informatique.</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>The smart card “%1” needs its PIN. Enter the PIN and try again.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» a besoin de son code PIN. Saisissez le code PIN et réessayez.</translation>
    </message>
    <message>
        <source>checking the PIN</source>
        <translation>vérification du code PIN</translation>
    </message>
    <message>
        <source>Both a private key and its certificate are needed to install an identity.</source>
        <translation>Une clé privée et son certificat sont tous deux nécessaires pour installer une identité.</translation>
    </message>
    <message>
        <source>This certificate was not issued for this private key, so they cannot be installed together.</source>
        <translation>Ce certificat n’a pas été délivré pour cette clé privée&#x202f;; ils ne peuvent donc pas être installés ensemble.</translation>
    </message>
    <message>
        <source>The smart card “%1” did not keep the certificate and its key together, so CertDesk removed them again. Give your helpdesk the details.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» n’a pas conservé le certificat et sa clé ensemble&#x202f;; CertDesk les a donc retirés. Communiquez les détails à votre support informatique.</translation>
    </message>
    <message>
        <source>No certificate was given to install.</source>
        <translation>Aucun certificat à installer n’a été fourni.</translation>
    </message>
    <message>
        <source>The smart card “%1” did not keep the certificate.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» n’a pas conservé le certificat.</translation>
    </message>
    <message>
        <source>The certificate “%1” is not on the smart card “%2”.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» n’est pas sur la carte à puce «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>removing a certificate</source>
        <translation>retrait d’un certificat</translation>
    </message>
    <message>
        <source>removing a key</source>
        <translation>retrait d’une clé</translation>
    </message>
    <message>
        <source>The smart card “%1” still holds the certificate after removing it.</source>
        <translation>La carte à puce «&#xa0;%1&#xa0;» contient toujours le certificat après son retrait.</translation>
    </message>
    <message>
        <source>“%1” is not a store CertDesk knows; use nss, nss:DIR, firefox, firefox:PROFILE, system or pkcs11:TOKEN-LABEL (certdesk-cli stores lists them).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un magasin connu de CertDesk&#x202f;; utilisez nss, nss:DOSSIER, firefox, firefox:PROFIL, system ou pkcs11:ÉTIQUETTE-DU-JETON (certdesk-cli stores les affiche).</translation>
    </message>
    <message>
        <source>This system has no trust store CertDesk knows how to change (neither update-ca-certificates nor update-ca-trust was found).</source>
        <translation>Ce système n’a aucun magasin de confiance que CertDesk sache modifier (ni update-ca-certificates ni update-ca-trust n’a été trouvé).</translation>
    </message>
    <message>
        <source>No Firefox profile was found for this user.</source>
        <translation>Aucun profil Firefox n’a été trouvé pour cet utilisateur.</translation>
    </message>
    <message>
        <source>There are several Firefox profiles; name one: %1.</source>
        <translation>Il y a plusieurs profils Firefox&#x202f;; indiquez-en un&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No smart card or token labelled “%1” is present. Insert it, or check the label with certdesk-cli stores.</source>
        <translation>Aucune carte à puce ni aucun jeton portant l’étiquette «&#xa0;%1&#xa0;» n’est présent. Insérez-le, ou vérifiez l’étiquette avec certdesk-cli stores.</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import it before installing.</source>
        <translation>«&#xa0;%1&#xa0;» attend toujours son certificat&#x202f;; importez-le avant de l’installer.</translation>
    </message>
    <message>
        <source>There is no vault to take the private key from.</source>
        <translation>Il n’y a aucun coffre d’où prendre la clé privée.</translation>
    </message>
    <message>
        <source>The system trust store holds CA certificates only; install “%1” into a browser store or a smart card.</source>
        <translation>Le magasin de confiance du système ne contient que des certificats d’AC&#x202f;; installez «&#xa0;%1&#xa0;» dans le magasin d’un navigateur ou sur une carte à puce.</translation>
    </message>
    <message>
        <source>The vault holds no private key for “%1”, so there is no identity to install.</source>
        <translation>Le coffre ne contient aucune clé privée pour «&#xa0;%1&#xa0;»&#x202f;; il n’y a donc aucune identité à installer.</translation>
    </message>
    <message>
        <source>%1 accepted “%2”, but reading it back did not find it complete.</source>
        <translation>%1 a accepté «&#xa0;%2&#xa0;», mais la relecture ne l’a pas trouvé complet.</translation>
    </message>
    <message>
        <source>%1 still holds “%2” after removing it.</source>
        <translation>%1 contient toujours «&#xa0;%2&#xa0;» après son retrait.</translation>
    </message>
    <message>
        <source>Changing the system trust store needs administrator rights. Run the command again with sudo, or use the desktop app, which asks for permission.</source>
        <translation>Modifier le magasin de confiance du système nécessite les droits d’administrateur. Relancez la commande avec sudo, ou utilisez l’application de bureau, qui demande l’autorisation.</translation>
    </message>
    <message>
        <source>System trust store</source>
        <translation>Magasin de confiance du système</translation>
    </message>
    <message>
        <source>The system trust store holds CA certificates only. Install your own certificate into a browser store or a smart card instead.</source>
        <translation>Le magasin de confiance du système ne contient que des certificats d’AC. Installez plutôt votre propre certificat dans le magasin d’un navigateur ou sur une carte à puce.</translation>
    </message>
    <message>
        <source>“%1” is not a CA certificate; only CA certificates belong in the system trust store.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un certificat d’AC&#x202f;; seuls les certificats d’AC ont leur place dans le magasin de confiance du système.</translation>
    </message>
    <message>
        <source>CertDesk cannot write to the system trust store folder.</source>
        <translation>CertDesk ne peut pas écrire dans le dossier du magasin de confiance du système.</translation>
    </message>
    <message>
        <source>The system trust store was updated, but the certificate does not appear in %1; nothing was changed.</source>
        <translation>Le magasin de confiance du système a été mis à jour, mais le certificat n’apparaît pas dans %1&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>CertDesk did not add “%1” to the system trust store, so it does not remove it.</source>
        <translation>CertDesk n’a pas ajouté «&#xa0;%1&#xa0;» au magasin de confiance du système&#x202f;; il ne le retire donc pas.</translation>
    </message>
    <message>
        <source>CertDesk cannot remove %1.</source>
        <translation>CertDesk ne peut pas supprimer %1.</translation>
    </message>
    <message>
        <source>The anchor was removed, but %1 still holds the certificate (another copy of it is installed).</source>
        <translation>L’ancre de confiance a été retirée, mais %1 contient toujours le certificat (une autre copie en est installée).</translation>
    </message>
    <message>
        <source>The system&apos;s certificate update command (%1) failed.</source>
        <translation>La commande de mise à jour des certificats du système (%1) a échoué.</translation>
    </message>
    <message>
        <source>Certificate “%1” has expired</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» a expiré</translation>
    </message>
    <message>
        <source>It expired on %1. Whatever uses it (signing in, e-mail, a server) no longer accepts it; renew it now.</source>
        <translation>Il a expiré le %1. Tout ce qui l’utilise (connexion, messagerie, un serveur) ne l’accepte plus&#x202f;; renouvelez-le maintenant.</translation>
    </message>
    <message>
        <source>Certificate “%1” %2</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» %2</translation>
    </message>
    <message>
        <source>It is valid until %1. Renew it before then so that everything using it keeps working.</source>
        <translation>Il est valable jusqu’au %1. Renouvelez-le avant cette date pour que tout ce qui l’utilise continue de fonctionner.</translation>
    </message>
    <message>
        <source>Its renewed certificate has arrived: open CertDesk and replace the old one with it.</source>
        <translation>Son certificat renouvelé est arrivé&#xa0;: ouvrez CertDesk et remplacez l’ancien par celui-ci.</translation>
    </message>
    <message>
        <source>A renewal was requested on %1: import the certificate as soon as your certificate authority sends it.</source>
        <translation>Un renouvellement a été demandé le %1&#xa0;: importez le certificat dès que votre autorité de certification l’envoie.</translation>
    </message>
    <message>
        <source>Found in: %1</source>
        <translation>Trouvé dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Me le rappeler demain</translation>
    </message>
    <message>
        <source>CertDesk could not turn off core dumps for itself.</source>
        <translation>CertDesk n’a pas pu désactiver les vidages mémoire (core dumps) pour lui-même.</translation>
    </message>
    <message>
        <source>CertDesk could not protect its memory from other programs.</source>
        <translation>CertDesk n’a pas pu protéger sa mémoire contre les autres programmes.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds (it may be locked and waiting for a password prompt). Unlock it, or give a passphrase with --passphrase-file FILE.</source>
        <translation>Le trousseau du système n’a pas répondu dans les %1 secondes (il est peut-être verrouillé et attend un mot de passe). Déverrouillez-le, ou indiquez une phrase secrète avec --passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>The keychain holds no key for this vault.</source>
        <translation>Le trousseau ne contient aucune clé pour ce coffre.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Allow CertDesk in the keychain, or give a passphrase with --passphrase-file FILE.</source>
        <translation>Le trousseau du système a refusé l’accès. Autorisez CertDesk dans le trousseau, ou indiquez une phrase secrète avec --passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service is running in this session). Give a passphrase with --passphrase-file FILE to protect the vault&apos;s keys instead.</source>
        <translation>Aucun trousseau système n’est disponible (aucun service Secret Service n’est actif dans cette session). Indiquez plutôt une phrase secrète avec --passphrase-file FICHIER pour protéger les clés du coffre.</translation>
    </message>
    <message>
        <source>The vault database could not be updated; nothing was changed.</source>
        <translation>La base de données du coffre n’a pas pu être mise à jour&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault is busy or cannot be written.</source>
        <translation>Le coffre est occupé ou ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>CertDesk cannot create its vault file “%1”.</source>
        <translation>CertDesk ne peut pas créer son fichier de coffre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>CertDesk cannot make its vault file private.</source>
        <translation>CertDesk ne peut pas rendre son fichier de coffre privé.</translation>
    </message>
    <message>
        <source>The vault location “%1” is a file, not a folder.</source>
        <translation>L’emplacement du coffre «&#xa0;%1&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>CertDesk cannot create its vault folder “%1”.</source>
        <translation>CertDesk ne peut pas créer son dossier de coffre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>CertDesk cannot make its vault folder “%1” private.</source>
        <translation>CertDesk ne peut pas rendre privé son dossier de coffre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>CertDesk cannot open its vault “%1”.</source>
        <translation>CertDesk ne peut pas ouvrir son coffre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This vault was written by a newer CertDesk (format %1); update CertDesk to use it.</source>
        <translation>Ce coffre a été écrit par une version plus récente de CertDesk (format %1)&#x202f;; mettez CertDesk à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase settings are damaged.</source>
        <translation>Les paramètres de phrase secrète du coffre sont endommagés.</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation>La phrase secrète n’ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>This vault&apos;s key is kept in the system keychain, which CertDesk was told not to use.</source>
        <translation>La clé de ce coffre est conservée dans le trousseau du système, que CertDesk a reçu l’instruction de ne pas utiliser.</translation>
    </message>
    <message>
        <source>This vault also opens with its passphrase (--passphrase-file FILE).</source>
        <translation>Ce coffre s’ouvre aussi avec sa phrase secrète (--passphrase-file FICHIER).</translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase; give it with --passphrase-file FILE.</source>
        <translation>Ce coffre est protégé par une phrase secrète&#x202f;; indiquez-la avec --passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>The key found for this vault does not open it (the keychain entry belongs to another vault or was changed).</source>
        <translation>La clé trouvée pour ce coffre ne l’ouvre pas (l’entrée du trousseau appartient à un autre coffre ou a été modifiée).</translation>
    </message>
    <message>
        <source>No keychain is available to protect the vault&apos;s keys. Give a passphrase with --passphrase-file FILE.</source>
        <translation>Aucun trousseau n’est disponible pour protéger les clés du coffre. Indiquez une phrase secrète avec --passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>The certificate of “%1” in the vault is damaged.</source>
        <translation>Le certificat de «&#xa0;%1&#xa0;» dans le coffre est endommagé.</translation>
    </message>
    <message>
        <source>There is no entry with the ID “%1” in the vault.</source>
        <translation>Le coffre ne contient aucune entrée ayant l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not an entry ID; IDs are hexadecimal, as `certdesk-cli list` shows them (at least 4 characters).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’entrée&#x202f;; les identifiants sont hexadécimaux, tels que `certdesk-cli list` les affiche (au moins 4 caractères).</translation>
    </message>
    <message>
        <source>The ID “%1” matches %2 entries; type more of it.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» correspond à %2 entrées&#x202f;; saisissez-en davantage.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>CertDesk could not find a free ID for the new entry.</source>
        <translation>CertDesk n’a pas trouvé d’identifiant libre pour la nouvelle entrée.</translation>
    </message>
    <message>
        <source>A private key without its certificate was not imported; import it together with its certificate (for example as a PKCS#12 bundle).</source>
        <translation>Une clé privée sans son certificat n’a pas été importée&#x202f;; importez-la avec son certificat (par exemple sous forme de fichier PKCS#12).</translation>
    </message>
    <message>
        <source>No waiting key in the vault matches the certificate for “%1”. Import the PKCS#12 bundle that holds its key, or request a new certificate with CertDesk.</source>
        <translation>Aucune clé en attente dans le coffre ne correspond au certificat de «&#xa0;%1&#xa0;». Importez le fichier PKCS#12 qui contient sa clé, ou demandez un nouveau certificat avec CertDesk.</translation>
    </message>
    <message>
        <source>The file holds only CA certificates (the first is “%1”) and no certificate for a key in the vault.</source>
        <translation>Le fichier ne contient que des certificats d’AC (le premier est «&#xa0;%1&#xa0;») et aucun certificat pour une clé du coffre.</translation>
    </message>
    <message>
        <source>The file holds a private key but not its certificate; import the key together with its certificate.</source>
        <translation>Le fichier contient une clé privée mais pas son certificat&#x202f;; importez la clé avec son certificat.</translation>
    </message>
    <message>
        <source>The file holds only a certificate request; CertDesk keeps requests together with the keys it generated itself. Send the request to your CA.</source>
        <translation>Le fichier ne contient qu’une demande de certificat&#x202f;; CertDesk ne conserve que les demandes accompagnées des clés qu’il a lui-même générées. Envoyez la demande à votre AC.</translation>
    </message>
    <message>
        <source>The vault database file is damaged; restore it from a backup or ask your helpdesk.</source>
        <translation>Le fichier de base de données du coffre est endommagé&#x202f;; restaurez-le à partir d’une sauvegarde ou adressez-vous à votre support informatique.</translation>
    </message>
    <message>
        <source>The certificate request of “%1” cannot be read.</source>
        <translation>La demande de certificat de «&#xa0;%1&#xa0;» ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The certificate request of “%1” does not belong to its key.</source>
        <translation>La demande de certificat de «&#xa0;%1&#xa0;» ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <source>The certificate of “%1” cannot be read.</source>
        <translation>Le certificat de «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The certificate of “%1” does not belong to its key.</source>
        <translation>Le certificat de «&#xa0;%1&#xa0;» ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <source>The private keys could not be checked: %1</source>
        <translation>Les clés privées n’ont pas pu être vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The private key of “%1” cannot be decrypted: it is damaged.</source>
        <translation>La clé privée de «&#xa0;%1&#xa0;» ne peut pas être déchiffrée&#xa0;: elle est endommagée.</translation>
    </message>
    <message>
        <source>The private key of “%1” cannot be read.</source>
        <translation>La clé privée de «&#xa0;%1&#xa0;» ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The private key of “%1” is not the key its entry names.</source>
        <translation>La clé privée de «&#xa0;%1&#xa0;» n’est pas la clé indiquée par son entrée.</translation>
    </message>
    <message>
        <source>A certificate in the chain of “%1” cannot be read.</source>
        <translation>Un certificat de la chaîne de «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The vault holds no private key for this entry.</source>
        <translation>Le coffre ne contient aucune clé privée pour cette entrée.</translation>
    </message>
    <message>
        <source>Waiting for certificate</source>
        <translation>En attente du certificat</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Replaced (archived)</source>
        <translation>Remplacé (archivé)</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>CertDesk could not encrypt the private key.</source>
        <translation>CertDesk n’a pas pu chiffrer la clé privée.</translation>
    </message>
    <message>
        <source>A stored private key is damaged.</source>
        <translation>Une clé privée enregistrée est endommagée.</translation>
    </message>
    <message>
        <source>A stored private key does not decrypt with this vault&apos;s key: the key or the vault is damaged.</source>
        <translation>Une clé privée enregistrée ne se déchiffre pas avec la clé de ce coffre&#xa0;: la clé ou le coffre est endommagé.</translation>
    </message>
    <message>
        <source>CertDesk could not derive a key from the passphrase (out of memory?).</source>
        <translation>CertDesk n’a pas pu dériver de clé à partir de la phrase secrète (mémoire insuffisante&#x202f;?).</translation>
    </message>
    <message>
        <source>common name</source>
        <translation>nom commun</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisational unit</source>
        <translation>unité d’organisation</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>localité</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>domain component</source>
        <translation>composante de domaine</translation>
    </message>
    <message>
        <source>user ID</source>
        <translation>identifiant utilisateur</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>numéro de série</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy no longer allows %1 keys; the new key is %2.</source>
        <translation>La politique de votre organisation n’autorise plus les clés %1&#x202f;; la nouvelle clé est de type %2.</translation>
    </message>
    <message>
        <source>The organisation policy is not valid — %1: %2 Ask your IT administrator to correct it; CertDesk does nothing that the policy governs until then.</source>
        <translation>La politique de l’organisation n’est pas valide — %1&#xa0;: %2 Demandez à votre administrateur informatique de la corriger&#x202f;; d’ici là, CertDesk ne fait rien de ce que régit la politique.</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>Nom DNS</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Windows sign-in name (UPN)</source>
        <translation>Nom de connexion Windows (UPN)</translation>
    </message>
    <message>
        <source>“%1” is not a setting of %2; known settings are %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un paramètre de %2&#x202f;; les paramètres connus sont %3.</translation>
    </message>
    <message>
        <source>the policy</source>
        <translation>la politique</translation>
    </message>
    <message>
        <source>“%1” must be an object ({ … }).</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet ({ … }).</translation>
    </message>
    <message>
        <source>“%1” must be a list of texts ([&quot;…&quot;, …]).</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de textes ([&quot;…&quot;, …]).</translation>
    </message>
    <message>
        <source>every entry of “%1” must be a non-empty text.</source>
        <translation>chaque entrée de «&#xa0;%1&#xa0;» doit être un texte non vide.</translation>
    </message>
    <message>
        <source>“%1” must be a text in quotes.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte entre guillemets.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>policy rule: %1</source>
        <translation>règle de la politique&#xa0;: %1</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>ce n’est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>the policy must be one JSON object ({ … }).</source>
        <translation>la politique doit être un unique objet JSON ({ … }).</translation>
    </message>
    <message>
        <source>“%1” is set twice; keep one.</source>
        <translation>«&#xa0;%1&#xa0;» est défini deux fois&#x202f;; n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>this CertDesk understands policy version 1 only.</source>
        <translation>cette version de CertDesk ne comprend que la version 1 de la politique.</translation>
    </message>
    <message>
        <source>the value of “%1” must be a non-empty text.</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» doit être un texte non vide.</translation>
    </message>
    <message>
        <source>the common name (CN) is the person&apos;s or machine&apos;s own name and cannot be fixed; constrain it with subject.commonName.pattern.</source>
        <translation>le nom commun (CN) est le nom propre de la personne ou de la machine et ne peut pas être imposé&#x202f;; restreignez-le avec subject.commonName.pattern.</translation>
    </message>
    <message>
        <source>“%1” is fixed twice (under two spellings).</source>
        <translation>«&#xa0;%1&#xa0;» est imposé deux fois (sous deux graphies).</translation>
    </message>
    <message>
        <source>the pattern “%1” is not a valid regular expression (%2 at character %3).</source>
        <translation>le motif «&#xa0;%1&#xa0;» n’est pas une expression régulière valide (%2 au caractère %3).</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de domaine comme example.org.</translation>
    </message>
    <message>
        <source>“%1” is not an alternative name type; use dns, email, uri, ip or upn.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de nom alternatif&#x202f;; utilisez dns, email, uri, ip ou upn.</translation>
    </message>
    <message>
        <source>“%1” is not a key type CertDesk generates; use %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de clé que CertDesk génère&#x202f;; utilisez %2.</translation>
    </message>
    <message>
        <source>these key rules leave no key type CertDesk can generate; allow at least one.</source>
        <translation>ces règles de clés ne laissent aucun type de clé que CertDesk puisse générer&#x202f;; autorisez-en au moins un.</translation>
    </message>
    <message>
        <source>“reminders.days” must be a list of different whole numbers of days from 1 to 3650, such as [60, 30, 14, 7].%1</source>
        <translation>«&#xa0;reminders.days&#xa0;» doit être une liste de nombres entiers de jours, tous différents, de 1 à 3650, par exemple [60, 30, 14, 7].%1</translation>
    </message>
    <message>
        <source>“%1” is not a store; use nss, nss:DIR, firefox, firefox:PROFILE, system or pkcs11:TOKEN-LABEL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un magasin&#x202f;; utilisez nss, nss:DOSSIER, firefox, firefox:PROFIL, system ou pkcs11:ÉTIQUETTE-DU-JETON.</translation>
    </message>
    <message>
        <source>“%1” is not a PKCS#12 profile; use modern or compatible.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un profil PKCS#12&#x202f;; utilisez modern ou compatible.</translation>
    </message>
    <message>
        <source>“export.allowPrivateKey” must be true or false.</source>
        <translation>«&#xa0;export.allowPrivateKey&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>The organisation policy %1 cannot be read; ask your IT administrator to check its permissions. CertDesk does nothing that the policy governs until then.</source>
        <translation>La politique de l’organisation %1 ne peut pas être lue&#x202f;; demandez à votre administrateur informatique de vérifier ses permissions. D’ici là, CertDesk ne fait rien de ce que régit la politique.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy sets %1 to “%2” in every request, not “%3”; leave %1 out and CertDesk fills it in.</source>
        <translation>La politique de votre organisation fixe %1 à «&#xa0;%2&#xa0;» dans chaque demande, et non à «&#xa0;%3&#xa0;»&#x202f;; omettez %1 et CertDesk le renseignera.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires the common name to be %1; “%2” is not.</source>
        <translation>La politique de votre organisation exige que le nom commun soit %1&#x202f;; «&#xa0;%2&#xa0;» ne l’est pas.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires the common name to match the pattern %1; “%2” does not.</source>
        <translation>La politique de votre organisation exige que le nom commun corresponde au motif %1&#x202f;; «&#xa0;%2&#xa0;» n’y correspond pas.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy allows e-mail addresses only at %1; “%2” is not one of them.</source>
        <translation>La politique de votre organisation n’autorise que les adresses électroniques de ces domaines&#xa0;: %1&#x202f;; «&#xa0;%2&#xa0;» n’en fait pas partie.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow %1 keys; choose one of %2.</source>
        <translation>La politique de votre organisation n’autorise pas les clés %1&#x202f;; choisissez l’un de ces types&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires RSA keys of at least %1 bits; choose one of %2.</source>
        <translation>La politique de votre organisation exige des clés RSA d’au moins %1 bits&#x202f;; choisissez l’un de ces types&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires elliptic-curve keys of at least %1 bits; choose one of %2.</source>
        <translation>La politique de votre organisation exige des clés à courbe elliptique d’au moins %1 bits&#x202f;; choisissez l’un de ces types&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy sets %1 to “%2” in every request, not “%3”.</source>
        <translation>La politique de votre organisation fixe %1 à «&#xa0;%2&#xa0;» dans chaque demande, et non à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires %1=%2 in the subject.</source>
        <translation>La politique de votre organisation exige %1=%2 dans le sujet.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires an alternative name of type %1 (%2) in every request; add one.</source>
        <translation>La politique de votre organisation exige un nom alternatif de type %1 (%2) dans chaque demande&#x202f;; ajoutez-en un.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow exporting private keys; export the certificate without its key instead.</source>
        <translation>La politique de votre organisation n’autorise pas l’exportation des clés privées&#x202f;; exportez plutôt le certificat sans sa clé.</translation>
    </message>
    <message>
        <source>Every request has %1=%2 (set by your organisation).</source>
        <translation>Chaque demande contient %1=%2 (fixé par votre organisation).</translation>
    </message>
    <message>
        <source>The common name must match the pattern %1.</source>
        <translation>Le nom commun doit correspondre au motif %1.</translation>
    </message>
    <message>
        <source>The common name must be %1 (pattern %2).</source>
        <translation>Le nom commun doit être %1 (motif %2).</translation>
    </message>
    <message>
        <source>E-mail addresses only at %1.</source>
        <translation>Adresses électroniques uniquement dans ces domaines&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every request needs an alternative name of type %1 (%2).</source>
        <translation>Chaque demande doit contenir un nom alternatif de type %1 (%2).</translation>
    </message>
    <message>
        <source>Key types allowed: %1.</source>
        <translation>Types de clés autorisés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reminders %1 days before expiry (you may choose other days).</source>
        <translation>Rappels %1 jours avant l’expiration (vous pouvez choisir d’autres jours).</translation>
    </message>
    <message>
        <source>Install into %1 unless you choose other stores.</source>
        <translation>Installation dans %1, sauf si vous choisissez d’autres magasins.</translation>
    </message>
    <message>
        <source>PKCS#12 exports use the %1 profile unless you choose the other.</source>
        <translation>Les exportations PKCS#12 utilisent le profil %1, sauf si vous choisissez l’autre.</translation>
    </message>
    <message>
        <source>Private keys cannot be exported.</source>
        <translation>Les clés privées ne peuvent pas être exportées.</translation>
    </message>
    <message>
        <source>The policy sets no rules.</source>
        <translation>La politique ne fixe aucune règle.</translation>
    </message>
    <message>
        <source>The disk that holds the vault is full; nothing was changed. Free some space, then try again.</source>
        <translation>Le disque qui contient le coffre est plein&#x202f;; rien n’a été modifié. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain did not give out this vault&apos;s key: it is locked (and its unlock prompt could not be shown or was cancelled), or the key was removed from it. Unlock the keychain and try again.</source>
        <translation>Le trousseau du système n’a pas fourni la clé de ce coffre&#xa0;: il est verrouillé (et sa demande de déverrouillage n’a pas pu s’afficher ou a été annulée), ou la clé en a été retirée. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>Once it is unlocked, giving a passphrase (--passphrase-file FILE) adds a second way into this vault that does not need the keychain.</source>
        <translation>Une fois le trousseau déverrouillé, indiquer une phrase secrète (--passphrase-file FICHIER) ajoute un second accès à ce coffre, qui ne dépend pas du trousseau.</translation>
    </message>
    <message>
        <source>The %1 (%2=%3) may hold only ASCII letters, digits and punctuation; certificates cannot carry other characters there.</source>
        <translation>Le champ %1 (%2=%3) ne peut contenir que des lettres ASCII, des chiffres et de la ponctuation&#x202f;; un certificat ne peut pas porter d’autres caractères à cet endroit.</translation>
    </message>
    <message>
        <source>The %1 (%2=%3) may hold only unaccented letters, digits, spaces and &apos; ( ) + , - . / : = ? in a certificate.</source>
        <translation>Dans un certificat, le champ %1 (%2=%3) ne peut contenir que des lettres sans accent, des chiffres, des espaces et &apos; ( ) + , - . / : = ?</translation>
    </message>
    <message>
        <source>This file asks for far more password hashing than any program writes: opening it would keep this computer busy for a very long time, so CertDesk refuses. The file is damaged or made to stall the programs that open it; ask for the file again.</source>
        <translation>Ce fichier demande bien plus de calculs de mot de passe qu’aucun programme n’en écrit&#xa0;: l’ouvrir occuperait cet ordinateur très longtemps, CertDesk le refuse donc. Le fichier est endommagé ou conçu pour bloquer les programmes qui l’ouvrent&#x202f;; demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The encrypted private key in the file is damaged.</source>
        <translation>La clé privée chiffrée contenue dans le fichier est endommagée.</translation>
    </message>
    <message>
        <source>The stored summary of the certificate of “%1” does not match the certificate; lists may show wrong facts. Import the certificate again to rewrite it.</source>
        <translation>Le résumé enregistré du certificat de « %1 » ne correspond pas au certificat ; les listes peuvent afficher des informations erronées. Importez à nouveau le certificat pour le réécrire.</translation>
    </message>
    <message>
        <source>“%1” is %2, not a file. Give the certificate or bundle file itself.</source>
        <translation>«&#xa0;%1&#xa0;» est %2, pas un fichier. Indiquez le fichier du certificat ou du paquet lui-même.</translation>
    </message>
    <message>
        <source>This file is a signed message (PKCS#7) with no certificates in it, so there is nothing to import. If you expected a certificate chain (.p7b), ask for it again.</source>
        <translation>Ce fichier est un message signé (PKCS#7) qui ne contient aucun certificat&#xa0;: il n’y a donc rien à importer. Si vous attendiez une chaîne de certificats (.p7b), demandez-la à nouveau.</translation>
    </message>
    <message>
        <source>A PKCS#7 block holds no certificates (a signed message without them); it was skipped.</source>
        <translation>Un bloc PKCS#7 ne contient aucun certificat (un message signé sans eux)&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>a socket or pipe</source>
        <translation>un socket ou un tube</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>unknown algorithm %1</source>
        <translation>algorithme inconnu %1</translation>
    </message>
    <message>
        <source>The password is right, but the private key in this PKCS#12 bundle is of a kind CertDesk cannot use (%1): this system&apos;s OpenSSL %2 does not support it. The file is not damaged. CertDesk keeps RSA, EC and Ed25519 keys; ask for a bundle with one of those.</source>
        <translation>Le mot de passe est correct, mais la clé privée de ce paquet PKCS#12 est d’un type que CertDesk ne peut pas utiliser (%1)&#xa0;: OpenSSL %2 sur ce système ne le prend pas en charge. Le fichier n’est pas endommagé. CertDesk conserve les clés RSA, EC et Ed25519&#x202f;; demandez un paquet avec l’une d’elles.</translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is protected with PBMAC1 (RFC 9579), a newer integrity check that this system&apos;s OpenSSL %1 cannot verify (OpenSSL 3.4 and later can). Ask for the bundle with the usual SHA-256 integrity check (HMAC), or export it again in a common format.</source>
        <translation>Ce paquet PKCS#12 est protégé par PBMAC1 (RFC 9579), un contrôle d’intégrité plus récent qu’OpenSSL %1 sur ce système ne sait pas vérifier (OpenSSL 3.4 et suivants le peuvent). Demandez le paquet avec le contrôle d’intégrité SHA-256 habituel (HMAC), ou exportez-le à nouveau dans un format courant.</translation>
    </message>
    <message>
        <source>The certificate for “%1” is damaged: the dates it is valid between cannot be read, so nobody can tell when it expires. It was not imported; ask for it again.</source>
        <translation>Le certificat de «&#xa0;%1&#xa0;» est endommagé&#xa0;: ses dates de validité sont illisibles, personne ne peut donc dire quand il expire. Il n’a pas été importé&#x202f;; demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>The certificate for “%1” is damaged: its public key cannot be read. It was not imported; ask for it again.</source>
        <translation>Le certificat de «&#xa0;%1&#xa0;» est endommagé&#xa0;: sa clé publique est illisible. Il n’a pas été importé&#x202f;; demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>The vault already has a newer certificate for the key of “%1”; this older one was not kept.</source>
        <translation>Le coffre a déjà un certificat plus récent pour la clé de «&#xa0;%1&#xa0;»&#x202f;; cet ancien certificat n’a pas été conservé.</translation>
    </message>
    <message>
        <source>“%1” is a CA certificate that issued none of the certificates imported here; it was not kept.</source>
        <translation>«&#xa0;%1&#xa0;» est un certificat d’AC qui n’a émis aucun des certificats importés ici&#x202f;; il n’a pas été conservé.</translation>
    </message>
    <message>
        <source>No key in the vault belongs to the certificate for “%1”; it was not kept.</source>
        <translation>Aucune clé du coffre n’appartient au certificat de «&#xa0;%1&#xa0;»&#x202f;; il n’a pas été conservé.</translation>
    </message>
    <message>
        <source>The files hold nothing CertDesk can import.</source>
        <translation>Les fichiers ne contiennent rien que CertDesk puisse importer.</translation>
    </message>
    <message>
        <source>The dates the certificate of “%1” is valid between cannot be read, so nobody can tell when it expires. Delete it, and import a readable copy if you have one.</source>
        <translation>Les dates de validité du certificat de «&#xa0;%1&#xa0;» sont illisibles, personne ne peut donc dire quand il expire. Supprimez-le, puis importez une copie lisible si vous en avez une.</translation>
    </message>
    <message>
        <source>CertDesk could not build the PKCS#12 bundle: the key does not belong to the certificate.</source>
        <translation>CertDesk n’a pas pu construire le fichier PKCS#12&#xa0;: la clé n’appartient pas au certificat.</translation>
    </message>
    <message>
        <source>The reminder days saved in the vault cannot be read. Set the reminder days again; until then CertDesk cannot tell when to remind you.</source>
        <translation>Les jours de rappel enregistrés dans le coffre sont illisibles. Définissez à nouveau les jours de rappel&#x202f;; d’ici là, CertDesk ne sait pas quand vous prévenir.</translation>
    </message>
    <message>
        <source>CertDesk could not add the certificate to the system trust store, and could not undo its change either: %1 is still there. Ask your administrator to remove it and run %2.</source>
        <translation>CertDesk n’a pas pu ajouter le certificat au magasin de confiance du système, ni annuler sa modification&#xa0;: %1 s’y trouve encore. Demandez à votre administrateur de le supprimer et d’exécuter %2.</translation>
    </message>
    <message>
        <source>CertDesk could not add the certificate to the system trust store, and could not undo its change either: %1 may still hold the certificate. Ask your administrator to run %2.</source>
        <translation>CertDesk n’a pas pu ajouter le certificat au magasin de confiance du système, ni annuler sa modification&#xa0;: %1 contient peut-être encore le certificat. Demandez à votre administrateur d’exécuter %2.</translation>
    </message>
    <message>
        <source>Exporting the private key needs the vault and a password.</source>
        <translation>Pour exporter la clé privée, CertDesk a besoin du coffre et d’un mot de passe.</translation>
    </message>
    <message>
        <source>CertDesk cannot write “%1”: %2. Choose another folder or file name.</source>
        <translation>CertDesk ne peut pas écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Chromium and other NSS applications</source>
        <translation>Chromium et autres applications NSS</translation>
    </message>
    <message>
        <source>NSS database %1</source>
        <translation>Base de données NSS %1</translation>
    </message>
    <message>
        <source>Firefox — profile %1</source>
        <translation>Firefox — profil %1</translation>
    </message>
    <message>
        <source>Firefox (%1) — profile %2</source>
        <translation>Firefox (%1) — profil %2</translation>
    </message>
    <message>
        <source>Give the folder of the NSS database after “nss:”.</source>
        <translation>Indiquez le dossier de la base de données NSS après «&#xa0;nss:&#xa0;».</translation>
    </message>
    <message>
        <source>There is no Firefox profile “%1” on this computer. Open Firefox once to create it, or choose one of the profiles CertDesk lists.</source>
        <translation>Il n’y a pas de profil Firefox «&#xa0;%1&#xa0;» sur cet ordinateur. Lancez une fois Firefox pour le créer, ou choisissez l’un des profils que CertDesk affiche.</translation>
    </message>
    <message>
        <source>“%1” does not name an NSS database; use “nss:FOLDER” or “firefox:PROFILE”.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne pas une base de données NSS&#x202f;; utilisez «&#xa0;nss:DOSSIER&#xa0;» ou «&#xa0;firefox:PROFIL&#xa0;».</translation>
    </message>
    <message>
        <source>Close Firefox first: it has this profile open, and changing its certificate database now could damage it. Then try again.</source>
        <translation>Fermez d’abord Firefox&#xa0;: ce profil y est ouvert, et modifier maintenant sa base de données de certificats pourrait l’endommager. Réessayez ensuite.</translation>
    </message>
    <message>
        <source>Give the full path of the NSS database folder.</source>
        <translation>Indiquez le chemin complet du dossier de la base de données NSS.</translation>
    </message>
    <message>
        <source>The certificate database in %1 is in the old format (cert8.db) that only one program can use at a time. Open it once with a current Firefox or Chromium, which converts it, then try again.</source>
        <translation>La base de données de certificats du dossier %1 est dans l’ancien format (cert8.db), qu’un seul programme à la fois peut utiliser. Ouvrez-la une fois avec une version récente de Firefox ou de Chromium, qui la convertit, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no NSS certificate database in %1. Check the folder, or start the application that owns it once so that it creates one.</source>
        <translation>Il n’y a pas de base de données de certificats NSS dans %1. Vérifiez le dossier, ou lancez une fois l’application à laquelle il appartient pour qu’elle en crée une.</translation>
    </message>
    <message>
        <source>CertDesk could not create the folder %1 for the certificate database. Check that you may write to it.</source>
        <translation>CertDesk n’a pas pu créer le dossier %1 pour la base de données de certificats. Vérifiez que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The certificate database in %1 is read-only for you. Ask whoever manages this computer, or choose another store.</source>
        <translation>La base de données de certificats du dossier %1 est en lecture seule pour vous. Adressez-vous à la personne qui gère cet ordinateur, ou choisissez un autre magasin.</translation>
    </message>
    <message>
        <source>The NSS library could not start, so CertDesk cannot open %1.</source>
        <translation>La bibliothèque NSS n’a pas pu démarrer&#x202f;; CertDesk ne peut donc pas ouvrir %1.</translation>
    </message>
    <message>
        <source>The certificate database in %1 cannot be read: it may be damaged, or another program may have it open. Close Firefox and other browsers and try again.</source>
        <translation>La base de données de certificats du dossier %1 ne peut pas être lue&#xa0;: elle est peut-être endommagée, ou un autre programme l’a ouverte. Fermez Firefox et les autres navigateurs, puis réessayez.</translation>
    </message>
    <message>
        <source>CertDesk could not set up the new certificate database in %1.</source>
        <translation>CertDesk n’a pas pu configurer la nouvelle base de données de certificats du dossier %1.</translation>
    </message>
    <message>
        <source>The certificate database in %1 is protected by a password (Firefox calls it the Primary Password). Enter it to continue.</source>
        <translation>La base de données de certificats du dossier %1 est protégée par un mot de passe (Firefox l’appelle mot de passe principal). Saisissez-le pour continuer.</translation>
    </message>
    <message>
        <source>The password of the certificate database in %1 is not correct. Enter it again (Firefox calls it the Primary Password).</source>
        <translation>Le mot de passe de la base de données de certificats du dossier %1 est incorrect. Saisissez-le à nouveau (Firefox l’appelle mot de passe principal).</translation>
    </message>
    <message>
        <source>CertDesk could not log in to the certificate database in %1.</source>
        <translation>CertDesk n’a pas pu se connecter à la base de données de certificats du dossier %1.</translation>
    </message>
    <message>
        <source>NSS cannot read the certificate “%1”.</source>
        <translation>NSS ne peut pas lire le certificat «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>CertDesk could not add the certificate “%1” to the certificate database.</source>
        <translation>CertDesk n’a pas pu ajouter le certificat «&#xa0;%1&#xa0;» à la base de données de certificats.</translation>
    </message>
    <message>
        <source>The certificate “%1” was added but cannot be found in the database again.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» a été ajouté, mais il est ensuite introuvable dans la base de données.</translation>
    </message>
    <message>
        <source>CertDesk could not prepare the trust settings.</source>
        <translation>CertDesk n’a pas pu préparer les paramètres de confiance.</translation>
    </message>
    <message>
        <source>CertDesk could not mark “%1” as a trusted certificate authority.</source>
        <translation>CertDesk n’a pas pu marquer «&#xa0;%1&#xa0;» comme autorité de certification approuvée.</translation>
    </message>
    <message>
        <source>The trust settings of “%1” did not stick in the certificate database.</source>
        <translation>Les paramètres de confiance de «&#xa0;%1&#xa0;» n’ont pas été conservés dans la base de données de certificats.</translation>
    </message>
    <message>
        <source>CertDesk could not read the certificates in %1.</source>
        <translation>CertDesk n’a pas pu lire les certificats du dossier %1.</translation>
    </message>
    <message>
        <source>Choose a certificate together with its private key to install.</source>
        <translation>Pour installer, choisissez un certificat avec sa clé privée.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate “%1”.</source>
        <translation>La clé privée ne correspond pas au certificat «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Firefox and Chromium cannot use Ed25519 keys for signing in yet. Request a certificate with an EC P-256 or RSA key instead.</source>
        <translation>Firefox et Chromium ne savent pas encore utiliser les clés Ed25519 pour se connecter. Demandez plutôt un certificat avec une clé EC P-256 ou RSA.</translation>
    </message>
    <message>
        <source>NSS cannot read the public key of “%1”.</source>
        <translation>NSS ne peut pas lire la clé publique de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This kind of key cannot be installed into an NSS database. Use an EC or RSA key.</source>
        <translation>Ce type de clé ne peut pas être installé dans une base de données NSS. Utilisez une clé EC ou RSA.</translation>
    </message>
    <message>
        <source>The name “%1” is already used in this store by a certificate for someone else. Choose another name.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est déjà utilisé dans ce magasin par un certificat de quelqu’un d’autre. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>CertDesk could not add the private key to the certificate database.</source>
        <translation>CertDesk n’a pas pu ajouter la clé privée à la base de données de certificats.</translation>
    </message>
    <message>
        <source>CertDesk could not add the public key to the certificate database.</source>
        <translation>CertDesk n’a pas pu ajouter la clé publique à la base de données de certificats.</translation>
    </message>
    <message>
        <source>NSS cannot read the chain certificate “%1”.</source>
        <translation>NSS ne peut pas lire le certificat «&#xa0;%1&#xa0;» de la chaîne.</translation>
    </message>
    <message>
        <source>The certificate was added, but NSS does not find its private key with it, so browsers would not offer it. Nothing was kept; try again, or report this with the details.</source>
        <translation>Le certificat a été ajouté, mais NSS ne trouve pas sa clé privée avec lui&#x202f;; les navigateurs ne le proposeraient donc pas. Rien n’a été conservé&#x202f;; réessayez, ou signalez le problème avec les détails.</translation>
    </message>
    <message>
        <source>The certificate was added, but NSS does not accept it for signing in to websites: the chain that came with it does not lead to its issuer, or the certificate has expired or is not made for client authentication. Nothing was kept.</source>
        <translation>Le certificat a été ajouté, mais NSS ne l’accepte pas pour se connecter à des sites web&#xa0;: la chaîne fournie avec lui ne mène pas à son émetteur, ou le certificat a expiré ou n’est pas prévu pour l’authentification client. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Choose a CA certificate to trust.</source>
        <translation>Choisissez un certificat d’AC à approuver.</translation>
    </message>
    <message>
        <source>“%1” is not a certificate authority, so it cannot be trusted as one.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une autorité de certification&#x202f;; il ne peut donc pas être approuvé en tant qu’autorité.</translation>
    </message>
    <message>
        <source>“%1” is not in this certificate database.</source>
        <translation>«&#xa0;%1&#xa0;» ne se trouve pas dans cette base de données de certificats.</translation>
    </message>
    <message>
        <source>CertDesk could not delete the private key of “%1”.</source>
        <translation>CertDesk n’a pas pu supprimer la clé privée de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>CertDesk could not delete “%1” from the certificate database.</source>
        <translation>CertDesk n’a pas pu supprimer «&#xa0;%1&#xa0;» de la base de données de certificats.</translation>
    </message>
    <message>
        <source>“%1” is still in the certificate database after deleting it.</source>
        <translation>«&#xa0;%1&#xa0;» se trouve encore dans la base de données de certificats après sa suppression.</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import the certificate from your CA first. Only the request can be exported now.</source>
        <translation>«&#xa0;%1&#xa0;» attend encore son certificat&#x202f;; importez d’abord le certificat de votre autorité de certification. Seule la demande peut être exportée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>certdesk::DesktopNotifier</name>
    <message>
        <source>There is no desktop session bus (D-Bus) here, so CertDesk cannot show desktop notifications. Run CertDesk inside a desktop session, or set DBUS_SESSION_BUS_ADDRESS to the session&apos;s bus.</source>
        <translation>Il n’y a pas de bus de session (D-Bus) ici, CertDesk ne peut donc pas afficher de notifications. Lancez CertDesk dans une session de bureau, ou définissez DBUS_SESSION_BUS_ADDRESS sur le bus de la session.</translation>
    </message>
    <message>
        <source>No desktop notification service is running in this session, so CertDesk cannot show notifications. Start the desktop&apos;s notification service (GNOME and KDE have one built in; elsewhere, for example, dunst or mako).</source>
        <translation>Aucun service de notification n’est actif dans cette session, CertDesk ne peut donc pas afficher de notifications. Démarrez le service de notification du bureau (GNOME et KDE en intègrent un&#x202f;; ailleurs, par exemple dunst ou mako).</translation>
    </message>
    <message>
        <source>The desktop notification service gave an answer CertDesk does not understand, so the notification may not have been shown. Restart the notification service and try again.</source>
        <translation>Le service de notification a donné une réponse que CertDesk ne comprend pas&#x202f;; la notification n’a peut-être pas été affichée. Redémarrez le service de notification et réessayez.</translation>
    </message>
    <message>
        <source>The desktop notification service did not answer within %1 seconds. It may be busy or stuck: try again, or restart it (logging out and back in does).</source>
        <translation>Le service de notification n’a pas répondu dans les %1 secondes. Il est peut-être occupé ou bloqué&#xa0;: réessayez, ou redémarrez-le (se déconnecter puis se reconnecter suffit).</translation>
    </message>
    <message>
        <source>The desktop notification service refused the request, so the notification was not shown. Restart the notification service and try again.</source>
        <translation>Le service de notification a refusé la demande, la notification n’a donc pas été affichée. Redémarrez le service de notification et réessayez.</translation>
    </message>
    <message>
        <source>A desktop notification service is installed but could not start in this session, so CertDesk cannot show notifications. It usually needs a graphical desktop: log in to one and try again, or ask your helpdesk to check the notification service.</source>
        <translation>Un service de notification est installé mais n’a pas pu démarrer dans cette session, CertDesk ne peut donc pas afficher de notifications. Il lui faut en général un bureau graphique&#xa0;: ouvrez une session de bureau et réessayez, ou demandez à votre support informatique de vérifier le service de notification.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::AutostartAction</name>
    <message>
        <source>Start CertDesk in the background when you log in, so that it reminds you before a certificate expires</source>
        <translation>Lancer CertDesk en arrière-plan à l’ouverture de session, pour qu’il vous prévienne avant l’expiration d’un certificat</translation>
    </message>
    <message>
        <source>CertDesk cannot start with your session</source>
        <translation>CertDesk ne peut pas se lancer avec votre session</translation>
    </message>
    <message>
        <source>CertDesk still starts with your session</source>
        <translation>CertDesk se lance toujours avec votre session</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::BusyPanel</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ConnectionTestDialog</name>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Test a connection with “%1”</source>
        <translation>Tester une connexion avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>CertDesk connects to the server with “%1” as a browser or VPN client would, and explains each step. Nothing is changed on this computer or on the server.</source>
        <translation>CertDesk se connecte au serveur avec «&#xa0;%1&#xa0;» comme le ferait un navigateur ou un client VPN, et explique chaque étape. Rien n’est modifié sur cet ordinateur ni sur le serveur.</translation>
    </message>
    <message>
        <source>Address of the server</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://portal.example.org/ or host:port</source>
        <translation>https://portail.example.org/ ou hôte:port</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>A&amp;nnuler le test</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save a report for your helpdesk</source>
        <translation>Enregistrer un rapport pour votre support informatique</translation>
    </message>
    <message>
        <source>A text file with what was tested and seen, for your helpdesk. It holds names, serial numbers and dates, never keys or passwords.</source>
        <translation>Un fichier texte avec ce qui a été testé et constaté, pour votre support informatique. Il contient des noms, des numéros de série et des dates, jamais de clés ni de mots de passe.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>The vault needs its passphrase to use the key of “%1”, so nothing was tested.</source>
        <translation>Le coffre a besoin de sa phrase secrète pour utiliser la clé de «&#xa0;%1&#xa0;»&#x202f;; rien n’a donc été testé.</translation>
    </message>
    <message>
        <source>The test was cancelled. What it saw until then is below.</source>
        <translation>Le test a été annulé. Ce qu’il avait constaté jusque-là figure ci-dessous.</translation>
    </message>
    <message>
        <source>The connection to %1 works with “%2”.</source>
        <translation>La connexion à %1 fonctionne avec «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 accepted “%2”, but CertDesk found a problem. What it is and what to do is below.</source>
        <translation>%1 a accepté «&#xa0;%2&#xa0;», mais CertDesk a trouvé un problème. Le problème et la marche à suivre sont indiqués ci-dessous.</translation>
    </message>
    <message>
        <source>CertDesk could not set up a secure connection to %1. What went wrong is below.</source>
        <translation>CertDesk n’a pas pu établir de connexion sécurisée avec %1. Ce qui n’a pas fonctionné est indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>The connection to %1 does not work with “%2”. What went wrong and what to do is below.</source>
        <translation>La connexion à %1 ne fonctionne pas avec «&#xa0;%2&#xa0;». Ce qui n’a pas fonctionné et la marche à suivre sont indiqués ci-dessous.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Show the technical detail</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Save the connection report</source>
        <translation>Enregistrer le rapport de connexion</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CertDesk %1</source>
        <translation>CertDesk %1</translation>
    </message>
    <message>
        <source>CertDesk could not save the report to %1: %2</source>
        <translation>CertDesk n’a pas pu enregistrer le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::CsrView</name>
    <message>
        <source>Certificate request (PEM)</source>
        <translation>Demande de certificat (PEM)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the request to the clipboard</source>
        <translation>Copier la demande dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the request to a file</source>
        <translation>Enregistrer la demande dans un fichier</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation>Enregistrer la demande de certificat</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem);;All files (*)</source>
        <translation>Demandes de certificat (*.csr *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CertDesk could not save the request to %1: %2</source>
        <translation>CertDesk n’a pas pu enregistrer la demande dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a request or certificate to see its details.</source>
        <translation>Sélectionnez une demande ou un certificat pour en voir les détails.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Délivré à</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Utilisation de la clé</translation>
    </message>
    <message>
        <source>Installed in</source>
        <translation>Installé dans</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>&amp;Save request…</source>
        <translation>Enregistrer la &amp;demande…</translation>
    </message>
    <message>
        <source>Save the renewal request to a file</source>
        <translation>Enregistrer la demande de renouvellement dans un fichier</translation>
    </message>
    <message>
        <source>I&amp;mport certificate…</source>
        <translation>&amp;Importer le certificat…</translation>
    </message>
    <message>
        <source>Import the renewed certificate</source>
        <translation>Importer le certificat renouvelé</translation>
    </message>
    <message>
        <source>Discard renewal…</source>
        <translation>Abandonner le renouvellement…</translation>
    </message>
    <message>
        <source>Discard the renewal request</source>
        <translation>Abandonner la demande de renouvellement</translation>
    </message>
    <message>
        <source>Delete the renewal request and its new key, to start over</source>
        <translation>Supprimer la demande de renouvellement et sa nouvelle clé, pour recommencer</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Ask your certificate authority for a new certificate for the same name</source>
        <translation>Demander à votre autorité de certification un nouveau certificat pour le même nom</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>When CertDesk reminds you</source>
        <translation>Quand CertDesk vous prévient</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Change when to be reminded</source>
        <translation>Modifier le moment des rappels</translation>
    </message>
    <message>
        <source>Don&apos;t remind me about this one</source>
        <translation>Ne plus me rappeler celui-ci</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Chaîne de confiance</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Copier l’&amp;empreinte</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>Copier l’empreinte SHA-256</translation>
    </message>
    <message>
        <source>Copy &amp;PEM</source>
        <translation>Copier le &amp;PEM</translation>
    </message>
    <message>
        <source>Copy the certificate as PEM text</source>
        <translation>Copier le certificat au format texte PEM</translation>
    </message>
    <message>
        <source>I&amp;nstall…</source>
        <translation>I&amp;nstaller…</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Put it where browsers, VPN and mail programs look for it</source>
        <translation>Le placer là où les navigateurs, le VPN et les logiciels de messagerie le cherchent</translation>
    </message>
    <message>
        <source>&amp;Test connection…</source>
        <translation>&amp;Tester la connexion…</translation>
    </message>
    <message>
        <source>Test a connection</source>
        <translation>Tester une connexion</translation>
    </message>
    <message>
        <source>Connect to a server with this identity and see why it is accepted or not</source>
        <translation>Se connecter à un serveur avec cette identité et voir pourquoi elle est acceptée ou non</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 — 1 day left</source>
        <translation>%1 — 1 jour restant</translation>
    </message>
    <message>
        <source>%1 — %2 days left</source>
        <translation>%1 — %2 jours restants</translation>
    </message>
    <message>
        <source>%1 — expired yesterday</source>
        <translation>%1 — expiré hier</translation>
    </message>
    <message>
        <source>%1 — expired %2 days ago</source>
        <translation>%1 — expiré depuis %2 jours</translation>
    </message>
    <message>
        <source>Not yet issued: send the request to your certificate authority, then import what it returns.</source>
        <translation>Pas encore délivré&#xa0;: envoyez la demande à votre autorité de certification, puis importez ce qu’elle vous renvoie.</translation>
    </message>
    <message>
        <source>from %1
until %2</source>
        <translation>du %1
au %2</translation>
    </message>
    <message>
        <source>%1, private key kept encrypted in the vault</source>
        <translation>%1, clé privée conservée chiffrée dans le coffre</translation>
    </message>
    <message>
        <source>%1, no private key in the vault (certificate only)</source>
        <translation>%1, pas de clé privée dans le coffre (certificat seul)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>any purpose (no restriction in the certificate)</source>
        <translation>tout usage (aucune restriction dans le certificat)</translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation>sans restriction</translation>
    </message>
    <message>
        <source>%1 (as “%2”)</source>
        <translation>%1 (sous le nom «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>nulle part pour l’instant</translation>
    </message>
    <message>
        <source>Copy request &amp;PEM</source>
        <translation>Copier la demande en &amp;PEM</translation>
    </message>
    <message>
        <source>(issuer certificates not imported)</source>
        <translation>(certificats des émetteurs non importés)</translation>
    </message>
    <message>
        <source>“%1” has expired. Renew it: CertDesk asks your certificate authority for a new certificate for the same name.</source>
        <translation>«&#xa0;%1&#xa0;» a expiré. Renouvelez-le&#xa0;: CertDesk demande à votre autorité de certification un nouveau certificat pour le même nom.</translation>
    </message>
    <message>
        <source>“%1” expires on %2. Renew it now: CertDesk asks your certificate authority for a new certificate for the same name, and this one keeps working meanwhile.</source>
        <translation>«&#xa0;%1&#xa0;» expire le %2. Renouvelez-le maintenant&#xa0;: CertDesk demande à votre autorité de certification un nouveau certificat pour le même nom, et celui-ci continue de fonctionner en attendant.</translation>
    </message>
    <message>
        <source>Renewal requested on %1. Send the request to your certificate authority; when the new certificate arrives, import it. Until then “%2” keeps working.</source>
        <translation>Renouvellement demandé le %1. Envoyez la demande à votre autorité de certification&#x202f;; quand le nouveau certificat arrive, importez-le. D’ici là, «&#xa0;%2&#xa0;» continue de fonctionner.</translation>
    </message>
    <message>
        <source>Renewal requested on %1. The new certificate has arrived (valid until %2).</source>
        <translation>Renouvellement demandé le %1. Le nouveau certificat est arrivé (valable jusqu’au %2).</translation>
    </message>
    <message>
        <source>Renewal requested on %1. The new certificate has arrived (valid until %2), but the old one is still the one installed in %3.</source>
        <translation>Renouvellement demandé le %1. Le nouveau certificat est arrivé (valable jusqu’au %2), mais c’est encore l’ancien qui est installé dans %3.</translation>
    </message>
    <message>
        <source>Finish renewal</source>
        <translation>Terminer le renouvellement</translation>
    </message>
    <message>
        <source>Replace in 1 store</source>
        <translation>Remplacer dans 1 magasin</translation>
    </message>
    <message>
        <source>Replace in %1 stores</source>
        <translation>Remplacer dans %1 magasins</translation>
    </message>
    <message>
        <source>Remind me %1 days before it expires.</source>
        <translation>Me prévenir %1 jours avant l’expiration.</translation>
    </message>
    <message>
        <source>Remind me %1 days before it expires (the default).</source>
        <translation>Me prévenir %1 jours avant l’expiration (valeur par défaut).</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ExportDialog</name>
    <message>
        <source>Choose a password. Whoever opens the file will need it.</source>
        <translation>Choisissez un mot de passe. Quiconque ouvrira le fichier en aura besoin.</translation>
    </message>
    <message>
        <source>Too short. Someone who gets the file can guess a password this short quickly; use at least 12 characters, or a few unrelated words.</source>
        <translation>Trop court. Quelqu’un qui obtient le fichier peut deviner rapidement un mot de passe aussi court&#x202f;; utilisez au moins 12 caractères, ou quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Mot de passe robuste.</translation>
    </message>
    <message>
        <source>Fair. Longer is stronger: 12 or more characters mixing letters, digits and signs, or a few unrelated words.</source>
        <translation>Moyen. Plus il est long, plus il est robuste&#xa0;: 12 caractères ou plus mêlant lettres, chiffres et symboles, ou quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Certificate (PEM text, .pem)</source>
        <translation>Certificat (texte PEM, .pem)</translation>
    </message>
    <message>
        <source>Certificate (DER binary, .cer)</source>
        <translation>Certificat (binaire DER, .cer)</translation>
    </message>
    <message>
        <source>Certificate with its issuers (PEM chain)</source>
        <translation>Certificat avec ses émetteurs (chaîne PEM)</translation>
    </message>
    <message>
        <source>PKCS#12 bundle: certificate, private key and chain (.p12)</source>
        <translation>Fichier PKCS#12&#xa0;: certificat, clé privée et chaîne (.p12)</translation>
    </message>
    <message>
        <source>Certificate request (PEM, .csr)</source>
        <translation>Demande de certificat (PEM, .csr)</translation>
    </message>
    <message>
        <source>Calendar reminder (.ics)</source>
        <translation>Rappel d’agenda (.ics)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This request is still waiting for its certificate. Export the request and send it to your certificate authority.</source>
        <translation>Cette demande attend toujours son certificat. Exportez la demande et envoyez-la à votre autorité de certification.</translation>
    </message>
    <message>
        <source>The vault holds no private key for this certificate, so it can only be exported without one.</source>
        <translation>Le coffre ne contient aucune clé privée pour ce certificat&#x202f;; il ne peut donc être exporté que sans clé.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Modern (AES-256)</source>
        <translation>Moderne (AES-256)</translation>
    </message>
    <message>
        <source>Compatible with older Windows and macOS (3DES)</source>
        <translation>Compatible avec les anciennes versions de Windows et macOS (3DES)</translation>
    </message>
    <message>
        <source>Include the private key (encrypted with this password)</source>
        <translation>Inclure la clé privée (chiffrée avec ce mot de passe)</translation>
    </message>
    <message>
        <source>Password for the file</source>
        <translation>Mot de passe du fichier</translation>
    </message>
    <message>
        <source>Password again, to confirm</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Afficher les mots de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the password again in “Confirm” to make sure it is the one you meant.</source>
        <translation>Saisissez à nouveau le mot de passe dans «&#xa0;Confirmation&#xa0;» pour vous assurer que c’est bien celui que vous vouliez.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password in both fields.</source>
        <translation>Les deux mots de passe sont différents. Saisissez le même mot de passe dans les deux champs.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>Fichiers PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>Certificats DER (*.cer *.der)</translation>
    </message>
    <message>
        <source>PKCS#12 bundles (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem)</source>
        <translation>Demandes de certificat (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <source>Saved the PKCS#12 bundle to “%1”. Keep the password: it is needed to open the file.</source>
        <translation>Fichier PKCS#12 enregistré dans «&#xa0;%1&#xa0;». Conservez le mot de passe&#xa0;: il est nécessaire pour ouvrir le fichier.</translation>
    </message>
    <message>
        <source>Saved the certificate and its encrypted private key to “%1”. Keep the password: it is needed to use the key.</source>
        <translation>Le certificat et sa clé privée chiffrée ont été enregistrés dans «&#xa0;%1&#xa0;». Conservez le mot de passe&#xa0;: il est nécessaire pour utiliser la clé.</translation>
    </message>
    <message>
        <source>Saved the expiry date, with reminders %1 days before, to “%2”. Open it with your calendar.</source>
        <translation>La date d’expiration a été enregistrée dans «&#xa0;%2&#xa0;», avec des rappels %1 jours avant. Ouvrez ce fichier avec votre agenda.</translation>
    </message>
    <message>
        <source>Saved to “%1”.</source>
        <translation>Enregistré dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not exported: the vault stayed locked, so its private key could not be read. Choose Export again and enter the vault passphrase.</source>
        <translation>Non exporté&#xa0;: le coffre est resté verrouillé, sa clé privée n’a donc pas pu être lue. Choisissez à nouveau Exporter et saisissez la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ImportDialog</name>
    <message>
        <source>Type the password below and choose Unlock. Senders usually give it separately, for example by phone or in another message.</source>
        <translation>Saisissez le mot de passe ci-dessous et choisissez Déverrouiller. L’expéditeur le communique généralement à part, par exemple par téléphone ou dans un autre message.</translation>
    </message>
    <message>
        <source>Type the password again below. Tick “Show password” to check what you typed.</source>
        <translation>Saisissez à nouveau le mot de passe ci-dessous. Cochez «&#xa0;Afficher le mot de passe&#xa0;» pour vérifier ce que vous avez tapé.</translation>
    </message>
    <message>
        <source>Type the password again below. If the file still does not open, ask the sender for a new copy.</source>
        <translation>Saisissez à nouveau le mot de passe ci-dessous. Si le fichier ne s’ouvre toujours pas, demandez une nouvelle copie à l’expéditeur.</translation>
    </message>
    <message>
        <source>Remove this file from the list, then add the bundle again once you have a copy in a modern format.</source>
        <translation>Retirez ce fichier de la liste, puis ajoutez à nouveau le fichier PKCS#12 une fois que vous en avez une copie dans un format moderne.</translation>
    </message>
    <message>
        <source>Remove this file from the list and add the new copy when you have it.</source>
        <translation>Retirez ce fichier de la liste et ajoutez la nouvelle copie quand vous l’aurez.</translation>
    </message>
    <message>
        <source>Remove this file from the list. If you pasted text, copy the whole block including its BEGIN and END lines.</source>
        <translation>Retirez ce fichier de la liste. Si vous avez collé du texte, copiez tout le bloc, y compris ses lignes BEGIN et END.</translation>
    </message>
    <message>
        <source>Remove this file from the list to import the others.</source>
        <translation>Retirez ce fichier de la liste pour importer les autres.</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 certificat</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>1 private key</source>
        <translation>1 clé privée</translation>
    </message>
    <message numerus="yes">
        <source>%n private keys</source>
        <translation>
            <numerusform>%n clé privée</numerusform>
            <numerusform>%n clés privées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported identity “%1” (%2) with its private key.</source>
        <translation>Identité «&#xa0;%1&#xa0;» (%2) importée avec sa clé privée.</translation>
    </message>
    <message>
        <source>Completed request “%1”: its certificate has arrived (%2).</source>
        <translation>Demande «&#xa0;%1&#xa0;» complétée&#xa0;: son certificat est arrivé (%2).</translation>
    </message>
    <message>
        <source>“%1” now has a newer certificate, valid until %2.</source>
        <translation>«&#xa0;%1&#xa0;» a maintenant un certificat plus récent, valable jusqu’au %2.</translation>
    </message>
    <message>
        <source>Already in the vault, nothing changed: “%1”.</source>
        <translation>Déjà dans le coffre, rien n’a changé&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Imported request “%1”; it waits for its certificate.</source>
        <translation>Demande «&#xa0;%1&#xa0;» importée&#x202f;; elle attend son certificat.</translation>
    </message>
    <message>
        <source>Kept certificate “%1” (%2) without a private key.</source>
        <translation>Certificat «&#xa0;%1&#xa0;» (%2) conservé sans clé privée.</translation>
    </message>
    <message>
        <source>Added the private key to “%1”.</source>
        <translation>Clé privée ajoutée à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Import certificates and keys</source>
        <translation>Importer des certificats et des clés</translation>
    </message>
    <message>
        <source>Add everything your certificate authority or colleague sent: certificate, chain, PKCS#12 bundle. Drop files here, choose them, or paste PEM text with Ctrl+V. They are imported together.</source>
        <translation>Ajoutez tout ce que votre autorité de certification ou un collègue vous a envoyé&#xa0;: certificat, chaîne, fichier PKCS#12. Déposez des fichiers ici, choisissez-les, ou collez du texte PEM avec Ctrl+V. Ils sont importés ensemble.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Retirer de la liste les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Mot de passe du fichier</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Keep without key</source>
        <translation>Conserver sans clé</translation>
    </message>
    <message>
        <source>Keep the certificate without a private key</source>
        <translation>Conserver le certificat sans clé privée</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Résultat de l’importation</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>Installer…</translation>
    </message>
    <message>
        <source>Put the identity where your browser, VPN and mail programs look for it</source>
        <translation>Placer l’identité là où votre navigateur, le VPN et les logiciels de messagerie la cherchent</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Install the renewed certificate wherever the old one is installed, check it there, then remove the old one</source>
        <translation>Installer le certificat renouvelé partout où l’ancien est installé, l’y vérifier, puis retirer l’ancien</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Choisir les fichiers à importer</translation>
    </message>
    <message>
        <source>Certificates, requests, keys and bundles (*.pem *.crt *.cer *.der *.csr *.req *.p7b *.p7c *.p12 *.pfx *.key);;All files (*)</source>
        <translation>Certificats, demandes, clés et fichiers PKCS#12 (*.pem *.crt *.cer *.der *.csr *.req *.p7b *.p7c *.p12 *.pfx *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The vault stayed locked, so nothing was imported. The private key in these files can only be stored once the vault is unlocked.</source>
        <translation>Le coffre est resté verrouillé, rien n’a donc été importé. La clé privée contenue dans ces fichiers ne peut être enregistrée qu’une fois le coffre déverrouillé.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Nothing new to import</source>
        <translation>Rien de nouveau à importer</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>This renews “%1”, but the old one could not be retired: %2</source>
        <translation>Ceci renouvelle «&#xa0;%1&#xa0;», mais l’ancien certificat n’a pas pu être retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>This renews “%1”. The old certificate was installed nowhere, so it is now archived (View › Show Replaced Certificates lists it).</source>
        <translation>Ceci renouvelle «&#xa0;%1&#xa0;». L’ancien certificat n’était installé nulle part&#x202f;; il est donc maintenant archivé (Affichage › Afficher les certificats remplacés le montre).</translation>
    </message>
    <message>
        <source>This renews “%1”, but the old certificate could not be archived.</source>
        <translation>Ceci renouvelle «&#xa0;%1&#xa0;», mais l’ancien certificat n’a pas pu être archivé.</translation>
    </message>
    <message>
        <source>This renews “%1”, which is installed in %2. Replace puts the new certificate there, checks it, and then removes the old one; until then the old one stays in use.</source>
        <translation>Ceci renouvelle «&#xa0;%1&#xa0;», qui est installé dans %2. Remplacer y place le nouveau certificat, le vérifie, puis retire l’ancien&#x202f;; d’ici là, l’ancien reste utilisé.</translation>
    </message>
    <message>
        <source>Replace in 1 store</source>
        <translation>Remplacer dans 1 magasin</translation>
    </message>
    <message>
        <source>Replace in %1 stores</source>
        <translation>Remplacer dans %1 magasins</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>✓ %1: the renewed certificate is installed and checked there, and the old one is removed.</source>
        <translation>✓ %1&#xa0;: le certificat renouvelé y est installé et vérifié, et l’ancien est retiré.</translation>
    </message>
    <message>
        <source>Renewal finished: the new certificate is in place everywhere, and the old one is archived (View › Show Replaced Certificates lists it).</source>
        <translation>Renouvellement terminé&#xa0;: le nouveau certificat est en place partout, et l’ancien est archivé (Affichage › Afficher les certificats remplacés le montre).</translation>
    </message>
    <message>
        <source>Not replaced everywhere: the old certificate stays where the new one could not be put. Fix what the list says and choose Replace again.</source>
        <translation>Pas remplacé partout&#xa0;: l’ancien certificat reste là où le nouveau n’a pas pu être placé. Corrigez ce qu’indique la liste et choisissez à nouveau Remplacer.</translation>
    </message>
    <message>
        <source>The old certificate was not archived; choose Replace again.</source>
        <translation>L’ancien certificat n’a pas été archivé&#x202f;; choisissez à nouveau Remplacer.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Needs its password</source>
        <translation>Mot de passe nécessaire</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Ne peut pas être importé</translation>
    </message>
    <message>
        <source>If it is a CA certificate or a colleague’s certificate that you want to keep anyway, choose “Keep without key”.</source>
        <translation>S’il s’agit d’un certificat d’AC ou du certificat d’un collègue que vous voulez tout de même conserver, choisissez «&#xa0;Conserver sans clé&#xa0;».</translation>
    </message>
    <message>
        <source>Choose Import again and enter the vault passphrase.</source>
        <translation>Choisissez à nouveau Importer et saisissez la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>Nothing was imported. Change the files in the list, then choose Import again.</source>
        <translation>Rien n’a été importé. Modifiez les fichiers de la liste, puis choisissez à nouveau Importer.</translation>
    </message>
    <message>
        <source>Replacing the old certificate…</source>
        <translation>Remplacement de l’ancien certificat…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::InstallDialog</name>
    <message>
        <source>Install “%1”</source>
        <translation>Installer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import it before installing.</source>
        <translation>«&#xa0;%1&#xa0;» attend toujours son certificat&#x202f;; importez-le avant de l’installer.</translation>
    </message>
    <message>
        <source>Choose where “%1” should be available. Browsers and mail programs then offer it when a site asks for a client certificate.</source>
        <translation>Choisissez où «&#xa0;%1&#xa0;» doit être disponible. Les navigateurs et les logiciels de messagerie le proposeront alors lorsqu’un site demande un certificat client.</translation>
    </message>
    <message>
        <source>Choose where the CA certificate “%1” should be trusted. Applications using these stores then accept the certificates it issued.</source>
        <translation>Choisissez où le certificat d’AC «&#xa0;%1&#xa0;» doit être approuvé. Les applications qui utilisent ces magasins accepteront alors les certificats qu’il a délivrés.</translation>
    </message>
    <message>
        <source>The vault holds no private key for “%1” and it is not a CA certificate, so there is nothing to install.</source>
        <translation>Le coffre ne contient aucune clé privée pour «&#xa0;%1&#xa0;» et ce n’est pas un certificat d’AC&#xa0;: il n’y a donc rien à installer.</translation>
    </message>
    <message>
        <source>What installing does</source>
        <translation>Ce que fait l’installation</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Certificate stores</source>
        <translation>Magasins de certificats</translation>
    </message>
    <message>
        <source>Notes about the search for stores</source>
        <translation>Remarques sur la recherche des magasins</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Install in the selected stores</source>
        <translation>Installer dans les magasins sélectionnés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Looking for certificate stores on this computer…</source>
        <translation>Recherche des magasins de certificats sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Import the certificate first.</source>
        <translation>Importez d’abord le certificat.</translation>
    </message>
    <message>
        <source>The system trust store holds CA certificates only.</source>
        <translation>Le magasin de confiance du système ne contient que des certificats d’AC.</translation>
    </message>
    <message>
        <source>Changing the system trust store needs administrator rights. Run this in a terminal: %1</source>
        <translation>Modifier le magasin de confiance du système nécessite les droits d’administrateur. Exécutez ceci dans un terminal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Without its private key this certificate cannot be used from here.</source>
        <translation>Sans sa clé privée, ce certificat ne peut pas être utilisé à partir d’ici.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
    <message>
        <source>State in %1</source>
        <translation>État dans %1</translation>
    </message>
    <message>
        <source>Why %1 is not available</source>
        <translation>Pourquoi %1 n’est pas disponible</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>Code PIN de %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Code PIN du jeton</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Mot de passe du magasin</translation>
    </message>
    <message>
        <source>Installed on %1.</source>
        <translation>Installé le %1.</translation>
    </message>
    <message>
        <source>No certificate stores were found on this computer. Start Firefox or Chromium once so that they create theirs, then open this dialog again.</source>
        <translation>Aucun magasin de certificats n’a été trouvé sur cet ordinateur. Lancez une fois Firefox ou Chromium pour qu’ils créent le leur, puis rouvrez cette boîte de dialogue.</translation>
    </message>
    <message>
        <source>No stores found</source>
        <translation>Aucun magasin trouvé</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Retrait…</translation>
    </message>
    <message>
        <source>Installed in every chosen store, and checked in each that it is complete.</source>
        <translation>Installé dans tous les magasins choisis&#x202f;; dans chacun, l’installation a été vérifiée complète.</translation>
    </message>
    <message>
        <source>Nothing was installed. Each store above says what went wrong.</source>
        <translation>Rien n’a été installé. Chaque magasin ci-dessus indique ce qui n’a pas fonctionné.</translation>
    </message>
    <message>
        <source>Installed in %1 of the chosen stores; the others say above what went wrong.</source>
        <translation>Installé dans %1 des magasins choisis&#x202f;; les autres indiquent ci-dessus ce qui n’a pas fonctionné.</translation>
    </message>
    <message>
        <source>✓ Installed and checked.</source>
        <translation>✓ Installé et vérifié.</translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation>✓ Retiré.</translation>
    </message>
    <message>
        <source>✗ Not installed: the vault stayed locked, so its private key could not be read. Choose Install again and enter the vault passphrase.</source>
        <translation>✗ Non installé&#xa0;: le coffre est resté verrouillé, sa clé privée n’a donc pas pu être lue. Choisissez à nouveau Installer et saisissez la phrase secrète du coffre.</translation>
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
        <translation>Coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Nombre d’entrées</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Request a Certificate…</source>
        <translation>&amp;Demander un certificat…</translation>
    </message>
    <message>
        <source>Create a key and the request your certificate authority needs (Ctrl+N)</source>
        <translation>Créer une clé et la demande dont votre autorité de certification a besoin (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a certificate, chain or PKCS#12 bundle (Ctrl+O); you can also drop files on the window</source>
        <translation>Importer un certificat, une chaîne ou un fichier PKCS#12 (Ctrl+O)&#x202f;; vous pouvez aussi déposer des fichiers sur la fenêtre</translation>
    </message>
    <message>
        <source>Import from &amp;Clipboard</source>
        <translation>Importer depuis le &amp;presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the selected certificate or PKCS#12 bundle (Ctrl+E)</source>
        <translation>Exporter le certificat sélectionné, seul ou en fichier PKCS#12 (Ctrl+E)</translation>
    </message>
    <message>
        <source>I&amp;nstall…</source>
        <translation>I&amp;nstaller…</translation>
    </message>
    <message>
        <source>Put the selected certificate where browsers, VPN and mail programs look for it (Ctrl+I)</source>
        <translation>Placer le certificat sélectionné là où les navigateurs, le VPN et les logiciels de messagerie le cherchent (Ctrl+I)</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Ask your certificate authority for a new certificate for the selected identity before it expires (Ctrl+Shift+R)</source>
        <translation>Demander à votre autorité de certification un nouveau certificat pour l’identité sélectionnée avant son expiration (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>&amp;Tester la connexion…</translation>
    </message>
    <message>
        <source>Connect to a server with the selected identity and see why it is accepted or not (Ctrl+T)</source>
        <translation>Se connecter à un serveur avec l’identité sélectionnée et voir pourquoi elle est acceptée ou non (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Start with My &amp;Session</source>
        <translation>Lancer à l’&amp;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Replaced Certificates</source>
        <translation>Afficher les certificats &amp;remplacés</translation>
    </message>
    <message>
        <source>Also list the identities that a renewal replaced; they are kept in the vault until you delete them</source>
        <translation>Afficher aussi les identités qu’un renouvellement a remplacées&#x202f;; elles restent dans le coffre jusqu’à ce que vous les supprimiez</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>À &amp;propos de CertDesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Loading the vault…</source>
        <translation>Chargement du coffre…</translation>
    </message>
    <message>
        <source>Loading the vault</source>
        <translation>Chargement du coffre</translation>
    </message>
    <message>
        <source>Your vault is empty</source>
        <translation>Votre coffre est vide</translation>
    </message>
    <message>
        <source>CertDesk keeps your certificate requests, their private keys and the certificates your certificate authority issues. There are two ways in:</source>
        <translation>CertDesk conserve vos demandes de certificat, leurs clés privées et les certificats que délivre votre autorité de certification. Deux façons de commencer&#xa0;:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Request a certificate</source>
        <translation>Demander un certificat</translation>
    </message>
    <message>
        <source>You need a certificate from your organisation: CertDesk creates the key and the request.</source>
        <translation>Vous avez besoin d’un certificat de votre organisation&#xa0;: CertDesk crée la clé et la demande.</translation>
    </message>
    <message>
        <source>Import a certificate or bundle</source>
        <translation>Importer un certificat ou un fichier PKCS#12</translation>
    </message>
    <message>
        <source>You received a certificate or a .p12/.pfx file: bring it in. You can also drop files here.</source>
        <translation>Vous avez reçu un certificat ou un fichier .p12/.pfx&#xa0;: importez-le. Vous pouvez aussi déposer des fichiers ici.</translation>
    </message>
    <message>
        <source>On the command line, the same starts with:</source>
        <translation>En ligne de commande, la même chose commence par&#xa0;:</translation>
    </message>
    <message>
        <source>Command-line alternative</source>
        <translation>Équivalent en ligne de commande</translation>
    </message>
    <message>
        <source>This window shows new entries by itself once the vault changes.</source>
        <translation>Cette fenêtre affiche d’elle-même les nouvelles entrées dès que le coffre change.</translation>
    </message>
    <message>
        <source>Requests and certificates</source>
        <translation>Demandes et certificats</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search names, subjects, issuers… (Ctrl+F)</source>
        <translation>Rechercher dans les noms, sujets, émetteurs… (Ctrl+F)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>The vault cannot be opened</source>
        <translation>Le coffre ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>CertDesk cannot open the vault</source>
        <translation>CertDesk ne peut pas ouvrir le coffre</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it, or start CertDesk with --vault FOLDER to use another vault.</source>
        <translation>Vérifiez que le dossier existe et que vous avez le droit d’y écrire, ou lancez CertDesk avec --vault DOSSIER pour utiliser un autre coffre.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try opening the vault again</source>
        <translation>Essayer à nouveau d’ouvrir le coffre</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
    <message>
        <source>Nothing to renew</source>
        <translation>Rien à renouveler</translation>
    </message>
    <message>
        <source>The vault has no identity with the ID “%1”. It may have been deleted.</source>
        <translation>Le coffre ne contient aucune identité ayant l’identifiant «&#xa0;%1&#xa0;». Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>A renewal of “%1” was already requested on %2. Its request is in the details of “%1” (Save request…); import the new certificate when it arrives.</source>
        <translation>Un renouvellement de «&#xa0;%1&#xa0;» a déjà été demandé le %2. Sa demande se trouve dans les détails de «&#xa0;%1&#xa0;» (Enregistrer la demande…)&#x202f;; importez le nouveau certificat quand il arrivera.</translation>
    </message>
    <message>
        <source>“%1” was already replaced by its renewal.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été remplacé par son renouvellement.</translation>
    </message>
    <message>
        <source>“%1” is still waiting for its first certificate; there is nothing to renew yet.</source>
        <translation>«&#xa0;%1&#xa0;» attend toujours son premier certificat&#x202f;; il n’y a encore rien à renouveler.</translation>
    </message>
    <message>
        <source>“%1” has no private key in the vault, so it is not an identity CertDesk can renew.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de clé privée dans le coffre&#x202f;; ce n’est donc pas une identité que CertDesk peut renouveler.</translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation>Renouveler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reminders not changed</source>
        <translation>Rappels non modifiés</translation>
    </message>
    <message>
        <source>Discard the renewal of “%1”?</source>
        <translation>Abandonner le renouvellement de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>This deletes the renewal request and the new private key made for it. A certificate your certificate authority issues for that request can then no longer be used. “%1” itself stays as it is.</source>
        <translation>Ceci supprime la demande de renouvellement et la nouvelle clé privée créée pour elle. Un certificat délivré par votre autorité de certification pour cette demande ne pourra alors plus être utilisé. «&#xa0;%1&#xa0;» lui-même reste inchangé.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Renewal not discarded</source>
        <translation>Renouvellement non abandonné</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>✓ %1: replaced, and checked that the new certificate is there with its key.</source>
        <translation>✓ %1&#xa0;: remplacé, et la présence du nouveau certificat avec sa clé y a été vérifiée.</translation>
    </message>
    <message>
        <source>The old certificate is archived (View › Show Replaced Certificates lists it).</source>
        <translation>L’ancien certificat est archivé (Affichage › Afficher les certificats remplacés le montre).</translation>
    </message>
    <message>
        <source>Renewal finished</source>
        <translation>Renouvellement terminé</translation>
    </message>
    <message>
        <source>Not replaced everywhere</source>
        <translation>Pas remplacé partout</translation>
    </message>
    <message>
        <source>The old certificate stays in use where the new one could not be put. Fix the problem above, then choose “Replace” in the old certificate&apos;s details again.</source>
        <translation>L’ancien certificat reste utilisé là où le nouveau n’a pas pu être placé. Corrigez le problème ci-dessus, puis choisissez à nouveau «&#xa0;Remplacer&#xa0;» dans les détails de l’ancien certificat.</translation>
    </message>
    <message>
        <source>Putting the renewed certificate in place of the old one…</source>
        <translation>Mise en place du certificat renouvelé à la place de l’ancien…</translation>
    </message>
    <message>
        <source>The clipboard holds no PEM text (-----BEGIN …) to import.</source>
        <translation>Le presse-papiers ne contient pas de texte PEM (-----BEGIN …) à importer.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes the private key generated for it. A certificate issued for this request can then no longer be used. This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» supprime aussi la clé privée générée pour cette demande. Un certificat délivré pour cette demande ne pourra alors plus être utilisé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes its private key: without it, the certificate can no longer be used. This cannot be undone. Export it first if you may need it again.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» supprime aussi sa clé privée&#xa0;: sans elle, le certificat ne peut plus être utilisé. Cette action est irréversible. Exportez-le d’abord si vous risquez d’en avoir à nouveau besoin.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export First…</source>
        <translation>Exporter d’abord…</translation>
    </message>
    <message>
        <source>Remove the certificate “%1” from the vault?</source>
        <translation>Retirer le certificat «&#xa0;%1&#xa0;» du coffre&#x202f;?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>À propos de CertDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Request, import and keep track of your personal certificates.&lt;/p&gt;&lt;p&gt;Vault: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Demandez, importez et suivez vos certificats personnels.&lt;/p&gt;&lt;p&gt;Coffre&#xa0;: %2&lt;/p&gt;&lt;p&gt;Compilé avec Qt %3 et %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>⚠ The organisation policy cannot be used (Help › Organisation Policy…)</source>
        <translation>⚠ La politique de l’organisation est inutilisable (Aide › Politique de l’organisation…)</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>P&amp;aramètres…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Check Vault…</source>
        <translation>&amp;Vérifier le coffre…</translation>
    </message>
    <message>
        <source>Check that the vault&apos;s database is intact and that every private key opens and belongs to its certificate</source>
        <translation>Vérifier que la base de données du coffre est intacte et que chaque clé privée s’ouvre et correspond à son certificat</translation>
    </message>
    <message>
        <source>Organisation &amp;Policy…</source>
        <translation>Politique de l’&amp;organisation…</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Vérification du coffre…</translation>
    </message>
    <message>
        <source>Vault not checked</source>
        <translation>Coffre non vérifié</translation>
    </message>
    <message>
        <source>Vault Check</source>
        <translation>Vérification du coffre</translation>
    </message>
    <message>
        <source>The vault is healthy: its database is intact, and every private key opens and belongs to its certificate or request (%1 entries and %2 private keys checked).</source>
        <translation>Le coffre est en bon état&#xa0;: sa base de données est intacte, et chaque clé privée s’ouvre et correspond à son certificat ou à sa demande (%1 entrées et %2 clés privées vérifiées).</translation>
    </message>
    <message>
        <source>The vault check found these problems (%1):</source>
        <translation>La vérification du coffre a trouvé ces problèmes (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Entries not named here are fine and can still be used and exported. Keep a copy of the vault folder “%1” for your helpdesk.</source>
        <translation>Les entrées non citées ici sont saines et peuvent toujours être utilisées et exportées. Conservez une copie du dossier du coffre «&#xa0;%1&#xa0;» pour votre support informatique.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::PolicyDialog</name>
    <message>
        <source>Organisation Policy</source>
        <translation>Politique de l’organisation</translation>
    </message>
    <message>
        <source>Rules of the organisation policy</source>
        <translation>Règles de la politique de l’organisation</translation>
    </message>
    <message>
        <source>No organisation policy: %1 does not exist, so every choice is yours.</source>
        <translation>Aucune politique d’organisation&#xa0;: %1 n’existe pas, tous les choix vous appartiennent donc.</translation>
    </message>
    <message>
        <source>Your organisation sets these rules (from %1):</source>
        <translation>Votre organisation fixe ces règles (d’après %1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ReminderDaysDialog</name>
    <message>
        <source>Reminders for “%1”</source>
        <translation>Rappels pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remind me this many &amp;days before “%1” expires (numbers separated by commas):</source>
        <translation>Me prévenir ce nombre de &amp;jours avant l’expiration de «&#xa0;%1&#xa0;» (nombres séparés par des virgules)&#xa0;:</translation>
    </message>
    <message>
        <source>Days before expiry</source>
        <translation>Jours avant l’expiration</translation>
    </message>
    <message>
        <source>for example 30, 14, 7, 3, 1</source>
        <translation>par exemple 30, 14, 7, 3, 1</translation>
    </message>
    <message>
        <source>&amp;Use the default (%1 days)</source>
        <translation>&amp;Utiliser la valeur par défaut (%1 jours)</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Utiliser la valeur par défaut</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RenewDialog</name>
    <message>
        <source>any purpose (no restriction)</source>
        <translation>tout usage (aucune restriction)</translation>
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
        <translation>RSA 4096 (sa création prend plusieurs secondes)</translation>
    </message>
    <message>
        <source>Ed25519 (not accepted by every authority)</source>
        <translation>Ed25519 (pas accepté par toutes les autorités)</translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation>Renouveler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>CertDesk creates a new private key and a request for the same certificate. Your certificate authority issues the new certificate from that request.</source>
        <translation>CertDesk crée une nouvelle clé privée et une demande pour le même certificat. Votre autorité de certification délivre le nouveau certificat à partir de cette demande.</translation>
    </message>
    <message>
        <source>Type of the new key</source>
        <translation>Type de la nouvelle clé</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Délivré à</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Noms alternatifs&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message>
        <source>Used for:</source>
        <translation>Utilisé pour&#xa0;:</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>%1 — the same type as now</source>
        <translation>%1 — le même type qu’actuellement</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Nouvelle &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>About the key</source>
        <translation>À propos de la clé</translation>
    </message>
    <message>
        <source>“%1” keeps working until the new certificate is installed in its place. Nothing changes in your browsers or other stores before that.</source>
        <translation>«&#xa0;%1&#xa0;» continue de fonctionner jusqu’à ce que le nouveau certificat soit installé à sa place. Rien ne change d’ici là dans vos navigateurs ni dans vos autres magasins.</translation>
    </message>
    <message>
        <source>Creating the new key and the request…</source>
        <translation>Création de la nouvelle clé et de la demande…</translation>
    </message>
    <message>
        <source>Your renewal request is ready</source>
        <translation>Votre demande de renouvellement est prête</translation>
    </message>
    <message>
        <source>The new private key is in CertDesk&apos;s vault. Send the request below to your certificate authority.</source>
        <translation>La nouvelle clé privée se trouve dans le coffre de CertDesk. Envoyez la demande ci-dessous à votre autorité de certification.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Send the request to your certificate authority.&lt;/li&gt;&lt;li&gt;When the new certificate arrives, import it (File › Import…, or “Import certificate…” in the details of “%1”). CertDesk then offers to put it in place of the old one wherever that is installed.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Étapes suivantes&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Envoyez la demande à votre autorité de certification.&lt;/li&gt;&lt;li&gt;Quand le nouveau certificat arrive, importez-le (Fichier › Importer…, ou «&#xa0;Importer le certificat…&#xa0;» dans les détails de «&#xa0;%1&#xa0;»). CertDesk propose alors de le mettre à la place de l’ancien partout où celui-ci est installé.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation>Créer la &amp;demande</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Créer la demande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A renewal of “%1” was already requested on %2. Its request is in the details of “%1” (Save request…).</source>
        <translation>Un renouvellement de «&#xa0;%1&#xa0;» a déjà été demandé le %2. Sa demande se trouve dans les détails de «&#xa0;%1&#xa0;» (Enregistrer la demande…).</translation>
    </message>
    <message>
        <source>The vault needs its passphrase to keep the new key, so nothing was created. Choose “Create request” to try again.</source>
        <translation>Le coffre a besoin de sa phrase secrète pour conserver la nouvelle clé&#x202f;; rien n’a donc été créé. Choisissez «&#xa0;Créer la demande&#xa0;» pour réessayer.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RenewalReplacer</name>
    <message>
        <source>PIN for %1</source>
        <translation>Code PIN de %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Enter the PIN of “%1” to put the renewed certificate there in place of the old one.</source>
        <translation>Saisissez le code PIN de «&#xa0;%1&#xa0;» pour y placer le certificat renouvelé à la place de l’ancien.</translation>
    </message>
    <message>
        <source>Enter the password of “%1” to put the renewed certificate there in place of the old one.</source>
        <translation>Saisissez le mot de passe de «&#xa0;%1&#xa0;» pour y placer le certificat renouvelé à la place de l’ancien.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestKeyPage</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>CertDesk creates a new private key on this computer and keeps it encrypted in its vault. Only the request goes to your certificate authority.</source>
        <translation>CertDesk crée une nouvelle clé privée sur cet ordinateur et la conserve chiffrée dans son coffre. Seule la demande est envoyée à votre autorité de certification.</translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation>Créer la &amp;demande</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (recommandé)</translation>
    </message>
    <message>
        <source>Fast, small, accepted by current systems.</source>
        <translation>Rapide, compacte, acceptée par les systèmes actuels.</translation>
    </message>
    <message>
        <source>Advanced key types</source>
        <translation>Types de clés avancés</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <source>A larger curve, for authorities that ask for it.</source>
        <translation>Une courbe plus grande, pour les autorités qui l’exigent.</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>For older systems that do not accept elliptic-curve keys.</source>
        <translation>Pour les systèmes anciens qui n’acceptent pas les clés à courbe elliptique.</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA with a safety margin beyond 2030.</source>
        <translation>RSA avec une marge de sécurité au-delà de 2030.</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>Takes several seconds to create; larger and slower in use.</source>
        <translation>Sa création prend plusieurs secondes&#x202f;; plus volumineuse et plus lente à l’usage.</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>Modern and fast, but many authorities and programs do not accept it yet.</source>
        <translation>Moderne et rapide, mais beaucoup d’autorités et de logiciels ne l’acceptent pas encore.</translation>
    </message>
    <message>
        <source>Creating the request</source>
        <translation>Création de la demande</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop creating the request</source>
        <translation>Arrêter la création de la demande</translation>
    </message>
    <message>
        <source>Creating the key and the request…</source>
        <translation>Création de la clé et de la demande…</translation>
    </message>
    <message>
        <source>Storing the key in the vault…</source>
        <translation>Enregistrement de la clé dans le coffre…</translation>
    </message>
    <message>
        <source>Your organisation allows only the key types shown here.</source>
        <translation>Votre organisation n’autorise que les types de clés affichés ici.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestProfilePage</name>
    <message>
        <source>What is the certificate for?</source>
        <translation>À quoi sert le certificat&#x202f;?</translation>
    </message>
    <message>
        <source>Your certificate authority issues certificates for one purpose each. Choose the one you need.</source>
        <translation>Votre autorité de certification délivre chaque certificat pour un usage précis. Choisissez celui dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Sign in to services (VPN, Wi-Fi, web sites)</source>
        <translation>Se connecter à des services (VPN, Wi-Fi, sites web)</translation>
    </message>
    <message>
        <source>Proves who you are when you connect, instead of or in addition to a password.</source>
        <translation>Prouve votre identité lorsque vous vous connectez, à la place ou en plus d’un mot de passe.</translation>
    </message>
    <message>
        <source>Sign and encrypt e-mail</source>
        <translation>Signer et chiffrer les courriels</translation>
    </message>
    <message>
        <source>Lets others check that your messages come from you, and send you encrypted messages (S/MIME).</source>
        <translation>Permet aux autres de vérifier que vos messages viennent bien de vous, et de vous envoyer des messages chiffrés (S/MIME).</translation>
    </message>
    <message>
        <source>Identify a server</source>
        <translation>Identifier un serveur</translation>
    </message>
    <message>
        <source>For a web, mail or VPN server: clients check that they talk to the right machine.</source>
        <translation>Pour un serveur web, de messagerie ou VPN&#xa0;: les clients vérifient qu’ils communiquent avec la bonne machine.</translation>
    </message>
    <message>
        <source>Custom (for experts)</source>
        <translation>Personnalisé (pour experts)</translation>
    </message>
    <message>
        <source>Choose key usages and extended key usages yourself.</source>
        <translation>Choisissez vous-même les utilisations de la clé et les utilisations étendues de la clé.</translation>
    </message>
    <message>
        <source>Custom usages</source>
        <translation>Utilisations personnalisées</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Utilisation de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Key usage %1</source>
        <translation>Utilisation de la clé %1</translation>
    </message>
    <message>
        <source>&amp;Extended key usages (names or OIDs, separated by commas):</source>
        <translation>Utilisations &amp;étendues de la clé (noms ou OID, séparés par des virgules)&#xa0;:</translation>
    </message>
    <message>
        <source>Extended key usages</source>
        <translation>Utilisations étendues de la clé</translation>
    </message>
    <message>
        <source>for example codeSigning, 1.3.6.1.4.1.311.20.2.2</source>
        <translation>par exemple codeSigning, 1.3.6.1.4.1.311.20.2.2</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestResultPage</name>
    <message>
        <source>Your request is ready</source>
        <translation>Votre demande est prête</translation>
    </message>
    <message>
        <source>The private key is in CertDesk&apos;s vault. Send the request below to your certificate authority.</source>
        <translation>La clé privée se trouve dans le coffre de CertDesk. Envoyez la demande ci-dessous à votre autorité de certification.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Send the request to your certificate authority: paste it into their web form, or attach the saved file.&lt;/li&gt;&lt;li&gt;When the authority sends the certificate back, import it into CertDesk (File › Import…, or drop the file on the window). CertDesk matches it to this key by itself.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Étapes suivantes&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Envoyez la demande à votre autorité de certification&#xa0;: collez-la dans son formulaire web, ou joignez le fichier enregistré.&lt;/li&gt;&lt;li&gt;Quand l’autorité vous renvoie le certificat, importez-le dans CertDesk (Fichier › Importer…, ou déposez le fichier sur la fenêtre). CertDesk l’associe de lui-même à cette clé.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestSubjectPage</name>
    <message>
        <source>DNS name</source>
        <translation>Nom DNS</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Windows sign-in name (UPN)</source>
        <translation>Nom de connexion Windows (UPN)</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Pour qui est-il&#x202f;?</translation>
    </message>
    <message>
        <source>Fill in what your certificate authority asks for; leave the rest empty.</source>
        <translation>Renseignez ce que demande votre autorité de certification&#x202f;; laissez le reste vide.</translation>
    </message>
    <message>
        <source>Name for the request</source>
        <translation>Nom de la demande</translation>
    </message>
    <message>
        <source>Only shown in CertDesk; the certificate authority does not see it.</source>
        <translation>Affiché uniquement dans CertDesk&#x202f;; l’autorité de certification ne le voit pas.</translation>
    </message>
    <message>
        <source>Empty: the common name</source>
        <translation>Vide&#xa0;: le nom commun</translation>
    </message>
    <message>
        <source>&amp;Name in CertDesk:</source>
        <translation>&amp;Nom dans CertDesk&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>&amp;Common name:</source>
        <translation>Nom co&amp;mmun&#xa0;:</translation>
    </message>
    <message>
        <source>Alice Example</source>
        <translation>Alice Exemple</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>alice@example.org</source>
        <translation>alice@example.org</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisational &amp;unit:</source>
        <translation>&amp;Unité d’organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Localité&#xa0;:</translation>
    </message>
    <message>
        <source>city or town</source>
        <translation>ville ou commune</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Éta&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>state or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>Coun&amp;try:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>two letters: DE, FR, US…</source>
        <translation>deux lettres&#xa0;: DE, FR, US…</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message>
        <source>Type of the alternative name</source>
        <translation>Type du nom alternatif</translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation>Nom alternatif</translation>
    </message>
    <message>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add alternative name</source>
        <translation>Ajouter le nom alternatif</translation>
    </message>
    <message>
        <source>Alternative names in the request</source>
        <translation>Noms alternatifs de la demande</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected alternative names</source>
        <translation>Retirer les noms alternatifs sélectionnés</translation>
    </message>
    <message>
        <source>What the certificate authority will see</source>
        <translation>Ce que verra l’autorité de certification</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>Aperçu de la demande</translation>
    </message>
    <message>
        <source>Note: with TLS 1.2, client authentication sends this certificate, with this name and address, unencrypted; anyone on the network path can read them.</source>
        <translation>Remarque&#xa0;: avec TLS 1.2, l’authentification client envoie ce certificat, avec ce nom et cette adresse, sans chiffrement&#x202f;; n’importe qui sur le chemin réseau peut les lire.</translation>
    </message>
    <message>
        <source>Type the alternative name first, then add it.</source>
        <translation>Saisissez d’abord le nom alternatif, puis ajoutez-le.</translation>
    </message>
    <message>
        <source>The request already has this alternative name.</source>
        <translation>La demande contient déjà ce nom alternatif.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Taken from the E-mail field</source>
        <translation>Repris du champ Courriel</translation>
    </message>
    <message>
        <source>An e-mail certificate needs the e-mail address under Alternative names; mail programs look only there.</source>
        <translation>Un certificat de messagerie doit contenir l’adresse électronique dans les noms alternatifs&#x202f;; les logiciels de messagerie ne la cherchent que là.</translation>
    </message>
    <message>
        <source>A server certificate needs at least one DNS name or IP address under Alternative names; browsers ignore the common name.</source>
        <translation>Un certificat de serveur doit contenir au moins un nom DNS ou une adresse IP dans les noms alternatifs&#x202f;; les navigateurs ignorent le nom commun.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Subject: %1
Alternative names: %2</source>
        <translation>Sujet&#xa0;: %1
Noms alternatifs&#xa0;: %2</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Fixé par votre organisation</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestWizard</name>
    <message>
        <source>Request a Certificate</source>
        <translation>Demander un certificat</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Créer la demande</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopped. Nothing was stored.</source>
        <translation>Arrêté. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The vault needs its passphrase to keep the new key, so the request was not stored. Choose “Create request” to try again.</source>
        <translation>Le coffre a besoin de sa phrase secrète pour conserver la nouvelle clé&#x202f;; la demande n’a donc pas été enregistrée. Choisissez «&#xa0;Créer la demande&#xa0;» pour réessayer.</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time CertDesk starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de CertDesk.</translation>
    </message>
    <message>
        <source>Cannot be used (damaged file)</source>
        <translation>Inutilisable (fichier endommagé)</translation>
    </message>
    <message>
        <source>Active, from %1</source>
        <translation>Active, depuis %1</translation>
    </message>
    <message>
        <source>None: every choice is yours</source>
        <translation>Aucune : tous les choix vous reviennent</translation>
    </message>
    <message>
        <source>&amp;Show…</source>
        <translation>&amp;Afficher…</translation>
    </message>
    <message>
        <source>Show the organisation policy</source>
        <translation>Afficher la politique de l’organisation</translation>
    </message>
    <message>
        <source>Organisation policy:</source>
        <translation>Politique de l’organisation :</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::TrayController</name>
    <message>
        <source>Checking your certificates…</source>
        <translation>Vérification de vos certificats…</translation>
    </message>
    <message>
        <source>Open CertDesk</source>
        <translation>Ouvrir CertDesk</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>CertDesk could not check your certificates: %1</source>
        <translation>CertDesk n’a pas pu vérifier vos certificats&#xa0;: %1</translation>
    </message>
    <message>
        <source>All certificates are fine</source>
        <translation>Tous les certificats sont en ordre</translation>
    </message>
    <message>
        <source>1 certificate needs attention</source>
        <translation>1 certificat demande votre attention</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates need attention</source>
        <translation>
            <numerusform>%n certificat demande votre attention</numerusform>
            <numerusform>%n certificats demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>«&#xa0;%1&#xa0;» %2</translation>
    </message>
    <message>
        <source>CertDesk will remind you again at the next check</source>
        <translation>CertDesk vous préviendra à nouveau lors de la prochaine vérification</translation>
    </message>
</context>
<context>
    <name>certdesk::gui::VaultTableModel</name>
    <message>
        <source>Renewal requested on %1</source>
        <translation>Renouvellement demandé le %1</translation>
    </message>
    <message>
        <source>Renewed, not yet replaced</source>
        <translation>Renouvelé, pas encore remplacé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Installed in</source>
        <translation>Installé dans</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No certificate yet: the request is waiting for your certificate authority.</source>
        <translation>Pas encore de certificat&#xa0;: la demande attend votre autorité de certification.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>less than a day left</source>
        <translation>moins d’un jour restant</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>dans 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expired less than a day ago</source>
        <translation>expiré depuis moins d’un jour</translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation>expiré depuis 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>expired %n days ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
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
        <translation>Gérez vos certificats personnels.</translation>
    </message>
    <message>
        <source>Use the vault in DIR (default: $CERTDESK_VAULT or the data folder).</source>
        <translation>Utiliser le coffre situé dans DOSSIER (par défaut&#xa0;: $CERTDESK_VAULT ou le dossier de données).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Start without a window, in the system tray, and remind you before certificates expire.</source>
        <translation>Démarrer sans fenêtre, dans la zone de notification, et vous prévenir avant l’expiration des certificats.</translation>
    </message>
    <message>
        <source>Open the renewal of the identity ID (as a reminder&apos;s “Renew…” does).</source>
        <translation>Ouvrir le renouvellement de l’identité ID (comme le fait «&#xa0;Renouveler…&#xa0;» dans un rappel).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Certificates or bundles to import (optional).</source>
        <translation>Certificats ou fichiers PKCS#12 à importer (facultatif).</translation>
    </message>
</context>
</TS>
