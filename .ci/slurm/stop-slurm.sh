#!/usr/bin/env bash
# Stop the single-node Slurm cluster started by start-slurm.sh (slurmd,
# slurmctld, munged). Only the processes recorded in their pid files are
# signalled. Safe to run when nothing is running.
#   SLURM_CI_KEEP_MUNGE=1  leave munged running
set -uo pipefail

BASE="${SLURM_CI_BASE:-/var/lib/slurm-ci}"
RUN_DIR="$BASE/run"
log() { echo "[stop-slurm] $*" >&2; }

pid_of() { [ -s "$1" ] && cat "$1" 2>/dev/null; }
# Alive and not a zombie (PID 1 here reaps orphans only after a second or two).
alive() { kill -0 "$1" 2>/dev/null && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
# $2 = expected command name: never signal a reused pid.
ours() { [ "$(cat "/proc/$1/comm" 2>/dev/null)" = "$2" ]; }

stop_pidfile() { # name pidfile
  local name="$1" pf="$2" pid
  pid="$(pid_of "$pf")" || { log "$name not running"; return 0; }
  if ! alive "$pid" || ! ours "$pid" "$name"; then
    log "$name not running (stale pid file)"; rm -f "$pf"; return 0
  fi
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    alive "$pid" || { rm -f "$pf"; return 0; }
    sleep 0.1
  done
  log "$name did not stop after 10s; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pf"
}

# Cancel whatever is still queued/running so slurmstepd children go away.
if command -v scancel >/dev/null && [ -s "$RUN_DIR/slurmctld.pid" ] \
   && alive "$(cat "$RUN_DIR/slurmctld.pid")" && ours "$(cat "$RUN_DIR/slurmctld.pid")" slurmctld; then
  jobs="$(squeue -h -o '%A' 2>/dev/null | sort -u | tr '\n' ' ')"
  if [ -n "${jobs// /}" ]; then
    log "cancelling jobs: $jobs"
    # shellcheck disable=SC2086
    scancel --quiet $jobs 2>/dev/null || true
    sleep 1
  fi
fi

stop_pidfile slurmd "$RUN_DIR/slurmd.pid"
stop_pidfile slurmctld "$RUN_DIR/slurmctld.pid"
if [ "${SLURM_CI_KEEP_MUNGE:-0}" != 1 ]; then
  stop_pidfile munged /run/munge/munged.pid
fi
exit 0
