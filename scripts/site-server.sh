#!/usr/bin/env bash
# Sets this Debian 12 PC up as the site server of VaxPoint's site mode (docs/site.md, "Set-up a
# site technician follows"). Run as root on the PC that will hold the site's PostgreSQL, with
# VaxPoint (vaxctl) installed. Harmless to run again: it keeps the certificate, the owner and the
# desks it made, and adds desks when --desks grows.
#   sudo scripts/site-server.sh --site-code 3301-0042 [--desks 4] [--database vaxpoint_site]
# Steps: install postgresql; make a self-signed TLS certificate and turn TLS on; listen on the
# network; let desks in only over TLS with a password (pg_hba.conf); create the owner role and
# the database; run "vaxctl site-server init", which prints each new desk's password once; print
# the URL desks join with and the certificate's fingerprint.
set -euo pipefail

site_code=""
desks=1
database=vaxpoint_site
owner=vaxsite_owner
usage() { echo "usage: $0 --site-code CODE [--desks N] [--database NAME]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --site-code) site_code=${2:-}; shift 2 ;;
    --desks) desks=${2:-}; shift 2 ;;
    --database) database=${2:-}; shift 2 ;;
    -h|--help) usage ;;
    *) echo "site-server.sh: unknown option $1" >&2; usage ;;
  esac
done
[ -n "$site_code" ] || usage
[[ "$desks" =~ ^[0-9]+$ ]] || { echo "site-server.sh: --desks takes a number" >&2; exit 2; }
[[ "$database" =~ ^[a-z][a-z0-9_]*$ ]] || {
  echo "site-server.sh: --database takes lower-case letters, digits and _" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "site-server.sh: run as root (sudo)" >&2; exit 1; }

vaxctl=$(command -v vaxctl || true)
here="$(cd "$(dirname "$0")/.." && pwd)"
[ -n "$vaxctl" ] || [ ! -x "$here/build/bin/vaxctl" ] || vaxctl="$here/build/bin/vaxctl"
[ -n "$vaxctl" ] || { echo "site-server.sh: vaxctl not found: install VaxPoint first" >&2; exit 1; }

echo "== PostgreSQL"
missing=()
for p in postgresql openssl libqt6sql6-psql; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
read -r version cluster port < <(pg_lsclusters -h | awk 'NR==1 {print $1, $2, $3}')
[ -n "${version:-}" ] || { pg_createcluster 15 main --start; read -r version cluster port < <(pg_lsclusters -h | awk 'NR==1 {print $1, $2, $3}'); }
conf=/etc/postgresql/$version/$cluster

echo "== TLS certificate"
crt=$conf/vaxpoint-server.crt
key=$conf/vaxpoint-server.key
if [ ! -s "$crt" ] || [ ! -s "$key" ]; then
  host=$(hostname)
  san="DNS:$host,DNS:localhost,IP:127.0.0.1"
  for ip in $(hostname -I 2>/dev/null); do san="$san,IP:$ip"; done
  openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj "/CN=$host" \
    -addext "subjectAltName=$san" -keyout "$key" -out "$crt" 2>/dev/null
fi
chown postgres:postgres "$crt" "$key"
chmod 600 "$key"

echo "== server settings"
mkdir -p "$conf/conf.d"
cat > "$conf/conf.d/vaxpoint.conf" <<CONF
# Written by VaxPoint's scripts/site-server.sh: the site server of VaxPoint's site mode.
listen_addresses = '*'
ssl = on
ssl_cert_file = '$crt'
ssl_key_file = '$key'
password_encryption = scram-sha-256
CONF
grep -q "^include_dir = 'conf.d'" "$conf/postgresql.conf" ||
  echo "include_dir = 'conf.d'" >> "$conf/postgresql.conf"

# Desks only over TLS with a password; nothing unencrypted reaches the site's database. The
# block goes first (pg_hba.conf is read top down) and is replaced on each run.
group="$(echo "$database" | tr 'A-Z' 'a-z' | sed 's/[^a-z0-9_]/_/g' | cut -c1-40)_desks"
hba=$conf/pg_hba.conf
sed -i '/^# BEGIN vaxpoint$/,/^# END vaxpoint$/d' "$hba"
{
  echo "# BEGIN vaxpoint"
  echo "hostssl   $database  +$group  0.0.0.0/0  scram-sha-256"
  echo "hostssl   $database  +$group  ::/0       scram-sha-256"
  echo "hostssl   $database  $owner   127.0.0.1/32  scram-sha-256"
  echo "hostssl   $database  $owner   ::1/128       scram-sha-256"
  echo "hostnossl $database  all      0.0.0.0/0  reject"
  echo "hostnossl $database  all      ::/0       reject"
  echo "# END vaxpoint"
  cat "$hba"
} > "$hba.new"
mv "$hba.new" "$hba"
chown postgres:postgres "$hba"
chmod 640 "$hba"
pg_ctlcluster "$version" "$cluster" restart

echo "== owner and database"
psql_pg() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
pgpass=/root/.pgpass
touch "$pgpass"; chmod 600 "$pgpass"
if ! grep -q "^localhost:$port:$database:$owner:" "$pgpass"; then
  owner_pw=$(openssl rand -hex 24)
  if psql_pg -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$owner'" | grep -q 1; then
    psql_pg -c "ALTER ROLE $owner LOGIN CREATEROLE PASSWORD '$owner_pw'"
  else
    psql_pg -c "CREATE ROLE $owner LOGIN CREATEROLE PASSWORD '$owner_pw'"
  fi
  # The owner's password stays with root, for later "site-server init" runs after upgrades.
  echo "localhost:$port:$database:$owner:$owner_pw" >> "$pgpass"
fi
psql_pg -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 ||
  psql_pg -c "CREATE DATABASE $database OWNER $owner"

echo "== site schema and desks"
"$vaxctl" site-server init --server "postgresql://$owner@localhost:$port/$database" \
  --site-code "$site_code" --desks "$desks"

address=$(hostname -I 2>/dev/null | awk '{print $1}')
echo
echo "== done"
echo "Desks join with:"
echo "  vaxctl site join --server postgresql://${address:-THIS-PC}:$port/$database --desk N --password-stdin"
echo "The server's certificate: $crt"
openssl x509 -in "$crt" -noout -fingerprint -sha256
