#!/bin/sh
# Run once by the postgres image when it creates its database (docker-compose.yml): accepts
# streaming-replication connections from the compose network, with the same password as other
# connections, so that `postgres-replica` can copy and follow this server.
set -e
echo "host replication all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
