#!/bin/bash
# First start of the production-shaped PostgreSQL (docker-compose.yml): one role per service that
# can reach only its own database, a role for the key store and one for Keycloak. Passwords come
# from the container's environment (compose refuses to start without them), never from this file.
set -euo pipefail

create() { # role, database, password
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v role="$1" -v db="$2" -v pw="$3" <<'SQL'
create role :"role" login password :'pw';
create database :"db" owner :"role";
revoke all on database :"db" from public;
SQL
}

create intake intake "$INTAKE_DB_PASSWORD"
create assessment assessment "$ASSESSMENT_DB_PASSWORD"
create trajecten trajecten "$TRAJECTEN_DB_PASSWORD"
create werkgevers werkgevers "$WERKGEVERS_DB_PASSWORD"
create monitoring monitoring "$MONITORING_DB_PASSWORD"
# The key store (crypto-shredding): every service that reads personal fields needs it.
create sleutelkluis sleutelkluis "$SLEUTELKLUIS_DB_PASSWORD"
create keycloak keycloak "$KEYCLOAK_DB_PASSWORD"
