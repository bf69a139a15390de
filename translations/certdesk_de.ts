<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Sign in to services (client authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify a server (TLS server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and encrypt e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign revocation answers (OCSP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vault passphrase. If this vault has none yet, the passphrase you enter now will protect its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot ask for administrator rights here (pkexec is not installed). Run certdesk-cli with sudo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot write a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered the request for administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights were not given, so the system trust store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the system trust store failed (certdesk-cli ended with code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#7 certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#8 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted PKCS#8 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is protected by a password. Enter the password you were given with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong for this %1, or the file is damaged. Check capital letters and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PKCS#7 file holds no certificates (it is of type %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key in the file is damaged or of a kind CertDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM block %1 in the file is damaged or cut short (its BEGIN and END lines do not match, or its base64 text is broken). Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 in the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request in the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#7 block in the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A “%1” block was skipped; CertDesk does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like PEM text but holds no complete block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no certificate, request or private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key uses an algorithm CertDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is cut short: it announces %1 bytes but holds only %2. Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk does not recognise this file: it is not a certificate, a certificate request, a PKCS#7 chain, a PKCS#12 bundle or a private key, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a certificate bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a certificate bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names nobody: give a subject (for example CN=Alice Example) or at least one alternative name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key usage; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an extended key usage; use a name such as clientAuth, serverAuth, emailProtection, codeSigning, or a dotted OID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom profile needs at least one key usage or extended key usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail certificate needs the e-mail address as an alternative name (for example --san email:alice@example.org); mail programs look only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server certificate needs at least one DNS name or IP address as an alternative name (for example --san dns:www.example.org); browsers ignore the common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to sign the request with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not put the subject name and key into the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not encode the request&apos;s extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not add the extensions to the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not sign the request with the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject name has an empty part; remove the extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the subject name has no “=”; write it as TYPE=value, for example CN=Alice Example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject name ends with a lone backslash; write \\ for a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject name has an unknown escape “\%1”; escape special characters as \, \+ \&quot; \\ or two hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject name has a “+” (several values in one part), which CertDesk does not request; write \+ for a plus sign in a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject name ends with a comma; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a subject attribute CertDesk knows; use CN, O, OU, L, ST, C, emailAddress, DC, UID, serialNumber, GN or SN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 (%2=) is empty; fill it in or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country (C=%1) must be a two-letter code such as DE, FR or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; certificates allow at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is encrypted with %1, an old algorithm, and this system&apos;s OpenSSL has no legacy support to read it. Ask for the bundle again in a modern format (AES-256), or export it again from the program that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 bundle is damaged: %1. Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate section cannot be decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section of type %1 was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made with %1, an old algorithm; CertDesk read it with OpenSSL&apos;s legacy support. Exports from CertDesk use modern algorithms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sections are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private key cannot be decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate that is not X.509 was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate in it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of type %1 was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a complete PKCS#12 bundle; it may be cut short or damaged. Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is protected with the integrity algorithm %1, which CertDesk cannot check. Ask for the bundle in a common format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PKCS#12 bundle is protected by a password. Enter the password you were given with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong for this PKCS#12 bundle. Check capital letters and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle has no integrity check (MAC): CertDesk cannot prove it was not altered on its way to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PKCS#12 bundle has no integrity check (MAC), and it did not decrypt with this password: either the password is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PKCS#12 bundle has no integrity check (MAC) and is encrypted. Enter the password you were given with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#12 bundle needs a password; many importers reject bundles without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not build the PKCS#12 bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not protect the PKCS#12 bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not encode the PKCS#12 bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not generate a %1 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored private key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be serialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is needed to export a private key; an empty one is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be encrypted for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a type: write dns:NAME, email:ADDRESS, uri:URI, ip:ADDRESS or upn:USER@DOMAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SAN type; use dns, email, uri, ip or upn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 alternative name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid DNS name (letters, digits and hyphens, separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address CertDesk can put in a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an absolute URI such as https://example.org/alice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user principal name such as alice@corp.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot save the entry that starts it at login in %1; check that you may write to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot remove the entry that starts it at login, %1; check that you may write to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot start CertDesk at login; give the program as an absolute path, without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminds you before your certificates expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1 (%2) on port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot start a TLS connection (OpenSSL failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot read CA certificates from “%1”; give a PEM file of CA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of %1 does not belong to its certificate, so it cannot be used to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended key usage: %1; key usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not made for signing in to services: its certificate allows %2, but not TLS client authentication. Servers refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another identity, or request a new certificate with the client profile (certdesk-cli request --profile client …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not be used for signatures (its key usage is %2), and signing in with a certificate is a signature. Servers refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1 to %2; this computer&apos;s time: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2. Servers refuse expired certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it: certdesk-cli renew %1, send the request to your certificate authority, then import what it sends back with certdesk-cli import FILE --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid only from %2, and this computer says it is %3 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the date is right, wait until the certificate becomes valid; if this computer&apos;s clock is wrong, correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk does not have the certificate of %1, the authority that issued %2. If it is an intermediate CA, servers that do not already know it will refuse your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the CA certificates your certificate authority sent with your certificate (certdesk-cli import FILE); CertDesk then sends them along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: subject %1; issuer %2; no CA certificate for %2 in the vault or the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the name %1 took longer than %2 seconds. This is not a certificate problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the name servers it uses, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getaddrinfo(%1) did not return within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name servers did not answer for %1 right now. This is not a certificate problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 was not found. This is not a certificate problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the address. If it is right, the name may exist only inside your organisation&apos;s network: connect to its VPN and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2: the connection was refused. This is not a certificate problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and port. If they are right, the service is not running or a firewall rejects the connection: tell the service&apos;s administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 seconds. This is not a certificate problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall may drop the connection, or the service may be reachable only through your organisation&apos;s VPN: check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot reach %1 on port %2. This is not a certificate problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection (and a VPN, if the service needs one), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses TLS 1.2, where the client certificate travels unencrypted: anyone on the network path can see that %1 (%2) connected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for the connection itself. If that matters for your privacy, ask the service&apos;s administrators to enable TLS 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated TLS 1.2%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not complete the TLS handshake within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service may be overloaded, or this port may not speak TLS. Check the port, and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had asked for a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 works (%2, %3); no client certificate was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate: subject %1; issuer %2; serial %3; valid %4 to %5; names %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own certificate expired on %1. This is the server&apos;s problem, not your certificate&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA certificate the server sends (%1) expired on %2. This is the server&apos;s problem, not your certificate&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrators that its certificate must be renewed (unless this computer&apos;s clock is wrong: it says %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1, and this computer says it is %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, tell the service&apos;s administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both your certificate and the server&apos;s are “not yet valid”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is self-signed, so nobody vouches for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is issued by %1, which this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is issued by %1, which this computer does not know (a private CA, or the server fails to send an intermediate certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not trust the server&apos;s own certificate: %1. This is about the server, not your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the service belongs to your organisation, its CA certificate must be trusted here: install it (certdesk-cli install CA-FILE --store system) or test with --ca-file CA-FILE. Otherwise do not sign in: this may not be the server you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2, the name you connected to. Either the address is not the usual one for this service, or the server is misconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the name the certificate is for, or ask the service&apos;s administrators to add %1 to its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid for %1 until %2 and issued by a trusted authority (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not ask for a client certificate, so %1 was not used: whatever goes wrong with this service, your certificate is not the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the service still refuses you, the reason lies elsewhere (account, permissions, or a different address that asks for certificates); send a report of this test (--report FILE) to its helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not ask for a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not name the authorities it accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it accepts certificates issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable CA names: (none sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable CA names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a client certificate (%1). CertDesk sent none, because no identity was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again with --identity ID (certdesk-cli list shows your identities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These identities of yours fit: %1. Test again with --identity ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a client certificate (%1); CertDesk sent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a client certificate (%1); CertDesk sent %2, which is issued under %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your identities is issued by one of them: request a certificate from one of these authorities, or ask the service&apos;s administrators which certificate it expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of your identities that fits instead: %1 (certdesk-cli doctor %2 --identity ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts certificates issued by %1. %2 is issued by %3, and CertDesk does not have that authority&apos;s certificate to show how it leads to them: the chain is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts client certificates only from %1, but %2 is issued by %3, which is not one of them. The server will most likely refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This computer&apos;s clock looks wrong (it says %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the date, time and time zone of this computer, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the TLS alert %1 (%2) %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> OpenSSL: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Acceptable CA names: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Your identities that fit the server&apos;s list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a client certificate and CertDesk could not send %1 (the server&apos;s signature algorithms do not fit its key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an identity with an RSA or EC P-256 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again with --identity ID, choosing the certificate this service expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server and CertDesk have no TLS version in common (the server sent %1): it probably allows only TLS 1.1 or older, which CertDesk refuses as unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the handshake with %1 before any client certificate was involved: it could not agree on how to encrypt, or it is misconfigured. This is not a problem of your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrators, with a report of this test (--report FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> CertDesk could not send the certificate of %1, which issued yours; the server probably needs it to connect your certificate to an authority it trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the CA certificates your certificate authority sent with your certificate (certdesk-cli import FILE), then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not trust the authority that issued %1 (%2).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an identity issued by an authority the server accepts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators which certificate authority they accept, and request a certificate there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 because it, or a CA certificate in its chain, has expired (valid until %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it: certdesk-cli renew %1. If it is not expired, check this computer&apos;s and the server&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 because its certificate authority has revoked it: it is no longer valid anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your certificate authority why it was revoked and request a new certificate; do not keep using this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted %1 as genuine but does not let its owner in: the certificate is fine, the permission is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators to grant access to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not accept %1: it found the certificate or its signature faulty.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a report of this test (--report FILE) to the service&apos;s helpdesk; if the certificate was recently renewed, make sure the new one is the one in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 (%2): it does not accept this kind of certificate for signing in, or does not trust its issuer %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try one of your identities that fit the server&apos;s list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators which certificate they expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the handshake after receiving %1, without saying why (handshake_failure). Since it had asked for a client certificate, that certificate is the most likely cause: its issuer is not accepted, it is expired or revoked, or it is not allowed in.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the other findings above; if none explains it, send a report of this test (--report FILE) to the service&apos;s helpdesk — their server log names the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the connection with the TLS alert %1 after receiving %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a report of this test (--report FILE) to the service&apos;s helpdesk; their server log names the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection right after receiving %1, without saying why. Servers do that when they refuse a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during the handshake without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had asked for a client certificate: test again with --identity ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not with TLS: this port serves something else (plain HTTP, for example). This is not a certificate problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port number (HTTPS is usually 443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers only TLS versions older than 1.2, which CertDesk refuses as unsafe. This is not a problem of your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrators that the server needs TLS 1.2 or 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed for a reason CertDesk cannot explain in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a report of this test (--report FILE) to the service&apos;s helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 works (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection works, but the server gave no HTTP answer to a request for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is not a web service, test it as HOST:PORT instead of an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s clock says %1, this computer&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was sent (it answered “%1: No required SSL certificate was sent”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again with --identity ID; your identities that fit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server checked %1 and refused it (it answered “%2: The SSL certificate error”): it does not trust its issuer %3, or the certificate is expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators which certificate authority they accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection and your certificate were accepted, but the application refused access to %1 (%2). Your certificate works; your permission for this page is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works, but the application refused access to %1 (%2) without a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrators to give %1 access to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the request for %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has a problem of its own: try again later or tell its administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address of the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address CertDesk can test; give a URL (https://example.org/path) or HOST:PORT (example.org:443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk does not know the usual port for %1:// addresses; add it (%1://host:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import what your certificate authority sends first (certdesk-cli import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no private key in the vault (a CA certificate, or someone else&apos;s), so it cannot sign in anywhere; choose one of your own identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1Subject: %2
%1Issuer:  %3
%1Serial:  %4
%1Valid:   %5 to %6
%1SHA-256: %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk connection report
Created %1 by %2. It contains no private keys and no passwords.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:  %1 (host %2, port %3, address %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: none (no client certificate offered)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: %1 (ID %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate requested by the server: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Acceptable CA: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Identity that fits: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled before it finished.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Findings:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Next step: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Detail: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit code: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate “%1” expires in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certificate “%1” expires in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To renew it, run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate “%1” expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate “%1” expires now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of days between 1 and 3650; write the reminder days like 30,14,7,3,1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder day %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one reminder day, like 30,14,7,3,1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still waiting for its first certificate; there is nothing to renew yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no private key in the vault, so it is not an identity CertDesk can renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject of “%1” uses attributes CertDesk cannot put into a request; request a new certificate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternative name “%1” of “%2” cannot be put into a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key (%1) is not one CertDesk generates; the new key is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already replaced by its renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the renewal of another identity, so there is nothing to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal of “%1” is still waiting for its certificate; import it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not load the smart card driver “%1”. Check that the driver for your card is installed, or ask your helpdesk which one it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card driver “%1” did not start. Check that the card reader is connected and its service (pcscd) is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN for the smart card “%1” is not correct. Check it and try again; after too many wrong tries the card locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” is locked because its PIN was entered wrongly too often. Ask your helpdesk to unlock it (with the card&apos;s PUK or security officer PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of the smart card “%1” has expired. Set a new PIN with the card&apos;s own tool, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” needs its PIN for this. Enter the PIN and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” was removed or its reader was disconnected. Insert it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” is read-only, so nothing can be stored on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” is full. Remove certificates you no longer need from it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” does not accept this kind of key or certificate. Ask your helpdesk which key types the card supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” reported an error while %2. Try again; if it keeps happening, give your helpdesk the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk can put RSA and elliptic-curve (P-256, P-384) keys on a smart card, but not this kind of key. Request a certificate with one of those key types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the stored key with a test signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stored on the smart card “%1” does not produce signatures that match the certificate, so CertDesk removed it again. Give your helpdesk the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smart card labelled “%1” was found. Insert the card, check that its reader is connected, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart card “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not load the system&apos;s smart card drivers (p11-kit). Check the p11-kit configuration or ask your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” needs its PIN. Enter the PIN and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both a private key and its certificate are needed to install an identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate was not issued for this private key, so they cannot be installed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” did not keep the certificate and its key together, so CertDesk removed them again. Give your helpdesk the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was given to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” did not keep the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “%1” is not on the smart card “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card “%1” still holds the certificate after removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a store CertDesk knows; use nss, nss:DIR, firefox, firefox:PROFILE, system or pkcs11:TOKEN-LABEL (certdesk-cli stores lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no trust store CertDesk knows how to change (neither update-ca-certificates nor update-ca-trust was found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Firefox profile was found for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are several Firefox profiles; name one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smart card or token labelled “%1” is present. Insert it, or check the label with certdesk-cli stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import it before installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault to take the private key from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system trust store holds CA certificates only; install “%1” into a browser store or a smart card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds no private key for “%1”, so there is no identity to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted “%2”, but reading it back did not find it complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds “%2” after removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the system trust store needs administrator rights. Run the command again with sudo, or use the desktop app, which asks for permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system trust store holds CA certificates only. Install your own certificate into a browser store or a smart card instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CA certificate; only CA certificates belong in the system trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot write to the system trust store folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system trust store was updated, but the certificate does not appear in %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk did not add “%1” to the system trust store, so it does not remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor was removed, but %1 still holds the certificate (another copy of it is installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificate update command (%1) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate “%1” has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expired on %1. Whatever uses it (signing in, e-mail, a server) no longer accepts it; renew it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is valid until %1. Renew it before then so that everything using it keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its renewed certificate has arrived: open CertDesk and replace the old one with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal was requested on %1: import the certificate as soon as your certificate authority sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not turn off core dumps for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not protect its memory from other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds (it may be locked and waiting for a password prompt). Unlock it, or give a passphrase with --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no key for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Allow CertDesk in the keychain, or give a passphrase with --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service is running in this session). Give a passphrase with --passphrase-file FILE to protect the vault&apos;s keys instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database could not be updated; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot create its vault file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot make its vault file private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault location “%1” is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot create its vault folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot make its vault folder “%1” private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot open its vault “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer CertDesk (format %1); update CertDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase settings are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s key is kept in the system keychain, which CertDesk was told not to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault also opens with its passphrase (--passphrase-file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase; give it with --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key found for this vault does not open it (the keychain entry belongs to another vault or was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to protect the vault&apos;s keys. Give a passphrase with --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of “%1” in the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry with the ID “%1” in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an entry ID; IDs are hexadecimal, as `certdesk-cli list` shows them (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID “%1” matches %2 entries; type more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not find a free ID for the new entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key without its certificate was not imported; import it together with its certificate (for example as a PKCS#12 bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waiting key in the vault matches the certificate for “%1”. Import the PKCS#12 bundle that holds its key, or request a new certificate with CertDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds only CA certificates (the first is “%1”) and no certificate for a key in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a private key but not its certificate; import the key together with its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds only a certificate request; CertDesk keeps requests together with the keys it generated itself. Send the request to your CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database file is damaged; restore it from a backup or ask your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request of “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request of “%1” does not belong to its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of “%1” does not belong to its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private keys could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of “%1” cannot be decrypted: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of “%1” is not the key its entry names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the chain of “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds no private key for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not encrypt the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored private key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored private key does not decrypt with this vault&apos;s key: the key or the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not derive a key from the passphrase (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::DesktopNotifier</name>
    <message>
        <source>There is no desktop session bus (D-Bus) here, so CertDesk cannot show desktop notifications. Run CertDesk inside a desktop session, or set DBUS_SESSION_BUS_ADDRESS to the session&apos;s bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notification service is running in this session, so CertDesk cannot show notifications. Start the desktop&apos;s notification service (GNOME and KDE have one built in; elsewhere, for example, dunst or mako).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop notification service gave an answer CertDesk does not understand, so the notification may not have been shown. Restart the notification service and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop notification service did not answer within %1 seconds. It may be busy or stuck: try again, or restart it (logging out and back in does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop notification service refused the request, so the notification was not shown. Restart the notification service and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::AutostartAction</name>
    <message>
        <source>Start CertDesk in the background when you log in, so that it reminds you before a certificate expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot start with your session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk still starts with your session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::BusyPanel</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ConnectionTestDialog</name>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a connection with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk connects to the server with “%1” as a browser or VPN client would, and explains each step. Nothing is changed on this computer or on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://portal.example.org/ or host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a report for your helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file with what was tested and seen, for your helpdesk. It holds names, serial numbers and dates, never keys or passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault needs its passphrase to use the key of “%1”, so nothing was tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled. What it saw until then is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 works with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted “%2”, but CertDesk found a problem. What it is and what to do is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not set up a secure connection to %1. What went wrong is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 does not work with “%2”. What went wrong and what to do is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not save the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::CsrView</name>
    <message>
        <source>Certificate request (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not save the request to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request or certificate to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the renewal request to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the renewed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard renewal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the renewal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the renewal request and its new key, to start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your certificate authority for a new certificate for the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When CertDesk reminds you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when to be reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t remind me about this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the certificate as PEM text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it where browsers, VPN and mail programs look for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server with this identity and see why it is accepted or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — expired yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — expired %2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet issued: send the request to your certificate authority, then import what it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1
until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, private key kept encrypted in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no private key in the vault (certificate only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any purpose (no restriction in the certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request &amp;PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(issuer certificates not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has expired. Renew it: CertDesk asks your certificate authority for a new certificate for the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” expires on %2. Renew it now: CertDesk asks your certificate authority for a new certificate for the same name, and this one keeps working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal requested on %1. Send the request to your certificate authority; when the new certificate arrives, import it. Until then “%2” keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal requested on %1. The new certificate has arrived (valid until %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal requested on %1. The new certificate has arrived (valid until %2), but the old one is still the one installed in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in 1 store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in %1 stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me %1 days before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me %1 days before it expires (the default).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ExportDialog</name>
    <message>
        <source>Unknown export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot write “%1”: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password. Whoever opens the file will need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short. Someone who gets the file can guess a password this short quickly; use at least 12 characters, or a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. Longer is stronger: 12 or more characters mixing letters, digits and signs, or a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (PEM text, .pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (DER binary, .cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate with its issuers (PEM chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 bundle: certificate, private key and chain (.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate request (PEM, .csr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar reminder (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is still waiting for its certificate. Export the request and send it to your certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds no private key for this certificate, so it can only be exported without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible with older Windows and macOS (3DES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the private key (encrypted with this password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again in “Confirm” to make sure it is the one you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 bundles (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the PKCS#12 bundle to “%1”. Keep the password: it is needed to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the certificate and its encrypted private key to “%1”. Keep the password: it is needed to use the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the expiry date, with reminders %1 days before, to “%2”. Open it with your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: the vault stayed locked, so its private key could not be read. Choose Export again and enter the vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ImportDialog</name>
    <message>
        <source>Type the password below and choose Unlock. Senders usually give it separately, for example by phone or in another message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again below. Tick “Show password” to check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again below. If the file still does not open, ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this file from the list, then add the bundle again once you have a copy in a modern format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this file from the list and add the new copy when you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this file from the list. If you pasted text, copy the whole block including its BEGIN and END lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this file from the list to import the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported identity “%1” (%2) with its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed request “%1”: its certificate has arrived (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now has a newer certificate, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the vault, nothing changed: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported request “%1”; it waits for its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept certificate “%1” (%2) without a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the private key to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificates and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add everything your certificate authority or colleague sent: certificate, chain, PKCS#12 bundle. Drop files here, choose them, or paste PEM text with Ctrl+V. They are imported together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep without key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the certificate without a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the identity where your browser, VPN and mail programs look for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the renewed certificate wherever the old one is installed, check it there, then remove the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates, requests, keys and bundles (*.pem *.crt *.cer *.der *.csr *.req *.p7b *.p7c *.p12 *.pfx *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault stayed locked, so nothing was imported. The private key in these files can only be stored once the vault is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This renews “%1”, but the old one could not be retired: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This renews “%1”. The old certificate was installed nowhere, so it is now archived (View › Show Replaced Certificates lists it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This renews “%1”, but the old certificate could not be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This renews “%1”, which is installed in %2. Replace puts the new certificate there, checks it, and then removes the old one; until then the old one stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in 1 store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in %1 stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: the renewed certificate is installed and checked there, and the old one is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal finished: the new certificate is in place everywhere, and the old one is archived (View › Show Replaced Certificates lists it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replaced everywhere: the old certificate stays where the new one could not be put. Fix what the list says and choose Replace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate was not archived; choose Replace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is a CA certificate or a colleague’s certificate that you want to keep anyway, choose “Keep without key”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Import again and enter the vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Change the files in the list, then choose Import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the old certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::InstallDialog</name>
    <message>
        <source>Install “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still waiting for its certificate; import it before installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where “%1” should be available. Browsers and mail programs then offer it when a site asks for a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the CA certificate “%1” should be trusted. Applications using these stores then accept the certificates it issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds no private key for “%1” and it is not a CA certificate, so there is nothing to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What installing does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the search for stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install in the selected stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for certificate stores on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system trust store holds CA certificates only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the system trust store needs administrator rights. Run this in a terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without its private key this certificate cannot be used from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate stores were found on this computer. Start Firefox or Chromium once so that they create theirs, then open this dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stores found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed in every chosen store, and checked in each that it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was installed. Each store above says what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed in %1 of the chosen stores; the others say above what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Installed and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not installed: the vault stayed locked, so its private key could not be read. Choose Install again and enter the vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request a Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key and the request your certificate authority needs (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a certificate, chain or PKCS#12 bundle (Ctrl+O); you can also drop files on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected certificate or PKCS#12 bundle (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected certificate where browsers, VPN and mail programs look for it (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your certificate authority for a new certificate for the selected identity before it expires (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server with the selected identity and see why it is accepted or not (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with My &amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Replaced Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the identities that a renewal replaced; they are kept in the vault until you delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk keeps your certificate requests, their private keys and the certificates your certificate authority issues. There are two ways in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need a certificate from your organisation: CertDesk creates the key and the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a certificate or bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You received a certificate or a .p12/.pfx file: bring it in. You can also drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the command line, the same starts with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window shows new entries by itself once the vault changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, subjects, issuers… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk cannot open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it, or start CertDesk with --vault FOLDER to use another vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try opening the vault again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no identity with the ID “%1”. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal of “%1” was already requested on %2. Its request is in the details of “%1” (Save request…); import the new certificate when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already replaced by its renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still waiting for its first certificate; there is nothing to renew yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no private key in the vault, so it is not an identity CertDesk can renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the renewal of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes the renewal request and the new private key made for it. A certificate your certificate authority issues for that request can then no longer be used. “%1” itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal not discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: replaced, and checked that the new certificate is there with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate is archived (View › Show Replaced Certificates lists it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replaced everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate stays in use where the new one could not be put. Fix the problem above, then choose “Replace” in the old certificate&apos;s details again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the renewed certificate in place of the old one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no PEM text (-----BEGIN …) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes the private key generated for it. A certificate issued for this request can then no longer be used. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes its private key: without it, the certificate can no longer be used. This cannot be undone. Export it first if you may need it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export First…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the certificate “%1” from the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Request, import and keep track of your personal certificates.&lt;/p&gt;&lt;p&gt;Vault: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::ReminderDaysDialog</name>
    <message>
        <source>Reminders for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me this many &amp;days before “%1” expires (numbers separated by commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 30, 14, 7, 3, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the default (%1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RenewDialog</name>
    <message>
        <source>any purpose (no restriction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096 (takes several seconds to create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 (not accepted by every authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk creates a new private key and a request for the same certificate. Your certificate authority issues the new certificate from that request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the same type as now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” keeps working until the new certificate is installed in its place. Nothing changes in your browsers or other stores before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the new key and the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your renewal request is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new private key is in CertDesk&apos;s vault. Send the request below to your certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Send the request to your certificate authority.&lt;/li&gt;&lt;li&gt;When the new certificate arrives, import it (File › Import…, or “Import certificate…” in the details of “%1”). CertDesk then offers to put it in place of the old one wherever that is installed.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal of “%1” was already requested on %2. Its request is in the details of “%1” (Save request…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault needs its passphrase to keep the new key, so nothing was created. Choose “Create request” to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RenewalReplacer</name>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN of “%1” to put the renewed certificate there in place of the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of “%1” to put the renewed certificate there in place of the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestKeyPage</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk creates a new private key on this computer and keeps it encrypted in its vault. Only the request goes to your certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast, small, accepted by current systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced key types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A larger curve, for authorities that ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For older systems that do not accept elliptic-curve keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA with a safety margin beyond 2030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes several seconds to create; larger and slower in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern and fast, but many authorities and programs do not accept it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop creating the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key and the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestProfilePage</name>
    <message>
        <source>What is the certificate for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate authority issues certificates for one purpose each. Choose the one you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to services (VPN, Wi-Fi, web sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves who you are when you connect, instead of or in addition to a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and encrypt e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets others check that your messages come from you, and send you encrypted messages (S/MIME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a web, mail or VPN server: clients check that they talk to the right machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (for experts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose key usages and extended key usages yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom usages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extended key usages (names or OIDs, separated by commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example codeSigning, 1.3.6.1.4.1.311.20.2.2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestResultPage</name>
    <message>
        <source>Your request is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is in CertDesk&apos;s vault. Send the request below to your certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt;&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Send the request to your certificate authority: paste it into their web form, or attach the saved file.&lt;/li&gt;&lt;li&gt;When the authority sends the certificate back, import it into CertDesk (File › Import…, or drop the file on the window). CertDesk matches it to this key by itself.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestSubjectPage</name>
    <message>
        <source>DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows sign-in name (UPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what your certificate authority asks for; leave the rest empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only shown in CertDesk; the certificate authority does not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name in CertDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Common name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alice Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alice@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coun&amp;try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters: DE, FR, US…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names in the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the certificate authority will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: with TLS 1.2, client authentication sends this certificate, with this name and address, unencrypted; anyone on the network path can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the alternative name first, then add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request already has this alternative name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the E-mail field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail certificate needs the e-mail address under Alternative names; mail programs look only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server certificate needs at least one DNS name or IP address under Alternative names; browsers ignore the common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Alternative names: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::RequestWizard</name>
    <message>
        <source>Request a Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault needs its passphrase to keep the new key, so the request was not stored. Choose “Create request” to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time CertDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::TrayController</name>
    <message>
        <source>Checking your certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk could not check your certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All certificates are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 certificate needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificates need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk will remind you again at the next check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::gui::VaultTableModel</name>
    <message>
        <source>Renewal requested on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed, not yet replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate yet: the request is waiting for your certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expired less than a day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>expiry date (relative time)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your personal certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the vault in DIR (default: $CERTDESK_VAULT or the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without a window, in the system tray, and remind you before certificates expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the renewal of the identity ID (as a reminder&apos;s “Renew…” does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates or bundles to import (optional).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
