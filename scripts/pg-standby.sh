#!/usr/bin/env bash
# Starts a PostgreSQL streaming replica (a hot standby) of this machine's cluster on 127.0.0.1:5433
# with PostgreSQL's own tools: pg_basebackup -R, then the standby replays the primary's WAL.
# For tests and local trials of DATABASE_READ_URL; needs root (it edits pg_hba.conf and creates a
# Debian cluster named "standby"). Idempotent: does nothing when the standby already answers.
# docker-compose.yml's `postgres-replica` service does the same in a container.
set -euo pipefail
VER="$(ls /etc/postgresql | head -1)"
PORT="${PG_STANDBY_PORT:-5433}"
PRIMARY_HBA="/etc/postgresql/$VER/main/pg_hba.conf"
RULE="host replication all 127.0.0.1/32 trust"

# The primary must accept a replication connection from loopback.
if ! grep -qxF "$RULE" "$PRIMARY_HBA"; then
  echo "$RULE" >>"$PRIMARY_HBA"
  pg_ctlcluster --skip-systemctl-redirect "$VER" main reload
fi
# Keep 1 GB of WAL for a standby that falls behind (bounded, unlike a replication slot).
if [ "$(psql -h 127.0.0.1 -U postgres -d postgres -Atc 'SHOW wal_keep_size')" != "1GB" ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "ALTER SYSTEM SET wal_keep_size = '1GB'"
  pg_ctlcluster --skip-systemctl-redirect "$VER" main reload
fi
if pg_isready -h 127.0.0.1 -p "$PORT" -q; then exit 0; fi

[ -d "/etc/postgresql/$VER/standby" ] || pg_createcluster "$VER" standby -p "$PORT" >/dev/null
pg_ctlcluster --skip-systemctl-redirect "$VER" standby stop >/dev/null 2>&1 || true
DATA="/var/lib/postgresql/$VER/standby"
rm -rf "$DATA"
install -d -o postgres -g postgres -m 700 "$DATA"
# A copy of the primary, with standby.signal and primary_conninfo written (-R).
su postgres -c "pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D '$DATA' -R -X stream -c fast"
cp "$PRIMARY_HBA" "/etc/postgresql/$VER/standby/pg_hba.conf"
pg_ctlcluster --skip-systemctl-redirect "$VER" standby start
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p "$PORT" -q && break; sleep 1; done
pg_isready -h 127.0.0.1 -p "$PORT"
