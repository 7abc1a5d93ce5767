#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the store tests and exports its JDBC URL.
#   source .ci/postgres.sh        # then: mvn verify   (PostgresStoreTest runs instead of skipping)
# Installs PostgreSQL from Debian packages when it is missing. Works as root (runs the server as "postgres")
# or as an ordinary user. Stop it with: [runuser -u postgres --] "$FAULTLINE_PG_CTL" -D "$FAULTLINE_PG_DIR" stop
set -u

_fl_pg_main() {
  local bindir
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "postgres.sh: installing PostgreSQL from Debian packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2 || { echo "postgres.sh: apt-get install postgresql failed" >&2; return 1; }
    bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi

  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null)"
  if [[ -z "$port" ]]; then   # no python3: a random high port that nothing answers on
    local tries
    for tries in 1 2 3 4 5 6 7 8 9 10; do
      port=$((20000 + RANDOM % 20000))
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    done
  fi

  local dir run_as=()
  dir="$(mktemp -d /tmp/faultline-pg.XXXXXX)"
  if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
    chown postgres "$dir"
    run_as=(runuser -u postgres --)
  fi
  local password="fl_$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  echo "$password" > "$dir/.pw" && chmod 600 "$dir/.pw"
  [[ ${#run_as[@]} -gt 0 ]] && chown postgres "$dir/.pw"

  "${run_as[@]}" "$bindir/initdb" -D "$dir/data" -U faultline --pwfile="$dir/.pw" -A scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { echo "postgres.sh: initdb failed, see $dir/initdb.log" >&2; return 1; }
  "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >&2 \
    || { echo "postgres.sh: server did not start, see $dir/server.log" >&2; return 1; }
  PGPASSWORD="$password" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U faultline faultline \
    || { echo "postgres.sh: createdb failed" >&2; return 1; }

  export FAULTLINE_PG_URL="jdbc:postgresql://127.0.0.1:$port/faultline"
  export FAULTLINE_PG_USER=faultline
  export FAULTLINE_PG_PASSWORD="$password"
  export FAULTLINE_PG_DIR="$dir/data"
  export FAULTLINE_PG_CTL="$bindir/pg_ctl"
  echo "FAULTLINE_PG_URL=$FAULTLINE_PG_URL"
  echo "FAULTLINE_PG_USER=$FAULTLINE_PG_USER"
}

_fl_pg_main
_fl_pg_rc=$?
unset -f _fl_pg_main
# sourced: hand the status back without killing the caller's shell; run directly: exit with it
if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then return $_fl_pg_rc; else exit $_fl_pg_rc; fi
