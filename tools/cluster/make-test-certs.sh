#!/usr/bin/env bash
# Makes TEST certificates for mutual TLS between dmsim cluster members (Akka Artery `tls-tcp`):
#   tools/cluster/make-test-certs.sh [DIR [PASSWORD [MEMBER...]]]
# writes into DIR (default: certs/):
#   ca.p12            the test certificate authority (keep it away from the members)
#   truststore.p12    the CA's certificate: a member trusts exactly the certificates the CA signed
#   MEMBER.p12        one key store per member (default members: member-1 member-2 member-3), its key and
#                     its certificate signed by the CA, for 127.0.0.1 and localhost
#   rogue.p12         a self-signed certificate the CA did not sign: a member using it must be refused
# All stores are PKCS12 with PASSWORD (default: dmsim-test). Only the JDK's keytool is needed.
# These certificates are for tests and trials on one machine: real members need certificates for their
# own addresses, from a CA you control (docs/cluster.md).
set -euo pipefail
dir="${1:-certs}"
pass="${2:-dmsim-test}"
shift $(( $# > 2 ? 2 : $# ))
members=("$@")
[ ${#members[@]} -eq 0 ] && members=(member-1 member-2 member-3)
keytool="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
days=825
mkdir -p "$dir"
cd "$dir"
rm -f ca.p12 ca.crt truststore.p12 rogue.p12 ./*.csr ./*.crt
for m in "${members[@]}"; do rm -f "$m.p12"; done

"$keytool" -genkeypair -storetype PKCS12 -keystore ca.p12 -storepass "$pass" -alias ca -dname "CN=dmsim test CA" \
  -keyalg RSA -keysize 2048 -validity "$days" -ext bc:c -ext ku:c=keyCertSign,cRLSign >/dev/null 2>&1
"$keytool" -exportcert -rfc -keystore ca.p12 -storepass "$pass" -alias ca -file ca.crt >/dev/null 2>&1
"$keytool" -importcert -noprompt -storetype PKCS12 -keystore truststore.p12 -storepass "$pass" -alias ca \
  -file ca.crt >/dev/null 2>&1

for m in "${members[@]}"; do
  "$keytool" -genkeypair -storetype PKCS12 -keystore "$m.p12" -storepass "$pass" -alias "$m" -dname "CN=$m" \
    -keyalg RSA -keysize 2048 -validity "$days" >/dev/null 2>&1
  "$keytool" -certreq -keystore "$m.p12" -storepass "$pass" -alias "$m" -file "$m.csr" >/dev/null 2>&1
  "$keytool" -gencert -rfc -keystore ca.p12 -storepass "$pass" -alias ca -infile "$m.csr" -outfile "$m.crt" \
    -validity "$days" -ext san=ip:127.0.0.1,dns:localhost -ext ku:c=digitalSignature,keyEncipherment \
    -ext eku=serverAuth,clientAuth >/dev/null 2>&1
  "$keytool" -importcert -noprompt -keystore "$m.p12" -storepass "$pass" -alias ca -file ca.crt >/dev/null 2>&1
  "$keytool" -importcert -keystore "$m.p12" -storepass "$pass" -alias "$m" -file "$m.crt" >/dev/null 2>&1
  rm -f "$m.csr" "$m.crt"
done

"$keytool" -genkeypair -storetype PKCS12 -keystore rogue.p12 -storepass "$pass" -alias rogue -dname "CN=rogue" \
  -keyalg RSA -keysize 2048 -validity "$days" -ext san=ip:127.0.0.1,dns:localhost >/dev/null 2>&1
rm -f ca.crt
echo "make-test-certs: wrote ca.p12, truststore.p12, rogue.p12 and ${members[*]/%/.p12} in $(pwd) (password: $pass)"
