#!/usr/bin/env bash
# End-to-end check of the cluster started by start-slurm.sh: job array with a
# throttle, afterok dependency, failing job + dependency, cancel of a running
# and of a pending array task. Prints "N passed, N failed". Needs a running
# cluster; does not start or stop it.
set -uo pipefail

WORK="$(mktemp -d /tmp/slurm-selftest.XXXXXX)"
pass=0; fail=0
ok()  { echo "ok   - $*"; pass=$((pass+1)); }
bad() { echo "FAIL - $*"; fail=$((fail+1)); }
check() { # description expected actual
  if [ "$2" = "$3" ]; then ok "$1 ($3)"; else bad "$1: expected '$2', got '$3'"; fi
}

# Final/current state of one job or array task ("123" or "123_4") without
# accounting: squeue -t all knows every job for MinJobAge seconds after it
# ends. Prints nothing if Slurm has no record (e.g. a pending array task that
# was cancelled before it was split off the array: it simply vanishes).
job_state() { squeue -h -t all -j "$1" -o '%T' 2>/dev/null | head -n1; }

# True while any of the given jobs (array parents included) is pending,
# running, configuring, completing, suspended, requeued, ...
jobs_active() { # jobid...
  local ids; ids="$(IFS=,; echo "$*")"
  [ -n "$(squeue -h -r -j "$ids" -t PD,R,CF,CG,S,ST,RS,RQ,RH,RF,RD,SO,SI -o '%i' 2>/dev/null)" ]
}
wait_jobs() { # timeout_s jobid...
  local end=$(( $(date +%s) + $1 )); shift
  while jobs_active "$@"; do
    [ "$(date +%s)" -lt "$end" ] || return 1
    sleep 0.5
  done
}

cd "$WORK" || exit 1

t0=$(date +%s)
A=$(sbatch --parsable --array=0-3%2 --output="$WORK/arr_%A_%a.log" \
      --wrap 'echo $SLURM_ARRAY_TASK_ID > '"$WORK"'/out_$SLURM_ARRAY_TASK_ID; sleep 1')
[[ "$A" =~ ^[0-9]+$ ]] && ok "sbatch --parsable array -> '$A'" || bad "sbatch --parsable array -> '$A'"
D=$(sbatch --parsable --dependency=afterok:"$A" --output="$WORK/dep_%j.log" \
      --wrap "cat $WORK/out_* | sort -n | tr '\n' ' '")
[[ "$D" =~ ^[0-9]+$ ]] && ok "sbatch --parsable dependent -> '$D'" || bad "sbatch --parsable dependent -> '$D'"
check "dependent job waits" "PENDING" "$(job_state "$D")"
max_running=0
end=$(( $(date +%s) + 60 ))
while [ "$(date +%s)" -lt "$end" ]; do
  n=$(squeue -h -r -j "$A" -t R -o '%i' | wc -l)
  [ "$n" -gt "$max_running" ] && max_running=$n
  jobs_active "$A" "$D" || break
  sleep 0.2
done
wait_jobs 60 "$A" "$D" || bad "array + dependency did not finish in 60s"
echo "     (array of 4 x 1s with %2 + dependent job took $(( $(date +%s) - t0 ))s)"
[ "$max_running" -le 2 ] && ok "throttle %2 respected (max running seen: $max_running)" \
                         || bad "throttle %2 violated (max running seen: $max_running)"
for i in 0 1 2 3; do
  check "array task ${A}_$i state" COMPLETED "$(job_state "${A}_$i")"
  check "array task $i output" "$i" "$(cat "$WORK/out_$i" 2>/dev/null)"
done
check "dependent job state" COMPLETED "$(job_state "$D")"
check "dependent job output" "0 1 2 3 " "$(cat "$WORK/dep_$D.log" 2>/dev/null)"
check "exit code via scontrol" "0:0" \
  "$(scontrol -o show job "$D" | grep -o ' ExitCode=[0-9:]*' | cut -d= -f2)"

# failing job + afterok dependency -> FAILED, dependent cancelled (kill_invalid_depend)
F=$(sbatch --parsable --output=/dev/null --wrap 'exit 3')
FD=$(sbatch --parsable --output=/dev/null --dependency=afterok:"$F" --wrap true)
wait_jobs 60 "$F" "$FD" || bad "failing job + dependent did not finish in 60s"
check "failing job state" FAILED "$(job_state "$F")"
check "failing job exit code" "3:0" \
  "$(scontrol -o show job "$F" | grep -o ' ExitCode=[0-9:]*' | cut -d= -f2)"
check "dependent of failed job" CANCELLED "$(job_state "$FD")"

# cancel a running task and a pending task of a throttled array
C=$(sbatch --parsable --array=0-3%2 --output=/dev/null --wrap 'sleep 30')
end=$(( $(date +%s) + 30 ))
until [ "$(job_state "${C}_0")" = RUNNING ] || [ "$(date +%s)" -ge "$end" ]; do sleep 0.2; done
check "task ${C}_0 running" RUNNING "$(job_state "${C}_0")"
check "task ${C}_3 pending" PENDING "$(job_state "${C}_3")"
scancel "${C}_0" "${C}_3"
sleep 1
check "cancelled running task" CANCELLED "$(job_state "${C}_0")"
check "cancelled pending task has no record" "" "$(job_state "${C}_3")"
scancel "$C"
wait_jobs 30 "$C" || bad "array $C not gone after scancel"
check "task ${C}_1 after scancel of array" CANCELLED "$(job_state "${C}_1")"

rm -rf "$WORK"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
