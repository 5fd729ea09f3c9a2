"""Run the shell commands of a job file, `-j` at a time, each when the files it waits for exist.

    python results/tools/run_jobs.py results/cpu-small/slake-frac1/slake-frac1.sh -j 2

A job is one line of the file; `# after: FILE [FILE …]` at its end names files that must exist
before it starts (a job writes such a file when it ends: `… && touch DONE`). Blank lines and lines
starting with `#` are skipped. Each job's output goes to `<log dir>/<line number>.log`, one line per
job start and end to stdout. Jobs whose dependencies can never appear (their writer failed) are
reported and skipped. One thread per job (OMP_NUM_THREADS=1): the jobs are the parallelism.
"""
import os, sys, time, shlex, argparse, subprocess
from pathlib import Path

def parse(path):
    jobs = []
    for n, line in enumerate(Path(path).read_text().splitlines(), 1):
        s = line.strip()
        if not s or s.startswith('#'): continue
        cmd, _, after = s.partition('# after:')
        jobs.append(dict(n=n, cmd=cmd.strip(), after=shlex.split(after)))
    return jobs

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('jobs'); ap.add_argument('-j', type=int, default=2); ap.add_argument('--logs', default=None)
    a = ap.parse_args()
    logs = Path(a.logs or Path(a.jobs).with_suffix('.logs')); logs.mkdir(parents=True, exist_ok=True)
    todo, running, failed = parse(a.jobs), {}, []
    env = dict(os.environ, OMP_NUM_THREADS='1')
    while todo or running:
        for n, (p, job) in list(running.items()):
            if p.poll() is not None:
                print(f'{time.strftime("%H:%M:%S")} end   {n} rc={p.returncode}', flush=True); del running[n]
                if p.returncode: failed.append(job)
        blocked = running == {} and todo and not any(all(Path(f).exists() for f in j['after']) for j in todo)
        if blocked:
            for j in todo: print(f'skipped {j["n"]}: waits for {j["after"]}', flush=True)
            break
        for j in list(todo):
            if len(running) >= a.j: break
            if all(Path(f).exists() for f in j['after']):
                todo.remove(j)
                print(f'{time.strftime("%H:%M:%S")} start {j["n"]}: {j["cmd"]}', flush=True)
                running[j['n']] = (subprocess.Popen(j['cmd'], shell=True, env=env, stdout=open(logs / f'{j["n"]}.log', 'w'),
                                                    stderr=subprocess.STDOUT), j)
        time.sleep(2)
    sys.exit(1 if failed else 0)

if __name__ == '__main__': main()
